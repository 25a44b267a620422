"""Storage of the kept "Reused passages" report: for each article, what its look-up through the
reuse index found (per other piece: the share of the article found in it, the passage count,
near-duplicate) and the text it was looked up with (the article's version and a SHA-1 of its
exact body), when, and under which matching rules.

The report's logic lives in `studio.similar.kept_report`; this module only stores and reads.
The tables have no foreign keys to `articles` (see the migration 0006_reuse_findings): a deleted
article's rows stay until `drop_deleted` has read whom it shared text with. An article in the
Trash counts as deleted here: its rows go the same way and its partners are looked at again; once
restored it is a new piece to look up.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import (
    Boolean,
    Column,
    DateTime,
    Float,
    Index,
    Integer,
    String,
    Table,
    and_,
    delete,
    false,
    func,
    or_,
    select,
    true,
    union,
    update,
)
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from studio.library.models import Article, ArticleText, Base
from studio.library.service import Library

reuse_looked = Table(
    "reuse_looked",
    Base.metadata,
    Column("article_id", Integer, primary_key=True),
    # The article's version and its exact body's SHA-1 when it was looked up: a different
    # version with the same text (a title or status change) needs no new look-up.
    Column("version", Integer, nullable=False),
    Column("text_sha1", String(40), nullable=False),
    # The matching rules the look-up followed (index scheme and report version).
    Column("rules", String(40), nullable=False),
    # A piece it shared text with changed or went: to be looked up again.
    Column("due", Boolean, nullable=False, server_default=false()),
    Column("looked", DateTime, nullable=False),
)
reuse_findings = Table(
    "reuse_findings",
    Base.metadata,
    Column("article_id", Integer, primary_key=True),
    Column("other_id", Integer, primary_key=True),
    Column("share", Float, nullable=False),  # share of the article's text found in the other
    Column("passages", Integer, nullable=False),
    Column("near_duplicate", Boolean, nullable=False),
    Index("ix_reuse_findings_other", "other_id"),
)

# Ids per IN (...) list: SQLite's default limit of bound parameters is well above this.
_CHUNK = 500


def text_sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def _chunks(ids: Iterable[int]) -> Iterable[list[int]]:
    wanted = list(ids)
    for start in range(0, len(wanted), _CHUNK):
        yield wanted[start : start + _CHUNK]


@dataclass(frozen=True, slots=True)
class Found:
    """One piece an article's look-up found sharing passages with it."""

    other_id: int
    share: float  # share of the looked-up article's text found in the other piece
    passages: int
    near_duplicate: bool


@dataclass(frozen=True, slots=True)
class Lookup:
    """An article looked up with the text of `version` (whose SHA-1 is `text_sha1`)."""

    article_id: int
    version: int
    text_sha1: str
    found: list[Found] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class FoundRow:
    article_id: int
    other_id: int
    share: float
    passages: int
    near_duplicate: bool


@dataclass(frozen=True, slots=True)
class TextToLook:
    id: int
    version: int
    body: str


def _kept():
    """Articles the report sees: those outside the Trash."""
    return Article.trashed_at.is_(None)


def _alive():
    return select(Article.id).where(_kept())


def _stale():
    """Articles needing a look-up: never looked up, due, or another version since."""
    lk = reuse_looked.c
    stale = or_(lk.article_id.is_(None), lk.due == true(), lk.version != Article.version)
    return and_(stale, _kept())


def _articles_with_looked():
    return Article.__table__.outerjoin(reuse_looked, reuse_looked.c.article_id == Article.id)


def other_rules(library: Library, rules: str) -> bool:
    """True when some kept look-up followed other matching rules than `rules`."""
    with library._session() as s:
        return (
            s.scalar(
                select(reuse_looked.c.article_id).where(reuse_looked.c.rules != rules).limit(1)
            )
            is not None
        )


def forget_all(library: Library) -> None:
    """Drops every kept look-up (the report is then built again from scratch)."""
    with library._session() as s:
        s.execute(delete(reuse_findings))
        s.execute(delete(reuse_looked))


def deleted_articles(library: Library) -> list[int]:
    """Articles with kept rows (their own or naming them) that are no longer in the library (or
    are in its Trash)."""
    lk, fd = reuse_looked.c, reuse_findings.c
    alive = _alive()
    stmt = union(
        select(lk.article_id).where(lk.article_id.not_in(alive)),
        select(fd.article_id).where(fd.article_id.not_in(alive)),
        select(fd.other_id).where(fd.other_id.not_in(alive)),
    )
    with library._session() as s:
        return sorted(int(a) for a in s.scalars(stmt))


