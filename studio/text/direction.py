"""Base direction of a paragraph, by the Unicode bidi rules P2 and P3."""

from __future__ import annotations

import unicodedata
from enum import StrEnum

from bidi import get_base_level


class Direction(StrEnum):
    LTR = "ltr"
    RTL = "rtl"


def _has_strong(text: str) -> bool:
    return any(unicodedata.bidirectional(ch) in ("L", "R", "AL") for ch in text)


def paragraph_direction(text: str, default: Direction | None = None) -> Direction | None:
    """The direction of the first strong character (skipping isolates, as rule P2 says); `default`
    when the paragraph has none (digits, punctuation, emoji or nothing at all)."""
    if not _has_strong(text):
        return default
    return Direction.RTL if get_base_level(text) == 1 else Direction.LTR


def _letter_direction(ch: str) -> Direction | None:
    kind = unicodedata.bidirectional(ch)
    if kind == "L":
        return Direction.LTR
    if kind in ("R", "AL"):
        return Direction.RTL
    return None


def block_direction(text: str, article_default: Direction | None) -> Direction | None:
    """Direction of a block inside an article whose own direction is `article_default`.

    By P2/P3 a line such as "ChatGPT أداة مفيدة" is left-to-right, which is wrong in an Arabic
    article: there it reads right-to-left with one English word in it. So a block whose letters
    are mostly in the article's direction takes the article's direction; any other block follows
    its first strong character, as the Unicode rules say.
    """
    counts = {Direction.LTR: 0, Direction.RTL: 0}
    for ch in text:
        direction = _letter_direction(ch)
        if direction is not None:
            counts[direction] += 1
    if not counts[Direction.LTR] and not counts[Direction.RTL]:
        return article_default
    if article_default is not None and counts[article_default] * 2 >= sum(counts.values()):
        return article_default
    return paragraph_direction(text, article_default)
