"""Editing checklist templates: validation, new item ids, and which template an article follows."""

from __future__ import annotations

from dataclasses import replace

import pytest

from studio.checks import templates as tpl
from studio.checks.checklist import (
    DEFAULT_TEMPLATE,
    ChecklistTemplate,
    ItemKind,
    ItemTemplate,
    template_for,
)


def _with(*items: ItemTemplate, client: str | None = "Acme") -> ChecklistTemplate:
    return ChecklistTemplate("t", "T", items, client)


def _codes(template: ChecklistTemplate) -> list[tuple[str, int]]:
    return [(p.code, p.item) for p in tpl.problems(template)]


def test_the_built_in_default_is_valid_and_offers_every_automatic_item() -> None:
    assert tpl.problems(DEFAULT_TEMPLATE) == []
    assert "not_ai_only" in tpl.AUTO_ITEMS and "target_length" in tpl.AUTO_ITEMS
    assert all(i.kind is ItemKind.AUTO for i in tpl.AUTO_ITEMS.values())


def test_a_manual_item_needs_both_labels() -> None:
    fine = tpl.manual_item("Quotes checked", "الاقتباسات مدققة", [])
    no_ar = replace(fine, label_ar="  ")
    no_en = replace(fine, label_en="")
    assert _codes(_with(fine)) == []
    assert _codes(_with(tpl.auto_item("original"), no_ar)) == [("missing_label_ar", 2)]
    assert _codes(_with(no_en)) == [("missing_label_en", 1)]


def test_an_automatic_item_must_be_one_the_engine_decides() -> None:
    made_up = ItemTemplate("tone_ok", ItemKind.AUTO, "Tone", "النبرة", ("tone",))
    assert _codes(_with(made_up)) == [("unknown_auto", 1)]
    bent = replace(tpl.auto_item("no_stock_phrases"), rules=("filler",))
    assert _codes(_with(bent)) == [("fixed_rules", 1)]
    twice = tpl.auto_item("original")
    assert _codes(_with(twice, twice)) == [("auto_twice", 2)]


def test_ids_are_checked_and_never_taken_twice() -> None:
    a = tpl.manual_item("Proofread", "تدقيق", ["proofread"])
    assert a.id == "proofread_2"
    assert tpl.new_id("Original", []) == "original_2"  # an automatic item's id stays its own
    assert tpl.new_id("مراجعة", []) == "item"  # Arabic-only labels still get a valid id
    bad = replace(a, id="Not OK")
    assert _codes(_with(bad)) == [("bad_id", 1)]
    assert _codes(_with(a, a)) == [("duplicate_id", 2)]
    assert _codes(_with()) == [("no_items", 0)]
    assert _codes(_with(a, client=" ")) == [("no_client", 0)]


def test_validated_trims_labels_and_restores_the_engines_labels() -> None:
    auto = replace(tpl.auto_item("original"), label_en="mine", rules=())
    manual = ItemTemplate("quotes", ItemKind.MANUAL, " Quotes ", " اقتباسات ")
    out = tpl.validated(_with(auto, manual))
    assert out.items[0] == tpl.auto_item("original")
    assert (out.items[1].label_en, out.items[1].label_ar) == ("Quotes", "اقتباسات")
    with pytest.raises(tpl.TemplateInvalid) as raised:
        tpl.validated(_with())
    assert "at least one item" in str(raised.value)


def test_from_json_reads_the_shown_form_and_explains_bad_input() -> None:
    data = DEFAULT_TEMPLATE.to_json()
    again = tpl.from_json(data)
    assert again.items == DEFAULT_TEMPLATE.items and again.client is None
    moved = tpl.from_json(data, "Acme", set_client=True)
    assert (moved.client, moved.name, moved.id) == ("Acme", "Acme", "client:Acme")
    short = {"items": [{"id": "original", "kind": "auto"}]}
    assert tpl.from_json(short).items == (tpl.auto_item("original"),)
    with pytest.raises(ValueError, match="kind"):
        tpl.from_json({"items": [{"id": "x", "kind": "sometimes"}]})
    with pytest.raises(ValueError, match="items"):
        tpl.from_json({"name": "x"})
    with pytest.raises(ValueError, match="Arabic label"):
        tpl.from_json({"items": [{"id": "x", "kind": "manual", "label_en": "X"}]})


def test_an_edited_default_applies_to_clients_without_their_own() -> None:
    edited = tpl.for_client(None, _with(tpl.auto_item("original")))
    acme = tpl.for_client("Acme")
    stored = [acme, edited]
    assert template_for("Acme", stored) is acme
    assert template_for("Other", stored) is edited
    assert template_for(None, stored) is edited
    assert template_for("Other", [acme]) is DEFAULT_TEMPLATE
