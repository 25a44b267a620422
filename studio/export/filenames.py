"""File names from article titles that every common system accepts, Arabic kept as Arabic.

Windows refuses `<>:"/\\|?*`, control characters, names ending in a dot or space and the device
names (CON, NUL, COM1…, with any extension); most file systems cap a name at 255 bytes, and
Arabic letters take two bytes each in UTF-8, so names are cut by bytes, never mid-character.
Names are NFC, as macOS and Linux would otherwise differ on accented letters.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

RESERVED_CHARACTERS = '<>:"/\\|?*'
_RESERVED_NAMES = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"} | {
    f"{kind}{n}" for kind in ("COM", "LPT") for n in (*"123456789", "¹", "²", "³")
}
# Room for " (12)" and a long extension inside the usual 255-byte limit, with a margin for
# tools that add their own suffixes (a browser's "_files" folder, ".part" downloads).
MAX_STEM_BYTES = 180
_SPACES = re.compile(r"\s+")


def _allowed(ch: str) -> bool:
    if ch in RESERVED_CHARACTERS:
        return False
    category = unicodedata.category(ch)
    # Control, format (bidi marks and isolates, zero-width joiners) and unassigned characters:
    # invisible in a file manager, and a bidi override can disguise an extension.
    return category not in ("Cc", "Cf", "Cs", "Co", "Cn")


def _cut_to_bytes(text: str, limit: int) -> str:
    encoded = text.encode("utf-8")
    if len(encoded) <= limit:
        return text
    return encoded[:limit].decode("utf-8", errors="ignore")


def safe_stem(title: str, fallback: str = "article", max_bytes: int = MAX_STEM_BYTES) -> str:
    """`title` as the stem of a file name (no extension)."""
    text = unicodedata.normalize("NFC", title)
    text = "".join(ch if _allowed(ch) else " " for ch in text)
    text = _SPACES.sub(" ", text).strip()
    text = _cut_to_bytes(text, max_bytes).rstrip(". ").lstrip(" ")
    # A leading dot hides the file on macOS and Linux.
    text = text.lstrip(".").strip()
    if not text:
        return fallback
    if text.split(".")[0].strip().upper() in _RESERVED_NAMES:
        text = f"_{text}"
    return text


def unique_path(
    folder: Path,
    stem: str,
    suffix: str,
    taken: set[str] | None = None,
    *,
    on_disk: bool = True,
) -> Path:
    """`folder/stem+suffix`, or `stem (2)`, `stem (3)`… when that name is in `taken` (names
    given earlier in the same batch, compared without case: Windows and macOS see `A.html` and
    `a.html` as one file) or, with `on_disk`, already in the folder."""
    taken = taken if taken is not None else set()
    counter = 1
    while True:
        name = f"{stem}{suffix}" if counter == 1 else f"{stem} ({counter}){suffix}"
        if name.casefold() not in taken and not (on_disk and (folder / name).exists()):
            taken.add(name.casefold())
            return folder / name
        counter += 1
