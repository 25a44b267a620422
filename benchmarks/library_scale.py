"""How the library behaves at scale: import rate, size on disk, search latency, first rows.

    python benchmarks/library_scale.py --articles 100000 --json

Builds a fresh library of N articles in a temporary folder from real Arabic text
(``../shared/data/corpus/ar/*.jsonl.gz`` beside the repository), then measures:

- import rate (articles/s, full-text indexing included), through the user's import path
  ``studio.importers.import_paths(library, [jsonl])`` (``Library.add_articles`` while that module
  is missing; the JSON says which one ran). Writing the input JSONL is not timed;
- library size on disk (database + WAL after a checkpoint);
- search latency p50/p95 over 100 Arabic queries made of 1-3 real content words of one corpus
  article each (stopwords and very rare words left out), a quarter written plain, a quarter with
  diacritics added, and the other half with tatweel and alef/ta-marbuta/alef-maqsura variants
  swapped (plain or diacritised), all through ``Library.search(query, limit=20)``; plus the share
  of queries with at least one hit, and how often a variant returns the same articles as its
  plain spelling;
- time to the library table's first rows: ``Library.count()`` + ``Library.list(ListQuery(),
  offset=0, limit=200)``, the calls the GUI's table model makes when it opens, on a freshly
  reopened library (cold) and again (warm); the same sorted by title;
- peak resident memory of this process (the input is generated in a child process so that its
  memory is not counted), and facts about the machine.

How N articles are made from a smaller corpus: the corpus records (deduplicated by the library's
own content hash) are shuffled with a fixed seed. When N exceeds their number, copy k of an
article (k = 1, 2, ...) gets its paragraphs rotated by k and the sentences inside each paragraph
shuffled with a seed of (article, k); its title gets " — نسخة k+1". Each variant's content hash is
checked, so the library's duplicate detection never skips one; an article too short to reorder
(a single sentence) gets a line naming the copy appended instead. Every variant keeps the words of
its original, so word statistics and query hit rates stay those of real text.

When the data folder is absent the script prints why on stderr and ``{"skipped": "..."}`` on
stdout, and exits 0. The last line of stdout is always one JSON object with ``--json``.
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import math
import multiprocessing
import os
import platform
import random
import resource
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
# The script is run as a file, so the repository root is not on sys.path by itself.
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from studio.library import ArticleDraft, Library, ListQuery, Status  # noqa: E402
from studio.library.service import content_hash  # noqa: E402
from studio.text import normalise, split_sentences, words  # noqa: E402

DEFAULT_DATA = REPO.parent / "shared" / "data"
SEED = 20260
QUERY_COUNT = 100
SEARCH_LIMIT = 20
PAGE = 200
TARGETS = {"import_articles_per_s": 1000.0, "search_p95_ms": 30.0, "first_rows_ms": 200.0}

# Arabic function words a user would not search for on their own (normalised on load, so the
# list can be written with its hamzas).
_STOPWORDS_RAW = """
في من إلى الى على عن مع أن إن أنه إنه أنها إنها أو ما لا لم لن ليس ليست هذا هذه ذلك تلك هؤلاء
التي الذي الذين كان كانت يكون تكون كانوا قد ثم كل بين بعد قبل حتى عند إذا أي هو هي هم هما نحن
أنا أنت قال قالت وقال أضاف وأضاف أشار وأشار أيضا حيث غير لكن منذ خلال ضمن عبر لدى له لها لهم
به بها فيه فيها منه منها عليه عليها إليه إليها وفي ومن وعلى وهو وهي وكان وقد ولا وما أم بل كما
مثل وذلك وهذا وهذه كذلك يتم تم وتم اليوم أمس عام سنة أكثر أقل جدا فقط بشكل إطار يوم مما عندما
كيف لماذا متى أين هناك هنا ومع وأن وإن ولم سوف ضد نحو دون حول عليهم إلى لأن وكانت التى الذى
"""
STOPWORDS = frozenset(normalise(w) for w in _STOPWORDS_RAW.split())

FATHA, DAMMA, KASRA, SUKUN, SHADDA = "\u064e", "\u064f", "\u0650", "\u0652", "\u0651"
TANWEEN = ("\u064b", "\u064c", "\u064d")
TATWEEL = "\u0640"
# Letters that never join the next one: a tatweel after them would not be typed.
_NON_JOINING = set("اأإآءؤدذرزوةى")

_FIRST_NAMES = ("أحمد", "سارة", "محمد", "ليلى", "يوسف", "مريم", "خالد", "نور", "عمر", "هدى")
_FAMILY_NAMES = ("العمري", "الحداد", "بن علي", "الزهراني", "المصري", "التونسي", "الشامي", "النجار")
_CLIENTS = [
    f"{kind} {name}"
    for kind in ("شركة", "مجلة", "منصة", "وكالة")
    for name in ("رواق", "مداد", "أفق", "نون", "سنابل", "الغد", "بوصلة", "ضوء", "نخيل", "مرسى")
]
_STATUS_WEIGHTS = {
    Status.PUBLISHED: 40,
    Status.APPROVED: 15,
    Status.IN_REVIEW: 15,
    Status.DRAFT: 20,
    Status.CHANGES_REQUESTED: 5,
    Status.ARCHIVED: 5,
}


# -- input generation (runs in a child process) -----------------------------------------------


def corpus_files(corpus_dir: Path) -> list[Path]:
    """The article files of the corpus: the near-duplicate pair lists hold no text."""
    return sorted(p for p in corpus_dir.glob("*.jsonl.gz") if "pairs" not in p.name)


def read_corpus(files: list[Path]) -> tuple[list[dict[str, Any]], dict[str, int]]:
    """Every usable record, once per content hash (the library would skip a repeat)."""
    records: list[dict[str, Any]] = []
    per_file: dict[str, int] = {}
    seen: set[str] = set()
    for path in files:
        kept = 0
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                text = rec.get("text")
                if not isinstance(text, str) or not text.strip():
                    continue
                digest = content_hash(text)
                if digest in seen:
                    continue
                seen.add(digest)
                rec["_file"] = path.name
                records.append(rec)
                kept += 1
        per_file[path.name] = kept
    return records, per_file


def _rejoin(paragraphs: list[list[str]]) -> str:
    return "\n".join(" ".join(sentences) for sentences in paragraphs)


def vary(text: str, copy: int, rng: random.Random) -> str:
    """A reordering of `text` for copy number `copy` (>= 1): paragraphs rotated, sentences
    shuffled inside each paragraph. The words stay the same."""
    paragraphs = [p for p in text.split("\n") if p.strip()]
    units = [[p[s:e] for s, e in split_sentences(p)] or [p] for p in paragraphs]
    shift = copy % len(units) if units else 0
    units = units[shift:] + units[:shift]
    for sentences in units:
        rng.shuffle(sentences)
    return _rejoin(units)


def make_articles(records: list[dict[str, Any]], n: int, seed: int) -> Iterator[dict[str, Any]]:
    """N input records with unique bodies: the corpus records in the given order first, then
    reordered copies of them."""
    if not records:
        raise ValueError("the corpus has no usable records")
    rng = random.Random(seed)
    people = [f"{f} {fam}" for f in _FIRST_NAMES for fam in _FAMILY_NAMES]
    rng.shuffle(people)
    writers = people[:60]
    statuses = list(_STATUS_WEIGHTS)
    weights = list(_STATUS_WEIGHTS.values())
    epoch = datetime(2023, 1, 1)
    span_s = int((datetime(2026, 6, 30) - epoch).total_seconds())
    seen: set[str] = set()
    made = 0
    copy = 0
    while made < n:
        for index in range(len(records)):
            if made >= n:
                break
            rec = records[index]
            title = (rec.get("title") or "").strip() or rec["text"].strip().split("\n")[0][:80]
            body = rec["text"]
            if copy:
                local = random.Random(f"{seed}:{index}:{copy}")
                for _attempt in range(5):
                    body = vary(rec["text"], copy, local)
                    if content_hash(body) not in seen:
                        break
                else:
                    body = f"{rec['text']}\n(نسخة {copy + 1})"
                title = f"{title} — نسخة {copy + 1}"
            digest = content_hash(body)
            if digest in seen:
                continue
            seen.add(digest)
            source = str(rec.get("source") or rec["_file"])
            tag = rec.get("category") or source.rsplit("/", 1)[-1]
            made += 1
            yield {
                "id": f"{rec.get('id', index)}" + (f"#v{copy + 1}" if copy else ""),
                "title": title,
                "text": body,
                "lang": "ar",
                "status": rng.choices(statuses, weights)[0].value,
                "author": rng.choice(writers),
                "client": rng.choice(_CLIENTS),
                "tags": [tag],
                "created": (epoch + timedelta(seconds=rng.randrange(span_s))).isoformat(),
            }
        copy += 1


def _content_words(text: str) -> list[str]:
    """Surface forms of the words a user might search for, one per normalised form."""
    found: dict[str, str] = {}
    for word in words(text):
        norm = normalise(word)
        if len(norm) < 3 or norm in STOPWORDS or norm in found:
            continue
        if all("\u0621" <= ch <= "\u064a" for ch in norm):
            found[norm] = word
    return list(found.values())


def diacritise(word: str, rng: random.Random) -> str:
    """The word with harakat a writer might add: a vowel on most letters, sometimes a shadda,
    sometimes tanween at the end."""
    out = []
    last = len(word) - 1
    for i, ch in enumerate(word):
        out.append(ch)
        if not ("\u0621" <= ch <= "\u064a") or ch in "اىآ" or (i == 1 and word.startswith("ال")):
            continue
        if i == last and rng.random() < 0.35:
            out.append(rng.choice(TANWEEN))
        elif i > 0 and rng.random() < 0.15:
            out.append(SHADDA + rng.choice((FATHA, DAMMA, KASRA)))
        elif rng.random() < 0.8:
            out.append(rng.choice((FATHA, FATHA, KASRA, DAMMA, SUKUN)))
    return "".join(out)


def variant_spelling(word: str, rng: random.Random) -> str:
    """The word as people also type it: hamza on a bare alef or dropped, ة as ه, final ي as ى,
    and a tatweel stretching it."""
    chars = list(word)
    start = 2 if word.startswith("ال") and len(word) > 3 else 0
    if chars[start] == "ا":
        chars[start] = rng.choice("أإ")
    elif chars[start] in "أإآ":
        chars[start] = "ا"
    if chars[-1] == "ة":
        chars[-1] = "ه"
    elif chars[-1] == "ي":
        chars[-1] = "ى"
    elif chars[-1] == "ى":
        chars[-1] = "ي"
    joinable = [i for i in range(start, len(chars) - 1) if chars[i] not in _NON_JOINING]
    if joinable:
        i = rng.choice(joinable)
        chars[i] += TATWEEL * rng.choice((1, 1, 2))
    return "".join(chars)


def build_queries(records: list[dict[str, Any]], count: int, seed: int) -> list[dict[str, Any]]:
    """`count` queries of 1-3 content words, each taken from one article so that all the words
    co-occur; words in fewer than 3 of a 10,000-article sample count as very rare."""
    rng = random.Random(seed + 1)
    sample = rng.sample(records, min(10_000, len(records)))
    df: Counter[str] = Counter()
    for rec in sample:
        df.update({normalise(w) for w in _content_words(rec["text"])})
    too_common = 0.3 * len(sample)
    queries: list[dict[str, Any]] = []
    forms = ("plain", "diacritics", "variants", "diacritics+variants")
    while len(queries) < count:
        rec = rng.choice(sample)
        pool = [w for w in _content_words(rec["text"]) if 3 <= df[normalise(w)] <= too_common]
        size = rng.choice((1, 2, 3))
        if len(pool) < size:
            continue
        chosen = rng.sample(pool, size)
        form = forms[len(queries) % len(forms)]
        written = chosen
        if "variants" in form:
            written = [variant_spelling(w, rng) for w in written]
        if "diacritics" in form:
            written = [diacritise(w, rng) for w in written]
        queries.append({"query": " ".join(written), "plain": " ".join(chosen), "form": form})
    return queries


def generate(corpus_dir: str, n: int, out_jsonl: str, out_meta: str, seed: int) -> None:
    records, per_file = read_corpus(corpus_files(Path(corpus_dir)))
    # Shuffled once, so a small N draws on every corpus file, and the queries can be taken from
    # the records that actually go into the library.
    random.Random(seed).shuffle(records)
    written = 0
    with open(out_jsonl, "w", encoding="utf-8") as fh:
        for article in make_articles(records, n, seed):
            fh.write(json.dumps(article, ensure_ascii=False) + "\n")
            written += 1
    meta = {
        "files": per_file,
        "base_articles": len(records),
        "written": written,
        "copies_needed": max(0, -(-n // len(records)) - 1) if records else 0,
        "queries": build_queries(records[:n], QUERY_COUNT, seed),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }
    Path(out_meta).write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")


# -- measuring ---------------------------------------------------------------------------------


def _percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile: with 100 samples, p95 is the 95th smallest."""
    ordered = sorted(values)
    return ordered[max(1, math.ceil(q / 100 * len(ordered))) - 1]


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 2)


