"""The English word model behind the predictability features: it loads, it is a proper
distribution, its precomputed per-context figures describe it, and on real English sentences
ordinary word order reads as more predictable than the same words shuffled."""

from __future__ import annotations

import math
import random
import subprocess
import sys

import pytest

from studio.checks.analysis import analyse_paragraph
from studio.checks.engine import Checker
from studio.checks.features import feature_vector, totals
from studio.checks.score import score_model
from studio.checks.wordlm import (
    LM_FEATURES,
    START,
    UNKNOWN,
    WordLM,
    lm_features,
    measure,
    sentence_tokens,
    word_lm,
)

SENTENCES = (
    "The government said on Monday that it would spend more money on schools and hospitals "
    "over the next five years. The prime minister told reporters that the plan was part of "
    "a wider effort to improve public services in the north of the country. Opposition "
    "leaders said the money was not enough and that many of the promises had been made before."
)


@pytest.fixture(scope="module")
def lm() -> WordLM:
    model = word_lm()
    assert model is not None, "resources/wordlm_en.json.gz is missing"
    return model


def _distribution(lm: WordLM, context: str) -> list[float]:
    h = lm.ids[context]
    return [
        lm.pairs.get(h * lm.size + w, 0.0) + lm.backoff[h] * lm.unigram[w] for w in range(lm.size)
    ]


def test_the_model_loads_with_a_real_vocabulary(lm: WordLM) -> None:
    for word in ("the", "government", "said", "school", START, UNKNOWN):
        assert word in lm.ids
    assert lm.size > 10_000
    assert len(lm.pairs) > 100_000


@pytest.mark.parametrize("context", ["the", "of", "prime", START, UNKNOWN])
def test_each_context_is_a_distribution_its_figures_describe(lm: WordLM, context: str) -> None:
    p = _distribution(lm, context)
    assert sum(p) == pytest.approx(1.0, abs=2e-3)
    h = lm.ids[context]
    entropy = -sum(x * math.log(x) for x in p if x > 0)
    moment2 = sum(x * math.log(x) ** 2 for x in p if x > 0)
    assert lm.entropy[h] == pytest.approx(entropy, rel=2e-3)
    assert lm.moment2[h] == pytest.approx(moment2, rel=2e-3)
    ranked = sorted(p, reverse=True)
    assert lm.top1[h] == pytest.approx(ranked[0], rel=1e-3)
    assert lm.top10[h] == pytest.approx(ranked[9], rel=1e-3)
    assert lm.top100[h] == pytest.approx(ranked[99], rel=1e-3)


def test_a_strong_context_predicts_its_usual_next_word(lm: WordLM) -> None:
    p = _distribution(lm, "prime")
    h = lm.ids["prime"]
    assert p[lm.ids["minister"]] >= lm.top1[h]  # "prime minister": the most likely next word
    assert lm.info[h] > lm.info[lm.ids["the"]]  # "prime" tells far more about what follows


def test_sentence_tokens_lowercase_and_keep_sentences_apart() -> None:
    assert sentence_tokens("The BBC’s 2005 report. It said so!") == [
        ["the", "bbc's", "<num>", "report"],
        ["it", "said", "so"],
    ]


def _shuffled(text: str, seed: int) -> str:
    rng = random.Random(seed)
    out = []
    for sentence in text.split(". "):
        words = sentence.rstrip(".").split()
        rng.shuffle(words)
        out.append(" ".join(words))
    return ". ".join(out) + "."


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_ordinary_word_order_is_more_predictable_than_shuffled(lm: WordLM, seed: int) -> None:
    real = lm_features(measure(SENTENCES, lm))
    mixed = lm_features(measure(_shuffled(SENTENCES, seed), lm))
    assert real["lm_logp"] > mixed["lm_logp"] + 0.5
    assert real["lm_disc"] > mixed["lm_disc"]
    assert real["lm_top10"] > mixed["lm_top10"]


def test_english_paragraphs_carry_the_features_and_arabic_ones_do_not() -> None:
    en = feature_vector(totals([analyse_paragraph(SENTENCES)]))
    assert all(en[name] != 0.0 for name in ("lm_logp", "lm_entropy", "lm_info", "lm_top1"))
    assert 0.0 < en["lm_top1"] <= 1.0 and 0.0 < en["lm_top10"] <= en["lm_top100"] <= 1.0
    ar = feature_vector(totals([analyse_paragraph("ذهبت إلى السوق في الصباح مع أخي وأمي.")]))
    assert all(ar[name] == 0.0 for name in LM_FEATURES)


def test_paragraph_sums_add_up_to_the_whole(lm: WordLM) -> None:
    first, second = SENTENCES.split(". ", 1)
    parts = measure(first + ".", lm)
    parts.add(measure(second, lm))
    whole = measure(SENTENCES, lm)
    assert parts.words == whole.words
    assert parts.logp == pytest.approx(whole.logp)
    assert parts.top10 == whole.top10


def test_the_model_is_not_read_until_english_is_measured() -> None:
    code = (
        "import studio.checks.engine, studio.checks.wordlm as w;"
        "print(w.word_lm.cache_info().currsize)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "0"


def test_the_shipped_english_model_scores_with_the_word_model() -> None:
    model = score_model().for_lang("en")
    coef = dict(zip(model.features, model.coef, strict=True))
    # Machine text follows words that say little about what comes next, and picks the word model's
    # first choice more often.
    assert coef["lm_info"] < 0
    assert coef["lm_top1"] > 0
    # Raw predictability would make plain learner English read as machine text: never scored.
    for name in ("lm_logp", "lm_disc", "lm_top10", "lm_top100", "lm_sent_sd"):
        assert coef[name] == 0, name
    result = Checker().check(SENTENCES * 3)
    assert result.style_score is not None
    values = feature_vector(totals(p.stats for p in Checker().paragraphs(SENTENCES * 3)))
    assert model.contributions(values)["lm_info"] != 0.0
