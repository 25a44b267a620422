"""SQLAlchemy models of the library. Schema changes go through an Alembic migration."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import (
    Column,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    pass


article_tags = Table(
    "article_tags",
    Base.metadata,
    Column("article_id", ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True, index=True),
)

article_assets = Table(
    "article_assets",
    Base.metadata,
    Column("article_id", ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("asset_id", ForeignKey("assets.id", ondelete="CASCADE"), primary_key=True),
)


class Person(Base):
    """A writer, editor or client; one name, one row."""

    __tablename__ = "people"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    role: Mapped[str] = mapped_column(String(20), default="writer")
    created: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class Tag(Base):
    __tablename__ = "tags"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)


class Article(Base):
    __tablename__ = "articles"
    id: Mapped[int] = mapped_column(primary_key=True)
    external_id: Mapped[str | None] = mapped_column(String(200), index=True)
    title: Mapped[str] = mapped_column(Text)
    lang: Mapped[str] = mapped_column(String(8), index=True)
    direction: Mapped[str] = mapped_column(String(4), default="auto")
    status: Mapped[str] = mapped_column(String(20), default="draft", index=True)
    author_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), index=True
    )
    client_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), index=True
    )
    target_words: Mapped[int | None] = mapped_column(Integer)
    word_count: Mapped[int] = mapped_column(Integer, default=0, index=True)
    content_hash: Mapped[str] = mapped_column(String(64), index=True)
    created: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
    updated: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    # When the article was moved to the Trash (naive UTC); None: not in the Trash. Listings
    # leave trashed articles out (migration 0007_trash).
    trashed_at: Mapped[datetime | None] = mapped_column(DateTime, index=True)

    author: Mapped[Person | None] = relationship(foreign_keys=[author_id])
    client: Mapped[Person | None] = relationship(foreign_keys=[client_id])
    tags: Mapped[list[Tag]] = relationship(secondary=article_tags)
    text: Mapped[ArticleText] = relationship(cascade="all, delete-orphan", passive_deletes=True)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012
    __table_args__ = (Index("ix_articles_title", "title"),)


class ArticleText(Base):
    """The body of an article, kept apart from its other columns: listing, sorting and counting
    100,000 articles then reads a few megabytes instead of every body."""

    __tablename__ = "article_texts"
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    body: Mapped[str] = mapped_column(Text)


class Asset(Base):
    """An image or other file used by articles, stored once per content hash."""

    __tablename__ = "assets"
    id: Mapped[int] = mapped_column(primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    mime: Mapped[str] = mapped_column(String(100))
    filename: Mapped[str] = mapped_column(String(300))
    size: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary)
    created: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class Revision(Base):
    """A snapshot of an article's title and body, taken on import, save, update or restore."""

    __tablename__ = "revisions"
    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    created: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    reason: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    # Word count and authorship record (JSON) at the time of the snapshot; None in rows written
    # before they were kept.
    words: Mapped[int | None] = mapped_column(Integer)
    authorship: Mapped[str | None] = mapped_column(Text)


class Authorship(Base):
    """Who wrote which characters of an article's body (`studio.authorship`), with the hash of
    the exact body it describes: a body changed elsewhere is noticed, never described wrongly."""

    __tablename__ = "authorship"
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    body_hash: Mapped[str] = mapped_column(String(64))
    record: Mapped[str] = mapped_column(Text)
    updated: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class ParagraphDirections(Base):
    """Per-paragraph direction overrides of an article: JSON list of [line index, short hash of
    the line's text, direction], re-mapped by hash when the body changed elsewhere."""

    __tablename__ = "paragraph_directions"
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    overrides: Mapped[str] = mapped_column(Text)


class StaleSearchEntry(Base):
    """An article whose search index entry lags behind its body: the editor's saves leave
    re-indexing (tens of milliseconds for a long article) to the next search."""

    __tablename__ = "search_stale"
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
