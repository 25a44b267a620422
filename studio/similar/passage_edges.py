"""Trimming a reused passage's edges back to whole paragraphs.

Alignment works on words and ignores layout, so a passage can run a word or two past a
paragraph break: the side-by-side view then highlights a lone «وفي» at the start of the next
paragraph. A fragment of fewer than `MIN_FRAGMENT_WORDS` words cut off from the rest of the
passage by a line break is noise, so it is dropped from either edge, on both sides (the new
text and the source), independently. The offsets stay character offsets into the same texts.
"""

from __future__ import annotations

import re
from dataclasses import replace

from studio.similar.align import Passage

MIN_FRAGMENT_WORDS = 3
_WORD = re.compile(r"[^\W_]+")


def _words(text: str) -> int:
    return len(_WORD.findall(text))


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """`text[start:end]` without leading or trailing fragments of fewer than
    MIN_FRAGMENT_WORDS words separated from the rest by a line break: the span runs from the
    first to the last of its lines (or parts of lines) that hold enough words. A span with no
    such line is kept as it is (nothing in it is more of a fragment than the rest)."""
    full: list[tuple[int, int]] = []
    line_start = start
    while line_start <= end:
        line_end = text.find("\n", line_start, end)
        if line_end < 0:
            line_end = end
        if _words(text[line_start:line_end]) >= MIN_FRAGMENT_WORDS:
            full.append((line_start, line_end))
        line_start = line_end + 1
    if not full or (full[0][0] == start and full[-1][1] == end):
        return start, end
    first, last = full[0][0], full[-1][1]
    line = text[first:last]
    return first + len(line) - len(line.lstrip()), first + len(line.rstrip())


def trim_passage_edges(passage: Passage, text: str, source: str) -> Passage:
    """`passage` (between `text` and `source`) with stray edge fragments dropped on both sides."""
    start, end = trim_span(text, passage.start, passage.end)
    source_start, source_end = trim_span(source, passage.source_start, passage.source_end)
    if (start, end, source_start, source_end) == (
        passage.start,
        passage.end,
        passage.source_start,
        passage.source_end,
    ):
        return passage
    dropped = _words(text[passage.start : start]) + _words(text[end : passage.end])
    return replace(
        passage,
        start=start,
        end=end,
        source_start=source_start,
        source_end=source_end,
        words=max(passage.words - dropped, 1),
    )


__all__ = ["MIN_FRAGMENT_WORDS", "trim_passage_edges", "trim_span"]
