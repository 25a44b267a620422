"""A writer on the keyboard gets everywhere: Tab leaves every list of the window, and F6 /
Shift+F6 (View ▸ Next Pane / Previous Pane) go from pane to pane, in English and Arabic."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget

from studio.gui.editor_page import ArticleEditor
from studio.gui.i18n import install_language
from studio.gui.main_window import MainWindow
from studio.library import Library


@pytest.fixture(params=["en", "ar"])
def window(request, qtbot, qapp, filled_library: Library) -> MainWindow:
    install_language(qapp, request.param)
    win = MainWindow(filled_library, request.param)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    return win


def _open_with_panels(qtbot, win: MainWindow) -> ArticleEditor:
    page = win.workspace.open_article(win.library.list(limit=1)[0].id)
    assert page is not None
    if not win.workspace.similar_action.isChecked():
        win.workspace.similar_action.trigger()
    # Without comments yet the comments panel waits to be asked for.
    page.review.set_panel_wanted(True)
    page.refresh_outline()
    qtbot.waitUntil(lambda: page.outline.isVisible() and page.checks.panel.isVisible())
    qtbot.waitUntil(page.review.panel.isVisible)
    assert page.similar is not None
    qtbot.waitUntil(page.similar.panel.isVisible)
    return page


def _focus(qtbot, widget: QWidget) -> None:
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(widget.hasFocus)


def _key(qtbot, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> QWidget | None:
    focused = QApplication.focusWidget()
    assert focused is not None
    QTest.keyClick(focused, key, modifiers)
    qtbot.wait(10)
    return QApplication.focusWidget()


def _leaves(qtbot, view: QAbstractItemView) -> None:
    for key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
        _focus(qtbot, view)
        view.setCurrentIndex(view.model().index(0, 0))
        now = _key(qtbot, key)
        assert now is not None and now is not view and not view.isAncestorOf(now), (key, now)


def test_tab_leaves_the_library_table(qtbot, window: MainWindow) -> None:
    assert window.table.model().rowCount() > 0
    _leaves(qtbot, window.table)
    _focus(qtbot, window.table)
    assert _key(qtbot, Qt.Key.Key_Tab) is window.reader


def test_tab_leaves_the_lists_beside_the_article(qtbot, window: MainWindow) -> None:
    page = _open_with_panels(qtbot, window)
    assert page.similar is not None
    views = [page.outline, page.checks.panel.tree, page.similar.panel.tree]
    for view in views:
        assert not view.tabKeyNavigation()
        if view.model().rowCount() > 0:
            _leaves(qtbot, view)


def test_f6_walks_the_library_panes_and_shift_f6_walks_back(qtbot, window: MainWindow) -> None:
    _focus(qtbot, window.table)
    assert _key(qtbot, Qt.Key.Key_F6) is window.reader
    assert _key(qtbot, Qt.Key.Key_F6) is window.filters.search
    assert _key(qtbot, Qt.Key.Key_F6) is window.table
    assert _key(qtbot, Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier) is window.filters.search
    assert _key(qtbot, Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier) is window.reader


def test_f6_walks_the_article_and_its_visible_side_panels(qtbot, window: MainWindow) -> None:
    page = _open_with_panels(qtbot, window)
    assert page.similar is not None
    _focus(qtbot, page.editor)
    seen = [_key(qtbot, Qt.Key.Key_F6) for _ in range(8)]
    panes = [page.outline, page.editor, page.review.panel, page.similar.panel, page.checks.panel]
    for pane in panes:
        assert any(w is pane or pane.isAncestorOf(w) for w in seen if w is not None), pane
    # Round the end and back: Shift+F6 undoes F6.
    _focus(qtbot, page.editor)
    forward = _key(qtbot, Qt.Key.Key_F6)
    assert forward is not page.editor
    assert _key(qtbot, Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier) is page.editor
    # From the title, as from the text.
    _focus(qtbot, page.title_edit)
    assert _key(qtbot, Qt.Key.Key_F6) is forward
    # A panel put away is left out.
    window.workspace.checklist_action.trigger()
    qtbot.waitUntil(lambda: not page.checks.panel.isVisible())
    _focus(qtbot, page.editor)
    seen = [_key(qtbot, Qt.Key.Key_F6) for _ in range(6)]
    assert not any(w is not None and page.checks.panel.isAncestorOf(w) for w in seen)


def test_the_view_menu_names_the_pane_keys_in_the_interface_language(
    window: MainWindow, qapp
) -> None:
    actions = {a.objectName(): a for a in window.view_menu.actions()}
    forward, back = actions["nextPane"], actions["previousPane"]
    assert forward.shortcut().toString() == "F6"
    assert back.shortcut().toString() == "Shift+F6"
    if window.language == "ar":
        assert forward.text() != "Ne&xt Pane" and back.text() != "Pre&vious Pane"
        assert any("\u0600" <= ch <= "\u06ff" for ch in forward.text() + back.text())
