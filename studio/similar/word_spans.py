"""Where the words of a text are, found with a few array passes over its code points instead of
one regular-expression match object per word (a third of the time of finding similar pieces
went to reading the spans of the words of the sources' bodies).

The answers are exactly those of the regular expressions they stand for: a word is a run of
letters, digits and marks that begins with a letter or digit; `tokens.py`'s words also go on
over an apostrophe between letters ("don't") and a separator between digits ("2.5", "١٬٢٥٠").
"""

from __future__ import annotations

import re
from collections.abc import Callable

import numpy as np

_WORD_CHAR = re.compile(r"[^\W_]")
_DIGIT = re.compile(r"\d")
_APOSTROPHES = "'’"
_SEPARATORS = ".,\u066b\u066c"

# Bits of a code point's class.
_W = 1  # letter or digit: a word starts and goes on with it
_M = 2  # a mark or joiner that goes on a word (never starts one)
_A = 4  # an apostrophe
_S = 8  # a separator inside a number
_D = 16  # a decimal digit
_UNKNOWN = 255


class CodePointClasses:
    """A small class (0–254) for every character of a text, from `classify(code point)`: a table
    for the Basic Multilingual Plane learnt as characters are met (a text has few distinct
    ones), other planes classed each time."""

    def __init__(self, classify: Callable[[int], int]) -> None:
        self._classify = classify
        self._table = np.full(0x10000, _UNKNOWN, dtype=np.uint8)

    def of(self, text: str) -> np.ndarray:
        points = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype="<u4")
        classes = self._table[np.minimum(points, 0xFFFF)]
        unknown = np.flatnonzero((classes == _UNKNOWN) | (points > 0xFFFF))
        if len(unknown):
            for code in np.unique(points[unknown]).tolist():
                if code <= 0xFFFF:
                    self._table[code] = self._classify(code)
            classes = self._table[np.minimum(points, 0xFFFF)]
            astral = np.flatnonzero(points > 0xFFFF)
            if len(astral):
                classes[astral] = [self._classify(c) for c in points[astral].tolist()]
        return classes


class WordSpans:
    """The matches of a regular expression of the shape `[^\\W_](?:[^\\W_]|[marks])*` (with
    `joins`, of `tokens.py`'s words and numbers, which also join apostrophes and separators)."""

    def __init__(self, marks: str, joins: bool) -> None:
        self._marks = re.compile(f"[{marks}]")
        self._joins = joins
        self._classes = CodePointClasses(self._class)

    def _class(self, code: int) -> int:
        ch = chr(code)
        value = _W if _WORD_CHAR.match(ch) else 0
        if self._marks.match(ch):
            value |= _M
        if _DIGIT.match(ch):
            value |= _D
        if ch in _APOSTROPHES:
            value |= _A
        if ch in _SEPARATORS:
            value |= _S
        return value

    def spans(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """Start and end offsets (int64) of every match of the expression in `text`."""
        if not text:
            return np.zeros(0, np.int64), np.zeros(0, np.int64)
        classes = self._classes.of(text)
        in_word = (classes & (_W | _M)) != 0
        edges = np.diff(np.concatenate(([0], in_word.view(np.int8), [0])))
        run_starts = np.flatnonzero(edges == 1)
        run_ends = np.flatnonzero(edges == -1)
        starters = np.flatnonzero(classes & _W)
        if not len(starters):
            return np.zeros(0, np.int64), np.zeros(0, np.int64)
        run_of = np.searchsorted(run_starts, starters, "right") - 1
        # A word starts at the first letter or digit of its run (marks before it are skipped)
        # and runs to the end of the run.
        first = np.flatnonzero(np.diff(run_of, prepend=-1) != 0)
        starts = starters[first].astype(np.int64)
        ends = run_ends[run_of[first]].astype(np.int64)
        if self._joins:
            return _joined(classes, starts, ends)
        return starts, ends


def _joined(
    classes: np.ndarray, starts: np.ndarray, ends: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Words that `tokens.py` joins across one character: a word begun with a letter goes on
    over an apostrophe followed by a letter ("don't", "l'eau"); a number whose words so far are
    all digits goes on over a separator followed by a digit ("1,250.5", "٢٫٥")."""
    if len(starts) < 2:
        return starts, ends
    between = ends[:-1]
    gaps = np.flatnonzero((starts[1:] == between + 1) & ((classes[between] & (_A | _S)) != 0))
    if not len(gaps):
        return starts, ends
    digits = np.concatenate(([0], np.cumsum((classes & _D) != 0)))
    all_digits = (digits[ends] - digits[starts]) == (ends - starts)
    opening = classes[starts]
    begins_letter = ((opening & _W) != 0) & ((opening & _D) == 0)
    begins_digit = (opening & _D) != 0
    join = np.zeros(len(starts) - 1, dtype=bool)
    # What the word being built began as, for the word at each gap (a word joined at the gap
    # before carries the state on).
    carried: dict[int, tuple[bool, bool]] = {}
    for i in gaps.tolist():
        letter, number = carried.get(i, (bool(begins_letter[i]), bool(all_digits[i])))
        mark = int(classes[ends[i]])
        if mark & _A and letter and begins_letter[i + 1]:
            join[i] = True
            carried[i + 1] = (True, False)
        elif mark & _S and number and begins_digit[i + 1]:
            join[i] = True
            carried[i + 1] = (False, bool(all_digits[i + 1]))
    if not join.any():
        return starts, ends
    firsts = np.flatnonzero(np.concatenate(([True], ~join)))
    lasts = np.concatenate((firsts[1:] - 1, [len(starts) - 1]))
    return starts[firsts], ends[lasts]


__all__ = ["CodePointClasses", "WordSpans"]