def _partners(s: Session, article_ids: list[int]) -> tuple[set[int], set[int]]:
    """(the others each article's own look-up found, the articles whose look-ups found it)."""
    fd = reuse_findings.c
    own: set[int] = set()
    naming: set[int] = set()
    for chunk in _chunks(article_ids):
        own.update(s.scalars(select(fd.other_id).where(fd.article_id.in_(chunk))))
        naming.update(s.scalars(select(fd.article_id).where(fd.other_id.in_(chunk))))
    return own, naming


def _mark_due(s: Session, article_ids: Iterable[int], before: datetime) -> set[int]:
    """Marks as due those of the articles looked up before `before`; returns them."""
    lk = reuse_looked.c
    marked: set[int] = set()
    for chunk in _chunks(sorted(set(article_ids))):
        rows = s.scalars(
            select(lk.article_id).where(and_(lk.article_id.in_(chunk), lk.looked < before))
        ).all()
        if rows:
            s.execute(update(reuse_looked).where(lk.article_id.in_(rows)).values(due=True))
            marked.update(int(a) for a in rows)
    return marked


def drop_deleted(library: Library, article_ids: list[int], before: datetime) -> set[int]:
    """Removes deleted articles' rows (theirs and those naming them) in one transaction and
    marks every piece that shared text with them as due; returns the pieces marked."""
    if not article_ids:
        return set()
    gone = set(article_ids)
    lk, fd = reuse_looked.c, reuse_findings.c
    with library._session() as s:
        own, naming = _partners(s, article_ids)
        for chunk in _chunks(article_ids):
            s.execute(delete(reuse_findings).where(fd.article_id.in_(chunk)))
            s.execute(delete(reuse_findings).where(fd.other_id.in_(chunk)))
            s.execute(delete(reuse_looked).where(lk.article_id.in_(chunk)))
        return _mark_due(s, (own | naming) - gone, before)


def version_changed(library: Library) -> list[tuple[int, str]]:
    """(article id, kept text SHA-1) of looked-up articles whose version changed since."""
    lk = reuse_looked.c
    stmt = (
        select(lk.article_id, lk.text_sha1)
        .join(Article, Article.id == lk.article_id)
        .where(lk.version != Article.version)
        .order_by(lk.article_id)
    )
    with library._session() as s:
        return [(int(a), str(h)) for a, h in s.execute(stmt)]


def texts(library: Library, article_ids: Iterable[int]) -> dict[int, TextToLook]:
    """Each article's version and body, read together (a look-up is kept with the version of
    the very text it was made from)."""
    found: dict[int, TextToLook] = {}
    with library._session() as s:
        for chunk in _chunks(article_ids):
            stmt = (
                select(Article.id, Article.version, ArticleText.body)
                .join(ArticleText, ArticleText.article_id == Article.id)
                .where(Article.id.in_(chunk), _kept())
            )
            for a, v, b in s.execute(stmt):
                found[int(a)] = TextToLook(int(a), int(v), b)
    return found


def set_versions(library: Library, versions: dict[int, int]) -> None:
    """The text is the same in a newer version (a title or status change): kept as it is."""
    if not versions:
        return
    lk = reuse_looked.c
    with library._session() as s:
        for article_id, version in versions.items():
            s.execute(
                update(reuse_looked).where(lk.article_id == article_id).values(version=version)
            )


def pending_ids(library: Library) -> list[int]:
    """Articles to look up (never looked up, due, or a newer version), in id order."""
    stmt = (
        select(Article.id).select_from(_articles_with_looked()).where(_stale()).order_by(Article.id)
    )
    with library._session() as s:
        return [int(a) for a in s.scalars(stmt)]


def pending_count(library: Library) -> int:
    """How many pieces are to be looked at again, counted without reading any text: articles
    never looked up, due or edited since (some only had their title changed), and deleted
    articles whose rows are still kept."""
    lk = reuse_looked.c
    with library._session() as s:
        stale = s.scalar(select(func.count()).select_from(_articles_with_looked()).where(_stale()))
        gone = s.scalar(
            select(func.count()).select_from(reuse_looked).where(lk.article_id.not_in(_alive()))
        )
    return int(stale or 0) + int(gone or 0)