def _drafts_from_jsonl(path: Path) -> Iterator[ArticleDraft]:
    """What an importer does with our JSONL, for when `studio.importers` is not there yet."""
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            yield ArticleDraft(
                title=rec["title"],
                body=rec["text"],
                lang=rec.get("lang"),
                status=Status.parse(rec.get("status", "draft")),
                author=rec.get("author"),
                client=rec.get("client"),
                tags=list(rec.get("tags") or []),
                external_id=str(rec["id"]),
                created=datetime.fromisoformat(rec["created"]) if rec.get("created") else None,
                source_path=f"{path}:{rec['id']}",
            )


def run_import(library: Library, jsonl: Path) -> tuple[str, Any, float]:
    """Imports `jsonl` the way the user's import does; (code path, outcome, seconds)."""
    importer = None
    if importlib.util.find_spec("studio.importers") is not None:
        import studio.importers as importers

        importer = getattr(importers, "import_paths", None)
    start = time.perf_counter()
    if importer is not None:
        outcome = importer(library, [jsonl])
        used = "studio.importers.import_paths"
    else:
        outcome = library.add_articles(_drafts_from_jsonl(jsonl))
        used = "Library.add_articles (studio.importers.import_paths missing)"
    return used, outcome, time.perf_counter() - start


def checkpoint_size(library: Library) -> dict[str, int]:
    """Bytes on disk once the WAL has been folded into the database, as after a clean close."""
    with library.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db = library.path.stat().st_size
    wal_path = Path(f"{library.path}-wal")
    wal = wal_path.stat().st_size if wal_path.exists() else 0
    return {"db_bytes": db, "wal_bytes": wal, "total_bytes": db + wal}


