"""Comments anchored to passages, re-found after the text around them (or in them) changed.

As in Hypothesis, an anchor keeps the quoted passage, about 32 characters of context on each
side, and its offsets. Against the current body it is looked for:

1. exactly — the quote as written; among several occurrences the one whose context still
   matches, then the one nearest the old position. State `ok`.
2. normalised — the same comparison after `studio.text.normalise` (diacritics, tatweel, letter
   forms, case): someone vowelled a word or fixed a hamza. State `drifted`.
3. fuzzily — (a) between the old prefix and suffix context when both are still there, the
   passage that now stands there if it is at least `BRACKET_SIMILARITY` alike to the quote;
   (b) otherwise the window of words most alike to the quote anywhere, if at least
   `WINDOW_SIMILARITY` alike. State `drifted`.
4. otherwise `orphan`: the passage is gone; the comment is kept and listed, never dropped.

Among several exact occurrences, context decides by how alike it still is, not only whether it
is intact: a letter typed just before the passage breaks an exact comparison of its prefix, and
another copy of the quote whose neighbours happen to read the same must not win over it.

An anchor's context and offsets describe the text it was made on. Each save moves them along
(`follow_change`): a passage the change did not touch is at a place the edit itself tells, with
no searching, so a comment stays on its own copy of a phrase the article repeats however much
the text around it is rewritten over the weeks.

Similarity is the mean of difflib's ratio over the normalised letters and over the words:
letters alone find any two Arabic sentences fairly alike (ال and ا are everywhere), so a
rewritten sentence would pass for an edited one. Context on both sides pins the place, so a
looser bar (0.5) is safe there; a window found anywhere must be much closer (0.75) not to land
on an unrelated sentence that happens to share words. Very short quotes (a word or two) are
only re-found exactly or between their context: alone, a fuzzy match of three letters means
nothing.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from difflib import SequenceMatcher
from enum import StrEnum
from functools import lru_cache

from studio.text import normalise, normalise_with_map
from studio.text.diff import common_prefix, common_suffix

CONTEXT_CHARS = 32
BRACKET_SIMILARITY = 0.5
WINDOW_SIMILARITY = 0.75
# A window is only compared in full when it holds at least this share of the quote's words.
WORD_OVERLAP = 0.5
MIN_FUZZY_CHARS = 10
# A window needs this share of letters in common before its words are compared at all.
_LETTER_FLOOR = 2 * WINDOW_SIMILARITY - 1
# How much the surroundings count when choosing between windows nearly as alike.
CONTEXT_WEIGHT = 0.1
# Above this many exact occurrences of a quote (a comment on one common word), their contexts
# are compared as intact or not, without grading how alike they are.
GRADED_OCCURRENCES = 64
_WORD = re.compile(r"\S+")


class AnchorState(StrEnum):
    OK = "ok"
    DRIFTED = "drifted"
    ORPHAN = "orphan"


@dataclass(frozen=True, slots=True)
class Anchor:
    quote: str
    prefix: str
    suffix: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Located:
    """Where an anchor stands in the current body; `start`/`end` are None for an orphan.
    `similarity` is 1.0 for an exact find."""

    state: AnchorState
    start: int | None
    end: int | None
    similarity: float

    @property
    def found(self) -> bool:
        return self.state is not AnchorState.ORPHAN


ORPHAN = Located(AnchorState.ORPHAN, None, None, 0.0)


def make_anchor(body: str, start: int, end: int) -> Anchor:
    if not 0 <= start < end <= len(body):
        raise ValueError(f"passage {start}–{end} is not inside a text of {len(body)} characters")
    return Anchor(
        quote=body[start:end],
        prefix=body[max(0, start - CONTEXT_CHARS) : start],
        suffix=body[end : end + CONTEXT_CHARS],
        start=start,
        end=end,
    )


def find_quote(body: str, quote: str, near: int = 0) -> tuple[int, int] | None:
    """Offsets of `quote` in `body` (the occurrence nearest `near`), as written or else with
    other diacritics or letter forms; None when it does not occur."""
    if not quote.strip():
        return None
    probe = Anchor(quote, "", "", near, near + len(quote))
    located = _exact(probe, body) or _normalised(probe, body, *normalise_with_map(body))
    if located is None:
        return None
    assert located.start is not None and located.end is not None
    return located.start, located.end


def locate(anchor: Anchor, body: str) -> Located:
    """Where `anchor` stands in `body` now: see the module docstring."""
    found = _exact(anchor, body)
    if found:
        return found
    folded, origin = _fold(body)
    return (
        _normalised(anchor, body, folded, origin)
        or _between_context(anchor, folded, origin)
        or _best_window(anchor, folded, origin)
        or ORPHAN
    )


def changed_window(old: str, new: str) -> tuple[int, int, int]:
    """(head, old_stop, new_stop): `new` is `old` with old[head:old_stop] replaced by
    new[head:new_stop]."""
    head = common_prefix(old, new)
    tail = common_suffix(old[head:], new[head:])
    return head, len(old) - tail, len(new) - tail


def follow_change(
    anchor: Anchor, old: str, new: str, window: tuple[int, int, int] | None = None
) -> Anchor | None:
    """The anchor made afresh on `new` when `old` became `new` by one edit that left its passage
    untouched: same quote, offsets moved by what was inserted or removed before it, context read
    from `new`. None when the passage is not exactly in `old` or the edit reached into it;
    `locate` then finds it as before. `window`: `changed_window(old, new)`, when known."""
    if old == new:
        return None
    found = _exact(anchor, old)
    if found is None:
        return None
    assert found.start is not None and found.end is not None
    start, end = found.start, found.end
    head, old_stop, new_stop = window or changed_window(old, new)
    if end <= head:
        moved = start
    elif start >= old_stop:
        moved = start + new_stop - old_stop
    else:
        return None
    size = end - start
    fresh = make_anchor(new, moved, moved + size)
    return None if fresh == anchor else fresh


# -- the steps ------------------------------------------------------------------------------


@lru_cache(maxsize=4)
def _fold(body: str) -> tuple[str, list[int]]:
    """The body folded once for all the comments of an article (callers never change it)."""
    return normalise_with_map(body)


def _occurrences(text: str, needle: str) -> list[int]:
    found, at = [], text.find(needle)
    while at >= 0:
        found.append(at)
        at = text.find(needle, at + 1)
    return found


def _best(starts: list[int], text: str, size: int, prefix: str, suffix: str, near: int) -> int:
    """The occurrence (of `size` characters) whose surroundings in `text` read most like
    `prefix` and `suffix`, then the one nearest `near`."""
    if len(starts) == 1:
        return starts[0]

    def before(s: int) -> str:
        return text[max(0, s - len(prefix)) : s]

    def after(s: int) -> str:
        return text[s + size : s + size + len(suffix)]

    context: Callable[[int], float]
    if len(starts) > GRADED_OCCURRENCES:

        def context(s: int) -> float:
            intact = (bool(prefix) and before(s) == prefix) + (bool(suffix) and after(s) == suffix)
            return float(intact)
    else:

        def context(s: int) -> float:
            return _alike(prefix, before(s)) + _alike(suffix, after(s))

    return max(starts, key=lambda s: (round(context(s), 6), -abs(s - near)))


def _exact(anchor: Anchor, body: str) -> Located | None:
    starts = _occurrences(body, anchor.quote)
    if not starts:
        return None
    size = len(anchor.quote)
    start = _best(starts, body, size, anchor.prefix, anchor.suffix, anchor.start)
    return Located(AnchorState.OK, start, start + size, 1.0)


def _normalised(anchor: Anchor, body: str, folded: str, origin: list[int]) -> Located | None:
    quote = normalise(anchor.quote).strip()
    if not quote:
        return None
    starts = _occurrences(folded, quote)
    if not starts:
        return None
    prefix, suffix = normalise(anchor.prefix), normalise(anchor.suffix)
    size = len(quote)
    start = _best(starts, folded, size, prefix, suffix, _folded_pos(origin, anchor.start))
    return _span(origin, body_len=len(body), start=start, end=start + size, similarity=1.0)


def _between_context(anchor: Anchor, folded: str, origin: list[int]) -> Located | None:
    prefix, suffix = normalise(anchor.prefix), normalise(anchor.suffix)
    quote = normalise(anchor.quote).strip()
    # Context of a few letters (the quote sits at the very start or end of the text) pins
    # nothing.
    if len(prefix.strip()) < 8 or len(suffix.strip()) < 8 or not quote:
        return None
    near = _folded_pos(origin, anchor.start)
    ends = [s + len(prefix) for s in _occurrences(folded, prefix)]
    if not ends:
        return None
    left = min(ends, key=lambda e: abs(e - near))
    reach = left + 3 * len(quote) + 64
    right = folded.find(suffix, left, reach + len(suffix))
    if right < 0:
        return None
    inner = folded[left:right]
    # The passage itself, without the spaces that separated it from its context.
    lead = len(inner) - len(inner.lstrip())
    inner = inner.strip()
    if not inner:
        return None
    similarity = _similarity(quote, inner)
    if similarity < BRACKET_SIMILARITY:
        return None
    start = left + lead
    return _span(origin, len(origin) - 1, start, start + len(inner), similarity)


def _best_window(anchor: Anchor, folded: str, origin: list[int]) -> Located | None:
    quote = normalise(anchor.quote).strip()
    if len(quote) < MIN_FUZZY_CHARS:
        return None
    quote_words = quote.split()
    wanted = set(quote_words)
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(folded)]
    if not words:
        return None
    # Running count of body words that also occur in the quote: a window's overlap is then
    # one subtraction, so only promising windows get the (costly) full comparison.
    shared = [0]
    for _s, _e, word in words:
        shared.append(shared[-1] + (word in wanted))
    n = len(quote_words)
    # Room for a few words added or removed inside the passage.
    slack = max(2, n // 3)
    need = max(1, int(WORD_OVERLAP * n))
    matcher = SequenceMatcher(None, autojunk=False)
    matcher.set_seq2(quote)
    candidates: list[tuple[float, int, int]] = []  # (similarity, start, end)
    for size in range(max(1, n - slack), n + slack + 1):
        for i in range(0, len(words) - size + 1):
            if shared[i + size] - shared[i] < need:
                continue
            start, end = _trim(folded, quote, words[i][0], words[i + size - 1][1])
            matcher.set_seq1(folded[start:end])
            # The letters' share bounds the mean with the words' share from above.
            if matcher.real_quick_ratio() < _LETTER_FLOOR or matcher.quick_ratio() < _LETTER_FLOOR:
                continue
            letters = matcher.ratio()
            if letters < _LETTER_FLOOR:
                continue
            similarity = (letters + _word_ratio(quote, folded[start:end])) / 2
            if similarity >= WINDOW_SIMILARITY:
                candidates.append((similarity, start, end))
    if not candidates:
        return None
    # Among windows nearly as alike (one word more or less), the one whose surroundings still
    # read like the old context, then the one nearest the old place.
    candidates.sort(reverse=True)
    prefix, suffix = normalise(anchor.prefix), normalise(anchor.suffix)
    near = _folded_pos(origin, anchor.start)

    def key(candidate: tuple[float, int, int]) -> tuple[float, int]:
        similarity, start, end = candidate
        context = _alike(prefix, folded[max(0, start - len(prefix)) : start]) + _alike(
            suffix, folded[end : end + len(suffix)]
        )
        return similarity + CONTEXT_WEIGHT * context, -abs(start - near)

    similarity, start, end = max(candidates[:20], key=key)
    start, end = _snap(folded, prefix, suffix, start, end)
    similarity = max(similarity, _similarity(quote, folded[start:end]))
    return _span(origin, len(origin) - 1, start, end, similarity)


def _snap(folded: str, prefix: str, suffix: str, start: int, end: int) -> tuple[int, int]:
    """Moves the window's edges to where the old context, still intact on that side, ends or
    begins: words added at the passage's edge belong to it, not to its surroundings."""
    reach = 80
    if len(prefix.strip()) >= 8:
        lo = max(0, start - reach - len(prefix))
        ends = [at + len(prefix) for at in _occurrences(folded[lo : start + reach], prefix)]
        ends = [lo + e for e in ends if lo + e < end]
        if ends:
            start = min(ends, key=lambda e: abs(e - start))
            while start < end and folded[start].isspace():
                start += 1
    if len(suffix.strip()) >= 8:
        lo = max(start + 1, end - reach)
        begins = [lo + at for at in _occurrences(folded[lo : end + reach + len(suffix)], suffix)]
        if begins:
            end = min(begins, key=lambda b: abs(b - end))
            while end > start and folded[end - 1].isspace():
                end -= 1
    return start, end


