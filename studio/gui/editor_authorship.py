"""The editor's side of the authorship record (`studio.authorship`): every change the writer
makes is recorded with its origin — typed, pasted, or declared AI — and undo and redo put the
record back exactly as it was for that step.

The record the library keeps counts code points; Qt counts UTF-16 units. The record is held in
UTF-16 units while the article is open and converted back for saving (see the contract in
`studio/authorship/record.py`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QColor, QTextCursor
from PySide6.QtWidgets import QTextEdit

from studio.authorship import AuthorshipMismatch, AuthorshipRecord, Origin, UndoSnapshots
from studio.gui.editor_text import MarkdownEdit

_log = logging.getLogger(__name__)
DIMMED = QColor("#a8a49b")
# Origins the "show authorship" view dims, as iA Writer does: text the writer did not type.
DIMMED_ORIGINS = (Origin.PASTED, Origin.AI)
MAX_DIMMED_SPANS = 5000


class AuthorshipTracker:
    def __init__(self, editor: MarkdownEdit) -> None:
        self.editor = editor
        self._record = AuthorshipRecord()
        # The record still to read, the text it describes, and the editor's undo steps then.
        self._loader: tuple[Callable[[], AuthorshipRecord], str, int] | None = None
        self.snapshots = UndoSnapshots(self._record)
        self._replaying = False
        editor.change_listeners.append(self._on_change)
        editor.fragment_of = self._fragment
        editor.replay_hooks.append(self._on_replay)

    def reset(self, record: AuthorshipRecord, body: str) -> None:
        """The record of the text just loaded (in code points of `body`)."""
        self._loader = None
        if len(record) != len(body):
            record = AuthorshipRecord(len(body), Origin.UNKNOWN)
        self._record = record.to_utf16(body)
        self.snapshots.reset(self._record, self.editor.document().availableUndoSteps())

    def reset_later(self, loader: Callable[[], AuthorshipRecord], body: str) -> None:
        """Like `reset` with `loader()`'s record, fetched when first needed (reading it from
        the library takes a moment for a long article, which need not delay showing it)."""
        self._loader = (loader, body, self._steps())

    def ensure(self) -> None:
        if self._loader is not None:
            loader, body, _steps = self._loader
            self.reset(loader(), body)

    @property
    def record(self) -> AuthorshipRecord:
        self.ensure()
        return self._record

    @record.setter
    def record(self, value: AuthorshipRecord) -> None:
        self._record = value

    def _fragment(self, start: int, end: int) -> list[tuple[int, str]]:
        try:
            return [(length, origin.value) for length, origin in self.record.slice(start, end)]
        except ValueError:
            return []

    def _steps(self) -> int:
        return self.editor.document().availableUndoSteps()

    def _on_change(self, position: int, removed: int, added: int, origin: str) -> None:
        if self._replaying:
            return
        if self._loader is not None:
            # The record describes the text as loaded; this change is the first one after it.
            loader, body, steps = self._loader
            self._loader = None
            self._record = _loaded(loader(), body)
            # Undo back to before this first change comes back to the record as loaded. Not
            # "the steps now, less one": a paste of several paragraphs is one undo but adds
            # several steps to Qt's count before the first change is heard of.
            self.snapshots.reset(self._record, steps)
        runs = self.editor.pasted_runs
        if runs is not None and sum(length for length, _ in runs) == added:
            fragment = [(length, Origin(kind)) for length, kind in runs]
            self._record.apply_change(position, removed, added, Origin(origin), runs=fragment)
        else:
            self._record.apply_change(position, removed, added, Origin(origin))
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
        self.snapshots.edited(self._steps(), self._record)
        return True

    def for_save(self, body: str) -> AuthorshipRecord | None:
        """The record in code points of `body`; None when it no longer covers the text (the
        library then saves the text and counts what changed since its last record as unknown;
        the bookkeeping starts again from there). A record gone wrong must never stop a save."""
        try:
            return self.record.from_utf16(body)
        except AuthorshipMismatch:
            _log.warning("the authorship record no longer covered the text; saved without it")
            self.record = AuthorshipRecord(self._length(), Origin.UNKNOWN)
            self.snapshots.reset(self.record, self._steps())
            return None

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
        locale = QLocale()
        for origin, label in labels:
            share = round(100 * shares.get(origin, 0.0))
            if share >= 1:
                parts.append(label.format(share=locale.toString(share)))
        # A middle dot reads as the Arabic zero (٠) beside Arabic digits: Arabic takes a comma.
        return ("، " if self.editor.isRightToLeft() else " · ").join(parts)

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


def _loaded(record: AuthorshipRecord, body: str) -> AuthorshipRecord:
    if len(record) != len(body):
        record = AuthorshipRecord(len(body), Origin.UNKNOWN)
    return record.to_utf16(body)
