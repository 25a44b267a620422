"""Libraries with known content, and ways to damage them, for the backup and recovery tests."""

from __future__ import annotations

import os
from pathlib import Path

from studio.library import ArticleDraft, Library

PAGE = 4096


def make_library(path: Path, titles: list[str]) -> Path:
    with Library.open(path) as lib:
        lib.add_articles(
            ArticleDraft(title=title, body=f"{title}: نص المقالة الأولى words here.")
            for title in titles
        )
    return path


def damage(path: Path) -> None:
    """Overwrites pages in the middle of the file with garbage, as a failing disk would."""
    size = path.stat().st_size
    assert size >= 4 * PAGE, "the library is too small to damage in the middle"
    garbage = bytes((i * 37 + 11) % 256 for i in range(PAGE))
    with path.open("r+b") as fh:
        for page in range(1, size // PAGE):
            fh.seek(page * PAGE)
            fh.write(garbage)
        fh.flush()
        os.fsync(fh.fileno())
