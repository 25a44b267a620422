"""Sentence and clause boundaries for Arabic and English prose."""

from __future__ import annotations

import re

# A sentence ends at . ! ? ؟ ؛ … (runs of them, plus closing quotes and brackets) followed by
# space, or at a line break. A dot between digits (3.5) or inside an initialism (U.S.) does not.
_SENTENCE_END = re.compile(
    r"(?:(?<!\d)(?<!\b\w)\.(?!\d)|[!?؟؛…]|\.(?=\s))[.!?؟؛…]*[\"'”’»)\]]*(?=\s|$)|\n+"
)
# Clauses end also at , ، ; : and dashes between words.
_CLAUSE_END = re.compile(r"[,،;:](?=\s)|\s[–—]\s")


def _spans(text: str, boundary: re.Pattern[str]) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for m in boundary.finditer(text):
        _append(text, start, m.end(), spans)
        start = m.end()
    _append(text, start, len(text), spans)
    return spans


def _append(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if any(ch.isalnum() for ch in text[start:end]):
        spans.append((start, end))


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of each sentence; the Arabic question mark and semicolon (؟ ؛) end
    sentences as . ! ? do, and every line break does too."""
    return _spans(text, _SENTENCE_END)


def split_clauses(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of each clause: sentences further split at , ، ; : and dashes."""
    clauses: list[tuple[int, int]] = []
    for s_start, s_end in split_sentences(text):
        for c_start, c_end in _spans(text[s_start:s_end], _CLAUSE_END):
            clauses.append((s_start + c_start, s_start + c_end))
    return clauses
