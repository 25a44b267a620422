"""The topic-free style measures behind the score: closed-class words, long words, long sentences
and the words over-used since LLMs, counted on real English and Arabic sentences."""

from __future__ import annotations

import pytest

from studio.checks import Checker
from studio.checks.analysis import analyse_paragraph
from studio.checks.features import FEATURES, feature_vector, totals
from studio.checks.score import score_model
from tests.checks import texts


def test_english_function_and_long_words_are_counted() -> None:
    # the, will, the, of, the = 5 closed-class words; committee, underscore, importance,
    # findings = 4 words of seven letters or more.
    stats = analyse_paragraph("The committee will underscore the importance of the findings.")
    assert stats.words == 9
    assert stats.function_words == 5
    assert stats.long_words == 4


def test_arabic_function_and_long_words_are_counted() -> None:
    # إلى، في، مع are particles; المستشفيات is the one long word (clitics are part of words).
    stats = analyse_paragraph("ذهبت إلى المستشفيات في الصباح مع أخي وأمي.")
    assert stats.lang == "ar"
    assert stats.function_words == 3
    assert stats.long_words == 1


def test_numbers_are_neither_function_nor_long_words() -> None:
    stats = analyse_paragraph("In 2023 the council spent 1,250,000 pounds on 14 new buses.")
    assert stats.numbers == 3
    assert stats.function_words == 3  # in, the, on
    assert stats.long_words == 1  # council; 1,250,000 is a number, not a long word
    assert feature_vector(totals([stats]))["long_words"] == pytest.approx(1 / 8)


def test_excess_words_are_found_whatever_their_case() -> None:
    stats = analyse_paragraph(
        "This study delves into the pivotal role of soil, and Notably it underscores the "
        "intricate links between rain and yield."
    )
    found = {h.text.lower() for h in stats.hits if h.kind == "excess"}
    # Kobak et al.'s list also holds common words whose use rose (between, role, this).
    assert {"delves", "intricate", "notably", "pivotal", "underscores"} <= found
    assert feature_vector(totals([stats]))["excess"] > 0
    plain = analyse_paragraph("We ate bread and soup at noon, then the dog slept by the fire.")
    assert not [h for h in plain.hits if h.kind == "excess"]


def test_long_sentences_are_a_share_of_sentences() -> None:
    long = " ".join(["word"] * 40) + "."
    short = "A short one. Another short one. And a third."
    f = feature_vector(totals([analyse_paragraph(long + " " + short)]))
    assert f["long_sents"] == pytest.approx(1 / 4)


def test_features_do_not_depend_on_how_the_text_is_split_into_lines() -> None:
    """Rates, not counts: the same sentences as one paragraph or as four give the same figures
    (layout is a collection artefact, never a signal)."""
    checker = Checker()
    one = texts.EN_HUMAN.replace("\n", " ").strip()
    split = texts.EN_HUMAN.strip()
    a = feature_vector(totals(p.stats for p in checker.paragraphs(one)))
    b = feature_vector(totals(p.stats for p in checker.paragraphs(split)))
    for name in ("excess", "function_words", "long_words", "long_sents", "word_len", "lm_info"):
        assert a[name] == pytest.approx(b[name]), name


def test_shipped_english_model_reads_the_new_measures_in_their_direction() -> None:
    model = score_model().for_lang("en")
    assert set(model.features) == set(FEATURES)
    coef = dict(zip(model.features, model.coef, strict=True))
    # Over-used words raise the score; long sentences (more common in human prose in every
    # development collection) lower it. Features the fit left out weigh nothing.
    assert coef["excess"] > 0
    assert coef["long_sents"] < 0
    assert coef["names"] == 0 and coef["commas"] == 0


def test_swapping_plain_words_for_over_used_ones_raises_the_score() -> None:
    plain = texts.EN_HUMAN
    swaps = {
        "mostly because": "notably because",
        "walked through": "navigated through",
        "used to say": "would underscore",
        "What stayed was": "What showcased the journey was",
    }
    dressed = plain
    for a, b in swaps.items():
        assert a in dressed, a
        dressed = dressed.replace(a, b)
    checker = Checker()
    before, after = checker.check(plain), checker.check(dressed)
    assert before.style_score is not None and after.style_score is not None
    assert after.style_score > before.style_score


def test_non_native_essay_reads_as_human_on_the_new_measures() -> None:
    """Learners write short, common words and many closed-class words: on the measures the
    English model uses, that points away from machine text, not towards it."""
    essay = feature_vector(totals(p.stats for p in Checker().paragraphs(texts.EN_NONNATIVE_ESSAY)))
    machine = feature_vector(totals(p.stats for p in Checker().paragraphs(texts.EN_MACHINE)))
    assert essay["long_words"] < machine["long_words"]
    assert essay["excess"] < machine["excess"]
