"""Storage of the review checklist: the latest check result of each article, checklist templates
(the default and per client), editors' ticks, dismissed findings, and snapshots kept with
reviews. The checklist logic itself is in studio.checks (no SQL there); this module only stores
and reads its plain data.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    Select,
    String,
    Table,
    Text,
    UniqueConstraint,
    delete,
    func,
    select,
)
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from studio.checks.checklist import ChecklistTemplate, Dismissal, ManualTick
from studio.checks.model import CheckResult
from studio.library.models import Article, ArticleText, Base, utcnow
from studio.library.service import Library


def _article_fk() -> Column:
    return Column("article_id", ForeignKey("articles.id", ondelete="CASCADE"), nullable=False)


check_results = Table(
    "check_results",
    Base.metadata,
    Column("article_id", ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("text_sha1", String(40), nullable=False),
    Column("model", String(40), nullable=False),
    Column("flag", String(20), nullable=False),
    Column("ai_score", Float, nullable=True),
    Column("checked", DateTime, nullable=False),
    Column("payload", Text, nullable=False),
)
checklist_templates = Table(
    "checklist_templates",
    Base.metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(200), nullable=False),
    Column("client", String(200), nullable=True, unique=True),
    Column("definition", Text, nullable=False),
    Column("updated", DateTime, nullable=False),
)
checklist_ticks = Table(
    "checklist_ticks",
    Base.metadata,
    Column("id", Integer, primary_key=True),
    _article_fk(),
    Column("item_id", String(60), nullable=False),
    Column("done", Boolean, nullable=False),
    Column("by", String(200), nullable=False),
    Column("at", DateTime, nullable=False),
    Column("note", Text, nullable=False, server_default=""),
)
finding_dismissals = Table(
    "finding_dismissals",
    Base.metadata,
    Column("id", Integer, primary_key=True),
    _article_fk(),
    Column("rule", String(60), nullable=False),
    Column("fingerprint", String(40), nullable=False),
    Column("reason", Text, nullable=False),
    Column("by", String(200), nullable=False),
    Column("at", DateTime, nullable=False),
    UniqueConstraint("article_id", "rule", "fingerprint", name="uq_dismissal"),
)
checklist_snapshots = Table(
    "checklist_snapshots",
    Base.metadata,
    Column("id", Integer, primary_key=True),
    _article_fk(),
    Column("review_id", Integer, nullable=True),
    Column("taken", DateTime, nullable=False),
    Column("payload", Text, nullable=False),
)


def text_sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class StoredCheck:
    article_id: int
    text_sha1: str
    model: str
    flag: str
    ai_score: float | None
    checked: datetime
    payload: dict[str, Any]

    def is_current(self, text: str, model: str) -> bool:
        """True when the stored result was made from this text by this model."""
        return self.text_sha1 == text_sha1(text) and self.model == model


def result_payload(result: CheckResult) -> dict[str, Any]:
    data = result.contract_json("en")
    data["style_score"] = result.style_score
    data["figures"] = result.figures
    for out, f in zip(data["findings"], result.findings, strict=True):  # type: ignore[arg-type]
        out["message_ar"] = f.message_ar
        out["evidence"] = f.evidence
        if f.evidence_ar:
            out["evidence_ar"] = f.evidence_ar
    return data


def save_result(
    lib: Library,
    article_id: int,
    text: str,
    result: CheckResult,
    model: str,
    *,
    replace: bool = True,
) -> bool:
    """Keep `result` as the article's latest check (replacing the previous one). With
    `replace=False` an article checked meanwhile keeps its own result (a background pass over
    unchecked articles must not overwrite what the editor just stored): False then."""
    row = {
        "article_id": article_id,
        "text_sha1": text_sha1(text),
        "model": model,
        "flag": str(result.flag),
        "ai_score": result.ai_score,
        "checked": utcnow(),
        "payload": json.dumps(result_payload(result), ensure_ascii=False),
    }
    stmt = sqlite_insert(check_results).values(row)
    if replace:
        stmt = stmt.on_conflict_do_update(index_elements=["article_id"], set_=row)
    else:
        stmt = stmt.on_conflict_do_nothing(index_elements=["article_id"])
    with lib._session() as s:
        return bool(s.execute(stmt).rowcount)


def _never_checked() -> Select[tuple[int]]:
    return (
        select(Article.id)
        .outerjoin(check_results, check_results.c.article_id == Article.id)
        # An article in the Trash is not checked (nor counted in the badge queue) until it is
        # restored.
        .where(check_results.c.article_id.is_(None), Article.trashed_at.is_(None))
    )


def unchecked(lib: Library, limit: int, after: int = 0) -> list[tuple[int, str]]:
    """(id, body) of up to `limit` articles that have never been checked, oldest first, with
    ids above `after` (a pass going through the library does not look at the start again)."""
    ids = _never_checked().where(Article.id > after).order_by(Article.id).limit(limit).subquery()
    stmt = (
        select(ArticleText.article_id, ArticleText.body)
        .join(ids, ids.c.id == ArticleText.article_id)
        .order_by(ArticleText.article_id)
    )
    with lib._session() as s:
        return [(int(a), str(b)) for a, b in s.execute(stmt)]


def unchecked_count(lib: Library) -> int:
    with lib._session() as s:
        return int(s.scalar(select(func.count()).select_from(_never_checked().subquery())) or 0)


def load_result(lib: Library, article_id: int) -> StoredCheck | None:
    with lib._session() as s:
        r = s.execute(select(check_results).where(check_results.c.article_id == article_id)).first()
    if r is None:
        return None
    return StoredCheck(
        r.article_id, r.text_sha1, r.model, r.flag, r.ai_score, r.checked, json.loads(r.payload)
    )


def flags(lib: Library, article_ids: list[int]) -> dict[str, str]:
    """Flag of each article that has a stored check (for a badge in the library table)."""
    with lib._session() as s:
        rows = s.execute(
            select(check_results.c.article_id, check_results.c.flag).where(
                check_results.c.article_id.in_(article_ids)
            )
        ).all()
    return {str(a): f for a, f in rows}


# -- templates ----------------------------------------------------------------------------------


def save_template(lib: Library, template: ChecklistTemplate) -> None:
    """Store a template; one per client (None: the library's own default)."""
    items = json.dumps(template.to_json(), ensure_ascii=False)
    with lib._session() as s:
        c = checklist_templates.c
        where = c.client.is_(None) if template.client is None else c.client == template.client
        s.execute(delete(checklist_templates).where(where))
        s.execute(
            checklist_templates.insert().values(
                name=template.name, client=template.client, definition=items, updated=utcnow()
            )
        )


def delete_template(lib: Library, client: str | None) -> bool:
    """Forget a client's template (its articles follow the default again), or with None the
    library's edited default (back to the built-in one). False when there was none."""
    c = checklist_templates.c
    where = c.client.is_(None) if client is None else c.client == client
    with lib._session() as s:
        return bool(s.execute(delete(checklist_templates).where(where)).rowcount)


def templates(lib: Library) -> list[ChecklistTemplate]:
    with lib._session() as s:
        rows = s.execute(select(checklist_templates.c.definition)).scalars().all()
    return [ChecklistTemplate.from_json(json.loads(r)) for r in rows]


# -- ticks and dismissals -----------------------------------------------------------------------


def add_tick(lib: Library, article_id: int, tick: ManualTick) -> None:
    """Record an editor's tick (kept as history: the latest tick of an item counts)."""
    with lib._session() as s:
        s.execute(
            checklist_ticks.insert().values(
                article_id=article_id,
                item_id=tick.item_id,
                done=tick.done,
                by=tick.by,
                at=tick.at,
                note=tick.note,
            )
        )


def ticks(lib: Library, article_id: int) -> list[ManualTick]:
    c = checklist_ticks.c
    with lib._session() as s:
        rows = s.execute(
            select(c.item_id, c.done, c.by, c.at, c.note)
            .where(c.article_id == article_id)
            .order_by(c.at, c.id)
        ).all()
    return [ManualTick(r.item_id, bool(r.done), r.by, r.at, r.note) for r in rows]


def dismiss(lib: Library, article_id: int, dismissal: Dismissal) -> None:
    row = {
        "article_id": article_id,
        "rule": dismissal.rule,
        "fingerprint": dismissal.fingerprint,
        "reason": dismissal.reason,
        "by": dismissal.by,
        "at": dismissal.at,
    }
    stmt = sqlite_insert(finding_dismissals).values(row)
    stmt = stmt.on_conflict_do_update(
        index_elements=["article_id", "rule", "fingerprint"],
        set_={k: row[k] for k in ("reason", "by", "at")},
    )
    with lib._session() as s:
        s.execute(stmt)


def undismiss(lib: Library, article_id: int, rule: str, fingerprint: str) -> None:
    c = finding_dismissals.c
    with lib._session() as s:
        s.execute(
            delete(finding_dismissals).where(
                c.article_id == article_id, c.rule == rule, c.fingerprint == fingerprint
            )
        )


def dismissals(lib: Library, article_id: int) -> list[Dismissal]:
    c = finding_dismissals.c
    with lib._session() as s:
        rows = s.execute(
            select(c.rule, c.fingerprint, c.reason, c.by, c.at).where(c.article_id == article_id)
        ).all()
    return [Dismissal(r.rule, r.fingerprint, r.reason, r.by, r.at) for r in rows]


# -- snapshots ----------------------------------------------------------------------------------


def add_snapshot(
    lib: Library, article_id: int, payload: dict[str, Any], review_id: int | None = None
) -> int:
    """Keep the checklist as it stood (see studio.checks.checklist.snapshot) with a review."""
    with lib._session() as s:
        result = s.execute(
            checklist_snapshots.insert().values(
                article_id=article_id,
                review_id=review_id,
                taken=utcnow(),
                payload=json.dumps(payload, ensure_ascii=False),
            )
        )
        return int(result.inserted_primary_key[0])


def snapshots(lib: Library, article_id: int) -> list[tuple[int, int | None, dict[str, Any]]]:
    """(snapshot id, review id, payload) of an article's snapshots, oldest first."""
    c = checklist_snapshots.c
    with lib._session() as s:
        rows = s.execute(
            select(c.id, c.review_id, c.payload).where(c.article_id == article_id).order_by(c.id)
        ).all()
    return [(r.id, r.review_id, json.loads(r.payload)) for r in rows]
