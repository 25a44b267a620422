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
