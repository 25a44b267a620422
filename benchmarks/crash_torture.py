"""Crash torture: a writer's process killed with SIGKILL at random moments never costs more than
the autosave delay and never leaves a damaged library, a mixed text or an older one.

    nice -n 10 python benchmarks/crash_torture.py --runs 500 --json

Per run a child process opens the library and types into its articles like a writer — bursts
of keystrokes, pauses, switching articles, an occasional Ctrl+S — and saves them through the
editor's own save path (`SaveRequest` / `save_now` on a background thread, with the editor's
autosave timing). It reports every keystroke and every acknowledged save on stdout. The parent
kills it at a random moment, opens the library the way the studio does (quick check, WAL
recovery), runs `PRAGMA integrity_check` and the library's row checks, and compares each
article with the text the writer had at each step: the edits are generated deterministically
from (article, step) so the parent can recompute them; the step is also written in the title,
so a title and a body from different saves are noticed. The same library carries on from run
to run, as a writer's does after each crash.

Failures: the library does not open or is damaged; an article holds a text that is no step of
the writer's (a mix), or a step older than its last acknowledged save; a snapshot that is no
step of the writer's; an authorship record or word count that disagrees with the body.
`max_lost_seconds`: at the kill, the age of the oldest edit not in the library.

With --json the last line is one JSON object: {"runs", "failures", "max_lost_seconds",
"autosave_idle_s", "autosave_max_wait_s", "kills_mid_save", "in_flight_saves_kept", "saves",
"keystrokes", "run_seconds": {"p50", "max"}, "lost_seconds": {"p50", "p95"}, "problems": [...]}.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from studio.authorship import Origin  # noqa: E402
from studio.library.writing import body_hash  # noqa: E402

ARTICLES = 3
# Long enough that a save takes tens of milliseconds, so kills land inside transactions.
BASE_WORDS = 20_000
TITLE = "Torture {article} · step {step}"
_TITLE_STEP = re.compile(r"^Torture (\d+) · step (\d+)$")

_TYPED = (
    "كتبتُ هذه الفقرة صباحاً ثم راجعتها، وأضفتُ English words بين الكلمات العربية؟ "
    "The draft goes to the client tomorrow; لا بد من مراجعة أخيرة. "
)
_PASTES = (
    "اقتباس منسوخ من مصدر آخر. ",
    "A pasted sentence from the brief. ",
    "\n\n## عنوان فرعي\n\n",
)


# -- the writer's text, step by step (the parent recomputes it) ------------------------------


def base_body(article: int) -> str:
    rng = random.Random(article)
    words = _TYPED.split()
    lines = []
    for _ in range(BASE_WORDS // 50):
        lines.append(" ".join(rng.choice(words) for _ in range(50)))
    return f"مقال رقم {article}\n\n" + "\n\n".join(lines) + "\n\n"


@dataclass(frozen=True, slots=True)
class Edit:
    position: int
    removed: int
    added: str
    origin: Origin


def edit_at(article: int, step: int, body: str) -> Edit:
    """What the writer does at `step` (1-based) of `article` to `body`: mostly typing at the
    end, sometimes a backspace, a paste, or a word typed in the middle of the text."""
    rng = random.Random(article * 1_000_003 + step)
    roll = rng.random()
    if roll < 0.06 and body:
        return Edit(len(body) - 1, 1, "", Origin.TYPED)
    if roll < 0.08:
        return Edit(len(body), 0, rng.choice(_PASTES), Origin.PASTED)
    if roll < 0.10:
        position = rng.randrange(len(body) + 1)
        return Edit(position, 0, " وأيضاً ", Origin.TYPED)
    return Edit(len(body), 0, _TYPED[(step + 31 * article) % len(_TYPED)], Origin.TYPED)


def apply_edit(body: str, edit: Edit) -> str:
    return body[: edit.position] + edit.added + body[edit.position + edit.removed :]


class WriterModel:
    """The hash of the writer's text at every step of one article, computed as far as needed."""

    def __init__(self, article: int) -> None:
        self.article = article
        self.body = base_body(article)
        self.step = 0
        self.hashes = [body_hash(self.body)]

    def hash_at(self, step: int) -> str:
        while self.step < step:
            self.step += 1
            self.body = apply_edit(self.body, edit_at(self.article, self.step, self.body))
            self.hashes.append(body_hash(self.body))
        return self.hashes[step]


def step_of(title: str) -> int | None:
    match = _TITLE_STEP.match(title)
    return int(match.group(2)) if match else None


# -- the child: a writer typing into the editor's save path -----------------------------------


