"""Rules: each turns the measured paragraphs into findings that point at passages.

Thresholds are set from the human texts of the development data (benchmarks/checks_fit.py
reports the percentiles): a rule fires where only a small share of human writing would, so a
finding is worth a writer's look, never proof on its own. The verdict is the score's job.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field

from studio.checks.analysis import Hit, ParagraphStats
from studio.checks.features import Totals, rhythm_cv
from studio.checks.messages import message
from studio.checks.model import AuthorshipShares, Finding, ReusedSpan, Severity

# Below these, in human prose of the development sets, sit fewer than ~5-10% of texts.
RHYTHM_CV_LIMIT = 0.25
MIN_SENTENCES_FOR_RHYTHM = 8
SPECIFICS_PER_100 = {"ar": 0.5, "en": 2.0}
CONNECTIVE_SHARE = 0.2
REPEATED_SHARE = 0.35
HEDGES_PER_100 = 2.0
# Stock phrases at least e^1 ≈ 2.7 times as frequent (per document) in AI text as in human text.
STOCK_MIN_WEIGHT = 1.0
# The authorship record speaks once it covers this share of the text; of what it covers, this
# share declared AI or pasted and never reworked asks for attention, and this one means AI-only.
AUTHORSHIP_KNOWN = 0.5
AUTHORSHIP_ATTENTION = 0.3
AUTHORSHIP_AI_ONLY = 0.8
STOCK_WARNING_WEIGHT = 1.6


@dataclass(slots=True)
class Paragraph:
    start: int  # offset of the paragraph in the article
    end: int
    lang: str  # the paragraph's language, as used for scoring
    stats: ParagraphStats


@dataclass(slots=True)
class Context:
    text: str
    paragraphs: list[Paragraph]
    parts: dict[str, Totals]  # per language
    words: int
    authorship: AuthorshipShares | None = None
    reused: list[ReusedSpan] = field(default_factory=list)


def _finding(
    rule: str,
    severity: Severity,
    start: int,
    end: int,
    evidence: str | tuple[str, str],
    **fields: object,
):
    """`evidence` is the passage itself, or a figure as (English, Arabic)."""
    en, ar = message(rule, **fields)
    evidence_en, evidence_ar = (evidence, "") if isinstance(evidence, str) else evidence
    return Finding(rule, severity, start, end, en, ar, evidence_en, evidence_ar)


def _hits(ctx: Context, kinds: set[str]) -> list[tuple[Paragraph, Hit]]:
    return [(p, h) for p in ctx.paragraphs for h in p.stats.hits if h.kind in kinds]


def stock_phrases(ctx: Context) -> list[Finding]:
    """Each stock phrase, with touching or overlapping ones merged into one passage: the lexicon
    holds words and word pairs, and "جزءًا لا" + "لا يتجزأ" read as one phrase to a writer."""
    spans: list[list[float]] = []  # [start, end, strongest weight]
    hits = sorted(
        (p.start + h.start, p.start + h.end, h.weight)
        for p, h in _hits(ctx, {"stock"})
        if h.weight >= STOCK_MIN_WEIGHT
    )
    for start, end, weight in hits:
        if spans and start <= spans[-1][1] + 1:
            last = spans[-1]
            last[1], last[2] = max(last[1], end), max(last[2], weight)
        else:
            spans.append([start, end, weight])
    out = []
    for start, end, weight in spans:
        a, b = int(start), int(end)
        phrase = ctx.text[a:b]
        severity = Severity.WARNING if weight >= STOCK_WARNING_WEIGHT else Severity.INFO
        ratio = math.exp(weight)
        evidence = (
            f"{phrase} (×{ratio:.1f} as often in AI text)",
            f"{phrase} (أكثر شيوعًا في نصوص الذكاء الاصطناعي بـ{ratio:.1f} مرة)",
        )
        out.append(_finding("stock_phrase", severity, a, b, evidence, phrase=phrase))
    return out


def filler(ctx: Context) -> list[Finding]:
    """Multi-word filler phrases always; single filler words only where they pile up."""
    out = []
    taken: list[tuple[int, int]] = [
        (p.start + h.start, p.start + h.end)
        for p, h in _hits(ctx, {"stock"})
        if h.weight >= STOCK_MIN_WEIGHT
    ]
    for p, h in _hits(ctx, {"filler"}):
        multi = " " in h.text.strip()
        rate = 100 * ctx.parts[p.lang].kinds.get("filler", 0) / max(1, ctx.parts[p.lang].words)
        a, b = p.start + h.start, p.start + h.end
        if any(s <= a and b <= e for s, e in taken):
            continue  # already reported as a stock phrase, or inside a longer filler phrase
        if multi or rate >= 2.0:
            taken.append((a, b))
            start, end = p.start + h.start, p.start + h.end
            out.append(_finding("filler", Severity.INFO, start, end, h.text, phrase=h.text))
    return out


def hedging(ctx: Context) -> list[Finding]:
    out = []
    for lang, t in ctx.parts.items():
        n = t.kinds.get("hedge", 0)
        rate = 100 * n / max(1, t.words)
        if n >= 4 and rate >= HEDGES_PER_100:
            for p, h in _hits(ctx, {"hedge"}):
                if p.lang == lang:
                    out.append(
                        _finding(
                            "hedging",
                            Severity.INFO,
                            p.start + h.start,
                            p.start + h.end,
                            (f"{rate:.1f}/100 words", f"{rate:.1f} لكل 100 كلمة"),
                            rate=f"{rate:.1f}",
                            phrase=h.text,
                        )
                    )
    return out


def connective_openers(ctx: Context) -> list[Finding]:
    out = []
    for lang, t in ctx.parts.items():
        share = t.conn_open / max(1, t.sentences)
        if t.conn_open >= 3 and share >= CONNECTIVE_SHARE:
            for p, h in _hits(ctx, {"opener"}):
                if p.lang == lang and h.at_sentence_start:
                    out.append(
                        _finding(
                            "connective_opener",
                            Severity.WARNING,
                            p.start + h.start,
                            p.start + h.end,
                            (f"{share:.0%} of sentences", f"{share:.0%} من الجمل"),
                            share=f"{share:.0%}",
                            phrase=h.text,
                        )
                    )
    return out


def repeated_openers(ctx: Context) -> list[Finding]:
    out = []
    for lang, t in ctx.parts.items():
        if t.rep_open < 3 or t.rep_open / max(1, t.sentences) < REPEATED_SHARE:
            continue
        recent: list[str] = []
        for p in ctx.paragraphs:
            if p.lang != lang:
                continue
            for opener, (s, e) in zip(p.stats.openers, p.stats.opener_spans, strict=True):
                if opener in recent[-2:]:
                    word = ctx.text[p.start + s : p.start + e]
                    out.append(
                        _finding(
                            "repeated_opener",
                            Severity.INFO,
                            p.start + s,
                            p.start + e,
                            word,
                            phrase=word,
                        )
                    )
                recent.append(opener)
    return out


def uniform_rhythm(ctx: Context) -> list[Finding]:
    out = []
    for lang, t in ctx.parts.items():
        if t.sentences < MIN_SENTENCES_FOR_RHYTHM:
            continue
        cv = rhythm_cv(t)
        if cv >= RHYTHM_CV_LIMIT:
            continue
        spans = [
            (p.start + s, p.start + e)
            for p in ctx.paragraphs
            if p.lang == lang
            for s, e in p.stats.sent_spans
        ]
        # Point at the longest paragraph of the part: underlining the whole piece helps no one.
        para = max((p for p in ctx.paragraphs if p.lang == lang), key=lambda p: p.stats.words)
        start, end = (para.start, para.end) if para.stats.words else spans[0]
        out.append(
            _finding(
                "uniform_rhythm",
                Severity.WARNING,
                start,
                end,
                (
                    f"coefficient of variation {cv:.2f} over {t.sentences} sentences",
                    f"معامل التباين {cv:.2f} على {t.sentences} جملة",
                ),
                cv=f"{cv:.2f}",
                limit=f"{RHYTHM_CV_LIMIT:.2f}",
            )
        )
    return out


def specifics_rate(t: Totals) -> float:
    n = t.numbers + t.quotes + t.names + t.kinds.get("first_person", 0) + t.kinds.get("month", 0)
    return 100 * n / max(1, t.words)


def few_specifics(ctx: Context) -> list[Finding]:
    out = []
    for lang, t in ctx.parts.items():
        if t.words < 150:
            continue
        rate = specifics_rate(t)
        if rate >= SPECIFICS_PER_100.get(lang, 1.0):
            continue
        para = max((p for p in ctx.paragraphs if p.lang == lang), key=lambda p: p.stats.words)
        out.append(
            _finding(
                "few_specifics",
                Severity.INFO,
                para.start,
                para.end,
                (f"{rate:.1f} per 100 words", f"{rate:.1f} لكل 100 كلمة"),
                rate=f"{rate:.1f}",
            )
        )
    return out


def template_frame(ctx: Context) -> list[Finding]:
    """An introduction in the first sentences or a conclusion formula in the last ones."""
    out = []
    sentences = [
        (p, s, e) for p in ctx.paragraphs for s, e in p.stats.sent_spans if not p.stats.heading
    ]
    if len(sentences) < 4:
        return out
    head = {id(x) for x in sentences[:2]}
    tail_start = sentences[max(2, int(len(sentences) * 0.8)) - 1][0].start
    for p, h in _hits(ctx, {"intro", "conclusion"}):
        pos = p.start + h.start
        if h.kind == "intro" and any(
            x[0] is p and x[1] <= h.start < x[2] for x in sentences[:2] if id(x) in head
        ):
            out.append(
                _finding(
                    "template_intro", Severity.INFO, pos, p.start + h.end, h.text, phrase=h.text
                )
            )
        elif h.kind == "conclusion" and h.at_sentence_start and pos >= tail_start:
            out.append(
                _finding(
                    "template_conclusion",
                    Severity.WARNING,
                    pos,
                    p.start + h.end,
                    h.text,
                    phrase=h.text,
                )
            )
    return out


def bold_lead_lists(ctx: Context) -> list[Finding]:
    items = [p for p in ctx.paragraphs if p.stats.bold_lead]
    if len(items) < 4:
        return []
    return [
        _finding(
            "bold_lead_list",
            Severity.INFO,
            p.start,
            p.start + p.stats.bold_lead,
            (f"{len(items)} items", f"{len(items)} بنود"),
            count=len(items),
        )
        for p in items
    ]


def uniform_sections(ctx: Context) -> list[Finding]:
    sizes: list[int] = []
    heads: list[Paragraph] = []
    for p in ctx.paragraphs:
        if p.stats.heading:
            heads.append(p)
            sizes.append(0)
        elif sizes:
            sizes[-1] += p.stats.words
    sizes = [s for s in sizes if s]
    if len(sizes) < 4:
        return []
    mean = sum(sizes) / len(sizes)
    cv = (sum((s - mean) ** 2 for s in sizes) / len(sizes)) ** 0.5 / mean
    if cv >= 0.15:
        return []
    return [
        _finding(
            "uniform_sections",
            Severity.INFO,
            h.start,
            h.end,
            (f"{len(sizes)} sections, variation {cv:.2f}", f"{len(sizes)} أقسام، التباين {cv:.2f}"),
            count=len(sizes),
            cv=f"{cv:.2f}",
        )
        for h in heads
    ]


def reused_passages(ctx: Context) -> list[Finding]:
    out = []
    n = len(ctx.text)
    for r in ctx.reused:
        start, end = max(0, min(n, r.start)), max(0, min(n, r.end))
        if end <= start:
            continue
        if r.source_title:
            # Each language quotes the title its own way, as the other messages quote phrases.
            source, source_ar = f"“{r.source_title}”", f"«{r.source_title}»"
        else:
            source = source_ar = f"#{r.source_article_id or '?'}"
        out.append(
            _finding(
                "reused_passage",
                Severity.ERROR,
                start,
                end,
                (source, source_ar),
                source=source,
                source_ar=source_ar,
            )
        )
    return out


def authorship_evidence(ctx: Context) -> list[Finding]:
    """What the editor saw happen, said where the verdict rests on it: without this, a piece
    flagged because it was pasted or declared AI showed the flag and no reason for it. It points
    at no passage (the shares are of the whole text), so it underlines nothing."""
    shares = ctx.authorship
    if shares is None or shares.known < AUTHORSHIP_KNOWN:
        return []
    machine = shares.machine / shares.known
    if machine < AUTHORSHIP_ATTENTION:
        return []
    severity = Severity.ERROR if machine >= AUTHORSHIP_AI_ONLY else Severity.WARNING
    ai, pasted = f"{shares.ai_declared:.0%}", f"{shares.pasted_unreworked:.0%}"
    evidence = (f"{ai} declared AI, {pasted} pasted", f"{ai} مصرَّح بأنه آلي، {pasted} منسوخ")
    return [_finding("ai_declared", severity, 0, 0, evidence, share=ai, pasted=pasted)]


RULES: tuple[Callable[[Context], list[Finding]], ...] = (
    stock_phrases,
    filler,
    hedging,
    connective_openers,
    repeated_openers,
    uniform_rhythm,
    few_specifics,
    template_frame,
    bold_lead_lists,
    uniform_sections,
    reused_passages,
    authorship_evidence,
)

RULE_IDS = (
    "stock_phrase",
    "filler",
    "hedging",
    "connective_opener",
    "repeated_opener",
    "uniform_rhythm",
    "few_specifics",
    "template_intro",
    "template_conclusion",
    "bold_lead_list",
    "uniform_sections",
    "reused_passage",
    "ai_declared",
)


def run_rules(ctx: Context) -> list[Finding]:
    findings = [f for rule in RULES for f in rule(ctx)]
    findings.sort(key=lambda f: (f.start, f.end, f.rule))
    return findings
