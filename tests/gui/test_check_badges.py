"""Imported pieces get their checklist badge in the library table without being opened: the
window checks the pieces never checked in the background and the badges follow."""

from __future__ import annotations

from PySide6.QtCore import Qt

from studio.gui.check_badges import BadgeChecker
from studio.gui.library_model import Column
from studio.gui.main_window import MainWindow
from studio.library import ArticleDraft, Library, checks_store
from tests.checks import texts


def _import(library: Library) -> list[int]:
    return library.add_articles(
        [
            ArticleDraft(title="آلة", body=texts.AR_MACHINE, lang="ar"),
            ArticleDraft(title="Human", body=texts.EN_HUMAN, lang="en"),
            ArticleDraft(title="Note", body="A short note.", lang="en"),
        ]
    ).imported


def test_the_window_gives_imported_pieces_their_badges(qtbot, library: Library) -> None:
    ids = _import(library)
    window = MainWindow(library, "en")
    qtbot.addWidget(window)
    window.badges._timer.setInterval(0)
    window.show()
    qtbot.waitExposed(window)
    said: list[str] = []
    window.badges.started.connect(lambda _count: said.append(window.statusBar().currentMessage()))
    window.badges.poke()
    model = window.model
    qtbot.waitUntil(lambda: all(model.flag_of(a) is not None for a in ids), timeout=20_000)
    # The status bar said what was going on, and says no more once it is done.
    assert said == ["Checking 3 pieces for their checklist badges…"]
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "", timeout=20_000)
    assert model.flag_of(ids[0]) == "ai_only" and model.flag_of(ids[2]) == "too_short"
    row = model.row_of(ids[0])
    assert row is not None
    index = model.index(row, Column.TITLE)
    assert model.data(index, Qt.ItemDataRole.DecorationRole) is not None
    assert "likely AI-only" in model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert checks_store.unchecked_count(library) == 0
    window.close()


def test_pieces_imported_later_are_checked_once_and_started_says_how_many(
    qtbot, library: Library
) -> None:
    checker = BadgeChecker(library.path, delay_ms=0)
    flagged: list[dict[int, str]] = []
    checker.flagged.connect(flagged.append)
    with (
        qtbot.waitSignal(checker.finished, timeout=20_000),
        qtbot.waitSignal(checker.started, timeout=20_000) as started,
    ):
        ids = _import(library)
        checker.poke()
    assert started.args == [3]
    assert {a for batch in flagged for a in batch} == set(ids)
    # Nothing left: a second pass checks nothing and says nothing.
    flagged.clear()
    checker.poke()
    qtbot.wait(200)
    checker.wait()
    assert flagged == []
    checker.shutdown()
