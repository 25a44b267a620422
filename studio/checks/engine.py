"""The checks engine: text in, findings and a score out. No Qt, no SQL.

The article is measured paragraph by paragraph (a paragraph is a line, as the editor's blocks
are), and each paragraph's measurements are cached by its text: after an edit only the changed
paragraph is measured again, and the article figures are sums over paragraphs, so re-checking
while the writer types costs a fraction of a full check.
"""

from __future__ import annotations

from collections.abc import Iterable

from studio.checks.analysis import ParagraphStats, analyse_paragraph
from studio.checks.features import Totals, feature_vector, rhythm_cv, totals
from studio.checks.model import AuthorshipShares, CheckResult, Flag, ReusedSpan
from studio.checks.rules import (
    AUTHORSHIP_AI_ONLY,
    AUTHORSHIP_ATTENTION,
    AUTHORSHIP_KNOWN,
    Context,
    Paragraph,
    run_rules,
    specifics_rate,
)
from studio.checks.score import ScoreModel, score_model

MIN_WORDS = 150
# A line this short (a heading, "ChatGPT") says little about its language: it takes the
# language most of the article is written in.
_SHORT_LINE_WORDS = 4
# When the authorship record covers the text, it carries this much of the score; style the rest.
AUTHORSHIP_WEIGHT = 0.8
# The shares of known text declared AI or pasted (AUTHORSHIP_*) live with the rules, whose
# `ai_declared` finding says in the same terms why the record decided.


class Checker:
    """Checks articles; keep one per editor (or per process) so its paragraph cache pays off."""

    def __init__(self, model: ScoreModel | None = None, cache_limit: int = 50_000) -> None:
        self._model = model
        self._cache: dict[str, ParagraphStats] = {}
        self._cache_limit = cache_limit

    @property
    def model(self) -> ScoreModel:
        if self._model is None:
            self._model = score_model()
        return self._model

    def _stats(self, line: str) -> ParagraphStats:
        stats = self._cache.get(line)
        if stats is None:
            if len(self._cache) >= self._cache_limit:
                self._cache.clear()
            stats = self._cache[line] = analyse_paragraph(line)
        return stats

    def paragraphs(self, text: str, lang: str | None = None) -> list[Paragraph]:
        out: list[Paragraph] = []
        pos = 0
        for line in text.split("\n"):
            end = pos + len(line)
            if line.strip():
                stats = self._stats(line)
                out.append(Paragraph(pos, end, stats.lang, stats))
            pos = end + 1
        # Short lines take the article's language (or the one the caller gave).
        words: dict[str, int] = {}
        for p in out:
            words[p.stats.lang] = words.get(p.stats.lang, 0) + p.stats.words
        main = lang or (max(words, key=lambda k: words[k]) if words else "en")
        for p in out:
            if p.stats.words < _SHORT_LINE_WORDS:
                p.lang = main
        return out

    def check(
        self,
        text: str,
        *,
        lang: str | None = None,
        authorship: AuthorshipShares | None = None,
        reused: Iterable[ReusedSpan] | None = None,
    ) -> CheckResult:
        paragraphs = self.paragraphs(text, lang)
        parts: dict[str, Totals] = {}
        for code in {p.lang for p in paragraphs}:
            parts[code] = totals(p.stats for p in paragraphs if p.lang == code)
        words = sum(t.words for t in parts.values())
        main = lang or (max(parts, key=lambda k: parts[k].words) if parts else "en")
        reused_list = list(reused or [])
        ctx = Context(text, paragraphs, parts, words, authorship, reused_list)
        findings = run_rules(ctx)
        figures = self._figures(parts, main)
        result = CheckResult(main, words, None, None, Flag.TOO_SHORT, findings, figures)
        result.authorship, result.reused = authorship, reused_list
        if words < MIN_WORDS:
            return result
        style, style_flag = self._style_score(parts, words)
        result.style_score = style
        result.ai_score, result.flag = _combine(style, style_flag, authorship)
        result.ai_flag = result.flag
        if reused_list and result.flag is Flag.OK:
            result.flag = Flag.NEEDS_ATTENTION
        return result

    def _style_score(self, parts: dict[str, Totals], words: int) -> tuple[float, Flag]:
        """Each language part long enough to judge is scored by its own model; the article's
        score is their word-weighted mean, compared with thresholds mixed the same way."""
        scored = {k: t for k, t in parts.items() if t.words >= MIN_WORDS}
        if not scored:  # e.g. 100 Arabic + 100 English words: judge the whole by its main part
            main = max(parts, key=lambda k: parts[k].words)
            merged = totals(())
            for t in parts.values():
                _add(merged, t)
            scored = {main: merged}
        total = sum(t.words for t in scored.values())
        score = t_ai = t_na = 0.0
        for code, t in scored.items():
            m = self.model.for_lang(code)
            w = t.words / total
            score += w * m.probability(feature_vector(t))
            t_ai += w * m.threshold_ai_only
            t_na += w * m.threshold_needs_attention
        flag = Flag.AI_ONLY if score >= t_ai else Flag.NEEDS_ATTENTION if score >= t_na else Flag.OK
        return score, flag

    @staticmethod
    def _figures(parts: dict[str, Totals], main: str) -> dict[str, float]:
        t = parts.get(main)
        if t is None:
            return {}
        return {
            "sentences": t.sentences,
            "rhythm_cv": round(rhythm_cv(t), 3),
            "specifics_per_100": round(specifics_rate(t), 2),
            "hedges_per_100": round(100 * t.kinds.get("hedge", 0) / max(1, t.words), 2),
            "connective_openers": round(t.conn_open / max(1, t.sentences), 3),
        }


def _add(into: Totals, t: Totals) -> None:
    for name in ("words", "letters", "sentences", "sent_sum", "sent_sq", "numbers", "quotes"):
        setattr(into, name, getattr(into, name) + getattr(t, name))
    for name in ("names", "commas", "function_words", "long_words", "long_sents", "pattern_items"):
        setattr(into, name, getattr(into, name) + getattr(t, name))
    for name in ("conn_open", "rep_open"):
        setattr(into, name, getattr(into, name) + getattr(t, name))
    into.stock += t.stock
    into.pattern_sum += t.pattern_sum
    into.lm.add(t.lm)
    for k, v in t.kinds.items():
        into.kinds[k] = into.kinds.get(k, 0) + v


def _combine(
    style: float, style_flag: Flag, authorship: AuthorshipShares | None
) -> tuple[float, Flag]:
    """What the editor saw happen outweighs what the text looks like."""
    if authorship is None or authorship.known < AUTHORSHIP_KNOWN:
        return style, style_flag
    machine = authorship.machine / authorship.known
    weight = AUTHORSHIP_WEIGHT * authorship.known
    score = weight * machine + (1 - weight) * style
    if machine >= AUTHORSHIP_AI_ONLY:
        flag = Flag.AI_ONLY
    elif machine >= AUTHORSHIP_ATTENTION or style_flag is not Flag.OK:
        # Typed text that reads like a machine's is worth a look, never a verdict.
        flag = Flag.NEEDS_ATTENTION
    else:
        flag = Flag.OK
    return min(1.0, max(0.0, score)), flag


_DEFAULT: Checker | None = None


def check(text: str, **kwargs: object) -> CheckResult:
    """Check `text` with a process-wide Checker (see Checker.check for the options)."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Checker()
    return _DEFAULT.check(text, **kwargs)  # type: ignore[arg-type]
