"""Fit the AI-only score and derive the stock-phrase lexicons from the development data.

    python benchmarks/checks_fit.py [--data ../shared/data/aidetect] [--cache PKL] [--write]
    python benchmarks/checks_fit.py --effects [--cache PKL]   # each feature's AUROC per set

With --write it regenerates the shipped files:
  resources/lexicons/stock_ar.tsv, resources/lexicons/stock_en.tsv  (phrases, weights, figures)
  resources/lexicons/excess_en.tsv  (Kobak et al.'s "style" excess words)
  resources/checks_model.json  (scaler, coefficients, thresholds; English pattern weights)
Needs numpy and scikit-learn (`pip install -e ".[bench]"`); the app itself needs neither.
The same functions drive benchmarks/checks_eval.py, which scores every set with models that never
saw it.
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from studio.checks.analysis import _variants, analyse_paragraph  # noqa: E402
from studio.checks.features import FEATURES, feature_vector, totals  # noqa: E402
from studio.checks.lexicon import (  # noqa: E402
    Entry,
    Lexicon,
    cue_entries,
    norm_word,
    phrase_words,
)
from studio.checks.patterns import pattern_counts  # noqa: E402
from studio.checks.wordlm import LM_FEATURES  # noqa: E402
from studio.text import TokenKind, tokenise, word_count  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "data" / "aidetect"
MIN_WORDS = 150
# Share of each human set's held-out texts allowed over the ai_only threshold. The promise is 2%
# on any human collection; a new collection shifts scores (left out, AraDeed's news went from
# 1.5% on the training sets to 6% at a 1.5% setting), so the setting keeps a wide margin.
AI_ONLY_SHARE = 0.005
# Shorter texts still teach the model what a genre looks like (the Fast-DetectGPT PubMed set is
# all under 150 words); the features are rates, so they are comparable across lengths.
TRAIN_MIN_WORDS = 40
FILES = {
    "ar": ["ar/airabic", "ar/aradeed_clean", "ar/arabic_ai_detector_custom"],
    "en": [
        "en/fastdetectgpt_xsum",
        "en/fastdetectgpt_writing",
        "en/fastdetectgpt_pubmed",
        "en/binoculars_pubmed",
        "en/liang_detector_bias",
        "en/liang_gpt_polished_human",
    ],
}
# Human essays polished by GPT: labelled "ai" by their source, but they are human work a machine
# edited, not AI-only writing. Never trained on; reported on their own.
HELD_OUT_ALWAYS = {"en/liang_gpt_polished_human"}
# The features the score may use, per language. English: each fit keeps only the candidates
# whose per-collection effect (AUROC of the feature alone, AI against human) leans the same way
# in every collection it trains on — one may disagree, by at most MAX_REVERSAL, when there are
# four or more — and whose fitted coefficient keeps that direction. Arabic: the three Arabic
# collections leave two to judge consistency when one is left out, too few to screen confounds,
# so the score uses a fixed list of signals that lean the same way on all three (DESIGN.md).
# Never candidates: names and commas (capitals and punctuation differ with how a set was typed
# and tokenised: Binoculars' PubMed text is lowercased, with spaces before commas).
# How predictable the words are (mean log p, the sampling discrepancy, the top-10/100 shares) and
# how evenly so from sentence to sentence: plain, common learner English is the most predictable
# writing there is, so these make non-native essays read like a machine (Liang et al. 2023; on
# the TOEFL essays here, mean log p -5.96 against -6.23 for GPT's essays and -6.58 for the
# college essays). Measured and shown by --effects, never scored.
PREDICTABILITY_TRAP = ("lm_logp", "lm_disc", "lm_top10", "lm_top100", "lm_sent_sd")
CANDIDATES: dict[str, tuple[str, ...]] = {
    "en": (
        "stock",
        "hedge",
        "filler",
        "conn_open",
        "rep_open",
        "rhythm_cv",
        "sent_len",
        "numbers",
        "quotes",
        "first_person",
        "word_len",
        "excess",
        "function_words",
        "long_words",
        "long_sents",
        "patterns",
        *(name for name in LM_FEATURES if name not in PREDICTABILITY_TRAP),
    ),
    "ar": (
        "stock",
        "hedge",
        "filler",
        "conn_open",
        "rep_open",
        "rhythm_cv",
        "sent_len",
        "first_person",
        "quotes",
    ),
}
SELECT_FEATURES = {"en": True, "ar": False}
# Languages with a sentence-building pattern model (studio.checks.patterns): the patterns seen in
# at least PATTERN_MIN_DOCS training texts, the PATTERN_VOCAB most common, weighed by a logistic
# regression whose out-of-set scores feed the main model as one feature.
PATTERN_LANGS = ("en",)
PATTERN_MIN_DOCS = 20
PATTERN_VOCAB = 3000
PATTERN_C = 0.01
# The least effect (|AUROC - 0.5|) a candidate needs in each agreeing collection, and the most
# the one disagreeing collection may lean the other way.
MIN_EFFECT = 0.02
MAX_REVERSAL = 0.2


@dataclass(slots=True)
class Doc:
    text: str
    label: int  # 1 = AI
    lang: str
    set: str  # file, e.g. ar/airabic
    subset: str  # the source field (TOEFL essays, US 8th grade…)
    group: str  # documents that must stay on one side of a split (AIRABIC pairs)
    words: int = 0
    base: dict[str, float] = field(default_factory=dict)  # features without "stock"
    stock_hits: Counter = field(default_factory=Counter)  # candidate key -> occurrences
    keys: set[str] = field(default_factory=set)  # candidate n-grams present (discovery)
    patterns: Counter = field(default_factory=Counter)  # sentence-building patterns (English)
    items: int = 0


def load(data: Path) -> list[Doc]:
    docs = []
    for lang, files in FILES.items():
        for name in files:
            path = data / f"{name}.jsonl.gz"
            if not path.exists():
                continue
            with gzip.open(path, "rt", encoding="utf-8") as fh:
                for i, line in enumerate(fh):
                    r = json.loads(line)
                    group = f"{name}:{r.get('pair_id', i)}"
                    docs.append(
                        Doc(
                            r["text"],
                            int(r["label"] == "ai"),
                            lang,
                            name,
                            r.get("source", name),
                            group,
                            word_count(r["text"]),
                        )
                    )
    return docs


# -- candidate stock phrases ---------------------------------------------------------------------


def curated_candidates(lang: str, data: Path) -> set[str]:
    """Phrases named in the literature and in our cue lists: weighed by the data like the rest."""
    out = {" ".join(e.words) for e in cue_entries(lang) if e.kind not in ("month", "first_person")}
    lex = data / "lexicons"
    if lang == "ar" and (lex / "arabic_phrase_doc_rates_measured.tsv").exists():
        for line in (lex / "arabic_phrase_doc_rates_measured.tsv").read_text().splitlines()[1:]:
            out.add(" ".join(phrase_words(line.split("\t")[0])))
    if lang == "en":
        if (lex / "kobak2024_excess_words.csv").exists():
            import csv

            with open(lex / "kobak2024_excess_words.csv", encoding="utf-8") as fh:
                for row in csv.DictReader(fh):
                    out.add(" ".join(phrase_words(row["word"])))
        for name in ("hc3_indicating_words_en_chatgpt.txt", "hc3_indicating_words_en_human.txt"):
            if (lex / name).exists():
                for line in (lex / name).read_text().splitlines():
                    words = phrase_words(line.strip().strip("!?.,"))
                    if words:
                        out.add(" ".join(words))
    return {c for c in out if c}


def excess_words(data: Path) -> list[str]:
    """Kobak et al.'s (2024) "style" excess words: words whose use in PubMed abstracts jumped
    after ChatGPT (not topic words such as "pandemic"); shipped as lexicons/excess_en.tsv."""
    import csv

    path = data / "lexicons" / "kobak2024_excess_words.csv"
    if not path.exists():
        return []
    with open(path, encoding="utf-8") as fh:
        return sorted({row["word"].strip() for row in csv.DictReader(fh) if row["type"] == "style"})


def doc_ngrams(text: str) -> set[str]:
    toks = [t for t in tokenise(text) if t.kind is not TokenKind.NUMBER]
    norms = [norm_word(t.text) for t in toks]
    keys: set[str] = set()
    for i, t in enumerate(toks):
        forms = _variants(norms[i]) if t.kind is TokenKind.ARABIC else (norms[i],)
        keys.update(forms)
        if i + 1 < len(toks):
            keys.update(f"{f} {norms[i + 1]}" for f in forms)
    return keys


def prepare(docs: list[Doc], data: Path) -> None:
    """Tokenise once; find frequent n-grams; measure every document with all candidates."""
    for d in docs:
        d.keys = doc_ngrams(d.text)
    candidates: dict[str, set[str]] = {}
    for lang in FILES:
        ld = [d for d in docs if d.lang == lang and d.set not in HELD_OUT_ALWAYS]
        df = Counter(k for d in ld for k in d.keys)
        floor = max(10, int(0.005 * len(ld)))
        found = {k for k, n in df.items() if n >= floor} | curated_candidates(lang, data)
        candidates[lang] = {k for k in found if k.split()}
    excess = {
        "ar": [],
        "en": [Entry(phrase_words(w), "excess", 0.0) for w in excess_words(data)],
    }
    lexicons = tuple(
        Lexicon(
            cue_entries(lang)
            + excess[lang]
            + [Entry(tuple(c.split()), "stock", 1.0) for c in candidates[lang]]
        )
        for lang in ("ar", "en")
    )
    for d in docs:
        stats = [analyse_paragraph(p, d.lang, lexicons) for p in d.text.split("\n")]
        d.stock_hits = Counter(h.key for s in stats for h in s.hits if h.kind == "stock")
        d.base = feature_vector(totals(stats))
        d.keys = {k for k in d.keys if k in candidates[d.lang]} | set(d.stock_hits)
        if d.lang in PATTERN_LANGS:
            for line in d.text.split("\n"):
                counts, n = pattern_counts(line)
                d.patterns.update(counts)
                d.items += n


def pair_key(d: Doc) -> str:
    """The collection a document is compared within: its file, except Liang et al.'s, which
    holds several genres, each with its own human and GPT texts."""
    if d.set == "en/liang_detector_bias":
        return f"{d.set}|{d.subset.replace('_promptEng', '')}"
    return d.set


def derive_stock(docs: list[Doc], lang: str) -> dict[str, tuple[float, list[str]]]:
    """Phrases whose document rate leans the same way in (nearly) every training set that has
    both human and AI text. Weight: the median per-set log ratio of document rates, so a phrase
    strong in one set only cannot carry much."""
    by_set: dict[str, list[Doc]] = defaultdict(list)
    for d in docs:
        if d.lang == lang:
            by_set[pair_key(d)].append(d)
    per_set = []
    for key, ds in by_set.items():
        ai = [d for d in ds if d.label]
        hu = [d for d in ds if not d.label]
        if len(ai) < 20 or len(hu) < 20:
            continue
        ca = Counter(k for d in ai for k in d.keys)
        ch = Counter(k for d in hu for k in d.keys)
        per_set.append((key, ca, len(ai), ch, len(hu)))
    if len(per_set) < 2:
        return {}
    vocab = set().union(*(set(c[1]) | set(c[3]) for c in per_set))
    out = {}
    for k in vocab:
        los = []
        total = 0
        for _, ca, na, ch, nh in per_set:
            a, h = ca.get(k, 0), ch.get(k, 0)
            total += a + h
            los.append(math.log((a + 0.5) / (na + 1)) - math.log((h + 0.5) / (nh + 1)))
        if total < 15:
            continue
        med = float(np.median(los))
        sign = 1 if med > 0 else -1
        leaning = sorted(sign * lo for lo in los)
        # Leaning the same way in every set (one may disagree when there are four or more): a
        # phrase typical of one collection, or of one topic, is a confound, not a style.
        allowed = 0 if len(los) < 4 else 1
        if leaning[allowed] < 0.3 or (allowed and leaning[0] < -0.5):
            continue
        # Weight: the weakest agreeing effect, so no single set can make a phrase heavy.
        weight = sign * min(2.5, leaning[allowed])
        out[k] = (weight, [f"{x:.2f}" for x in los])
    return out


def features(
    d: Doc,
    weights: dict[str, float],
    used: tuple[str, ...] = FEATURES,
    patterns: dict[str, float] | None = None,
) -> list[float]:
    stock = sum(n * weights.get(k, 0.0) for k, n in d.stock_hits.items())
    f = dict(d.base)
    f["stock"] = max(-20.0, min(20.0, 100.0 * stock / max(1, d.words)))
    f["patterns"] = pattern_value(d, patterns) if patterns else 0.0
    # A feature left out is held constant: its coefficient comes out 0 and the shipped model
    # keeps the same shape.
    return [f[name] if name in used else 0.0 for name in FEATURES]


def auroc_of(pos: np.ndarray, neg: np.ndarray) -> float:
    """Probability that a positive outranks a negative (ties count half)."""
    values = np.concatenate([pos, neg])
    order = values.argsort(kind="mergesort")
    ranks = np.empty(len(values))
    ranks[order] = np.arange(1, len(values) + 1)
    # average the ranks of tied values
    _, inverse = np.unique(values, return_inverse=True)
    sums = np.bincount(inverse, ranks)
    counts = np.bincount(inverse)
    ranks = (sums / counts)[inverse]
    n_pos = len(pos)
    return float((ranks[:n_pos].sum() - n_pos * (n_pos + 1) / 2) / (n_pos * len(neg)))


def feature_directions(
    docs: list[Doc], weights: dict[str, float], lang: str, oof: dict[int, float]
) -> dict[str, int]:
    """Candidates that lean the same way in every collection of `docs` with both classes (one
    may disagree when there are four or more): +1 higher in AI text, -1 lower. A feature that
    separates one collection only, or flips with the genre, is a confound and is left out."""
    if not SELECT_FEATURES[lang]:
        return {name: 0 for name in CANDIDATES[lang]}  # a fixed list, no direction imposed
    by_set: dict[str, list[Doc]] = defaultdict(list)
    for d in docs:
        by_set[pair_key(d)].append(d)
    effects: dict[str, list[float]] = defaultdict(list)
    for ds in by_set.values():
        y = np.array([d.label for d in ds])
        if (y == 1).sum() < 20 or (y == 0).sum() < 20:
            continue
        x = np.array([features(d, weights) for d in ds])
        x[:, FEATURES.index("patterns")] = [oof.get(id(d), 0.0) for d in ds]
        for j, name in enumerate(FEATURES):
            if name in CANDIDATES[lang]:
                effects[name].append(auroc_of(x[y == 1, j], x[y == 0, j]) - 0.5)
    out: dict[str, int] = {"stock": 1}  # built from phrases that lean the same way everywhere
    for name, eff in effects.items():
        if name == "stock" or not eff:
            continue
        sign = 1 if float(np.median(eff)) > 0 else -1
        leaning = sorted(sign * e for e in eff)
        allowed = 0 if len(eff) < 4 else 1
        if leaning[allowed] >= MIN_EFFECT and leaning[0] > -MAX_REVERSAL:
            out[name] = sign
    return out


def set_balanced_weights(docs: list[Doc]) -> np.ndarray:
    """Every (set, class) carries the same total weight: big sets must not dominate."""
    n = Counter((d.set, d.subset, d.label) for d in docs)
    return np.array([1.0 / n[(d.set, d.subset, d.label)] for d in docs]) * len(n) / 1.0


def pattern_value(d: Doc, weights: dict[str, float]) -> float:
    """What the app computes: the summed weights of the text's patterns per item."""
    return sum(n * weights.get(k, 0.0) for k, n in d.patterns.items()) / max(1, d.items)


