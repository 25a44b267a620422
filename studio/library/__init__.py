"""The article library: one SQLite file (PostgreSQL later), reached only through `Library`.

`Library` and `default_library_path` are imported on first use (PEP 562): they bring in
SQLAlchemy, which costs the studio window half a second of start-up, while the plain records and
errors below are all the window needs before the library is open.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from studio.library.errors import (
    ArticleNotFound,
    LibraryCorrupt,
    LibraryError,
    LibraryLocked,
    LibraryTooNew,
    NotALibrary,
    VersionConflict,
)
from studio.library.records import (
    ArticleDetail,
    ArticleDraft,
    ArticleRow,
    AssetFile,
    ImportOutcome,
    LibraryInfo,
    ListQuery,
    Refusal,
    SearchHit,
    Status,
)

if TYPE_CHECKING:
    from studio.library.service import Library, default_library_path


def __getattr__(name: str) -> Any:
    if name in ("Library", "default_library_path"):
        from studio.library import service

        return getattr(service, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "ArticleDetail",
    "ArticleDraft",
    "ArticleNotFound",
    "ArticleRow",
    "AssetFile",
    "ImportOutcome",
    "Library",
    "LibraryCorrupt",
    "LibraryError",
    "LibraryInfo",
    "LibraryLocked",
    "LibraryTooNew",
    "ListQuery",
    "NotALibrary",
    "Refusal",
    "SearchHit",
    "Status",
    "VersionConflict",
    "default_library_path",
]
