"""The AI-only score: a logistic regression over length-normalised features.

Fitted by benchmarks/checks_fit.py --write and shipped as resources/checks_model.json (a scaler,
coefficients and two thresholds per language); computed here with plain Python, so the app needs
neither numpy nor scikit-learn at run time.
"""

from __future__ import annotations

import hashlib
import json
import math
from dataclasses import dataclass, field
from functools import cache
from importlib import resources


@dataclass(frozen=True, slots=True)
class LanguageModel:
    features: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    coef: tuple[float, ...]
    intercept: float
    threshold_ai_only: float
    threshold_needs_attention: float

    def probability(self, values: dict[str, float]) -> float:
        z = self.intercept
        for name, m, s, c in zip(self.features, self.mean, self.scale, self.coef, strict=True):
            if c:
                z += c * (values[name] - m) / s
        z = max(-30.0, min(30.0, z))
        return 1.0 / (1.0 + math.exp(-z))

    def contributions(self, values: dict[str, float]) -> dict[str, float]:
        """How much each feature pushed the score up (+) or down (−), in log-odds."""
        return {
            name: c * (values[name] - m) / s if c else 0.0
            for name, m, s, c in zip(self.features, self.mean, self.scale, self.coef, strict=True)
        }


@dataclass(frozen=True, slots=True)
class ScoreModel:
    min_words: int
    models: dict[str, LanguageModel]
    # language -> sentence-building pattern -> weight (studio.checks.patterns)
    patterns: dict[str, dict[str, float]] = field(default_factory=dict)

    def for_lang(self, lang: str) -> LanguageModel:
        return self.models.get(lang) or self.models["en"]


def parse_model(data: dict) -> ScoreModel:
    models = {}
    for lang, m in data["models"].items():
        models[lang] = LanguageModel(
            tuple(m["features"]),
            tuple(m["mean"]),
            tuple(m["scale"]),
            tuple(m["coef"]),
            float(m["intercept"]),
            float(m["threshold_ai_only"]),
            float(m["threshold_needs_attention"]),
        )
    patterns = {
        lang: {k: float(w) for k, w in table.items()}
        for lang, table in data.get("patterns", {}).items()
    }
    return ScoreModel(int(data.get("min_words", 150)), models, patterns)


def _model_text() -> str:
    return (resources.files("studio.resources") / "checks_model.json").read_text(encoding="utf-8")


@cache
def score_model() -> ScoreModel:
    return parse_model(json.loads(_model_text()))


def pattern_weights(lang: str) -> dict[str, float]:
    """The shipped weights of sentence-building patterns for `lang` (empty when none)."""
    return score_model().patterns.get(lang, {})


@cache
def model_version() -> str:
    """Names the shipped model and lexicons: a stored result made by another one is stale."""
    digest = hashlib.sha1(_model_text().encode("utf-8"))
    word_model = resources.files("studio.resources") / "wordlm_en.json.gz"
    if word_model.is_file():  # the English word model the predictability features read
        digest.update(word_model.read_bytes())
    folder = resources.files("studio.resources") / "lexicons"
    for name in ("cues_ar.tsv", "cues_en.tsv", "excess_en.tsv", "stock_ar.tsv", "stock_en.tsv"):
        path = folder / name
        if path.is_file():
            digest.update(path.read_bytes())
    return digest.hexdigest()[:12]
