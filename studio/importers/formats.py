"""Which reader handles which file, by its name."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from studio.importers.docx_files import read_docx_file
from studio.importers.errors import UNSUPPORTED_TYPE
from studio.importers.html_files import read_html_file
from studio.importers.jsonl_files import read_jsonl_file
from studio.importers.markdown_files import read_markdown_file
from studio.importers.sources import ByteCounter
from studio.importers.text_files import read_text_file
from studio.library.records import ArticleDraft, Refusal

Reader = Callable[[Path, ByteCounter | None], Iterator[ArticleDraft | Refusal]]

# Longest endings first, so "x.jsonl.gz" is not taken for a plain ".gz".
_READERS: tuple[tuple[str, Reader], ...] = (
    (".jsonl.gz", read_jsonl_file),
    (".ndjson.gz", read_jsonl_file),
    (".jsonl", read_jsonl_file),
    (".ndjson", read_jsonl_file),
    (".markdown", read_markdown_file),
    (".md", read_markdown_file),
    (".txt", read_text_file),
    (".docx", read_docx_file),
    (".html", read_html_file),
    (".htm", read_html_file),
    (".xhtml", read_html_file),
)


def reader_for(path: Path) -> Reader | None:
    name = path.name.lower()
    for ending, reader in _READERS:
        if name.endswith(ending) and len(name) > len(ending):
            return reader
    return None


def is_supported(path: Path) -> bool:
    return reader_for(path) is not None


def read_drafts(
    path: Path | str, counter: ByteCounter | None = None
) -> Iterator[ArticleDraft | Refusal]:
    """The articles in one file, and a `Refusal` for each part (or the whole) that cannot be
    imported; never raises for a bad or unreadable file."""
    path = Path(path)
    reader = reader_for(path)
    if reader is None:
        return iter([Refusal(str(path), UNSUPPORTED_TYPE)])
    return reader(path, counter)