def _emit(line: str) -> None:
    # One unbuffered write per line: lines under PIPE_BUF never interleave between threads and
    # everything written before the kill reaches the parent.
    os.write(1, (line + "\n").encode())


@dataclass
class _Page:
    """What an `ArticleEditor` keeps about its article, without the widgets."""

    article_id: int
    number: int
    body: str
    step: int
    version: int
    record: object
    saved_step: int
    executor: ThreadPoolExecutor = field(
        default_factory=lambda: ThreadPoolExecutor(max_workers=1, thread_name_prefix="qalam-save")
    )
    pending: Future[object] | None = None
    again: str | None = None
    idle_at: float | None = None
    max_wait_at: float | None = None

    @property
    def dirty(self) -> bool:
        return self.step != self.saved_step

    @property
    def busy(self) -> bool:
        return self.pending is not None and not self.pending.done()


def _child(path: str, seed: int, idle_s: float, max_wait_s: float) -> None:
    from studio.gui.editor_save import SaveRequest, save_now
    from studio.library import Library

    library = Library.open(path)
    pages: list[_Page] = []
    for row in library.list(limit=ARTICLES):
        detail = library.get(row.id)
        step = step_of(detail.title)
        assert step is not None
        number = int(_TITLE_STEP.match(detail.title).group(1))  # type: ignore[union-attr]
        pages.append(
            _Page(
                article_id=row.id,
                number=number,
                body=detail.body,
                step=step,
                version=detail.version,
                record=library.authorship(row.id),
                saved_step=step,
            )
        )
    rng = random.Random(seed)

    def run_save(page: _Page, request: SaveRequest) -> object:
        step = request.generation
        _emit(f"B {page.number} {step} {time.monotonic():.6f}")
        detail = save_now(library, request)
        digest = body_hash(request.body)
        _emit(f"A {page.number} {step} {detail.version} {digest} {time.monotonic():.6f}")
        return detail

    def save(page: _Page, reason: str) -> None:
        if not page.dirty and reason == "autosave":
            return
        if page.busy:
            page.again = reason if page.again in (None, "autosave") else page.again
            return
        page.idle_at = page.max_wait_at = None
        request = SaveRequest(
            article_id=page.article_id,
            title=TITLE.format(article=page.number, step=page.step),
            body=page.body,
            expected_version=page.version,
            reason=reason,
            direction="auto",
            authorship=page.record.copy(),  # type: ignore[attr-defined]
            generation=page.step,
        )
        page.pending = page.executor.submit(run_save, page, request)

    def settle(page: _Page, now: float) -> None:
        if page.pending is not None and page.pending.done():
            detail = page.pending.result()  # an exception here ends the child: a failure
            page.pending = None
            page.version = detail.version  # type: ignore[attr-defined]
            page.saved_step = max(page.saved_step, step_of(detail.title) or 0)  # type: ignore[attr-defined]
            again, page.again = page.again, None
            if again is not None and (page.dirty or again != "autosave"):
                save(page, again)
        for deadline in ("idle_at", "max_wait_at"):
            moment = getattr(page, deadline)
            if moment is not None and now >= moment:
                setattr(page, deadline, None)
                save(page, "autosave")

    def type_one(page: _Page) -> None:
        page.step += 1
        edit = edit_at(page.number, page.step, page.body)
        page.body = apply_edit(page.body, edit)
        page.record.apply_change(edit.position, edit.removed, len(edit.added), edit.origin)  # type: ignore[attr-defined]
        now = time.monotonic()
        _emit(f"K {page.number} {page.step} {now:.6f}")
        page.idle_at = now + idle_s
        if page.max_wait_at is None:
            page.max_wait_at = now + max_wait_s

    def wait_until(moment: float) -> None:
        while True:
            now = time.monotonic()
            for page in pages:
                settle(page, now)
            if now >= moment:
                return
            time.sleep(min(0.005, moment - now))

    _emit("R " + " ".join(f"{p.number}:{p.step}" for p in pages) + f" {time.monotonic():.6f}")
    current = rng.choice(pages)
    while True:
        for _ in range(rng.randint(3, 40)):
            type_one(current)
            wait_until(time.monotonic() + rng.uniform(0.02, 0.15))
        roll = rng.random()
        if roll < 0.15:
            save(current, "manual")  # Ctrl+S
        elif roll < 0.35:
            save(current, "autosave")  # switching tabs saves the one left
            current = rng.choice(pages)
        pause = rng.uniform(0.1, 0.8) if rng.random() < 0.7 else rng.uniform(1.5, 3.0)
        wait_until(time.monotonic() + pause)


# -- the parent: kill, reopen, check ----------------------------------------------------------


