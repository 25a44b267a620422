"""Closed-class words (articles, pronouns, prepositions, auxiliaries, conjunctions) of Arabic and
English, normalised as the lexicons are.

Their share of a text is a topic-free trace of style: it does not depend on what the piece is
about, only on how its sentences are built. Written for the project; the Arabic list holds the
free-standing particles and pronouns (clitics such as و ب ل are parts of words and not counted).
"""

from __future__ import annotations

from studio.checks.lexicon import norm_word

_ENGLISH = """
a about above after again against all also although am among an and another any are around as at
be because been before being below between both but by can could did do does doing down during
each either even ever every few for from further had has have having he her here hers herself him
himself his how however i if in into is it its itself just least less many may me might more most
much must my myself neither no nor not now of off often on once one only or other others our ours
ourselves out over own perhaps quite rather same several she should since so some such than that
the their theirs them themselves then there these they this those though through thus to too
under until up upon us very was we were what whatever when where whereas whether which while who
whom whose why will with within without would yet you your yours yourself yourselves
"""

_ARABIC = """
في من على إلى الى عن مع أن ان إن أنّ لا لم لن ما قد هذا هذه ذلك تلك هؤلاء أولئك الذي التي الذين
اللذين اللتين اللواتي هو هي هم هن هما أنا انا نحن أنت أنتم كان كانت كانوا يكون تكون بين حتى ثم أو
او أم أي كل بعض عند عندما بعد قبل كما لكن لكنّ لأن لان إذا اذا إذ أيضا أيضاً غير فقط منذ حيث لدى
لقد إلا الا سوف ليس ليست هناك هنا تحت فوق دون خلال نحو ضد حول بل كي لو لولا إنما كلا كلما مثل
"""

ENGLISH: frozenset[str] = frozenset(norm_word(w) for w in _ENGLISH.split())
ARABIC: frozenset[str] = frozenset(norm_word(w) for w in _ARABIC.split())
