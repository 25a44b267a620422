"""Where the time of one similar-pieces answer goes, without a library on disk.

    python benchmarks/similar_answer.py --articles 30000 --json [--profile] [--code DIR]

A like-for-like harness for the answer path alone: ``SimilarIndex`` + ``find_similar`` over N
articles held in memory (the 570 ExAra sources plus real Arabic corpus articles, made up to N
with reordered copies as ``library_scale.py`` does), the stored stem hashes and bodies served
from dicts as the library would serve them. 60 queries of about 1,000 words: 30 ordinary ones
(corpus articles not in the index, with a 120-word passage of an indexed article pasted in the
middle, as ``similar_speed.py`` makes them) and 30 ExAra suspicious documents cut to their first
1,000 words (passages reworded by hand: synonyms, shuffled words and phrases).

Prints p50/p95 per kind and overall (wall time, and CPU time of the process, which a busy
machine disturbs much less), how many queries found reuse and how many passages they
found (a check that a faster version still finds the same), and with ``--profile`` the
functions the time goes to (cProfile, cumulative). ``--code DIR`` runs the ``studio`` package
found in DIR instead of this checkout's, so old and new code can be timed alternately on the
same machine. The last line of stdout is one JSON object with ``--json``.
"""

from __future__ import annotations

import argparse
import gzip
import importlib
import json
import os
import random
import statistics
import sys
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
DATA = REPO.parent / "shared" / "data"
SEED = 20261
QUERY_WORDS = 1000
PASTED_WORDS = 120


def _read(path: Path) -> list[dict[str, Any]]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]


def _log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=30000)
    parser.add_argument("--queries", type=int, default=30, help="of each kind")
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--code", type=Path, help="directory holding the studio package to time")
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    sys.path.insert(0, str(args.code or REPO))
    sys.path.insert(1, str(Path(__file__).resolve().parent))
    if not (args.data / "exara" / "sources.jsonl.gz").exists():
        print(json.dumps({"skipped": f"no data folder at {args.data}"}))
        return 0

    # The studio package first: `library_scale` puts this checkout at the front of sys.path,
    # which would otherwise run this checkout's code whatever --code says.
    from studio.similar.features import stem_hashes
    from studio.similar.index import SimilarIndex
    from studio.similar.search import find_similar

    scale = importlib.import_module("library_scale")
    corpus_files, make_articles, read_corpus = (
        scale.corpus_files,
        scale.make_articles,
        scale.read_corpus,
    )

    rng = random.Random(SEED)
    records, _ = read_corpus(corpus_files(args.data / "corpus" / "ar"))
    order = list(range(len(records)))
    rng.shuffle(order)
    outside = [records[i] for i in order[:400]]
    inside = [records[i] for i in order[400:]]
    sources = _read(args.data / "exara" / "sources.jsonl.gz")
    texts = [r["text"] for r in sources]
    texts += [a["text"] for a in make_articles(inside, args.articles - len(texts), SEED)]
    bodies = dict(enumerate(texts, start=1))
    started = time.perf_counter()
    stored = {a: stem_hashes(t) for a, t in bodies.items()}
    index = SimilarIndex()
    index.add_many(stored.items())
    len(index)
    build_s = time.perf_counter() - started
    where = Path(sys.modules["studio.similar.search"].__file__ or "").parent.parent.parent
    _log(f"{len(bodies)} articles indexed in {build_s:.1f} s (code in {where})")

    queries: list[tuple[str, str]] = []
    for _ in range(args.queries):
        words: list[str] = []
        while len(words) < QUERY_WORDS:
            words += rng.choice(outside)["text"].split()
        words = words[:QUERY_WORDS]
        body = rng.choice([b for b in rng.sample(texts, 20) if len(b.split()) > 200])
        source = body.split()
        at = rng.randrange(0, len(source) - PASTED_WORDS)
        words[QUERY_WORDS // 2 : QUERY_WORDS // 2] = source[at : at + PASTED_WORDS]
        queries.append(("ordinary", " ".join(words)))
    suspicious = [r for r in _read(args.data / "exara" / "suspicious.jsonl.gz")]
    suspicious = [r for r in suspicious if len(r["text"].split()) >= 600]
    for r in rng.sample(suspicious, min(args.queries, len(suspicious))):
        # Cut at a word boundary of the original, so offsets stay those of the document.
        cut = 0
        for _n in range(QUERY_WORDS):
            nxt = r["text"].find(" ", cut + 1)
            if nxt < 0:
                cut = len(r["text"])
                break
            cut = nxt
        queries.append(("exara", r["text"][:cut]))

    def fetch(ids: list[int]) -> dict[int, str]:
        return {a: bodies[a] for a in ids if a in bodies}

    def fetch_hashes(ids: list[int]) -> dict[int, Any]:
        return {a: stored[a] for a in ids if a in stored}

    def ask(text: str) -> list[Any]:
        return find_similar(index, text, fetch, limit=10, fetch_hashes=fetch_hashes)

    ask(queries[0][1])  # warm caches (stem tables) as a running studio would have them
    profiler = None
    if args.profile:
        import cProfile

        profiler = cProfile.Profile()
    times: dict[str, list[float]] = {"ordinary": [], "exara": []}
    # CPU time of this process as well: on a machine shared with other work, wall time says as
    # much about the neighbours as about the code; CPU time much less so.
    cpu: dict[str, list[float]] = {"ordinary": [], "exara": []}
    found: dict[str, int] = {"ordinary": 0, "exara": 0}
    passages: dict[str, int] = {"ordinary": 0, "exara": 0}
    for kind, text in queries:
        if profiler:
            profiler.enable()
        started, cpu_started = time.perf_counter(), time.process_time()
        matches = ask(text)
        times[kind].append(time.perf_counter() - started)
        cpu[kind].append(time.process_time() - cpu_started)
        if profiler:
            profiler.disable()
        found[kind] += any(m.passages for m in matches)
        passages[kind] += sum(len(m.passages) for m in matches)
    every = times["ordinary"] + times["exara"]

    def summary(values: list[float]) -> dict[str, float]:
        return {
            "p50": round(statistics.median(values) * 1000, 1),
            "p95": round(_pct(values, 95) * 1000, 1),
            "max": round(max(values) * 1000, 1),
        }

    result: dict[str, Any] = {
        "code": str(Path(sys.modules["studio.similar.search"].__file__ or "").parents[2]),
        "articles": len(bodies),
        "index_build_s": round(build_s, 1),
        "answer_ms": summary(every),
        "answer_cpu_ms": summary(cpu["ordinary"] + cpu["exara"]),
        "by_kind": {
            kind: {
                **summary(v),
                "cpu_p50": summary(cpu[kind])["p50"],
                "cpu_p95": summary(cpu[kind])["p95"],
                "found": found[kind],
                "passages": passages[kind],
            }
            for kind, v in times.items()
        },
        "load_average": [round(x, 2) for x in os.getloadavg()],
    }
    if profiler:
        import io
        import pstats

        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(35)
        _log(out.getvalue())
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(25)
        _log(out.getvalue())
    print(json.dumps(result) if args.json else json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
