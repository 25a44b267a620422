"""The Trash in the studio window (studio/gui/trash.py): Delete in the library table and
File ▸ Move Article to Trash move articles there without asking, Undo puts them back, the
Trash view restores them, and only a confirmed Delete Permanently… or Empty Trash… deletes."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from studio.gui.desk_memory import load_desk
from studio.gui.library_model import Column
from studio.gui.main_window import MainWindow
from studio.library import Library
from tests.gui.conftest import library_titles


def _select(win: MainWindow, title: str) -> int:
    row = library_titles(win).index(title)
    article_id = win.model.row_at(row).id
    assert win.select_article(article_id)
    return article_id


def _press_delete(qtbot, win: MainWindow) -> None:
    win.table.setFocus()
    qtbot.waitUntil(win.table.hasFocus)
    qtbot.keyClick(win.table, Qt.Key.Key_Delete)


def test_delete_key_moves_the_selection_to_the_trash_and_undo_puts_it_back(
    qtbot, window: MainWindow, filled_library: Library
) -> None:
    article_id = _select(window, "Writing for clients")
    _press_delete(qtbot, window)
    # No question asked: it is undoable.
    assert window.trash.confirmation is None
    assert "Writing for clients" not in library_titles(window)
    assert filled_library.trashed_ids() == [article_id]
    assert window.trash.undo_note.text() == 'Moved "\u2068Writing for clients\u2069" to the Trash.'
    assert window.trash.undo_note.isVisible() and window.trash.undo_button.isVisible()
    assert window.count_label.text() == "3 articles"
    # The row that took its place is selected, so Delete can go on.
    assert window.table.selectionModel().hasSelection()

    assert window.trash.undo_action.isEnabled()
    assert window.trash.undo_action.shortcut().matches(
        Qt.Key.Key_Z | Qt.KeyboardModifier.ControlModifier
    )
    window.trash.undo_button.click()
    assert "Writing for clients" in library_titles(window)
    assert window.statusBar().currentMessage().startswith("Restored")
    assert not window.trash.undo_button.isVisible()
    assert filled_library.trashed_ids() == []
    assert not window.trash.undo_action.isEnabled()


def test_the_move_action_sits_in_the_edit_menu_with_the_delete_key(window: MainWindow) -> None:
    edit = window.workspace.edit_menu.actions()
    assert window.trash.move_action in edit and window.trash.undo_action in edit
    assert window.trash.move_action.text() == "Move to &Trash"
    assert window.trash.move_action.shortcut().toString() == "Del"
    assert window.trash.move_article_action in window.file_menu.actions()
    assert window.trash.show_action in window.view_menu.actions()


def test_delete_elsewhere_in_the_window_moves_nothing(qtbot, window: MainWindow) -> None:
    # The key belongs to the table only: in the search box it deletes text, and in the
    # reading pane (read-only) it does nothing at all.
    _select(window, "Writing for clients")
    window.filters.search.setText("abc")
    window.filters.search.setFocus()
    qtbot.waitUntil(window.filters.search.hasFocus)
    window.filters.search.setCursorPosition(0)
    qtbot.keyClick(window.filters.search, Qt.Key.Key_Delete)
    assert window.filters.search.text() == "bc"
    window.filters.search.clear()
    _select(window, "Writing for clients")
    window.reader.setFocus()
    qtbot.waitUntil(lambda: not window.table.hasFocus())
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, Qt.Key.Key_Delete)
    assert window.library.trashed_ids() == []


def test_moving_the_open_article_closes_its_tab_and_the_desk_forgets_it(
    qtbot, window: MainWindow, filled_library: Library
) -> None:
    article_id = _select(window, "Archived notes")
    page = window.workspace.open_article(article_id)
    assert page is not None and window.workspace.current_editor() is page
    assert window.trash.move_article_action.isEnabled()
    window.trash.move_article_action.trigger()
    assert window.workspace.editor_for(article_id) is None
    assert filled_library.trashed_ids() == [article_id]
    window.desk.keep_now()
    desk = load_desk(filled_library.path)
    assert desk is not None and article_id not in [t.article_id for t in desk.tabs]
    # Ctrl+Z on the library brings it back, in its tab.
    assert window.workspace.current_editor() is None
    window.table.setFocus()
    qtbot.waitUntil(window.table.hasFocus)
    qtbot.keyClick(window.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert filled_library.trashed_ids() == []
    assert window.workspace.editor_for(article_id) is not None


def test_a_desk_remembering_a_trashed_article_leaves_it_out(
    qtbot, window: MainWindow, filled_library: Library
) -> None:
    article_id = _select(window, "Archived notes")
    assert window.workspace.open_article(article_id) is not None
    window.desk.keep_now()
    window.workspace.close_all()
    # Moved to the Trash elsewhere (qalam trash) while the desk still remembers it.
    filled_library.move_to_trash([article_id])
    with qtbot.waitSignal(window.desk.restored, timeout=5000):
        window.desk.restore()
    assert window.workspace.editor_for(article_id) is None


def test_the_trash_view_restores_and_deletes_permanently_after_asking(
    qtbot, window: MainWindow, filled_library: Library
) -> None:
    first = _select(window, "Writing for clients")
    window.trash.move_selected()
    second = _select(window, "Archived notes")
    window.trash.move_selected()
    assert not window.trash.bar.isVisible()

    window.trash.show_action.trigger()
    assert window.model.view_filter.trashed
    assert window.trash.bar.isVisible() and not window.filters.search.isEnabled()
    # Newest trashed first, the date column saying when.
    assert library_titles(window) == ["Archived notes", "Writing for clients"]
    assert window.model.headerData(Column.UPDATED, Qt.Orientation.Horizontal) == "Trashed"
    assert "2 articles in the Trash" in window.trash.bar.note.text()

    _select(window, "Writing for clients")
    window.trash.restore_action.trigger()
    assert library_titles(window) == ["Archived notes"]
    assert filled_library.trashed_ids() == [second]
    assert filled_library.get(first).trashed_at is None

    _select(window, "Archived notes")
    box = window.trash.confirm_delete_selected()
    assert box is not None and box.isVisible()
    assert "Archived notes" in box.text() and "cannot be undone" in box.text()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    # Cancel (the default): nothing deleted.
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert filled_library.trashed_ids() == [second]
    box = window.trash.confirm_delete_selected()
    assert box is not None
    box.findChild(object, "confirmDelete").click()
    assert filled_library.trashed_ids() == []
    assert second not in filled_library.existing_ids([second])
    assert library_titles(window) == []


def test_delete_in_the_trash_asks_before_deleting(qtbot, window: MainWindow) -> None:
    article_id = _select(window, "Writing for clients")
    window.trash.move_selected()
    window.filters.show_trash(True)
    _select(window, "Writing for clients")
    assert window.trash.move_action.text() == "&Delete Permanently…"
    _press_delete(qtbot, window)
    box = window.trash.confirmation
    assert box is not None and box.isVisible()
    assert window.library.trashed_ids() == [article_id]
    box.button(QMessageBox.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: not shiboken6.isValid(box) or not box.isVisible())


def test_empty_trash_asks_then_deletes_everything_in_it(
    qtbot, window: MainWindow, filled_library: Library
) -> None:
    ids = [row.id for row in filled_library.list()]
    filled_library.move_to_trash(ids[:3])
    window.trash.show_trash()
    assert window.trash.empty_action.isEnabled()
    window.trash.empty_action.trigger()
    box = window.trash.confirmation
    assert box is not None
    assert box.text().startswith("Empty the Trash?")
    assert "3 articles will be deleted for good" in box.text()
    box.findChild(object, "confirmDelete").click()
    assert filled_library.trash_count() == 0 and filled_library.count() == 1
    assert not window.trash.empty_action.isEnabled()
    window.filters.show_trash(False)
    assert library_titles(window) == [filled_library.get(ids[3]).title]


def test_an_article_in_the_trash_is_read_not_edited(qtbot, window: MainWindow) -> None:
    article_id = _select(window, "Writing for clients")
    window.trash.move_selected()
    window.trash.show_trash()
    _select(window, "Writing for clients")
    assert window.reader.article_id == article_id
    window.open_selected_in_editor()
    assert window.workspace.editor_for(article_id) is None
    assert "restore it first" in window.statusBar().currentMessage()
