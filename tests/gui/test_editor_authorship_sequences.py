"""Random sequences of what a writer does in the first seconds and minutes of an article —
typing, pasting (plain and declared AI), Return, Backspace, deleting a selection, undo, redo,
choosing a paragraph's direction — keep the authorship record exactly as long as the text, and
the article saves with it. Two such sequences found two bugs (a paste of paragraphs before the
stored record was read, then undo; Return at the end, then undo), after which no save went
through."""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from studio.gui.editor_page import ArticleEditor
from studio.library import Library
from tests.gui.conftest import shown_page, type_text

BODY = "نص مستورد من ملف.\n\nSecond line in English.\n"
PIECES = [
    "كلمة",
    "word ",
    "\n",
    "\n\n",
    "سطر عربي\nEnglish line",
    "## عنوان\n\n- بند\n- item",
    "😀",
]
ACTIONS = ["type", "paste", "ai", "undo", "redo", "delete", "move", "direction", "return", "back"]
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _move(cursor: QTextCursor, characters: int, mode: QTextCursor.MoveMode) -> None:
    # By characters as the arrow keys go: never into the middle of an emoji's two UTF-16 units.
    cursor.movePosition(QTextCursor.MoveOperation.NextCharacter, mode, characters)


def _act(page: ArticleEditor, action: str, rnd: random.Random) -> None:
    edit = page.editor
    length = edit.document().characterCount() - 1
    if action == "type":
        type_text(edit, rnd.choice(["ab", "عر", " x"]))
    elif action == "paste":
        data = QMimeData()
        data.setText(rnd.choice(PIECES))
        edit.insertFromMimeData(data)
    elif action == "ai":
        QApplication.clipboard().setText(rnd.choice(PIECES))
        edit.paste_as("ai")
    elif action == "undo":
        edit.undo()
    elif action == "redo":
        edit.redo()
    elif action in ("delete", "move"):
        cursor = edit.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.Start)
        _move(cursor, rnd.randint(0, length), QTextCursor.MoveMode.MoveAnchor)
        if action == "delete":
            _move(cursor, rnd.randint(0, 20), QTextCursor.MoveMode.KeepAnchor)
        edit.setTextCursor(cursor)
        if action == "delete":
            QTest.keyClick(edit, Qt.Key.Key_Delete)
    elif action == "direction":
        QTest.keyClick(edit, Qt.Key.Key_R, CTRL_SHIFT)
    elif action == "return":
        QTest.keyClick(edit, Qt.Key.Key_Return)
    elif action == "back":
        QTest.keyClick(edit, Qt.Key.Key_Backspace)


@pytest.mark.parametrize("seed", [*range(10), 40])
def test_the_record_covers_the_text_through_any_sequence(qtbot, library: Library, seed: int):
    rnd = random.Random(seed)
    page = shown_page(qtbot, library, "تجربة", BODY)
    article_id = page.article_id
    done: list[str] = []
    for _step in range(40):
        action = rnd.choice(ACTIONS)
        done.append(action)
        _act(page, action, rnd)
        if rnd.random() < 0.2:
            qtbot.wait(rnd.choice([0, 50, 250]))  # the stored record is read after 200 ms
        assert len(page.authorship.record) == page.editor.document().characterCount() - 1, done
    assert page.flush()
    assert library.get(article_id).body == page.editor.text()
    # The record saved with it describes that text (the library leaves out one that does not).
    assert len(library.authorship(article_id)) == len(page.editor.text())
    page.close_editor()
