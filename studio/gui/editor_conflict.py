"""When an article changed underneath the editor: both versions shown, the writer chooses.

Nothing is overwritten silently: keeping mine saves over the other version knowingly, taking
theirs drops the unsaved edits, and saving mine as a copy keeps both.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from studio.gui.editor_diff_html import diff_html, text_html
from studio.text import Direction


class Choice(Enum):
    UNDECIDED = "undecided"
    KEEP_MINE = "keep_mine"
    TAKE_THEIRS = "take_theirs"
    SAVE_COPY = "save_copy"


class ConflictDialog(QDialog):
    def __init__(
        self,
        title: str,
        theirs: str,
        mine: str,
        default: Direction,
        parent: QWidget | None = None,
        *,
        note: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.setWindowTitle(self.tr("The article changed elsewhere"))
        self.choice = Choice.UNDECIDED
        intro = QLabel(
            self.tr(
                "“{title}” was changed in another window or program while you were writing. "
                "Nothing has been overwritten. Compare the two versions and choose which to keep."
            ).format(title=title),
            self,
        )
        intro.setWordWrap(True)
        # The details (author, client, tags, target) when both sides changed them: the texts
        # below may well be the same.
        self.details_note = QLabel(note, self)
        self.details_note.setObjectName("detailsNote")
        self.details_note.setWordWrap(True)
        self.details_note.setVisible(bool(note))
        self.theirs_view = self._view("theirsView", text_html(theirs, default))
        self.mine_view = self._view("mineView", text_html(mine, default))
        self.diff_view = self._view("diffView", diff_html(theirs, mine, default))
        columns = QSplitter(Qt.Orientation.Horizontal, self)
        for label, view in (
            (self.tr("Their version (saved)"), self.theirs_view),
            (self.tr("Your version (unsaved)"), self.mine_view),
            (self.tr("What you changed"), self.diff_view),
        ):
            box = QWidget(columns)
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            heading = QLabel(f"<b>{label}</b>", box)
            column.addWidget(heading)
            column.addWidget(view, 1)
            columns.addWidget(box)
        buttons = QDialogButtonBox(self)
        self.keep_button = self._button(buttons, self.tr("Keep Mine"), Choice.KEEP_MINE)
        self.theirs_button = self._button(buttons, self.tr("Take Theirs"), Choice.TAKE_THEIRS)
        self.copy_button = self._button(buttons, self.tr("Save Mine as a Copy"), Choice.SAVE_COPY)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.details_note)
        layout.addWidget(columns, 1)
        layout.addWidget(buttons)
        self.resize(1100, 600)

    def _view(self, name: str, html: str) -> QTextBrowser:
        view = QTextBrowser(self)
        view.setObjectName(name)
        view.setOpenLinks(False)
        view.setHtml(html)
        return view

    def _button(self, box: QDialogButtonBox, text: str, choice: Choice) -> QPushButton:
        button = box.addButton(text, QDialogButtonBox.ButtonRole.AcceptRole)
        button.clicked.connect(lambda: self.choose(choice))
        return button

    def choose(self, choice: Choice) -> None:
        self.choice = choice
        self.accept()

    def reject(self) -> None:
        # Closing without a choice keeps the editor's text and asks again at the next save.
        self.choice = Choice.UNDECIDED
        super().reject()
