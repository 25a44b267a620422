"""Opening a library file: checks that leave foreign files untouched, SQLite pragmas, migrations."""

from __future__ import annotations

import os
import re
import sqlite3
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from studio.library.errors import (
    LibraryCorrupt,
    LibraryLocked,
    LibraryTooNew,
    NotALibrary,
    unwritable_error,
)

BUSY_TIMEOUT_MS = 5000
# PRAGMA quick_check reads every page: about 0.7 s for a 900 MB library on these machines. Above
# this size the check is left out of opening (damage met later still raises LibraryCorrupt).
QUICK_CHECK_MAX_BYTES = 64 * 1024 * 1024
MIGRATIONS = Path(__file__).with_name("migrations")

if TYPE_CHECKING:
    from alembic.script import ScriptDirectory
    from sqlalchemy import Engine

# `revision = "0004"` / `down_revision: str | None = None` lines of a migration script.
_REVISION_LINE = re.compile(
    r"^(down_revision|revision)\s*(?::[^=\n]*)?=\s*(?:[\"']([^\"']+)[\"']|None)\s*$", re.M
)


def _script() -> ScriptDirectory:
    # Alembic is imported only when a schema may change: it costs a few hundred milliseconds of
    # the studio's start-up, and opening a library that is already current does not need it.
    from alembic.script import ScriptDirectory

    return ScriptDirectory(str(MIGRATIONS))


def head_from_scripts() -> str | None:
    """The head revision read from the migration scripts' text, without Alembic; None when the
    scripts are not a simple chain this can read (then Alembic decides, as always)."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for script in (MIGRATIONS / "versions").glob("*.py"):
        if script.name == "__init__.py":
            continue
        found: dict[str, str | None] = {}
        for match in _REVISION_LINE.finditer(script.read_text(encoding="utf-8")):
            if match.group(1) in found:
                return None
            found[match.group(1)] = match.group(2)
        if not found.get("revision") or "down_revision" not in found:
            return None
        revisions.add(found["revision"])
        if found["down_revision"]:
            parents.add(found["down_revision"])
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 and parents <= revisions else None


# The smallest SQLite database is one page of 512 bytes; SQLite reads some shorter files as an
# empty database, which opening would then turn into a library.
_SMALLEST_DATABASE = 512


def _not_a_database(exc: sqlite3.Error) -> bool:
    return getattr(exc, "sqlite_errorcode", None) == sqlite3.SQLITE_NOTADB


def connect_read_only(path: Path, timeout_s: float = BUSY_TIMEOUT_MS / 1000) -> sqlite3.Connection:
    """A read-only connection to a file that holds an SQLite database, else NotALibrary.

    The file is judged by its size and by SQLite, never read with Python's own file calls: a
    file handle opened and closed beside this process's SQLite connections releases every lock
    they hold on the file (POSIX locks belong to the process, not to the handle), and another
    program closing its last connection then deletes the write-ahead log, with the edits in it,
    from under the studio.
    """
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise NotALibrary(path=str(path)) from exc
    if not path.is_file() or not os.access(path, os.R_OK) or 0 < size < _SMALLEST_DATABASE:
        raise NotALibrary(path=str(path))
    try:
        conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True, timeout=timeout_s)
    except sqlite3.Error as exc:
        raise LibraryCorrupt(path=str(path), detail=str(exc)) from exc
    try:
        # SQLite reads the header here and refuses a file that does not start with its own.
        conn.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchall()
    except sqlite3.DatabaseError as exc:
        conn.close()
        if _not_a_database(exc):
            raise NotALibrary(path=str(path)) from exc
        if "locked" in str(exc) or "busy" in str(exc):
            raise LibraryLocked(path=str(path)) from exc
        raise LibraryCorrupt(path=str(path), detail=str(exc)) from exc
    return conn


def _inspect_existing(path: Path) -> str | None:
    """Checks an existing file without writing a byte to it; returns its schema revision
    (None for an empty file, which becomes a new library)."""
    conn = connect_read_only(path)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if not tables:
            return None
        if "alembic_version" not in tables or "articles" not in tables:
            raise NotALibrary(path=str(path))
        if path.stat().st_size <= QUICK_CHECK_MAX_BYTES:
            check = conn.execute("PRAGMA quick_check").fetchone()
            if not check or check[0] != "ok":
                detail = str(check[0] if check else "no answer")
                raise LibraryCorrupt(path=str(path), detail=detail)
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    except sqlite3.DatabaseError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise LibraryLocked(path=str(path)) from exc
        raise LibraryCorrupt(path=str(path), detail=str(exc)) from exc
    finally:
        conn.close()


def is_current_library(path: Path) -> bool:
    """Checks a library file the way opening it does, raising the same errors, and says whether
    it can be opened as it is: it exists, holds a library, and needs no migration."""
    if not path.exists():
        return False
    revision = _inspect_existing(path)
    return revision is not None and revision == head_from_scripts()


def _set_pragmas(dbapi_conn: sqlite3.Connection, _record: object) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys = ON")
    cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA journal_mode = WAL")
    # NORMAL is durable across application crashes in WAL mode; only a power cut can lose the
    # last transactions, and never corrupts the file.
    cur.execute("PRAGMA synchronous = NORMAL")
    cur.close()


def _backup_copy(path: Path, revision: str | None) -> Path:
    """A consistent copy of the library before its schema changes, beside it."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.before-{revision or 'base'}-{stamp}.bak")
    src = sqlite3.connect(str(path))
    try:
        dst = sqlite3.connect(str(target))
        with dst:
            src.backup(dst)
        dst.close()
    finally:
        src.close()
    return target


def open_engine(path: Path) -> Engine:
    """Opens (or creates) the library at `path`, migrating it to the current schema.

    A file that is not a library, is damaged, or comes from a newer version raises and is left
    byte-for-byte as it was.
    """
    existing = path.exists()
    revision = _inspect_existing(path) if existing else None
    head = head_from_scripts()
    if revision is None or revision != head:
        script = _script()
        head = script.get_current_head()
    if revision is not None and revision != head:
        try:
            script.get_revision(revision)
        except Exception as exc:
            raise LibraryTooNew(path=str(path)) from exc
    if revision is not None and revision != head:
        _backup_copy(path, revision)
    if not existing:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise unwritable_error(str(path), exc) from exc

    # Imported here so that checking a file (`inspect_library`) stays free of SQLAlchemy.
    from sqlalchemy import create_engine, event

    engine = create_engine(f"sqlite:///{path}", connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
    event.listen(engine, "connect", _set_pragmas)
    if revision != head:
        try:
            migrate(engine)
        except sqlite3.OperationalError as exc:
            engine.dispose()
            raise _operational(path, exc) from exc
        except Exception as exc:
            engine.dispose()
            orig = getattr(exc, "orig", None)
            if isinstance(orig, sqlite3.OperationalError):
                raise _operational(path, orig) from exc
            raise
    return engine


def _operational(path: Path, exc: sqlite3.OperationalError) -> Exception:
    message = str(exc)
    if "locked" in message or "busy" in message:
        return LibraryLocked(path=str(path))
    return unwritable_error(str(path), exc)


def migrate(engine: Engine) -> None:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    from alembic import command

    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()
