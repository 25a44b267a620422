"""Article-level figures made from per-paragraph measurements, and the model's feature vector.

Every feature is a rate (per 100 words or per sentence) or a ratio, never a count, so a long
piece and a short one are measured on the same scale; none looks at paragraphing or length.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field

from studio.checks.analysis import ParagraphStats
from studio.checks.wordlm import LM_FEATURES, LMStats, lm_features

FEATURES = (
    "stock",  # data-derived stock-phrase weight per 100 words (signed)
    "hedge",  # hedges per 100 words
    "filler",  # filler phrases per 100 words
    "conn_open",  # share of sentences opened by a connective (Additionally, بالإضافة إلى ذلك…)
    "rep_open",  # share of sentences opening with the same word as one of the two before
    "rhythm_cv",  # coefficient of variation of sentence length (low = monotonous)
    "sent_len",  # log of the mean sentence length in words
    "numbers",  # numbers per 100 words
    "quotes",  # quotations per 100 words
    "first_person",  # first-person words per 100 words
    "names",  # names per 100 words
    "commas",  # commas per sentence
    "word_len",  # mean letters per word
    "excess",  # words over-used in writing since LLMs (Kobak et al. 2024) per 100 words
    "function_words",  # share of closed-class words (the, of, في، من…)
    "long_words",  # share of words of 7 letters or more
    "long_sents",  # share of sentences of 35 words or more
    "patterns",  # mean weight of sentence-building patterns per item (studio.checks.patterns)
    # predictability under the English word model, per word (studio.checks.wordlm)
    *LM_FEATURES,
)
LONG_SENTENCE_WORDS = 35


@dataclass(slots=True)
class Totals:
    words: int = 0
    letters: int = 0
    sentences: int = 0
    sent_sum: int = 0
    sent_sq: int = 0
    numbers: int = 0
    quotes: int = 0
    names: int = 0
    commas: int = 0
    function_words: int = 0
    long_words: int = 0
    long_sents: int = 0
    pattern_sum: float = 0.0
    pattern_items: int = 0
    kinds: dict[str, int] = field(default_factory=dict)
    stock: float = 0.0
    conn_open: int = 0
    rep_open: int = 0
    openers: list[str] = field(default_factory=list)
    lm: LMStats = field(default_factory=LMStats)


def totals(paragraphs: Iterable[ParagraphStats]) -> Totals:
    t = Totals()
    for p in paragraphs:
        t.words += p.words
        t.letters += p.letters
        t.numbers += p.numbers
        t.quotes += p.quotes
        t.names += p.names
        t.commas += p.commas
        t.function_words += p.function_words
        t.long_words += p.long_words
        t.pattern_sum += p.pattern_sum
        t.pattern_items += p.pattern_items
        if p.lm is not None:
            t.lm.add(p.lm)
        for n in p.sent_lengths:
            t.sentences += 1
            if n >= LONG_SENTENCE_WORDS:
                t.long_sents += 1
            t.sent_sum += n
            t.sent_sq += n * n
        for hit in p.hits:
            if hit.kind == "stock":
                t.stock += hit.weight
            elif hit.kind == "opener":
                if hit.at_sentence_start:
                    t.conn_open += 1
            else:
                t.kinds[hit.kind] = t.kinds.get(hit.kind, 0) + 1
        t.openers.extend(p.openers)
    for i, opener in enumerate(t.openers):
        if opener in t.openers[max(0, i - 2) : i]:
            t.rep_open += 1
    return t


def rhythm_cv(t: Totals) -> float:
    if t.sentences < 2 or not t.sent_sum:
        return 0.0
    mean = t.sent_sum / t.sentences
    var = max(0.0, t.sent_sq / t.sentences - mean * mean)
    return math.sqrt(var) / mean


def feature_vector(t: Totals) -> dict[str, float]:
    words = max(1, t.words)
    sents = max(1, t.sentences)
    lettered = max(1, t.words - t.numbers)

    def per100(n: float) -> float:
        return math.log1p(100.0 * n / words)

    return {
        "stock": max(-20.0, min(20.0, 100.0 * t.stock / words)),
        "hedge": per100(t.kinds.get("hedge", 0)),
        "filler": per100(t.kinds.get("filler", 0)),
        "conn_open": t.conn_open / sents,
        "rep_open": t.rep_open / sents,
        "rhythm_cv": rhythm_cv(t),
        "sent_len": math.log(max(1.0, t.sent_sum / sents)),
        "numbers": per100(t.numbers),
        "quotes": per100(t.quotes),
        "first_person": per100(t.kinds.get("first_person", 0)),
        "names": per100(t.names),
        "commas": math.log1p(t.commas / sents),
        "word_len": t.letters / lettered,
        "excess": per100(t.kinds.get("excess", 0)),
        "function_words": t.function_words / lettered,
        "long_words": t.long_words / lettered,
        "long_sents": t.long_sents / sents,
        "patterns": t.pattern_sum / max(1, t.pattern_items),
        **lm_features(t.lm),
    }