def time_first_rows(library: Library, query: ListQuery) -> float:
    start = time.perf_counter()
    library.count(query)
    library.list(query, offset=0, limit=PAGE)
    return time.perf_counter() - start


def first_rows(library: Library) -> dict[str, Any]:
    """The table's opening calls, first on a cold process-level cache, then warm (median of 5)."""
    by_updated = ListQuery()
    by_title = ListQuery(sort="title", descending=False)
    cold = time_first_rows(library, by_updated)
    cold_title = time_first_rows(library, by_title)
    warm = statistics.median(time_first_rows(library, by_updated) for _ in range(5))
    warm_title = statistics.median(time_first_rows(library, by_title) for _ in range(5))
    return {
        "rows": len(library.list(by_updated, offset=0, limit=PAGE)),
        "count": library.count(by_updated),
        "default_cold_ms": _ms(cold),
        "default_warm_ms": _ms(warm),
        "title_cold_ms": _ms(cold_title),
        "title_warm_ms": _ms(warm_title),
    }


def run_searches(library: Library, queries: list[dict[str, Any]]) -> dict[str, Any]:
    times: list[float] = []
    hits_by_form: dict[str, list[int]] = {}
    agree = compared = 0
    for q in queries:
        start = time.perf_counter()
        hits = library.search(q["query"], limit=SEARCH_LIMIT)
        times.append(time.perf_counter() - start)
        counts = hits_by_form.setdefault(q["form"], [0, 0])
        counts[0] += 1
        counts[1] += bool(hits)
        if q["form"] != "plain":
            # A spelling variant must find exactly what its plain spelling finds.
            compared += 1
            plain = library.search(q["plain"], limit=SEARCH_LIMIT)
            agree += [h.id for h in plain] == [h.id for h in hits]
    with_hits = sum(c[1] for c in hits_by_form.values())
    return {
        "queries": len(times),
        "limit": SEARCH_LIMIT,
        "first_ms": _ms(times[0]),
        "p50_ms": _ms(_percentile(times, 50)),
        "p95_ms": _ms(_percentile(times, 95)),
        "max_ms": _ms(max(times)),
        "mean_ms": _ms(statistics.fmean(times)),
        "hit_share": round(with_hits / len(times), 3),
        "hit_share_by_form": {f: round(c[1] / c[0], 3) for f, c in hits_by_form.items()},
        "variants_same_results_as_plain": round(agree / compared, 3) if compared else None,
        "slowest": [
            {"query": queries[i]["query"], "ms": _ms(times[i])}
            for i in sorted(range(len(times)), key=times.__getitem__, reverse=True)[:5]
        ],
    }


