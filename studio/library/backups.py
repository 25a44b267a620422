"""Backups of a library: consistent online copies, rotation, inspection, restore and recovery.

Where: a folder beside the library, `<stem>.backups/` (`library.qalam` → `library.backups/`).
Backups travel with the library when it is copied or moved to another machine, the command line
finds them with no settings, and two libraries never mix their backups. (A backup on the same
disk does not survive the disk; docs/backups.md says so and suggests copying that folder.)

Each backup is one self-contained SQLite file in rollback-journal mode, named
`<stem>-YYYYmmddTHHMMSSZ[-kind].qalam-backup` (UTC; not `.qalam`, so double-clicking one never
opens it as a live library and changes it). It is written under a hidden temporary name, checked
with `PRAGMA quick_check`, flushed to disk and only then renamed: there is never a half-written
backup under a backup's name.

Restoring one is in studio/library/restore.py. No Qt here: the studio, the command line and the
tests all use these modules.
"""

from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from studio.library.engine import BUSY_TIMEOUT_MS, MIGRATIONS, connect_read_only
from studio.library.errors import (
    LibraryCorrupt,
    LibraryError,
    LibraryGone,
    LibraryLocked,
    NoLibraryFile,
    NotALibrary,
    unwritable_error,
)

BACKUP_SUFFIX = ".qalam-backup"
POLICY_FILE = "policy.json"
TITLES_SHOWN = 3
# Kinds of backup, in their file names: what made it.
AUTOMATIC = "auto"
MANUAL = "manual"
BEFORE_RESTORE = "before-restore"
KINDS = (AUTOMATIC, MANUAL, BEFORE_RESTORE)

_STAMP_FORMAT = "%Y%m%dT%H%M%SZ"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}T\d{6}Z)(?:-(?P<n>\d+))?-(?P<kind>[a-z-]+)$")


@dataclass(frozen=True, slots=True)
class RetentionPolicy:
    """Keep the newest backup of each of the last `daily` days and of each of the last `weekly`
    weeks; the newest backup of all is never removed."""

    daily: int = 7
    weekly: int = 4

    def __post_init__(self) -> None:
        if self.daily < 1 or self.weekly < 0:
            raise ValueError("keep at least one daily backup and zero or more weekly ones")


@dataclass(frozen=True, slots=True)
class BackupFile:
    """A backup known by its name only (listing a folder opens nothing)."""

    path: Path
    created: datetime  # UTC, naive
    kind: str


@dataclass(frozen=True, slots=True)
class BackupSummary:
    """What a backup holds, read from it without changing a byte."""

    path: Path
    created: datetime  # UTC, naive
    kind: str
    size_bytes: int
    usable: bool
    problem: str = ""
    articles: int = 0
    words: int = 0
    newest_titles: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, object]:
        data = asdict(self)
        data["path"] = str(self.path)
        data["name"] = self.path.name
        data["created"] = self.created.isoformat(timespec="seconds") + "Z"
        return data


def backups_folder(library_path: Path) -> Path:
    return library_path.with_name(f"{library_path.stem}.backups")


def utcnow_naive() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


# -- policy ------------------------------------------------------------------------------------


def load_policy(library_path: Path) -> RetentionPolicy:
    """The library's retention policy (the default when none was set or the file is unreadable:
    a bad settings file must never stop backups)."""
    import json  # here: the studio's start-up does not pay for it

    try:
        data = json.loads((backups_folder(library_path) / POLICY_FILE).read_text("utf-8"))
        return RetentionPolicy(daily=int(data["daily"]), weekly=int(data["weekly"]))
    except (OSError, ValueError, KeyError, TypeError):
        return RetentionPolicy()


def save_policy(library_path: Path, policy: RetentionPolicy) -> None:
    import json

    folder = backups_folder(library_path)
    folder.mkdir(parents=True, exist_ok=True)
    _write_atomically(
        folder / POLICY_FILE, json.dumps({"daily": policy.daily, "weekly": policy.weekly})
    )


def _write_atomically(target: Path, text: str) -> None:
    temp = target.with_name(f".{target.name}.partial")
    with temp.open("w", encoding="utf-8") as fh:
        fh.write(text)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(temp, target)


# -- listing -----------------------------------------------------------------------------------


def find_backups(library_path: Path) -> list[BackupFile]:
    """The library's backups, newest first, from their names alone."""
    folder = backups_folder(library_path)
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    found = []
    for entry in entries:
        parsed = parse_backup_name(entry)
        if parsed is not None and entry.is_file():
            found.append(parsed)
    found.sort(key=lambda b: (b.created, b.path.name), reverse=True)
    return found


def parse_backup_name(path: Path) -> BackupFile | None:
    if not path.name.endswith(BACKUP_SUFFIX) or path.name.startswith("."):
        return None
    match = _NAME.match(path.name[: -len(BACKUP_SUFFIX)])
    if match is None or match.group("kind") not in KINDS:
        return None
    try:
        created = datetime.strptime(match.group("stamp"), _STAMP_FORMAT)
    except ValueError:
        return None
    return BackupFile(path=path, created=created, kind=match.group("kind"))