@dataclass
class RunResult:
    seconds: float
    lost_seconds: float
    killed_mid_save: bool
    in_flight_kept: int
    saves: int
    keystrokes: int
    problems: list[str]


def create_library(path: Path) -> list[int]:
    from studio.library import ArticleDraft, Library

    with Library.open(path) as library:
        ids = []
        for number in range(ARTICLES):
            body = base_body(number)
            draft = ArticleDraft(title=TITLE.format(article=number, step=0), body=body, lang="ar")
            article_id = library.add_article(draft)
            assert article_id is not None
            ids.append(article_id)
    return ids


def _read_lines(stream: object, into: list[str]) -> None:
    for raw in iter(stream.readline, b""):  # type: ignore[attr-defined]
        into.append(raw.decode("utf-8", "replace").rstrip("\n"))


def _events(lines: list[str]) -> Iterator[list[str]]:
    for line in lines:
        fields = line.split()
        # A line cut by the kill has too few fields; every whole line ends with a time.
        if fields and fields[0] in "RKBA" and re.fullmatch(r"\d+\.\d{6}", fields[-1]):
            yield fields


def _autosave_timing() -> tuple[float, float]:
    from studio.gui.editor_page import AUTOSAVE_IDLE_MS, AUTOSAVE_MAX_WAIT_MS

    return AUTOSAVE_IDLE_MS / 1000, AUTOSAVE_MAX_WAIT_MS / 1000


def one_run(
    path: Path,
    models: dict[int, WriterModel],
    checked_revisions: set[int],
    seed: int,
    kill_after: float,
    timing: tuple[float, float],
    aim_at_save: bool = False,
) -> RunResult:
    from studio.library import Library
    from studio.library.integrity import integrity_problems

    started = time.monotonic()
    child = subprocess.Popen(
        [sys.executable, __file__, "--child", str(path), str(seed), *map(str, timing)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), *sys.path])},
    )
    lines: list[str] = []
    reader = threading.Thread(target=_read_lines, args=(child.stdout, lines), daemon=True)
    reader.start()
    deadline = time.monotonic() + 120
    while not any(line.startswith("R ") for line in lines[:1]):
        if child.poll() is not None or time.monotonic() > deadline:
            child.kill()
            error = child.stderr.read().decode(errors="replace") if child.stderr else ""
            return RunResult(
                0, 0, False, 0, 0, 0, [f"seed {seed}: the writer never started: {error[-800:]}"]
            )
        time.sleep(0.01)
    time.sleep(kill_after)
    if aim_at_save:
        # Wait for the next save to begin, then kill it somewhere inside its transaction.
        seen = sum(1 for line in lines if line.startswith("B "))
        until = time.monotonic() + 4
        while time.monotonic() < until and sum(1 for x in lines if x.startswith("B ")) == seen:
            time.sleep(0.001)
        time.sleep(random.Random(seed).uniform(0, 0.04))
    killed_at = time.monotonic()
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=60)
    reader.join(timeout=60)
    problems: list[str] = []
    if child.returncode != -signal.SIGKILL:
        error = child.stderr.read().decode(errors="replace") if child.stderr else ""
        problems.append(
            f"seed {seed}: the writer stopped by itself ({child.returncode}): {error[-800:]}"
        )

    start_step: dict[int, int] = {}
    acked: dict[int, int] = {}
    acked_version: dict[int, int] = {}
    typed_at: dict[int, dict[int, float]] = {}
    begun: dict[tuple[int, int], bool] = {}
    saves = keystrokes = 0
    for fields in _events(lines):
        kind = fields[0]
        if kind == "R":
            for pair in fields[1:-1]:
                number, step = map(int, pair.split(":"))
                start_step[number] = step
        elif kind == "K":
            keystrokes += 1
            typed_at.setdefault(int(fields[1]), {})[int(fields[2])] = float(fields[3])
        elif kind == "B":
            begun[(int(fields[1]), int(fields[2]))] = True
        elif kind == "A":
            saves += 1
            number, step, version = int(fields[1]), int(fields[2]), int(fields[3])
            begun[(number, step)] = False
            if models[number].hash_at(step) != fields[4]:
                problems.append(f"seed {seed}: article {number} step {step} saved an unknown text")
            acked[number] = max(acked.get(number, 0), step)
            acked_version[number] = max(acked_version.get(number, 0), version)
    in_flight = {key for key, open_ in begun.items() if open_}

    lost = 0.0
    kept = 0
    try:
        library = Library.open(path)
    except Exception as error:
        problems.append(f"seed {seed}: the library does not open: {error!r}")
        return RunResult(
            time.monotonic() - started, 0, bool(in_flight), 0, saves, keystrokes, problems
        )
    try:
        problems += [f"seed {seed}: {p}" for p in integrity_problems(library)]
        for row in library.list(limit=ARTICLES):
            detail = library.get(row.id)
            step = step_of(detail.title)
            match = _TITLE_STEP.match(detail.title)
            if step is None or match is None:
                problems.append(f"seed {seed}: article {row.id} has the title {detail.title!r}")
                continue
            number = int(match.group(1))
            model = models[number]
            must_have = max(acked.get(number, 0), start_step.get(number, 0))
            if step < must_have:
                problems.append(
                    f"seed {seed}: article {number} went back to step {step} from {must_have}"
                )
            if detail.version < acked_version.get(number, 0):
                problems.append(f"seed {seed}: article {number} is at version {detail.version}")
            if body_hash(detail.body) != model.hash_at(step):
                problems.append(
                    f"seed {seed}: article {number} holds a text that is not step {step}"
                )
            if (number, step) in in_flight:
                kept += 1
            if len(library.authorship(row.id)) != len(detail.body):
                problems.append(f"seed {seed}: article {number}'s authorship does not cover it")
            unsaved = [t for s, t in typed_at.get(number, {}).items() if s > step]
            if unsaved:
                lost = max(lost, killed_at - min(unsaved))
            for info in library.revisions(row.id):
                if info.id in checked_revisions:
                    continue
                revision = library.revision(info.id)
                rev_step = step_of(revision.title)
                if (
                    rev_step is None
                    or rev_step > step
                    or body_hash(revision.body) != model.hash_at(rev_step)
                ):
                    problems.append(
                        f"seed {seed}: snapshot {info.id} of article {number} is no step"
                    )
                checked_revisions.add(info.id)
    finally:
        library.close()
    return RunResult(
        time.monotonic() - started, lost, bool(in_flight), kept, saves, keystrokes, problems
    )


