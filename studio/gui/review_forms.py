"""Small forms of the review side: the local profile (who is using the studio, as what) and a
new comment on a selected passage.

The profile is kept in the interface's settings (`profile/name`, `profile/role`) and, once
saved, in the library's people table (`Library.set_person`), so reviews, comments and status
changes made here carry that name.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from studio.gui.settings import open_settings
from studio.library.errors import LibraryError
from studio.text import Direction, paragraph_direction

if TYPE_CHECKING:
    from studio.library import Library

PROFILE_NAME = "profile/name"
PROFILE_ROLE = "profile/role"
ROLES = ("writer", "editor")
QUOTE_CHARS = 200


def stored_profile() -> tuple[str, str] | None:
    """(name, role) of the local profile, or None before the first run's profile form."""
    settings = open_settings()
    name = str(settings.value(PROFILE_NAME) or "").strip()
    role = str(settings.value(PROFILE_ROLE) or "writer")
    return (name, role if role in ROLES else "writer") if name else None


def store_profile(name: str, role: str) -> None:
    settings = open_settings()
    settings.setValue(PROFILE_NAME, name.strip())
    settings.setValue(PROFILE_ROLE, role)
    settings.sync()


class ProfileDialog(QDialog):
    """Asks for the user's name and whether they write or edit; Save needs a name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("profileDialog")
        self.setWindowTitle(self.tr("Your profile"))
        self.setMinimumWidth(380)
        intro = QLabel(
            self.tr("Your name goes with your comments, reviews and status changes."), self
        )
        intro.setWordWrap(True)
        self.name = QLineEdit(self)
        self.name.setAccessibleName(self.tr("Name"))
        self.role = QComboBox(self)
        self.role.setAccessibleName(self.tr("Role"))
        self.role.addItem(self.tr("Writer"), "writer")
        self.role.addItem(self.tr("Editor"), "editor")
        current = stored_profile()
        if current is not None:
            self.name.setText(current[0])
            self.role.setCurrentIndex(ROLES.index(current[1]))
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Role"), self.role)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.name.textChanged.connect(self._refresh)
        self._refresh()

    def values(self) -> tuple[str, str]:
        return self.name.text().strip(), str(self.role.currentData())

    def _refresh(self, *_args: object) -> None:
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(bool(self.name.text().strip()))

    def accept(self) -> None:
        name, role = self.values()
        if not name:
            return
        store_profile(name, role)
        super().accept()


class CommentDialog(QDialog):
    """A new comment on `quote` (the selected passage, shown in its own direction)."""

    def __init__(self, quote: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("commentDialog")
        self.setWindowTitle(self.tr("Add comment"))
        self.setMinimumWidth(420)
        shown = " ".join(quote.split())
        if len(shown) > QUOTE_CHARS:
            shown = shown[: QUOTE_CHARS - 1] + "…"
        self.quote = QLabel(shown, self)
        self.quote.setObjectName("commentQuote")
        self.quote.setTextFormat(Qt.TextFormat.PlainText)
        self.quote.setWordWrap(True)
        self.quote.setStyleSheet("background: #fbf1d3; border-radius: 3px; padding: 4px 6px;")
        if paragraph_direction(shown) is Direction.RTL:
            self.quote.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        elif paragraph_direction(shown) is Direction.LTR:
            self.quote.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.text = QPlainTextEdit(self)
        self.text.setAccessibleName(self.tr("Comment"))
        self.text.setPlaceholderText(self.tr("What should the writer know about this passage?"))
        self.text.setTabChangesFocus(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.quote)
        layout.addWidget(self.text)
        layout.addWidget(self.buttons)
        self.text.textChanged.connect(self._refresh)
        self._refresh()
        self.text.setFocus()

    def comment(self) -> str:
        return self.text.toPlainText().strip()

    def _refresh(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.comment()))

    def accept(self) -> None:
        if self.comment():
            super().accept()


def ask_profile(parent: QWidget, library: Library, then: Callable[[str], object]) -> ProfileDialog:
    """Opens the profile form; once it is accepted, the person is kept in the library with the
    role chosen (best effort: the settings already hold it) and `then(name)` runs."""
    dialog = ProfileDialog(parent)

    def done(code: int) -> None:
        dialog.deleteLater()
        if code != QDialog.DialogCode.Accepted:
            return
        name, role = dialog.values()
        with contextlib.suppress(LibraryError, ValueError):
            library.set_person(name, role)
        then(name)

    dialog.finished.connect(done)
    dialog.open()
    return dialog
