"""Where a Markdown text holds code, in which image or link syntax is only text."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable


def code_lines(markdown: str) -> set[int]:
    """Indexes of the lines inside fenced or indented code blocks."""
    # markdown-it is imported here, not at start-up: only imports and exports need it.
    from markdown_it import MarkdownIt

    lines: set[int] = set()
    for token in MarkdownIt("commonmark").parse(markdown):
        if token.type in ("fence", "code_block") and token.map:
            lines.update(range(token.map[0], token.map[1]))
    return lines


def sub_outside_code(
    pattern: re.Pattern[str], replace: Callable[[re.Match[str]], str], markdown: str
) -> str:
    """`pattern.sub(replace, markdown)`, leaving matches that start in a code block as they are."""
    code = code_lines(markdown)
    if not code:
        return pattern.sub(replace, markdown)
    starts = [0] + [m.end() for m in re.finditer("\n", markdown)]

    def guarded(match: re.Match[str]) -> str:
        if bisect_right(starts, match.start()) - 1 in code:
            return match[0]
        return replace(match)

    return pattern.sub(guarded, markdown)