def fit_patterns(docs: list[Doc]) -> dict[str, float]:
    """Weights of sentence-building patterns: a logistic regression over their rates (per item),
    every (collection, class) weighing the same. The weight of a pattern is its coefficient over
    its scale, so the app only sums weights."""
    from scipy.sparse import csr_matrix

    df = Counter(k for d in docs for k in d.patterns)
    vocab = [k for k, n in df.most_common(PATTERN_VOCAB) if n >= PATTERN_MIN_DOCS]
    if not vocab:
        return {}
    index = {k: i for i, k in enumerate(vocab)}
    data, rows, cols = [], [], []
    for r, d in enumerate(docs):
        for k, n in d.patterns.items():
            j = index.get(k)
            if j is not None:
                data.append(n / max(1, d.items))
                rows.append(r)
                cols.append(j)
    x = csr_matrix((data, (rows, cols)), shape=(len(docs), len(vocab)))
    mean = np.asarray(x.mean(0)).ravel()
    sq = np.asarray(x.multiply(x).mean(0)).ravel()
    scale = np.sqrt(np.maximum(sq - mean * mean, 0.0)) + 1e-4
    y = np.array([d.label for d in docs])
    model = LogisticRegression(C=PATTERN_C, max_iter=3000)
    model.fit(x.multiply(1.0 / scale).tocsr(), y, sample_weight=set_balanced_weights(docs))
    coef = model.coef_[0] / scale
    return {k: float(c) for k, c in zip(vocab, coef, strict=True)}


