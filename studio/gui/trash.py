"""The Trash in the studio window: moving articles there (Delete in the library table, Edit ▸
Move to Trash, File ▸ Move Article to Trash on an open article), undoing that, and the Trash
view (the status filter's "Trash") with Restore, Delete Permanently… and Empty Trash….

Moving to the Trash asks nothing: it is undone as easily (Edit ▸ Undo Move to Trash, Ctrl+Z in
the library, or the Undo button beside the status message). Only deleting for good asks, naming
the articles, with Cancel as the default. Every step is one short transaction (trashing 1,000
articles takes milliseconds; deleting them for good a fraction of a second), so nothing here
needs a worker thread.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from studio.gui.busy_cursor import busy_cursor
from studio.gui.error_texts import error_message
from studio.gui.library_model import isolate
from studio.library import LibraryError, ListQuery

if TYPE_CHECKING:
    from studio.gui.main_window import MainWindow

# How long the "moved to the Trash" message and its Undo button stay in the status bar.
UNDO_SHOWN_MS = 15_000
# Titles named in a confirmation; the rest are counted.
NAMED_TITLES = 8


def _title(text: str) -> str:
    """A title inside a sentence of the other direction keeps its own (and stays one line)."""
    return isolate(" ".join(text.split()) or "…")


class TrashBar(QWidget):
    """Above the library table while the Trash is shown: what the Trash is, and its actions."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trashBar")
        self.note = QLabel(self)
        self.note.setObjectName("trashNote")
        self.note.setWordWrap(True)
        self.note.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.restore_button = QToolButton(self)
        self.restore_button.setObjectName("restoreFromTrash")
        self.delete_button = QToolButton(self)
        self.delete_button.setObjectName("deletePermanently")
        self.empty_button = QToolButton(self)
        self.empty_button.setObjectName("emptyTrash")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.note, 1)
        for button in (self.restore_button, self.delete_button, self.empty_button):
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            layout.addWidget(button)
        self.hide()

    def show_count(self, count: int) -> None:
        self.note.setText(
            self.tr(
                "%Ln article(s) in the Trash: left out of the library, its search and similar "
                "pieces until you restore them.",
                "",
                count,
            )
        )


