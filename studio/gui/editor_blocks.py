"""Per-line figures the editor keeps up to date incrementally: words and reading pace.

A 100,000-word article is counted once when it opens; after that an edit recounts only the lines
it touched, so the status bar stays live without a pause after typing.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from studio.text.counts import WORDS_PER_MINUTE, word_tally


@dataclass(frozen=True, slots=True)
class LineFigures:
    arabic: int = 0
    other: int = 0

    @property
    def words(self) -> int:
        return self.arabic + self.other


def line_figures(text: str) -> LineFigures:
    """Words of one line, Arabic and other, kinded as `studio.text.tokenise` kinds them but
    without building tokens (every line of an article is counted when it opens)."""
    total, arabic = word_tally(text)
    return LineFigures(arabic, total - arabic)


class LineCounts:
    """Figures for every line of a document, patched after each edit. Counting a new document
    waits until the figures are first asked for, so a long article shows before it is counted."""

    def __init__(self) -> None:
        self._lines: list[LineFigures] = []
        self._pending: list[str] | None = None
        self._arabic = 0
        self._other = 0

    def reset(self, lines: list[str]) -> None:
        self._pending = lines
        self._lines = []

    def _ensure(self) -> None:
        if self._pending is None:
            return
        lines, self._pending = self._pending, None
        self._lines = [line_figures(line) for line in lines]
        self._arabic = sum(f.arabic for f in self._lines)
        self._other = sum(f.other for f in self._lines)

    def __len__(self) -> int:
        return len(self._pending) if self._pending is not None else len(self._lines)

    def replace(self, first: int, old_last: int, new_lines: list[str]) -> None:
        """Lines first..old_last (inclusive) became `new_lines`."""
        if self._pending is not None:
            self._pending[first : old_last + 1] = new_lines
            return
        old = self._lines[first : old_last + 1]
        new = [line_figures(line) for line in new_lines]
        self._lines[first : old_last + 1] = new
        self._arabic += sum(f.arabic for f in new) - sum(f.arabic for f in old)
        self._other += sum(f.other for f in new) - sum(f.other for f in old)

    @property
    def arabic(self) -> int:
        self._ensure()
        return self._arabic

    @property
    def other(self) -> int:
        self._ensure()
        return self._other

    @property
    def words(self) -> int:
        return self.arabic + self.other

    @property
    def reading_minutes(self) -> int:
        """As `studio.text.reading_minutes`: each script at its own reading pace."""
        if not self.words:
            return 0
        minutes = self.arabic / WORDS_PER_MINUTE["ar"] + self.other / WORDS_PER_MINUTE["en"]
        return max(1, math.ceil(minutes - 0.25))
