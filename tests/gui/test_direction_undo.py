"""Undo and redo of a paragraph direction choice (Ctrl+Shift+R/L/X) bring the caret back to
that paragraph and restore its direction."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest

from studio.gui.editor_text import MarkdownEdit, block_override
from studio.gui.main_window import MainWindow
from studio.library import ArticleDraft, Library
from studio.text import Direction

BODY = (
    "The first paragraph is English.\n\nالفقرة الثانية بالعربية.\n\n"
    "A third paragraph, English too.\n\nThe last one."
)
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
RTL, LTR = Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight


def _put_caret(edit: MarkdownEdit, block_number: int, offset: int) -> int:
    cursor = QTextCursor(edit.document().findBlockByNumber(block_number))
    cursor.setPosition(cursor.position() + offset)
    edit.setTextCursor(cursor)
    return cursor.position()


@pytest.fixture
def window(qtbot, library: Library):
    article = library.add_article(ArticleDraft(title="Directions", body=BODY, lang="en"))
    window = MainWindow(library, "en")
    qtbot.addWidget(window)
    window.resize(1100, 700)
    window.show()
    qtbot.waitExposed(window)
    window.workspace.open_article(article)
    return window


@pytest.mark.parametrize(
    ("key", "block", "chosen"),
    [
        (Qt.Key.Key_R, 4, Direction.RTL),
        (Qt.Key.Key_L, 2, Direction.LTR),
        (Qt.Key.Key_X, 6, Direction.RTL),
    ],
)
def test_undo_and_redo_of_a_direction_choice_keep_the_caret_in_its_paragraph(
    qtbot, window: MainWindow, key: Qt.Key, block: int, chosen: Direction
) -> None:
    edit = window.findChild(MarkdownEdit)
    assert edit is not None
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    caret = _put_caret(edit, block, 4)
    before = edit.document().findBlockByNumber(block).textDirection()
    QTest.keyClick(edit, key, CTRL | SHIFT)
    assert block_override(edit.document().findBlockByNumber(block)) is chosen
    changed = edit.document().findBlockByNumber(block).textDirection()
    assert changed != before

    # The writer looks elsewhere, then undoes: back to the paragraph, its direction restored.
    _put_caret(edit, 0, 0)
    QTest.keyClick(edit, Qt.Key.Key_Z, CTRL)
    assert block_override(edit.document().findBlockByNumber(block)) is None
    assert edit.document().findBlockByNumber(block).textDirection() == before
    assert edit.textCursor().position() == caret

    _put_caret(edit, 0, 0)
    QTest.keyClick(edit, Qt.Key.Key_Z, CTRL | SHIFT)
    assert block_override(edit.document().findBlockByNumber(block)) is chosen
    assert edit.document().findBlockByNumber(block).textDirection() == changed
    # Qt alone left the caret at the start of the next paragraph.
    assert edit.textCursor().position() == caret
    window.close()


def test_a_new_edit_after_undo_forgets_the_undone_direction_step(qtbot) -> None:
    edit = MarkdownEdit()
    qtbot.addWidget(edit)
    edit.load(BODY, Direction.LTR)
    caret = _put_caret(edit, 4, 2)
    edit.set_paragraph_direction(Direction.RTL)
    edit.undo()
    assert edit.textCursor().position() == caret
    # A new step takes the undone one's place on the stack: its caret must not be reused.
    _put_caret(edit, 0, 3)
    edit.insertPlainText("x")
    typed_at = edit.textCursor().position()
    edit.undo()
    edit.redo()
    assert edit.textCursor().position() == typed_at