def out_of_set_patterns(docs: list[Doc]) -> dict[int, float]:
    """Each training text's pattern score from weights fitted without its collection (without its
    fold when there is one collection), so the main model learns how far such a score carries
    to writing it has not seen."""
    sets = sorted({d.set for d in docs})
    if len(sets) >= 2:
        fold_of = {name: i for i, name in enumerate(sets)}
        folds = [fold_of[d.set] for d in docs]
    else:
        folds = group_folds(docs, 5)
    out: dict[int, float] = {}
    for f in sorted(set(folds)):
        train = [d for d, g in zip(docs, folds, strict=True) if g != f]
        weights = fit_patterns(train)
        for d, g in zip(docs, folds, strict=True):
            if g == f:
                out[id(d)] = pattern_value(d, weights)
    return out


@dataclass
class Fitted:
    lang: str
    weights: dict[str, float]
    mean: np.ndarray
    scale: np.ndarray
    coef: np.ndarray
    intercept: float
    used: tuple[str, ...] = FEATURES
    patterns: dict[str, float] = field(default_factory=dict)

    def score(self, docs: list[Doc]) -> np.ndarray:
        x = np.array([features(d, self.weights, self.used, self.patterns) for d in docs])
        z = (x - self.mean) / self.scale
        return 1.0 / (1.0 + np.exp(-(z @ self.coef + self.intercept)))


