"""The writing desk comes back as the writer left it: the same articles in the same order, the
same tab in front, each caret, scroll and side panel — per library, leaving out quietly what
is gone."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QMessageBox

from studio.gui.desk_memory import DeskMemory, TabMemory, desk_key, load_desk
from studio.gui.editor_page import ArticleEditor
from studio.gui.main_window import MainWindow
from studio.gui.settings import open_settings
from studio.library import ArticleDraft, Library
from tests.gui.conftest import type_text


def _window(qtbot, library: Library) -> MainWindow:
    """A window on `library`, shown, once its remembered desk is back."""
    win = MainWindow(library, "en")
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.desk.restored, timeout=15000):
        win.show()
    return win


def _three_open(qtbot, library: Library) -> tuple[MainWindow, tuple[int, int, int]]:
    """A window with three of the library's articles open in tabs, in their order."""
    win = _window(qtbot, library)
    a, b, c = _three(library)
    for article_id in (a, b, c):
        win.workspace.open_article(article_id)
    return win, (a, b, c)


def _restoring_by_hand(qtbot, library: Library) -> MainWindow:
    """A window shown on `library` whose desk has just started coming back (by the test, not
    by the window's first show), before the event loop turns."""
    win = MainWindow(library, "en")
    qtbot.addWidget(win)
    win._desk_started = True
    win.show()
    win.desk.restore()
    return win


def _ids(win: MainWindow) -> list[int]:
    return [page.article_id for page in win.workspace.editors()]


def _current(win: MainWindow) -> int | None:
    page = win.workspace.current_editor()
    return page.article_id if page is not None else None


def _put_caret(page: ArticleEditor, position: int) -> None:
    cursor = page.editor.textCursor()
    cursor.setPosition(position)
    page.editor.setTextCursor(cursor)


def _three(library: Library) -> list[int]:
    return [row.id for row in library.list()][:3]


def _no_message_boxes() -> bool:
    return not [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]


def test_the_tabs_come_back_in_order_with_the_same_one_in_front_and_its_caret(
    qtbot, filled_library: Library
) -> None:
    first, (a, b, c) = _three_open(qtbot, filled_library)
    # The writer drags the last tab before the others, works in the middle one.
    first.workspace.tabBar().moveTab(3, 1)
    page = first.workspace.open_article(b)
    assert page is not None
    _put_caret(page, 7)
    first.close()

    second = _window(qtbot, filled_library)
    assert _ids(second) == [c, a, b]
    assert _current(second) == b
    restored = second.workspace.current_editor()
    assert restored is not None and restored is not page
    assert restored.editor.textCursor().position() == 7
    assert _no_message_boxes()


def test_the_library_in_front_stays_in_front(qtbot, filled_library: Library) -> None:
    first = _window(qtbot, filled_library)
    a, b, _c = _three(filled_library)
    first.workspace.open_article(a)
    first.workspace.open_article(b)
    first.workspace.setCurrentIndex(0)
    first.select_article(b)
    first.close()

    second = _window(qtbot, filled_library)
    assert _ids(second) == [a, b]
    assert second.workspace.currentIndex() == 0
    assert second.reader.article_id == b


def test_each_tab_keeps_its_side_panels(qtbot, filled_library: Library) -> None:
    first = _window(qtbot, filled_library)
    a, b, _c = _three(filled_library)
    page_a = first.workspace.open_article(a)
    assert page_a is not None
    first.workspace.outline_action.trigger()
    first.workspace.checklist_action.trigger()
    first.workspace.preview_action.trigger()
    first.workspace.zoom_in_action.trigger()
    page_b = first.workspace.open_article(b)
    assert page_b is not None
    # A new tab starts without the checklist once it was switched off: on again for this one.
    assert not page_b.checks.active
    first.workspace.checklist_action.trigger()
    first.workspace.comments_panel_action.trigger()
    first.workspace.similar_action.trigger()
    zoom = page_a.editor.zoom
    first.close()

    second = _window(qtbot, filled_library)
    again_a, again_b = second.workspace.editors()
    assert not again_a.outline.isVisibleTo(again_a)
    assert not again_a.checks.active
    assert again_a.preview.isVisibleTo(again_a)
    assert again_a.editor.zoom == pytest.approx(zoom) != 1.0
    assert again_b.outline.isVisibleTo(again_b)
    assert again_b.checks.active
    assert again_b.review.panel.isVisibleTo(again_b)
    assert again_b.similar is not None and again_b.similar.panel.isVisibleTo(again_b)
    # The menu's ticks follow the tab in front.
    assert second.workspace.similar_action.isChecked()
    second.workspace.setCurrentWidget(again_a)
    assert not second.workspace.outline_action.isChecked()
    assert not second.workspace.checklist_action.isChecked()


