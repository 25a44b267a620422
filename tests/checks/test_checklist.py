"""Checklist templates, manual ticks, dismissals and snapshots."""

from __future__ import annotations

from datetime import UTC, datetime

from studio.checks import Checker, ReusedSpan
from studio.checks.checklist import (
    DEFAULT_TEMPLATE,
    ChecklistTemplate,
    Dismissal,
    ItemKind,
    ItemState,
    ManualTick,
    evaluate,
    fingerprint,
    snapshot,
    template_for,
)
from tests.checks import texts

NOW = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)
REQUIRED = {
    "not_ai_only",
    "no_stock_phrases",
    "varied_rhythm",
    "concrete_specifics",
    "original",
    "target_length",
    "facts_verified",
    "sources_cited",
    "proofread",
}


def _states(items) -> dict[str, ItemState]:
    return {i.id: i.state for i in items}


def test_default_template_has_the_required_items() -> None:
    ids = {i.id for i in DEFAULT_TEMPLATE.items}
    assert ids >= REQUIRED
    manual = {i.id for i in DEFAULT_TEMPLATE.items if i.kind is ItemKind.MANUAL}
    assert manual == {"facts_verified", "sources_cited", "proofread"}
    assert all(i.label_ar and i.label_en for i in DEFAULT_TEMPLATE.items)


def test_machine_text_fails_its_automatic_items() -> None:
    text = texts.AR_MACHINE
    result = Checker().check(text)
    states = _states(evaluate(DEFAULT_TEMPLATE, text, result, target_words=1000))
    assert states["not_ai_only"] is ItemState.FAIL
    assert states["no_stock_phrases"] is ItemState.FAIL
    assert states["target_length"] is ItemState.FAIL
    assert states["original"] is ItemState.UNKNOWN  # the reuse finder has not looked
    assert states["proofread"] is ItemState.UNKNOWN


def test_human_text_passes_and_manual_ticks_count() -> None:
    text = texts.EN_HUMAN
    result = Checker().check(text)
    ticks = [
        ManualTick("proofread", True, "Mona", NOW),
        ManualTick("sources_cited", False, "Mona", NOW),
    ]
    items = evaluate(
        DEFAULT_TEMPLATE, text, result, ticks=ticks, target_words=180, reuse_checked=True
    )
    states = _states(items)
    assert states["not_ai_only"] is ItemState.PASS
    assert states["concrete_specifics"] is ItemState.PASS
    assert states["original"] is ItemState.PASS
    assert states["target_length"] is ItemState.PASS
    assert states["proofread"] is ItemState.PASS
    assert states["sources_cited"] is ItemState.FAIL
    proof = next(i for i in items if i.id == "proofread")
    assert proof.tick is not None and proof.tick.by == "Mona" and "Mona" in proof.detail


def test_reused_passage_fails_original() -> None:
    text = texts.EN_HUMAN
    result = Checker().check(text, reused=[ReusedSpan(0, 80, 3, "Earlier piece")])
    states = _states(evaluate(DEFAULT_TEMPLATE, text, result, reuse_checked=True))
    assert states["original"] is ItemState.FAIL


def test_dismissal_holds_until_the_passage_changes() -> None:
    checker = Checker()
    text = texts.EN_MACHINE
    result = checker.check(text)
    stock = [f for f in result.findings if f.rule in ("stock_phrase", "filler")]
    assert stock
    dismissals = [
        Dismissal(f.rule, fingerprint(text, f), "client's style", "Ali", NOW) for f in stock
    ]
    items = evaluate(DEFAULT_TEMPLATE, text, result, dismissals=dismissals)
    item = next(i for i in items if i.id == "no_stock_phrases")
    assert item.findings == [] and item.dismissed == len(stock)
    assert item.state is ItemState.PASS


