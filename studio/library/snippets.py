"""Search snippets cut from the stored text, with the matched words marked.

Matching happens on normalised text, then the offsets are mapped back to what the writer wrote,
so a snippet keeps its diacritics and the highlight sits on the right letters.
"""

from __future__ import annotations

import re

from studio.text import light_stem, normalise, normalise_with_map

# Clitics that may stand before a word the query names: و ف ب ك ل and the article forms.
_PROCLITICS = r"(?:[وف]?(?:ال|بال|كال|لل|[بكل])?)"


def _term_pattern(terms: list[str]) -> re.Pattern[str] | None:
    alternatives = set()
    for term in terms:
        if not term:
            continue
        alternatives.add(re.escape(term))
        stem = light_stem(term)
        if stem and stem != term:
            alternatives.add(re.escape(stem))
    if not alternatives:
        return None
    joined = "|".join(sorted(alternatives, key=len, reverse=True))
    return re.compile(rf"(?<!\w){_PROCLITICS}(?:{joined})\w*")


def make_snippet(
    text: str, terms: list[str], width: int = 180
) -> tuple[str, list[tuple[int, int]]]:
    """A window of about `width` characters around the first match of any of `terms` (already
    normalised), and the (start, end) of every match inside it."""
    if not text:
        return "", []
    pattern = _term_pattern(terms)
    # Only the start of a long body is searched for the window: snippets must stay cheap, so the
    # character-by-character offset map is built for the short window alone.
    head = text[:20000]
    first = None
    if pattern is not None:
        found = pattern.search(normalise(head))
        if found:
            first = original_index(head, found.start())
    start = max(0, first - width // 3) if first is not None else 0
    start, end = _snap(text, start, min(len(text), start + width))
    window = text[start:end]
    spans: list[tuple[int, int]] = []
    if pattern is not None:
        folded, origin = normalise_with_map(window)
        # A match ends where the next kept character starts, so trailing marks (ُّ) stay in it.
        spans = [
            (origin[m.start()], _end(window, origin, m.end())) for m in pattern.finditer(folded)
        ]
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(text) else ""
    shift = len(prefix)
    return (
        prefix + window.replace("\n", " ") + suffix,
        [(a + shift, b + shift) for a, b in spans],
    )


def original_index(text: str, folded_index: int) -> int:
    """The index in `text` of the character that became `normalise(text)[folded_index]`."""
    # Folding mostly drops characters (marks, tatweel), so the original index is at or after the
    # folded one: step forward by what was dropped until the prefix folds to the right length.
    i = min(folded_index, len(text))
    while (length := len(normalise(text[:i]))) != folded_index:
        if length > folded_index or i >= len(text):
            # A ligature or compatibility character expanded: fall back to the exact map.
            _folded, origin = normalise_with_map(text[: i + 1])
            return origin[folded_index]
        i = min(i + folded_index - length, len(text))
    while i < len(text) and not normalise(text[i]):
        i += 1
    return min(i, len(text))


def _end(text: str, origin: list[int], folded_end: int) -> int:
    end = origin[folded_end - 1] + 1
    limit = origin[folded_end]
    while end < limit and not text[end].isspace():
        end += 1
    return end


def _snap(text: str, start: int, end: int) -> tuple[int, int]:
    """Widens the window by up to 20 characters on each side so no word is cut in half."""
    lo = start
    while lo > 0 and start - lo < 20 and not text[lo - 1].isspace():
        lo -= 1
    if lo == 0 or text[lo - 1].isspace():
        start = lo
    hi = end
    while hi < len(text) and hi - end < 20 and not text[hi].isspace():
        hi += 1
    return start, hi