def _similarity(quote: str, text: str) -> float:
    """How alike two normalised passages are: the mean of the share of letters and the share of
    words they have in common, in order. Letters alone rate any two Arabic sentences as fairly
    alike (ال, ا, ل and ي are everywhere); words alone punish a single typo too hard."""
    letters = SequenceMatcher(None, quote, text, autojunk=False).ratio()
    return (letters + _word_ratio(quote, text)) / 2


def _word_ratio(quote: str, text: str) -> float:
    return SequenceMatcher(None, _WORD.findall(quote), _WORD.findall(text), autojunk=False).ratio()


def _alike(a: str, b: str) -> float:
    if not a and not b:
        return 0.0
    return SequenceMatcher(None, a, b, autojunk=False).ratio()


def _trim(folded: str, quote: str, start: int, end: int) -> tuple[int, int]:
    """A window of whole words less the punctuation stuck to its edges that the quote does not
    have ("revisions." for a quote ending in "revisions")."""
    if not _is_punct(quote[0]):
        while start < end and _is_punct(folded[start]):
            start += 1
    if not _is_punct(quote[-1]):
        while end > start and _is_punct(folded[end - 1]):
            end -= 1
    return start, end


def _is_punct(ch: str) -> bool:
    return unicodedata.category(ch).startswith("P")


# -- offsets --------------------------------------------------------------------------------


def _folded_pos(origin: list[int], pos: int) -> int:
    """The position in the folded text of original offset `pos` (first at or after it)."""
    return bisect.bisect_left(origin, pos, 0, len(origin) - 1)


def _span(origin: list[int], body_len: int, start: int, end: int, similarity: float) -> Located:
    """A span of the folded text as offsets of the original. The end runs up to the next kept
    character, so marks that were folded away at the passage's end stay inside it."""
    begin = origin[start]
    stop = origin[end] if end < len(origin) else body_len
    return Located(AnchorState.DRIFTED, begin, stop, round(similarity, 3))
