"""Normalisation for matching and indexing.

The result is only ever used to compare or index text; what the writer wrote is stored untouched.
Each character is folded on its own (compatibility form, case, Arabic letter variants, marks
removed), so the folded text can always be mapped back to the original offsets.
"""

from __future__ import annotations

import unicodedata

# Harakat, tanween, shadda, sukun, superscript alef, Quranic annotation marks.
_ARABIC_MARKS = (
    [chr(c) for c in range(0x0610, 0x061B)]
    + [chr(c) for c in range(0x064B, 0x0660)]
    + ["\u0670"]
    + [chr(c) for c in range(0x06D6, 0x06DD)]
    + [chr(c) for c in range(0x06DF, 0x06E5)]
    + [chr(c) for c in range(0x06E7, 0x06E9)]
    + [chr(c) for c in range(0x06EA, 0x06EE)]
)
_TATWEEL = "\u0640"
# Joiners, bidi marks and embeddings, soft hyphen, BOM: invisible, never part of a word's identity.
_INVISIBLE = [
    "\u00ad",
    "\u200b",
    "\u200c",
    "\u200d",
    "\u200e",
    "\u200f",
    "\u061c",
    "\u2060",
    "\ufeff",
    *[chr(c) for c in range(0x202A, 0x202F)],
    *[chr(c) for c in range(0x2066, 0x206A)],
]
_LETTER_FOLDS = {
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",
    "ٲ": "ا",
    "ٳ": "ا",
    "ى": "ي",
    "ی": "ي",  # Persian yeh, typed by many Arabic keyboards
    "ې": "ي",
    "ة": "ه",
    "ک": "ك",  # Persian keheh
}
_DIGITS = {chr(0x0660 + i): str(i) for i in range(10)} | {
    chr(0x06F0 + i): str(i) for i in range(10)
}


def _fold_char(ch: str) -> str:
    if ch in _ARABIC_MARKS or ch == _TATWEEL or ch in _INVISIBLE:
        return ""
    out = []
    for c in unicodedata.normalize("NFKC", ch).casefold():
        if c in _ARABIC_MARKS or c == _TATWEEL or c in _INVISIBLE:
            continue
        c = _LETTER_FOLDS.get(c, c)
        out.append(_DIGITS.get(c, c))
    return "".join(out)


class _FoldTable(dict[int, str]):
    """A `str.translate` table that folds each code point the first time it is seen."""

    def __missing__(self, code: int) -> str:
        folded = _fold_char(chr(code))
        self[code] = folded
        return folded


_TABLE = _FoldTable()


def normalise(text: str) -> str:
    """Fold text for matching: no tashkeel or tatweel, one alef, ya and ha, NFKC, casefolded,
    Western digits, invisible joiners and bidi controls removed."""
    return text.translate(_TABLE)


def normalise_with_map(text: str) -> tuple[str, list[int]]:
    """Like `normalise`, plus for every character of the result the index it came from in `text`.

    The map has one extra entry, `len(text)`, so an end offset maps too.
    """
    pieces: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(text):
        folded = _TABLE[ord(ch)]
        if folded:
            pieces.append(folded)
            origin.extend([i] * len(folded))
    origin.append(len(text))
    return "".join(pieces), origin
