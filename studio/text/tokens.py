"""Words, numbers and their positions, for Arabic, Latin and other scripts."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u200c\u200d"
# The marks and joiners a word carries (a character class's inside), for code that finds the
# same words without the expression (`studio.similar.word_spans`).
WORD_MARKS = _MARKS
_LETTER = r"[^\W\d_]"
_INNER = rf"(?:[^\W_]+|[{_MARKS}]+)*"
# A word may carry tashkeel, tatweel and joiners, and an apostrophe between letters (don't, l'eau).
_WORD = rf"{_LETTER}{_INNER}(?:['’]{_LETTER}{_INNER})*"
# A number keeps its separators (1,250.5 and ١٬٢٥٠٫٥) and a unit or era glued to it (5G, 2024م).
_NUMBER = rf"\d+(?:[.,\u066b\u066c]\d+)*{_INNER}"
_TOKEN_RE = re.compile(rf"{_NUMBER}|{_WORD}")


class TokenKind(StrEnum):
    ARABIC = "arabic"
    LATIN = "latin"
    NUMBER = "number"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int
    kind: TokenKind


def _is_arabic_char(ch: str) -> bool:
    code = ord(ch)
    return (
        0x0600 <= code <= 0x06FF
        or 0x0750 <= code <= 0x077F
        or 0x08A0 <= code <= 0x08FF
        or 0xFB50 <= code <= 0xFDFF
        or 0xFE70 <= code <= 0xFEFF
    )


def _kind(text: str) -> TokenKind:
    first = text[0]
    if first.isdigit():
        return TokenKind.NUMBER
    if _is_arabic_char(first):
        return TokenKind.ARABIC
    if first.isascii() or unicodedata.name(first, "").startswith("LATIN"):
        return TokenKind.LATIN
    return TokenKind.OTHER


def tokenise(text: str) -> list[Token]:
    """Every word and number in `text` with its character offsets; punctuation, spaces and emoji
    are not tokens."""
    return [
        Token(m.group(), m.start(), m.end(), _kind(m.group())) for m in _TOKEN_RE.finditer(text)
    ]


def words(text: str) -> list[str]:
    """The words and numbers of `text`, as written."""
    return _TOKEN_RE.findall(text)


def is_arabic_char(ch: str) -> bool:
    return _is_arabic_char(ch)