def last_looked(library: Library) -> datetime | None:
    """When the latest kept look-up was made (None: nothing kept)."""
    with library._session() as s:
        return s.scalar(select(func.max(reuse_looked.c.looked)))


def looked_count(library: Library) -> int:
    with library._session() as s:
        return int(s.scalar(select(func.count()).select_from(reuse_looked)) or 0)


def save_lookups(
    library: Library, rules: str, lookups: list[Lookup], looked: datetime, before: datetime
) -> set[int]:
    """Keeps a batch of look-ups in one transaction (a crash keeps all of them or none), each
    replacing the article's earlier rows, and marks as due the pieces whose own look-ups may
    now be out of date; returns those.

    Whose: when the article's text is new or changed, every piece it shared text with before
    (found by it or finding it), every piece it finds now, and the pieces those share text
    with; when its text is the same (looked up again because a partner changed), only the
    pieces it found before or finds now but not both. Only pieces looked up before `before`
    (the start of this pass, after the index caught up) are marked: a later look-up already saw
    the article's current text in the index."""
    if not lookups:
        return set()
    lk, fd = reuse_looked.c, reuse_findings.c
    ids = [x.article_id for x in lookups]
    to_mark: set[int] = set()
    with library._session() as s:
        alive = set()
        for chunk in _chunks(ids):
            alive.update(int(a) for a in s.scalars(_alive().where(Article.id.in_(chunk))))
        kept_sha = {}
        for chunk in _chunks(ids):
            kept_sha.update(
                {
                    int(a): str(h)
                    for a, h in s.execute(
                        select(lk.article_id, lk.text_sha1).where(lk.article_id.in_(chunk))
                    )
                }
            )
        for lookup in lookups:
            a = lookup.article_id
            if a not in alive:  # deleted meanwhile: the next pass removes what is kept of it
                continue
            own, naming = _partners(s, [a])
            now = {f.other_id for f in lookup.found}
            if kept_sha.get(a) == lookup.text_sha1:
                to_mark |= own ^ now
            else:
                # And the partners of those it finds now: pieces copying the same source
                # find the changed article even where its own look-up, which aligns only its
                # best-ranked candidates, does not find them.
                found_by, finding = _partners(s, sorted(now))
                to_mark |= own | naming | now | found_by | finding
            s.execute(delete(reuse_findings).where(fd.article_id == a))
            if lookup.found:
                s.execute(
                    reuse_findings.insert(),
                    [
                        {
                            "article_id": a,
                            "other_id": f.other_id,
                            "share": f.share,
                            "passages": f.passages,
                            "near_duplicate": f.near_duplicate,
                        }
                        for f in lookup.found
                    ],
                )
            stmt = sqlite_insert(reuse_looked).values(
                article_id=a,
                version=lookup.version,
                text_sha1=lookup.text_sha1,
                rules=rules,
                due=False,
                looked=looked,
            )
            s.execute(
                stmt.on_conflict_do_update(
                    index_elements=[lk.article_id],
                    set_={
                        "version": stmt.excluded.version,
                        "text_sha1": stmt.excluded.text_sha1,
                        "rules": stmt.excluded.rules,
                        "due": stmt.excluded.due,
                        "looked": stmt.excluded.looked,
                    },
                )
            )
        return _mark_due(s, to_mark - set(ids), before)


def found_rows(library: Library) -> list[FoundRow]:
    """Every kept finding of articles still in the library, both directions."""
    fd = reuse_findings.c
    first = Article.__table__.alias("first")
    second = Article.__table__.alias("second")
    # Joins, not `IN (SELECT id FROM articles)`: SQLite ran those subqueries for every row
    # (0.4 s for a few hundred rows at 2,000 articles).
    stmt = (
        select(fd.article_id, fd.other_id, fd.share, fd.passages, fd.near_duplicate)
        .join(first, and_(first.c.id == fd.article_id, first.c.trashed_at.is_(None)))
        .join(second, and_(second.c.id == fd.other_id, second.c.trashed_at.is_(None)))
    )
    with library._session() as s:
        return [
            FoundRow(int(a), int(o), float(sh), int(p), bool(n))
            for a, o, sh, p, n in s.execute(stmt)
        ]
