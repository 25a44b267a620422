"""The review side of the library: status changes with their history, reviews and ratings,
anchored comments, and the local people who make them. `Library` inherits these methods and
uses its sessions; the rules themselves live in `studio.review`.

Status changes write the status with a plain UPDATE, not through the ORM: the article's version
counts changes of its text, and an editor holding version N must not see a conflict because
someone moved the piece to "approved" meanwhile.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from studio.library.errors import (
    ArticleNotFound,
    CommentNotFound,
    EmptyComment,
    InvalidRating,
    InvalidRubric,
    InvalidTransition,
    QuoteNotFound,
    ReasonRequired,
)
from studio.library.models import Article, ArticleText, Person, utcnow
from studio.library.records import Status
from studio.library.review_models import CommentRow, ReviewRow, StatusChangeRow

# `workflow` imports the library's records; taken as a module (not names) so importing either
# package first works.
from studio.review import workflow as review_workflow
from studio.review.anchoring import (
    Anchor,
    changed_window,
    find_quote,
    follow_change,
    locate,
    make_anchor,
)
from studio.review.rating import DEFAULT_CRITERIA, Verdict, mean_rating, rating_problem
from studio.review.rating import rubric_problem as _rubric_problem
from studio.review.records import Comment, PersonPage, Review, StatusChange

if TYPE_CHECKING:
    from sqlalchemy import Subquery

ROLES = ("writer", "editor", "client")


def rating_summary() -> Subquery:
    """Per article: mean stars and number of reviews, for joining onto a listing (one
    aggregate over the reviews table instead of a query per row)."""
    return (
        select(
            ReviewRow.article_id.label("article_id"),
            func.avg(ReviewRow.stars).label("rating"),
            func.count(ReviewRow.id).label("review_count"),
        )
        .group_by(ReviewRow.article_id)
        .subquery("ratings")
    )


def _clean(text: str | None) -> str | None:
    if text is None:
        return None
    return text.strip() or None


class ReviewDesk:
    """Mixin for `Library`: see the module docstring."""

    if TYPE_CHECKING:

        def _session(self) -> AbstractContextManager[Session]: ...

        @staticmethod
        def _ids_by_name(
            session: Session, model: Any, names: set[str], **defaults: str
        ) -> dict[str, int]: ...

    # -- people ------------------------------------------------------------------------------

    def set_person(self, name: str, role: str) -> None:
        """The local profile (or anyone else's): creates the person or changes their role."""
        name = _clean(name) or ""
        if not name or role not in ROLES:
            raise ValueError(f"a person needs a name and one of the roles {', '.join(ROLES)}")
        with self._session() as s:
            person_id = self._ids_by_name(s, Person, {name}, role=role)[name]
            s.execute(update(Person).where(Person.id == person_id).values(role=role))

    def person_role(self, name: str) -> str | None:
        with self._session() as s:
            return s.scalar(select(Person.role).where(Person.name == name.strip()))

    def _person_id(self, s: Session, name: str | None, role: str) -> int | None:
        """Id of the named person, created with `role` when new (an existing person keeps
        theirs: a writer who also reviews stays a writer)."""
        name = _clean(name)
        if name is None:
            return None
        return self._ids_by_name(s, Person, {name}, role=role)[name]

    def person_page(self, name: str) -> PersonPage | None:
        """An author's (or client's) figures: their articles, words written, average rating of
        those articles' reviews and a status breakdown; as a client, how many pieces are theirs.
        Four aggregate queries whatever the library's size; None for an unknown name."""
        with self._session() as s:
            person = s.execute(
                select(Person.id, Person.name, Person.role).where(Person.name == name.strip())
            ).first()
            if person is None:
                return None
            pid = person[0]
            # A person's figures count only what the library shows: not articles in the Trash.
            kept = Article.trashed_at.is_(None)
            by_status = dict(
                s.execute(
                    select(Article.status, func.count())
                    .where(Article.author_id == pid, kept)
                    .group_by(Article.status)
                ).all()
            )
            words = s.scalar(
                select(func.coalesce(func.sum(Article.word_count), 0)).where(
                    Article.author_id == pid, kept
                )
            )
            stars = s.execute(
                select(func.avg(ReviewRow.stars), func.count(ReviewRow.id))
                .join(Article, Article.id == ReviewRow.article_id)
                .where(Article.author_id == pid, kept)
            ).one()
            client_articles = s.scalar(
                select(func.count()).select_from(Article).where(Article.client_id == pid, kept)
            )
        return PersonPage(
            name=person[1],
            role=person[2],
            articles=sum(by_status.values()),
            words=int(words or 0),
            rating=None if stars[0] is None else round(float(stars[0]), 1),
            reviews=int(stars[1] or 0),
            by_status={str(k): int(v) for k, v in by_status.items()},
            client_articles=int(client_articles or 0),
        )

    @staticmethod
    def _names(s: Session, ids: set[int | None]) -> dict[int, str]:
        wanted = {i for i in ids if i is not None}
        if not wanted:
            return {}
        return dict(s.execute(select(Person.id, Person.name).where(Person.id.in_(wanted))).all())

    # -- status ------------------------------------------------------------------------------

    def set_status(
        self,
        article_id: int,
        new: Status | str,
        by: str | None = None,
        reason: str | None = None,
    ) -> StatusChange:
        """Moves the article through the workflow (`studio.review.workflow`), recording who, when
        and why. A move the workflow does not allow, or a missing reason where one is needed,
        raises and changes nothing."""
        target = Status.parse(new) if isinstance(new, str) else Status(new)
        reason = _clean(reason)
        with self._session() as s:
            change = self._move(s, article_id, target, by, reason)
        snapshot = getattr(self, "snapshot", None)
        if callable(snapshot):
            # The text as it stood when the piece changed hands (revisions engineer's API).
            snapshot(article_id, reason="status")
        return change

    def _move(
        self, s: Session, article_id: int, target: Status, by: str | None, reason: str | None
    ) -> StatusChange:
        current = s.scalar(select(Article.status).where(Article.id == article_id))
        if current is None:
            raise ArticleNotFound(article_id=article_id)
        old = Status(current)
        if not review_workflow.can_move(old, target):
            allowed = ", ".join(s.value for s in review_workflow.allowed_next(old))
            raise InvalidTransition(old=old.value, new=target.value, allowed=allowed)
        if reason is None and review_workflow.needs_reason(old, target):
            raise ReasonRequired(new=target.value)
        now = utcnow()
        by_id = self._person_id(s, by, "editor")
        s.execute(update(Article).where(Article.id == article_id).values(status=target.value))
        s.add(
            StatusChangeRow(
                article_id=article_id,
                old=old.value,
                new=target.value,
                by_id=by_id,
                reason=reason,
                created=now,
            )
        )
        return StatusChange(article_id, old, target, _clean(by), reason, now)

    def status_history(self, article_id: int) -> list[StatusChange]:
        """Every move of the article, oldest first."""
        with self._session() as s:
            self._require_article(s, article_id)
            rows = list(
                s.scalars(
                    select(StatusChangeRow)
                    .where(StatusChangeRow.article_id == article_id)
                    .order_by(StatusChangeRow.created, StatusChangeRow.id)
                )
            )
            names = self._names(s, {r.by_id for r in rows})
            return [
                StatusChange(
                    article_id=r.article_id,
                    old=Status(r.old) if r.old else None,
                    new=Status(r.new),
                    by=names.get(r.by_id) if r.by_id else None,
                    reason=r.reason,
                    created=r.created,
                )
                for r in rows
            ]

    # -- reviews and ratings -----------------------------------------------------------------

    def add_review(
        self,
        article_id: int,
        *,
        stars: int,
        verdict: Verdict | str,
        reviewer: str | None = None,
        rubric: Mapping[str, int] | None = None,
        summary: str = "",
        criteria: Sequence[str] | None = None,
        checklist: Any = None,
    ) -> Review:
        """Records a review. On an article under review the verdict also moves it (approve →
        approved, request changes → changes requested, reject → archived) with the summary as
        the reason, so sending back without a summary is refused. Bad stars, rubric scores or
        verdicts raise and nothing is stored. `checklist`: the checklist's findings as they stood
        (anything JSON can hold), kept with the review."""
        if rating_problem(stars):
            raise InvalidRating(value=stars)
        scores = dict(rubric or {})
        known = list(criteria if criteria is not None else DEFAULT_CRITERIA)
        problem = _rubric_problem(scores, known)
        if problem is not None:
            raise InvalidRubric(criterion=problem[0], value=problem[1], criteria=", ".join(known))
        verdict = Verdict.parse(verdict) if isinstance(verdict, str) else Verdict(verdict)
        text = (summary or "").strip()
        now = utcnow()
        with self._session() as s:
            current = s.scalar(select(Article.status).where(Article.id == article_id))
            if current is None:
                raise ArticleNotFound(article_id=article_id)
            target = review_workflow.verdict_status(Status(current), verdict)
            if target is not None:
                self._move(s, article_id, target, reviewer, text or None)
            row = ReviewRow(
                article_id=article_id,
                reviewer_id=self._person_id(s, reviewer, "editor"),
                stars=stars,
                rubric=json.dumps(scores, ensure_ascii=False, sort_keys=True),
                verdict=verdict.value,
                summary=text,
                checklist=None if checklist is None else json.dumps(checklist, ensure_ascii=False),
                created=now,
            )
            s.add(row)
            s.flush()
            review = Review(
                row.id, article_id, _clean(reviewer), stars, scores, verdict, text, now, checklist
            )
        snapshot = getattr(self, "snapshot", None)
        if target is not None and callable(snapshot):
            snapshot(article_id, reason="status")
        return review

    def reviews(self, article_id: int) -> list[Review]:
        """The article's reviews, oldest first."""
        with self._session() as s:
            self._require_article(s, article_id)
            rows = list(
                s.scalars(
                    select(ReviewRow)
                    .where(ReviewRow.article_id == article_id)
                    .order_by(ReviewRow.created, ReviewRow.id)
                )
            )
            names = self._names(s, {r.reviewer_id for r in rows})
            return [
                Review(
                    id=r.id,
                    article_id=r.article_id,
                    reviewer=names.get(r.reviewer_id) if r.reviewer_id else None,
                    stars=r.stars,
                    rubric=json.loads(r.rubric or "{}"),
                    verdict=Verdict(r.verdict),
                    summary=r.summary,
                    created=r.created,
                    checklist=None if r.checklist is None else json.loads(r.checklist),
                )
                for r in rows
            ]

    def rating(self, article_id: int) -> tuple[float | None, int]:
        """(mean stars to one decimal, number of reviews); (None, 0) when nobody rated it."""
        with self._session() as s:
            self._require_article(s, article_id)
            stars = s.scalars(select(ReviewRow.stars).where(ReviewRow.article_id == article_id))
            return mean_rating(stars)

    # -- comments ----------------------------------------------------------------------------

    def add_comment(
        self,
        article_id: int,
        text: str,
        *,
        author: str | None = None,
        quote: str | None = None,
        start: int | None = None,
        end: int | None = None,
    ) -> Comment:
        """A new thread on a passage: given by offsets into the current body (the editor's
        selection) or by its text (`quote`, the occurrence nearest `start`, matched as written
        or with other diacritics). A passage that is not in the text raises, nothing stored."""
        body_text = (text or "").strip()
        if not body_text:
            raise EmptyComment()
        with self._session() as s:
            body = s.scalar(select(ArticleText.body).where(ArticleText.article_id == article_id))
            if body is None:
                raise ArticleNotFound(article_id=article_id)
            if quote is not None:
                span = find_quote(body, quote, near=start or 0)
                if span is None:
                    raise QuoteNotFound(quote=_short(quote), article_id=article_id)
                start, end = span
            if start is None or end is None or not 0 <= start < end <= len(body):
                raise QuoteNotFound(
                    quote=_short(body[start or 0 : end or 0]), article_id=article_id
                )
            anchor = make_anchor(body, start, end)
            row = CommentRow(
                article_id=article_id,
                author_id=self._person_id(s, author, "writer"),
                text=body_text,
                quote=anchor.quote,
                prefix=anchor.prefix,
                suffix=anchor.suffix,
                start=anchor.start,
                end=anchor.end,
                resolved=False,
                created=utcnow(),
            )
            s.add(row)
            s.flush()
            return self._comment(s, row, body, {})

    def reply(self, comment_id: int, text: str, *, author: str | None = None) -> Comment:
        """A reply in the comment's thread (a reply to a reply joins the same thread)."""
        body_text = (text or "").strip()
        if not body_text:
            raise EmptyComment()
        with self._session() as s:
            parent = s.get(CommentRow, comment_id)
            if parent is None:
                raise CommentNotFound(comment_id=comment_id)
            root_id = parent.parent_id or parent.id
            row = CommentRow(
                article_id=parent.article_id,
                parent_id=root_id,
                author_id=self._person_id(s, author, "writer"),
                text=body_text,
                resolved=False,
                created=utcnow(),
            )
            s.add(row)
            s.flush()
            return self._comment(s, row, None, {})

    def resolve(self, comment_id: int, by: str | None = None) -> None:
        self._set_resolved(comment_id, True, by)

    def reopen(self, comment_id: int, by: str | None = None) -> None:
        self._set_resolved(comment_id, False, by)

    def _set_resolved(self, comment_id: int, resolved: bool, by: str | None) -> None:
        with self._session() as s:
            row = s.get(CommentRow, comment_id)
            if row is None:
                raise CommentNotFound(comment_id=comment_id)
            # Resolving is a property of the thread: a reply's id stands for its thread.
            root = s.get(CommentRow, row.parent_id) if row.parent_id else row
            assert root is not None
            root.resolved = resolved
            root.resolved_by_id = self._person_id(s, by, "writer") if resolved else None
            root.resolved_at = utcnow() if resolved else None

    def comments(self, article_id: int, *, include_resolved: bool = True) -> list[Comment]:
        """Threads, each with its replies, re-anchored against the current body: in text order
        of where they stand now, orphans last (they are listed, never dropped)."""
        with self._session() as s:
            body = s.scalar(select(ArticleText.body).where(ArticleText.article_id == article_id))
            if body is None:
                raise ArticleNotFound(article_id=article_id)
            rows = list(
                s.scalars(
                    select(CommentRow)
                    .where(CommentRow.article_id == article_id)
                    .order_by(CommentRow.created, CommentRow.id)
                )
            )
            names = self._names(s, {r.author_id for r in rows} | {r.resolved_by_id for r in rows})
            replies: dict[int, list[Comment]] = {}
            for row in rows:
                if row.parent_id is not None:
                    replies.setdefault(row.parent_id, []).append(self._comment(s, row, None, names))
            threads = [
                self._comment(s, row, body, names, replies.get(row.id, []))
                for row in rows
                if row.parent_id is None and (include_resolved or not row.resolved)
            ]

        def order(c: Comment) -> tuple[int, int, int]:
            if c.located is None or c.located.start is None:
                return (1, 0, c.id)
            return (0, c.located.start, c.id)

        return sorted(threads, key=order)

    def _comment(
        self,
        s: Session,
        row: CommentRow,
        body: str | None,
        names: dict[int, str],
        replies: list[Comment] | None = None,
    ) -> Comment:
        if not names:
            names = self._names(s, {row.author_id, row.resolved_by_id})
        anchor = None
        located = None
        if row.quote is not None and row.start is not None and row.end is not None:
            anchor = Anchor(row.quote, row.prefix or "", row.suffix or "", row.start, row.end)
            if body is not None:
                located = locate(anchor, body)
        return Comment(
            id=row.id,
            article_id=row.article_id,
            parent_id=row.parent_id,
            author=names.get(row.author_id) if row.author_id else None,
            text=row.text,
            created=row.created,
            anchor=anchor,
            located=located,
            resolved=bool(row.resolved),
            resolved_by=names.get(row.resolved_by_id) if row.resolved_by_id else None,
            resolved_at=row.resolved_at,
            replies=list(replies or []),
        )

    @staticmethod
    def _require_article(s: Session, article_id: int) -> None:
        if s.scalar(select(Article.id).where(Article.id == article_id)) is None:
            raise ArticleNotFound(article_id=article_id)


def follow_comments(s: Session, article_id: int, old: str, new: str) -> int:
    """Moves the anchors of the article's threads along when its body goes from `old` to `new`
    (in the transaction that writes `new`); returns how many moved. Anchors the change reached
    into are left as they were, for `locate` to find again. Never flushes: the article's row may
    have pending changes that must reach the database in one flush (one version)."""
    if old == new:
        return 0
    moved = 0
    with s.no_autoflush:
        rows = s.scalars(
            select(CommentRow).where(
                CommentRow.article_id == article_id,
                CommentRow.parent_id.is_(None),
                CommentRow.quote.is_not(None),
                CommentRow.start.is_not(None),
                CommentRow.end.is_not(None),
            )
        ).all()
    window = changed_window(old, new) if rows else None
    for row in rows:
        assert row.quote is not None and row.start is not None and row.end is not None
        anchor = Anchor(row.quote, row.prefix or "", row.suffix or "", row.start, row.end)
        fresh = follow_change(anchor, old, new, window)
        if fresh is None:
            continue
        row.prefix, row.suffix, row.start, row.end = (
            fresh.prefix,
            fresh.suffix,
            fresh.start,
            fresh.end,
        )
        moved += 1
    return moved


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
