"""The checks engine on Arabic, English and mixed text written for these tests."""

from __future__ import annotations

import pytest

from studio.checks import AuthorshipShares, Checker, Flag, ReusedSpan, Severity
from studio.checks.rules import RULE_IDS
from tests.checks import texts


@pytest.fixture(scope="module")
def checker() -> Checker:
    return Checker()


def _rules(result) -> set[str]:
    return {f.rule for f in result.findings}


def _assert_spans_valid(text: str, result) -> None:
    for f in result.findings:
        assert 0 <= f.start <= f.end <= len(text), f
        assert f.rule in RULE_IDS
        assert f.message_en and f.message_ar
        assert any("\u0600" <= ch <= "\u06ff" for ch in f.message_ar)
        assert isinstance(f.severity, Severity)


@pytest.mark.parametrize(
    "name", ["AR_MACHINE", "AR_HUMAN", "EN_MACHINE", "EN_HUMAN", "EN_NONNATIVE_ESSAY", "MIXED"]
)
def test_spans_are_valid_offsets_into_the_text(checker: Checker, name: str) -> None:
    text = getattr(texts, name)
    _assert_spans_valid(text, checker.check(text))


def test_arabic_machine_text_is_flagged_with_evidence(checker: Checker) -> None:
    result = checker.check(texts.AR_MACHINE)
    assert result.lang == "ar"
    assert result.words >= 150
    assert result.flag is Flag.AI_ONLY
    assert result.ai_score is not None and result.ai_score > 0.9
    assert {"stock_phrase", "connective_opener", "template_conclusion"} <= _rules(result)
    stock = [f for f in result.findings if f.rule == "stock_phrase"]
    phrases = {texts.AR_MACHINE[f.start : f.end] for f in stock}
    assert "بالإضافة إلى ذلك" in phrases
    assert all(f.evidence for f in stock)
    # A figure is said in Arabic too; a phrase is itself in both languages.
    for finding in result.findings:
        arabic = finding.evidence_in("ar")
        assert not any(w in arabic for w in ("as often", "sentences", "words", "items")), arabic
    figure = next(f for f in result.findings if f.rule == "connective_opener")
    assert figure.evidence_in("en").endswith("of sentences")
    assert figure.evidence_in("ar").endswith("من الجمل")


def test_arabic_human_text_is_ok(checker: Checker) -> None:
    result = checker.check(texts.AR_HUMAN)
    assert result.lang == "ar"
    assert result.flag is Flag.OK, result.ai_score
    assert "few_specifics" not in _rules(result)
    assert "connective_opener" not in _rules(result)


def test_english_machine_text_is_flagged(checker: Checker) -> None:
    result = checker.check(texts.EN_MACHINE)
    assert result.lang == "en"
    assert result.flag in (Flag.AI_ONLY, Flag.NEEDS_ATTENTION)
    assert {"connective_opener", "template_conclusion", "filler"} <= _rules(result)
    assert any(texts.EN_MACHINE[f.start : f.end] == "Additionally" for f in result.findings)


def test_english_human_text_is_ok(checker: Checker) -> None:
    result = checker.check(texts.EN_HUMAN)
    assert result.flag is Flag.OK, result.ai_score
    assert "few_specifics" not in _rules(result)


def test_non_native_essay_is_not_flagged(checker: Checker) -> None:
    result = checker.check(texts.EN_NONNATIVE_ESSAY)
    assert result.words >= 150
    assert result.flag is not Flag.AI_ONLY, result.ai_score


def test_too_short_has_no_score_but_still_findings(checker: Checker) -> None:
    text = "In conclusion, it is important to note that teamwork plays a crucial role."
    result = checker.check(text)
    assert result.flag is Flag.TOO_SHORT
    assert result.ai_score is None and result.style_score is None
    assert "filler" in _rules(result)


def test_empty_text(checker: Checker) -> None:
    result = checker.check("")
    assert result.flag is Flag.TOO_SHORT and result.words == 0 and result.findings == []


