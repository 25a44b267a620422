"""Images that arrive inside imported documents: recognised by their bytes (not by what the
document claims), measured without decoding, and refused when too large to be a picture in an
article: a decompression bomb declares a huge width and height in a few bytes."""

from __future__ import annotations

import hashlib
import struct
from pathlib import Path
from urllib.parse import unquote, urlsplit

from studio.importers import limits
from studio.importers.errors import IMAGE_TOO_LARGE, IMAGE_TOO_MANY_PIXELS, ImportRefused
from studio.library.records import AssetFile


def sniff_type(data: bytes) -> str | None:
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if data.startswith((b"GIF87a", b"GIF89a")):
        return "image/gif"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return None


def _jpeg_size(data: bytes) -> tuple[int, int] | None:
    index = 2
    while index + 9 < len(data):
        if data[index] != 0xFF:
            return None
        marker = data[index + 1]
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
            index += 2
            continue
        (length,) = struct.unpack(">H", data[index + 2 : index + 4])
        # Start-of-frame markers (not DHT, JPG or DAC) hold the height and width.
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            height, width = struct.unpack(">HH", data[index + 5 : index + 9])
            return width, height
        index += 2 + length
    return None


def pixel_size(data: bytes, mime: str) -> tuple[int, int] | None:
    """Width and height from the header, or None when the header cannot tell."""
    try:
        if mime == "image/png" and len(data) >= 24:
            return struct.unpack(">II", data[16:24])
        if mime == "image/gif" and len(data) >= 10:
            return struct.unpack("<HH", data[6:10])
        if mime == "image/jpeg":
            return _jpeg_size(data)
        if mime == "image/webp" and len(data) >= 30:
            chunk = data[12:16]
            if chunk == b"VP8X":
                width = int.from_bytes(data[24:27], "little") + 1
                height = int.from_bytes(data[27:30], "little") + 1
                return width, height
            if chunk == b"VP8 ":
                width, height = struct.unpack("<HH", data[26:30])
                return width & 0x3FFF, height & 0x3FFF
            if chunk == b"VP8L":
                bits = int.from_bytes(data[21:25], "little")
                return (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1
    except struct.error:
        return None
    return None


def checked_image(data: bytes, filename: str) -> AssetFile | None:
    """The image as a library asset; None when it is not an image a page can show. Raises
    `ImportRefused` for an image too large to take in."""
    if len(data) > limits.MAX_IMAGE_BYTES:
        raise ImportRefused(
            IMAGE_TOO_LARGE,
            size_mb=limits.megabytes_over(len(data)),
            limit_mb=limits.megabytes(limits.MAX_IMAGE_BYTES),
        )
    mime = sniff_type(data)
    if mime is None:
        return None
    size = pixel_size(data, mime)
    if size is not None and size[0] * size[1] > limits.MAX_IMAGE_PIXELS:
        raise ImportRefused(
            IMAGE_TOO_MANY_PIXELS,
            megapixels=round(size[0] * size[1] / 1_000_000),
            limit=limits.MAX_IMAGE_PIXELS // 1_000_000,
        )
    return AssetFile(hashlib.sha256(data).hexdigest(), mime, filename[:300], data)


def local_image(folder: Path | None, source: str) -> AssetFile | None:
    """The image a document names by a relative path, as an asset; None for anything else.

    Only files in the document's own folder or below it count: a document must not pull in any
    file of the disk (a later export would hand it to a client). Raises `ImportRefused` for an
    image too large to take in.
    """
    parts = urlsplit(source)
    if parts.scheme or parts.netloc or not parts.path or folder is None:
        return None
    relative = Path(unquote(parts.path))
    if relative.is_absolute() or ".." in relative.parts:
        return None
    candidate = folder / relative
    try:
        # A link inside the folder may still lead out of it.
        if not candidate.resolve().is_relative_to(folder.resolve()) or not candidate.is_file():
            return None
        if candidate.stat().st_size > limits.MAX_IMAGE_BYTES:
            return checked_image(b"\0" * (limits.MAX_IMAGE_BYTES + 1), "")
        return checked_image(candidate.read_bytes(), candidate.name)
    except OSError:
        return None
