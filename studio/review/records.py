"""Plain values of the review side that the library hands out."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from studio.review.anchoring import Anchor, Located
from studio.review.rating import Verdict

if TYPE_CHECKING:
    # Only a type here: importing the library at run time would make `studio.review` and
    # `studio.library` (which stores reviews) import each other while half initialised.
    from studio.library.records import Status


@dataclass(frozen=True, slots=True)
class StatusChange:
    article_id: int
    old: Status | None
    new: Status
    by: str | None
    reason: str | None
    created: datetime


@dataclass(frozen=True, slots=True)
class Review:
    id: int
    article_id: int
    reviewer: str | None
    stars: int
    rubric: dict[str, int]
    verdict: Verdict
    summary: str
    created: datetime
    # The checklist's findings when the review was written (JSON-like), if they were kept.
    checklist: Any = None


@dataclass(frozen=True, slots=True)
class Comment:
    """A thread's first comment carries the anchor; replies carry `parent_id` and no anchor.
    `located` is where the anchor stands in the article's current body."""

    id: int
    article_id: int
    parent_id: int | None
    author: str | None
    text: str
    created: datetime
    anchor: Anchor | None
    located: Located | None
    resolved: bool = False
    resolved_by: str | None = None
    resolved_at: datetime | None = None
    replies: list[Comment] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class PersonPage:
    """What an author or client page shows. `rating` is the mean stars of every review of the
    person's articles as author (None before any), `reviews` how many there are."""

    name: str
    role: str
    articles: int
    words: int
    rating: float | None
    reviews: int
    by_status: dict[str, int]
    client_articles: int
