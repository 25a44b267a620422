"""JSON Lines files (plain or gzipped): one article per line, read as a stream.

Data sets and other tools' exports run to gigabytes, so only one line is ever held in memory, and
a bad line is refused on its own while the rest goes on. `text` is stored exactly as given and `id`
becomes the article's external id: other tools match their results back on both.
"""

from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from studio.importers import fields, limits
from studio.importers.errors import (
    DAMAGED_ARCHIVE,
    EMPTY_FILE,
    EMPTY_TEXT,
    FIELD_NOT_TEXT,
    LINE_NOT_UTF8,
    LINE_TOO_LARGE,
    MISSING_TEXT,
    NOT_AN_OBJECT,
    NOT_JSON,
    ImportRefused,
    refusal_for_os_error,
)
from studio.importers.sources import ByteCounter
from studio.library.records import ArticleDraft, Refusal

_UTF8_BOM = b"\xef\xbb\xbf"
_SKIP_CHUNK = 1024 * 1024


def is_gzipped(path: Path) -> bool:
    return path.name.lower().endswith(".gz")


def read_jsonl_file(
    path: Path, counter: ByteCounter | None = None
) -> Iterator[ArticleDraft | Refusal]:
    source = str(path)
    line_no = 0
    # A file of nothing but blank lines would otherwise import nothing and say nothing.
    any_line = False
    try:
        with open(path, "rb") as raw:
            stream: IO[bytes] = gzip.GzipFile(fileobj=raw, mode="rb") if is_gzipped(path) else raw
            for line_no, line in numbered_lines(stream):
                # Progress counts bytes of the file on disk, compressed or not.
                if counter is not None:
                    counter.done = raw.tell()
                if line is None:
                    any_line = True
                    yield Refusal(
                        f"{source}:{line_no}",
                        LINE_TOO_LARGE,
                        {"limit_mb": limits.megabytes(limits.MAX_TEXT_BYTES)},
                    )
                    continue
                if not line.strip():
                    continue
                any_line = True
                try:
                    yield draft_from_line(line, path, line_no)
                except ImportRefused as exc:
                    yield exc.refusal(f"{source}:{line_no}")
            if not any_line:
                yield Refusal(source, EMPTY_FILE)
    except (gzip.BadGzipFile, EOFError, zlib.error) as exc:
        # Whatever came before the damage has been yielded and stays imported.
        where = f"{source}:{line_no + 1}" if line_no else source
        yield Refusal(where, DAMAGED_ARCHIVE, {"detail": str(exc) or type(exc).__name__})
    except OSError as exc:
        yield refusal_for_os_error(f"{source}:{line_no + 1}" if line_no else source, exc)


def numbered_lines(stream: IO[bytes]) -> Iterator[tuple[int, bytes | None]]:
    """(line number, bytes) for each line; None for a line longer than the limit, which is
    skipped without ever being held whole."""
    limit = limits.MAX_TEXT_BYTES
    line_no = 0
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        line_no += 1
        if line_no == 1 and line.startswith(_UTF8_BOM):
            line = line[len(_UTF8_BOM) :]
        if len(line) > limit and not line.endswith(b"\n"):
            while True:
                rest = stream.readline(_SKIP_CHUNK)
                if not rest or rest.endswith(b"\n"):
                    break
            yield line_no, None
            continue
        yield line_no, line


def draft_from_line(line: bytes, path: Path, line_no: int) -> ArticleDraft:
    try:
        decoded = line.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ImportRefused(LINE_NOT_UTF8, position=exc.start + 1) from None
    try:
        record: Any = json.loads(decoded)
    except json.JSONDecodeError as exc:
        raise ImportRefused(NOT_JSON, detail=f"{exc.msg} (column {exc.colno})") from None
    except RecursionError:
        raise ImportRefused(NOT_JSON, detail="nested too deeply") from None
    if not isinstance(record, dict):
        raise ImportRefused(NOT_AN_OBJECT)
    record = fields.lowered_keys(record)
    text = record.get("text")
    if text is None:
        raise ImportRefused(MISSING_TEXT)
    if not isinstance(text, str):
        raise ImportRefused(FIELD_NOT_TEXT, field="text")
    if not text.strip():
        raise ImportRefused(EMPTY_TEXT)
    # Only a \uD800-\uDFFF escape can smuggle a lone surrogate past strict UTF-8 decoding, so the
    # scan of a long text is skipped otherwise.
    if b"\\ud" in line or b"\\uD" in line:
        fields.check_characters(text, "text")
    title = fields.optional_text(record, "title", max_chars=None)
    return ArticleDraft(
        title=title or fields.first_line_title(text) or f"{path.name}:{line_no}",
        body=text,
        source_path=f"{path}:{line_no}",
        **fields.draft_metadata(record),
    )