def last_backup_time(library_path: Path) -> datetime | None:
    backups = find_backups(library_path)
    return backups[0].created if backups else None


def backup_due(
    library_path: Path, now: datetime | None = None, every: timedelta | None = None
) -> bool:
    """True when the newest backup is older than `every` (a day by default), or there is none."""
    last = last_backup_time(library_path)
    now = now or utcnow_naive()
    return last is None or now - last >= (every or timedelta(days=1))


def inspect_backup(backup: BackupFile | Path, *, verify: bool = True) -> BackupSummary:
    """What a backup holds: articles, words, the newest titles; `usable` False (with the
    reason) when it is not a readable library or fails the quick check. Opened read-only."""
    if isinstance(backup, Path):
        backup = parse_backup_name(backup) or BackupFile(
            backup, datetime.fromtimestamp(backup.stat().st_mtime, UTC).replace(tzinfo=None), ""
        )
    path = backup.path
    try:
        size = path.stat().st_size
    except OSError as exc:
        return BackupSummary(path, backup.created, backup.kind, 0, False, exc.strerror or str(exc))
    try:
        conn = open_read_only(path)
    except LibraryCorrupt as exc:
        detail = str(exc.params["detail"])
        return BackupSummary(path, backup.created, backup.kind, size, False, detail)
    except (sqlite3.Error, OSError, LibraryError) as exc:
        return BackupSummary(path, backup.created, backup.kind, size, False, str(exc))
    try:
        problem = _library_problem(conn, verify=verify)
        if problem:
            return BackupSummary(path, backup.created, backup.kind, size, False, problem)
        # The articles a user would see once it is restored: not those in its Trash (a backup
        # made before the Trash existed has no such column, and nothing in a Trash).
        columns = {row[1] for row in conn.execute("PRAGMA table_info(articles)")}
        kept = "WHERE trashed_at IS NULL" if "trashed_at" in columns else ""
        articles, words = conn.execute(
            f"SELECT count(*), coalesce(sum(word_count), 0) FROM articles {kept}"
        ).fetchone()
        titles = [
            row[0]
            for row in conn.execute(
                f"SELECT title FROM articles {kept} ORDER BY updated DESC, id DESC LIMIT ?",
                (TITLES_SHOWN,),
            )
        ]
        return BackupSummary(
            path, backup.created, backup.kind, size, True, "", int(articles), int(words), titles
        )
    except sqlite3.Error as exc:
        return BackupSummary(path, backup.created, backup.kind, size, False, str(exc))
    finally:
        conn.close()


def list_backups(library_path: Path, *, verify: bool = True) -> list[BackupSummary]:
    """Every backup of the library with what it holds, newest first."""
    return [inspect_backup(b, verify=verify) for b in find_backups(library_path)]


def latest_good_backup(library_path: Path) -> BackupSummary | None:
    """The newest backup that passes the quick check (older ones are tried in turn)."""
    for backup in find_backups(library_path):
        summary = inspect_backup(backup)
        if summary.usable:
            return summary
    return None


def open_read_only(path: Path) -> sqlite3.Connection:
    # mode=ro: nothing is written, no journal is created; a backup is in rollback mode, so
    # there is no -wal to miss.
    return connect_read_only(path, timeout_s=1)


def _library_problem(conn: sqlite3.Connection, *, verify: bool) -> str:
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if "articles" not in tables or "alembic_version" not in tables:
        return "not a Qalam library"
    if verify:
        check = conn.execute("PRAGMA quick_check").fetchone()
        if not check or check[0] != "ok":
            return str(check[0] if check else "no answer from the quick check")
    row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    if row is None or row[0] not in _known_revisions():
        return "written by a newer version of Qalam Studio"
    return ""


def _known_revisions() -> set[str]:
    pattern = re.compile(r"^revision\s*(?::[^=\n]*)?=\s*[\"']([^\"']+)[\"']", re.M)
    known = set()
    for script in (MIGRATIONS / "versions").glob("*.py"):
        match = pattern.search(script.read_text(encoding="utf-8"))
        if match:
            known.add(match.group(1))
    return known


# -- making a backup ---------------------------------------------------------------------------


