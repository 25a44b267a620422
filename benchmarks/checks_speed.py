"""Speed of the checks engine.

    python benchmarks/checks_speed.py [--json]

- full: a cold check (empty paragraph cache) of a 5,000-word mixed Arabic/English article;
- incremental: re-check of the same article after a one-paragraph edit, cache warm;
- batch: articles per second through `qalam check --jsonl` (a real process, start-up included).
Articles are built from the sample articles shipped in resources/samples, each paragraph made
distinct so that no cache can cheat. With --json the last line is one JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from studio.checks import Checker  # noqa: E402
from studio.text import word_count  # noqa: E402


def sample_paragraphs() -> list[str]:
    paragraphs = []
    for path in sorted((ROOT / "resources" / "samples").glob("*.md")):
        body = path.read_text(encoding="utf-8").split("---", 2)[-1]
        paragraphs += [p for p in body.split("\n") if len(p.split()) >= 8]
    return paragraphs


def article(words: int, seed: int = 0) -> str:
    """Distinct paragraphs (a running number and a seed make each one new) up to `words`."""
    pool = sample_paragraphs()
    out: list[str] = []
    n = 0
    i = seed
    while n < words:
        p = f"{pool[i % len(pool)]} ({seed}-{i})"
        out.append(p)
        n += word_count(p)
        i += 1
    return "\n\n".join(out)


def _ms(runs: list[float]) -> float:
    return round(1000 * statistics.median(runs), 2)


def _timed(fn) -> tuple[float, float]:
    """(wall, CPU) seconds of one call. On a shared machine the CPU time is the engine's own
    cost; the wall time adds waiting for a core."""
    wall, cpu = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - wall, time.process_time() - cpu


def bench_full(text: str, repeat: int = 15) -> dict[str, float]:
    Checker().check(text)  # the model file and word caches load once per process
    runs = []
    for _ in range(repeat):
        checker = Checker()  # empty paragraph cache: every paragraph measured again
        runs.append(_timed(lambda c=checker: c.check(text)))
    return {"wall_ms": _ms([w for w, _ in runs]), "cpu_ms": _ms([c for _, c in runs])}


def bench_incremental(text: str, repeat: int = 30) -> dict[str, float]:
    checker = Checker()
    checker.check(text)
    paragraphs = text.split("\n\n")
    runs = []
    for k in range(repeat):
        j = (7 * k) % len(paragraphs)
        edited = paragraphs.copy()
        edited[j] = edited[j] + f" edit {k}"
        new = "\n\n".join(edited)
        runs.append(_timed(lambda t=new: checker.check(t)))
    return {"wall_ms": _ms([w for w, _ in runs]), "cpu_ms": _ms([c for _, c in runs])}


def bench_batch(count: int = 1000, words: int = 300) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in.jsonl"
        with open(src, "w", encoding="utf-8") as fh:
            for i in range(count):
                fh.write(json.dumps({"id": i, "text": article(words, seed=i)}) + "\n")
        cmd = [sys.executable, "-m", "studio", "--library", str(Path(tmp) / "l.qalam")]
        cmd += ["check", "--jsonl", str(src)]
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        out = subprocess.run(cmd, capture_output=True, text=True, check=True, cwd=ROOT).stdout
        seconds = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
    assert len(out.splitlines()) == count
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {
        "articles": count,
        "words_each": words,
        "wall_s": round(seconds, 2),
        "cpu_s": round(cpu, 2),
        "articles_per_s": round(count / seconds, 1),
        "articles_per_cpu_s": round(count / cpu, 1),
    }


def bench_engine_batch(count: int = 1000, words: int = 300) -> dict[str, float]:
    """The --jsonl loop without the process start-up (imports, opening a library): what a long
    batch approaches."""
    texts = [article(words, seed=10_000 + i) for i in range(count)]
    checker = Checker()
    checker.check(texts[0])

    def run() -> None:
        for i, t in enumerate(texts):
            json.dumps({"id": i, **checker.check(t).contract_json()}, ensure_ascii=False)

    wall, cpu = _timed(run)
    return {"articles_per_s": round(count / wall, 1), "articles_per_cpu_s": round(count / cpu, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    text = article(5000)
    result = {
        "article_words": word_count(text),
        "full_check_ms": bench_full(text),
        "incremental_check_ms": bench_incremental(text),
        "batch": bench_batch(),
        "batch_without_startup": bench_engine_batch(),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}",
        "load_average": [round(x, 2) for x in os.getloadavg()],
        "targets": {"full_check_ms": 50, "incremental_check_ms": 5, "articles_per_s": 200},
    }
    if args.json:
        print(json.dumps(result))
    else:
        for k, v in result.items():
            print(f"{k}: {v}")


if __name__ == "__main__":
    main()
