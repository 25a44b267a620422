"""An article's details: who wrote it, for which client, its tags and its target length.

They drive the library's filters and columns, the person pages, the client's checklist template
and the checklist's "target length met" item. Changing them is an edit of the article like any
other: the version goes up by one, so a window holding the old version meets a conflict instead
of overwriting the change silently; the body is never touched, and no revision is kept (a
revision holds title and body only).

Names are stored trimmed; a blank name means none. People and tags are created as needed, as
import does: a new author as a writer, a new client as a client (someone already known keeps
their role).
"""

from __future__ import annotations

from collections.abc import Iterable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from studio.library.errors import ArticleNotFound, VersionConflict
from studio.library.models import Article, Person, Tag, utcnow

if TYPE_CHECKING:
    from studio.library.records import ArticleDetail

# A book is about 100,000 words; a target beyond that is a typing slip, not a brief.
MAX_TARGET_WORDS = 100_000
# The people and tags tables hold names of up to this many characters.
MAX_NAME_LENGTH = 200


def article_at_version(s: Session, article_id: int, expected_version: int | None) -> Article:
    """The article, for a change made over `expected_version` (None: over whatever is stored);
    a change made elsewhere in the meantime raises VersionConflict instead of being overwritten."""
    article = s.get(Article, article_id)
    if article is None:
        raise ArticleNotFound(article_id=article_id)
    if expected_version is not None and article.version != expected_version:
        raise VersionConflict(
            article_id=article_id, current=article.version, expected=expected_version
        )
    return article


class InvalidDetails(ValueError):
    """A detail the library refuses: a target that is not a whole number from 1 to
    MAX_TARGET_WORDS, or a name longer than MAX_NAME_LENGTH."""


class _Keep(Enum):
    KEEP = "keep"


# "Leave this detail as it is" (None means "none" for the author, client and target).
KEEP = _Keep.KEEP


@dataclass(frozen=True, slots=True)
class ArticleDetails:
    """The four details as a writer sets them; `clean` gives them as they would be stored."""

    author: str | None = None
    client: str | None = None
    tags: tuple[str, ...] = ()
    target_words: int | None = None

    @classmethod
    def of(cls, article: ArticleDetail) -> ArticleDetails:
        return cls(article.author, article.client, tuple(article.tags), article.target_words)

    def clean(self) -> ArticleDetails:
        return ArticleDetails(
            clean_name(self.author),
            clean_name(self.client),
            clean_tags(self.tags),
            clean_target(self.target_words),
        )


def clean_name(value: str | None) -> str | None:
    """A person's or tag's name as stored: trimmed, blank meaning none."""
    if value is None:
        return None
    name = value.strip()
    if len(name) > MAX_NAME_LENGTH:
        raise InvalidDetails(f"a name can be at most {MAX_NAME_LENGTH} characters long")
    return name or None


def clean_tags(values: Iterable[str]) -> tuple[str, ...]:
    """Tags as stored: trimmed, blanks dropped, each once, sorted as the library lists them."""
    return tuple(sorted({n for v in values if (n := clean_name(v))}))


def clean_target(value: int | None) -> int | None:
    if value is None:
        return None
    # bool is an int in Python; True words is a mistake, not a target.
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidDetails("the target length must be a whole number of words")
    if not 1 <= value <= MAX_TARGET_WORDS:
        raise InvalidDetails(
            f"the target length must be from 1 to {MAX_TARGET_WORDS:,} words (or none)"
        )
    return value


def apply_details(session: Session, article: Article, details: ArticleDetails) -> bool:
    """Gives `article` the (cleaned) details; True if any changed. The people and tags are
    looked up or created first and the article's row changed last, without a flush between:
    the caller's single flush then raises the version exactly once."""
    wanted = details.clean()
    current = ArticleDetails(
        article.author.name if article.author else None,
        article.client.name if article.client else None,
        tuple(sorted(t.name for t in article.tags)),
        article.target_words,
    )
    if wanted == current:
        return False
    with session.no_autoflush:
        author = _person(session, wanted.author, "writer")
        client = _person(session, wanted.client, "client")
        tags: list[Tag] = []
        if wanted.tags:
            _ids_by_name(session, Tag, set(wanted.tags))
            tags = list(session.scalars(select(Tag).where(Tag.name.in_(wanted.tags))))
        article.author = author
        article.client = client
        if current.tags != wanted.tags:
            article.tags = sorted(tags, key=lambda t: t.name)
        article.target_words = wanted.target_words
        # Also what makes a change of tags alone (another table) raise the article's version.
        article.updated = utcnow()
    return True


def _person(session: Session, name: str | None, role: str) -> Person | None:
    if name is None:
        return None
    person_id = _ids_by_name(session, Person, {name}, role=role)[name]
    return session.get(Person, person_id)


def _ids_by_name(
    session: Session, model: type[Person] | type[Tag], names: set[str], **defaults: str
) -> dict[str, int]:
    # The import's own lookup (creating what is missing), imported late: service imports
    # this module to build `Library`.
    from studio.library.service import Library

    return Library._ids_by_name(session, model, names, **defaults)


class DetailsDesk:
    """Mixin for `Library`: changing an article's details from the CLI or a script (the
    editor saves them with its text, through `WritingDesk.save`)."""

    if TYPE_CHECKING:

        def _session(self) -> AbstractContextManager[Session]: ...

        def _detail(self, s: Session, article: Article, body: str) -> ArticleDetail: ...

        def _conflict(self, article_id: int, expected: int) -> VersionConflict: ...

    def set_details(
        self,
        article_id: int,
        *,
        author: str | _Keep | None = KEEP,
        client: str | _Keep | None = KEEP,
        tags: Iterable[str] | _Keep = KEEP,
        target_words: int | _Keep | None = KEEP,
        expected_version: int | None = None,
    ) -> ArticleDetail:
        """Changes the details given (KEEP leaves one alone; None or a blank name clears it;
        `tags` is the whole new list) in one transaction. With `expected_version`, a change
        made elsewhere meanwhile raises `VersionConflict` and nothing is written. Setting what
        is already stored changes nothing, not even the version. Raises `InvalidDetails` for
        a target out of range or an over-long name before reading anything."""
        given: dict[str, Any] = {
            "author": author,
            "client": client,
            "tags": tags if tags is KEEP else tuple(tags),
            "target_words": target_words,
        }
        # Refused values are refused whatever the article: checked before the transaction.
        ArticleDetails(
            **{k: ({"tags": ()}.get(k) if v is KEEP else v) for k, v in given.items()}
        ).clean()
        try:
            with self._session() as s:
                article = article_at_version(s, article_id, expected_version)
                stored = ArticleDetails(
                    article.author.name if article.author else None,
                    article.client.name if article.client else None,
                    tuple(t.name for t in article.tags),
                    article.target_words,
                )
                wanted = ArticleDetails(
                    **{k: getattr(stored, k) if v is KEEP else v for k, v in given.items()}
                )
                apply_details(s, article, wanted)
                s.flush()
                return self._detail(s, article, article.text.body)
        except StaleDataError as exc:
            # Another process wrote the article between our read and our write.
            raise self._conflict(article_id, expected_version or 0) from exc
