from __future__ import annotations

import struct
import zlib
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest

from studio.importers.markdown_files import split_front_matter
from studio.library.records import ArticleDetail, Status
from studio.text import reading_minutes, word_count

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"
# Fixed dates, so golden files do not change with the day they are made.
CREATED = datetime(2026, 3, 14, 9, 30)
UPDATED = datetime(2026, 3, 15, 10, 0)


def make_png(width: int = 4, height: int = 3, rgb: tuple[int, int, int] = (200, 80, 40)) -> bytes:
    """A real PNG of one colour, written by hand so tests need no imaging library."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    row = b"\x00" + bytes(rgb) * width
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(row * height))
        + chunk(b"IEND", b"")
    )


def make_article(body: str, **fields: object) -> ArticleDetail:
    article = ArticleDetail(
        id=1,
        external_id=None,
        title="Title",
        body=body,
        lang="en",
        direction="auto",
        status=Status.DRAFT,
        author=None,
        client=None,
        tags=[],
        target_words=None,
        words=word_count(body),
        reading_minutes=reading_minutes(body),
        created=CREATED,
        updated=UPDATED,
        version=1,
        revisions=1,
    )
    return replace(article, **fields)  # type: ignore[arg-type]


def sample_articles() -> dict[str, ArticleDetail]:
    """The shipped samples as the library would hand them out, by file stem."""
    articles = {}
    for index, path in enumerate(sorted(SAMPLES.glob("*.md")), start=1):
        parts = split_front_matter(path.read_text("utf-8"))
        meta = parts.front_matter
        articles[path.stem] = make_article(
            parts.body,
            id=index,
            title=meta["title"],
            lang=meta.get("lang", "en"),
            status=Status.parse(meta.get("status", "draft")),
            author=meta.get("author"),
            client=meta.get("client"),
            tags=list(meta.get("tags", [])),
        )
    return articles


@pytest.fixture(scope="session")
def samples() -> dict[str, ArticleDetail]:
    return sample_articles()
