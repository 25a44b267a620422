"""The writing desk's side of the library: saving from the editor, revisions, authorship records
and paragraph directions. `Library` inherits these methods; they use its sessions.

Saving is the hot path (autosave every 2 s of idle typing): one short transaction that writes
the body, its counts and the record, and nothing that grows with the article's length beyond
hashing it. Counting words only looks at the stretch that changed since the last save; the
search index entry and the duplicate-finding hash are marked stale and refreshed before the next
search or import (`refresh_index`).

Revisions: "original" (the text before the first change, kept lazily), "autosave" (at most one
a minute while writing, thinned as in `thinning`), "manual", "status", "update" (scripted),
"before_restore" and "restore". Only autosave snapshots are ever thinned away.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Mapping
from contextlib import AbstractContextManager
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import delete, func, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from studio.authorship import AuthorshipMismatch, AuthorshipRecord, Origin, follow_edit
from studio.library import fts, overrides
from studio.library.details import ArticleDetails, apply_details
from studio.library.errors import ArticleNotFound, RevisionNotFound, VersionConflict
from studio.library.models import (
    Article,
    ArticleText,
    Authorship,
    ParagraphDirections,
    Revision,
    StaleSearchEntry,
    utcnow,
)
from studio.library.records import ArticleDetail, RevisionDetail, RevisionInfo, Status
from studio.library.reviews_store import follow_comments
from studio.library.thinning import PERIOD, THINNED_REASON, revisions_to_keep
from studio.text import detect_language
from studio.text.counts import minutes_for, word_tally
from studio.text.diff import common_prefix, common_suffix

if TYPE_CHECKING:
    from pathlib import Path

_log = logging.getLogger(__name__)
MANUAL = "manual"
# Reasons the editor passes for its automatic saves; all follow the periodic-snapshot policy.
AUTOMATIC_REASONS = frozenset({"autosave", "switch", "focus", "close", "idle"})


def body_hash(body: str) -> str:
    """Identity of the exact text an authorship record describes (unlike `content_hash`, which
    ignores spacing to find duplicates)."""
    return hashlib.sha256(body.encode("utf-8", "surrogatepass")).hexdigest()


def _content_hash(body: str) -> str:
    # Imported here, not at the top: service imports this module to build `Library`.
    from studio.library.service import content_hash

    return content_hash(body)


def _changed_window(old: str, new: str) -> tuple[int, int, int]:
    """(start, old_end, new_end) of the stretch that differs between `old` and `new`, widened to
    whitespace on both sides: no word crosses its edges, so counting the words of the stretch
    before and after gives the change in the count of the whole text."""
    start = common_prefix(old, new)
    tail = common_suffix(old[start:], new[start:])
    while start > 0 and not old[start - 1].isspace():
        start -= 1
    while tail > 0 and not old[len(old) - tail].isspace():
        tail -= 1
    return start, len(old) - tail, len(new) - tail


class WritingDesk:
    """Mixin for `Library`: see the module docstring."""

    path: Path
    _session: Callable[[], AbstractContextManager[Session]]
    # article id -> (version, words, Arabic words) of the body last saved or read here, so the
    # next save counts only what changed.
    _tallies: dict[int, tuple[int, int, int]]

    def _tally_cache(self) -> dict[int, tuple[int, int, int]]:
        cache = self.__dict__.get("_tallies")
        if cache is None:
            cache = self._tallies = {}
        return cache

    # -- saving ------------------------------------------------------------------------------

    def save(
        self,
        article_id: int,
        *,
        title: str,
        body: str,
        expected_version: int,
        authorship: AuthorshipRecord | None = None,
        reason: str = "autosave",
        direction: str | None = None,
        paragraph_directions: Mapping[int, str] | None = None,
        details: ArticleDetails | None = None,
    ) -> ArticleDetail:
        """The editor's save: title, body, optionally the authorship record (in code points of
        `body`), the article's default direction ('auto', 'rtl', 'ltr'), per-paragraph
        overrides (line index -> direction; 'auto' or absent means none) and the article's
        details (author, client, tags, target; `studio.library.details`), all in one
        transaction and one new version.

        Raises `VersionConflict` when the article is no longer at `expected_version` (changed by
        another window, process or `qalam update`): nothing is written. `reason` "manual" always
        keeps a snapshot; the automatic reasons ("autosave", "switch", "focus", "close") keep one
        at most a minute apart and thin the older ones. Saving what is already stored changes
        nothing (the version stays). A record that does not cover `body`, or overrides of lines
        the body does not have, are logged and left out rather than refusing the text.
        """
        if direction is not None:
            overrides.check_direction(direction)
        if details is not None:
            details = details.clean()  # a refused value refuses the save before it starts
        if authorship is not None and len(authorship) != len(body):
            # Bookkeeping gone wrong must never cost the writer their text: the body is saved,
            # and what changed since the last good record becomes "unknown".
            _log.warning(
                "article %s: an authorship record of %s characters for a body of %s was ignored",
                article_id,
                len(authorship),
                len(body),
            )
            authorship = None
        now = utcnow()
        try:
            with self._session() as s:
                article = self._article(s, article_id)
                if article.version != expected_version:
                    raise VersionConflict(
                        article_id=article_id, current=article.version, expected=expected_version
                    )
                old_body = article.text.body
                text_changed = title != article.title or body != old_body
                changed = text_changed or (direction is not None and direction != article.direction)
                newest = self._newest_revision(s, article_id)
                if text_changed and newest is None:
                    self._keep_original(s, article, old_body)
                # Before the text's changes below: it looks people and tags up (queries), and a
                # query after those changes would flush them and raise the version twice.
                if details is not None and apply_details(s, article, details):
                    changed = True
                # Every change to the article row first, then one flush: the version goes up
                # by exactly one (a query in between would flush and bump it twice).
                with s.no_autoflush:
                    if body != old_body:
                        self._store_counts(article, old_body, body)
                    if changed:
                        article.title = title
                        article.direction = direction or article.direction
                        article.updated = now
                s.flush()
                self._remember_tally(article)
                if body != old_body:
                    authorship = self._carry_or_store_authorship(
                        s, article_id, old_body, body, authorship
                    )
                    follow_comments(s, article_id, old_body, body)
                elif authorship is not None:
                    self._store_authorship(s, article_id, body, authorship)
                if paragraph_directions is not None:
                    self._store_paragraph_directions(s, article_id, body, paragraph_directions)
                if text_changed:
                    self._mark_stale(s, article_id)
                record_json = authorship.to_json() if authorship is not None else None
                if reason == MANUAL:
                    self._manual_snapshot(s, article, body, newest, record_json)
                elif text_changed and (newest is None or now - newest[1] >= PERIOD):
                    self._add_revision(s, article, body, THINNED_REASON, record_json, now)
                    self._thin(s, article_id, now)
                return self._detail(s, article, body)
        except StaleDataError as exc:
            self._tally_cache().pop(article_id, None)
            raise self._conflict(article_id, expected_version) from exc
        except BaseException:
            # Nothing was written: counts remembered for the new text must not outlive it.
            self._tally_cache().pop(article_id, None)
            raise

    def snapshot(self, article_id: int, reason: str = "status") -> RevisionInfo:
        """Keeps the article as it is now as a revision that is never thinned (the review
        workflow calls this on every status change)."""
        if reason == THINNED_REASON:
            raise ValueError("periodic snapshots are taken by save()")
        with self._session() as s:
            article = self._article(s, article_id)
            record = s.get(Authorship, article_id)
            row = self._add_revision(
                s, article, article.text.body, reason, record.record if record else None, utcnow()
            )
            s.flush()
            return self._info(row, row.words or 0)

    # -- history -----------------------------------------------------------------------------

    def revisions(self, article_id: int) -> list[RevisionInfo]:
        """The article's snapshots, newest first, without their bodies."""
        with self._session() as s:
            self._article(s, article_id)
            rows = list(
                s.execute(
                    select(
                        Revision.id,
                        Revision.created,
                        Revision.reason,
                        Revision.title,
                        Revision.words,
                    )
                    .where(Revision.article_id == article_id)
                    .order_by(Revision.created.desc(), Revision.id.desc())
                )
            )
            # Rows from before word counts were kept: counted once, then remembered.
            missing = [r.id for r in rows if r.words is None]
            counted: dict[int, int] = {}
            for rev in s.scalars(select(Revision).where(Revision.id.in_(missing))):
                rev.words = counted[rev.id] = word_tally(rev.body)[0]
            return [
                RevisionInfo(
                    id=r.id,
                    article_id=article_id,
                    created=r.created,
                    reason=r.reason,
                    title=r.title,
                    words=r.words if r.words is not None else counted[r.id],
                )
                for r in rows
            ]

    def revision(self, revision_id: int) -> RevisionDetail:
        with self._session() as s:
            row = s.get(Revision, revision_id)
            if row is None:
                raise RevisionNotFound(revision_id=revision_id, article_id=None)
            record = None
            if row.authorship:
                try:
                    record = AuthorshipRecord.from_json(row.authorship)
                except AuthorshipMismatch:
                    record = None
                if record is not None and len(record) != len(row.body):
                    record = None
            return RevisionDetail(
                id=row.id,
                article_id=row.article_id,
                created=row.created,
                reason=row.reason,
                title=row.title,
                words=row.words if row.words is not None else word_tally(row.body)[0],
                body=row.body,
                authorship=record,
            )

    def restore(self, article_id: int, revision_id: int, expected_version: int) -> ArticleDetail:
        """Puts a revision's title and body back. The text being replaced is kept first (unless
        a snapshot already holds it), and the restore itself becomes a new revision."""
        now = utcnow()
        try:
            with self._session() as s:
                article = self._article(s, article_id)
                if article.version != expected_version:
                    raise VersionConflict(
                        article_id=article_id, current=article.version, expected=expected_version
                    )
                rev = s.get(Revision, revision_id)
                if rev is None or rev.article_id != article_id:
                    raise RevisionNotFound(revision_id=revision_id, article_id=article_id)
                old_body = article.text.body
                stored = s.get(Authorship, article_id)
                if not self._is_snapshotted(s, article_id, article.title, old_body):
                    self._add_revision(
                        s,
                        article,
                        old_body,
                        "before_restore",
                        stored.record if stored else None,
                        now,
                    )
                record = self._revision_record(rev)
                if record is None:
                    current = self._load_authorship(s, article_id, old_body)
                    record = follow_edit(current, old_body, rev.body)
                with s.no_autoflush:
                    self._store_counts(article, old_body, rev.body)
                    article.title = rev.title
                    article.updated = now
                s.flush()
                self._remember_tally(article)
                self._store_authorship(s, article_id, rev.body, record)
                follow_comments(s, article_id, old_body, rev.body)
                self._mark_stale(s, article_id)
                self._add_revision(s, article, rev.body, "restore", record.to_json(), now)
                return self._detail(s, article, rev.body)
        except StaleDataError as exc:
            self._tally_cache().pop(article_id, None)
            raise self._conflict(article_id, expected_version) from exc
        except BaseException:
            # Nothing was written: counts remembered for the new text must not outlive it.
            self._tally_cache().pop(article_id, None)
            raise

    # -- authorship and directions -----------------------------------------------------------

    def authorship(self, article_id: int) -> AuthorshipRecord:
        """The record of the article's current body, in code points. A body never edited here
        is all "imported"; text changed where no record was kept is "unknown"."""
        with self._session() as s:
            article = self._article(s, article_id)
            body = article.text.body
            record = self._load_authorship(s, article_id, body)
            # The editor asks for this when it opens an article: count its words now, so its
            # first save only counts what changed.
            if article.id not in self._tally_cache() or (
                self._tally_cache()[article.id][0] != article.version
            ):
                words, arabic = word_tally(body)
                self._tally_cache()[article.id] = (article.version, words, arabic)
            return record

    def paragraph_directions(self, article_id: int) -> dict[int, str]:
        """Per-paragraph direction overrides (line index -> 'rtl'/'ltr') for the current body."""
        with self._session() as s:
            article = self._article(s, article_id)
            row = s.get(ParagraphDirections, article_id)
            return overrides.decode(row.overrides, article.text.body) if row else {}

    def refresh_index(self) -> int:
        """Brings the search index and duplicate-finding hashes up to date with bodies saved
        since the last search or import (both do this first); returns how many articles were
        re-indexed. The editor may also call it when idle or on closing."""
        with self._session() as s:
            ids = list(s.scalars(select(StaleSearchEntry.article_id)))
            if not ids:
                return 0
            rows = s.execute(
                select(Article.id, Article.title, ArticleText.body)
                .join(ArticleText, ArticleText.article_id == Article.id)
                .where(Article.id.in_(ids))
            )
            for article_id, title, body in rows.all():
                fts.reindex(s.connection(), article_id, title, body)
                # A plain UPDATE: housekeeping must not raise the version, or the editor's next
                # save would look like a conflict.
                s.execute(
                    update(Article.__table__)
                    .where(Article.__table__.c.id == article_id)
                    .values(content_hash=_content_hash(body))
                )
            s.execute(delete(StaleSearchEntry).where(StaleSearchEntry.article_id.in_(ids)))
            return len(ids)

    # -- for other library methods -----------------------------------------------------------

    def _follow_external_change(self, s: Session, article_id: int, old: str, new: str) -> None:
        """Called by `update` before a body is replaced outside the editor: whatever changed
        becomes "unknown" in the record."""
        if old != new:
            # No flush from here: `update` may have changed the title already, and a flush now
            # plus its own later would raise the version twice.
            with s.no_autoflush:
                self._carry_or_store_authorship(s, article_id, old, new, None)
                follow_comments(s, article_id, old, new)
            self._tally_cache().pop(article_id, None)

    # -- helpers -----------------------------------------------------------------------------

    @staticmethod
    def _article(s: Session, article_id: int) -> Article:
        article = s.get(Article, article_id)
        if article is None:
            raise ArticleNotFound(article_id=article_id)
        return article

    def _conflict(self, article_id: int, expected: int) -> VersionConflict:
        with self._session() as s:
            current = self._article(s, article_id).version
        return VersionConflict(article_id=article_id, current=current, expected=expected)

    @staticmethod
    def _newest_revision(s: Session, article_id: int) -> tuple[int, datetime] | None:
        row = s.execute(
            select(Revision.id, Revision.created)
            .where(Revision.article_id == article_id)
            .order_by(Revision.created.desc(), Revision.id.desc())
            .limit(1)
        ).first()
        return (row[0], row[1]) if row else None

    @staticmethod
    def _is_snapshotted(s: Session, article_id: int, title: str, body: str) -> bool:
        row = s.execute(
            select(Revision.title, Revision.body)
            .where(Revision.article_id == article_id)
            .order_by(Revision.created.desc(), Revision.id.desc())
            .limit(1)
        ).first()
        return row is not None and row[0] == title and row[1] == body

    def _keep_original(self, s: Session, article: Article, body: str) -> None:
        stored = s.get(Authorship, article.id)
        s.add(
            Revision(
                article_id=article.id,
                reason="original",
                title=article.title,
                body=body,
                created=article.created,
                words=article.word_count,
                # Never edited here: the whole text is as imported.
                authorship=stored.record
                if stored
                else AuthorshipRecord.imported(len(body)).to_json(),
            )
        )

    @staticmethod
    def _add_revision(
        s: Session, article: Article, body: str, reason: str, record: str | None, now: datetime
    ) -> Revision:
        row = Revision(
            article_id=article.id,
            reason=reason,
            title=article.title,
            body=body,
            created=now,
            words=article.word_count,
            authorship=record,
        )
        s.add(row)
        return row

    def _manual_snapshot(
        self,
        s: Session,
        article: Article,
        body: str,
        newest: tuple[int, datetime] | None,
        record: str | None,
    ) -> None:
        """Ctrl+S keeps a snapshot; pressed again on the same text it adds none, but pins the
        periodic snapshot holding that text so thinning never removes it."""
        if newest is not None and self._is_snapshotted(s, article.id, article.title, body):
            row = s.get(Revision, newest[0])
            if row is not None and row.reason == THINNED_REASON:
                row.reason = MANUAL
            return
        self._add_revision(s, article, body, MANUAL, record, utcnow())

    @staticmethod
    def _thin(s: Session, article_id: int, now: datetime) -> None:
        rows = list(
            s.execute(
                select(Revision.id, Revision.created).where(
                    Revision.article_id == article_id, Revision.reason == THINNED_REASON
                )
            )
        )
        keep = revisions_to_keep([r.created for r in rows], now)
        drop = [r.id for i, r in enumerate(rows) if i not in keep]
        if drop:
            s.execute(delete(Revision).where(Revision.id.in_(drop)))

    def _store_counts(self, article: Article, old: str, new: str) -> None:
        """Word count, hash and language of a new body; counting only the changed stretch when
        the counts of the old body are known."""
        cached = self._tally_cache().get(article.id)
        if cached is not None and cached[0] == article.version and cached[1] == article.word_count:
            start, old_end, new_end = _changed_window(old, new)
            before = word_tally(old[start:old_end])
            after = word_tally(new[start:new_end])
            words = cached[1] - before[0] + after[0]
            arabic = cached[2] - before[1] + after[1]
        else:
            words, arabic = word_tally(new)
        article.text.body = new
        article.word_count = words
        # The duplicate-finding hash (a third of a long save's time) is brought up to date with
        # the search index, by `refresh_index`, before the next search or import.
        article.lang = detect_language(article.title + "\n" + new, default=article.lang)
        # Remembered against the version the flush is about to give the article.
        self._tally_cache()[article.id] = (-1, words, arabic)

    def _remember_tally(self, article: Article) -> None:
        cached = self._tally_cache().get(article.id)
        if cached is not None and cached[0] == -1:
            self._tally_cache()[article.id] = (article.version, cached[1], cached[2])

    def _minutes(self, article: Article, body: str) -> int:
        cached = self._tally_cache().get(article.id)
        if cached is not None and cached[0] == article.version:
            return minutes_for(cached[1], cached[2])
        words, arabic = word_tally(body)
        self._tally_cache()[article.id] = (article.version, words, arabic)
        return minutes_for(words, arabic)

    @staticmethod
    def _mark_stale(s: Session, article_id: int) -> None:
        if s.get(StaleSearchEntry, article_id) is None:
            s.add(StaleSearchEntry(article_id=article_id))

    def _store_authorship(
        self, s: Session, article_id: int, body: str, record: AuthorshipRecord
    ) -> None:
        row = s.get(Authorship, article_id)
        data = record.to_json()
        digest = body_hash(body)
        if row is None:
            # An insert that becomes an update when another process (`qalam update`, a second
            # studio) stored the article's first record since the read above: a plain insert
            # failed a unique constraint there.
            values = {"body_hash": digest, "record": data, "updated": utcnow()}
            s.execute(
                sqlite_insert(Authorship)
                .values(article_id=article_id, **values)
                .on_conflict_do_update(index_elements=[Authorship.article_id], set_=values)
            )
        elif row.record != data or row.body_hash != digest:
            row.record, row.body_hash, row.updated = data, digest, utcnow()

    def _carry_or_store_authorship(
        self,
        s: Session,
        article_id: int,
        old: str,
        new: str,
        record: AuthorshipRecord | None,
    ) -> AuthorshipRecord:
        if record is None:
            # Saved without a record: what changed is of unknown origin.
            record = follow_edit(self._load_authorship(s, article_id, old), old, new)
        self._store_authorship(s, article_id, new, record)
        return record

    def _load_authorship(self, s: Session, article_id: int, body: str) -> AuthorshipRecord:
        """The stored record matched to `body`: as stored when its hash agrees; else carried over
        from the revision it was made for; else all "unknown". Never wrong, at worst vague."""
        row = s.get(Authorship, article_id)
        if row is None:
            return AuthorshipRecord.imported(len(body))
        record = _parse(row.record)
        digest = body_hash(body)
        if record is not None and row.body_hash == digest and len(record) == len(body):
            return record
        if record is not None:
            for old in s.scalars(
                select(Revision.body)
                .where(Revision.article_id == article_id, func.length(Revision.body) == len(record))
                .order_by(Revision.created.desc(), Revision.id.desc())
            ):
                if body_hash(old) == row.body_hash:
                    return follow_edit(record, old, body)
        return AuthorshipRecord(len(body), Origin.UNKNOWN)

    @staticmethod
    def _revision_record(rev: Revision) -> AuthorshipRecord | None:
        record = _parse(rev.authorship) if rev.authorship else None
        return record if record is not None and len(record) == len(rev.body) else None

    @staticmethod
    def _store_paragraph_directions(
        s: Session, article_id: int, body: str, wanted: Mapping[int, str]
    ) -> None:
        data = overrides.encode(body, wanted)
        row = s.get(ParagraphDirections, article_id)
        if row is None:
            s.add(ParagraphDirections(article_id=article_id, overrides=data))
        elif row.overrides != data:
            row.overrides = data

    @staticmethod
    def _info(row: Revision, words: int) -> RevisionInfo:
        return RevisionInfo(
            id=row.id,
            article_id=row.article_id,
            created=row.created,
            reason=row.reason,
            title=row.title,
            words=words,
        )

    def _detail(self, s: Session, article: Article, body: str) -> ArticleDetail:
        revisions = s.scalar(
            select(func.count(Revision.id)).where(Revision.article_id == article.id)
        )
        directions = s.get(ParagraphDirections, article.id)
        return ArticleDetail(
            id=article.id,
            external_id=article.external_id,
            title=article.title,
            body=body,
            lang=article.lang,
            direction=article.direction,
            status=Status(article.status),
            author=article.author.name if article.author else None,
            client=article.client.name if article.client else None,
            tags=sorted(t.name for t in article.tags),
            target_words=article.target_words,
            words=article.word_count,
            reading_minutes=self._minutes(article, body),
            created=article.created,
            updated=article.updated,
            version=article.version,
            revisions=int(revisions or 0),
            paragraph_directions=overrides.decode(directions.overrides, body) if directions else {},
            trashed_at=article.trashed_at,
        )


def _parse(data: str) -> AuthorshipRecord | None:
    try:
        return AuthorshipRecord.from_json(data)
    except AuthorshipMismatch:
        return None
