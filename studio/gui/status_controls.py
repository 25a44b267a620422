"""Moving an article through the workflow from the interface, and its status history.

`StatusMenu` offers only the moves `studio.review.workflow` allows from the current status;
moves that send a piece back or reject it ask for the reason first (`ReasonDialog`), so the
library's refusal is never the first the user hears of it.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt, QTime, QTimeZone, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from studio.gui.i18n import status_label
from studio.library import Status
from studio.review import allowed_next, may_move, needs_reason
from studio.review.records import StatusChange

FSI, PDI = "\u2068", "\u2069"


class ReasonDialog(QDialog):
    """Asks why a piece moves to `new`; OK needs some text when the workflow requires it."""

    def __init__(self, old: Status, new: Status, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reasonDialog")
        self.required = needs_reason(old, new)
        self.setWindowTitle(self.tr("Move to “{status}”").format(status=status_label(new)))
        self.setMinimumWidth(400)
        prompt = QLabel(
            self.tr("Why? The writer sees this with the article.")
            if self.required
            else self.tr("A note for the history (optional).")
        )
        prompt.setWordWrap(True)
        self.reason = QPlainTextEdit(self)
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(90)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(prompt)
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)
        self.reason.textChanged.connect(self._refresh)
        self._refresh()
        self.reason.setFocus()

    def text(self) -> str:
        return self.reason.toPlainText().strip()

    def _refresh(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.text()) or not self.required)

    def accept(self) -> None:
        if self.required and not self.text():
            return
        super().accept()


def editors_only_text() -> str:
    """Why a writer's profile cannot make a move (the menu's tip and the refusal's message)."""
    return QCoreApplication.translate(
        "StatusMenu",
        "Approving, publishing, sending back and rejecting are an editor's decisions, and your "
        "profile says you are a writer. If you edit for this library, choose Review ▸ Your "
        "Profile… and set your role to Editor.",
    )


class StatusMenu(QMenu):
    """The moves allowed from `current`; `move_chosen` carries the new status. With a writer's
    `role`, the editor's decisions are listed but greyed out, saying so, rather than hidden: the
    writer sees the piece's way forward and why it is not theirs to take."""

    move_chosen = Signal(object)

    def __init__(
        self, current: Status, parent: QWidget | None = None, role: str | None = None
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Move to"))
        self.setToolTipsVisible(True)
        for status in allowed_next(current):
            label = status_label(status)
            allowed = may_move(role, current, status)
            if not allowed:
                label = self.tr("{status} (editors only)").format(status=label)
            elif needs_reason(current, status):
                label = self.tr("{status}…").format(status=label)
            action = self.addAction(label)
            action.setData(status.value)
            action.setEnabled(allowed)
            if not allowed:
                action.setToolTip(editors_only_text())
                action.setStatusTip(editors_only_text())
            action.triggered.connect(lambda _=False, s=status: self.move_chosen.emit(s))

    def statuses(self) -> list[Status]:
        # The window adds its history and reviews entries below the moves; they carry no status.
        return [Status(a.data()) for a in self.actions() if a.data()]

    def enabled_statuses(self) -> list[Status]:
        return [Status(a.data()) for a in self.actions() if a.data() and a.isEnabled()]


class StatusHistoryList(QListWidget):
    """An article's moves, newest first: when, from → to, who, and why."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusHistory")
        self.setAccessibleName(self.tr("Status history"))
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)

    def set_history(self, changes: Sequence[StatusChange]) -> None:
        self.clear()
        if not changes:
            placeholder = QListWidgetItem(self.tr("No status changes yet."))
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.addItem(placeholder)
            return
        locale = QLocale()
        for change in reversed(changes):
            moment = change.created
            utc = QDateTime(moment.date(), QTime(moment.hour, moment.minute), QTimeZone.utc())
            when = locale.toString(utc.toLocalTime(), QLocale.FormatType.ShortFormat)
            person = change.by or self.tr("Someone")
            # The arrow is part of the translation: it points left in Arabic.
            line = self.tr("{time} · {old} → {new} · {person}").format(
                time=when,
                old=status_label(change.old) if change.old else "—",
                new=status_label(change.new),
                person=f"{FSI}{person}{PDI}",
            )
            if change.reason:
                # Each line isolated on its own: an English line of an Arabic reason keeps its
                # full stop at its end.
                line += "".join(
                    f"\n{FSI}{part}{PDI}" for part in change.reason.splitlines() if part.strip()
                )
            self.addItem(QListWidgetItem(line))
