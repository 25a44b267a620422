"""The writing desk in the main window: opening articles in tabs, new articles, menus, closing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextLayout, QTextOption
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from studio.gui.editor_diff_html import word_changes
from studio.gui.editor_page import ArticleEditor
from studio.gui.library_model import Column
from studio.gui.main_window import MainWindow
from studio.library import Library
from tests.gui.conftest import type_text


def _open_first_row(win: MainWindow) -> ArticleEditor:
    win.table.setFocus()
    win._select_row(0)
    QTest.keyClick(win.table, Qt.Key.Key_Return)
    page = win.workspace.current_editor()
    assert page is not None
    return page


def test_enter_on_a_row_opens_the_article_in_a_tab_once(window: MainWindow) -> None:
    row = window.model.row_at(0)
    page = _open_first_row(window)
    assert page.article_id == row.id
    assert window.workspace.count() == 2
    # Opening it again shows the same tab.
    window.workspace.setCurrentIndex(0)
    window.open_selected_in_editor()
    assert window.workspace.count() == 2
    assert window.workspace.current_editor() is page
    # Ctrl+F and Ctrl+I now belong to the editor (find, italic), not to the library.
    assert window.find_action.shortcut().isEmpty()
    assert window.workspace.find_action.isEnabled()
    window.workspace.setCurrentIndex(0)
    assert not window.find_action.shortcut().isEmpty()
    assert not window.workspace.bold_action.isEnabled()


def test_new_article_is_created_opened_and_saved_on_close(
    qtbot, window: MainWindow, filled_library: Library
) -> None:
    before = filled_library.count()
    page = window.workspace.new_article()
    assert page is not None
    assert filled_library.count() == before + 1
    page.editor.setFocus()
    type_text(page.editor, "مسودة جديدة")
    window.close()
    assert filled_library.get(page.article_id).body.endswith("مسودة جديدة")


def test_switching_tabs_saves_the_article_left(qtbot, window: MainWindow, filled_library) -> None:
    page = _open_first_row(window)
    page.editor.setFocus()
    type_text(page.editor, "X")
    window.workspace.setCurrentIndex(0)
    qtbot.waitUntil(lambda: not page.dirty, timeout=5000)
    assert "X" in filled_library.get(page.article_id).body


def test_formatting_actions_apply_to_the_current_article(window: MainWindow) -> None:
    page = _open_first_row(window)
    page.editor.selectAll()
    window.workspace.heading_actions[1].trigger()
    assert page.editor.text().startswith("## ")
    window.workspace.close_current()
    assert window.workspace.count() == 1


def test_rewritten_phrases_are_grouped_in_the_diff() -> None:
    assert word_changes("وهذا طبيعي تمامًا اليوم", "وهذا أمر شائع اليوم") == [
        ("equal", "وهذا "),
        ("delete", "طبيعي تمامًا"),
        ("equal", " "),
        ("insert", "أمر شائع"),
        ("equal", " اليوم"),
    ]


def test_status_bar_shows_the_article_figures(qtbot, window: MainWindow) -> None:
    page = _open_first_row(window)
    qtbot.waitUntil(lambda: "word" in window.workspace.status_label.text(), timeout=3000)
    assert window.workspace.status_label.isVisibleTo(window)
    assert Column.TITLE == 0 and page is window.workspace.current_editor()


def test_losing_the_window_focus_saves(qtbot, window: MainWindow, filled_library) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QWidget

    page = _open_first_row(window)
    page.editor.setFocus()
    type_text(page.editor, "Y")
    assert page.dirty
    # The autosave timers are put out of the way: only losing the focus can save now.
    page._idle.stop()
    page._max_wait.stop()
    # Another application's window takes the focus.
    other = QWidget()
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    qtbot.waitUntil(lambda: not window.isActiveWindow(), timeout=2000)
    window.changeEvent(QEvent(QEvent.Type.ActivationChange))
    # Saved on the worker thread; the bound is for a loaded machine, not a speed assertion.
    qtbot.waitUntil(lambda: not page.dirty, timeout=15_000)
    assert not page._idle.isActive() and not page._max_wait.isActive()
    assert "Y" in filled_library.get(page.article_id).body


def test_several_new_articles_each_get_their_tab(window: MainWindow, filled_library) -> None:
    before = filled_library.count()
    pages = [window.workspace.new_article() for _ in range(3)]
    assert all(page is not None for page in pages)
    assert len({page.article_id for page in pages}) == 3
    assert filled_library.count() == before + 3
    assert window.workspace.count() == 4


def _ellipsis_side(label: str, font: QFont, direction: Qt.LayoutDirection) -> str:
    """Where the "…" of a cut tab label is drawn in a tab of the given direction."""
    layout = QTextLayout(label, font)
    option = QTextOption()
    option.setTextDirection(direction)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(10_000)
    layout.endLayout()
    # Where the "…" glyph is drawn (a cursor position at a direction boundary is ambiguous).
    (run,) = line.glyphRuns(label.index("…"), 1)
    x = run.boundingRect().center().x()
    return "left" if x < line.naturalTextWidth() / 2 else "right"


def test_a_long_arabic_title_is_cut_at_its_end_in_the_english_interface(
    window: MainWindow,
) -> None:
    page = window.workspace.new_article()
    assert page is not None
    # Typed over the selected "Untitled", as a writer names a new article.
    type_text(
        page.title_edit, "خادم الحرمين يوافق على تكليف عسيري لهيئة الإعلام المرئي في السعودية"
    )
    label = window.workspace.tabText(window.workspace.indexOf(page))
    assert "خادم الحرمين" in label and "…" in label
    # An Arabic title ends on the left: the "…" saying it goes on stands there, not before
    # its first word on the right.
    font = window.workspace.tabBar().font()
    assert _ellipsis_side(label, font, Qt.LayoutDirection.LeftToRight) == "left"


def test_a_long_english_title_is_cut_at_its_end_in_a_right_to_left_tab_bar(
    window: MainWindow,
) -> None:
    page = window.workspace.new_article()
    assert page is not None
    type_text(page.title_edit, "Why few targets are better than many for a freelance writer")
    label = window.workspace.tabText(window.workspace.indexOf(page))
    font = window.workspace.tabBar().font()
    assert _ellipsis_side(label, font, Qt.LayoutDirection.RightToLeft) == "right"


def test_return_after_naming_a_new_article_goes_on_to_its_text(
    window: MainWindow, filled_library: Library
) -> None:
    page = window.workspace.new_article()
    assert page is not None
    assert page.title_edit.hasFocus()
    type_text(page.title_edit, "مقالي الجديد")
    QTest.keyClick(page.title_edit, Qt.Key.Key_Return)
    # What the writer types next is the article's first line, not more title.
    target = QApplication.focusWidget()
    assert target is page.editor or page.editor.isAncestorOf(target)
    type_text(page.editor, "أولاً: الكتابة للويب.")
    assert page.title == "مقالي الجديد"
    window.close()
    stored = filled_library.get(page.article_id)
    assert stored.title == "مقالي الجديد"
    assert stored.body == "أولاً: الكتابة للويب."
