"""Reading the `{"id": …, "text": …}` lines that `qalam check --jsonl` and `qalam similar --jsonl`
take, so both treat a bad line the same way.

Nothing given is lost to one bad line: a line that is not JSON, not an object, has no `text`, a
`text` that is not a string, or bytes that are not UTF-8 is answered by its own error record and
the lines after it are read on. A compressed file damaged part-way ends with an error record at
the line where reading stopped. Only a file that cannot be read at all (missing, not gzip though
named .gz) raises `JsonlUnreadable` (or `OSError`), before any line is answered.

`-` reads standard input. Compression is told by the gzip signature, so a `.jsonl` that is really
gzip still reads; files saved by Windows tools with a UTF-8 or UTF-16 byte-order mark read too.
The messages are the importer's, so `qalam import` and these commands say the same of a line.
"""

from __future__ import annotations

import codecs
import gzip
import io
import json
import re
import sys
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from studio.importers import limits
from studio.importers.errors import (
    DAMAGED_ARCHIVE,
    DAMAGED_ENCODING,
    FIELD_NOT_TEXT,
    LINE_NOT_UTF8,
    LINE_TOO_LARGE,
    MISSING_TEXT,
    NOT_AN_OBJECT,
    NOT_JSON,
)
from studio.importers.jsonl_files import numbered_lines

_GZIP_MAGIC = b"\x1f\x8b"
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)

_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
# The importer's words for a line that is not UTF-8, said of UTF-16.
LINE_NOT_UTF16 = "The line is not valid UTF-16 text (byte {position})."

# (line number, its text, or why it could not be decoded)
_Line = tuple[int, str | None, str | None]


class JsonlUnreadable(OSError):
    """The input as a whole cannot be read: an OSError like a missing file's, so `qalam`
    reports it the same way ("qalam: WHY: FILE", exit status 1)."""

    def __init__(self, name: str, why: str) -> None:
        super().__init__(None, why, name)


@dataclass(frozen=True, slots=True)
class TextRecord:
    """One non-blank input line: its record and text, or why it could not be read (the id is
    kept when the line had one, so the answer can still be matched to its question)."""

    line: int
    id: Any
    text: str | None
    record: dict[str, Any]
    error: str | None = None


def read_text_records(path: Path) -> Iterator[TextRecord]:
    name = str(path)
    if name == "-":
        stdin = sys.stdin.buffer if hasattr(sys.stdin, "buffer") else None
        if stdin is None:
            # A text stream (tests swap one in): already decoded.
            yield from _records(_text_lines(sys.stdin))
            return
        yield from _records_from_bytes(stdin, name)
        return
    # A missing or unreadable file raises OSError, which `qalam` reports as for any file.
    with open(path, "rb") as raw:
        yield from _records_from_bytes(raw, name)


def _records_from_bytes(raw: IO[bytes], name: str) -> Iterator[TextRecord]:
    head = _peek(raw, 4)
    compressed = head.startswith(_GZIP_MAGIC)
    if name.lower().endswith(".gz") and not compressed and head:
        raise JsonlUnreadable(name, "the file is named .gz but is not gzip-compressed")
    stream: IO[bytes] = gzip.GzipFile(fileobj=raw, mode="rb") if compressed else raw
    if compressed:
        try:
            head = _peek_gzip(stream)
        except (gzip.BadGzipFile, EOFError, zlib.error) as exc:
            raise JsonlUnreadable(name, DAMAGED_ARCHIVE.format(detail=_why(exc))) from None
    if head.startswith(_UTF16_BOMS):
        lines: Iterator[_Line] = _utf16_lines(stream)
    else:
        lines = _utf8_lines(stream)
    yield from _records(lines)


def _records(lines: Iterator[_Line]) -> Iterator[TextRecord]:
    line_no = 0
    try:
        for line_no, line, problem in lines:
            if problem is not None:
                yield TextRecord(line_no, None, None, {}, problem)
            elif line is not None and line.strip():
                yield _record(line_no, line)
    except (gzip.BadGzipFile, EOFError, zlib.error) as exc:
        # What came before the damage has been answered; say where reading stopped.
        yield TextRecord(line_no + 1, None, None, {}, DAMAGED_ARCHIVE.format(detail=_why(exc)))


def _record(line_no: int, line: str) -> TextRecord:
    try:
        record: Any = json.loads(line)
    except json.JSONDecodeError as exc:
        return TextRecord(line_no, None, None, {}, NOT_JSON.format(detail=_json_detail(exc)))
    except RecursionError:
        return TextRecord(line_no, None, None, {}, NOT_JSON.format(detail="nested too deeply"))
    if not isinstance(record, dict):
        return TextRecord(line_no, None, None, {}, NOT_AN_OBJECT)
    text = record.get("text")
    if text is None:
        return TextRecord(line_no, record.get("id"), None, record, MISSING_TEXT)
    if not isinstance(text, str):
        return TextRecord(
            line_no, record.get("id"), None, record, FIELD_NOT_TEXT.format(field="text")
        )
    return TextRecord(line_no, record.get("id"), text, record)


def _utf8_lines(stream: IO[bytes]) -> Iterator[_Line]:
    """(line number, text, problem) per line, each line decoded on its own so that one bad byte
    costs one line; a line over the importer's size limit is skipped without being held whole
    (read as `qalam import` reads a .jsonl)."""
    too_large = LINE_TOO_LARGE.format(limit_mb=limits.megabytes(limits.MAX_TEXT_BYTES))
    for line_no, data in numbered_lines(stream):
        if data is None:
            yield line_no, None, too_large
            continue
        try:
            yield line_no, data.decode("utf-8"), None
        except UnicodeDecodeError as exc:
            yield line_no, None, LINE_NOT_UTF8.format(position=exc.start + 1)


def _utf16_lines(stream: IO[bytes]) -> Iterator[_Line]:
    # Windows PowerShell's `>` writes UTF-16 with a byte-order mark. A broken code unit decodes
    # to a lone surrogate (never in valid text), so it costs its own line only.
    reader = io.TextIOWrapper(stream, encoding="utf-16", errors="surrogatepass", newline="")  # type: ignore[arg-type]
    number = 0
    try:
        for number, line, problem in _text_lines(reader):
            broken = _LONE_SURROGATE.search(line or "")
            if broken is None:
                yield number, line, problem
            else:
                position = len(line[: broken.start()].encode("utf-16-le")) + 1  # type: ignore[index]
                yield number, None, LINE_NOT_UTF16.format(position=position)
    except UnicodeDecodeError as exc:  # an odd number of bytes at the very end
        yield number + 1, None, DAMAGED_ENCODING.format(encoding="UTF-16", position=exc.start)
    finally:
        reader.detach()


def _text_lines(stream: IO[str]) -> Iterator[_Line]:
    for number, line in enumerate(stream, start=1):
        yield number, line.lstrip("\ufeff") if number == 1 else line, None


def _peek(raw: IO[bytes], size: int) -> bytes:
    peek = getattr(raw, "peek", None)
    if peek is not None:
        return bytes(peek(size)[:size])
    position = raw.tell()
    data = raw.read(size)
    raw.seek(position)
    return data


def _peek_gzip(stream: IO[bytes]) -> bytes:
    """The first bytes after decompression, read through so that a file that is not gzip at all
    is refused whole, before any line is answered."""
    return bytes(stream.peek(4)[:4])  # type: ignore[attr-defined]


def _json_detail(exc: json.JSONDecodeError) -> str:
    return f"{exc.msg} (column {exc.colno})"


def _why(exc: BaseException) -> str:
    return str(exc) or type(exc).__name__
