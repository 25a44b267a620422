"""Export from the window: Copy as HTML, one article to a file, several to a folder in a worker,
the options dialog, and .docx files dropped on the window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QGuiApplication

from studio.export.docx_export import docx_bytes
from studio.export.writing import ExportFormat, ExportOptions
from studio.gui.export_dialog import ExportOptionsDialog
from studio.gui.main_window import MainWindow
from tests.export.conftest import make_article


def _select_rows(window: MainWindow, rows: list[int]) -> None:
    selection = window.table.selectionModel()
    selection.clearSelection()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in rows:
        selection.select(window.model.index(row, 0), flags)
    selection.setCurrentIndex(window.model.index(rows[0], 0), flags)


def test_file_menu_offers_export_and_copy_as_html(window: MainWindow) -> None:
    names = [a.objectName() for a in window.file_menu.actions()]
    assert "export" in names and "copyAsHtml" in names


@pytest.fixture
def clipboard():
    yield QGuiApplication.clipboard()
    # Qt's offscreen clipboard crashes the process at exit if it still holds data it was given.
    QGuiApplication.clipboard().clear()


def test_copy_as_html_puts_the_fragment_and_plain_text_on_the_clipboard(window, clipboard) -> None:
    _select_rows(window, [0])
    article = window.library.get(window.model.row_at(0).id)
    assert window.exports.copy_as_html()
    data = clipboard.mimeData()
    assert 'dir="' in data.html() and "<html" not in data.html()
    first_words = article.body.split()[0].strip("#*")
    assert first_words in data.text()


def test_export_one_article_to_a_file(window, tmp_path: Path) -> None:
    article_id = window.model.row_at(0).id
    target = tmp_path / "one.html"
    assert window.exports.export_one(article_id, target, ExportOptions())
    assert target.read_text("utf-8").startswith("<!DOCTYPE html>")
    assert str(target) in window.statusBar().currentMessage()


def test_export_several_in_a_worker_with_progress(qtbot, window, tmp_path: Path) -> None:
    ids = [window.model.row_at(r).id for r in range(window.model.rowCount())]
    task = window.exports.export_many(ids, tmp_path / "out", ExportOptions(ExportFormat.DOCX))
    with qtbot.waitSignal(task.finished, timeout=30000):
        pass
    assert len(list((tmp_path / "out").glob("*.docx"))) == len(ids)
    assert window.exports.task is None


def test_export_several_can_be_cancelled(qtbot, window, tmp_path: Path) -> None:
    ids = [window.model.row_at(r).id for r in range(window.model.rowCount())] * 50
    task = window.exports.export_many(ids, tmp_path / "many", ExportOptions())
    task.cancel()
    with qtbot.waitSignal(task.finished, timeout=30000):
        pass
    assert len(list((tmp_path / "many").glob("*.html"))) < len(set(ids)) * 50


def test_options_dialog_enables_what_the_format_uses(qtbot) -> None:
    dialog = ExportOptionsDialog(2)
    qtbot.addWidget(dialog)
    assert dialog.format() is ExportFormat.HTML and dialog.theme_box.isEnabled()
    dialog.format_box.setCurrentIndex(dialog.format_box.findData(ExportFormat.PDF))
    assert not dialog.theme_box.isEnabled() and dialog.paper_box.isEnabled()
    assert dialog.options().format is ExportFormat.PDF


def test_dropping_a_word_document_imports_it(qtbot, window, tmp_path: Path) -> None:
    path = tmp_path / "draft.docx"
    path.write_bytes(docx_bytes(make_article("Dropped **text**.", title="From Word")))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        QPointF(50, 50),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(window.import_finished, timeout=15000) as finished:
        window.dropEvent(event)
    [article_id] = finished.args[0].imported
    article = window.library.get(article_id)
    assert (article.title, article.body) == ("From Word", "Dropped **text**.\n")


def test_exporting_one_article_shows_the_wait_cursor(window, tmp_path: Path, monkeypatch) -> None:
    import studio.export.writing as writing

    seen = []
    real = writing.export_article

    def watched(*args, **kwargs):
        cursor = QGuiApplication.overrideCursor()
        seen.append(None if cursor is None else cursor.shape())
        return real(*args, **kwargs)

    monkeypatch.setattr(writing, "export_article", watched)
    assert window.exports.export_one(window.model.row_at(0).id, tmp_path / "a.md", ExportOptions())
    assert seen == [Qt.CursorShape.WaitCursor]
    assert QGuiApplication.overrideCursor() is None
