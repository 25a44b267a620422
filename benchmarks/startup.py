"""Start-up time: from launching the studio to its main window shown, and to the first page of
the library table painted, with a library of N articles, against a bare PySide6 window launched
the same way in the same run.

    python benchmarks/startup.py --articles 10000 --json
    python benchmarks/startup.py --program dist/qalam/qalam --json     # the built bundle

Each launch is a fresh process (`python -m studio --library L`, or the given program) with a
private HOME, so no saved window layout or settings differ between runs. The studio prints the
wall-clock time once its event loop has shown the main window, and again when the library
table first paints its rows (QALAM_SMOKE_EXIT_AFTER_MS, see studio/gui/desktop.py), and then
closes; the bare window prints the first in a ten-line script. Launch to those moments are the
figures ("app" is the window shown, "app_rows" the first rows shown). Launches alternate
(bare, app, bare, app…) after one unmeasured warm-up of each, so both meet the same caches and
the same load on the machine.

The library is built once per run from ../shared/data/corpus/ar beside the repository (the
articles benchmarks/library_scale.py makes), or from generated text when that is absent; --keep
PATH reuses (or first builds) a library file across runs. The last line of stdout is one JSON
object: {"app": {"median_ms", "max_ms", ...}, "app_rows": {...}, "bare": {...},
"over_bare_ms", "rows_over_bare_ms", "load_average", ...}. The machine's load average is
quoted at the start and the end of the launches: on a busy machine every figure grows.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

SHOWN_MARKER = "qalam-smoke: main window shown at"  # studio/gui/desktop.py
ROWS_MARKER = "qalam-smoke: first rows shown at"
TARGET_OVER_BARE_MS = 300.0
CORPUS = REPO.parent / "shared" / "data" / "corpus" / "ar"

BARE_WINDOW = f"""
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1100, 720)
window.show()
def shown():
    cpu = time.process_time() * 1000
    print(f"{SHOWN_MARKER} {{time.time():.6f}} (cpu {{cpu:.0f}} ms)", file=sys.stderr, flush=True)
    window.close()
