"""Typing latency in the writing desk against a bare QTextEdit, and the time to open an article.

    python benchmarks/editor_typing.py --words 100000 --json

Builds a mixed Arabic/English article of about --words words from the bundled samples (front
matter removed, paragraphs interleaved), opens it in the real editor page with every live
feature on (Markdown styling, paragraph directions, word count and reading time, the
authorship record, autosave to a real library on its worker thread, the status line), types
--chars characters in the middle of a paragraph one key event at a time, letting Qt process
its events (layout, paint, timers) after each, and does the same in a bare QTextEdit holding the
same text. The last line printed is one JSON object:
{"editor": {"p50_ms", "p95_ms", "max_ms"}, "baseline": {...}, "open_ms", ...}.

With --checklist on (the default, as in the studio) the checklist panel and its underlines are
live: the writer pauses every --pause-every characters just long enough for the re-check to start
on its worker thread, then types on while it runs, so keystrokes meet the check at its busiest.
"checklist" then gives the first check's time, the time from the last keystroke to the panel and
underlines showing the text as typed, the longest the event loop was blocked meanwhile (wall
time: on a busy machine this counts other programs too), and what showing a check and copying
the text for one cost the GUI thread in CPU time.

--gc studio (the default) leaves Python's full garbage collections to the studio's pauses, as
`qalam gui` does (studio/gui/idle_gc.py); --gc python keeps Python's own thresholds, for
comparison. "full_collections" counts those that ran while the article was open, and the longest.

open_ms runs from reading the article in the library to the page shown and typeable (its first
events processed); ready_ms adds what the page does right after showing it (counting the words
for the status line, reading the authorship record).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TYPED = "وأضاف الكاتب جملة جديدة عن ChatGPT في منتصف الفقرة، ثم English words too. "


def sample_paragraphs() -> tuple[list[str], list[str]]:
    """Paragraphs of the bundled samples, Arabic ones and the others."""
    arabic, other = [], []
    for path in sorted((ROOT / "resources" / "samples").glob("*.md")):
        text = path.read_text(encoding="utf-8")
        text = re.sub(r"\A---\n.*?\n---\n", "", text, flags=re.DOTALL)
        for paragraph in text.split("\n\n"):
            paragraph = paragraph.strip()
            if not paragraph:
                continue
            (arabic if re.search("[\u0600-\u06ff]", paragraph) else other).append(paragraph)
    return arabic, other


def build_article(words: int) -> str:
    from studio.text import word_count

    arabic, other = sample_paragraphs()
    pieces: list[str] = []
    total = 0
    index = 0
    while total < words:
        # Two Arabic paragraphs for one English, a heading now and then.
        if index % 12 == 0:
            pieces.append(f"## القسم {index // 12 + 1}")
        paragraph = other[index % len(other)] if index % 3 == 2 else arabic[index % len(arabic)]
        pieces.append(paragraph)
        total += word_count(paragraph)
        index += 1
    return "\n\n".join(pieces) + "\n"


def middle_of_a_paragraph(text: str) -> int:
    """The middle of the first body paragraph (not a heading) from the middle of the text."""
    start = text.rfind("\n\n", 0, len(text) // 2) + 2
    while text.startswith("#", start):
        start = text.find("\n\n", start) + 2
    end = text.find("\n", start)
    return (start + end) // 2 if end > start else len(text) // 2


def figures(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return {
        "p50_ms": round(statistics.median(ordered), 3),
        "p95_ms": round(p95, 3),
        "max_ms": round(ordered[-1], 3),
    }


# CPU time of the GUI thread per keystroke, beside the wall time: on a shared machine the wall
# time counts other programs too; the CPU time is this editor's own work.
KEY_CPU_MS: dict[str, list[float]] = {}


def type_into(widget, text: str, app, name: str = "") -> list[float]:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    latencies = []
    cpu = KEY_CPU_MS.setdefault(name, []) if name else []
    for ch in text:
        start, start_cpu = time.perf_counter(), time.thread_time()
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
        )
        app.processEvents()
        latencies.append((time.perf_counter() - start) * 1000)
        cpu.append((time.thread_time() - start_cpu) * 1000)
    return latencies


def wait_for(app, done, limit_s: float = 60.0) -> list[float]:  # type: ignore[no-untyped-def]
    """Processes events until `done()`; returns how long each round blocked the loop (ms)."""
    blocked = []
    start = time.perf_counter()
    while not done() and time.perf_counter() - start < limit_s:
        t = time.perf_counter()
        app.processEvents()
        blocked.append((time.perf_counter() - t) * 1000)
        time.sleep(0.001)
    return blocked


def type_with_checklist(page, typed: str, pause_every: int, app):  # type: ignore[no-untyped-def]
    """Types `typed` in runs of `pause_every` characters; after each run, waits just until the
    re-check has started on the worker and goes on typing while it runs."""
    from studio.gui.editor_checks import CHECK_DELAY_MS

    shown: list[float] = []
    page.checks.shown.connect(lambda _o: shown.append(time.perf_counter()))
    # What the checklist costs the GUI thread itself (CPU time of this thread, so other
    # programs on a busy machine do not count): copying the text for a check, and showing an
    # outcome (panel and underlines).
    gui_ms: dict[str, list[float]] = {"copy_for_check": [], "show_outcome": []}

    def timed(name: str, call):  # type: ignore[no-untyped-def]
        def run(*a, **k):  # type: ignore[no-untyped-def]
            start = time.thread_time()
            try:
                return call(*a, **k)
            finally:
                gui_ms[name].append((time.thread_time() - start) * 1000)

        return run

    page.checks.recheck = timed("copy_for_check", page.checks.recheck)
    page.checks._timer.timeout.disconnect()
    page.checks._timer.timeout.connect(page.checks.recheck)
    page.checks.show = timed("show_outcome", page.checks.show)
    start = time.perf_counter()
    # The first check (it looks for reused passages and stores the result too).
    wait_for(app, lambda: bool(shown))
    first_ms = (time.perf_counter() - start) * 1000
    latencies: list[float] = []
    recheck_ms: list[float] = []
    blocked: list[float] = []
    for at in range(0, len(typed), pause_every):
        latencies += type_into(page.editor, typed[at : at + pause_every], app, "editor")
        paused = time.perf_counter()
        seen = len(shown)
        blocked += wait_for(app, lambda: page.checks._timer.isActive() is False, 5.0)
        blocked += wait_for(app, lambda: page.checks.worker.busy, 0.05)
        if at + pause_every >= len(typed):
            # The last pause: wait for the underlines to follow the text.
            blocked += wait_for(app, lambda seen=seen: len(shown) > seen)
            if len(shown) > seen:
                recheck_ms.append((shown[-1] - paused) * 1000)
    outcome = page.checks.outcome
    return latencies, {
        "first_check_ms": round(first_ms, 1),
        # From the last keystroke to the panel and underlines showing the text as typed (the
        # pause before checking included; an autosave's check can come first).
        "current_after_pause_ms": [round(v, 1) for v in recheck_ms],
        "check_delay_ms": CHECK_DELAY_MS,
        "loop_blocked_max_ms": round(max(blocked), 2) if blocked else 0.0,
        "findings": len(outcome.result.findings) if outcome else None,
        "underlines": len(page.editor.check_marks),
        "gui_thread_cpu_ms": {k: figures(v) for k, v in gui_ms.items() if v},
    }


class _FullCollections:
    def __init__(self) -> None:
        self.ms: list[float] = []
        self._start = 0.0

    def __call__(self, phase: str, info: dict[str, int]) -> None:
        if info["generation"] != 2:
            return
        if phase == "start":
            self._start = time.perf_counter()
        else:
            self.ms.append((time.perf_counter() - self._start) * 1000)

    def figures(self) -> dict[str, float]:
        return {"count": len(self.ms), "max_ms": round(max(self.ms, default=0.0), 1)}


def _count_full_collections() -> _FullCollections:
    import gc

    counter = _FullCollections()
    gc.callbacks.append(counter)
    return counter


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=100_000)
    parser.add_argument("--chars", type=int, default=500)
    parser.add_argument("--json", action="store_true", help="print only the JSON result")
    parser.add_argument(
        "--checklist",
        choices=["on", "off"],
        default="on",
        help="the review checklist's panel and underlines (on in the studio by default)",
    )
    parser.add_argument(
        "--pause-every",
        type=int,
        default=100,
        help="with --checklist on: characters typed between two pauses that start a re-check",
    )
    parser.add_argument(
        "--gc",
        choices=["studio", "python"],
        default="studio",
        help="full garbage collections left to the studio's pauses (as `qalam gui` runs) or to "
        "Python's own thresholds",
    )
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication, QLabel, QTextEdit

    from studio.gui.editor_page import ArticleEditor
    from studio.library import ArticleDraft, Library
    from studio.text import word_count

    app = QApplication.instance() or QApplication([])
    if args.gc == "studio":
        from studio.gui import idle_gc

        idle_gc.install(app)
    collections = _count_full_collections()
    body = build_article(args.words)
    typed = (TYPED * (args.chars // len(TYPED) + 1))[: args.chars]
    position = middle_of_a_paragraph(body)
    saves = 0

    with tempfile.TemporaryDirectory() as folder:
        library = Library.open(Path(folder) / "bench.qalam")
        article_id = library.add_article(ArticleDraft(title="مقال طويل", body=body, lang="ar"))
        assert article_id is not None

        start = time.perf_counter()
        article = library.get(article_id)
        page = ArticleEditor(library, article)
        page.resize(1200, 800)
        page.show()
        app.processEvents()
        open_ms = (time.perf_counter() - start) * 1000
        # What the page does just after it is shown: count the words, read the authorship
        # record (both run on timers once the article is on screen).
        _ = page.editor.counts.words
        page.authorship.ensure()
        ready_ms = (time.perf_counter() - start) * 1000

        status = QLabel()
        page.status_changed.connect(lambda: status.setText(page.status_text()))

        def count_save(_article: object) -> None:
            nonlocal saves
            saves += 1

        page.saved.connect(count_save)
        cursor = page.editor.textCursor()
        cursor.setPosition(position)
        page.editor.setTextCursor(cursor)
        page.editor.setFocus()
        app.processEvents()
        checklist: dict[str, object] = {}
        if args.checklist == "on":
            editor_ms, checklist = type_with_checklist(page, typed, args.pause_every, app)
        else:
            page.checks.set_active(False)
            editor_ms = type_into(page.editor, typed, app, "editor")
        assert page.editor.text() == body[:position] + typed + body[position:]
        page.close_editor()
        full_collections = collections.figures()
        saved = library.get(article_id).body == page.editor.text()
        page.deleteLater()
        library.close()

    bare = QTextEdit()
    bare.resize(1200, 800)
    start = time.perf_counter()
    bare.setPlainText(body)
    bare.show()
    app.processEvents()
    bare_open_ms = (time.perf_counter() - start) * 1000
    cursor = bare.textCursor()
    cursor.setPosition(position)
    bare.setTextCursor(cursor)
    bare.setFocus()
    app.processEvents()
    baseline_ms = type_into(bare, typed, app, "baseline")

    result = {
        "editor": figures(editor_ms),
        "baseline": figures(baseline_ms),
        "open_ms": round(open_ms, 1),
        "ready_ms": round(ready_ms, 1),
        "baseline_open_ms": round(bare_open_ms, 1),
        "words": word_count(body),
        "typed_chars": len(typed),
        "autosaves_while_typing": saves,
        "saved_intact": saved,
        "checklist_on": args.checklist == "on",
        "gc": args.gc,
        # Full collections while the article was open and typed into, and the longest.
        "full_collections": full_collections,
        "cpu_per_key": {k: figures(v) for k, v in KEY_CPU_MS.items()},
        **({"checklist": checklist} if checklist else {}),
    }
    if not args.json:
        print(f"article: {result['words']} words; typed {len(typed)} characters in the middle")
        print(f"editor   {result['editor']}")
        print(f"baseline {result['baseline']}")
        print(f"open {result['open_ms']} ms (bare QTextEdit {result['baseline_open_ms']} ms)")
        if checklist:
            print(f"checklist {checklist}")
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
