"""Sentence-building patterns: closed-class words, punctuation and word shapes, on real English."""

from __future__ import annotations

import pytest

from studio.checks import Checker
from studio.checks.analysis import analyse_paragraph
from studio.checks.features import feature_vector, totals
from studio.checks.patterns import pattern_counts, pattern_items, pattern_sum
from studio.checks.score import pattern_weights
from tests.checks import texts


def test_a_sentence_becomes_its_closed_class_words_punctuation_and_word_shapes() -> None:
    items = pattern_items("The results of the study, however, weren’t clear: 14 of “them” failed.")
    assert items == [
        "the", "L", "of", "the", "w", ",", "however", ",", "n't", "w", ":",
        "#", "of", '"', "them", '"', "w", ".",
    ]  # fmt: skip


def test_what_a_sentence_is_about_does_not_change_its_patterns() -> None:
    a = pattern_items("The farmers of the valley sold their apples, and the market closed early.")
    b = pattern_items("The bankers of the region lent their money, and the office closed early.")
    assert a == b
    assert a[:8] == ["the", "L", "of", "the", "w", "w", "their", "w"]


def test_counts_hold_every_pattern_of_one_to_three_items() -> None:
    counts, n = pattern_counts("In my view, the city is loud.")
    assert n == 9
    assert sum(counts.values()) == 9 + 8 + 7
    assert counts["in my w"] == 1
    assert counts[", the"] == 1


@pytest.mark.parametrize("name", ["EN_HUMAN", "EN_MACHINE", "EN_NONNATIVE_ESSAY"])
def test_the_app_sums_the_shipped_weights_as_the_fit_counts_them(name: str) -> None:
    weights = pattern_weights("en")
    assert len(weights) > 100
    for line in getattr(texts, name).splitlines():
        counts, n = pattern_counts(line)
        total, items = pattern_sum(line, weights)
        assert items == n
        assert total == pytest.approx(sum(c * weights.get(k, 0.0) for k, c in counts.items()))


def test_arabic_paragraphs_carry_no_english_pattern_score() -> None:
    stats = analyse_paragraph(texts.AR_HUMAN.splitlines()[0])
    assert stats.lang == "ar"
    assert stats.pattern_items == 0 and stats.pattern_sum == 0.0


def test_machine_prose_scores_higher_on_patterns_than_the_human_pieces() -> None:
    checker = Checker()

    def patterns(text: str) -> float:
        return feature_vector(totals(p.stats for p in checker.paragraphs(text)))["patterns"]

    assert patterns(texts.EN_MACHINE) > patterns(texts.EN_HUMAN)
    assert patterns(texts.EN_MACHINE) > patterns(texts.EN_NONNATIVE_ESSAY)
