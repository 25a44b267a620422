"""Reading the `{"id": …, "text": …}` lines that `qalam check --jsonl` and `qalam similar --jsonl`
take, so both treat a bad line the same way."""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any


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
    opener = gzip.open if path.name.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as fh:
        for number, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            record: Any = None
            try:
                record = json.loads(line)
                text = record["text"]
                if not isinstance(text, str):
                    raise TypeError("text is not a string")
            except (ValueError, KeyError, TypeError) as exc:
                found = record if isinstance(record, dict) else {}
                yield TextRecord(number, found.get("id"), None, found, str(exc))
                continue
            yield TextRecord(number, record.get("id"), text, record)
