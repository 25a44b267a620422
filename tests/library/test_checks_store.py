"""Storage of the review checklist: results, templates, ticks, dismissals, snapshots."""

from __future__ import annotations

from datetime import datetime

from studio.checks import Checker
from studio.checks.checklist import (
    DEFAULT_TEMPLATE,
    ChecklistTemplate,
    Dismissal,
    ManualTick,
    evaluate,
    fingerprint,
    snapshot,
)
from studio.library import ArticleDraft
from studio.library import checks_store as store
from tests.checks import texts

AT = datetime(2026, 11, 27, 12, 0)


def _article(library, body: str) -> int:
    article_id = library.add_article(ArticleDraft(title="Piece", body=body))
    assert article_id is not None
    return article_id


def test_result_is_stored_replaced_and_knows_when_stale(library) -> None:
    article_id = _article(library, texts.AR_MACHINE)
    result = Checker().check(texts.AR_MACHINE)
    store.save_result(library, article_id, texts.AR_MACHINE, result, "m1")
    stored = store.load_result(library, article_id)
    assert stored is not None and stored.flag == "ai_only"
    assert stored.payload["findings"][0]["message_ar"]
    assert stored.is_current(texts.AR_MACHINE, "m1")
    assert not stored.is_current(texts.AR_MACHINE + " ", "m1")
    assert not stored.is_current(texts.AR_MACHINE, "m2")
    other = Checker().check(texts.AR_HUMAN)
    store.save_result(library, article_id, texts.AR_HUMAN, other, "m1")
    assert store.load_result(library, article_id).flag == "ok"
    assert store.flags(library, [article_id, 999]) == {str(article_id): "ok"}


def test_ticks_dismissals_and_snapshots_round_trip(library) -> None:
    text = texts.AR_MACHINE
    article_id = _article(library, text)
    result = Checker().check(text)
    store.add_tick(library, article_id, ManualTick("proofread", False, "Mona", AT))
    store.add_tick(library, article_id, ManualTick("proofread", True, "Ali", AT.replace(hour=13)))
    finding = next(f for f in result.findings if f.rule == "stock_phrase")
    d = Dismissal(finding.rule, fingerprint(text, finding), "client asked for it", "Ali", AT)
    store.dismiss(library, article_id, d)
    store.dismiss(library, article_id, d)  # dismissing twice keeps one
    assert store.dismissals(library, article_id) == [d]

    items = evaluate(
        DEFAULT_TEMPLATE,
        text,
        result,
        ticks=store.ticks(library, article_id),
        dismissals=store.dismissals(library, article_id),
    )
    proof = next(i for i in items if i.id == "proofread")
    assert proof.state == "pass" and proof.tick.by == "Ali"
    assert next(i for i in items if i.id == "no_stock_phrases").dismissed >= 1

    snap_id = store.add_snapshot(library, article_id, snapshot(items, result, text, AT), 7)
    [(sid, review_id, payload)] = store.snapshots(library, article_id)
    assert (sid, review_id) == (snap_id, 7)
    assert payload["result"]["flag"] == "ai_only"

    store.undismiss(library, article_id, d.rule, d.fingerprint)
    assert store.dismissals(library, article_id) == []


def test_templates_one_per_client(library) -> None:
    client = ChecklistTemplate("acme", "Acme", DEFAULT_TEMPLATE.items[:3], client="Acme")
    store.save_template(library, client)
    store.save_template(library, client)
    store.save_template(library, DEFAULT_TEMPLATE)
    got = store.templates(library)
    assert sorted(t.client or "" for t in got) == ["", "Acme"]
    assert next(t for t in got if t.client == "Acme") == client


def test_deleting_an_article_deletes_its_checklist(library) -> None:
    article_id = _article(library, texts.EN_HUMAN)
    store.save_result(library, article_id, texts.EN_HUMAN, Checker().check(texts.EN_HUMAN), "m")
    store.add_tick(library, article_id, ManualTick("proofread", True, "Ali", AT))
    library.delete([article_id])
    assert store.load_result(library, article_id) is None
    assert store.ticks(library, article_id) == []
