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