def test_the_scroll_comes_back(qtbot, filled_library: Library) -> None:
    long_id = filled_library.add_article(
        ArticleDraft(
            title="Long notes", body="\n\n".join(f"Paragraph {n} of the notes." for n in range(400))
        )
    )
    assert long_id is not None
    first = _window(qtbot, filled_library)
    page = first.workspace.open_article(long_id)
    assert page is not None
    qtbot.waitUntil(lambda: page.editor.verticalScrollBar().maximum() > 0)
    bar = page.editor.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    top_block = page.editor.cursorForPosition(QPoint(0, 0)).block().blockNumber()
    assert top_block > 50
    first.close()

    second = _window(qtbot, filled_library)
    again = second.workspace.current_editor()
    assert again is not None
    qtbot.waitUntil(
        lambda: (
            abs(again.editor.cursorForPosition(QPoint(0, 0)).block().blockNumber() - top_block) <= 1
        )
    )


def test_a_deleted_article_is_left_out_quietly(qtbot, filled_library: Library) -> None:
    first, (a, b, c) = _three_open(qtbot, filled_library)
    first.close()
    filled_library.delete([c])

    second = _window(qtbot, filled_library)
    assert _ids(second) == [a, b]
    # The one that was in front is gone: the library is, with a line that says why.
    assert second.workspace.currentIndex() == 0
    assert _no_message_boxes()
    assert "1 article open last time could not be opened again" in (
        second.statusBar().currentMessage()
    )
    # What came back is what is remembered now.
    desk = load_desk(filled_library.path)
    assert desk is not None and [t.article_id for t in desk.tabs] == [a, b]


def test_a_caret_beyond_the_end_of_a_text_changed_since_stops_at_its_end(
    qtbot, filled_library: Library
) -> None:
    first = _window(qtbot, filled_library)
    a = _three(filled_library)[0]
    page = first.workspace.open_article(a)
    assert page is not None
    page.editor.moveCursor(QTextCursor.MoveOperation.End)
    assert page.editor.textCursor().position() > 20
    first.close()
    # Another process shortens it meanwhile.
    filled_library.update(a, body="Short now.")

    second = _window(qtbot, filled_library)
    again = second.workspace.current_editor()
    assert again is not None and again.article_id == a
    assert again.editor.text() == "Short now."
    assert again.editor.textCursor().position() == len("Short now.")
    assert not again.dirty


def test_another_library_does_not_get_this_ones_tabs(
    qtbot, filled_library: Library, tmp_path: Path
) -> None:
    first = _window(qtbot, filled_library)
    a, b, _c = _three(filled_library)
    first.workspace.open_article(a)
    first.workspace.open_article(b)
    first.close()
    # Another library with articles under the same ids.
    other_path = tmp_path / "other.qalam"
    with Library.open(other_path) as other:
        other.add_articles(
            ArticleDraft(title=f"Other {n}", body=f"Another library's piece {n}.") for n in range(4)
        )
        other_window = _window(qtbot, other)
        assert other_window.workspace.editors() == []
        other_window.close()

    # Switching in one window: each library gets its own desk back.
    second = _window(qtbot, filled_library)
    assert _ids(second) == [a, b]
    with qtbot.waitSignal(second.desk.restored, timeout=15000):
        assert second.switch_library(other_path)
    assert second.workspace.editors() == []
    with qtbot.waitSignal(second.desk.restored, timeout=15000):
        assert second.switch_library(filled_library.path)
    assert _ids(second) == [a, b]
    second.library.close()


def test_a_library_rebuilt_in_the_same_place_does_not_get_the_old_articles(
    qtbot, tmp_path: Path
) -> None:
    path = tmp_path / "notes.qalam"
    with Library.open(path) as library:
        article_id = library.add_article(ArticleDraft(title="Old", body="The old piece."))
        first = _window(qtbot, library)
        first.workspace.open_article(article_id)
        first.close()
        again = _window(qtbot, library)
        assert _ids(again) == [article_id]
        again.close()
    path.unlink()
    for extra in ("-wal", "-shm"):
        Path(f"{path}{extra}").unlink(missing_ok=True)
    with Library.open(path) as library:
        same_id = library.add_article(ArticleDraft(title="New", body="A different piece."))
        assert same_id == article_id
        second = _window(qtbot, library)
        assert second.workspace.editors() == []
        second.close()


