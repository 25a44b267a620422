import sqlite3
from pathlib import Path

import pytest

from studio.library import (
    ArticleDraft,
    Library,
    LibraryCorrupt,
    LibraryLocked,
    LibraryTooNew,
    NotALibrary,
)


def test_new_library_is_created_with_wal_and_foreign_keys(tmp_path: Path):
    path = tmp_path / "nested" / "new.qalam"
    with Library.open(path) as lib:
        assert lib.is_empty()
        with lib.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
    assert path.exists()


def test_reopening_keeps_articles(tmp_path: Path):
    path = tmp_path / "a.qalam"
    with Library.open(path) as lib:
        lib.add_article(ArticleDraft(title="عنوان", body="نص المقال"))
    with Library.open(path) as lib:
        assert [r.title for r in lib.list()] == ["عنوان"]


def _snapshot(path: Path) -> bytes:
    return path.read_bytes()


def test_a_text_file_is_refused_and_left_untouched(tmp_path: Path):
    path = tmp_path / "notes.txt"
    path.write_text("ليست مكتبة", encoding="utf-8")
    before = _snapshot(path)
    with pytest.raises(NotALibrary):
        Library.open(path)
    assert _snapshot(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]


@pytest.mark.parametrize("content", [b"S", b"SQLite format 3\x00", b"not a library any more"])
def test_a_file_too_short_for_a_database_is_refused_and_left_untouched(
    tmp_path: Path, content: bytes
):
    # SQLite itself reads some of these as an empty database, which would become a library.
    path = tmp_path / "short.qalam"
    path.write_bytes(content)
    with pytest.raises(NotALibrary):
        Library.open(path)
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["short.qalam"]


def test_a_foreign_sqlite_database_is_refused_and_left_untouched(tmp_path: Path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE songs (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("INSERT INTO songs (name) VALUES ('x')")
    conn.commit()
    conn.close()
    before = _snapshot(path)
    with pytest.raises(NotALibrary):
        Library.open(path)
    assert _snapshot(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.db"]


def test_a_damaged_library_is_refused_and_left_untouched(tmp_path: Path):
    path = tmp_path / "broken.qalam"
    with Library.open(path) as lib:
        lib.add_articles(
            ArticleDraft(title=f"مقال {i}", body=f"نص رقم {i} " * 200) for i in range(200)
        )
        with lib.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(path.read_bytes())
    # Scribble over pages in the middle of the file, keeping the header valid.
    for offset in range(8192, min(len(data), 8192 + 40000), 7):
        data[offset] = 0xA5
    path.write_bytes(bytes(data))
    before = _snapshot(path)
    with pytest.raises((LibraryCorrupt, NotALibrary)):
        Library.open(path)
    assert _snapshot(path) == before


def test_a_library_from_a_newer_version_is_refused(tmp_path: Path):
    path = tmp_path / "future.qalam"
    Library.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.commit()
    conn.close()
    before = _snapshot(path)
    with pytest.raises(LibraryTooNew) as caught:
        Library.open(path)
    assert "newer version" in caught.value.message
    assert _snapshot(path) == before


def test_a_locked_library_gives_a_clear_error(tmp_path: Path, monkeypatch):
    from studio.library import engine

    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 100)
    path = tmp_path / "busy.qalam"
    lib = Library.open(path)
    lib.add_article(ArticleDraft(title="a", body="b"))
    blocker = sqlite3.connect(path)
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(LibraryLocked):
            lib.update(1, title="changed while locked")
    finally:
        blocker.rollback()
        blocker.close()
    assert lib.get(1).title == "a"
    lib.close()


def test_migrating_an_old_library_keeps_a_backup(tmp_path: Path, monkeypatch):
    from studio.library import engine

    path = tmp_path / "old.qalam"
    with Library.open(path) as lib:
        lib.add_article(ArticleDraft(title="قديم", body="نص قديم"))
    # Pretend the file is at an earlier schema: the current head is then a pending migration.
    monkeypatch.setattr(engine, "_inspect_existing", lambda p: "0000_older")

    class _Script:
        def get_current_head(self):
            return "0001"

        def get_revision(self, rev):
            return rev

    monkeypatch.setattr(engine, "_script", lambda: _Script())
    monkeypatch.setattr(engine, "migrate", lambda eng: None)
    Library.open(path).close()
    backups = list(tmp_path.glob("old.qalam.before-0000_older-*.bak"))
    assert len(backups) == 1
    conn = sqlite3.connect(backups[0])
    assert conn.execute("SELECT title FROM articles").fetchall() == [("قديم",)]
    conn.close()
