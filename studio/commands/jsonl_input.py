"""Reading the `{"id": …, "text": …}` lines that `qalam check --jsonl` and `qalam similar --jsonl`
take, so both treat a bad line the same way.

Lines are decoded one by one, so a line in another encoding is answered with an error of its own
while the lines around it are still answered. A file saved by Notepad (a UTF-8 BOM, or UTF-16 with
its BOM) is read as what it is. A damaged or mis-named .gz ends the run with an `OSError` naming
the file, after the lines read before the damage have been answered."""

from __future__ import annotations

import codecs
import gzip
import io
import json
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


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
    with open(path, "rb") as raw:
        try:
            if path.name.endswith(".gz"):
                stream: IO[bytes] = io.BufferedReader(gzip.GzipFile(fileobj=raw, mode="rb"))
            else:
                stream = raw
            yield from _records(stream, path)
        except (gzip.BadGzipFile, EOFError, zlib.error) as exc:
            raise OSError(
                None, f"not a gzip file, or a damaged one ({exc or type(exc).__name__})", str(path)
            ) from None


def _records(stream: IO[bytes], path: Path) -> Iterator[TextRecord]:
    head = stream.peek(2)[:2] if isinstance(stream, io.BufferedReader) else b""
    if head in _UTF16_BOMS:
        text = io.TextIOWrapper(stream, encoding="utf-16", newline="")
        try:
            for number, line in enumerate(text, start=1):
                if line.strip():
                    yield _record(number, line)
        except UnicodeDecodeError:
            raise OSError(None, "damaged UTF-16 text", str(path)) from None
        return
    for number, data in enumerate(stream, start=1):
        if number == 1 and data.startswith(codecs.BOM_UTF8):
            data = data[len(codecs.BOM_UTF8) :]
        if not data.strip():
            continue
        try:
            line = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield TextRecord(number, None, None, {}, f"not UTF-8 text (byte {exc.start + 1})")
            continue
        yield _record(number, line)


def _record(number: int, line: str) -> TextRecord:
    try:
        record: Any = json.loads(line)
    except ValueError as exc:
        return TextRecord(number, None, None, {}, str(exc))
    except RecursionError:
        return TextRecord(number, None, None, {}, "nested too deeply")
    if not isinstance(record, dict):
        return TextRecord(number, None, None, {}, "not a JSON object")
    if "text" not in record:
        return TextRecord(number, record.get("id"), None, record, 'no "text" field')
    text = record["text"]
    if not isinstance(text, str):
        return TextRecord(number, record.get("id"), None, record, "text is not a string")
    return TextRecord(number, record.get("id"), text, record)
