"""The plain data the checks engine produces and accepts. No Qt, no SQL."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Severity(StrEnum):
    INFO = "info"  # worth a look; never a reason to send a piece back on its own
    WARNING = "warning"  # a pattern typical of unedited machine text
    ERROR = "error"  # strong evidence (declared AI, reused passage)


class Flag(StrEnum):
    OK = "ok"
    NEEDS_ATTENTION = "needs_attention"
    AI_ONLY = "ai_only"
    TOO_SHORT = "too_short"


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing a rule noticed, pointing at a passage of the checked text."""

    rule: str
    severity: Severity
    start: int  # character offsets into the text given to the engine
    end: int
    message_en: str
    message_ar: str
    evidence: str = ""  # the phrase found or the figure measured
    # The figure (or a quoted title) said in Arabic; empty when the evidence is a phrase, the
    # same in both languages.
    evidence_ar: str = ""

    def message(self, lang: str = "en") -> str:
        return self.message_ar if lang == "ar" else self.message_en

    def evidence_in(self, lang: str = "en") -> str:
        return self.evidence_ar if lang == "ar" and self.evidence_ar else self.evidence


@dataclass(frozen=True, slots=True)
class AuthorshipShares:
    """What the editor saw happen to the text, as shares of its characters (they sum to ~1).

    Built by the authorship record; the engine only reads it. `pasted_unreworked` is text pasted
    in and never edited afterwards; `ai_declared` is text the writer marked as AI-generated.
    """

    typed: float = 0.0
    pasted_unreworked: float = 0.0
    ai_declared: float = 0.0
    unknown: float = 1.0

    @classmethod
    def from_summary(cls, summary: object) -> AuthorshipShares:
        """From the editor's authorship summary (studio.authorship's AuthorshipSummary: typed,
        pasted, pasted_reworked, imported, ai, ai_reworked, unknown). Reworked text counts as the
        writer's own; imported text's origin is unknown. Read by name, so this package does not
        depend on the authorship one."""

        def share(name: str) -> float:
            return float(getattr(summary, name, 0.0) or 0.0)

        typed = share("typed") + share("pasted_reworked") + share("ai_reworked")
        return cls(
            typed=typed,
            pasted_unreworked=share("pasted"),
            ai_declared=share("ai"),
            unknown=share("unknown") + share("imported"),
        )

    @property
    def known(self) -> float:
        return max(0.0, min(1.0, 1.0 - self.unknown))

    @property
    def machine(self) -> float:
        """Share of the text that is declared AI or was pasted and never reworked."""
        return max(0.0, min(1.0, self.ai_declared + self.pasted_unreworked))


@dataclass(frozen=True, slots=True)
class ReusedSpan:
    """A passage of the checked text found in another piece (from studio.similar)."""

    start: int
    end: int
    source_article_id: int | None = None
    source_title: str = ""


def reused_spans(results: object) -> list[ReusedSpan]:
    """Reused passages from the similar-pieces finder's results (studio.similar's
    SimilarResult: article_id, title, passages[start, end]); read by name."""
    spans = []
    for r in results or ():  # type: ignore[attr-defined]
        for p in getattr(r, "passages", ()) or ():
            spans.append(
                ReusedSpan(p.start, p.end, getattr(r, "article_id", None), getattr(r, "title", ""))
            )
    return sorted(spans, key=lambda s: (s.start, s.end))


@dataclass(slots=True)
class CheckResult:
    lang: str  # the language most of the words are in
    words: int
    ai_score: float | None  # calibrated likelihood the piece is AI-only; None when too short
    style_score: float | None  # what the text alone says, before the authorship record
    flag: Flag
    findings: list[Finding] = field(default_factory=list)
    # Figures the rules and the checklist read: rhythm, specifics per 100 words, etc.
    figures: dict[str, float] = field(default_factory=dict)
    authorship: AuthorshipShares | None = None
    reused: list[ReusedSpan] = field(default_factory=list)
    # The verdict on AI-only content alone: `flag` also turns "ok" into "needs attention" for a
    # reused passage, which is the "original" item's business, not this one's.
    ai_flag: Flag | None = None

    def contract_json(self, message_lang: str = "en") -> dict[str, object]:
        """The fields of the `qalam check --jsonl` contract (without `id`)."""
        return {
            "lang": self.lang,
            "words": self.words,
            "ai_score": None if self.ai_score is None else round(self.ai_score, 4),
            "flag": str(self.flag),
            "findings": [
                {
                    "rule": f.rule,
                    "severity": str(f.severity),
                    "start": f.start,
                    "end": f.end,
                    "message": f.message(message_lang),
                }
                for f in self.findings
            ],
        }
