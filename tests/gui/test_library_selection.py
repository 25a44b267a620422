"""Several articles selected in the library table at once (Ctrl/Shift+click, Shift+arrows,
Ctrl+A): the status bar counts them, Delete moves them all to the Trash with one Undo, Export…
writes them all."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt

from studio.export.writing import ExportFormat, ExportOptions
from studio.gui.main_window import MainWindow
from studio.library import Library
from tests.gui.conftest import library_titles

ROWS = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows


def _select_rows(win: MainWindow, rows: list[int]) -> list[int]:
    selection = win.table.selectionModel()
    selection.clearSelection()
    for row in rows:
        selection.select(win.model.index(row, 0), ROWS)
    return [win.model.row_at(row).id for row in rows]


def test_keys_and_clicks_select_several_and_the_status_bar_counts_them(
    qtbot, window: MainWindow
) -> None:
    window.table.setFocus()
    qtbot.waitUntil(window.table.hasFocus)
    window.table.selectRow(0)
    qtbot.keyClick(window.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(window.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert len(window.table.selectionModel().selectedRows()) == 3
    assert window.count_label.text() == "4 articles · 3 selected"
    qtbot.keyClick(window.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert window.count_label.text() == "4 articles · 4 selected"
    one = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    window.table.selectionModel().select(window.model.index(1, 0), one)
    assert window.count_label.text() == "4 articles"


def test_delete_moves_every_selected_article_and_one_undo_brings_them_back(
    qtbot, window: MainWindow, filled_library: Library
) -> None:
    titles = library_titles(window)
    ids = _select_rows(window, [0, 2])
    window.table.setFocus()
    qtbot.waitUntil(window.table.hasFocus)
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    assert sorted(filled_library.trashed_ids()) == sorted(ids)
    assert library_titles(window) == [titles[1], titles[3]]
    window.trash.undo_button.click()
    assert filled_library.trashed_ids() == []
    assert sorted(library_titles(window)) == sorted(titles)


def test_export_writes_every_selected_article(qtbot, window: MainWindow, tmp_path: Path) -> None:
    ids = _select_rows(window, [0, 1, 3])
    assert window.exports.selected_ids() == sorted(ids, key=ids.index)
    task = window.exports.export_many(
        window.exports.selected_ids(), tmp_path / "out", ExportOptions(ExportFormat.MARKDOWN)
    )
    assert task is not None
    qtbot.waitUntil(lambda: window.exports.task is None, timeout=30_000)
    assert len(list((tmp_path / "out").glob("*.md"))) == 3
