"""Which words of a text are quoted: scripture, hadith, poetry, a statement quoted in the news.

Quoting is not reusing. Two articles that quote the same verse share that verse, and the gold of
every reuse corpus (and any editor) leaves such a shared span out. Several independent signals
mark a word as quoted; a reused passage that consists mostly of quoted words does not count
(`search` decides that, on both sides of the passage):

- quotation marks and brackets of every kind (" “ ” „ « » ‹ › ﴿ ﴾ { }), including an opening
  mark whose closing one is missing (then the quote runs to the end of its paragraph);
- heavy diacritisation of a span compared with the text around it (verses and hadith are printed
  fully vowelled inside otherwise plain prose);
- the formulas that introduce or close a quotation ("قال تعالى", "قال رسول الله", "صلى الله عليه
  وسلم", "رواه البخاري") and the references after it ("(المائدة: 32)", "[الحشر: 10]", "(John
  3:16)"); a quotation introduced by such a formula without marks runs to the end of its
  sentence.

Everything here works on the original text (its offsets) and never alters it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from studio.similar.word_spans import CodePointClasses, WordSpans

# Paired marks (parentheses too: verses are often set in them). A closing mark is looked for
# before the next opening one of the same kind (the text between must be balanced); a pair may
# span lines (a verse set on lines of its own). An ornate bracket or brace left open runs to the
# end of its paragraph. A straight double quote opens and closes alike: it pairs within its line
# only, and a lone one is ignored (shuffled or broken text leaves stray quotes everywhere).
_PAIRS = {
    "(": ")",
    "“": "”",
    "„": "“",
    "«": "»",
    "‹": "›",
    "﴿": "﴾",
    "{": "}",
}
_SYMMETRIC = '"'
# Parentheses hold asides as often as verses: they quote only when attributed.
_ASIDE = "("
# Brackets used for scripture alone.
_ORNATE = "﴿{"
_OPENING_RE = re.compile("[" + re.escape(_SYMMETRIC + "".join(_PAIRS)) + "]")
_LONGEST = 1500  # characters: a longer "quotation" is an unbalanced mark, not a quote
# Straight quotes that far apart on one line are two stray marks (a broken or shuffled text)
# rather than the two ends of one quotation.
_LONGEST_STRAIGHT = 400

# Arabic harakat, tanween, shadda, sukun and the superscript alef.
_MARK_RE = re.compile("[\u064b-\u0652\u0670]")
_MARK_OR_TATWEEL_RE = re.compile("[\u064b-\u0652\u0670\u0640]")
_LETTER_RE = re.compile(r"[^\W\d_]")
# A word is vowelled when most of its letters carry a mark.
_VOWELLED_SHARE = 0.4
# A stretch of words is a vowelled quotation when this share of the words in a window around each
# word is vowelled, in a text where vowelled words are otherwise rare.
_VOWELLED_WINDOW = 7
_VOWELLED_DENSE = 0.5
_VOWELLED_RARE = 0.25
_VOWELLED_MOST = 0.7  # ... and the stretches leave most of the text around them

# Formulas that introduce a quotation, open it, or close it. Written from the common usage of
# Arabic religious and journalistic prose (not from any corpus). Matched on text without marks.
_INTRO = (
    r"(?:قال|يقول|وقال|ويقول|فقال|لقوله|وقوله|قوله|كقوله|في\s+قوله)\s+"
    r"(?:(?:الله|المولى|ربنا|الحق|الباري)\s+)?"
    r"(?:تعالى|تعالي|سبحانه(?:\s+وتعالى)?|عز\s+وجل|جل\s+(?:وعلا|شأنه))",
    r"(?:قال|يقول|وقال|ويقول|فقال|لقوله|وقوله|قوله|عن)\s+(?:رسول\s+الله|النبي|الرسول)",
    r"(?:الآية|الآيه|الآيات|الحديث|الحديث\s+الشريف|الحديث\s+القدسي|حديث|البيت|الأبيات|قول\s+الشاعر)\s*[:：]",
    r"(?:قال|يقول|وقال)\s+الشاعر",
)
_CLOSING = (
    r"صلى\s+الله\s+عليه\s+(?:وآله\s+)?وسلم",
    r"عليه\s+(?:الصلاة\s+و)?السلام",
    r"رضي\s+الله\s+(?:عنه|عنها|عنهما|عنهم)",
    r"(?:رواه|أخرجه|خرجه)\s+(?:\S+\s+){0,3}?\S+",
    r"متفق\s+عليه",
    r"سبحانه\s+وتعالى",
    r"عز\s+وجل",
    r"صدق\s+الله\s+العظيم",
)
_FORMULA_RE = re.compile("|".join(f"(?:{p})" for p in _INTRO + _CLOSING))
_INTRO_RE = re.compile("|".join(f"(?:{p})" for p in _INTRO))
# A reference after a quotation: a name and verse or chapter numbers in brackets, or a sura.
# Verse and chapter numbers have at most three digits: "(Reuters, 2015)" is no reference.
_REFERENCE_RE = re.compile(
    r"[(\[]\s*(?:سورة\s+)?[^\W\d_][^()\[\]\n]{0,40}?[\s:،,]\s*"
    r"(?:الآية\s*|الآيات\s*|آية\s*)?[\d٠-٩]{1,3}(?:\s*[-–:،,]\s*[\d٠-٩]{1,3})*\s*[)\]]"
)
_SENTENCE_END_RE = re.compile(r"[.!?؟\n]")
_INTRO_REACH = 600  # characters an unmarked quotation after an introducing formula may run


def _without_marks(text: str) -> tuple[str, Sequence[int]]:
    """`text` without harakat and tatweel (the formulas are written plain), and for each of its
    characters (plus the end) the offset in `text`."""
    if not _MARK_OR_TATWEEL_RE.search(text):
        return text, range(len(text) + 1)  # most prose: nothing to take out
    removed = [m.start() for m in _MARK_OR_TATWEEL_RE.finditer(text)]
    keep: list[int] = np.delete(np.arange(len(text) + 1), removed).tolist()
    return _MARK_OR_TATWEEL_RE.sub("", text), keep


def _marked_spans(text: str) -> list[tuple[int, int]]:
    """Character spans inside quotation marks or braces (the marks included)."""
    spans: list[tuple[int, int]] = []
    i, n = 0, len(text)
    while i < n:
        # Straight to the next mark: the text between marks cannot open anything.
        found = _OPENING_RE.search(text, i)
        if found is None:
            break
        i = found.start()
        ch = text[i]
        if ch == _SYMMETRIC:
            line_end = text.find("\n", i + 1)
            line_end = n if line_end < 0 else line_end
            end = text.find(ch, i + 1, min(line_end, i + 1 + _LONGEST_STRAIGHT))
            if end < 0:
                i += 1
                continue
            spans.append((i, end + 1))
            i = end + 1
            continue
        close = _PAIRS.get(ch)
        if close is None:
            i += 1
            continue
        limit = min(n, i + 1 + _LONGEST)
        end = text.find(close, i + 1, limit)
        reopened = text.find(ch, i + 1, limit if end < 0 else end)
        if end >= 0 and reopened < 0:
            spans.append((i, end + 1))
            i = end + 1
            continue
        if ch in _ORNATE:
            line_end = text.find("\n", i + 1)
            line_end = n if line_end < 0 else line_end
            if line_end - i <= _LONGEST:
                spans.append((i, line_end))
        i += 1
    return spans


def _formula_spans(text: str) -> list[tuple[int, int]]:
    """Introducing and closing formulas, references, and the unmarked quotation that follows an
    introducing formula (to the end of its sentence)."""
    plain, keep = _without_marks(text)
    spans: list[tuple[int, int]] = []
    for pattern in (_FORMULA_RE, _REFERENCE_RE):
        for m in pattern.finditer(plain):
            spans.append((keep[m.start()], keep[m.end()]))
    # Every introducing formula is one of the formulas: none can begin before the first formula
    # found, and where there is none (most prose) there is nothing more to look for.
    first = _FORMULA_RE.search(plain) if spans else None
    if first is None:
        return spans
    for m in _INTRO_RE.finditer(plain, first.start()):
        start = keep[m.end()]
        stop = _SENTENCE_END_RE.search(text, start, min(len(text), start + _INTRO_REACH))
        spans.append((start, stop.start() if stop else min(len(text), start + _INTRO_REACH)))
    return spans


def _vowelled_words(text: str, starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """Words most of whose letters carry a mark."""
    if not _MARK_RE.search(text):
        return np.zeros(len(starts), dtype=bool)
    # Running counts of marks and of letters: a word's are two subtractions, not two regular
    # expressions per word.
    classes = _marks_and_letters(text)
    marks = np.concatenate(([0], np.cumsum((classes & _MARK) != 0)))
    letters = np.concatenate(([0], np.cumsum((classes & _LETTER) != 0)))
    word_marks = marks[ends] - marks[starts]
    word_letters = letters[ends] - letters[starts]
    return (word_marks >= 2) & (word_marks >= _VOWELLED_SHARE * word_letters)


_MARK, _LETTER = 1, 2
_marks_and_letters = CodePointClasses(
    lambda code: (
        (_MARK if _MARK_RE.match(chr(code)) else 0)
        | (_LETTER if _LETTER_RE.match(chr(code)) else 0)
    )
).of


def _vowelled_stretches(word: np.ndarray) -> np.ndarray:
    """Words inside a stretch that is vowelled far more heavily than the text around it."""
    n = len(word)
    out = np.zeros(n, dtype=bool)
    if n == 0:
        return out
    width = min(_VOWELLED_WINDOW, n)
    density = np.convolve(word.astype(np.float64), np.ones(width) / width, "same")
    # Every word of a window that is dense enough belongs to the stretch (its unvowelled
    # particles too); the stretch's own edges are the vowelled words.
    for i in np.flatnonzero(density >= _VOWELLED_DENSE):
        lo, hi = max(0, i - width // 2), min(n, i + width // 2 + 1)
        vowelled = np.flatnonzero(word[lo:hi]) + lo
        if len(vowelled):
            out[vowelled[0] : vowelled[-1] + 1] = True
    rest = word[~out]
    if out.mean() > _VOWELLED_MOST or rest.mean() > _VOWELLED_RARE:
        # A fully vowelled text (a children's book, a diacritised edition), or one vowelled
        # here and there throughout: vowels tell nothing there.
        return np.zeros(n, dtype=bool)
    return out


# Characters between a quotation and the formula or reference that attributes it.
_ATTRIBUTION_REACH = 40


def quotation_masks(
    text: str, starts: np.ndarray, ends: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """`_quotations` without the quotations' word ranges."""
    scripture, marked, _ = _quotations(text, starts, ends)
    return scripture, marked


