"""How long the library-wide "reused passages" report takes as the library grows.

    python benchmarks/reuse_report_speed.py --articles 5000 --json

Builds a library of N articles from real Arabic text (``../shared/data/corpus/ar``, made up to N
with reordered copies as ``library_scale.py`` does; the corpus holds near-duplicate news and the
reordered copies share paragraphs, so there are real pairs to find), brings the similar-pieces
index up to date, then runs the report (``studio.similar.report.reuse_report``) and measures:

- the whole report (s) and per article looked at (ms, p50/p95 of the builder's steps);
- pairs found, and how many of them are near-duplicates.

The last line of stdout is one JSON object with ``--json``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from library_scale import corpus_files, make_articles, read_corpus  # noqa: E402

from studio.library import ArticleDraft, Library  # noqa: E402
from studio.similar.report import ReuseReportBuilder  # noqa: E402
from studio.similar.service import SimilarService  # noqa: E402

DEFAULT_CORPUS = REPO.parent / "shared" / "data" / "corpus" / "ar"
SEED = 20261
STEP = 10


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def benchmark(n: int, corpus: Path, work: Path) -> dict[str, Any]:
    records, _counts = read_corpus(corpus_files(corpus))
    rng = random.Random(SEED)
    rng.shuffle(records)
    lib = Library.open(work / "report.qalam")
    lib.add_articles(
        ArticleDraft(title=a["title"], body=a["text"], lang="ar", external_id=a["id"])
        for a in make_articles(records, n, SEED)
    )
    service = SimilarService(lib)
    started = time.perf_counter()
    service.catch_up()
    index_s = time.perf_counter() - started
    print(f"indexed {n} in {index_s:.1f} s", file=sys.stderr)
    builder = ReuseReportBuilder(service)
    per_article: list[float] = []
    started = time.perf_counter()
    while not builder.finished:
        before = builder.done
        t = time.perf_counter()
        builder.step(STEP)
        per_article.append((time.perf_counter() - t) / max(builder.done - before, 1))
    pairs = builder.pairs()
    total_s = time.perf_counter() - started
    lib.close()
    return {
        "articles": n,
        "index_build_s": round(index_s, 1),
        "report_s": round(total_s, 1),
        "per_article_ms_p50": round(statistics.median(per_article) * 1000, 1),
        "per_article_ms_p95": round(_pct(per_article, 0.95) * 1000, 1),
        "pairs": len(pairs),
        "near_duplicate_pairs": sum(p.near_duplicate for p in pairs),
        "pairs_over_half_shared": sum(p.share >= 0.5 for p in pairs),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}",
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        result = benchmark(args.articles, args.corpus, Path(tmp))
    if args.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key}: {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
