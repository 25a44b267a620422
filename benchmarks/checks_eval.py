"""How well the AI-only score separates human from machine text, on scores it never trained on.

    python benchmarks/checks_eval.py [--data ../shared/data/aidetect] [--json]

For each development set: fit on every other set of its language (stock lexicon included),
choose the thresholds by cross-validation on those training sets, then score the set left out.
Reports per set AUROC, the share of human texts flagged ai_only, the share of AI texts flagged
ai_only and the share of texts too short to judge. With --json the last line is one JSON object.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import checks_fit as cf


def auroc(scores: np.ndarray, labels: np.ndarray) -> float | None:
    pos, neg = scores[labels == 1], scores[labels == 0]
    if not len(pos) or not len(neg):
        return None
    order = np.argsort(np.concatenate([pos, neg]), kind="mergesort")
    ranks = np.empty(len(order))
    allv = np.concatenate([pos, neg])[order]
    # average ranks for ties
    i = 0
    r = np.arange(1, len(order) + 1, dtype=float)
    while i < len(allv):
        j = i
        while j + 1 < len(allv) and allv[j + 1] == allv[i]:
            j += 1
        r[i : j + 1] = (i + j + 2) / 2
        i = j + 1
    ranks[order] = r
    return float((ranks[: len(pos)].sum() - len(pos) * (len(pos) + 1) / 2) / (len(pos) * len(neg)))


def evaluate(docs: list[cf.Doc], log=print) -> dict:
    rows = []
    for lang in cf.FILES:
        ld = [d for d in docs if d.lang == lang]
        trainable = [d for d in ld if d.set not in cf.HELD_OUT_ALWAYS]
        for name in dict.fromkeys(d.set for d in ld):
            test = [d for d in ld if d.set == name]
            train = [d for d in trainable if d.set != name]
            t_ai, _ = cf.thresholds(train, lang)
            model = cf.fit(train, lang)
            long = [d for d in test if d.words >= cf.MIN_WORDS]
            s = model.score(long) if long else np.array([])
            y = np.array([d.label for d in long])
            row = {
                "set": name,
                "lang": lang,
                "texts": len(test),
                "human": sum(1 for d in test if not d.label),
                "ai": sum(1 for d in test if d.label),
                "too_short": round(1 - len(long) / len(test), 4),
                "auroc": None if not long else auroc(s, y),
                "threshold": round(t_ai, 4),
                "features": list(model.used),
                "human_flagged": None
                if not (y == 0).any()
                else round(float((s[y == 0] >= t_ai).mean()), 4),
                "ai_flagged": None
                if not (y == 1).any()
                else round(float((s[y == 1] >= t_ai).mean()), 4),
                "human_flagged_by_source": {},
            }
            # Texts under 150 words are never scored; what the model would say about the human
            # ones if they were (the TOEFL essays are all under 150 words) shows how safe the
            # floor makes them, and how safe they would be without it.
            short = [d for d in test if not d.label and 60 <= d.words < cf.MIN_WORDS]
            if short:
                ss = model.score(short)
                row["short_human_flagged_if_scored"] = {
                    src: round(float((ss[[d.subset == src for d in short]] >= t_ai).mean()), 4)
                    for src in sorted({d.subset for d in short})
                }
            for src in sorted({d.subset for d in long if not d.label}):
                idx = [i for i, d in enumerate(long) if not d.label and d.subset == src]
                if idx:
                    row["human_flagged_by_source"][src] = round(float((s[idx] >= t_ai).mean()), 4)
            if row["auroc"] is not None:
                row["auroc"] = round(row["auroc"], 4)
            rows.append(row)
            log(json.dumps(row, ensure_ascii=False))
    return {"rows": rows}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=cf.DEFAULT_DATA)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--cache", type=Path, help="pickle of prepared documents (speeds reruns)")
    args = parser.parse_args()
    if not args.data.exists():
        print(json.dumps({"skipped": f"no data at {args.data}"}))
        return
    start = time.perf_counter()
    docs = cf.load_prepared(args.data, args.cache)
    result = evaluate(docs, log=(lambda s: print(s, file=sys.stderr)) if args.json else print)
    result["protocol"] = (
        "leave one set out: lexicon and model fitted on the other sets of the language, "
        "threshold from those sets' held-out scores (5-fold grouped cross-validation and leave "
        f"one set out, the stricter; <={cf.AI_ONLY_SHARE:.1%} of each human source flagged); "
        f"texts under {cf.MIN_WORDS} words are too short and not scored"
    )
    result["seconds"] = round(time.perf_counter() - start, 1)
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
    else:
        for r in result["rows"]:
            auc = "n/a" if r["auroc"] is None else f"{r['auroc']:.3f}"
            print(
                f"{r['set']:32} AUROC {auc:>6}  human flagged {r['human_flagged']}  "
                f"AI flagged {r['ai_flagged']}  too short {r['too_short']:.0%}"
            )


if __name__ == "__main__":
    main()
