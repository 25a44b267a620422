"""Plain values the library hands out and takes in: no ORM objects leave `studio.library`."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any


class Status(StrEnum):
    DRAFT = "draft"
    IN_REVIEW = "in_review"
    CHANGES_REQUESTED = "changes_requested"
    APPROVED = "approved"
    PUBLISHED = "published"
    ARCHIVED = "archived"

    @classmethod
    def parse(cls, value: str) -> Status:
        """Accepts the stored value, its English label in any case, or spaces and hyphens for
        underscores ("In review", "in-review")."""
        key = value.strip().lower().replace(" ", "_").replace("-", "_")
        return cls(key)


@dataclass(frozen=True, slots=True)
class AssetFile:
    """An image (or other file) an article uses. Bodies refer to it as `asset:SHA256` in
    Markdown (`![description](asset:…)`); the library stores each content once."""

    sha256: str
    mime: str
    filename: str
    data: bytes


@dataclass(slots=True)
class ArticleDraft:
    """An article about to enter the library (from an import, the CLI or the GUI)."""

    title: str
    body: str
    lang: str | None = None
    direction: str = "auto"
    status: Status = Status.DRAFT
    author: str | None = None
    client: str | None = None
    tags: list[str] = field(default_factory=list)
    external_id: str | None = None
    target_words: int | None = None
    created: datetime | None = None
    source_path: str | None = None
    # Images an imported document carried, referred to from `body` as `asset:SHA256`.
    assets: list[AssetFile] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class ArticleRow:
    """One line of the library table."""

    id: int
    external_id: str | None
    title: str
    status: Status
    author: str | None
    client: str | None
    lang: str
    words: int
    rating: float | None
    review_count: int
    created: datetime
    updated: datetime
    # When it was moved to the Trash (naive UTC); None for every article outside it.
    trashed_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class ArticleDetail:
    id: int
    external_id: str | None
    title: str
    body: str
    lang: str
    direction: str
    status: Status
    author: str | None
    client: str | None
    tags: list[str]
    target_words: int | None
    words: int
    reading_minutes: int
    created: datetime
    updated: datetime
    version: int
    revisions: int
    # The writer's per-paragraph direction overrides (line index of the body -> 'rtl'/'ltr'),
    # so exports lay out a paragraph the way the editor shows it.
    paragraph_directions: dict[int, str] = field(default_factory=dict)
    # When it was moved to the Trash (naive UTC); None when it is not in the Trash.
    trashed_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class SearchHit:
    id: int
    external_id: str | None
    title: str
    status: Status
    lang: str
    score: float
    snippet: str
    # (start, end) offsets into `snippet` of the words that matched the query.
    highlights: list[tuple[int, int]]


@dataclass(slots=True)
class ListQuery:
    sort: str = "updated"
    descending: bool = True
    status: Status | None = None
    author: str | None = None
    tag: str | None = None
    ids: list[int] | None = None
    client: str | None = None
    # False: every article outside the Trash (what every listing shows); True: only the
    # articles in the Trash (sort "trashed" puts the newest trashed first).
    trashed: bool = False


@dataclass(frozen=True, slots=True)
class LibraryInfo:
    path: str
    schema: str
    articles: int
    words: int
    by_status: dict[str, int]
    by_lang: dict[str, int]
    people: int
    tags: int
    revisions: int
    size_bytes: int
    # Articles in the Trash (left out of every other figure here).
    trashed: int = 0


@dataclass(frozen=True, slots=True)
class Refusal:
    """A file (or line) that could not be imported, and why: an English template with its
    parameters, so the GUI can translate it before formatting."""

    source: str
    template: str
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def message(self) -> str:
        return self.template.format(**self.params)


@dataclass(slots=True)
class ImportOutcome:
    imported: list[int] = field(default_factory=list)
    # Sources (path, or path:line) whose body was already in the library.
    skipped: list[str] = field(default_factory=list)
    refused: list[Refusal] = field(default_factory=list)
    cancelled: bool = False

    def merge(self, other: ImportOutcome) -> None:
        self.imported.extend(other.imported)
        self.skipped.extend(other.skipped)
        self.refused.extend(other.refused)


@dataclass(frozen=True, slots=True)
class RevisionInfo:
    """One snapshot in an article's history. `reason`: original, autosave (periodic, thinned),
    manual, status, update (scripted), before_restore, restore."""

    id: int
    article_id: int
    created: datetime
    reason: str
    title: str
    words: int


@dataclass(frozen=True, slots=True)
class RevisionDetail:
    id: int
    article_id: int
    created: datetime
    reason: str
    title: str
    words: int
    body: str
    # The authorship record (studio.authorship.AuthorshipRecord) at the time, when one was kept.
    authorship: Any = None
