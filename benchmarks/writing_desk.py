"""Speed of the writing desk's core: saving a long article, the authorship record per keystroke,
and the word diff used by the history view.

    python benchmarks/writing_desk.py [--words 100000] [--json]

With --json the last line is one JSON object:
``{"save_ms": {"first", "p50", "p95"}, "apply_change_us": {"p50", "p95"}, "diff_ms": {...}}``.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import tempfile
import time
from pathlib import Path

from studio.authorship import AuthorshipRecord, Origin, UndoSnapshots
from studio.library import ArticleDraft, Library
from studio.text.diff import word_diff

_AR = [
    "الكتابة",
    "مهنةٌ",
    "قديمة",
    "تتطلب",
    "صبراً",
    "وممارسة",
    "يومية",
    "للكاتب",
    "المستقل",
    "في",
    "السوق",
]
_EN = [
    "the",
    "writer",
    "drafts",
    "an",
    "article",
    "for",
    "a",
    "client",
    "every",
    "week",
    "and",
    "checks",
    "each",
    "line",
]


def article(words: int, rng: random.Random) -> str:
    vocab = _AR + _EN
    paragraphs, count = [], 0
    while count < words:
        sentences = []
        for _ in range(rng.randint(3, 6)):
            n = rng.randint(8, 20)
            sentences.append(" ".join(rng.choice(vocab) for _ in range(n)) + rng.choice(".؟!"))
            count += n
        paragraphs.append(" ".join(sentences))
    return "\n\n".join(paragraphs)


def _pct(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * share))]


def bench_save(words: int, rng: random.Random) -> dict[str, float]:
    body = article(words, rng)
    with tempfile.TemporaryDirectory() as folder, Library.open(Path(folder) / "b.qalam") as lib:
        article_id = lib.add_article(ArticleDraft(title="bench", body=body))
        record = lib.authorship(article_id)
        version = lib.get(article_id).version
        timings = []
        for i in range(31):
            pos = len(body) // 2 + i * 3
            body = body[:pos] + "كلمة " + body[pos:]
            record.apply_change(pos, 0, 5, Origin.TYPED)
            started = time.perf_counter()
            version = lib.save(
                article_id, title="bench", body=body, expected_version=version, authorship=record
            ).version
            timings.append((time.perf_counter() - started) * 1000)
    rest = timings[1:]
    return {
        "first": round(timings[0], 1),
        "p50": round(statistics.median(rest), 1),
        "p95": round(_pct(rest, 0.95), 1),
    }


def bench_apply_change(words: int, runs: int) -> dict[str, float]:
    length = words * 6
    record = AuthorshipRecord(length)
    for i in range(runs // 2):
        record.apply_change((length // (runs // 2 or 1)) * i + 17, 0, 5, Origin.PASTED)
    snapshots = UndoSnapshots(record)
    middle = len(record) // 2
    timings = []
    for i in range(2000):
        started = time.perf_counter()
        record.apply_change(middle + i, 0, 1, Origin.TYPED)
        snapshots.edited(1, record)  # what the editor does after every change
        timings.append((time.perf_counter() - started) * 1e6)
    return {
        "runs": len(record.runs()),
        "p50": round(statistics.median(timings), 1),
        "p95": round(_pct(timings, 0.95), 1),
    }


def bench_diff(rng: random.Random) -> dict[str, float]:
    old = article(10_000, rng)
    words = old.split(" ")
    for _ in range(100):
        words[rng.randrange(len(words))] = "تعديل"
    new = " ".join(words)
    started = time.perf_counter()
    word_diff(old, new)
    scattered = (time.perf_counter() - started) * 1000
    started = time.perf_counter()
    word_diff(old, old[:30000] + " جديدة " + old[30000:])
    one = (time.perf_counter() - started) * 1000
    return {"words": 10_000, "scattered_100_edits": round(scattered, 1), "one_edit": round(one, 2)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=100_000)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    rng = random.Random(7)
    figures = {
        "words": args.words,
        "save_ms": bench_save(args.words, rng),
        "apply_change_us": {
            "few_runs": bench_apply_change(args.words, 20),
            "many_runs": bench_apply_change(args.words, 2000),
        },
        "diff_ms": bench_diff(rng),
    }
    if args.json:
        print(json.dumps(figures))
    else:
        for key, value in figures.items():
            print(f"{key:16} {value}")


if __name__ == "__main__":
    main()
