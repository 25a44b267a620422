"""Editing checklist templates: which automatic items the engine offers, how a new manual item
gets its id, and what makes a template valid (for the templates dialog and
`qalam checklist-template set`).

Ticks are stored by item id, so ids never change once given: relabelling or moving an item keeps
its id, and removing one leaves the other items' ticks where they were.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

from studio.checks.checklist import (
    DEFAULT_ITEMS,
    DEFAULT_TEMPLATE,
    ChecklistTemplate,
    ItemKind,
    ItemTemplate,
)

# The rule-driven items the engine knows how to decide (their rules and labels are its own).
AUTO_ITEMS: dict[str, ItemTemplate] = {i.id: i for i in DEFAULT_ITEMS if i.kind is ItemKind.AUTO}
# Ticks store the item id in a column of this width.
MAX_ID_LENGTH = 60
MAX_LABEL_LENGTH = 200
_ID = re.compile(r"^[a-z0-9_]+$")


@dataclass(frozen=True, slots=True)
class TemplateProblem:
    """One reason a template cannot be saved: `code` picks the translated message in the GUI,
    `item` is the position (from 1) of the item concerned, 0 for the template as a whole."""

    code: str
    item: int = 0
    value: str = ""

    def message(self) -> str:
        where = f"item {self.item}: " if self.item else ""
        return where + _MESSAGES[self.code].format(value=self.value)


_MESSAGES = {
    "no_items": "a template needs at least one item",
    "no_client": "a client's template needs the client's name",
    "bad_id": "item id {value!r} must be lower-case letters, digits and _ (at most 60)",
    "duplicate_id": "item id {value!r} is used twice",
    "unknown_auto": "{value!r} is not an automatic item the checks offer "
    f"({', '.join(AUTO_ITEMS)})",
    "fixed_rules": "the rules of automatic item {value!r} are the engine's own and cannot be set",
    "manual_takes_auto_id": "manual item id {value!r} is the id of an automatic item",
    "manual_has_rules": "manual item {value!r} cannot have rules (an editor ticks it)",
    "missing_label_en": "the English label of {value!r} is empty",
    "missing_label_ar": "the Arabic label of {value!r} is empty",
    "label_too_long": "a label of {value!r} is longer than 200 characters",
    "auto_twice": "automatic item {value!r} is in the template twice",
}


class TemplateInvalid(ValueError):
    def __init__(self, problems: list[TemplateProblem]) -> None:
        self.problems = problems
        super().__init__("; ".join(p.message() for p in problems))


def auto_item(item_id: str) -> ItemTemplate:
    """The engine's automatic item `item_id` (KeyError when it offers none by that id)."""
    return AUTO_ITEMS[item_id]


def manual_item(label_en: str, label_ar: str, taken: Iterable[str]) -> ItemTemplate:
    """A new manual item, its id made once from its English label (kept if relabelled)."""
    return ItemTemplate(new_id(label_en or label_ar, taken), ItemKind.MANUAL, label_en, label_ar)


def new_id(label: str, taken: Iterable[str]) -> str:
    taken = set(taken) | set(AUTO_ITEMS)
    base = re.sub(r"[^a-z0-9]+", "_", label.lower()).strip("_")[:40] or "item"
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}_{n}", n + 1
    return candidate