def create_backup(
    library_path: Path,
    kind: str = MANUAL,
    *,
    now: datetime | None = None,
    policy: RetentionPolicy | None = None,
) -> BackupSummary:
    """A consistent copy of the library taken while it may be in use (SQLite's online backup,
    in one step: one read snapshot, so writers in WAL mode are never blocked and the copy never
    restarts), checked, then renamed into the backups folder; then old backups are rotated.

    Raises LibraryCorrupt (and keeps no copy) when the library fails the quick check: a damaged
    copy must never push a good backup out of the rotation."""
    if kind not in KINDS:
        raise ValueError(f"unknown kind of backup: {kind}")
    library_path = library_path.absolute()
    if not library_path.exists():
        if library_path.parent.is_dir():
            raise NoLibraryFile(path=str(library_path))
        # Its folder is gone too: a drive that was removed, a folder renamed.
        raise LibraryGone(path=str(library_path))
    if not library_path.is_file():
        raise NotALibrary(path=str(library_path))
    now = now or utcnow_naive()
    folder = backups_folder(library_path)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise unwritable_error(str(folder), exc) from exc
    target = _free_name(folder, library_path.stem, now, kind)
    temp = folder / f".{target.name}.partial"
    try:
        copy_database(library_path, temp)
        problem = _check_copy(temp)
        if problem:
            raise LibraryCorrupt(path=str(library_path), detail=problem)
        fsync_file(temp)
        os.replace(temp, target)
        fsync_folder(folder)
    except sqlite3.OperationalError as exc:
        raise sqlite_error(library_path, temp, exc) from exc
    except sqlite3.DatabaseError as exc:
        raise LibraryCorrupt(path=str(library_path), detail=str(exc)) from exc
    except OSError as exc:
        raise unwritable_error(str(folder), exc) from exc
    finally:
        for leftover in (temp, Path(f"{temp}-journal")):
            leftover.unlink(missing_ok=True)
    if kind != BEFORE_RESTORE:
        # Not before a restore: the backup about to be restored may be one rotation removes.
        rotate(library_path, policy or load_policy(library_path), now=now)
    return inspect_backup(BackupFile(target, now.replace(microsecond=0), kind), verify=False)


def _free_name(folder: Path, stem: str, now: datetime, kind: str) -> Path:
    stamp = now.strftime(_STAMP_FORMAT)
    candidate = folder / f"{stem}-{stamp}-{kind}{BACKUP_SUFFIX}"
    counter = 1
    while candidate.exists():
        candidate = folder / f"{stem}-{stamp}-{counter}-{kind}{BACKUP_SUFFIX}"
        counter += 1
    return candidate


def copy_database(source: Path, target: Path) -> None:
    target.unlink(missing_ok=True)
    src = sqlite3.connect(str(source), timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        src.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        dst = sqlite3.connect(str(target))
        try:
            src.backup(dst, pages=-1)
            # One self-contained file: no -wal beside it to lose when it is copied.
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
    finally:
        src.close()


def _check_copy(path: Path) -> str:
    try:
        conn = open_read_only(path)
    except LibraryCorrupt as exc:
        return str(exc.params["detail"])
    except NotALibrary as exc:
        return str(exc)
    try:
        return _library_problem(conn, verify=True)
    finally:
        conn.close()


def sqlite_error(library_path: Path, temp: Path, exc: sqlite3.OperationalError) -> Exception:
    message = str(exc)
    if "locked" in message or "busy" in message:
        return LibraryLocked(path=str(library_path))
    return unwritable_error(str(temp.parent), exc)


def fsync_file(path: Path) -> None:
    with path.open("rb+") as fh:
        os.fsync(fh.fileno())


def fsync_folder(folder: Path) -> None:
    # The rename itself must reach the disk; folders cannot be opened on Windows (nor need it).
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# -- rotation ----------------------------------------------------------------------------------


def backups_to_keep(
    backups: Iterable[BackupFile], policy: RetentionPolicy, now: datetime
) -> set[Path]:
    """The newest backup of each of the last `policy.daily` days and of each of the last
    `policy.weekly` ISO weeks, plus the newest of all."""
    ordered = sorted(backups, key=lambda b: (b.created, b.path.name), reverse=True)
    keep: set[Path] = set()
    if ordered:
        keep.add(ordered[0].path)
    days_seen: set[object] = set()
    weeks_seen: set[object] = set()
    first_day = (now - timedelta(days=policy.daily - 1)).date()
    first_week = (now - timedelta(weeks=policy.weekly)).date()
    for backup in ordered:
        day = backup.created.date()
        if day >= first_day and day not in days_seen:
            days_seen.add(day)
            keep.add(backup.path)
        week = day.isocalendar()[:2]
        if policy.weekly and day > first_week and week not in weeks_seen:
            weeks_seen.add(week)
            keep.add(backup.path)
    return keep


def rotate(
    library_path: Path, policy: RetentionPolicy | None = None, *, now: datetime | None = None
) -> list[Path]:
    """Removes the backups the policy no longer keeps; returns them."""
    policy = policy or load_policy(library_path)
    backups = find_backups(library_path)
    keep = backups_to_keep(backups, policy, now or utcnow_naive())
    removed = []
    for backup in backups:
        if backup.path not in keep:
            try:
                backup.path.unlink()
            except OSError:
                continue  # tried again at the next rotation
            removed.append(backup.path)
    return removed
