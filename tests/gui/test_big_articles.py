"""Very long articles and very large files in the window: nothing freezes it, and the writer is
told plainly what happens (the sizes are lowered here; benchmarks/big_inputs.py measures the
real 50 MB file and 1,000,000-word article)."""

from __future__ import annotations

from pathlib import Path

import pytest
import shiboken6

from studio.export.writing import ExportOptions
from studio.gui import size_limits
from studio.gui.import_dialogs import ImportSummaryDialog
from studio.gui.main_window import MainWindow
from studio.gui.reader import ReaderPane
from studio.importers import limits
from studio.library import ArticleDraft, Library

PARAGRAPH = "فقرة طويلة من تقرير مفصل عن سوق العمل الحر. "
LONG_BODY = "\n\n".join(f"## القسم {i}\n\n{PARAGRAPH * 8}" for i in range(60))


@pytest.fixture
def long_article(library: Library) -> int:
    article_id = library.add_article(ArticleDraft(title="تقرير طويل", body=LONG_BODY, lang="ar"))
    assert article_id is not None
    return article_id


@pytest.fixture
def window(qtbot, library: Library, long_article: int) -> MainWindow:
    win = MainWindow(library, "en")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_the_reading_pane_shows_the_beginning_of_a_very_long_article(
    qtbot, library: Library, long_article: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(size_limits, "READER_MAX_CHARS", 3000)
    pane = ReaderPane()
    qtbot.addWidget(pane)
    article = library.get(long_article)
    pane.show_article(article)
    text = pane.toPlainText()
    assert "القسم 0" in text and "القسم 59" not in text
    assert f"of {article.words:,} words" in text
    assert "Export it (File ▸ Export…) to read it whole." in text
    assert len(text) < 4000


def test_a_short_article_shows_whole_without_a_note(
    qtbot, library: Library, long_article: int
) -> None:
    pane = ReaderPane()
    qtbot.addWidget(pane)
    pane.show_article(library.get(long_article))
    assert "القسم 59" in pane.toPlainText()
    assert "very long" not in pane.toPlainText()


def test_the_beginning_is_cut_between_paragraphs() -> None:
    cut = size_limits.beginning(LONG_BODY, 2000)
    assert len(cut) <= 2000 and LONG_BODY.startswith(cut)
    assert LONG_BODY[len(cut) : len(cut) + 2] == "\n\n"
    assert size_limits.beginning("short", 2000) == "short"
    assert size_limits.beginning("x" * 50, 10) == "x" * 10


def test_the_editor_declines_a_too_long_article_and_says_what_works(
    qtbot, window: MainWindow, long_article: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(size_limits, "EDITOR_MAX_CHARS", 5000)
    tabs = window.workspace
    before = tabs.count()
    assert tabs.open_article(long_article) is None
    assert tabs.count() == before
    box = tabs.long_article_notice
    assert box is not None and box.isVisible()
    assert "more than the editor can keep responsive" in box.text()
    assert "تقرير طويل" in box.text()
    assert "reading pane" in box.informativeText()
    box.close()
    qtbot.waitUntil(lambda: not shiboken6.isValid(box))


def test_a_long_article_exports_on_a_worker(
    qtbot, window: MainWindow, long_article: int, tmp_path: Path
) -> None:
    target = tmp_path / "long.html"
    task = window.exports.export_in_background(long_article, "تقرير طويل", target, ExportOptions())
    with qtbot.waitSignal(task.finished, timeout=30000):
        pass
    assert "القسم 59" in target.read_text(encoding="utf-8")
    assert window.exports.task is None


def test_a_file_over_the_size_limit_is_refused_with_the_reason(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(limits, "MAX_TEXT_BYTES", 200_000)
    big = tmp_path / "big.txt"
    big.write_text(PARAGRAPH * 8000, encoding="utf-8")
    with qtbot.waitSignal(window.import_finished, timeout=15000) as finished:
        # The import runs on a worker: the window is back at once.
        assert window.start_import([big])
    assert finished.args[0].imported == []
    summary = window.findChild(ImportSummaryDialog)
    assert summary is not None
    reasons = [reason for _file, reason in summary.detail_rows()]
    assert reasons == ["File too large (0.6 MB, limit 0.2 MB)"]
    summary.close()


def test_in_arabic_the_refusal_the_note_and_the_notice_are_translated(
    qtbot, qapp, library: Library, long_article: int, tmp_path: Path, monkeypatch
) -> None:
    from studio.gui.i18n import install_language

    install_language(qapp, "ar")
    monkeypatch.setattr(limits, "MAX_TEXT_BYTES", 200_000)
    monkeypatch.setattr(size_limits, "READER_MAX_CHARS", 3000)
    monkeypatch.setattr(size_limits, "EDITOR_MAX_CHARS", 5000)
    win = MainWindow(library, "ar")
    qtbot.addWidget(win)
    win.show()
    big = tmp_path / "big.txt"
    big.write_text(PARAGRAPH * 8000, encoding="utf-8")
    with qtbot.waitSignal(win.import_finished, timeout=15000):
        win.start_import([big])
    summary = win.findChild(ImportSummaryDialog)
    assert summary is not None
    [(_file, reason)] = summary.detail_rows()
    assert reason == "الملف أكبر من اللازم (٠٫٦ ميغابايت، والحد ٠٫٢ ميغابايت)"
    summary.close()

    win.reader.show_article(library.get(long_article))
    assert "هذا المقال طويل جداً" in win.reader.toPlainText()
    assert win.workspace.open_article(long_article) is None
    box = win.workspace.long_article_notice
    assert box is not None and "أكثر مما يستطيع المحرر" in box.text()
    assert "لوحة القراءة" in box.informativeText()
    box.close()


def test_copy_as_html_of_a_long_article_runs_on_a_worker(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtGui import QGuiApplication

    monkeypatch.setattr(size_limits, "EXPORT_IN_BACKGROUND_CHARS", 1000)
    window.table.selectRow(0)
    try:
        assert window.exports.copy_as_html()
        task = window.exports.task
        assert task is not None  # the window is free while the fragment is rendered
        with qtbot.waitSignal(task.finished, timeout=30000):
            pass
        data = QGuiApplication.clipboard().mimeData()
        assert "القسم 59" in data.text() and 'dir="' in data.html()
    finally:
        # Qt's offscreen clipboard crashes the process at exit if it still holds data.
        QGuiApplication.clipboard().clear()
