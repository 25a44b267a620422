"""On the real development data when it is there (../shared/data/aidetect); skipped otherwise.

These texts are the ones the shipped model was fitted on, so the figures here are a regression
guard, not the evaluation (benchmarks/checks_eval.py scores sets the model never saw)."""

from __future__ import annotations

import gzip
import json

import pytest

from studio.checks import Checker, Flag
from tests.conftest import SHARED_DATA

AIDETECT = SHARED_DATA / "aidetect"
pytestmark = pytest.mark.skipif(not AIDETECT.exists(), reason="no ../shared/data/aidetect")


def _texts(name: str, label: str, limit: int = 150) -> list[str]:
    out = []
    with gzip.open(AIDETECT / f"{name}.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            if r["label"] == label:
                out.append(r["text"])
            if len(out) >= limit:
                break
    return out


@pytest.mark.parametrize(
    "name",
    [
        "ar/airabic",
        "ar/aradeed_clean",
        "ar/arabic_ai_detector_custom",
        "en/fastdetectgpt_writing",
        "en/liang_detector_bias",
    ],
)
def test_human_texts_are_rarely_flagged(name: str) -> None:
    checker = Checker()
    results = [checker.check(t) for t in _texts(name, "human")]
    judged = [r for r in results if r.flag is not Flag.TOO_SHORT]
    flagged = sum(r.flag is Flag.AI_ONLY for r in judged)
    assert flagged <= max(1, 0.03 * len(judged)), (flagged, len(judged))
    for text, r in zip(_texts(name, "human"), results, strict=True):
        assert all(0 <= f.start <= f.end <= len(text) for f in r.findings)


def test_arabic_chatgpt_essays_are_mostly_caught() -> None:
    checker = Checker()
    judged = [r for t in _texts("ar/airabic", "ai") if (r := checker.check(t)).ai_score is not None]
    caught = sum(r.flag is Flag.AI_ONLY for r in judged) / len(judged)
    assert caught > 0.5


def _by_source(name: str, source: str, label: str) -> list[str]:
    with gzip.open(AIDETECT / f"{name}.jsonl.gz", "rt", encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    return [r["text"] for r in rows if r["source"] == source and r["label"] == label]


def _mean_features(checker: Checker, texts: list[str]) -> dict[str, float]:
    from studio.checks.features import feature_vector, totals

    vectors = [feature_vector(totals(p.stats for p in checker.paragraphs(t))) for t in texts]
    return {k: sum(v[k] for v in vectors) / len(vectors) for k in vectors[0]}


def test_non_native_essays_read_as_human_on_the_english_measures() -> None:
    """The TOEFL essays by non-native writers, against GPT's college essays: on every measure
    the English score leans on, the learners sit on the human side."""
    checker = Checker()
    toefl = _mean_features(
        checker, _by_source("en/liang_detector_bias", "liang2023:toefl_nonnative", "human")
    )
    gpt = _mean_features(
        checker, _by_source("en/liang_detector_bias", "liang2023:college_essay", "ai")
    )
    assert toefl["excess"] < gpt["excess"]
    assert toefl["long_words"] < gpt["long_words"]
    assert toefl["patterns"] < gpt["patterns"]


def test_gpt_college_essays_are_often_caught_and_human_ones_rarely() -> None:
    checker = Checker()
    ai = _by_source("en/liang_detector_bias", "liang2023:college_essay_promptEng", "ai")
    ai += _by_source("en/liang_detector_bias", "liang2023:college_essay", "ai")
    judged = [r for t in ai if (r := checker.check(t)).ai_score is not None]
    assert sum(r.flag is Flag.AI_ONLY for r in judged) / len(judged) > 0.3
    human = _by_source("en/liang_detector_bias", "liang2023:college_essay", "human")
    judged = [r for t in human if (r := checker.check(t)).ai_score is not None]
    assert sum(r.flag is Flag.AI_ONLY for r in judged) <= max(1, 0.02 * len(judged))


def test_arabic_texts_are_measured_for_closed_class_words_without_english_patterns() -> None:
    checker = Checker()
    for text in _texts("ar/airabic", "human", limit=40):
        paragraphs = [p for p in checker.paragraphs(text) if p.stats.lang == "ar"]
        words = sum(p.stats.words for p in paragraphs)
        function = sum(p.stats.function_words for p in paragraphs)
        assert 0.05 < function / max(1, words) < 0.6
        assert all(p.stats.pattern_items == 0 for p in paragraphs)
