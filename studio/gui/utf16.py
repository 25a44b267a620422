"""Python counts code points, Qt counts UTF-16 units: an emoji is one of the first and two of
the second. Offsets found in a text's Python string go through here before they become Qt
positions (the checklist's underlines, find and replace, spelling)."""

from __future__ import annotations

import bisect
import re

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class Utf16Positions:
    """Code-point offsets of a text as Qt's UTF-16 positions (an emoji counts two there)."""

    def __init__(self, text: str) -> None:
        # Only characters beyond the BMP shift positions; most articles have none.
        # Encoding is C-speed; the pattern is searched only when there is something to find.
        astral = len(text.encode("utf-16-le", "surrogatepass")) // 2 != len(text)
        self._astral = [m.start() for m in _ASTRAL.finditer(text)] if astral else []

    def __call__(self, offset: int) -> int:
        if not self._astral:
            return offset
        return offset + bisect.bisect_left(self._astral, offset)
