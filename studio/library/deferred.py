"""Opening a library for the studio window without making the window wait for SQLAlchemy.

Importing SQLAlchemy and the library's models costs about half a second (more on a busy
machine) — longer than Qt takes to show a window. The window needs only the first page of the
table, the article count and the filter choices to paint, and those are a few plain reads. So
`open_deferred` checks the file as `Library.open` would (same errors, before any window), reads
that first page with the standard `sqlite3` module, and hands back a `DeferredLibrary`: it
answers those first reads from the page it read and opens the real `Library` on a background
thread once `start` is called (after the window is shown). Any other call waits for the real
library; so does every call once it is open, so the page read first is never served after it.

The reads here mirror `Library.list`, `count`, `authors`, `clients` and `tags` for the default
listing (newest first); tests/library/test_deferred.py keeps them equal.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from studio.library.engine import BUSY_TIMEOUT_MS, is_current_library
from studio.library.errors import LibraryCorrupt, LibraryLocked
from studio.library.paths import library_target
from studio.library.records import ArticleRow, ListQuery, Status

if TYPE_CHECKING:
    from studio.library.service import Library

_FIRST_PAGE = """
SELECT a.id, a.external_id, a.title, a.status, author.name, client.name, a.lang, a.word_count,
       a.created, a.updated, ratings.rating, ratings.review_count