QTimer.singleShot(0, shown)
sys.exit(app.exec())
"""


def log(message: str) -> None:
    print(f"[startup] {message}", file=sys.stderr, flush=True)


# -- the library -------------------------------------------------------------------------------


def _generated_drafts(n: int):
    from studio.library import ArticleDraft, Status

    rng = random.Random(6)
    words = [
        "الكتابة",
        "المقال",
        "القارئ",
        "المحرر",
        "العميل",
        "النص",
        "الفقرة",
        "العنوان",
        "المراجعة",
        "النشر",
        "الموقع",
        "writing",
        "article",
        "reader",
        "editor",
        "client",
        "draft",
        "review",
        "publish",
        "story",
    ]
    statuses = list(Status)
    for i in range(n):
        body = "\n\n".join(
            " ".join(rng.choice(words) for _ in range(rng.randint(30, 80))) + "."
            for _ in range(rng.randint(3, 8))
        )
        yield ArticleDraft(
            title=f"{rng.choice(words)} {rng.choice(words)} {i}",
            body=body,
            status=rng.choice(statuses),
            author=f"كاتب {i % 40}",
            tags=[rng.choice(words)],
            external_id=f"startup-{i}",
        )


def build_library(path: Path, n: int, workdir: Path) -> str:
    """Fills `path` with n articles; says where they came from."""
    from studio.library import Library

    library = Library.open(path)
    try:
        have = library.count()
        if have >= n:
            return f"reused ({have} articles)"
        if CORPUS.is_dir() and any(CORPUS.glob("*.jsonl.gz")):
            spec = importlib.util.spec_from_file_location(
                "library_scale", REPO / "benchmarks" / "library_scale.py"
            )
            assert spec and spec.loader
            scale = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(scale)
            jsonl = workdir / "articles.jsonl"
            scale.generate(str(CORPUS), n, str(jsonl), str(workdir / "meta.json"), scale.SEED)
            scale.run_import(library, jsonl)
            source = f"corpus {CORPUS.relative_to(REPO.parent)}"
        else:
            library.add_articles(_generated_drafts(n))
            source = "generated text (no corpus beside the repository)"
        return f"{source}: {library.count()} articles"
    finally:
        library.close()


# -- launching ---------------------------------------------------------------------------------


def launch(command: list[str], env: dict[str, str], timeout: float) -> dict[str, float]:
    """Milliseconds from starting `command` to each marker line it printed ("shown", "rows"),
    and the CPU time the process had used by then ("shown_cpu", "rows_cpu")."""
    started = time.time()
    result = subprocess.run(
        command, env=env, capture_output=True, text=True, encoding="utf-8", timeout=timeout
    )
    found: dict[str, float] = {}
    for line in result.stderr.splitlines():
        for key, marker in (("shown", SHOWN_MARKER), ("rows", ROWS_MARKER)):
            if line.startswith(marker) and key not in found:
                words = line[len(marker) :].replace("(", " ").split()
                found[key] = (float(words[0]) - started) * 1000
                if "cpu" in words:
                    found[f"{key}_cpu"] = float(words[words.index("cpu") + 1])
    if "shown" not in found:
        raise RuntimeError(
            f"no window marker from {' '.join(command)} (exit {result.returncode}):\n"
            f"{result.stderr[-2000:]}"
        )
    return found


def load_average() -> float:
    return round(os.getloadavg()[0], 2)


def summary(values: list[float], cpu: list[float]) -> dict[str, Any]:
    return {
        "median_ms": round(statistics.median(values), 1),
        "max_ms": round(max(values), 1),
        "min_ms": round(min(values), 1),
        "runs_ms": [round(v, 1) for v in values],
        # CPU time of the process up to that moment: far steadier than wall time on a busy
        # machine (both are medians of the same launches).
        "cpu_median_ms": round(statistics.median(cpu), 1) if cpu else None,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=7, help="measured launches of each")
    parser.add_argument(
        "--program",
        help="the studio executable to launch (default: this Python with -m studio)",
    )
    parser.add_argument("--keep", type=Path, metavar="PATH", help="library file to reuse")
    parser.add_argument(
        "--platform",
        default=None,
        help="QT_QPA_PLATFORM for both (default: xcb when DISPLAY is set, else offscreen)",
    )
    parser.add_argument("--timeout", type=float, default=120.0)
    parser.add_argument("--json", action="store_true", help="last line: one JSON object")
    args = parser.parse_args(argv)

    platform_name = args.platform or ("xcb" if os.environ.get("DISPLAY") else "offscreen")
    with tempfile.TemporaryDirectory(prefix="qalam-startup-") as tmp:
        work = Path(tmp)
        library = args.keep or work / "startup.qalam"
        log(f"building a library of {args.articles:,} articles in {library}")
        started = time.perf_counter()
        origin = build_library(library, args.articles, work)
        log(f"library ready in {time.perf_counter() - started:.1f} s: {origin}")

        home = work / "home"
        (home / "runtime").mkdir(parents=True)
        os.chmod(home / "runtime", 0o700)
        env = {
            # Without PYTHONDONTWRITEBYTECODE the warm-up launch leaves the studio's bytecode
            # behind, as an installed copy has it (pip compiles on install); with it, every
            # launch of a source checkout would compile a hundred modules the bare window lacks.
            **{
                k: v
                for k, v in os.environ.items()
                if k not in ("QT_QPA_PLATFORM", "PYTHONDONTWRITEBYTECODE")
            },
            "HOME": str(home),
            "XDG_CONFIG_HOME": str(home / ".config"),
            "XDG_DATA_HOME": str(home / ".local" / "share"),
            "XDG_CACHE_HOME": str(home / ".cache"),
            "XDG_RUNTIME_DIR": str(home / "runtime"),
            "QT_QPA_PLATFORM": platform_name,
            "QALAM_SMOKE_EXIT_AFTER_MS": "0",
        }
        bare_script = work / "bare_window.py"
        bare_script.write_text(BARE_WINDOW, encoding="utf-8")
        program = [args.program] if args.program else [sys.executable, "-m", "studio"]
        app_command = [*program, "--library", str(library), "--lang", "en"]
        bare_command = [sys.executable, str(bare_script)]

        log(f"warming up ({platform_name})")
        launch(bare_command, env, args.timeout)
        launch(app_command, env, args.timeout)
        app_ms: list[float] = []
        rows_ms: list[float] = []
        bare_ms: list[float] = []
        cpu: dict[str, list[float]] = {"app": [], "rows": [], "bare": []}
        load_before = load_average()
        for run in range(args.runs):
            bare_run = launch(bare_command, env, args.timeout)
            bare_ms.append(bare_run["shown"])
            app_run = launch(app_command, env, args.timeout)
            app_ms.append(app_run["shown"])
            # (A build from before the rows marker existed has none: then only the window.)
            if "rows" in app_run:
                rows_ms.append(app_run["rows"])
            for key, run_figures, name in (
                ("bare", bare_run, "shown_cpu"),
                ("app", app_run, "shown_cpu"),
                ("rows", app_run, "rows_cpu"),
            ):
                if name in run_figures:
                    cpu[key].append(run_figures[name])
            rows_text = f", first rows {app_run['rows']:.0f} ms" if "rows" in app_run else ""
            log(
                f"run {run + 1}/{args.runs}: bare {bare_ms[-1]:.0f} ms, "
                f"app window {app_ms[-1]:.0f} ms{rows_text}"
            )
        load_after = load_average()

    app, bare = summary(app_ms, cpu["app"]), summary(bare_ms, cpu["bare"])
    rows = summary(rows_ms, cpu["rows"]) if rows_ms else None
    over = round(app["median_ms"] - bare["median_ms"], 1)
    rows_over = round(rows["median_ms"] - bare["median_ms"], 1) if rows else None
    result = {
        "benchmark": "startup",
        "articles": args.articles,
        "library": origin,
        "program": args.program or "python -m studio",
        "platform": platform_name,
        "runs": args.runs,
        "app": app,
        "app_rows": rows,
        "bare": bare,
        "over_bare_ms": over,
        "rows_over_bare_ms": rows_over,
        "target_over_bare_ms": TARGET_OVER_BARE_MS,
        "within_target": over <= TARGET_OVER_BARE_MS,
        "rows_within_target": rows_over is not None and rows_over <= TARGET_OVER_BARE_MS,
        "load_average": {"before": load_before, "after": load_after, "cpus": os.cpu_count()},
    }
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
    else:
        rows_text = (
            f"first rows shown: median {rows['median_ms']} ms (max {rows['max_ms']}), "
            if rows
            else ""
        )
        print(
            f"main window shown: app median {app['median_ms']} ms (max {app['max_ms']}), "
            f"{rows_text}"
            f"bare median {bare['median_ms']} ms (max {bare['max_ms']}): "
            f"{over} ms / {rows_over} ms over bare (target ≤ {TARGET_OVER_BARE_MS:.0f}); "
            f"load average {load_before} → {load_after}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
