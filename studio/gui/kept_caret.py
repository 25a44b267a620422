"""The caret and the view stay where the writer left them when the article is shown again.

An article changed in another window or by a script is shown afresh when the writer comes
back to this window. Loading a new document would put the caret at the very start and the
view at the top: the writer's next keystroke would land in the first line, far from where
they were writing. The caret is carried over instead: before a change elsewhere it keeps its
offset, after it it keeps its distance from the end, inside it it goes to the change's end.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QTextEdit


def _units(text: str) -> memoryview:
    # Qt counts positions in UTF-16 code units: an emoji is two of them.
    return memoryview(text.encode("utf-16-le")).cast("H")


def _common_prefix(a: memoryview, b: memoryview) -> int:
    low, high = 0, min(len(a), len(b))
    while low < high:  # slices compare in C: a long article takes a few dozen of them
        middle = (low + high + 1) // 2
        if a[:middle] == b[:middle]:
            low = middle
        else:
            high = middle - 1
    return low


def _common_suffix(a: memoryview, b: memoryview, limit: int) -> int:
    low, high = 0, limit
    while low < high:
        middle = (low + high + 1) // 2
        if a[len(a) - middle :] == b[len(b) - middle :]:
            low = middle
        else:
            high = middle - 1
    return low


@dataclass(frozen=True, slots=True)
class TextChange:
    """Where `old` and `new` differ: the same `prefix` units, then `old_gap` units replaced by
    `new_gap`, then the same tail."""

    prefix: int
    old_gap: int
    new_gap: int

    @classmethod
    def between(cls, old: str, new: str) -> TextChange:
        a, b = _units(old), _units(new)
        prefix = _common_prefix(a, b)
        suffix = _common_suffix(a, b, min(len(a), len(b)) - prefix)
        return cls(prefix, len(a) - prefix - suffix, len(b) - prefix - suffix)

    def moved(self, position: int) -> int:
        """`position` in the old text, in the new one."""
        if position <= self.prefix:
            return position
        if position >= self.prefix + self.old_gap:
            return position - self.old_gap + self.new_gap
        return self.prefix + self.new_gap


@dataclass(frozen=True, slots=True)
class CaretPlace:
    """The caret (with its selection) and the scroll position of an editor at one moment."""

    text: str
    anchor: int
    position: int
    vertical: int
    horizontal: int

    @classmethod
    def of(cls, editor: QTextEdit) -> CaretPlace:
        cursor = editor.textCursor()
        return cls(
            editor.document().toPlainText(),
            cursor.anchor(),
            cursor.position(),
            editor.verticalScrollBar().value(),
            editor.horizontalScrollBar().value(),
        )

    def restore(self, editor: QTextEdit) -> None:
        """Puts the caret back in `editor`, which now shows another version of the text."""
        new = editor.document().toPlainText()
        change = TextChange.between(self.text, new)
        end = editor.document().characterCount() - 1
        cursor = QTextCursor(editor.document())
        cursor.setPosition(min(change.moved(self.anchor), end))
        cursor.setPosition(min(change.moved(self.position), end), QTextCursor.MoveMode.KeepAnchor)
        editor.setTextCursor(cursor)
        editor.verticalScrollBar().setValue(self.vertical)
        editor.horizontalScrollBar().setValue(self.horizontal)
        editor.ensureCursorVisible()
