"""The contract in `studio/authorship/record.py`, driven by a real QTextDocument: what Qt reports
for typing, pasting, replacing, undo and redo keeps the record right."""

import pytest

QtGui = pytest.importorskip("PySide6.QtGui")

from studio.authorship import AuthorshipRecord, Origin, UndoSnapshots  # noqa: E402


class _Follower:
    """What the editor does: apply each change with the current origin, snapshot per undo step,
    and on undo/redo take the snapshot instead of applying the change."""

    def __init__(self, document, record: AuthorshipRecord) -> None:
        self.document = document
        self.record = record
        self.snapshots = UndoSnapshots(record, document.availableUndoSteps())
        self.origin = Origin.TYPED
        self.replaying = False
        document.contentsChange.connect(self._changed)

    def _changed(self, position: int, removed: int, added: int) -> None:
        if self.replaying:
            return
        self.record.apply_change(position, removed, added, self.origin)
        self.snapshots.edited(self.document.availableUndoSteps(), self.record)

    def undo(self) -> None:
        self._replay(self.document.undo)

    def redo(self) -> None:
        self._replay(self.document.redo)

    def _replay(self, action) -> None:
        self.replaying = True
        action()
        self.replaying = False
        self.record = self.snapshots.at(self.document.availableUndoSteps())


def _document():
    document = QtGui.QTextDocument()
    document.documentLayout()  # Qt only reports changes once a layout exists (an editor has one)
    return document


def _origins(record):
    return [o for n, o, _e in record.runs() for _ in range(n)]


def test_typing_paste_replace_undo_redo_with_qt(qapp):
    document = _document()
    document.setPlainText("كتبتُ هذا. ")
    follower = _Follower(document, AuthorshipRecord(len(document.toPlainText())))
    cursor = QtGui.QTextCursor(document)
    cursor.movePosition(QtGui.QTextCursor.MoveOperation.End)
    for ch in "typed":
        cursor.insertText(ch)
    follower.origin = Origin.PASTED
    cursor.insertText(" pasted paragraph from elsewhere")
    follower.origin = Origin.TYPED
    text = document.toPlainText()
    assert len(follower.record) == len(text)
    pasted_at = text.index(" pasted")
    assert set(_origins(follower.record)[pasted_at:]) == {Origin.PASTED}

    # Replace one pasted word by typing over it (Qt: one change removing 6, adding 1).
    start = text.index("pasted")
    cursor.setPosition(start)
    cursor.setPosition(start + 6, QtGui.QTextCursor.MoveMode.KeepAnchor)
    cursor.insertText("c")
    for ch in "opied":
        cursor.insertText(ch)
    after_edit = follower.record.copy()
    assert document.toPlainText().endswith(" copied paragraph from elsewhere")
    assert _origins(after_edit)[start : start + 6] == [Origin.TYPED] * 6

    # Undo until the paste is back as it was: the restored word is pasted again, not typed.
    while " pasted paragraph" not in document.toPlainText():
        follower.undo()
        assert len(follower.record) == len(document.toPlainText())
    assert set(_origins(follower.record)[pasted_at:]) == {Origin.PASTED}
    while document.isRedoAvailable():
        follower.redo()
        assert len(follower.record) == len(document.toPlainText())
    assert follower.record == after_edit


def test_set_plain_text_reports_the_final_separator(qapp):
    # Why the editor must not feed loading to apply_change (see the module docstring).
    document = _document()
    document.setPlainText("abc")
    seen = []
    document.contentsChange.connect(lambda p, r, a: seen.append((p, r, a)))
    document.setPlainText("xy")
    assert seen[0] == (0, 4, 0)