def fit(train: list[Doc], lang: str, c: float = 0.1) -> Fitted:
    """Derive the stock lexicon from `train` (all lengths), fit on its long-enough texts."""
    stock = derive_stock(train, lang)
    weights = {k: w for k, (w, _) in stock.items()}
    long = [d for d in train if d.words >= TRAIN_MIN_WORDS and d.lang == lang]
    uses_patterns = lang in PATTERN_LANGS and "patterns" in CANDIDATES[lang]
    oof = out_of_set_patterns(long) if uses_patterns else {}
    directions = feature_directions(long, weights, lang, oof)
    y = np.array([d.label for d in long])
    sample_weight = set_balanced_weights(long)
    col = FEATURES.index("patterns")
    while True:
        used = tuple(name for name in FEATURES if name in directions)
        x = np.array([features(d, weights, used) for d in long])
        if "patterns" in used:
            x[:, col] = [oof[id(d)] for d in long]
        mean, scale = x.mean(0), x.std(0) + 1e-9
        model = LogisticRegression(C=c, max_iter=2000)
        model.fit((x - mean) / scale, y, sample_weight=sample_weight)
        coef = model.coef_[0]
        # A coefficient pointing against its feature's direction in every collection is an
        # artefact of correlated features: drop the feature and fit again.
        wrong = [
            name
            for j, name in enumerate(FEATURES)
            if name in directions and name != "stock" and coef[j] * directions[name] < 0
        ]
        if not wrong:
            break
        del directions[min(wrong, key=lambda n: abs(coef[FEATURES.index(n)]))]
    patterns = fit_patterns(long) if "patterns" in used else {}
    return Fitted(lang, weights, mean, scale, coef, float(model.intercept_[0]), used, patterns)


