"""Trimming a reused passage's edges back to whole paragraphs.

Alignment works on words and ignores layout, so a passage can run a word or two past a
paragraph break: the side-by-side view then highlights a lone «وفي» at the start of the next
paragraph. A fragment of fewer than `MIN_FRAGMENT_WORDS` words cut off from the rest of the
passage by a line break is noise, so it is dropped from either edge, on both sides (the new
text and the source), independently. The offsets stay character offsets into the same texts.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

import numpy as np

from studio.similar.align import Passage
from studio.similar.features import stem_hashes

MIN_FRAGMENT_WORDS = 3
WeightOf = Callable[[np.ndarray], np.ndarray]  # stem hashes -> their weights (IDF)
_WORD = re.compile(r"[^\W_]+")
# MIN_FRAGMENT_WORDS words (three), found without counting the rest of the line.
_ENOUGH_WORDS = re.compile(rf"[^\W_]+(?:[\W_]+[^\W_]+){{{MIN_FRAGMENT_WORDS - 1}}}")
# Completing a passage's sentences: at most this many words between an edge and the end of its
# sentence, on each side, ...
SENTENCE_REST = 8
# ... the two sides' leftovers of about the same length (a word replaced by two is still one
# phrase) ...
REST_DIFFERENCE = 2
# ... and, from this many words on, sharing a word (by stem): a reworded ending keeps some of
# its words, a sentence that goes on differently shares none.
REST_SHARED_FROM = 3
REST_SHARE = 0.25  # ... a quarter of the shorter leftover's words, when it is long
# ... one of them a telling word (IDF; a word in more than about a third of the articles is
# not), or in a tiny library one above this share of the highest IDF there.
REST_TELLING = 1.0
REST_TELLING_SHARE = 0.3
# Characters that end a sentence; a line break does too.
_STOPS = ".!?؟؛;…۔"
# Closing marks kept with the sentence they close.
_CLOSERS = _STOPS + "\"'»”’)]﴿﴾}"
_LOOK = 120  # characters looked at past an edge for the end of its sentence
_STOP_RE = re.compile("[" + re.escape(_STOPS) + "\n]")
_WORD_BEFORE = re.compile(r"[^\W_]+$")
_TITLE_RE = re.compile(r"[A-Z][a-z]{0,2}|[A-Z]{2,3}")


def _words(text: str) -> int:
    return len(_WORD.findall(text))


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """`text[start:end]` without leading or trailing fragments of fewer than
    MIN_FRAGMENT_WORDS words separated from the rest by a line break: the span runs from the
    first to the last of its lines (or parts of lines) that hold enough words. A span with no
    such line is kept as it is (nothing in it is more of a fragment than the rest)."""
    lines: list[tuple[int, int]] = []
    line_start = start
    while line_start <= end:
        line_end = text.find("\n", line_start, end)
        if line_end < 0:
            line_end = end
        lines.append((line_start, line_end))
        line_start = line_end + 1
    # Only the first and the last line holding enough words matter: the lines between are
    # never counted.
    first_full = next((span for span in lines if _ENOUGH_WORDS.search(text, *span)), None)
    if first_full is None:
        return start, end
    last_full = next(span for span in reversed(lines) if _ENOUGH_WORDS.search(text, *span))
    if first_full[0] == start and last_full[1] == end:
        return start, end
    first, last = first_full[0], last_full[1]
    line = text[first:last]
    return first + len(line) - len(line.lstrip()), first + len(line.rstrip())


def _stops_between(text: str, begin: int, end: int) -> list[int]:
    """Where in `text[begin:end]` a sentence may end (a stop or a line break; `_is_stop`
    decides), found by one search rather than a look at every character."""
    return [m.start() for m in _STOP_RE.finditer(text, begin, end)]


def _is_stop(text: str, i: int) -> bool:
    """Whether `text[i]` ends a sentence: a line break or a full stop, not the point inside a
    number ("2.5") nor the one after an abbreviation."""
    c = text[i]
    if c == "\n":
        return True
    if c not in _STOPS:
        return False
    if c == "." and 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit():
        return False
    if c != ".":
        return True
    word = _WORD_BEFORE.search(text, max(0, i - 20), i)
    # "د." (a lone letter: an initial, or a title written as one), "Mr." and "Dr." (a short
    # capitalised word) abbreviate; a sentence ending in "U.S." is then left as it is (its end
    # not seen, nothing is completed): the safe side.
    return word is None or not (len(word.group()) == 1 or _TITLE_RE.fullmatch(word.group()))


def _ends_sentence(text: str, end: int) -> bool:
    """Whether `text[:end]` ends with the end of a sentence (and its closing marks)."""
    j = end
    while j > 0 and (text[j - 1] in _CLOSERS or text[j - 1] == "\n"):
        if _is_stop(text, j - 1):
            return True
        j -= 1
    return False


def _sentence_end(text: str, end: int) -> tuple[int, str] | None:
    """Where the sentence running through `end` ends and the text between `end` and there
    (its last words, or nothing); None when that is too far to look. The closing marks come
    with the sentence only when they follow its last word directly ("… الدينية." but not a
    stray " ." a passage stopped before)."""
    if end >= len(text) or _ends_sentence(text, end):
        return end, ""
    for i in _stops_between(text, end, min(len(text), end + _LOOK)):
        if _is_stop(text, i):
            rest = text[end:i]
            if not _words(rest):
                return end + _closing(text, end), ""
            last = end + len(rest.rstrip())
            return last + _closing(text, last), rest
    if len(text) - end < _LOOK:
        return end + len(text[end:].rstrip()), text[end:]
    return None


def _closing(text: str, at: int) -> int:
    """How many closing marks follow `at` directly (not after a space or a line break)."""
    n = 0
    while at + n < len(text) and text[at + n] in _CLOSERS:
        n += 1
    return n


def _sentence_start(text: str, start: int) -> tuple[int, str] | None:
    """Where the sentence running through `start` begins (its first word) and the text between
    there and `start`; None when that is too far to look."""
    for i in reversed(_stops_between(text, max(0, start - _LOOK), start)):
        if _is_stop(text, i):
            return _first_word(text, i + 1, start)
    if start < _LOOK:
        return _first_word(text, 0, start)
    return None


def _first_word(text: str, begin: int, start: int) -> tuple[int, str]:
    found = _WORD.search(text, begin, start)
    if found is None:
        return start, ""
    return found.start(), text[found.start() : start]


def _rests_agree(rest: str, source_rest: str, weight_of: WeightOf | None = None) -> bool:
    """Whether what is left of a sentence past a passage's edge on both sides can be the same
    reworded phrase: short, of about the same length, sharing words when longer, one of them
    a telling word when `weight_of` (stem hash -> IDF) says which are."""
    words, source_words = _words(rest), _words(source_rest)
    if min(words, source_words) == 0:
        # Only closing marks on one side: words on the other are a sentence going on alone.
        return max(words, source_words) == 0
    if max(words, source_words) > SENTENCE_REST:
        return False
    if abs(words - source_words) > REST_DIFFERENCE:
        return False
    if max(words, source_words) < REST_SHARED_FROM:
        return True
    ours, theirs = np.unique(stem_hashes(rest)), np.unique(stem_hashes(source_rest))
    shared = np.intersect1d(ours, theirs, assume_unique=True)
    if len(shared) < max(1, REST_SHARE * min(len(ours), len(theirs))):
        return False
    if weight_of is None:
        return True
    # "في" and "the" are in every sentence; in a library of a handful of articles no word
    # reaches the IDF floor, so there a telling word is one well above the commonest.
    heaviest = float(np.max(weight_of(np.union1d(ours, theirs))))
    floor = min(REST_TELLING, REST_TELLING_SHARE * heaviest)
    return bool((weight_of(shared) >= floor).any())


def complete_sentences(
    text: str,
    start: int,
    end: int,
    source: str,
    source_start: int,
    source_end: int,
    weight_of: WeightOf | None = None,
) -> tuple[int, int, int, int]:
    """The passage's edges moved out to the ends of the sentences they cut, on both sides
    together, when what is left of each sentence is a short reworded phrase: alignment finds
    a reworded passage from its shared words, and a first or last phrase whose words were all
    replaced (or a last word swapped for a synonym) is left out although it belongs to the
    same sentence on both sides."""
    ahead, source_ahead = _sentence_end(text, end), _sentence_end(source, source_end)
    if ahead and source_ahead and _rests_agree(ahead[1], source_ahead[1], weight_of):
        end, source_end = max(end, ahead[0]), max(source_end, source_ahead[0])
    behind, source_behind = _sentence_start(text, start), _sentence_start(source, source_start)
    if behind and source_behind and _rests_agree(behind[1], source_behind[1], weight_of):
        start, source_start = min(start, behind[0]), min(source_start, source_behind[0])
    return start, end, source_start, source_end


def trim_passage_edges(
    passage: Passage, text: str, source: str, weight_of: WeightOf | None = None
) -> Passage:
    """`passage` (between `text` and `source`) with stray edge fragments dropped on both sides,
    then its cut sentences completed (`complete_sentences`)."""
    start, end = trim_span(text, passage.start, passage.end)
    source_start, source_end = trim_span(source, passage.source_start, passage.source_end)
    start, end, source_start, source_end = complete_sentences(
        text, start, end, source, source_start, source_end, weight_of
    )
    if (start, end, source_start, source_end) == (
        passage.start,
        passage.end,
        passage.source_start,
        passage.source_end,
    ):
        return passage
    dropped = _words(text[passage.start : start]) + _words(text[end : passage.end])
    added = _words(text[start : passage.start]) + _words(text[passage.end : end])
    return replace(
        passage,
        start=start,
        end=end,
        source_start=source_start,
        source_end=source_end,
        words=max(passage.words - dropped + added, 1),
    )


__all__ = ["MIN_FRAGMENT_WORDS", "complete_sentences", "trim_passage_edges", "trim_span"]