def test_a_new_article_left_empty_is_not_brought_back(qtbot, filled_library: Library) -> None:
    first = _window(qtbot, filled_library)
    a = _three(filled_library)[0]
    first.workspace.open_article(a)
    empty = first.workspace.new_article()
    named = first.workspace.new_article()
    assert empty is not None and named is not None
    named.editor.setFocus()
    type_text(named.editor, "First line")
    first.close()

    second = _window(qtbot, filled_library)
    assert _ids(second) == [a, named.article_id]
    assert second.workspace.editor_for(named.article_id).editor.text() == "First line"
    # Nothing to say about a blank page not coming back.
    assert "could not be opened again" not in second.statusBar().currentMessage()


def test_the_tab_in_front_opens_first_and_the_others_one_at_a_time(
    qtbot, filled_library: Library
) -> None:
    first, (a, b, c) = _three_open(qtbot, filled_library)
    first.workspace.open_article(b)
    first.close()

    second = _restoring_by_hand(qtbot, filled_library)
    # Before the event loop turns: only the tab in front, and shown.
    assert _ids(second) == [b]
    assert _current(second) == b
    qtbot.waitUntil(lambda: not second.desk.busy)
    assert _ids(second) == [a, b, c]
    assert _current(second) == b


def test_quitting_before_the_desk_is_back_loses_none_of_it(qtbot, filled_library: Library) -> None:
    first, (a, b, c) = _three_open(qtbot, filled_library)
    first.close()

    second = _restoring_by_hand(qtbot, filled_library)
    assert _ids(second) == [c]
    second.close()
    desk = load_desk(filled_library.path)
    assert desk is not None
    assert [t.article_id for t in desk.tabs] == [a, b, c]
    assert desk.current == 2


def test_a_damaged_entry_is_ignored_and_a_damaged_tab_left_out(
    qtbot, filled_library: Library, tmp_path: Path
) -> None:
    a = _three(filled_library)[0]
    settings = open_settings()
    settings.setValue(
        desk_key(filled_library.path),
        '{"tabs": [{"article_id": "x"}, 3, {"article_id": ARTICLE, "position": true}], '
        '"current": 9}'.replace("ARTICLE", str(a)),
    )
    settings.setValue(desk_key(tmp_path / "other.qalam"), "{not json")
    settings.sync()
    second = _window(qtbot, filled_library)
    assert _ids(second) == [a]
    # "current" pointed at no tab: the library stays in front.
    assert second.workspace.currentIndex() == 0
    assert load_desk(tmp_path / "other.qalam") is None
    assert TabMemory.from_dict({"article_id": 4, "position": True, "zoom": 2}) == TabMemory(
        article_id=4, zoom=2.0
    )


def test_a_quit_held_up_by_a_conflict_goes_on_remembering_the_desk(
    qtbot, filled_library: Library
) -> None:
    from studio.gui.editor_conflict import Choice

    win = _window(qtbot, filled_library)
    a, b, _c = _three(filled_library)
    page_a = win.workspace.open_article(a)
    page_b = win.workspace.open_article(b)
    assert page_a is not None and page_b is not None
    page_b.editor.setFocus()
    type_text(page_b.editor, "mine")
    # Changed elsewhere meanwhile: closing meets the conflict, and the window stays open.
    filled_library.update(b, body="Changed by a script.")
    win.close()
    assert win.isVisible() and page_b._conflict is not None
    win.workspace.setCurrentWidget(page_a)
    qtbot.waitUntil(lambda: (load_desk(filled_library.path) or DeskMemory()).current == 0)
    page_b._conflict.choose(Choice.TAKE_THEIRS)
    win.close()
    assert not win.isVisible()


def test_the_desk_waits_for_a_library_opening_in_the_background(
    qtbot, filled_library: Library
) -> None:
    from studio.gui import app as gui_app
    from studio.library.deferred import DeferredLibrary

    first = _window(qtbot, filled_library)
    a, b, _c = _three(filled_library)
    first.workspace.open_article(a)
    first.workspace.open_article(b)
    first.close()
    path = filled_library.path
    filled_library.close()

    window = gui_app.start(path, "en", [])
    assert window is not None
    try:
        assert isinstance(window.library, DeferredLibrary)
        with qtbot.waitSignal(window.desk.restored, timeout=15000):
            pass
        assert window.library.is_open()
        assert _ids(window) == [a, b]
        assert _current(window) == b
    finally:
        window.close()
        window.library.close()


def test_only_the_desks_of_the_libraries_opened_last_are_kept(tmp_path: Path) -> None:
    from studio.gui.desk_memory import KEPT_DESKS, store_desk

    paths = [tmp_path / f"library{n}.qalam" for n in range(KEPT_DESKS + 2)]
    for path in paths:
        store_desk(path, DeskMemory(tabs=(TabMemory(article_id=1),), current=0))
    assert load_desk(paths[0]) is None and load_desk(paths[1]) is None
    assert all(load_desk(path) is not None for path in paths[2:])
