"""Plain .txt files: the whole text is the body, exactly as decoded.

Offsets computed on the file's text (by another tool, or by a writer's notes) must still point at
the same characters in the library, so nothing is trimmed or converted, newlines included; only
the BOM goes, since it marks the encoding and is not part of the text.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from studio.importers.encoding import decode_text
from studio.importers.errors import EMPTY_FILE, ImportRefused, refusal_for_os_error
from studio.importers.fields import first_line_title
from studio.importers.sources import ByteCounter, read_capped
from studio.library.records import ArticleDraft, Refusal


def read_text_file(
    path: Path, counter: ByteCounter | None = None
) -> Iterator[ArticleDraft | Refusal]:
    source = str(path)
    try:
        text = decode_text(read_capped(path, counter)).text
        if not text.strip():
            raise ImportRefused(EMPTY_FILE)
    except ImportRefused as exc:
        yield exc.refusal(source)
        return
    except OSError as exc:
        yield refusal_for_os_error(source, exc)
        return
    yield ArticleDraft(title=first_line_title(text) or path.stem, body=text, source_path=source)
