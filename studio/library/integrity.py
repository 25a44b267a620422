"""Whether a library's file and its rows agree with each other: what the crash torture checks
after every kill, and what a writer's doubt ("did the crash damage anything?") can be answered by.

Two levels: SQLite's own `PRAGMA integrity_check` (pages, indexes, free list), then the studio's
invariants between rows written in one transaction — the stored word count is the count of the
body, the authorship record covers the exact body it claims to describe, and every snapshot's
record covers that snapshot's body. A save cut in half would break one of these.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select, text, update

from studio.authorship import AuthorshipMismatch, AuthorshipRecord
from studio.library import fts
from studio.library.models import Article, ArticleText, Authorship, Revision
from studio.library.service import Library
from studio.library.writing import body_hash
from studio.text import word_count


def sqlite_integrity(library: Library) -> list[str]:
    """SQLite's findings, empty when the file is whole."""
    with library.engine.connect() as conn:
        rows = [str(r[0]) for r in conn.execute(text("PRAGMA integrity_check"))]
    return [] if rows == ["ok"] else rows


def _record_length(data: str) -> int | None:
    try:
        return len(AuthorshipRecord.from_json(data))
    except (AuthorshipMismatch, ValueError, TypeError, KeyError):
        return None


def row_problems(library: Library) -> list[str]:
    """Disagreements between an article's rows, one line each, empty when all agree."""
    problems: list[str] = []
    with library._session() as s:
        rows = s.execute(
            select(
                Article.id,
                Article.word_count,
                ArticleText.body,
                Authorship.body_hash,
                Authorship.record,
            )
            .join(ArticleText, ArticleText.article_id == Article.id)
            .outerjoin(Authorship, Authorship.article_id == Article.id)
        )
        for article_id, words, body, record_hash, record in rows:
            counted = word_count(body)
            if words != counted:
                problems.append(
                    f"article {article_id}: {words} words stored, the body has {counted}"
                )
            if record is None:
                continue
            if record_hash != body_hash(body):
                problems.append(f"article {article_id}: the authorship describes another body")
            elif _record_length(record) != len(body):
                problems.append(f"article {article_id}: the authorship does not cover the body")
        for rev_id, article_id, body, record in s.execute(
            select(Revision.id, Revision.article_id, Revision.body, Revision.authorship).where(
                Revision.authorship.is_not(None)
            )
        ):
            length = _record_length(record)
            if length is not None and length != len(body):
                problems.append(
                    f"article {article_id}: revision {rev_id} has a record of another length"
                )
    return problems


def search_index_problems(library: Library) -> list[str]:
    with library.engine.connect() as conn:
        return fts.index_problems(conn)


def repair_derived(library: Library) -> int:
    """Mends what is derived from the stored text — stored word counts and the search index —
    without touching any text; the number of things mended. Authorship records and the file
    itself cannot be mended this way (a backup can)."""
    mended = 0
    with library.engine.begin() as conn:
        counts = conn.execute(
            select(Article.id, Article.word_count, ArticleText.body).join(
                ArticleText, ArticleText.article_id == Article.id
            )
        ).all()
        for article_id, words, body in counts:
            if words != (counted := word_count(body)):
                conn.execute(
                    update(Article).where(Article.id == article_id).values(word_count=counted)
                )
                mended += 1
        mended += fts.repair_index(conn)
    return mended


def integrity_problems(library: Library) -> list[str]:
    """Everything wrong with the library's file or rows; empty for a sound library."""
    return verify(library).problems


@dataclass(frozen=True, slots=True)
class IntegrityReport:
    articles: int
    problems: list[str]
    mended: int  # derived values mended first (`repair=True`)
    file_damaged: bool  # SQLite's own check failed: only a backup can help

    @property
    def sound(self) -> bool:
        return not self.problems


def verify(library: Library, *, repair: bool = False) -> IntegrityReport:
    """The whole check, as `qalam verify` and File ▸ Check Library run it. With `repair`, what
    is derived from the text is mended first when the file itself is whole."""
    problems = sqlite_integrity(library)
    damaged = bool(problems)
    mended = 0
    if not damaged:  # rows read from a damaged file would only repeat its damage
        problems = row_problems(library) + search_index_problems(library)
        if repair and problems:
            mended = repair_derived(library)
            problems = row_problems(library) + search_index_problems(library)
    return IntegrityReport(library.count(), problems, mended, damaged)
