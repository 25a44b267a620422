"""How long the library-wide "reused passages" report takes as the library grows.

    python benchmarks/reuse_report_speed.py --articles 5000 --json

Builds a library of N articles from real Arabic text (``../shared/data/corpus/ar``, made up to N
with reordered copies as ``library_scale.py`` does; the corpus holds near-duplicate news and the
reordered copies share paragraphs, so there are real pairs to find), brings the similar-pieces
index up to date, then runs the report kept in the library (``studio.similar.kept_report``, what
the studio's dialog and ``qalam reuse-report`` use) and measures:

- the first full build (s) and per article looked at (ms, p50/p95 of its steps);
- pairs found, and how many of them are near-duplicates;
- opening the kept report in a new process's service (state and pairs, no index loaded): what
  the dialog shows at once;
- a second run with nothing changed (index caught up, changes looked for, pairs read);
- a run after editing 1% of the articles (each edit replaces the article's first paragraph with
  a paragraph of another article, so it both loses and gains a partner): the time, and how many
  articles were looked at again.

With ``--check`` the kept report after the edits is compared with one built from scratch
(``ReuseReportBuilder``) on the same library (pairs found by one only, or with other shares or
passages), which doubles the run time.

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
from studio.similar.kept_report import KeptReuseReport  # noqa: E402
from studio.similar.report import ReuseReportBuilder  # noqa: E402
from studio.similar.service import SimilarService  # noqa: E402

DEFAULT_CORPUS = REPO.parent / "shared" / "data" / "corpus" / "ar"
SEED = 20261
STEP = 10


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def _kept_run(service: SimilarService) -> tuple[KeptReuseReport, list[float], float]:
    """One pass of the kept report as the CLI runs it: (report, per-article step times, s)."""
    per_article: list[float] = []
    started = time.perf_counter()
    service.catch_up()
    kept = KeptReuseReport(service)
    kept.prepare()
    while not kept.finished:
        before = kept.done
        t = time.perf_counter()
        kept.step(STEP)
        per_article.append((time.perf_counter() - t) / max(kept.done - before, 1))
    return kept, per_article, time.perf_counter() - started


def _edit_one_percent(lib: Library, ids: list[int], rng: random.Random) -> int:
    """Replaces the first paragraph of 1% of the articles with a paragraph of another one."""
    chosen = rng.sample(ids, max(1, len(ids) // 100))
    for article_id in chosen:
        donor = lib.get(rng.choice(ids)).body.split("\n\n")
        body = lib.get(article_id).body.split("\n\n")
        body[0] = rng.choice(donor)
        lib.update(article_id, body="\n\n".join(body))
    return len(chosen)


def _key(pairs: list[Any]) -> list[tuple[Any, ...]]:
    return sorted(
        (p.first_id, p.second_id, p.first_share, p.second_share, p.passages, p.near_duplicate)
        for p in pairs
    )


def benchmark(n: int, corpus: Path, work: Path, check: bool = False) -> dict[str, Any]:
    records, _counts = read_corpus(corpus_files(corpus))
    rng = random.Random(SEED)
    rng.shuffle(records)
    path = work / "report.qalam"
    lib = Library.open(path)
    lib.add_articles(
        ArticleDraft(title=a["title"], body=a["text"], lang="ar", external_id=a["id"])
        for a in make_articles(records, n, SEED)
    )
    service = SimilarService(lib)
    started = time.perf_counter()
    service.catch_up()
    index_s = time.perf_counter() - started
    print(f"indexed {n} in {index_s:.1f} s", file=sys.stderr)

    kept, per_article, first_s = _kept_run(service)
    pairs = kept.pairs()
    print(f"first full build in {first_s:.1f} s", file=sys.stderr)

    # What the dialog shows at once: a new connection and service, no index loaded.
    other = Library.open(path)
    started = time.perf_counter()
    opened = KeptReuseReport(SimilarService(other))
    opened_state = opened.state()
    opened_pairs = opened.pairs()
    open_s = time.perf_counter() - started
    other.close()

    again, _steps, unchanged_s = _kept_run(service)
    started = time.perf_counter()
    unchanged_pairs = again.pairs()
    unchanged_s += time.perf_counter() - started

    edited = _edit_one_percent(lib, service.article_ids(), random.Random(SEED + 1))
    after, _steps, edited_s = _kept_run(service)
    started = time.perf_counter()
    edited_pairs = after.pairs()
    edited_s += time.perf_counter() - started
    print(f"after {edited} edits: {after.done} looked at in {edited_s:.1f} s", file=sys.stderr)

    differing = None
    if check:
        builder = ReuseReportBuilder(service)
        while not builder.step(STEP):
            pass
        scratch = {k[:2]: k for k in _key(builder.pairs())}
        kept_now = {k[:2]: k for k in _key(edited_pairs)}
        # Pairs found by one report only, or with other shares or passages in the two.
        differing = sum(scratch.get(k) != kept_now.get(k) for k in scratch.keys() | kept_now)
    lib.close()
    return {
        "articles": n,
        "index_build_s": round(index_s, 1),
        "first_build_s": round(first_s, 1),
        "per_article_ms_p50": round(statistics.median(per_article) * 1000, 1),
        "per_article_ms_p95": round(_pct(per_article, 0.95) * 1000, 1),
        "pairs": len(pairs),
        "near_duplicate_pairs": sum(p.near_duplicate for p in pairs),
        "pairs_over_half_shared": sum(p.share >= 0.5 for p in pairs),
        "open_kept_s": round(open_s, 3),
        "open_kept_pairs": len(opened_pairs),
        "open_kept_to_look": opened_state.to_look,
        "unchanged_run_s": round(unchanged_s, 3),
        "unchanged_looked_at": again.done,
        "unchanged_same_pairs": _key(unchanged_pairs) == _key(pairs),
        "edited_articles": edited,
        "edited_run_s": round(edited_s, 1),
        "edited_looked_at": after.done,
        "edited_pairs": len(edited_pairs),
        "edited_pairs_differing_from_scratch": differing,
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}",
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--json", action="store_true")
    parser.add_argument(
        "--check", action="store_true", help="compare with a report built from scratch at the end"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        result = benchmark(args.articles, args.corpus, Path(tmp), args.check)
    if args.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key}: {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