def problems(template: ChecklistTemplate) -> list[TemplateProblem]:
    """Everything wrong with `template` (empty: it can be saved)."""
    found: list[TemplateProblem] = []
    if template.client is not None and not template.client.strip():
        found.append(TemplateProblem("no_client"))
    if not template.items:
        found.append(TemplateProblem("no_items"))
    seen: set[str] = set()
    for n, item in enumerate(template.items, start=1):
        if not _ID.match(item.id) or len(item.id) > MAX_ID_LENGTH:
            found.append(TemplateProblem("bad_id", n, item.id))
        elif item.id in seen:
            code = "auto_twice" if item.kind is ItemKind.AUTO else "duplicate_id"
            found.append(TemplateProblem(code, n, item.id))
        seen.add(item.id)
        if item.kind is ItemKind.AUTO:
            engine = AUTO_ITEMS.get(item.id)
            if engine is None:
                found.append(TemplateProblem("unknown_auto", n, item.id))
            elif item.rules and item.rules != engine.rules:
                found.append(TemplateProblem("fixed_rules", n, item.id))
            continue
        if item.id in AUTO_ITEMS:
            found.append(TemplateProblem("manual_takes_auto_id", n, item.id))
        if item.rules:
            found.append(TemplateProblem("manual_has_rules", n, item.id))
        if not item.label_en.strip():
            found.append(TemplateProblem("missing_label_en", n, item.id))
        if not item.label_ar.strip():
            found.append(TemplateProblem("missing_label_ar", n, item.id))
        if max(len(item.label_en), len(item.label_ar)) > MAX_LABEL_LENGTH:
            found.append(TemplateProblem("label_too_long", n, item.id))
    return found


def validated(template: ChecklistTemplate) -> ChecklistTemplate:
    """`template` ready to store: automatic items carry the engine's rules and labels, labels are
    trimmed. Raises TemplateInvalid listing every problem."""
    found = problems(template)
    if found:
        raise TemplateInvalid(found)
    items = tuple(
        AUTO_ITEMS[i.id]
        if i.kind is ItemKind.AUTO
        else replace(i, label_en=i.label_en.strip(), label_ar=i.label_ar.strip())
        for i in template.items
    )
    client = template.client.strip() if template.client is not None else None
    return replace(template, items=items, client=client)


def from_json(
    data: Any, client: str | None = None, *, set_client: bool = False
) -> ChecklistTemplate:
    """A template read from its JSON form (ChecklistTemplate.to_json), with errors a person can
    act on rather than a KeyError. With `set_client`, `client` replaces the file's own."""
    if not isinstance(data, dict):
        raise ValueError('a checklist template is a JSON object with "items"')
    raw_items = data.get("items")
    if not isinstance(raw_items, list):
        raise ValueError('a checklist template needs an "items" list')
    items = []
    for n, raw in enumerate(raw_items, start=1):
        if not isinstance(raw, dict):
            raise ValueError(f"item {n}: not a JSON object")
        kind = raw.get("kind", "")
        if kind not in ("auto", "manual"):
            raise ValueError(f'item {n}: "kind" must be "auto" or "manual"')
        item_id = raw.get("id")
        if not isinstance(item_id, str):
            raise ValueError(f'item {n}: "id" must be a string')
        rules = raw.get("rules", [])
        if not isinstance(rules, list) or not all(isinstance(r, str) for r in rules):
            raise ValueError(f'item {n}: "rules" must be a list of rule names')
        engine = AUTO_ITEMS.get(item_id) if kind == "auto" else None
        label_en = raw.get("label_en", engine.label_en if engine else "")
        label_ar = raw.get("label_ar", engine.label_ar if engine else "")
        if not isinstance(label_en, str) or not isinstance(label_ar, str):
            raise ValueError(f"item {n}: labels must be strings")
        items.append(ItemTemplate(item_id, ItemKind(kind), label_en, label_ar, tuple(rules)))
    owner = client if set_client else data.get("client")
    if owner is not None and not isinstance(owner, str):
        raise ValueError('"client" must be a name or null')
    # The id follows the owner; a file shown for one client and set for another is renamed.
    name = data.get("name") if data.get("client") == owner else None
    name = name or owner or DEFAULT_TEMPLATE.name
    template_id = template_id_for(owner)
    if not isinstance(name, str):
        raise ValueError('"name" must be a string')
    return validated(ChecklistTemplate(template_id, name, tuple(items), owner))


def template_id_for(client: str | None) -> str:
    return "default" if client is None else f"client:{client}"


def for_client(client: str | None, base: ChecklistTemplate = DEFAULT_TEMPLATE) -> ChecklistTemplate:
    """A new template for `client` (None: the default), starting from `base`'s items."""
    name = client if client is not None else DEFAULT_TEMPLATE.name
    return ChecklistTemplate(template_id_for(client), name, base.items, client)
