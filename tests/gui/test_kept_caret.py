"""Coming back to a window whose article was changed in another window: the writer's caret and
view stay where they were, so the next keystroke lands where they were writing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from studio.gui.kept_caret import TextChange
from studio.gui.main_window import MainWindow
from studio.library import ArticleDraft, Library
from tests.gui.conftest import type_text

BODY = "\n".join(
    f"الفقرة رقم {n} من المقال، وفيها كلام كثير عن العمل الحر والكتابة للعملاء." for n in range(60)
)


@pytest.mark.parametrize(
    ("old", "new", "position", "expected"),
    [
        ("abcdef", "abXcdef", 1, 1),  # before the change: same offset
        ("abcdef", "abXcdef", 4, 5),  # after it: same distance from the end
        ("abcdef", "abef", 3, 2),  # inside text removed elsewhere: where it was
        ("😀 abc", "😀 abcd", 6, 6),  # an emoji is two of Qt's units
        ("abc", "abc", 3, 3),
    ],
)
def test_a_position_follows_a_change_made_elsewhere(
    old: str, new: str, position: int, expected: int
) -> None:
    assert TextChange.between(old, new).moved(position) == expected


def test_coming_back_to_the_window_keeps_the_caret_where_the_writer_was(
    qtbot, filled_library: Library
) -> None:
    article_id = filled_library.add_article(ArticleDraft(title="مقال طويل", body=BODY, lang="ar"))
    assert article_id is not None
    window = MainWindow(filled_library, "en")
    qtbot.addWidget(window)
    window.resize(1000, 700)
    window.show()
    qtbot.waitExposed(window)
    page = window.workspace.open_article(article_id)
    assert page is not None
    editor = page.editor
    # The writer was at the end of paragraph 40, the view scrolled down to it.
    block = editor.document().findBlockByNumber(40)
    cursor = QTextCursor(block)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    editor.setTextCursor(cursor)
    editor.ensureCursorVisible()
    scrolled = editor.verticalScrollBar().value()
    assert scrolled > 0

    # Meanwhile a second studio window on the same library adds a line at the top.
    other = Library.open(filled_library.path)
    stored = other.get(article_id)
    other.update(
        article_id,
        body="مقدمة أضيفت في نافذة أخرى.\n" + stored.body,
        expected_version=stored.version,
        reason="update",
    )
    other.close()

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QApplication.sendEvent(window, QEvent(QEvent.Type.ActivationChange))
    assert editor.text().startswith("مقدمة أضيفت في نافذة أخرى.")
    type_text(editor, " تمت.")
    lines = editor.text().split("\n")
    assert lines[41].endswith("للعملاء. تمت.")
    assert not lines[0].endswith("تمت.") and not lines[1].startswith(" تمت.")
    assert abs(editor.verticalScrollBar().value() - scrolled) < editor.height()
    window.close()
    assert filled_library.get(article_id).body.split("\n")[41].endswith(" تمت.")
