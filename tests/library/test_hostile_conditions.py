"""A full disk, a read-only library, a drive that goes away: a precise error, nothing written by
half, and the save goes through once the condition has passed.

The failures are simulated (SQLite's own errors raised where it would raise them, folders
renamed), so the tests do not depend on the user id: root ignores a read-only folder."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import event

from studio.library import Library
from studio.library.errors import (
    LibraryDiskFull,
    LibraryGone,
    LibraryLocked,
    LibraryReadOnly,
    LibraryUnwritable,
    unwritable_error,
)


@contextmanager
def failing_writes(lib: Library, message: str) -> Iterator[None]:
    """SQLite answers every write with `message`, as it does when the condition is real."""

    def execute(cursor, statement, parameters, context):
        if statement.lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE")):
            raise sqlite3.OperationalError(message)
        cursor.execute(statement, parameters)
        return True

    event.listen(lib.engine, "do_execute", execute)
    try:
        yield
    finally:
        event.remove(lib.engine, "do_execute", execute)


@pytest.mark.parametrize(
    ("message", "error"),
    [
        ("database or disk is full", LibraryDiskFull),
        ("attempt to write a readonly database", LibraryReadOnly),
        ("disk I/O error", LibraryGone),
    ],
)
def test_a_refused_write_changes_nothing_and_succeeds_later(
    library: Library, message: str, error: type[LibraryUnwritable]
) -> None:
    article_id = library.new_draft("مسودة", "ar")
    before = library.get(article_id)
    with failing_writes(library, message), pytest.raises(error) as caught:
        library.save(article_id, title="جديد", body="نص جديد", expected_version=before.version)
    assert str(library.path) in caught.value.message
    stored = library.get(article_id)
    assert (stored.title, stored.body) == (before.title, before.body)
    assert stored.version == before.version
    # The condition passed: the same save, with the same version, goes through.
    saved = library.save(article_id, title="جديد", body="نص جديد", expected_version=before.version)
    assert saved.body == "نص جديد" and saved.version == before.version + 1


def test_a_write_racing_another_programs_is_busy_not_damage(library: Library) -> None:
    # Two programs adding the same new row (a person, a tag, a record) at the same moment: the
    # second one's constraint fails. Nothing is damaged; the same write made again goes through.
    article_id = library.new_draft("مسودة", "ar")
    before = library.get(article_id)

    def execute(cursor, statement, parameters, context):
        if statement.lstrip().upper().startswith("UPDATE"):
            raise sqlite3.IntegrityError("UNIQUE constraint failed: people.name")
        cursor.execute(statement, parameters)
        return True

    event.listen(library.engine, "do_execute", execute)
    try:
        with pytest.raises(LibraryLocked):
            library.save(article_id, title="جديد", body="نص", expected_version=before.version)
    finally:
        event.remove(library.engine, "do_execute", execute)
    saved = library.save(article_id, title="جديد", body="نص", expected_version=before.version)
    assert saved.version == before.version + 1


def test_a_library_whose_folder_went_away_refuses_to_write_into_the_void(tmp_path: Path) -> None:
    drive = tmp_path / "usb"
    drive.mkdir()
    lib = Library.open(drive / "work.qalam")
    try:
        article_id = lib.new_draft("Draft", "en")
        version = lib.get(article_id).version
        # The drive is pulled out (on Linux the open file handles would keep "working").
        drive.rename(tmp_path / "usb-gone")
        with pytest.raises(LibraryGone):
            lib.save(article_id, title="Draft", body="typed meanwhile", expected_version=version)
        # It comes back: the save goes through and lands in the real file.
        (tmp_path / "usb-gone").rename(drive)
        lib.save(article_id, title="Draft", body="typed meanwhile", expected_version=version)
    finally:
        lib.close()
    with Library.open(drive / "work.qalam") as again:
        assert again.get(article_id).body == "typed meanwhile"


def test_system_errors_get_the_precise_message() -> None:
    import errno

    assert isinstance(unwritable_error("p", OSError(errno.ENOSPC, "No space")), LibraryDiskFull)
    assert isinstance(unwritable_error("p", OSError(errno.EROFS, "Read-only")), LibraryReadOnly)
    assert isinstance(unwritable_error("p", OSError(errno.EACCES, "Denied")), LibraryReadOnly)
    assert isinstance(unwritable_error("p", OSError(errno.EIO, "I/O")), LibraryGone)
    other = unwritable_error("p", sqlite3.OperationalError("something else"))
    assert type(other) is LibraryUnwritable and "something else" in other.message
