"""When the verdict rests on the authorship record (text pasted and never reworked, or declared
AI), the checklist says so: a finding with the shares, under "Not AI-only"."""

from __future__ import annotations

from studio.checks import AuthorshipShares, Checker, Flag
from studio.checks import checklist as cl
from tests.checks import texts


def _evidence(result):
    return [f for f in result.findings if f.rule == "ai_declared"]


def test_pasted_and_declared_text_is_given_as_the_reason_for_the_verdict() -> None:
    shares = AuthorshipShares(typed=0.0, pasted_unreworked=0.7, ai_declared=0.3, unknown=0.0)
    result = Checker().check(texts.AR_HUMAN, authorship=shares)
    assert result.flag is Flag.AI_ONLY
    [finding] = _evidence(result)
    assert finding.severity == "error"
    assert finding.message_en == (
        "30% of the text was declared AI-generated, 70% pasted and never reworked."
    )
    assert "70%" in finding.message_ar and "منسوخ" in finding.message_ar
    # It points at no passage: the shares are of the whole text, nothing is underlined.
    assert finding.start == finding.end == 0
    items = {i.id: i for i in cl.evaluate(cl.DEFAULT_TEMPLATE, texts.AR_HUMAN, result)}
    assert items["not_ai_only"].state is cl.ItemState.FAIL
    assert items["not_ai_only"].findings == [finding]


def test_a_minority_pasted_asks_for_attention_and_typed_text_says_nothing() -> None:
    some = AuthorshipShares(typed=0.6, pasted_unreworked=0.4, unknown=0.0)
    [finding] = _evidence(Checker().check(texts.EN_HUMAN * 3, authorship=some))
    assert finding.severity == "warning"
    typed = AuthorshipShares(typed=1.0, unknown=0.0)
    assert _evidence(Checker().check(texts.EN_MACHINE, authorship=typed)) == []
    # An imported text (origin unknown) has no record to speak of.
    assert _evidence(Checker().check(texts.EN_MACHINE, authorship=AuthorshipShares())) == []