FROM articles AS a
LEFT OUTER JOIN people AS author ON a.author_id = author.id
LEFT OUTER JOIN people AS client ON a.client_id = client.id
LEFT OUTER JOIN (
    SELECT article_id, avg(stars) AS rating, count(id) AS review_count
    FROM reviews GROUP BY article_id
) AS ratings ON ratings.article_id = a.id
WHERE a.trashed_at IS NULL
ORDER BY a.updated DESC, a.id DESC
LIMIT ?
"""
_PEOPLE_IN = (
    "SELECT name FROM people WHERE id IN "
    "(SELECT DISTINCT {column} FROM articles WHERE trashed_at IS NULL) ORDER BY name"
)
# Mirrors `Library.tags`: a tag whose every article is in the Trash is left out.
_TAGS = """
SELECT name FROM tags
WHERE NOT (
    id IN (SELECT l.tag_id FROM article_tags AS l JOIN articles AS a ON a.id = l.article_id
           WHERE a.trashed_at IS NOT NULL)
    AND id NOT IN (SELECT l.tag_id FROM article_tags AS l JOIN articles AS a ON a.id = l.article_id
                   WHERE a.trashed_at IS NULL)
)
ORDER BY name
"""


@dataclass(frozen=True, slots=True)
class FirstPage:
    """What the library window shows first: the newest articles and the filter choices."""

    total: int
    rows: list[ArticleRow]
    authors: list[str]
    clients: list[str]
    tags: list[str]
    # The checklist flag of each of `rows` that has one (the library table's badge).
    flags: dict[int, str]
    # Articles in the Trash: not listed, but the library is not empty (no samples go into a
    # library whose articles were all moved to the Trash).
    trashed: int = 0


def _moment(stored: str) -> datetime:
    # SQLAlchemy stores SQLite DATETIME as 'YYYY-MM-DD HH:MM:SS.ffffff', naive UTC.
    return datetime.fromisoformat(stored)


def read_first_page(path: Path, rows: int) -> FirstPage:
    """The first `rows` rows of the default listing (newest first), with the count and the
    filter choices, read-only and in one transaction."""
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as exc:
        raise LibraryCorrupt(path=str(path), detail=str(exc)) from exc
    try:
        conn.execute("BEGIN")
        total = int(
            conn.execute("SELECT count(*) FROM articles WHERE trashed_at IS NULL").fetchone()[0]
        )
        trashed = int(
            conn.execute("SELECT count(*) FROM articles WHERE trashed_at IS NOT NULL").fetchone()[0]
        )
        page = [
            ArticleRow(
                id=row[0],
                external_id=row[1],
                title=row[2],
                status=Status(row[3]),
                author=row[4],
                client=row[5],
                lang=row[6],
                words=row[7],
                rating=None if row[10] is None else round(float(row[10]), 1),
                review_count=int(row[11] or 0),
                created=_moment(row[8]),
                updated=_moment(row[9]),
            )
            for row in conn.execute(_FIRST_PAGE, (rows,))
        ]
        authors = [r[0] for r in conn.execute(_PEOPLE_IN.format(column="author_id"))]
        clients = [r[0] for r in conn.execute(_PEOPLE_IN.format(column="client_id"))]
        tags = [r[0] for r in conn.execute(_TAGS)]
        ids = [row.id for row in page]
        flags = {
            int(r[0]): str(r[1])
            for r in conn.execute(
                "SELECT article_id, flag FROM check_results WHERE article_id IN "
                f"({','.join('?' * len(ids))})",
                ids,
            )
        }
        return FirstPage(total, page, authors, clients, tags, flags, trashed)
    except sqlite3.DatabaseError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise LibraryLocked(path=str(path)) from exc
        raise LibraryCorrupt(path=str(path), detail=str(exc)) from exc
    finally:
        conn.close()


# What the stores of studio/library call on the library they are given (always the real one).
_STORE_HOOKS = frozenset({"_session", "_reading"})


class DeferredLibrary:
    """A `Library` whose opening finishes in the background; see the module docstring. Every
    attribute it does not define itself is the real library's."""

    def __init__(self, path: Path, first: FirstPage) -> None:
        self.path = path
        self._first: FirstPage | None = first
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._opened = threading.Event()
        self._library: Library | None = None
        self._error: BaseException | None = None
        self._closed = False
        # Entered around a call that has to wait for the opening to finish: the studio window
        # shows a busy cursor there, so a click in the first moments does not look ignored.
        self.waiting: Callable[[], AbstractContextManager[object]] = nullcontext

    def start(self) -> None:
        """Starts opening the real library on a background thread (once); nothing once closed
        (a window closed before its first paint leaves no library opening behind it)."""
        self._begin(unless_closed=True)

    def _begin(self, *, unless_closed: bool = False) -> None:
        with self._lock:
            if self._thread is not None or (unless_closed and self._closed):
                return
            self._thread = threading.Thread(
                target=self._open, name="qalam-open-library", daemon=True
            )
            self._thread.start()

    def _open(self) -> None:
        try:
            from studio.library.service import Library

            self._library = Library.open(self.path)
        except BaseException as error:  # handed to whoever needs the library
            self._error = error
        finally:
            self._opened.set()

    def is_open(self) -> bool:
        """True once opening has finished (or failed): a call then no longer waits for it."""
        return self._opened.is_set()

    def wait(self) -> Library:
        """The real library, opening it first if need be; raises what opening raised."""
        self._begin()
        if not self._opened.is_set():
            with self.waiting():
                self._opened.wait()
        if self._error is not None:
            raise self._error
        assert self._library is not None
        self._first = None
        return self._library

    def _early(self) -> FirstPage | None:
        """The page read at start, while the real library is still opening."""
        return None if self._opened.is_set() else self._first

    # -- what the first paint asks ---------------------------------------------------------------

    def count(self, query: ListQuery | None = None) -> int:
        first = self._early()
        if first is not None and (query is None or query == ListQuery()):
            return first.total
        return self.wait().count(query)

    def list(
        self, query: ListQuery | None = None, offset: int = 0, limit: int = 200
    ) -> list[ArticleRow]:
        first = self._early()
        if (
            first is not None
            and (query is None or query == ListQuery())
            and (offset + limit <= len(first.rows) or len(first.rows) == first.total)
        ):
            return first.rows[offset : offset + limit]
        return self.wait().list(query, offset, limit)

    def authors(self) -> list[str]:
        first = self._early()
        return list(first.authors) if first is not None else self.wait().authors()

    def clients(self) -> list[str]:
        first = self._early()
        return list(first.clients) if first is not None else self.wait().clients()

    def tags(self) -> list[str]:
        first = self._early()
        return list(first.tags) if first is not None else self.wait().tags()

    def check_flags(self, article_ids: list[int]) -> dict[int, str]:
        first = self._early()
        if first is not None and set(article_ids) <= {row.id for row in first.rows}:
            return {i: first.flags[i] for i in article_ids if i in first.flags}
        return self.wait().check_flags(article_ids)

    def is_empty(self) -> bool:
        first = self._early()
        if first is not None:
            return first.total + first.trashed == 0
        return self.wait().is_empty()

    def close(self) -> None:
        with self._lock:
            self._closed = True
            if self._thread is None:
                return
        self._opened.wait()
        if self._library is not None:
            self._library.close()

    def __enter__(self) -> DeferredLibrary:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def __getattr__(self, name: str) -> Any:
        # Only reached for names not defined above: everything else a Library does, and the
        # session the library's own stores (checks_store, reuse_store…) open through it — without
        # it the studio's checklist failed on every library opened this way.
        if name.startswith("_") and name not in _STORE_HOOKS:
            raise AttributeError(name)
        return getattr(self.wait(), name)


def open_deferred(path: Path | str | None, first_rows: int) -> Library:
    """Opens the library for the studio window: a `DeferredLibrary` when the file is a current
    library (call its `start` once the window is shown), else — a new file, or one to migrate —
    the real `Library`, opened at once. Raises the `LibraryError`s `Library.open` raises."""
    target = library_target(path)
    if not is_current_library(target):
        from studio.library.service import Library

        return Library.open(target)
    return cast("Library", DeferredLibrary(target, read_first_page(target, first_rows)))
