"""Texts the library could not take (its disk full, its drive gone), written out as Markdown files
so a writer can quit without losing them and import them again later (`qalam import FOLDER`).

Each file is written under a temporary name and renamed into place: it is whole or absent.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import yaml

from studio.export.filenames import safe_stem, unique_path


@dataclass(frozen=True, slots=True)
class UnsavedText:
    """An article as the window holds it: its text and the details row (author, client, tags,
    target length), which the importer reads back from the front matter."""

    article_id: int
    title: str
    body: str
    author: str | None = None
    client: str | None = None
    tags: tuple[str, ...] = ()
    target_words: int | None = None


def unsaved_document(text: UnsavedText) -> str:
    fields: dict[str, object] = {"title": text.title, "qalam_article_id": text.article_id}
    # Only what is set: an empty author in the front matter would read as a name.
    for key, value in (
        ("author", text.author),
        ("client", text.client),
        ("tags", list(text.tags)),
        ("target_words", text.target_words),
    ):
        if value:
            fields[key] = value
    header = yaml.safe_dump(
        fields,
        allow_unicode=True,
        sort_keys=False,
        default_flow_style=False,
        width=1_000_000,
    )
    return f"---\n{header}---\n\n{text.body}"


def write_unsaved_texts(folder: Path, texts: list[UnsavedText]) -> list[Path]:
    """One `.md` file per text in `folder` (never replacing a file already there); raises
    OSError when the folder cannot be written, leaving no partial file behind."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    taken: set[str] = set()
    for text in texts:
        target = unique_path(folder, safe_stem(text.title), ".md", taken)
        temp = target.with_name(f".{target.name}.partial")
        try:
            with temp.open("w", encoding="utf-8", newline="") as fh:
                fh.write(unsaved_document(text))
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(temp, target)
        finally:
            temp.unlink(missing_ok=True)
        written.append(target)
    return written