def group_folds(docs: list[Doc], k: int, seed: int = 7) -> list[int]:
    """Fold of each document, whole groups (AIRABIC pairs) kept together."""
    rng = np.random.default_rng(seed)
    groups = sorted({d.group for d in docs})
    order = rng.permutation(len(groups))
    fold_of = {groups[j]: i % k for i, j in enumerate(order)}
    return [fold_of[d.group] for d in docs]


def cv_scores(docs: list[Doc], lang: str, k: int = 5) -> np.ndarray:
    """Each document scored by a model (lexicon included) fitted without its fold."""
    folds = group_folds(docs, k)
    scores = np.full(len(docs), np.nan)
    for f in range(k):
        train = [d for d, g in zip(docs, folds, strict=True) if g != f]
        test = [i for i, g in enumerate(folds) if g == f and docs[i].words >= MIN_WORDS]
        if not test:
            continue
        m = fit(train, lang)
        scores[test] = m.score([docs[i] for i in test])
    return scores


def loso_scores(docs: list[Doc], lang: str) -> np.ndarray:
    """Each document scored by a model fitted on the other sets only: what a new kind of text
    looks like to the model. With a single set there is nothing to leave out: cross-validate."""
    sets = sorted({d.set for d in docs})
    if len(sets) < 2:
        return cv_scores(docs, lang)
    scores = np.full(len(docs), np.nan)
    for name in sets:
        train = [d for d in docs if d.set != name]
        test = [i for i, d in enumerate(docs) if d.set == name and d.words >= MIN_WORDS]
        if test:
            scores[test] = fit(train, lang).score([docs[i] for i in test])
    return scores


