"""The article library: one SQLite file (PostgreSQL later), reached only through `Library`."""

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
from studio.library.service import Library, default_library_path

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