def _quotations(
    text: str, starts: np.ndarray, ends: np.ndarray
) -> tuple[np.ndarray, np.ndarray, list[tuple[int, int]]]:
    """For each word (character spans `starts`/`ends` in `text`): whether it belongs to a
    quotation of scripture, hadith or poetry, or to the formula or reference around one (a
    vowelled stretch, an ornate bracket or brace, a formula, marks next to a formula or holding
    vowelled words); and whether it is inside quotation marks of any kind (in the news, mostly
    reported speech); and the range of words (first, past the last) of each quotation in marks,
    in order of their opening marks."""
    starts = np.asarray(starts, dtype=np.int64)
    ends = np.asarray(ends, dtype=np.int64)
    vowelled = _vowelled_words(text, starts, ends)
    scripture = _vowelled_stretches(vowelled)
    marked = np.zeros(len(starts), dtype=bool)
    ranges: list[tuple[int, int]] = []

    def words(a: int, b: int) -> slice:
        first = int(np.searchsorted(ends, a, "right"))
        return slice(first, int(np.searchsorted(starts, b, "left")))

    formulas = _formula_spans(text)
    for a, b in formulas:
        scripture[words(a, b)] = True
    for a, b in _marked_spans(text):
        inside = words(a, b)
        if text[a] not in _ASIDE:
            marked[inside] = True
            ranges.append((inside.start, inside.stop))
        attributed = text[a] in _ORNATE or vowelled[inside].any()
        if not attributed:
            attributed = any(
                a - _ATTRIBUTION_REACH <= fb <= a + 1 or b - 1 <= fa <= b + _ATTRIBUTION_REACH
                for fa, fb in formulas
            )
        if attributed:
            scripture[inside] = True
    return scripture, marked, ranges