def machine() -> dict[str, Any]:
    import sqlalchemy

    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        usable = os.cpu_count() or 0
    return {
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "sqlalchemy": sqlalchemy.__version__,
        "cpu_count": os.cpu_count(),
        "cpus_usable": usable,
        "cpu_model": _cpu_model(),
        "platform": platform.platform(),
    }


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor()


# -- the run -----------------------------------------------------------------------------------


def log(message: str) -> None:
    print(f"[library_scale] {message}", file=sys.stderr, flush=True)


def benchmark(n: int, corpus_dir: Path, workdir: Path, library_path: Path) -> dict[str, Any]:
    jsonl = workdir / "articles.jsonl"
    meta_path = workdir / "meta.json"
    log(f"generating {n:,} articles from {corpus_dir}")
    started = time.perf_counter()
    # A separate process, so the memory spent holding the corpus is not this process's peak.
    child = multiprocessing.get_context("spawn").Process(
        target=generate, args=(str(corpus_dir), n, str(jsonl), str(meta_path), SEED)
    )
    child.start()
    child.join()
    if child.exitcode != 0:
        raise RuntimeError(f"input generation failed (exit code {child.exitcode})")
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    generated_s = time.perf_counter() - started
    log(f"generated in {generated_s:.1f} s; importing")

    library = Library.open(library_path)
    try:
        used, outcome, import_s = run_import(library, jsonl)
        imported = len(outcome.imported)
        log(f"imported {imported:,} in {import_s:.1f} s via {used}")
        size = checkpoint_size(library)
    finally:
        library.close()

    # Reopen, as the GUI does on start, so the first-rows figures include cold caches.
    started = time.perf_counter()
    library = Library.open(library_path)
    open_s = time.perf_counter() - started
    try:
        rows = first_rows(library)
        log("searching")
        search = run_searches(library, meta["queries"])
    finally:
        library.close()

    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    result: dict[str, Any] = {
        "benchmark": "library_scale",
        "articles": n,
        "imported": imported,
        "skipped": len(outcome.skipped),
        "refused": len(outcome.refused),
        "import": {
            "code_path": used,
            "seconds": round(import_s, 2),
            "articles_per_s": round(imported / import_s, 1) if import_s else None,
            "input_bytes": jsonl.stat().st_size,
        },
        "size": {**size, "bytes_per_article": round(size["total_bytes"] / max(imported, 1))},
        "open_ms": _ms(open_s),
        "first_rows": rows,
        "search": search,
        "peak_rss_mb": round(peak_mb, 1),
        "generator_peak_rss_mb": meta["peak_rss_mb"],
        "corpus": {
            "dir": str(corpus_dir),
            "files": meta["files"],
            "distinct_articles": meta["base_articles"],
            "reordered_copies_per_article": meta["copies_needed"],
        },
        "machine": machine(),
        "targets": TARGETS,
    }
    result["met"] = {
        "import": (result["import"]["articles_per_s"] or 0) >= TARGETS["import_articles_per_s"],
        "search_p95": search["p95_ms"] <= TARGETS["search_p95_ms"],
        "first_rows": max(rows["default_cold_ms"], rows["title_cold_ms"])
        <= TARGETS["first_rows_ms"],
    }
    return result


