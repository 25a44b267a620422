"""The caret never stops inside an emoji: Qt's Shift+Left/Right in a line mixing Arabic and
English could leave it between the two UTF-16 halves of one, and the next keystroke broke the
emoji in two."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from studio.gui.editor_text import MarkdownEdit

TEXTS = ["عرab😀ص😀", "عر😀عر", "## عنوان 😀 title", "ab😀cd"]


def _halves(text: str) -> set[int]:
    """Qt positions that fall between the two UTF-16 units of a character."""
    inside, at = set(), 0
    for ch in text:
        if ord(ch) > 0xFFFF:
            inside.add(at + 1)
        at += 2 if ord(ch) > 0xFFFF else 1
    return inside


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("key", [Qt.Key.Key_Left, Qt.Key.Key_Right])
@pytest.mark.parametrize("shift", [True, False])
def test_arrows_never_stop_inside_an_emoji(qtbot, text: str, key: Qt.Key, shift: bool) -> None:
    edit = MarkdownEdit()
    qtbot.addWidget(edit)
    edit.show()
    edit.setPlainText(text)
    halves = _halves(text)
    length = len(text.encode("utf-16-le")) // 2
    modifier = Qt.KeyboardModifier.ShiftModifier if shift else Qt.KeyboardModifier.NoModifier
    for start in sorted(set(range(length + 1)) - halves):
        cursor = edit.textCursor()
        cursor.setPosition(start)
        edit.setTextCursor(cursor)
        for _press in range(4):
            QTest.keyClick(edit, key, modifier)
            cursor = edit.textCursor()
            assert cursor.position() not in halves and cursor.anchor() not in halves, start


def test_deleting_a_selection_made_with_the_arrows_keeps_every_emoji_whole(qtbot) -> None:
    edit = MarkdownEdit()
    qtbot.addWidget(edit)
    edit.show()
    edit.setPlainText("عر😀عر")
    for start in range(7):
        if start in _halves("عر😀عر"):
            continue
        edit.setPlainText("عر😀عر")
        cursor = edit.textCursor()
        cursor.setPosition(start)
        edit.setTextCursor(cursor)
        QTest.keyClick(edit, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
        QTest.keyClick(edit, Qt.Key.Key_Delete)
        left = edit.toPlainText()
        assert all(not 0xD800 <= ord(ch) <= 0xDFFF for ch in left)
        assert len(left.encode("utf-16-le")) // 2 == edit.document().characterCount() - 1
