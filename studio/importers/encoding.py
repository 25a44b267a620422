"""Telling the encoding of a text file the way a writer's files are really encoded.

Files come from Notepad, Word's "plain text" export, Google Docs downloads and old Arabic Windows
machines: UTF-8 (with or without a BOM), UTF-16 with a BOM, or Windows-1256. Every byte string
decodes as Windows-1256, so that guess is only taken when the result reads as Arabic; anything
else is refused rather than stored as mojibake.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from studio.importers.errors import DAMAGED_ENCODING, UNKNOWN_ENCODING, ImportRefused
from studio.text.tokens import is_arabic_char

# Longest BOMs first: the UTF-32 LE BOM starts with the UTF-16 LE one.
_BOMS: tuple[tuple[bytes, str, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)

# Judging a sample is enough: a misread file shows it within the first pages.
_SAMPLE_CHARS = 200_000
# Arabic letters must be a good share of all letters: a Western file misread as Windows-1256 shows
# at most a sprinkling of them (its accented letters), while even an Arabic article full of English
# names and terms stays well above this.
_MIN_ARABIC_SHARE = 0.2
# Real Arabic words are written in Arabic letters only. A Latin-1, Cyrillic or Greek file read as
# Windows-1256 gets Arabic letters in the middle of Latin ones ("Mنdchen"), so such words give it
# away.
_MAX_MIXED_WORD_SHARE = 0.05
# Letters plus Arabic marks, so a diacritised word counts as one word.
_WORD_RE = re.compile(r"(?:[^\W\d_]|[\u0610-\u061a\u064b-\u065f\u0670])+")


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str


def decode_text(data: bytes) -> Decoded:
    """The text of a file's bytes, without its BOM and otherwise untouched (newlines included),
    and the encoding it was read with. Raises `ImportRefused` when the encoding is unclear."""
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            return Decoded(_strict(data[len(bom) :], codec, label, offset=len(bom)), codec)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("cp1256")
        if not looks_arabic(text):
            raise ImportRefused(UNKNOWN_ENCODING) from None
        return Decoded(text, "cp1256")
    # NUL is valid UTF-8 but never in a text file: this is UTF-16 without a BOM, or binary.
    if "\x00" in text:
        raise ImportRefused(UNKNOWN_ENCODING)
    return Decoded(text, "utf-8")


def _strict(data: bytes, codec: str, label: str, offset: int) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        raise ImportRefused(DAMAGED_ENCODING, encoding=label, position=exc.start + offset) from None


def looks_arabic(text: str) -> bool:
    """True when `text` reads as Arabic writing rather than bytes of another code page."""
    sample = text[:_SAMPLE_CHARS]
    letters = arabic_letters = 0
    arabic_words = mixed_words = 0
    for match in _WORD_RE.finditer(sample):
        word = match.group()
        arabic_here = sum(1 for ch in word if is_arabic_char(ch))
        letters += len(word)
        arabic_letters += arabic_here
        if arabic_here == len(word):
            arabic_words += 1
        elif arabic_here:
            mixed_words += 1
    if not arabic_words or arabic_letters < _MIN_ARABIC_SHARE * letters:
        return False
    return mixed_words <= _MAX_MIXED_WORD_SHARE * (arabic_words + mixed_words)


def decode_bytes(data: bytes, source: str = "") -> str:
    """`decode_text` for callers outside an import (the CLI's --body-file): just the text, or a
    `ValueError` naming `source` when the encoding cannot be told."""
    try:
        return decode_text(data).text
    except ImportRefused as exc:
        raise ValueError(f"{source}: {exc}" if source else str(exc)) from None