def thresholds(docs: list[Doc], lang: str) -> tuple[float, float]:
    """(ai_only, needs_attention) thresholds from scores the models did not train on: both
    cross-validated and left-set-out scores, whichever is stricter, so that a new collection of
    human writing is as safe as the ones here."""
    cv, lo = cv_scores(docs, lang), loso_scores(docs, lang)
    ai_only = max(
        choose_threshold(docs, cv, AI_ONLY_SHARE), choose_threshold(docs, lo, AI_ONLY_SHARE)
    )
    attention = min(
        ai_only, max(choose_threshold(docs, cv, 0.10), choose_threshold(docs, lo, 0.10))
    )
    return ai_only, attention


def human_groups(docs: list[Doc]) -> dict[str, list[int]]:
    """Human texts by set and source (the TOEFL essays are a set of their own)."""
    out: dict[str, list[int]] = defaultdict(list)
    for i, d in enumerate(docs):
        if not d.label and d.words >= MIN_WORDS:
            out[f"{d.set}|{d.subset}"].append(i)
    return out


def choose_threshold(docs: list[Doc], scores: np.ndarray, share: float) -> float:
    """Lowest threshold at which every human set has at most `share` of its texts at or above."""
    t = 0.5
    for idx in human_groups(docs).values():
        s = np.sort(scores[idx])[::-1]
        allowed = math.floor(share * len(s))
        # the (allowed+1)-th highest human score must fall below the threshold
        if allowed < len(s):
            t = max(t, float(s[allowed]) + 1e-6)
    return min(t, 0.999)


def model_json(m: Fitted, ai_only: float, attention: float) -> dict:
    return {
        "features": list(FEATURES),
        "mean": [round(float(v), 6) for v in m.mean],
        # A feature held constant (not used) gets scale 1 and coefficient 0.
        "scale": [round(float(v), 6) if v > 1e-6 else 1.0 for v in m.scale],
        "coef": [round(float(v), 6) for v in m.coef],
        "intercept": round(m.intercept, 6),
        "threshold_ai_only": round(ai_only, 6),
        "threshold_needs_attention": round(attention, 6),
    }


if __name__ == "__main__":
    # Pickled documents must name their class as checks_eval.py imports it, so one cache serves
    # both scripts whichever wrote it.
    sys.modules.setdefault("checks_fit", sys.modules[__name__])
    Doc.__module__ = "checks_fit"


