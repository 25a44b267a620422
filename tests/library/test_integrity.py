"""The library's own consistency check: what the crash torture runs after every kill."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from studio.authorship import AuthorshipRecord, Origin
from studio.library import ArticleDraft, Library
from studio.library.integrity import integrity_problems, row_problems, sqlite_integrity


def _saved_library(path: Path) -> int:
    with Library.open(path) as library:
        article_id = library.add_article(ArticleDraft(title="t", body="بداية النص.", lang="ar"))
        assert article_id is not None
        detail = library.get(article_id)
        body = detail.body + " كلمة جديدة"
        record = library.authorship(article_id)
        record.apply_change(len(detail.body), 0, len(body) - len(detail.body), Origin.TYPED)
        library.save(
            article_id, title="t", body=body, expected_version=detail.version,
            authorship=record, reason="manual",
        )  # fmt: skip
    return article_id


def test_a_saved_library_is_sound(tmp_path: Path) -> None:
    path = tmp_path / "sound.qalam"
    _saved_library(path)
    with Library.open(path) as library:
        assert sqlite_integrity(library) == []
        assert integrity_problems(library) == []


def test_rows_that_disagree_are_named(tmp_path: Path) -> None:
    path = tmp_path / "torn.qalam"
    article_id = _saved_library(path)
    # What a save cut in half would leave if it were not one transaction.
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("UPDATE articles SET word_count = 99 WHERE id = ?", (article_id,))
        connection.execute(
            "UPDATE article_texts SET body = body || ' زيادة' WHERE article_id = ?", (article_id,)
        )
        connection.execute(
            "UPDATE revisions SET authorship = ? WHERE article_id = ?",
            (AuthorshipRecord(3, Origin.TYPED).to_json(), article_id),
        )
    connection.close()
    with Library.open(path) as library:
        problems = row_problems(library)
    assert any("words stored" in p for p in problems)
    assert any("authorship describes another body" in p for p in problems)
    assert any("record of another length" in p for p in problems)