def test_mixed_article_decides_language_per_paragraph(checker: Checker) -> None:
    text = texts.AR_MACHINE + "\n" + texts.EN_HUMAN
    result = checker.check(text)
    paragraphs = checker.paragraphs(text)
    langs = [p.lang for p in paragraphs]
    assert langs[:4] == ["ar"] * 4 and langs[-4:] == ["en"] * 4
    # Arabic findings point into the Arabic half, and English-only rules stay out of it.
    ar_end = len(texts.AR_MACHINE)
    assert any(f.rule == "stock_phrase" and f.end <= ar_end for f in result.findings)
    assert not any(f.rule == "connective_opener" and f.start > ar_end for f in result.findings)
    assert result.ai_score is not None


def test_authorship_record_outweighs_style(checker: Checker) -> None:
    typed = AuthorshipShares(typed=1.0, pasted_unreworked=0.0, ai_declared=0.0, unknown=0.0)
    result = checker.check(texts.AR_MACHINE, authorship=typed)
    assert result.flag is Flag.NEEDS_ATTENTION  # reads like a machine, but a person typed it
    assert result.ai_score is not None and result.ai_score < 0.5
    pasted = AuthorshipShares(typed=0.05, pasted_unreworked=0.6, ai_declared=0.35, unknown=0.0)
    result = checker.check(texts.EN_HUMAN, authorship=pasted)
    assert result.flag is Flag.AI_ONLY and result.ai_score > 0.7
    unknown = AuthorshipShares(unknown=1.0)
    assert checker.check(texts.EN_HUMAN, authorship=unknown).flag is Flag.OK


def test_reused_passages_become_findings(checker: Checker) -> None:
    span = ReusedSpan(10, 120, source_article_id=7, source_title="Old piece")
    result = checker.check(texts.EN_HUMAN, reused=[span])
    reused = [f for f in result.findings if f.rule == "reused_passage"]
    assert [(f.start, f.end) for f in reused] == [(10, 120)]
    assert reused[0].severity is Severity.ERROR and "Old piece" in reused[0].message_en
    assert result.flag is Flag.NEEDS_ATTENTION


def test_incremental_check_matches_full_check() -> None:
    text = texts.MIXED
    edited = text.replace("pork pie", "sausage roll")
    warm = Checker()
    warm.check(text)
    assert warm.check(edited) == Checker().check(edited)


def test_bold_lead_lists_and_uniform_sections(checker: Checker) -> None:
    items = "\n".join(
        f"- **{name}:** {desc}"
        for name, desc in [
            ("Flexibility", "Workers choose their hours and their place of work every day."),
            ("Savings", "Companies spend less on offices, heating and equipment each year."),
            ("Talent", "Teams can hire the best people wherever those people happen to live."),
            ("Focus", "Fewer interruptions mean longer stretches of deep and careful work."),
        ]
    )
    result = checker.check(items)
    leads = [f for f in result.findings if f.rule == "bold_lead_list"]
    assert len(leads) == 4
    assert all(items[f.start : f.end].lstrip("- ").startswith("**") for f in leads)


def test_authorship_shares_from_the_editor_summary() -> None:
    from types import SimpleNamespace

    summary = SimpleNamespace(
        typed=0.3,
        pasted=0.2,
        pasted_reworked=0.1,
        imported=0.1,
        ai=0.2,
        ai_reworked=0.05,
        unknown=0.05,
    )
    shares = AuthorshipShares.from_summary(summary)
    assert shares.typed == pytest.approx(0.45)
    assert shares.pasted_unreworked == pytest.approx(0.2)
    assert shares.ai_declared == pytest.approx(0.2)
    assert shares.unknown == pytest.approx(0.15)
    assert shares.machine == pytest.approx(0.4)


def test_template_intro_and_uniform_sections(checker: Checker) -> None:
    body = (
        "Short sections help readers. Each one makes a single point and then stops. "
        "The reader moves on without effort."
    )
    text = "In today's digital age, writing for the web is a craft of its own.\n\n" + "\n\n".join(
        f"## Section {n}\n\n{body}" for n in range(1, 6)
    )
    result = checker.check(text)
    rules = _rules(result)
    assert "template_intro" in rules
    sections = [f for f in result.findings if f.rule == "uniform_sections"]
    assert len(sections) == 5
    assert all(text[f.start : f.end].startswith("## Section") for f in sections)
