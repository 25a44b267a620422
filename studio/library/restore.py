"""Restoring a library from one of its backups, and putting a damaged library aside.

A healthy library is backed up first, then the backup's pages are written into it through
SQLite's backup API (one transaction: other connections see the old library or the restored one,
and the WAL stays consistent). A damaged (or missing) library is moved aside with its -wal and
-shm under a dated name that nothing has, and the backup is copied into its place.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from studio.library.backups import (
    BEFORE_RESTORE,
    backups_folder,
    copy_database,
    create_backup,
    fsync_file,
    fsync_folder,
    inspect_backup,
    latest_good_backup,
    open_read_only,
    sqlite_error,
    utcnow_naive,
)
from studio.library.engine import BUSY_TIMEOUT_MS
from studio.library.errors import (
    BackupNotFound,
    BackupUnusable,
    LibraryError,
    LibraryUnwritable,
    NoBackups,
    unwritable_error,
)


@dataclass(frozen=True, slots=True)
class RestoreOutcome:
    restored: Path
    library: Path
    # The state before the restore, as a backup (a healthy library) …
    safety_backup: Path | None = None
    # … or the damaged file moved aside, never overwritten (with its -wal/-shm beside it).
    damaged_kept: list[Path] = field(default_factory=list)


def resolve_backup(library_path: Path, name: str) -> Path:
    """A backup given as a path, as a file name in the library's backups folder, or `latest`
    (the newest usable one)."""
    if name == "latest":
        latest = latest_good_backup(library_path)
        if latest is None:
            raise NoBackups(path=str(library_path))
        return latest.path
    given = Path(name).expanduser()
    if given.is_file():
        return given.absolute()
    in_folder = backups_folder(library_path) / name
    if in_folder.is_file():
        return in_folder
    raise BackupNotFound(name=name)


def restore_backup(
    library_path: Path, backup: Path, *, now: datetime | None = None
) -> RestoreOutcome:
    """Replaces the library's content with the backup's.

    The backup is checked first (quick check, a library this version can open). A healthy
    library is backed up (kind `before-restore`), then the backup's pages are written into it
    through SQLite's backup API: one transaction, so other connections — another studio window,
    a script — see either the old library or the restored one, and the WAL stays consistent.
    A damaged library (or a missing one) is moved aside instead, with its -wal and -shm, under
    `<stem>.damaged-YYYYmmdd-HHMMSS<suffix>` (never overwriting anything), and the backup is
    copied into its place.

    The caller closes its own Library first and opens it again afterwards (in-memory caches)."""
    library_path = library_path.absolute()
    now = now or utcnow_naive()
    summary = inspect_backup(backup)
    if not summary.usable:
        raise BackupUnusable(path=str(backup), detail=summary.problem)
    if library_path.exists() and _is_healthy(library_path):
        safety = create_backup(library_path, BEFORE_RESTORE, now=now)
        try:
            _copy_into(backup, library_path)
        except sqlite3.OperationalError as exc:
            raise sqlite_error(library_path, library_path, exc) from exc
        return RestoreOutcome(restored=backup, library=library_path, safety_backup=safety.path)
    kept = move_damaged_aside(library_path, now=now)
    _place_copy(backup, library_path)
    return RestoreOutcome(restored=backup, library=library_path, damaged_kept=kept)


def _is_healthy(path: Path) -> bool:
    try:
        conn = open_read_only(path)
    except (sqlite3.Error, OSError, LibraryError):
        return False
    try:
        check = conn.execute("PRAGMA quick_check").fetchone()
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        return bool(check) and check[0] == "ok" and "articles" in tables
    except sqlite3.DatabaseError:
        return False
    finally:
        conn.close()


def _copy_into(backup: Path, library_path: Path) -> None:
    src = open_read_only(backup)
    try:
        dst = sqlite3.connect(str(library_path), timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            dst.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            src.backup(dst, pages=-1)
            # The copied header says "rollback journal"; the library stays in WAL mode.
            dst.execute("PRAGMA journal_mode = WAL")
        finally:
            dst.close()
    finally:
        src.close()


def move_damaged_aside(library_path: Path, *, now: datetime | None = None) -> list[Path]:
    """Renames the library file and its -wal/-shm to `<stem>.damaged-STAMP<suffix>…` beside it,
    choosing a name nothing has; returns the new paths (empty when there was no file)."""
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    base = library_path.with_name(f"{library_path.stem}.damaged-{stamp}{library_path.suffix}")
    counter = 1
    while any(Path(f"{base}{tail}").exists() for tail in ("", "-wal", "-shm")):
        base = library_path.with_name(
            f"{library_path.stem}.damaged-{stamp}-{counter}{library_path.suffix}"
        )
        counter += 1
    moved = []
    for tail in ("", "-wal", "-shm"):
        source = Path(f"{library_path}{tail}")
        if source.exists():
            target = Path(f"{base}{tail}")
            try:
                os.rename(source, target)
            except OSError as exc:
                raise unwritable_error(str(library_path), exc) from exc
            moved.append(target)
    return moved


def _place_copy(backup: Path, library_path: Path) -> None:
    temp = library_path.with_name(f".{library_path.name}.restoring")
    try:
        copy_database(backup, temp)
        fsync_file(temp)
        if library_path.exists():
            # Something appeared meanwhile: never overwrite it.
            raise LibraryUnwritable(path=str(library_path), detail="a file appeared in its place")
        os.replace(temp, library_path)
        fsync_folder(library_path.parent)
    except sqlite3.DatabaseError as exc:
        raise BackupUnusable(path=str(backup), detail=str(exc)) from exc
    except OSError as exc:
        raise unwritable_error(str(library_path), exc) from exc
    finally:
        temp.unlink(missing_ok=True)
        Path(f"{temp}-journal").unlink(missing_ok=True)