def load_prepared(data: Path, cache: Path | None = None) -> list[Doc]:
    """Documents loaded and measured; kept in `cache` (outside the repository) if given."""
    import pickle

    if cache and cache.exists():
        return pickle.loads(cache.read_bytes())
    docs = load(data)
    prepare(docs, data)
    if cache:
        cache.write_bytes(pickle.dumps(docs))
    return docs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--write", action="store_true", help="regenerate the shipped files")
    parser.add_argument("--cache", type=Path, help="pickle of prepared documents (speeds reruns)")
    parser.add_argument(
        "--effects", action="store_true", help="print each feature's AUROC per collection and stop"
    )
    args = parser.parse_args()
    docs = load_prepared(args.data, args.cache)
    if args.effects:
        print_effects(docs)
        return
    out: dict[str, dict] = {}
    for lang in FILES:
        ld = [d for d in docs if d.lang == lang and d.set not in HELD_OUT_ALWAYS]
        ai_only, attention = thresholds(ld, lang)
        final = fit_final_cache[lang] = fit(ld, lang)
        out[lang] = model_json(final, ai_only, attention)
        stock = derive_stock(ld, lang)
        print(f"{lang}: {len(stock)} stock phrases, thresholds {ai_only:.3f} / {attention:.3f}")
        print("  coef", {k: float(v) for k, v in zip(FEATURES, final.coef, strict=True) if v})
        if args.write:
            path = ROOT / "resources" / "lexicons" / f"stock_{lang}.tsv"
            lines = [
                "# Derived by benchmarks/checks_fit.py --write from ../shared/data/aidetect "
                "(see README.md). phrase<TAB>weight<TAB>per-set log ratios of document rates",
            ]
            for k, (w, los) in sorted(stock.items(), key=lambda kv: (-kv[1][0], kv[0])):
                lines.append(f"{k}\t{w:.3f}\t{' '.join(los)}")
            path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    if args.write:
        words = excess_words(args.data)
        (ROOT / "resources" / "lexicons" / "excess_en.tsv").write_text(
            "# Derived by benchmarks/checks_fit.py --write from ../shared/data/aidetect/lexicons/"
            "kobak2024_excess_words.csv (Kobak et al. 2024, MIT): the words of type 'style'.\n"
            + "".join(f"{w}\n" for w in words),
            encoding="utf-8",
        )
        model = {
            "about": "AI-only score: logistic regression over length-normalised style features; "
            "fitted by benchmarks/checks_fit.py --write on ../shared/data/aidetect",
            "min_words": MIN_WORDS,
            "models": out,
            "patterns": {
                lang: {k: round(w, 6) for k, w in sorted(m.patterns.items())}
                for lang, m in fit_final_cache.items()
                if m.patterns
            },
        }
        (ROOT / "resources" / "checks_model.json").write_text(
            json.dumps(model, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
        )
        print("engine vs fitting, mean |difference| of scores:", check_engine_agrees(docs))


def print_effects(docs: list[Doc]) -> None:
    """AUROC of each feature on its own (AI against human) in every collection with both classes,
    texts of TRAIN_MIN_WORDS words or more: above 0.5, the feature is higher in AI text."""
    for lang in FILES:
        by_set: dict[str, list[Doc]] = defaultdict(list)
        for d in docs:
            if d.lang == lang and d.words >= TRAIN_MIN_WORDS and d.set not in HELD_OUT_ALWAYS:
                by_set[pair_key(d)].append(d)
        keys = [
            k
            for k, ds in by_set.items()
            if sum(d.label for d in ds) >= 20 and sum(1 - d.label for d in ds) >= 20
        ]
        print(lang, " | ".join(keys))
        for name in FEATURES:
            if name in ("stock", "patterns"):
                continue  # fitted from the data: only meaningful out of set (checks_eval.py)
            row = []
            for k in keys:
                y = np.array([d.label for d in by_set[k]])
                x = np.array([d.base[name] for d in by_set[k]])
                row.append(f"{auroc_of(x[y == 1], x[y == 0]):.2f}")
            print(f"  {name:15} " + " ".join(row))


def check_engine_agrees(docs: list[Doc], n: int = 300) -> float:
    """The app's engine must compute what the fit saw: score a sample both ways."""
    from studio.checks import Checker, analysis, lexicon, score

    lexicon.lexicon.cache_clear()
    score.score_model.cache_clear()
    analysis._INFO.clear()
    checker = Checker()
    rng = np.random.default_rng(1)
    sample = [d for d in docs if d.words >= MIN_WORDS and d.set not in HELD_OUT_ALWAYS]
    sample = [sample[i] for i in rng.choice(len(sample), min(n, len(sample)), replace=False)]
    diffs = []
    for lang in FILES:
        part = [d for d in sample if d.lang == lang]
        m = fit_final_cache.get(lang)
        if not part or m is None:
            continue
        ours = m.score(part)
        for d, x in zip(part, ours, strict=True):
            style = checker.check(d.text, lang=d.lang).style_score
            if style is not None:
                diffs.append(abs(style - float(x)))
    return round(float(np.mean(diffs)), 4) if diffs else float("nan")


fit_final_cache: dict[str, Fitted] = {}


if __name__ == "__main__":
    main()
