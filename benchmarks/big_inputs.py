"""Big inputs: a 50 MB text file and a 1,000,000-word article, from import to export.

    nice -n 10 python benchmarks/big_inputs.py [--words 1000000] [--file-mb 50] [--json]

Measures, on this machine: importing the big file (refused by the size limit: how long until the
refusal), then for the long article its import, the reading pane (which shows the beginning of
an article this long), whether the editor declines it, the HTML export (a worker thread in the
window), the review checklist and similar pieces (command line). The editor is measured at the
longest article it accepts (`studio.gui.size_limits`): opening, the longest stall of the event
loop after opening and after typing, a keystroke, the part of an autosave on the GUI thread and
the save on the worker. `gui_thread_ms` lists everything measured on the GUI thread;
`gui_thread_over_500ms` names what blocks the window longer than half a second.

With --json the last line is one JSON object: {"words", "body_mb", "big_file": {...},
"import_s", "reader_ms", "reader_stall_ms", "editor_declines", "editor_words",
"editor_open_ms", "editor_after_open_stall_ms", "keystroke_ms": {"p50", "max"},
"after_typing_stall_ms", "autosave_gui_ms", "autosave_worker_ms", "export_html_s",
"check_s", "similar_s", "gui_thread_ms": {...}, "gui_thread_over_500ms": [...]}.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

_AR = [
    "الكتابة",
    "مهنة",
    "قديمة",
    "تتطلب",
    "صبرا",
    "وممارسة",
    "يومية",
    "للكاتب",
    "المستقل",
    "في",
    "السوق",
    "العربية",
]
_EN = [
    "the",
    "writer",
    "drafts",
    "every",
    "article",
    "twice",
    "before",
    "sending",
    "it",
    "to",
    "the",
    "client",
]


def long_article(words: int, seed: int = 3) -> str:
    """`words` words of Arabic with English phrases, in paragraphs and sections, as a long
    report or a book chapter is written."""
    rng = random.Random(seed)
    paragraphs = []
    written = 0
    section = 0
    while written < words:
        if written // 5000 > section:
            section = written // 5000
            paragraphs.append(f"## القسم {section}")
            written += 2
        size = min(rng.randint(40, 120), words - written)
        paragraph = [rng.choice(_EN if rng.random() < 0.15 else _AR) for _ in range(size)]
        paragraphs.append(" ".join(paragraph) + ".")
        written += size
    return "# تقرير طويل\n\n" + "\n\n".join(paragraphs) + "\n"


def longest_stall(app: object, seconds: float) -> float:
    """The longest the event loop went without serving a 5 ms timer during `seconds`: how long
    the window would have ignored the writer."""
    from PySide6.QtCore import QEventLoop, QTimer

    beats = [time.perf_counter()]
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: beats.append(time.perf_counter()))
    loop = QEventLoop()
    timer.start()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()
    timer.stop()
    beats.append(time.perf_counter())
    return round(max(b - a for a, b in itertools.pairwise(beats)) * 1000, 1)


def _stage(name: str) -> None:
    print(f"{time.strftime('%H:%M:%S')} {name}", file=sys.stderr, flush=True)


def _ms(start: float) -> float:
    return round((time.perf_counter() - start) * 1000, 1)


def measure(words: int, file_mb: int) -> dict[str, object]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from studio.checks.engine import check
    from studio.export import html_page
    from studio.gui import size_limits
    from studio.gui.editor_page import ArticleEditor
    from studio.gui.editor_save import save_now
    from studio.gui.reader import ReaderPane
    from studio.importers import import_paths
    from studio.library import ArticleDraft, Library
    from studio.similar.service import SimilarService

    app = QApplication.instance() or QApplication([])
    figures: dict[str, object] = {"words": words}
    gui: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        library = Library.open(folder / "big.qalam")

        big = folder / "big.txt"
        with big.open("w", encoding="utf-8") as fh:
            chunk = long_article(20_000)
            while fh.tell() < file_mb * 1024 * 1024:
                fh.write(chunk)
        start = time.perf_counter()
        outcome = import_paths(library, [big])
        figures["big_file"] = {
            "mb": round(big.stat().st_size / 2**20, 1),
            "refused": [r.message for r in outcome.refused],
            "imported": len(outcome.imported),
            "ms": _ms(start),
        }
        big.unlink()

        _stage("import")
        body = long_article(words)
        figures["body_mb"] = round(len(body.encode()) / 2**20, 1)
        path = folder / "long.md"
        path.write_text(body, encoding="utf-8")
        start = time.perf_counter()
        outcome = import_paths(library, [path])
        figures["import_s"] = round(time.perf_counter() - start, 2)
        article_id = outcome.imported[0]
        article = library.get(article_id)

        _stage("export")
        start = time.perf_counter()
        html = html_page(article).html
        figures["export_html_s"] = round(time.perf_counter() - start, 2)
        figures["export_html_mb"] = round(len(html.encode()) / 2**20, 1)
        _stage("check")
        start = time.perf_counter()
        check(article.body, lang="ar")
        figures["check_s"] = round(time.perf_counter() - start, 2)
        _stage("similar")
        start = time.perf_counter()
        service = SimilarService(library)
        service.catch_up()
        service.similar_to_article(article_id)
        figures["similar_s"] = round(time.perf_counter() - start, 2)
        _stage("reader")
        reader = ReaderPane()
        reader.resize(900, 700)
        reader.show()
        start = time.perf_counter()
        reader.show_article(article)
        app.processEvents()
        gui["reader_show_article"] = figures["reader_ms"] = _ms(start)
        figures["reader_stall_ms"] = longest_stall(app, 1.0)
        gui["reader_stall"] = figures["reader_stall_ms"]
        figures["editor_declines"] = len(article.body) > size_limits.EDITOR_MAX_CHARS

        _stage("editor")
        # The editor at the longest article it accepts.
        editable = size_limits.beginning(article.body, size_limits.EDITOR_MAX_CHARS)
        editable_id = library.add_article(ArticleDraft(title="at the limit", body=editable + "."))
        assert editable_id is not None
        at_limit = library.get(editable_id)
        figures["editor_words"] = at_limit.words
        start = time.perf_counter()
        page = ArticleEditor(library, at_limit)
        page.resize(1000, 700)
        page.show()
        app.processEvents()
        gui["editor_open"] = figures["editor_open_ms"] = _ms(start)
        # The outline, figures and authorship record follow on timers: the stall they cause.
        gui["editor_after_open_stall"] = figures["editor_after_open_stall_ms"] = longest_stall(
            app, 3.0
        )
        keys = []
        for ch in "كلمة جديدة new words ":
            start = time.perf_counter()
            QTest.sendKeyEvent(
                QTest.KeyAction.Click,
                page.editor,
                Qt.Key.Key_unknown,
                ch,
                Qt.KeyboardModifier.NoModifier,
            )
            app.processEvents()
            keys.append((time.perf_counter() - start) * 1000)
        figures["keystroke_ms"] = {
            "p50": round(statistics.median(keys), 1),
            "max": round(max(keys), 1),
        }
        gui["keystroke_max"] = round(max(keys), 1)
        gui["after_typing_stall"] = figures["after_typing_stall_ms"] = longest_stall(app, 3.0)
        page.worker.wait()
        start = time.perf_counter()
        request = page.request("autosave")
        gui["autosave_request"] = figures["autosave_gui_ms"] = _ms(start)
        start = time.perf_counter()
        saved = save_now(library, request)
        figures["autosave_worker_ms"] = _ms(start)
        page._on_saved(request, saved)
        page.close_editor()

        library.close()
    figures["gui_thread_ms"] = gui
    figures["gui_thread_over_500ms"] = sorted(k for k, v in gui.items() if v > 500)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description="Big inputs, import to export")
    parser.add_argument("--words", type=int, default=1_000_000)
    parser.add_argument("--file-mb", type=int, default=50)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    figures = measure(args.words, args.file_mb)
    if args.json:
        print(json.dumps(figures, ensure_ascii=False))
    else:
        for key, value in figures.items():
            print(f"{key}: {value}")


if __name__ == "__main__":
    main()
