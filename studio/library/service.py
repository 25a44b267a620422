"""The library API used by the GUI, the CLI and the importers. No SQL lives outside this package."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

from sqlalchemy import ColumnElement, Connection, Engine, func, select, update
from sqlalchemy.exc import DatabaseError, IntegrityError, OperationalError
from sqlalchemy.orm import Session, aliased, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from studio.library import fts, paths
from studio.library.details import DetailsDesk, article_at_version
from studio.library.engine import current_revision, open_engine
from studio.library.errors import (
    ArticleNotFound,
    LibraryCorrupt,
    LibraryGone,
    LibraryLocked,
    VersionConflict,
    unwritable_error,
)
from studio.library.models import (
    Article,
    ArticleText,
    Asset,
    Person,
    Revision,
    Tag,
    article_assets,
    article_tags,
    utcnow,
)
from studio.library.paths import LIBRARY_SUFFIX as LIBRARY_SUFFIX  # callers import it from here
from studio.library.paths import default_library_path as default_library_path
from studio.library.records import (
    ArticleDetail,
    ArticleDraft,
    ArticleRow,
    AssetFile,
    ImportOutcome,
    LibraryInfo,
    ListQuery,
    SearchHit,
    Status,
)
from studio.library.reviews_store import ReviewDesk, rating_summary
from studio.library.snippets import make_snippet
from studio.library.writing import WritingDesk
from studio.text import detect_language, word_count

_log = logging.getLogger(__name__)
_SORT_COLUMNS = {
    "title": Article.title,
    "status": Article.status,
    "lang": Article.lang,
    "words": Article.word_count,
    "created": Article.created,
    "updated": Article.updated,
    "id": Article.id,
    "trashed": Article.trashed_at,
}

# Ids per IN (...) list when moving many articles at once: well under SQLite's limit of bound
# parameters, so trashing a whole library is a handful of statements in one transaction.
_ID_CHUNK = 500


def _chunks(ids: Iterable[int]) -> Iterator[list[int]]:
    wanted = list(dict.fromkeys(ids))
    for start in range(0, len(wanted), _ID_CHUNK):
        yield wanted[start : start + _ID_CHUNK]


def outside_trash() -> ColumnElement[bool]:
    """The condition every listing a user sees puts on articles: not in the Trash."""
    return Article.trashed_at.is_(None)


def _file_identity(path: Path) -> tuple[int, int] | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return (stat.st_dev, stat.st_ino)


def content_hash(body: str) -> str:
    """Identity of a body for duplicate detection: the same words with different spacing match."""
    return hashlib.sha256(" ".join(body.split()).encode("utf-8")).hexdigest()


def _name(value: str | None) -> str | None:
    """A person's or tag's name as stored: trimmed; blank means none."""
    if value is None:
        return None
    return value.strip() or None


def _created(model: type[Person] | type[Tag]) -> dict[str, object]:
    return {"created": utcnow()} if model is Person else {}


@dataclass(frozen=True, slots=True)
class PreparedDraft:
    """A draft with everything worked out that needs no database: safe to compute in a thread."""

    draft: ArticleDraft
    digest: str
    lang: str
    words: int
    shadow: tuple[str, str]


def prepare_batch(drafts: list[ArticleDraft]) -> list[PreparedDraft]:
    return [
        PreparedDraft(
            draft=d,
            digest=content_hash(d.body),
            lang=d.lang or detect_language(d.title + "\n" + d.body),
            words=word_count(d.body),
            shadow=fts.shadow(d.title, d.body),
        )
        for d in drafts
    ]


def _batches(drafts: Iterable[ArticleDraft], size: int) -> Iterator[list[ArticleDraft]]:
    iterator = iter(drafts)
    while batch := list(islice(iterator, size)):
        yield batch


class Library(WritingDesk, ReviewDesk, DetailsDesk):
    """One open library. Every method opens and closes its own short transaction."""

    def __init__(self, engine: Engine, path: Path) -> None:
        self.engine = engine
        self.path = path
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._identity = _file_identity(path)

    @classmethod
    def open(cls, path: Path | str | None = None) -> Library:
        target = paths.library_target(path)
        return cls(open_engine(target), target)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def _check_file(self) -> None:
        """Refuses to go on when the library file is no longer where it was opened (a drive
        pulled out, the folder renamed): SQLite would keep writing through its open handles to
        a file nobody can see any more, and the writer's work would vanish with it. When the
        file is back, or was replaced (a restore by another process), fresh connections reach
        it."""
        identity = _file_identity(self.path)
        if identity is None:
            raise LibraryGone(path=str(self.path))
        if identity != self._identity:
            self.engine.dispose()
            self._identity = identity

    @contextmanager
    def _session(self) -> Iterator[Session]:
        self._check_file()
        session = self._sessions()
        try:
            yield session
            session.commit()
        except DatabaseError as exc:
            session.rollback()
            raise self._told(exc) from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @contextmanager
    def _reading(self) -> Iterator[Connection]:
        """A connection for a few prepared reads, without an ORM session: the similar-pieces
        panel reads four times per answer, and a session's set-up cost as much as the reads.
        Errors are told as `_session` tells them."""
        self._check_file()
        try:
            with self.engine.connect() as conn:
                yield conn
        except DatabaseError as exc:
            raise self._told(exc) from exc

    def _told(self, exc: DatabaseError) -> Exception:
        """The library error a user is told for a database error."""
        if isinstance(exc, OperationalError):
            message = str(exc.orig)
            if "locked" in message or "busy" in message:
                return LibraryLocked(path=str(self.path))
            return unwritable_error(str(self.path), exc.orig)
        if isinstance(exc, IntegrityError):
            # Two programs writing the same new row at the same moment (a person, a tag, a
            # record) — not damage: nothing was written, and the same change made again goes
            # through.
            _log.warning("a write raced another program's and was refused: %s", exc.orig)
            return LibraryLocked(path=str(self.path))
        # "database disk image is malformed": damage the quick check on open did not reach.
        return LibraryCorrupt(path=str(self.path), detail=str(exc.orig))

    # -- people and tags ---------------------------------------------------------------------

    @staticmethod
    def _ids_by_name(
        session: Session, model: type[Person] | type[Tag], names: set[str], **defaults: str
    ) -> dict[str, int]:
        """Ids of people or tags by name, creating the missing ones: two or three queries for
        a whole batch, however many names it holds."""
        if not names:
            return {}
        query = select(model.name, model.id)
        found: dict[str, int] = dict(session.execute(query.where(model.name.in_(names))).all())
        missing = names - found.keys()
        if missing:
            session.execute(
                model.__table__.insert(),
                [{"name": name, **defaults} | _created(model) for name in sorted(missing)],
            )
            found.update(session.execute(query.where(model.name.in_(missing))).all())
        return found

    def people(self, role: str | None = None) -> list[str]:
        with self._session() as s:
            query = select(Person.name).order_by(Person.name)
            if role:
                query = query.where(Person.role == role)
            return list(s.scalars(query))

    def authors(self) -> list[str]:
        """Names of people who wrote at least one article."""
        with self._session() as s:
            query = (
                select(Person.name)
                .where(Person.id.in_(select(Article.author_id).where(outside_trash()).distinct()))
                .order_by(Person.name)
            )
            return list(s.scalars(query))

    def clients(self) -> list[str]:
        """Names of people at least one article was written for."""
        with self._session() as s:
            query = (
                select(Person.name)
                .where(Person.id.in_(select(Article.client_id).where(outside_trash()).distinct()))
                .order_by(Person.name)
            )
            return list(s.scalars(query))

    def tags(self) -> list[str]:
        """Tag names for the filter: a tag whose every article is in the Trash is left out (one
        no article uses any more is kept, as it always was)."""
        with self._session() as s:
            tagged = select(article_tags.c.tag_id).join(
                Article, Article.id == article_tags.c.article_id
            )
            only_trashed = Tag.id.in_(
                tagged.where(Article.trashed_at.is_not(None))
            ) & Tag.id.not_in(tagged.where(outside_trash()))
            return list(s.scalars(select(Tag.name).where(~only_trashed).order_by(Tag.name)))

    # -- adding ------------------------------------------------------------------------------

    def add_articles(self, drafts: Iterable[ArticleDraft], batch_size: int = 500) -> ImportOutcome:
        """Adds articles in batches; a body already in the library (same words, any spacing) is
        skipped and reported, never stored twice."""
        self.refresh_index()  # hashes of bodies the editor saved, for finding duplicates
        outcome = ImportOutcome()
        batches = _batches(drafts, batch_size)
        first = next(batches, None)
        if first is None:
            return outcome
        # The next batch's hashes, counts and index text (pure Python) are worked out while the
        # current one is written: SQLite lets go of the GIL while it works, so on two cores the
        # two overlap. One batch alone is done inline.
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="qalam-prepare") as pool:
            pending = pool.submit(prepare_batch, first)
            for batch in batches:
                following = pool.submit(prepare_batch, batch)
                self._add_batch(pending.result(), outcome)
                pending = following
            self._add_batch(pending.result(), outcome)
        return outcome

    def add_article(self, draft: ArticleDraft) -> int | None:
        """The new article's id, or None when the same body is already in the library."""
        outcome = self.add_articles([draft])
        return outcome.imported[0] if outcome.imported else None

    def new_draft(self, title: str, lang: str) -> int:
        """A new, empty article for the editor. Unlike `add_article` it is never refused as a
        duplicate: every empty draft has the same (empty) body."""
        outcome = ImportOutcome()
        draft = ArticleDraft(title=title, body="", lang=lang)
        self._add_batch(prepare_batch([draft]), outcome, keep_duplicates=True)
        return outcome.imported[0]

    def _add_batch(
        self,
        prepared: list[PreparedDraft],
        outcome: ImportOutcome,
        *,
        keep_duplicates: bool = False,
    ) -> None:
        drafts = [p.draft for p in prepared]
        hashes = [p.digest for p in prepared]
        now = utcnow()
        with self._session() as s:
            known: set[str] = set()
            if not keep_duplicates:
                known = set(
                    s.scalars(
                        select(Article.content_hash).where(Article.content_hash.in_(set(hashes)))
                    )
                )
            fresh = [d for d, h in zip(drafts, hashes, strict=True) if h not in known]
            writers = self._ids_by_name(
                s, Person, {n for d in fresh if (n := _name(d.author))}, role="writer"
            )
            clients = self._ids_by_name(
                s, Person, {n for d in fresh if (n := _name(d.client))}, role="client"
            )
            tag_ids = self._ids_by_name(
                s, Tag, {n for d in fresh for t in d.tags if (n := _name(t))}
            )
            rows = []
            kept: list[PreparedDraft] = []
            for item in prepared:
                draft, digest = item.draft, item.digest
                if digest in known:
                    outcome.skipped.append(draft.source_path or draft.external_id or draft.title)
                    continue
                known.add(digest)
                kept.append(item)
                created = draft.created or now
                rows.append(
                    {
                        "external_id": draft.external_id,
                        "title": draft.title,
                        "lang": item.lang,
                        "direction": draft.direction,
                        "status": Status(draft.status).value,
                        "author_id": writers.get(_name(draft.author) or ""),
                        "client_id": clients.get(_name(draft.client) or ""),
                        "target_words": draft.target_words,
                        "word_count": item.words,
                        "content_hash": digest,
                        "created": created,
                        "updated": created,
                        "version": 1,
                    }
                )
            if not rows:
                return
            ids = list(s.scalars(Article.__table__.insert().returning(Article.id), rows))
            # RETURNING over executemany keeps input order (SQLAlchemy's insertmanyvalues).
            s.execute(
                ArticleText.__table__.insert(),
                [{"article_id": i, "body": p.draft.body} for i, p in zip(ids, kept, strict=True)],
            )
            links = []
            for article_id, item in zip(ids, kept, strict=True):
                for tag in dict.fromkeys(n for t in item.draft.tags if (n := _name(t))):
                    links.append({"article_id": article_id, "tag_id": tag_ids[tag]})
            if links:
                s.execute(article_tags.insert(), links)
            for article_id, item in zip(ids, kept, strict=True):
                for asset in item.draft.assets:
                    self._store_asset(s, asset, article_id)
            fts.index_shadows(
                s.connection(), ((i, *p.shadow) for i, p in zip(ids, kept, strict=True))
            )
            outcome.imported.extend(ids)

    # -- reading -----------------------------------------------------------------------------

    def get(self, article_id: int) -> ArticleDetail:
        with self._session() as s:
            article = s.get(Article, article_id)
            if article is None:
                raise ArticleNotFound(article_id=article_id)
            return self._detail(s, article, article.text.body)

    @staticmethod
    def _conditions(query: ListQuery) -> list[ColumnElement[bool]]:
        """Filters as conditions on the articles table alone, so counting needs no joins."""
        conditions: list[ColumnElement[bool]] = [
            Article.trashed_at.is_not(None) if query.trashed else outside_trash()
        ]
        if query.status is not None:
            conditions.append(Article.status == Status(query.status).value)
        if query.author:
            conditions.append(
                Article.author_id.in_(select(Person.id).where(Person.name == query.author))
            )
        if query.client:
            conditions.append(
                Article.client_id.in_(select(Person.id).where(Person.name == query.client))
            )
        if query.tag:
            conditions.append(
                Article.id.in_(
                    select(article_tags.c.article_id)
                    .join(Tag, Tag.id == article_tags.c.tag_id)
                    .where(Tag.name == query.tag)
                )
            )
        if query.ids is not None:
            conditions.append(Article.id.in_(query.ids))
        return conditions

    def count(self, query: ListQuery | None = None) -> int:
        conditions = self._conditions(query or ListQuery())
        with self._session() as s:
            return int(s.scalar(select(func.count()).select_from(Article).where(*conditions)) or 0)

    def list(
        self, query: ListQuery | None = None, offset: int = 0, limit: int = 200
    ) -> list[ArticleRow]:
        """One page of the library table: one query, whatever the page size."""
        query = query or ListQuery()
        author = aliased(Person)
        client = aliased(Person)
        ratings = rating_summary()
        stmt = (
            select(
                Article.id,
                Article.external_id,
                Article.title,
                Article.status,
                author.name,
                client.name,
                Article.lang,
                Article.word_count,
                Article.created,
                Article.updated,
                ratings.c.rating,
                ratings.c.review_count,
                Article.trashed_at,
            )
            .outerjoin(author, Article.author_id == author.id)
            .outerjoin(client, Article.client_id == client.id)
            .outerjoin(ratings, ratings.c.article_id == Article.id)
            .where(*self._conditions(query))
        )
        sort_columns = dict(
            _SORT_COLUMNS, author=author.name, client=client.name, rating=ratings.c.rating
        )
        column = sort_columns.get(query.sort, Article.updated)
        order = column.desc() if query.descending else column.asc()
        tie = Article.id.desc() if query.descending else Article.id.asc()
        stmt = stmt.order_by(order, tie).offset(offset).limit(limit)
        with self._session() as s:
            return [
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
                    created=row[8],
                    updated=row[9],
                    trashed_at=row[12],
                )
                for row in s.execute(stmt)
            ]

    def word_in_library(self, word: str, articles: int = 2, besides: int | None = None) -> bool:
        """Whether `word` occurs, in any of its forms, in at least `articles` articles of the
        library other than `besides` (the one being written): the spelling check takes such a
        word (a name, a term of the writer's field) as known. Reads the search index as it
        stands, without waiting to refresh it."""
        with self._reading() as conn:
            found = fts.articles_with_word(conn, word, articles, besides or 0)
        return found >= articles

    def search(self, query: str, limit: int = 50) -> list[SearchHit]:
        """Articles whose title or body holds every word of `query`, whatever their diacritics,
        tatweel or alef/ya/ta-marbuta forms, best first, each with a highlighted snippet."""
        self.refresh_index()  # bodies the editor saved since the last search
        _phrases, singles = fts.query_terms(query)
        terms = singles + [w for p in _phrases for w in p]
        with self._session() as s:
            ranked = fts.search_ids(s.connection(), query, limit)
            if not ranked:
                return []
            ids = [article_id for article_id, _score in ranked]
            rows = {
                row[0]: row
                for row in s.execute(
                    select(
                        Article.id,
                        Article.external_id,
                        Article.title,
                        Article.status,
                        Article.lang,
                        func.substr(ArticleText.body, 1, 20000),
                    )
                    .join(ArticleText, ArticleText.article_id == Article.id)
                    .where(Article.id.in_(ids))
                )
            }
        hits = []
        for article_id, score in ranked:
            row = rows.get(article_id)
            if row is None:
                continue
            snippet, highlights = make_snippet(row[5], terms)
            hits.append(
                SearchHit(
                    id=row[0],
                    external_id=row[1],
                    title=row[2],
                    status=Status(row[3]),
                    lang=row[4],
                    score=round(score, 4),
                    snippet=snippet,
                    highlights=highlights,
                )
            )
        return hits

    # -- changing ----------------------------------------------------------------------------

    def update(
        self,
        article_id: int,
        *,
        title: str | None = None,
        body: str | None = None,
        expected_version: int | None = None,
        reason: str = "update",
    ) -> ArticleDetail:
        """Changes title and/or body and records a revision. With `expected_version`, a change
        made elsewhere in the meantime raises `VersionConflict` instead of being overwritten."""
        try:
            with self._session() as s:
                article = article_at_version(s, article_id, expected_version)
                has_history = s.scalar(
                    select(Revision.id).where(Revision.article_id == article_id).limit(1)
                )
                if has_history is None:
                    # The first change keeps the original as the first revision, so imports cost
                    # no extra copy until someone edits.
                    s.add(
                        Revision(
                            article_id=article_id,
                            reason="original",
                            title=article.title,
                            body=article.text.body,
                            created=article.created,
                        )
                    )
                if title is not None:
                    article.title = title
                if body is not None:
                    self._follow_external_change(s, article_id, article.text.body, body)
                    article.text.body = body
                    article.word_count = word_count(body)
                    article.content_hash = content_hash(body)
                article.updated = utcnow()
                s.flush()
                s.add(
                    Revision(
                        article_id=article_id,
                        reason=reason,
                        title=article.title,
                        body=article.text.body,
                    )
                )
                fts.reindex(s.connection(), article_id, article.title, article.text.body)
        except StaleDataError as exc:
            current = self.get(article_id).version
            raise VersionConflict(
                article_id=article_id, current=current, expected=expected_version or current - 1
            ) from exc
        return self.get(article_id)

    def delete(self, article_ids: list[int]) -> int:
        with self._session() as s:
            found = list(s.scalars(select(Article).where(Article.id.in_(article_ids))))
            for article in found:
                s.delete(article)
            fts.unindex(s.connection(), [a.id for a in found])
            return len(found)

    # -- the Trash ---------------------------------------------------------------------------

    def move_to_trash(self, article_ids: Iterable[int]) -> list[int]:
        """Moves the articles to the Trash in one transaction; the ids actually moved (those
        that exist and were not in it already), for an Undo to put back. Nothing is deleted;
        the version is left alone (a Core update, not the ORM's), so an editor holding the
        article meets no conflict and the similar-pieces row stays valid for a restore."""
        now = utcnow()
        moved: list[int] = []
        with self._session() as s:
            table = Article.__table__
            for chunk in _chunks(article_ids):
                ids = list(
                    s.scalars(select(Article.id).where(Article.id.in_(chunk), outside_trash()))
                )
                if ids:
                    s.execute(update(table).where(table.c.id.in_(ids)).values(trashed_at=now))
                    moved.extend(ids)
        return moved

    def restore_from_trash(self, article_ids: Iterable[int]) -> list[int]:
        """Takes the articles out of the Trash, as they were; the ids actually restored."""
        restored: list[int] = []
        with self._session() as s:
            table = Article.__table__
            for chunk in _chunks(article_ids):
                ids = list(
                    s.scalars(
                        select(Article.id).where(
                            Article.id.in_(chunk), Article.trashed_at.is_not(None)
                        )
                    )
                )
                if ids:
                    s.execute(update(table).where(table.c.id.in_(ids)).values(trashed_at=None))
                    restored.extend(ids)
        return restored

    def existing_ids(self, article_ids: Iterable[int]) -> set[int]:
        """Those of the ids that name an article, in the Trash or not."""
        found: set[int] = set()
        with self._session() as s:
            for chunk in _chunks(article_ids):
                found.update(s.scalars(select(Article.id).where(Article.id.in_(chunk))))
        return found

    def trashed_ids(self, article_ids: Iterable[int] | None = None) -> list[int]:
        """The articles in the Trash (of `article_ids` when given), newest trashed first."""
        stmt = select(Article.id).where(Article.trashed_at.is_not(None))
        stmt = stmt.order_by(Article.trashed_at.desc(), Article.id.desc())
        with self._session() as s:
            if article_ids is None:
                return list(s.scalars(stmt))
            found: set[int] = set()
            for chunk in _chunks(article_ids):
                found.update(s.scalars(stmt.where(Article.id.in_(chunk))))
            return [i for i in dict.fromkeys(article_ids) if i in found]

    def delete_permanently(self, article_ids: Iterable[int]) -> list[int]:
        """Deletes for good those of the articles that are in the Trash (an article outside
        it is never deleted here: it has to be moved to the Trash first); the ids deleted."""
        doomed = self.trashed_ids(article_ids)
        for chunk in _chunks(doomed):
            self.delete(chunk)
        return doomed

    def empty_trash(self) -> list[int]:
        """Deletes for good every article in the Trash; the ids deleted."""
        return self.delete_permanently(self.trashed_ids())

    def trash_count(self) -> int:
        with self._session() as s:
            stmt = select(func.count()).select_from(Article).where(Article.trashed_at.is_not(None))
            return int(s.scalar(stmt) or 0)

    # -- figures -----------------------------------------------------------------------------

    def info(self) -> LibraryInfo:
        with self._session() as s:
            # The figures are those of the library a user sees: articles in the Trash are
            # counted apart, in `trashed`.
            kept = outside_trash()
            by_status = dict(
                s.execute(
                    select(Article.status, func.count()).where(kept).group_by(Article.status)
                ).all()
            )
            by_lang = dict(
                s.execute(
                    select(Article.lang, func.count()).where(kept).group_by(Article.lang)
                ).all()
            )
            words = s.scalar(select(func.coalesce(func.sum(Article.word_count), 0)).where(kept))
            people = s.scalar(select(func.count(Person.id)))
            tags = s.scalar(select(func.count(Tag.id)))
            revisions = s.scalar(
                select(func.count(Revision.id)).where(
                    Revision.article_id.in_(select(Article.id).where(kept))
                )
            )
            trashed = s.scalar(
                select(func.count()).select_from(Article).where(Article.trashed_at.is_not(None))
            )
        size = sum(p.stat().st_size for p in (self.path, Path(f"{self.path}-wal")) if p.exists())
        return LibraryInfo(
            path=str(self.path),
            schema=current_revision(self.engine) or "",
            articles=sum(by_status.values()),
            words=int(words or 0),
            by_status={str(k): int(v) for k, v in by_status.items()},
            by_lang={str(k): int(v) for k, v in by_lang.items()},
            people=int(people or 0),
            tags=int(tags or 0),
            revisions=int(revisions or 0),
            size_bytes=size,
            trashed=int(trashed or 0),
        )

    # -- assets ------------------------------------------------------------------------------

    @staticmethod
    def _store_asset(session: Session, asset: AssetFile, article_id: int | None = None) -> int:
        """The asset's row id, storing it if its content is new; linked to the article if given."""
        asset_id = session.scalar(select(Asset.id).where(Asset.sha256 == asset.sha256))
        if asset_id is None:
            row = Asset(
                sha256=asset.sha256,
                mime=asset.mime,
                filename=asset.filename[:300],
                size=len(asset.data),
                data=asset.data,
            )
            session.add(row)
            session.flush()
            asset_id = row.id
        if article_id is not None:
            session.execute(
                article_assets.insert()
                .prefix_with("OR IGNORE", dialect="sqlite")
                .values(article_id=article_id, asset_id=asset_id)
            )
        return asset_id

    def add_asset(self, data: bytes, mime: str, filename: str) -> str:
        """Stores a file once per content and returns its SHA-256, which bodies use as
        `asset:SHA256` (in Markdown: `![description](asset:SHA256)`)."""
        digest = hashlib.sha256(data).hexdigest()
        with self._session() as s:
            self._store_asset(s, AssetFile(digest, mime, filename, data))
        return digest

    def asset(self, sha256: str) -> AssetFile | None:
        with self._session() as s:
            row = s.scalar(select(Asset).where(Asset.sha256 == sha256.lower()))
            if row is None:
                return None
            return AssetFile(row.sha256, row.mime, row.filename, row.data)

    def check_flags(self, article_ids: list[int]) -> dict[int, str]:
        """The stored checklist flag of each of `article_ids` that has been checked."""
        from studio.library import checks_store

        found = checks_store.flags(self, article_ids)
        return {int(article_id): flag for article_id, flag in found.items()}

    def is_empty(self) -> bool:
        with self._session() as s:
            return s.scalar(select(Article.id).limit(1)) is None
