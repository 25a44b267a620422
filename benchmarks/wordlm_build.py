"""Build the English word bigram model the checks read (studio/checks/wordlm.py).

    python benchmarks/wordlm_build.py [--corpus ../shared/data/corpus/en/bbc_news.jsonl.gz]
        [--min-count 2] [--min-pair 1] [--out resources/wordlm_en.json.gz]

Trained on human news writing that is in none of the evaluation sets (BBC News 2004-2005, 2,225
articles, research only: only the vocabulary and derived probabilities are shipped; the human
side of Fast-DetectGPT's XSum set is BBC news too, from later years, so the model knows that
genre best; the feature screen in checks_fit.py only keeps figures that lean the same way in
every collection). Interpolated Kneser-Ney: the bigram
share of a pair is max(c(h, w) - D, 0) / c(h), what is left goes to the continuation unigram
(in how many contexts a word follows). Words seen fewer than --min-count times are one unknown
word; pairs seen fewer than --min-pair times (when above 1) are dropped and their mass goes to
the unigram, for a smaller file. The per-context entropy, second moment and top-1/10/100
probabilities are computed from the stored (rounded) numbers, so they describe exactly the
model the app uses.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from studio.checks.wordlm import (  # noqa: E402
    NUMBER,
    PAIR_SCALE,
    START,
    UNIGRAM_SCALE,
    UNKNOWN,
    sentence_tokens,
)

DEFAULT_CORPUS = ROOT.parent / "shared" / "data" / "corpus" / "en" / "bbc_news.jsonl.gz"


def corpus_sentences(path: Path) -> list[list[str]]:
    out = []
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            for para in (r.get("title", "") + "\n" + r["text"]).split("\n"):
                out.extend(sentence_tokens(para))
    return out


def build(sentences: list[list[str]], min_count: int, min_pair: int) -> dict:
    counts = Counter(w for s in sentences for w in s)
    words = sorted(w for w, n in counts.items() if n >= min_count and w != NUMBER)
    vocab = [START, UNKNOWN, NUMBER, *words]
    ids = {w: i for i, w in enumerate(vocab)}
    size = len(vocab)
    unk = ids[UNKNOWN]
    pair_counts: Counter[tuple[int, int]] = Counter()
    for s in sentences:
        h = ids[START]
        for word in s:
            w = ids.get(word, unk)
            pair_counts[(h, w)] += 1
            h = w
    # Continuation counts: in how many distinct contexts each word occurs.
    cont = np.zeros(size)
    for _, w in pair_counts:
        cont[w] += 1
    cont[ids[START]] = 0  # never predicted
    unigram = np.round(cont / cont.sum() * UNIGRAM_SCALE) / UNIGRAM_SCALE
    unigram[unigram <= 0] = 1 / UNIGRAM_SCALE
    unigram[ids[START]] = 0.0
    unigram /= unigram.sum()
    unigram = np.round(unigram * UNIGRAM_SCALE) / UNIGRAM_SCALE
    unigram[ids[START]] = 1 / UNIGRAM_SCALE  # keeps log() defined; never reached
    # Kneser-Ney discount from the counts of counts.
    n1 = sum(1 for n in pair_counts.values() if n == 1)
    n2 = sum(1 for n in pair_counts.values() if n == 2)
    discount = n1 / (n1 + 2 * n2)
    context_total = np.zeros(size)
    for (h, _), n in pair_counts.items():
        context_total[h] += n
    by_context: dict[int, list[tuple[int, float]]] = {}
    for (h, w), n in pair_counts.items():
        if n < min_pair:
            continue
        share = round((n - discount) / context_total[h] * PAIR_SCALE) / PAIR_SCALE
        if share > 0:
            by_context.setdefault(h, []).append((w, share))
    backoff = np.ones(size)
    entropy = np.zeros(size)
    moment2 = np.zeros(size)
    info = np.zeros(size)
    tops = np.zeros((size, 3))
    log_u = np.log(unigram)
    base_ent = float(-(unigram * log_u).sum())
    base_m2 = float((unigram * log_u * log_u).sum())
    order = np.sort(unigram)[::-1]
    base_tops = (order[0], order[9], order[99])
    for h in range(size):
        seen = by_context.get(h)
        if not seen:
            entropy[h], moment2[h], tops[h] = base_ent, base_m2, base_tops
            info[h] = 0.0  # p(·|h) is the unigram itself
            continue
        lam = round(1.0 - sum(s for _, s in seen), 7)  # as stored
        backoff[h] = lam
        p = lam * unigram
        for w, s in seen:
            p[w] += s
        logp = np.log(p)
        entropy[h] = -(p * logp).sum()
        moment2[h] = (p * logp * logp).sum()
        # KL(p(·|h) || unigram): the expected pointwise mutual information of h and its next word
        info[h] = (p * (logp - log_u)).sum()
        top = -np.partition(-p, (0, 9, 99))
        tops[h] = (top[0], top[9], top[99])
    keys = sorted((h * size + w, s) for h, seen in by_context.items() for w, s in seen)
    gaps, prev = [], 0
    for k, _ in keys:
        gaps.append(k - prev)
        prev = k
    return {
        "about": "English word bigram model (interpolated Kneser-Ney) derived from BBC News by "
        "benchmarks/wordlm_build.py; only probabilities are stored",
        "discount": round(discount, 4),
        "vocab": vocab,
        "unigram": [round(u * UNIGRAM_SCALE) for u in unigram],
        "pair_keys": gaps,
        "pair_shares": [round(s * PAIR_SCALE) for _, s in keys],
        "contexts": {
            "backoff": [round(float(v), 7) for v in backoff],
            "entropy": [round(float(v), 5) for v in entropy],
            "moment2": [round(float(v), 5) for v in moment2],
            "info": [round(float(v), 5) for v in info],
            "top1": _thresholds(tops[:, 0]),
            "top10": _thresholds(tops[:, 1]),
            "top100": _thresholds(tops[:, 2]),
        },
    }


def _thresholds(values: np.ndarray) -> list[float]:
    # A hair under the exact value, so the word that sets it still counts as in the top k.
    return [float(f"{v * (1 - 1e-7):.9g}") for v in values]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--min-count", type=int, default=2)
    parser.add_argument("--min-pair", type=int, default=1)
    parser.add_argument("--out", type=Path, default=ROOT / "resources" / "wordlm_en.json.gz")
    args = parser.parse_args()
    sentences = corpus_sentences(args.corpus)
    model = build(sentences, args.min_count, args.min_pair)
    text = json.dumps(model, ensure_ascii=False, separators=(",", ":"))
    with gzip.open(args.out, "wt", encoding="utf-8", compresslevel=9) as fh:
        fh.write(text)
    print(
        json.dumps(
            {
                "sentences": len(sentences),
                "words": sum(len(s) for s in sentences),
                "vocab": len(model["vocab"]),
                "pairs": len(model["pair_keys"]),
                "discount": model["discount"],
                "bytes": args.out.stat().st_size,
            }
        )
    )


if __name__ == "__main__":
    main()