def summary(r: dict[str, Any]) -> str:
    s, fr, imp, m = r["search"], r["first_rows"], r["import"], r["machine"]
    lines = [
        f"Library scale: {r['imported']:,} of {r['articles']:,} articles imported "
        f"({r['skipped']} skipped, {r['refused']} refused)",
        f"  import         {imp['articles_per_s']:,} articles/s ({imp['seconds']} s, "
        f"{imp['code_path']})",
        f"  size on disk   {r['size']['total_bytes'] / 1e6:,.1f} MB "
        f"({r['size']['bytes_per_article']:,} bytes/article)",
        f"  open           {r['open_ms']} ms",
        f"  first rows     {fr['default_cold_ms']} ms cold, {fr['default_warm_ms']} ms warm; "
        f"by title {fr['title_cold_ms']} / {fr['title_warm_ms']} ms",
        f"  search         p50 {s['p50_ms']} ms, p95 {s['p95_ms']} ms, max {s['max_ms']} ms; "
        f"{s['hit_share']:.0%} with hits; variants agree {s['variants_same_results_as_plain']}",
        f"  peak memory    {r['peak_rss_mb']} MB (input generator {r['generator_peak_rss_mb']} MB)",
        f"  machine        {m['cpu_count']} CPUs ({m['cpu_model']}), Python {m['python']}, "
        f"SQLite {m['sqlite']}",
        "  targets met    "
        + ", ".join(f"{k}: {'yes' if v else 'NO'}" for k, v in r["met"].items()),
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=10_000, metavar="N")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--keep", type=Path, metavar="PATH", help="build the library here, keep it")
    parser.add_argument(
        "--data",
        type=Path,
        default=Path(os.environ.get("QALAM_DATA_DIR", DEFAULT_DATA)),
        help="the shared data folder (default: ../shared/data beside the repository)",
    )
    args = parser.parse_args(argv)
    if args.articles < 1:
        parser.error("--articles must be at least 1")

    corpus_dir = args.data / "corpus" / "ar"
    if not corpus_dir.is_dir() or not corpus_files(corpus_dir):
        reason = f"no Arabic corpus at {corpus_dir} (the shared data folder is absent)"
        log(f"skipped: {reason}")
        print(json.dumps({"skipped": reason}))
        return 0
    if args.keep is not None and args.keep.exists():
        parser.error(f"--keep {args.keep}: already exists; the benchmark needs a fresh library")

    workdir = Path(tempfile.mkdtemp(prefix="qalam-scale-"))
    try:
        library_path = args.keep or workdir / "bench.qalam"
        result = benchmark(args.articles, corpus_dir, workdir, library_path)
        if args.keep is not None:
            result["kept"] = str(args.keep)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
    else:
        print(summary(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
