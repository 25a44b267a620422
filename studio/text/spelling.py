"""Spelling in Arabic and English: which words of a line are unknown, and what might have been
meant. Pure Python, no Qt: the editor underlines what `Speller.unknown` finds, `qalam spell`
prints it.

Words are checked by script — Arabic letters against Arabic, Latin letters against English — so
a mixed line needs no language setting. The word lists are those pyspellchecker ships (MIT; see
docs/spelling.md for their sources), read once, lazily.

What is not prose is left alone: inline code, links and e-mail addresses, words joined to digits
or underscores, ALL-CAPS acronyms, single letters, and English words capitalised inside a
sentence (names: the list knows few of them). Arabic words are looked up without diacritics or
tatweel and, when the word itself is not listed, with the clitics a listed form can carry taken
off (و ف ب ل ك ال before it; ه ها هم هما هن ك كم نا ي ني after it) and with the alef, hamza and
ya forms writers use interchangeably folded. English accepts British spellings of listed
American words (colour, centre, organise, analyse, programme, travelled, defence).
Normalisation is for lookup only: the text is never changed.
"""

from __future__ import annotations

import gzip
import json
import re
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

_ARABIC_LETTERS = "\u0621-\u063a\u0641-\u064a\u0671-\u06d3"
_ARABIC_MARKS = "\u064b-\u065f\u0670\u0640"
_WORD = re.compile(
    rf"[{_ARABIC_LETTERS}][{_ARABIC_LETTERS}{_ARABIC_MARKS}]*|[A-Za-z]+(?:'[A-Za-z]+)*"
)
# Stretches of a line that are not prose: inline code, links, addresses, Markdown link targets.
_NOT_PROSE = re.compile(
    r"`[^`]*`?"
    r"|\]\([^)]*\)?"
    r"|<[^>\s]*>"
    r"|\b(?:https?://|www\.)\S+"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
)
_MARKS = re.compile(rf"[{_ARABIC_MARKS}]")
_FOLD = str.maketrans(
    {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"}
)
_PREFIXES = (
    "وبال", "وكال", "فبال", "وال", "بال", "فال", "كال", "لل",
    "وب", "ول", "فب", "فل", "و", "ف", "ب", "ل", "ك", "س", "ال",
)  # fmt: skip
_SUFFIXES = (
    "هما", "كما", "تها", "هم", "هن", "كم", "كن", "نا", "ها", "ني", "ه", "ك", "ي", "ت", "ا",
)  # fmt: skip
# Endings of number and gender, with what the listed form may end in instead: تونسية and
# التونسيين are known when تونسي is, المعلمات when معلمة is.
_ENDINGS = (
    ("يات", ("ي", "ية")), ("يين", ("ي",)), ("يون", ("ي",)), ("ية", ("ي",)),
    ("ات", ("", "ة")), ("ين", ("",)), ("ون", ("",)), ("ان", ("", "ة")), ("ة", ("",)),
    ("وا", ("",)), ("ن", ("",)),  # verbs: يكتبوا, يكتبن
)  # fmt: skip
# British spellings of American words: (British ending, American ending).
_BRITISH = (
    ("our", "or"), ("ours", "ors"), ("oured", "ored"), ("ouring", "oring"), ("ourite", "orite"),
    ("ise", "ize"), ("ised", "ized"), ("ises", "izes"), ("ising", "izing"), ("isation", "ization"),
    ("isations", "izations"), ("yse", "yze"), ("ysed", "yzed"), ("ysing", "yzing"),
    ("tre", "ter"), ("tres", "ters"), ("tred", "tered"), ("ence", "ense"), ("ences", "enses"),
    ("ogue", "og"), ("ogues", "ogs"), ("amme", "am"), ("ammes", "ams"), ("lled", "led"),
    ("lling", "ling"), ("ller", "ler"), ("llers", "lers"), ("ae", "e"), ("oe", "e"),
)  # fmt: skip
MAX_SUGGESTIONS = 5
# How often (in the list's counts) a word one edit away must occur for an unknown Arabic word
# to be underlined; see `_near_a_common_word`.
COMMON_ARABIC = 500
_ARABIC_ALPHABET = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئىة"


@dataclass(frozen=True, slots=True)
class Misspelling:
    """A word the lists do not know: offsets in code points of the checked text."""

    start: int
    end: int
    word: str
    lang: str


class WordList:
    """One language's words with their frequencies, as pyspellchecker ships them."""

    def __init__(self, lang: str) -> None:
        package = resources.files("spellchecker") / "resources" / f"{lang}.json.gz"
        with package.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as text:
            self.counts: dict[str, int] = json.load(text)
        self._folded: set[str] | None = None

    def __contains__(self, word: str) -> bool:
        return word in self.counts

    @property
    def folded(self) -> set[str]:
        if self._folded is None:
            self._folded = {fold_arabic(word) for word in self.counts}
        return self._folded

    def count(self, word: str) -> int:
        return self.counts.get(word, 0)


_lists: dict[str, WordList] = {}
_lists_lock = threading.Lock()


def word_list(lang: str) -> WordList:
    """The list of `lang` ("ar" or "en"), read the first time it is asked for (about half a
    second each); safe to call from several threads."""
    with _lists_lock:
        if lang not in _lists:
            _lists[lang] = WordList(lang)
        return _lists[lang]


def fold_arabic(word: str) -> str:
    return _MARKS.sub("", word).translate(_FOLD)


def _arabic_forms(word: str) -> Iterator[str]:
    """The word, then the forms a listed word could take once its clitics are off."""
    yield word
    cores = [word]
    for prefix in _PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 2:
            core = word[len(prefix) :]
            cores.append(core)
            if not prefix.endswith("ال") and not prefix.endswith("لل"):
                cores.append("ال" + core)
    for core in cores:
        yield core
        for suffix in _SUFFIXES:
            if core.endswith(suffix) and len(core) - len(suffix) >= 2:
                stem = core[: -len(suffix)]
                yield stem
                yield stem + "ة"  # مدرسته -> مدرسة
        for ending, replacements in _ENDINGS:
            if core.endswith(ending) and len(core) - len(ending) >= 2:
                stem = core[: -len(ending)]
                for replacement in replacements:
                    yield stem + replacement


def _british_forms(word: str) -> Iterator[str]:
    for british, american in _BRITISH:
        if word.endswith(british) and len(word) > len(british) + 1:
            yield word[: -len(british)] + american


class Speller:
    """Checks lines of text. `personal` words (the writer's own dictionary) and `ignored`
    words (Ignore All, for one article) are always known."""

    def __init__(self, personal: Iterable[str] = (), ignored: Iterable[str] = ()) -> None:
        self.personal = {w.casefold() for w in personal}
        self.ignored = {w.casefold() for w in ignored}
        self._known_cache: dict[str, bool] = {}

    def clear_cache(self) -> None:
        self._known_cache.clear()

    def add_personal(self, word: str) -> None:
        self.personal.add(word.casefold())
        self._known_cache.clear()

    def ignore(self, word: str) -> None:
        self.ignored.add(word.casefold())
        self._known_cache.clear()

    def unknown(self, line: str) -> list[Misspelling]:
        """The unknown words of one line (a paragraph), in order."""
        skipped = [m.span() for m in _NOT_PROSE.finditer(line)]
        found = []
        for match in _WORD.finditer(line):
            start, end = match.span()
            if any(s <= start < e for s, e in skipped):
                continue
            word = match.group()
            if not _checkable(line, start, end, word):
                continue
            lang = "en" if word[0].isascii() else "ar"
            if not self.is_known(word, lang) and (lang == "en" or _near_a_common_word(word)):
                found.append(Misspelling(start, end, word, lang))
        return found

    def is_known(self, word: str, lang: str) -> bool:
        key = f"{lang}:{word}"
        cached = self._known_cache.get(key)
        if cached is None:
            cached = self._known(word, lang)
            self._known_cache[key] = cached
        return cached

    def _known(self, word: str, lang: str) -> bool:
        folded = word.casefold()
        if folded in self.personal or folded in self.ignored:
            return True
        if lang == "en":
            words = word_list("en")
            return folded in words or any(form in words for form in _british_forms(folded))
        words = word_list("ar")
        bare = _MARKS.sub("", word)
        if bare.casefold() in self.personal or bare in self.ignored:
            return True
        folded_list = words.folded
        return any(
            form in words or fold_arabic(form) in folded_list for form in _arabic_forms(bare)
        )

    def suggestions(self, word: str, lang: str) -> list[str]:
        """Up to five listed words one or two edits away, most frequent first."""
        return list(_suggestions(_MARKS.sub("", word) if lang == "ar" else word, lang))


@lru_cache(maxsize=8192)
def _near_a_common_word(word: str) -> bool:
    """Whether an unknown Arabic word is one edit from a common listed word. The Arabic list
    comes from film subtitles and lacks much of the vocabulary of news and essays: every unknown
    word underlined flagged 33 to 43 words in 1,000 of edited news; a typo of a common word is
    underlined, a rare or foreign name is not (docs/spelling.md has the figures)."""
    words = word_list("ar")
    bare = _MARKS.sub("", word)
    return any(
        words.count(c) >= COMMON_ARABIC for c in _edits(bare, _ARABIC_ALPHABET) if c in words
    )


@lru_cache(maxsize=512)
def _suggestions(word: str, lang: str) -> tuple[str, ...]:
    words = word_list(lang)
    lowered = word.lower()
    alphabet = _ARABIC_ALPHABET if lang == "ar" else "abcdefghijklmnopqrstuvwxyz'"
    first = {w for w in _edits(lowered, alphabet) if w in words}
    found = first or {
        w2 for w1 in _edits(lowered, alphabet) if len(w1) > 1 for w2 in _edits(w1, alphabet)
        if w2 in words
    }  # fmt: skip
    ranked = sorted(found, key=lambda w: (-words.count(w), w))[:MAX_SUGGESTIONS]
    if word[:1].isupper():
        ranked = [w[:1].upper() + w[1:] for w in ranked]
    return tuple(ranked)


def _edits(word: str, alphabet: str) -> set[str]:
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deletes = {a + b[1:] for a, b in splits if b}
    swaps = {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    replaces = {a + c + b[1:] for a, b in splits if b for c in alphabet}
    inserts = {a + c + b for a, b in splits for c in alphabet}
    return deletes | swaps | replaces | inserts


def _checkable(line: str, start: int, end: int, word: str) -> bool:
    if len(_MARKS.sub("", word)) < 2:
        return False  # a letter alone, or one stretched (بـ, لـ)
    # Joined to digits or underscores (a code, a file name, a handle): not a word.
    before = line[start - 1] if start else ""
    after = line[end] if end < len(line) else ""
    if before.isdigit() or after.isdigit() or "_" in (before, after):
        return False
    if word.isascii():
        if word.isupper():
            return False  # an acronym
        if word[0].isupper() and not _sentence_start(line, start):
            return False  # a name, most likely
    return True


def _sentence_start(line: str, start: int) -> bool:
    # A few characters before the word say it (the whole line before it would cost a long
    # paragraph's length for every capitalised word).
    window = line[max(0, start - 12) : start]
    head = window.rstrip(" \t\"'«“(*_#>-")
    if not head:
        return start <= 12
    return head[-1] in ".!?؟:\n" or (start <= 12 and head.lstrip("0123456789. ") == "")
