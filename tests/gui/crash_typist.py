"""A writer who types forever: the child process of test_editor_crash.py.

Usage: python -m tests.gui.crash_typist LIBRARY ARTICLE_ID LOG

Opens the article in the real editor page (offscreen), types one character every few
milliseconds, and after each one appends "<characters typed> <monotonic time>" to LOG, so the
test that kills this process knows what had been typed when.
"""

from __future__ import annotations

import os
import sys
import time

TEXT = "كتبتُ هذه الفقرة ثم أضفتُ English words بين الكلمات العربية. " * 200


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtGui import QTextCursor
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from studio.gui.editor_page import ArticleEditor
    from studio.library import Library

    library_path, article_id, log_path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    app = QApplication([])
    library = Library.open(library_path)
    page = ArticleEditor(library, library.get(article_id))
    page.resize(800, 600)
    page.show()
    cursor = page.editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    page.editor.setTextCursor(cursor)
    log = os.open(log_path, os.O_WRONLY | os.O_CREAT | os.O_APPEND)
    typed = 0

    def type_one() -> None:
        nonlocal typed
        QTest.sendKeyEvent(
            QTest.KeyAction.Click,
            page.editor,
            Qt.Key.Key_unknown,
            TEXT[typed % len(TEXT)],
            Qt.KeyboardModifier.NoModifier,
        )
        typed += 1
        os.write(log, f"{typed} {time.monotonic()}\n".encode())

    timer = QTimer()
    timer.timeout.connect(type_one)
    timer.start(8)
    app.exec()


if __name__ == "__main__":
    main()
