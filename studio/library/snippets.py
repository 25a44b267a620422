"""Search snippets cut from the stored text, with the matched words marked.

Matching happens on normalised text, then the offsets are mapped back to what the writer wrote,
so a snippet keeps its diacritics and the highlight sits on the right letters.
"""

from __future__ import annotations

import re

from studio.text import light_stem, normalise_with_map

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
    # Only the start of a long body is searched for the window: snippets must stay cheap.
    head = text[:20000]
    folded, origin = normalise_with_map(head)
    matches = list(pattern.finditer(folded)) if pattern else []
    # A match ends where the next kept character starts, so trailing marks (ُّ) stay inside it.
    spans = [(origin[m.start()], _end(head, origin, m.end())) for m in matches]
    if spans:
        first = spans[0][0]
        start = max(0, first - width // 3)
    else:
        start = 0
    end = min(len(text), start + width)
    start, end = _snap(text, start, end)
    snippet = text[start:end].replace("\n", " ")
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(text) else ""
    shift = len(prefix) - start
    inside = [(s + shift, e + shift) for s, e in spans if s >= start and e <= end]
    return prefix + snippet + suffix, inside


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
