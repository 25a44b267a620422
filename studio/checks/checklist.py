"""Checklist templates, and how a checklist is decided from a check result and an editor's ticks.

Pure data and functions: storage lives in studio.library (checks_store), the panel in studio.gui.
A template is a list of items; an automatic item is decided by the rules' findings, a manual one
by an editor's tick (who and when). A client may have its own template; the default applies
otherwise. Dismissed findings (with a reason) no longer count against an item, until the text
they point at changes.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from studio.checks.model import CheckResult, Finding, Flag
from studio.text import normalise


class ItemKind(StrEnum):
    AUTO = "auto"
    MANUAL = "manual"


class ItemState(StrEnum):
    PASS = "pass"
    ATTENTION = "attention"  # worth a look; not a failure on its own
    FAIL = "fail"
    UNKNOWN = "unknown"  # too short to judge, not checked (no reuse index), or not ticked yet


@dataclass(frozen=True, slots=True)
class ItemTemplate:
    id: str
    kind: ItemKind
    label_en: str
    label_ar: str
    rules: tuple[str, ...] = ()  # the findings an automatic item counts

    def label(self, lang: str = "en") -> str:
        return self.label_ar if lang == "ar" else self.label_en


@dataclass(frozen=True, slots=True)
class ChecklistTemplate:
    id: str
    name: str
    items: tuple[ItemTemplate, ...]
    client: str | None = None  # None: the default template

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "client": self.client,
            "items": [
                {
                    "id": i.id,
                    "kind": str(i.kind),
                    "label_en": i.label_en,
                    "label_ar": i.label_ar,
                    "rules": list(i.rules),
                }
                for i in self.items
            ],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ChecklistTemplate:
        items = tuple(
            ItemTemplate(
                i["id"], ItemKind(i["kind"]), i["label_en"], i["label_ar"], tuple(i["rules"])
            )
            for i in data["items"]
        )
        return cls(data["id"], data["name"], items, data.get("client"))


def _auto(id: str, en: str, ar: str, *rules: str) -> ItemTemplate:
    return ItemTemplate(id, ItemKind.AUTO, en, ar, rules)


def _manual(id: str, en: str, ar: str) -> ItemTemplate:
    return ItemTemplate(id, ItemKind.MANUAL, en, ar)


DEFAULT_ITEMS: tuple[ItemTemplate, ...] = (
    _auto("not_ai_only", "Not AI-only", "ليس مولَّدًا آليًا بالكامل"),
    _auto("no_stock_phrases", "No stock phrases", "لا عبارات جاهزة", "stock_phrase", "filler"),
    _auto(
        "varied_rhythm",
        "Varied rhythm",
        "إيقاع متنوع",
        "uniform_rhythm",
        "connective_opener",
        "repeated_opener",
    ),
    _auto("concrete_specifics", "Concrete specifics", "تفاصيل محددة", "few_specifics"),
    _auto(
        "no_formula",
        "No formulaic structure",
        "لا بنية نمطية",
        "template_intro",
        "template_conclusion",
        "bold_lead_list",
        "uniform_sections",
    ),
    _auto("original", "Original: no reused passages", "أصيل: لا مقاطع مكررة", "reused_passage"),
    _auto("target_length", "Target length met", "الطول المطلوب متحقق"),
    _manual("facts_verified", "Facts and figures verified", "الحقائق والأرقام متحقَّق منها"),
    _manual("sources_cited", "Sources cited", "المصادر مذكورة"),
    _manual("proofread", "Proofread", "تمت المراجعة اللغوية"),
)

DEFAULT_TEMPLATE = ChecklistTemplate("default", "Default", DEFAULT_ITEMS)


def template_for(client: str | None, templates: Iterable[ChecklistTemplate]) -> ChecklistTemplate:
    """The client's own template if there is one, else the default: the library's own edited
    default when it has one, else the built-in one."""
    templates = list(templates)
    default = next((t for t in templates if t.client is None), DEFAULT_TEMPLATE)
    by_client = {t.client: t for t in templates if t.client}
    return by_client.get(client, default) if client else default


@dataclass(frozen=True, slots=True)
class ManualTick:
    item_id: str
    done: bool
    by: str
    at: datetime
    note: str = ""


@dataclass(frozen=True, slots=True)
class Dismissal:
    """A finding an editor or writer set aside, tied to the text it pointed at."""

    rule: str
    fingerprint: str
    reason: str
    by: str
    at: datetime


def fingerprint(text: str, finding: Finding) -> str:
    """Identifies a finding by its rule and the words it points at (normalised), not by offsets:
    it survives edits elsewhere in the article, and changes when that passage is rewritten."""
    passage = " ".join(normalise(text[finding.start : finding.end]).split())
    return hashlib.sha1(f"{finding.rule}\x1f{passage}".encode()).hexdigest()[:20]


def split_dismissed(
    text: str, findings: Sequence[Finding], dismissals: Iterable[Dismissal]
) -> tuple[list[Finding], list[tuple[Finding, Dismissal]]]:
    """(active findings, dismissed findings with their dismissal)."""
    by_key = {(d.rule, d.fingerprint): d for d in dismissals}
    active: list[Finding] = []
    dismissed: list[tuple[Finding, Dismissal]] = []
    for f in findings:
        d = by_key.get((f.rule, fingerprint(text, f)))
        if d is None:
            active.append(f)
        else:
            dismissed.append((f, d))
    return active, dismissed


@dataclass(slots=True)
class ItemResult:
    id: str
    kind: ItemKind
    state: ItemState
    label_en: str
    label_ar: str
    findings: list[Finding] = field(default_factory=list)  # active findings behind the state
    dismissed: int = 0
    detail: str = ""  # the figure behind an automatic state, or who ticked a manual item
    tick: ManualTick | None = None


# Items whose rules need more text than a note to find anything: under the length the score
# needs, finding nothing is not passing.
NEEDS_LENGTH = frozenset({"varied_rhythm", "concrete_specifics", "no_formula"})

# Findings that explain the AI-only verdict rather than count against an item of their own.
AUTHORSHIP_RULES = ("ai_declared",)

# Target length: met within this share below the target (editors rarely mind a few words short).
TARGET_TOLERANCE = 0.1


def evaluate(
    template: ChecklistTemplate,
    text: str,
    result: CheckResult,
    *,
    ticks: Iterable[ManualTick] = (),
    dismissals: Iterable[Dismissal] = (),
    target_words: int | None = None,
    reuse_checked: bool = False,
) -> list[ItemResult]:
    """Every item of `template`, decided. `reuse_checked` says the reuse finder has looked
    (without it, "original" stays unknown rather than passing by default)."""
    active, dismissed = split_dismissed(text, result.findings, dismissals)
    latest: dict[str, ManualTick] = {}
    for t in sorted(ticks, key=lambda t: t.at):
        latest[t.item_id] = t
    out = []
    for item in template.items:
        mine = [f for f in active if f.rule in item.rules]
        gone = sum(1 for f, _ in dismissed if f.rule in item.rules)
        r = ItemResult(item.id, item.kind, ItemState.UNKNOWN, item.label_en, item.label_ar, mine)
        r.dismissed = gone
        if item.kind is ItemKind.MANUAL:
            tick = latest.get(item.id)
            if tick is not None:
                r.tick = tick
                r.state = ItemState.PASS if tick.done else ItemState.FAIL
                r.detail = f"{tick.by}, {tick.at.isoformat(timespec='minutes')}"
        elif item.id == "not_ai_only":
            r.state, r.detail = _ai_state(result)
            # The authorship record's share of pasted or declared-AI text: the reason behind the
            # verdict, whatever rules a stored template lists for this item.
            r.findings = [f for f in active if f.rule in AUTHORSHIP_RULES]
            r.dismissed += sum(1 for f, _ in dismissed if f.rule in AUTHORSHIP_RULES)
        elif item.id == "target_length":
            if target_words:
                met = result.words >= (1 - TARGET_TOLERANCE) * target_words
                r.state = ItemState.PASS if met else ItemState.FAIL
                r.detail = f"{result.words} / {target_words}"
        elif item.id == "original" and not reuse_checked and not mine:
            r.state = ItemState.UNKNOWN
        elif item.id in NEEDS_LENGTH and not mine and result.flag is Flag.TOO_SHORT:
            # Nothing found in a few lines proves nothing about rhythm or specifics.
            r.state, r.detail = ItemState.UNKNOWN, "too short"
        elif item.rules:
            r.state = _rule_state(mine, result)
            r.detail = str(len(mine))
        out.append(r)
    return out


def _ai_state(result: CheckResult) -> tuple[ItemState, str]:
    if result.flag is Flag.TOO_SHORT or result.ai_score is None:
        return ItemState.UNKNOWN, "too short"
    state = {
        Flag.OK: ItemState.PASS,
        Flag.NEEDS_ATTENTION: ItemState.ATTENTION,
        Flag.AI_ONLY: ItemState.FAIL,
    }[result.ai_flag or result.flag]
    return state, f"{result.ai_score:.2f}"


def _rule_state(findings: list[Finding], result: CheckResult) -> ItemState:
    if not findings:
        return ItemState.PASS
    if any(f.severity == "error" for f in findings):
        return ItemState.FAIL
    warnings = sum(1 for f in findings if f.severity == "warning")
    # One warning per 300 words or more fails the item; fewer, or only notes, asks for a look.
    if warnings and warnings * 300 >= max(result.words, 1):
        return ItemState.FAIL
    return ItemState.ATTENTION


def snapshot(
    items: Sequence[ItemResult], result: CheckResult, text: str, taken_at: datetime
) -> dict[str, Any]:
    """A self-contained record of the checklist as it stood, to keep with a review."""
    return {
        "taken_at": taken_at.isoformat(timespec="seconds"),
        "text_sha1": hashlib.sha1(text.encode("utf-8")).hexdigest(),
        "result": result.contract_json("en"),
        "items": [
            {
                "id": r.id,
                "kind": str(r.kind),
                "state": str(r.state),
                "label_en": r.label_en,
                "label_ar": r.label_ar,
                "findings": len(r.findings),
                "dismissed": r.dismissed,
                "detail": r.detail,
            }
            for r in items
        ],
    }
