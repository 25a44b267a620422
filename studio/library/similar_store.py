"""Storage of the similar-pieces index: one compact row per article (its hashed stems), kept in
step with the article's version. The in-memory postings (`studio.similar`) are built from these
rows when first needed, never from the article texts, so opening a library re-reads no text.

An article whose row is missing, older than the article (edited since) or from an older feature
scheme is *pending*: `pending()` hands those out in small batches for a background step.
Deleting an article deletes its row (foreign key cascade). An article in the Trash is treated
as deleted everywhere here — never pending, counted, loaded, a neighbour or a source — but
keeps its row: restoring it brings it back into the index without computing it again.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import (
    Column,
    ForeignKey,
    Integer,
    LargeBinary,
    Table,
    and_,
    bindparam,
    func,
    or_,
    select,
)
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from studio.library.models import Article, ArticleText, Base
from studio.library.service import Library

similar_docs = Table(
    "similar_docs",
    Base.metadata,
    Column("article_id", ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    # The article's version when its row was computed: a different version means edited since.
    Column("version", Integer, nullable=False),
    # The feature scheme (tokenising, stemming, hashing) the row was made with.
    Column("scheme", Integer, nullable=False),
    # uint32 little-endian stem hashes, in text order.
    Column("hashes", LargeBinary, nullable=False),
)


@dataclass(frozen=True, slots=True)
class PendingArticle:
    id: int
    version: int
    body: str


@dataclass(frozen=True, slots=True)
class ArticleLabel:
    id: int
    external_id: str | None
    title: str


_KEPT = Article.trashed_at.is_(None)


def _stale(scheme: int):
    d = similar_docs.c
    stale = or_(d.article_id.is_(None), d.version != Article.version, d.scheme != scheme)
    return and_(stale, _KEPT)


def _joined():
    return Article.__table__.outerjoin(similar_docs, similar_docs.c.article_id == Article.id)


def pending(
    library: Library,
    scheme: int,
    limit: int,
    after_id: int | None = None,
    since: datetime | None = None,
) -> list[PendingArticle]:
    """Up to `limit` articles whose index row is missing or out of date, oldest id first.

    With `after_id` and `since` only articles added after that id or changed since then are
    looked at (two index ranges), instead of every article: a caught-up library of 100,000
    articles then answers in a millisecond, not a full scan."""
    stmt = (
        select(Article.id, Article.version, ArticleText.body)
        .select_from(_joined().join(ArticleText, ArticleText.article_id == Article.id))
        .where(_stale(scheme))
        .order_by(Article.id)
        .limit(limit)
    )
    if after_id is None or since is None:
        with library._session() as s:
            return [PendingArticle(*row) for row in s.execute(stmt)]
    # Two queries rather than one with OR: SQLite answers `id > ?` from the primary key and
    # `updated >= ?` from its index (when ordered by it), but scans every article for the two
    # joined by OR or for `updated` in id order (10-20 ms at 40,000 articles, on every
    # background step). A batch cut short by `limit` is finished at the next step: the
    # articles taken no longer look stale.
    newer = stmt.where(Article.id > after_id)
    changed = stmt.where(Article.updated >= since).order_by(None).order_by(Article.updated)
    found: dict[int, PendingArticle] = {}
    with library._session() as s:
        for query in (newer, changed):
            for row in s.execute(query):
                found[row[0]] = PendingArticle(*row)
    return [found[a] for a in sorted(found)[:limit]]


def counts(library: Library, scheme: int) -> tuple[int, int]:
    """(articles, pending articles)."""
    with library._session() as s:
        total = s.scalar(select(func.count()).select_from(Article).where(_KEPT)) or 0
        stale = s.scalar(select(func.count()).select_from(_joined()).where(_stale(scheme))) or 0
    return int(total), int(stale)


def save(library: Library, scheme: int, rows: Iterable[tuple[int, int, bytes]]) -> None:
    """Stores (article id, version, hashes) rows; an article deleted meanwhile is left out."""
    params = [{"article_id": a, "version": v, "scheme": scheme, "hashes": h} for a, v, h in rows]
    if not params:
        return
    with library._session() as s:
        alive = set(
            s.scalars(
                select(Article.id).where(Article.id.in_([p["article_id"] for p in params]), _KEPT)
            )
        )
        params = [p for p in params if p["article_id"] in alive]
        if not params:
            return
        stmt = sqlite_insert(similar_docs)
        stmt = stmt.on_conflict_do_update(
            index_elements=[similar_docs.c.article_id],
            set_={
                "version": stmt.excluded.version,
                "scheme": stmt.excluded.scheme,
                "hashes": stmt.excluded.hashes,
            },
        )
        s.execute(stmt, params)


def current_rows(library: Library, scheme: int, batch: int = 5000) -> Iterator[tuple[int, bytes]]:
    """(article id, hashes) of every up-to-date row, in id order, read in batches."""
    d = similar_docs.c
    last = 0
    while True:
        stmt = (
            select(d.article_id, d.hashes)
            .join(Article, Article.id == d.article_id)
            .where(
                and_(d.version == Article.version, d.scheme == scheme, d.article_id > last, _KEPT)
            )
            .order_by(d.article_id)
            .limit(batch)
        )
        with library._session() as s:
            rows = s.execute(stmt).all()
        if not rows:
            return
        yield from ((int(a), bytes(h)) for a, h in rows)
        last = int(rows[-1][0])


def article_count(library: Library) -> int:
    """How many articles the library holds outside the Trash (from indexes: a millisecond at
    100,000)."""
    with library._session() as s:
        return int(s.scalar(select(func.count()).select_from(Article).where(_KEPT)) or 0)


def indexed_count(library: Library) -> int:
    with library._session() as s:
        return int(s.scalar(select(func.count()).select_from(similar_docs)) or 0)


def max_article_id(library: Library) -> int:
    with library._session() as s:
        return int(s.scalar(select(func.max(Article.id))) or 0)


def article_ids(library: Library) -> set[int]:
    """Every article outside the Trash."""
    with library._session() as s:
        return set(s.scalars(select(Article.id).where(_KEPT)))


# The reads of every answer, built once: building a statement cost more than running it.
_d = similar_docs.c
_IDS = bindparam("ids", expanding=True)
_STORED_HASHES = (
    select(_d.article_id, _d.hashes)
    .join(Article, Article.id == _d.article_id)
    .where(
        _d.article_id.in_(_IDS),
        _d.version == Article.version,
        _d.scheme == bindparam("scheme"),
        _KEPT,
    )
)
_BODIES = select(ArticleText.article_id, ArticleText.body).where(ArticleText.article_id.in_(_IDS))
# No label for an article in the Trash: an answer drops what it cannot name, so a piece trashed
# since the in-memory index last caught up is never offered as a neighbour.
_LABELS = select(Article.id, Article.external_id, Article.title).where(Article.id.in_(_IDS), _KEPT)
_STATUSES = select(Article.id, Article.status).where(Article.id.in_(_IDS))


def stored_hashes(library: Library, scheme: int, ids: Iterable[int]) -> dict[int, bytes]:
    """The stored hashes of those articles whose row is up to date (same version and scheme)."""
    wanted = list(ids)
    if not wanted:
        return {}
    with library._reading() as conn:
        rows = conn.execute(_STORED_HASHES, {"ids": wanted, "scheme": scheme})
        return {int(a): bytes(h) for a, h in rows}


def bodies(library: Library, ids: Iterable[int]) -> dict[int, str]:
    wanted = list(ids)
    if not wanted:
        return {}
    with library._reading() as conn:
        return {int(a): b for a, b in conn.execute(_BODIES, {"ids": wanted})}


def labels(library: Library, ids: Iterable[int]) -> dict[int, ArticleLabel]:
    wanted = list(ids)
    if not wanted:
        return {}
    with library._reading() as conn:
        rows = conn.execute(_LABELS, {"ids": wanted})
        return {int(a): ArticleLabel(int(a), e, t) for a, e, t in rows}


def statuses(library: Library, ids: Iterable[int]) -> dict[int, str]:
    """The review status of each article (the similar-pieces panel shows it beside each)."""
    wanted = list(ids)
    if not wanted:
        return {}
    with library._reading() as conn:
        return {int(a): str(st) for a, st in conn.execute(_STATUSES, {"ids": wanted})}