def quoted_words(text: str, starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """For each word, whether it is quoted in any way (see `quotation_masks`)."""
    scripture, marked = quotation_masks(text, starts, ends)
    return scripture | marked


def quoted_share(mask: np.ndarray, starts: np.ndarray, start: int, end: int) -> float:
    """Share of the words starting in `[start, end)` that `mask` marks as quoted."""
    a = int(np.searchsorted(starts, start, "left"))
    b = int(np.searchsorted(starts, end, "left"))
    return float(mask[a:b].mean()) if b > a else 0.0


# A word with the marks, tatweel and joiners inside it (`\w` alone stops at every haraka).
_WORD_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200c\u200d"
WORD_RE = re.compile(rf"[^\W_](?:[^\W_]|[{_WORD_MARKS}])*")
# The spans of WORD_RE's matches, found without it.
_word_spans = WordSpans(_WORD_MARKS, joins=False).spans


@dataclass(frozen=True, slots=True)
class QuotedExtent:
    """How much of a span is quoted."""

    scripture: float  # share of its words in a quotation of scripture, hadith or poetry
    free: int  # its words in no such quotation
    marked: float  # share of its words inside quotation marks of any kind
    # ... inside one quotation (one pair of marks): a statement quoted whole, where `marked`
    # may also add up several quotations, such as names quoted inside the span
    marked_whole: float = 0.0


def quoted_extent(text: str, start: int, end: int) -> QuotedExtent:
    """How much of the span `text[start:end]` is quoted (read in the whole text: an opening mark
    far before it, the vowelling of the text around it)."""
    return QuotedText(text).extent(start, end)


class QuotedText:
    """`quoted_extent` for any number of spans of one text (the passages a text shares with
    several sources): the text is read once, on the first span asked about."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._starts: np.ndarray | None = None
        self._scripture = np.zeros(0, dtype=bool)
        self._marked = np.zeros(0, dtype=bool)
        self._ranges: list[tuple[int, int]] = []

    def _read(self) -> np.ndarray:
        starts, ends = _word_spans(self.text)
        self._scripture, self._marked, self._ranges = _quotations(self.text, starts, ends)
        self._starts = starts
        return starts

    def extent(self, start: int, end: int) -> QuotedExtent:
        starts = self._starts if self._starts is not None else self._read()
        a = int(np.searchsorted(starts, start, "left"))
        b = int(np.searchsorted(starts, end, "left"))
        if b <= a:
            return QuotedExtent(0.0, 0, 0.0)
        inside = self._scripture[a:b]
        marked = float(self._marked[a:b].mean())
        whole = 0.0
        if marked > 0:
            longest = max((min(b, last) - max(a, first) for first, last in self._ranges), default=0)
            whole = max(longest, 0) / (b - a)
        return QuotedExtent(float(inside.mean()), int((~inside).sum()), marked, whole)


# A passage is a shared quotation, not reuse, when on both sides at least this share of its words
# belong to a quotation of scripture, hadith or poetry, and on one side fewer than
# QUOTE_FREE_WORDS do not: what the texts share besides the quotation (the sentence introducing
# it, its reference) is too little to be reuse. Quoted speech in the news is different: a
# reporter's paragraph of quoted statements copied whole is reuse, so marks alone do not decide
# this.
QUOTED_SHARE = 0.5
QUOTE_FREE_WORDS = 12
# ... or when this share of the new text's side is inside one quotation (one pair of marks),
# whatever the source (a writer's own heavy vowelling of a copied paragraph is no quotation
# mark). One pair: a statement quoted whole. A span whose marks only add up to that share is
# something else: a character's speech in a story that quotes names inside it, where straight
# quotes pair up one way or another and most words fall between some two of them.
QUOTED_SHARE_ONE_SIDE = 0.8


def is_shared_quotation(
    text: str | QuotedText,
    start: int,
    end: int,
    source: str | QuotedText,
    source_start: int,
    source_end: int,
) -> bool:
    """Whether the passage `text[start:end]` ~ `source[source_start:source_end]` is (mostly) a
    quotation both texts make rather than text one took from the other. Either text may be a
    `QuotedText` already made for it (one text checked against many passages)."""
    mine = (text if isinstance(text, QuotedText) else QuotedText(text)).extent(start, end)
    if mine.marked_whole >= QUOTED_SHARE_ONE_SIDE:
        return True
    if mine.scripture < QUOTED_SHARE:
        return False
    theirs = (source if isinstance(source, QuotedText) else QuotedText(source)).extent(
        source_start, source_end
    )
    return theirs.scripture >= QUOTED_SHARE and min(mine.free, theirs.free) < QUOTE_FREE_WORDS


__all__ = [
    "WORD_RE",
    "QuotedExtent",
    "QuotedText",
    "is_shared_quotation",
    "quotation_masks",
    "quoted_extent",
    "quoted_share",
    "quoted_words",
]
