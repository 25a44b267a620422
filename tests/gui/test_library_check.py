"""File ▸ Check Library for Damage…: the check runs off the GUI thread, a sound library says so,
and a search index that lost an article is named and mended from the window."""

from __future__ import annotations

import sqlite3

from PySide6.QtWidgets import QMessageBox, QPushButton

from studio.gui.main_window import MainWindow
from studio.library import Library

WAIT_MS = 60_000  # a bound for a noisy machine, not a speed assertion


def _window(qtbot, library: Library) -> MainWindow:
    window = MainWindow(library, "en")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _outcome(qtbot, window: MainWindow) -> QMessageBox:
    check = window.library_check
    qtbot.waitUntil(lambda: check.box is not None and check.box.isVisible(), timeout=WAIT_MS)
    assert check.box is not None
    return check.box


def test_the_file_menu_checks_a_sound_library(qtbot, filled_library):
    window = _window(qtbot, filled_library)
    action = window.library_check.action
    assert action in window.file_menu.actions()
    action.trigger()
    assert window.statusBar().currentMessage() == "Checking the library…"
    box = _outcome(qtbot, window)
    assert box.text() == "The library is sound."
    assert box.informativeText().startswith("4 articles checked")
    box.close()


def test_an_article_missing_from_search_is_named_and_mended(qtbot, filled_library):
    article, other = filled_library.list()[:2]
    connection = sqlite3.connect(filled_library.path)
    with connection:
        connection.execute("DELETE FROM article_fts WHERE rowid = ?", (article.id,))
        connection.execute("UPDATE articles SET word_count = 999 WHERE id = ?", (other.id,))
    connection.close()
    window = _window(qtbot, filled_library)
    window.library_check.start()
    box = _outcome(qtbot, window)
    assert box.text() == "2 problems found in the library."
    assert f"article {article.id}: missing from the search index" in box.detailedText()
    assert f"article {other.id}: 999 words stored" in box.detailedText()
    mend = box.findChild(QPushButton, "mendLibrary")
    assert mend is not None
    mend.click()
    qtbot.waitUntil(
        lambda: (
            window.library_check.box is not None
            and window.library_check.box.text() == "The library is sound."
        ),
        timeout=WAIT_MS,
    )
    assert "rebuilt from the text" in window.library_check.box.informativeText()
    assert article.id in [hit.id for hit in filled_library.search(article.title.split()[0])]
    # The table shows the mended word count.
    row = window.model.row_of(other.id)
    assert row is not None and window.model.row_at(row).words == other.words
