"""The editor's side of the authorship record (`studio.authorship`): every change the writer
makes is recorded with its origin — typed, pasted, or declared AI — and undo and redo put the
record back exactly as it was for that step.

The record the library keeps counts code points; Qt counts UTF-16 units. The record is held in
UTF-16 units while the article is open and converted back for saving (see the contract in
`studio/authorship/record.py`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QTextCursor
from PySide6.QtWidgets import QTextEdit

from studio.authorship import AuthorshipRecord, Origin, UndoSnapshots
from studio.gui.editor_text import MarkdownEdit

DIMMED = QColor("#a8a49b")
# Origins the "show authorship" view dims, as iA Writer does: text the writer did not type.
DIMMED_ORIGINS = (Origin.PASTED, Origin.AI)
MAX_DIMMED_SPANS = 5000


class AuthorshipTracker:
    def __init__(self, editor: MarkdownEdit) -> None:
        self.editor = editor
        self.record = AuthorshipRecord()
        self.snapshots = UndoSnapshots(self.record)
        self._replaying = False
        editor.change_listeners.append(self._on_change)
        editor.replay_hooks.append(self._on_replay)

    def reset(self, record: AuthorshipRecord, body: str) -> None:
        """The record of the text just loaded (in code points of `body`)."""
        if len(record) != len(body):
            record = AuthorshipRecord(len(body), Origin.UNKNOWN)
        self.record = record.to_utf16(body)
        self.snapshots.reset(self.record, self.editor.document().availableUndoSteps())

    def _steps(self) -> int:
        return self.editor.document().availableUndoSteps()

    def _on_change(self, position: int, removed: int, added: int, origin: str) -> None:
        if self._replaying:
            return
        self.record.apply_change(position, removed, added, Origin(origin))
        self.snapshots.edited(self._steps(), self.record)

    def _on_replay(self, starting: bool) -> None:
        self._replaying = starting
        if starting:
            return
        restored = self.snapshots.at(self._steps())
        if restored is not None and len(restored) == self._length():
            self.record = restored
        else:
            # A step the record has no copy for changed no text (a direction change): keep it.
            self.snapshots.reset(self.record, self._steps())

    def _length(self) -> int:
        # Characters in UTF-16 units, without the document's final paragraph separator.
        return self.editor.document().characterCount() - 1

    def mark_selection(self, origin: Origin = Origin.AI) -> bool:
        cursor = self.editor.textCursor()
        if not cursor.hasSelection():
            return False
        self.record.mark(cursor.selectionStart(), cursor.selectionEnd(), origin)
        self.snapshots.edited(self._steps(), self.record)
        return True

    def for_save(self, body: str) -> AuthorshipRecord:
        return self.record.from_utf16(body)

    def summary_text(self) -> str:
        """ "82% typed · 12% pasted · 6% AI (declared)", translated; shares under 1% left out."""
        shares = self.record.shares()
        labels = (
            (Origin.TYPED, QCoreApplication.translate("Authorship", "{share}% typed")),
            (Origin.PASTED, QCoreApplication.translate("Authorship", "{share}% pasted")),
            (Origin.AI, QCoreApplication.translate("Authorship", "{share}% AI (declared)")),
            (Origin.IMPORTED, QCoreApplication.translate("Authorship", "{share}% imported")),
            (Origin.UNKNOWN, QCoreApplication.translate("Authorship", "{share}% unknown")),
        )
        parts = []
        for origin, label in labels:
            share = round(100 * shares.get(origin, 0.0))
            if share >= 1:
                parts.append(label.format(share=share))
        return " · ".join(parts)

    def dimmed_selections(self) -> list[QTextEdit.ExtraSelection]:
        """Pasted and AI text drawn in grey."""
        selections = []
        document = self.editor.document()
        for span in self.record.spans():
            if span.origin not in DIMMED_ORIGINS:
                continue
            selection = QTextEdit.ExtraSelection()
            selection.format.setForeground(DIMMED)
            cursor = QTextCursor(document)
            cursor.setPosition(span.start)
            cursor.setPosition(span.end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selections.append(selection)
            if len(selections) >= MAX_DIMMED_SPANS:
                break
        return selections