def torture(
    runs: int,
    seed: int = 7,
    kill_window: tuple[float, float] = (0.2, 3.0),
    workdir: Path | None = None,
    timing: tuple[float, float] | None = None,
    aim_share: float = 0.4,
    progress: bool = False,
) -> dict[str, object]:
    """`runs` kills; `timing` (idle, max wait) in seconds is the editor's autosave timing unless
    given (the test suite shortens it to fit more saves into short runs); `aim_share` of the
    kills wait for a save to begin."""
    timing = timing or _autosave_timing()
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory(dir=workdir) as tmp:
        path = Path(tmp) / "torture.qalam"
        create_library(path)
        models = {number: WriterModel(number) for number in range(ARTICLES)}
        checked: set[int] = set()
        # Some runs wait for a save to begin before killing: an arbitrary moment rarely falls
        # inside a transaction of a few tens of milliseconds.
        results = []
        for number in range(runs):
            result = one_run(
                path,
                models,
                checked,
                rng.randrange(2**31),
                rng.uniform(*kill_window),
                timing,
                aim_at_save=rng.random() < aim_share,
            )
            results.append(result)
            if progress:
                verdict = "FAILED " + "; ".join(result.problems) if result.problems else "ok"
                print(
                    f"run {number + 1}/{runs}: {verdict}, lost {result.lost_seconds:.3f} s",
                    file=sys.stderr,
                    flush=True,
                )
    problems = [p for r in results for p in r.problems]
    failed = sum(1 for r in results if r.problems)
    seconds = [r.seconds for r in results]
    losses = sorted(r.lost_seconds for r in results)
    return {
        "runs": runs,
        "failures": failed,
        "max_lost_seconds": round(max(losses, default=0.0), 3),
        "autosave_idle_s": timing[0],
        "autosave_max_wait_s": timing[1],
        "kills_mid_save": sum(r.killed_mid_save for r in results),
        "in_flight_saves_kept": sum(r.in_flight_kept for r in results),
        "saves": sum(r.saves for r in results),
        "keystrokes": sum(r.keystrokes for r in results),
        "run_seconds": {
            "p50": round(statistics.median(seconds), 2) if seconds else 0,
            "max": round(max(seconds, default=0.0), 2),
        },
        "lost_seconds": {
            "p50": round(statistics.median(losses), 3) if losses else 0,
            "p95": round(losses[int(0.95 * (len(losses) - 1))], 3) if losses else 0,
        },
        "problems": problems[:20],
    }


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        _, _, path, seed, idle, max_wait = sys.argv
        _child(path, int(seed), float(idle), float(max_wait))
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    figures = torture(args.runs, args.seed, progress=True)
    if args.json:
        print(json.dumps(figures, ensure_ascii=False))
    else:
        for key, value in figures.items():
            print(f"{key}: {value}")


if __name__ == "__main__":
    main()