def test_dismissed_finding_returns_when_its_text_changes() -> None:
    checker = Checker()
    text = texts.AR_MACHINE
    finding = next(f for f in checker.check(text).findings if f.rule == "few_specifics")
    dismissal = Dismissal(
        finding.rule, fingerprint(text, finding), "a general overview", "Ali", NOW
    )

    def dismissed(t: str) -> int:
        items = evaluate(DEFAULT_TEMPLATE, t, checker.check(t), dismissals=[dismissal])
        return next(i for i in items if i.id == "concrete_specifics").dismissed

    assert dismissed(text) == 1
    # An edit in another paragraph leaves it dismissed (offsets move, words do not) …
    elsewhere = "تمهيد قصير.\n" + text
    assert dismissed(elsewhere) == 1
    # … rewriting the passage it points at brings it back.
    passage = text[finding.start : finding.end]
    rewritten = text.replace(passage, passage.replace("المعلم", "المدرّس"), 1)
    assert dismissed(rewritten) == 0


def test_client_template_and_json_round_trip() -> None:
    client = ChecklistTemplate(
        "acme", "Acme", tuple(i for i in DEFAULT_TEMPLATE.items if i.id != "sources_cited"), "Acme"
    )
    assert template_for("Acme", [client]) is client
    assert template_for("Other", [client]) is DEFAULT_TEMPLATE
    assert template_for(None, [client]) is DEFAULT_TEMPLATE
    assert ChecklistTemplate.from_json(client.to_json()) == client


def test_snapshot_is_self_contained() -> None:
    text = texts.AR_HUMAN
    result = Checker().check(text)
    items = evaluate(DEFAULT_TEMPLATE, text, result)
    snap = snapshot(items, result, text, NOW)
    assert snap["result"]["flag"] == str(result.flag)
    assert {i["id"] for i in snap["items"]} >= REQUIRED
    assert all(i["label_ar"] for i in snap["items"])


def test_a_note_too_short_to_judge_does_not_pass_rhythm_or_specifics() -> None:
    """A ten-word note showed "Varied rhythm ✓" and "Concrete specifics ✓": nothing found in
    a few lines proves nothing. Items with a finding are still decided by it."""
    from studio.checks import Flag, check

    note = "A short note about the market. I will finish it after the visit."
    result = check(note)
    assert result.flag is Flag.TOO_SHORT
    items = {i.id: i for i in evaluate(DEFAULT_TEMPLATE, note, result)}
    for item_id in ("varied_rhythm", "concrete_specifics", "no_formula", "not_ai_only"):
        assert items[item_id].state is ItemState.UNKNOWN, item_id
        assert items[item_id].detail == "too short"
    assert items["no_stock_phrases"].state is ItemState.PASS

    openers = "Additionally, it helps. Furthermore, it grows. Moreover, it lasts. However, no."
    items = {i.id: i for i in evaluate(DEFAULT_TEMPLATE, openers, check(openers))}
    assert items["varied_rhythm"].state is ItemState.FAIL


def test_a_reused_passage_does_not_make_a_human_piece_look_half_ai() -> None:
    """A reused passage raises an ok piece to "needs attention"; "Not AI-only" showed "!" for
    it, as if the writing read as machine text. It is "Original" that fails."""
    from studio.checks import Flag

    text = texts.AR_HUMAN * 2
    plain = Checker().check(text)
    assert plain.flag is Flag.OK
    result = Checker().check(text, reused=[ReusedSpan(0, 80, 3, "Earlier piece")])
    assert result.flag is Flag.NEEDS_ATTENTION
    states = _states(evaluate(DEFAULT_TEMPLATE, text, result, reuse_checked=True))
    assert states["not_ai_only"] is ItemState.PASS
    assert states["original"] is ItemState.FAIL


def test_a_reused_passage_names_its_source_in_each_languages_quotes() -> None:
    text = texts.EN_HUMAN
    result = Checker().check(text, reused=[ReusedSpan(0, 80, 3, "Earlier piece")])
    [finding] = [f for f in result.findings if f.rule == "reused_passage"]
    assert finding.message_en == "Passage also found in another piece: “Earlier piece”."
    assert finding.message_ar == "هذا المقطع موجود أيضًا في قطعة أخرى: «Earlier piece»."
    assert finding.evidence_in("ar") == "«Earlier piece»"
    untitled = Checker().check(text, reused=[ReusedSpan(0, 80, 12, "")])
    [finding] = [f for f in untitled.findings if f.rule == "reused_passage"]
    assert finding.message_ar.endswith(": #12.")