class TrashController(QObject):
    """Installs the Trash's actions in `window` and carries them out."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        workspace = window.workspace
        # The last move to the Trash, for Undo: the ids moved and those whose tab it closed.
        self._last: tuple[list[int], list[int]] | None = None
        # The confirmation on show (tests answer it).
        self.confirmation: QMessageBox | None = None

        self._move_text = self.tr("Move to &Trash")
        self.move_action = self._action(self._move_text, self.move_selected, "moveToTrash")
        # Delete (and Cmd+Backspace on a Mac, as in Finder) while the table has the focus only:
        # in the search box or the editor the key keeps deleting text.
        shortcuts = [QKeySequence(QKeySequence.StandardKey.Delete)]
        if sys.platform == "darwin":
            shortcuts.append(QKeySequence("Ctrl+Backspace"))
        self.move_action.setShortcuts(shortcuts)
        self.move_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        window.table.addAction(self.move_action)
        self.move_article_action = self._action(
            self.tr("Move Article to T&rash"), self.move_open_article, "moveArticleToTrash"
        )
        self.undo_action = self._action(
            self.tr("Undo Move to Tras&h"), self.undo, "undoMoveToTrash"
        )
        self.undo_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.show_action = self._action(self.tr("&Trash"), self.show_trash, "showTrash")
        self.restore_action = self._action(self.tr("&Restore"), self.restore_selected, "restore")
        self.delete_action = self._action(
            self.tr("&Delete Permanently…"), self.confirm_delete_selected, "deletePermanently"
        )
        self.empty_action = self._action(self.tr("&Empty Trash…"), self.confirm_empty, "emptyTrash")

        edit = workspace.edit_menu
        first = edit.actions()[0] if edit.actions() else None
        for action in (self.undo_action, None, self.move_action):
            if action is None:
                edit.insertSeparator(first)
            else:
                edit.insertAction(first, action)
        edit.insertSeparator(first)
        file_menu = window.file_menu
        actions = file_menu.actions()
        close_tab = workspace.close_tab_action
        after = actions[actions.index(close_tab) + 1] if close_tab in actions else None
        file_menu.insertAction(after, self.move_article_action)
        view = window.view_menu
        view_first = view.actions()[0] if view.actions() else None
        view.insertAction(view_first, self.show_action)

        self.bar = TrashBar(window.table.parentWidget())
        self.bar.restore_button.setDefaultAction(self.restore_action)
        self.bar.delete_button.setDefaultAction(self.delete_action)
        self.bar.empty_button.setDefaultAction(self.empty_action)
        column = window.table.parentWidget().layout()
        column.insertWidget(column.indexOf(window.table), self.bar)  # type: ignore[attr-defined]

        self.undo_button = QPushButton(self.tr("Undo"), window)
        self.undo_button.setObjectName("undoTrashButton")
        self.undo_button.setFlat(True)
        self.undo_button.clicked.connect(self.undo)
        self.undo_button.hide()
        # What was moved, with its Undo button beside it, as ordinary status bar widgets next
        # to the article count (a temporary message is drawn over ordinary widgets, so the
        # button cannot sit beside one); any later message replaces both.
        self.undo_note = QLabel(window)
        self.undo_note.setObjectName("undoTrashNote")
        self.undo_note.hide()
        window.statusBar().addWidget(self.undo_note)
        window.statusBar().addWidget(self.undo_button)
        self._undo_timer = QTimer(self)
        self._undo_timer.setSingleShot(True)
        self._undo_timer.setInterval(UNDO_SHOWN_MS)
        self._undo_timer.timeout.connect(self._hide_undo)
        window.statusBar().messageChanged.connect(self._on_message)

        window.filters.changed.connect(lambda _filter: self._update())
        window.table.selectionModel().selectionChanged.connect(lambda *_args: self._update())
        window.model.modelReset.connect(self._update)
        workspace.currentChanged.connect(lambda _index: self._update())
        window.library_switched.connect(self._forget_undo)
        self._update()

    def _action(self, text: str, slot: object, name: str) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: slot())  # type: ignore[operator]
        return action

    # -- state ---------------------------------------------------------------------------------

    @property
    def in_trash(self) -> bool:
        return self.window.model.view_filter.trashed

    def selected_ids(self) -> list[int]:
        """The articles selected in the library table (the current row when none is)."""
        window = self.window
        selection = window.table.selectionModel()
        rows = sorted({index.row() for index in selection.selectedRows()})
        if not rows and selection.currentIndex().isValid():
            rows = [selection.currentIndex().row()]
        found = [window.model.row_at(row) for row in rows]
        return [row.id for row in found if row is not None]

    def _update(self) -> None:
        window = self.window
        writing = window.workspace.current_editor() is not None
        trash = self.in_trash
        selected = bool(self.selected_ids()) and not writing
        self.move_action.setEnabled(selected)
        # In the Trash the same key deletes for good (after asking): the menu says so.
        self.move_action.setText(self.delete_action.text() if trash else self._move_text)
        self.move_article_action.setEnabled(writing)
        self.undo_action.setEnabled(self._last is not None)
        # Ctrl+Z undoes the move while the library is shown; an article's tab keeps it for
        # its text (the editor's Undo is disabled on the library tab, so they never clash).
        self.undo_action.setShortcut(
            QKeySequence() if writing else QKeySequence(QKeySequence.StandardKey.Undo)
        )
        for action in (self.restore_action, self.delete_action):
            action.setEnabled(trash and selected)
        self.empty_action.setEnabled(trash and window.model.total() > 0)
        self.restore_action.setVisible(trash)
        self.delete_action.setVisible(trash)
        self.empty_action.setVisible(trash)
        self.bar.setVisible(trash)
        if trash:
            self.bar.show_count(window.model.total())
        # Search leaves trashed articles out: the box would only mislead in the Trash.
        window.filters.search.setEnabled(not trash)

    def _titles(self, ids: list[int], *, trashed: bool) -> dict[int, str]:
        rows = self.window.library.list(ListQuery(ids=ids, trashed=trashed), 0, len(ids))
        return {row.id: row.title for row in rows}

    def _say(self, text: str, *, undo: bool = False) -> None:
        if not undo:
            self.window.statusBar().showMessage(text, 8000)
            return
        self.window.statusBar().clearMessage()
        self.undo_note.setText(text)
        self.undo_note.show()
        self.undo_button.show()
        self._undo_timer.start()

    def _hide_undo(self) -> None:
        self._undo_timer.stop()
        self.undo_note.hide()
        self.undo_button.hide()

    def _on_message(self, text: str) -> None:
        # Another message replaces what was moved, and its Undo (Edit ▸ Undo stays).
        if text:
            self._hide_undo()

    def _failed(self, error: LibraryError) -> None:
        self.window.statusBar().showMessage(error_message(error), 8000)

    def _refresh(self, select_row: int | None = None) -> None:
        window = self.window
        window.refresh()
        count = window.model.rowCount()
        if select_row is not None and count and not window.table.selectionModel().hasSelection():
            # The row that took the place of the one that went, as in a mail client.
            window.select_article(window.model.row_at(min(select_row, count - 1)).id)  # type: ignore[union-attr]
        self._update()

    # -- moving to the Trash ---------------------------------------------------------------------

    def move_selected(self) -> list[int]:
        """Delete in the library table: to the Trash, or — in the Trash — for good (asked)."""
        if self.window.workspace.current_editor() is not None:
            return []
        if self.in_trash:
            self.confirm_delete_selected()
            return []
        selection = self.window.table.selectionModel()
        row = selection.currentIndex().row() if selection.currentIndex().isValid() else None
        return self.move_to_trash(self.selected_ids(), select_row=row)

    def move_open_article(self) -> list[int]:
        page = self.window.workspace.current_editor()
        if page is None:
            return []
        return self.move_to_trash([page.article_id])

    def move_to_trash(self, ids: list[int], *, select_row: int | None = None) -> list[int]:
        """Closes the articles' tabs (saving them) and moves them to the Trash; an article whose
        tab would not close (a conflict to settle) stays where it is. The ids moved."""
        if not ids:
            return []
        workspace = self.window.workspace
        try:
            titles = self._titles(ids, trashed=False)
        except LibraryError as error:
            self._failed(error)
            return []
        wanted: list[int] = []
        closed: list[int] = []
        for article_id in ids:
            page = workspace.editor_for(article_id)
            if page is not None:
                if not workspace.close_tab(workspace.indexOf(page)):
                    continue
                closed.append(article_id)
            wanted.append(article_id)
        try:
            moved = self.window.library.move_to_trash(wanted)
        except LibraryError as error:
            self._failed(error)
            return []
        if not moved:
            return []
        self._last = (moved, [i for i in closed if i in moved])
        # Out of every similar-pieces answer at once, before the index next catches up.
        self.window.similar.forget(moved)
        self._refresh(select_row)
        if len(moved) == 1:
            text = self.tr('Moved "{title}" to the Trash.').format(
                title=_title(titles.get(moved[0], ""))
            )
        else:
            text = self.tr("Moved %Ln article(s) to the Trash.", "", len(moved))
        self._say(text, undo=True)
        return moved

    def undo(self) -> list[int]:
        """Puts back what the last move to the Trash moved, reopening the tabs it closed."""
        if self._last is None:
            return []
        ids, reopen = self._last
        self._last = None
        self._hide_undo()
        try:
            restored = self.window.library.restore_from_trash(ids)
        except LibraryError as error:
            self._failed(error)
            return []
        self._after_restore(restored)
        for article_id in reopen:
            if article_id in restored:
                self.window.workspace.open_article(article_id)
        return restored

    def _after_restore(self, restored: list[int]) -> None:
        window = self.window
        # The index takes them back (their stored rows are still current) on its next step.
        window.similar.poke()
        window.badges.poke()
        self._refresh()
        titles: dict[int, str] = {}
        if restored:
            window.select_article(restored[0])
            try:
                titles = self._titles(restored, trashed=False)
            except LibraryError:
                titles = {}
        if len(restored) == 1:
            text = self.tr('Restored "{title}" from the Trash.').format(
                title=_title(titles.get(restored[0], ""))
            )
        else:
            text = self.tr("Restored %Ln article(s) from the Trash.", "", len(restored))
        self._say(text)

    def _forget_undo(self, *_args: object) -> None:
        self._last = None
        self._hide_undo()
        self._update()

    # -- the Trash view -------------------------------------------------------------------------

    def show_trash(self) -> None:
        self.window.workspace.setCurrentIndex(0)
        self.window.filters.show_trash(True)

    def restore_selected(self) -> list[int]:
        ids = self.selected_ids()
        if not ids or not self.in_trash:
            return []
        try:
            restored = self.window.library.restore_from_trash(ids)
        except LibraryError as error:
            self._failed(error)
            return []
        if self._last is not None:
            self._last = ([i for i in self._last[0] if i not in restored], self._last[1])
            if not self._last[0]:
                self._last = None
        self._after_restore(restored)
        return restored

    def confirm_delete_selected(self) -> QMessageBox | None:
        ids = self.selected_ids()
        if not ids or not self.in_trash:
            return None
        try:
            titles = self._titles(ids, trashed=True)
        except LibraryError as error:
            self._failed(error)
            return None
        names = [titles[i] for i in ids if i in titles]
        if len(names) == 1:
            question = self.tr('Delete "{title}" permanently?').format(title=_title(names[0]))
        else:
            question = self.tr("Delete %Ln article(s) permanently?", "", len(names))
        return self._confirm(
            question, names, len(names), lambda: self._delete([i for i in ids if i in titles])
        )

    def confirm_empty(self) -> QMessageBox | None:
        try:
            count = self.window.library.trash_count()
            rows = self.window.library.list(
                ListQuery(trashed=True, sort="trashed"), 0, NAMED_TITLES
            )
        except LibraryError as error:
            self._failed(error)
            return None
        if not count:
            return None
        question = self.tr("Empty the Trash?")
        return self._confirm(question, [r.title for r in rows], count, self._empty)

    def _confirm(self, question: str, names: list[str], count: int, then: object) -> QMessageBox:
        box = QMessageBox(self.window)
        box.setObjectName("deletePermanentlyBox")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Delete Permanently"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        # Each line of a plain-text box takes its direction from its first letter: a mark of
        # the interface's direction keeps every bullet on the same side whatever the title.
        mark = (
            "\u200f"
            if QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
            else "\u200e"
        )
        listed = "\n".join(f"{mark}• {_title(name)}" for name in names[:NAMED_TITLES])
        more = count - min(len(names), NAMED_TITLES)
        if more > 0:
            listed += "\n" + mark + self.tr("…and %Ln more", "", more)
        warning = self.tr(
            "%Ln article(s) will be deleted for good, with their revisions, comments and "
            "reviews. This cannot be undone.",
            "",
            count,
        )
        # One plain-text body (a title holding "<" must not turn the box into rich text).
        box.setText(f"{question}\n\n{listed}\n\n{warning}")
        delete = box.addButton(
            self.tr("Delete Permanently"), QMessageBox.ButtonRole.DestructiveRole
        )
        delete.setObjectName("confirmDelete")
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        # A stray Return must never delete: Cancel is the default, Escape cancels too.
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)

        def answered() -> None:
            self.confirmation = None
            if box.clickedButton() is delete:
                then()  # type: ignore[operator]

        box.finished.connect(lambda _result: answered())
        self.confirmation = box
        box.open()
        return box

    def _delete(self, ids: list[int]) -> list[int]:
        try:
            with busy_cursor():
                titles = self._titles(ids, trashed=True)
                gone = self.window.library.delete_permanently(ids)
        except LibraryError as error:
            self._failed(error)
            return []
        self._after_delete(gone)
        if len(gone) == 1:
            text = self.tr('Deleted "{title}" permanently.').format(
                title=_title(titles.get(gone[0], ""))
            )
        else:
            text = self.tr("Deleted %Ln article(s) permanently.", "", len(gone))
        self._say(text)
        return gone

    def _empty(self) -> list[int]:
        try:
            with busy_cursor():
                gone = self.window.library.empty_trash()
        except LibraryError as error:
            self._failed(error)
            return []
        self._after_delete(gone)
        self._say(self.tr("Emptied the Trash: %Ln article(s) deleted permanently.", "", len(gone)))
        return gone

    def _after_delete(self, gone: list[int]) -> None:
        if self._last is not None:
            left = [i for i in self._last[0] if i not in gone]
            self._last = (left, self._last[1]) if left else None
        self.window.similar.forget(gone)
        self._refresh()
