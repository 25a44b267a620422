"""Spelling as you type in the editor: dotted underlines under unknown words on screen, what
was meant in the context menu, Add to Dictionary, and the Edit menu's switch."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import QMenu

from studio.gui import spelling_marks
from studio.gui.editor_page import ArticleEditor
from studio.library import ArticleDraft, Library
from tests.gui.conftest import shown_page

BODY = "كتبت الكتاابة عن المدينة for the clinet today.\n\n```\nconfigg = 1\n```\n"


@pytest.fixture(autouse=True)
def own_dictionary():
    """The studio-wide speller starts from this test's settings, and is dropped after it."""
    spelling_marks._speller = None
    yield
    spelling_marks._speller = None


@pytest.fixture
def page(qtbot, library: Library) -> ArticleEditor:
    spelling_marks.start_loading()
    assert spelling_marks._loaded.wait(30)
    editor = shown_page(qtbot, library, "إملاء", BODY)
    yield editor
    editor.close_editor()


def _underlined(page: ArticleEditor) -> list[str]:
    page.spelling.refresh()
    return [mark.cursor.selectedText() for mark in page.editor.spell_marks]


def test_unknown_words_of_both_scripts_are_underlined_not_code(page: ArticleEditor) -> None:
    assert _underlined(page) == ["الكتاابة", "clinet"]
    style = page.editor.spell_marks[0].format.underlineStyle()
    assert style == QTextCharFormat.UnderlineStyle.DotLine  # not the checklist's wave


def test_a_suggestion_replaces_the_word_in_one_undo_step(page: ArticleEditor) -> None:
    start = page.editor.toPlainText().index("clinet") + 2
    found = page.spelling.misspelling_at(start)
    assert found is not None
    miss, qt_start, qt_end = found
    assert "client" in page.spelling.speller.suggestions(miss.word, miss.lang)
    page.spelling.replace(qt_start, qt_end, "client")
    assert "for the client today" in page.editor.text()
    assert _underlined(page) == ["الكتاابة"]
    page.editor.undo()
    assert "for the clinet today" in page.editor.text()


def test_the_context_menu_offers_suggestions_then_add_and_ignore(page: ArticleEditor) -> None:
    cursor = page.editor.textCursor()
    cursor.setPosition(page.editor.toPlainText().index("clinet") + 2)
    point = page.editor.cursorRect(cursor).center()
    menu = QMenu()
    page.spelling.add_menu_entries(menu, point)
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts[0] == "client" and texts[-2:] == ["Add to Dictionary", "Ignore All"]
    menu.deleteLater()
    nothing = QMenu()
    page.spelling.add_menu_entries(nothing, QPoint(page.editor.viewport().width() - 5, 5))
    assert "Add to Dictionary" not in [a.text() for a in nothing.actions()]
    nothing.deleteLater()


def test_added_words_are_known_everywhere_and_remembered(page: ArticleEditor) -> None:
    page.spelling.add_to_dictionary("clinet")
    assert _underlined(page) == ["الكتاابة"]
    assert "clinet" in spelling_marks.open_settings().value(spelling_marks.PERSONAL_WORDS)
    page.spelling.ignore_all("الكتاابة")
    assert _underlined(page) == []


def test_the_switch_in_the_edit_menu_turns_underlines_off_and_on(qtbot, window) -> None:
    spelling_marks.start_loading()
    assert spelling_marks._loaded.wait(30)
    page = window.workspace.open_article(window.library.list()[0].id)
    assert page is not None
    page.editor.textCursor().insertText(" teh ")
    assert _underlined(page) == ["teh"]
    action = window.workspace.spelling_action
    assert action in window.workspace.edit_menu.actions() and action.isChecked()
    action.trigger()
    assert not spelling_marks.enabled() and page.editor.spell_marks == []
    action.trigger()
    assert _underlined(page) == ["teh"]
    window.workspace.close_all()


def test_a_tab_in_the_background_is_checked_when_it_comes_to_the_front(qtbot, window) -> None:
    spelling_marks.start_loading()
    assert spelling_marks._loaded.wait(30)
    first_id, second_id = (a.id for a in window.library.list()[:2])
    first = window.workspace.open_article(first_id)
    assert first is not None
    first.editor.textCursor().insertText("teh ")
    second = window.workspace.open_article(second_id)
    assert second is not None and not first.editor.isVisible()
    first.spelling.refresh()
    assert first.editor.spell_marks == []  # not laid out nor checked while hidden
    window.workspace.setCurrentWidget(first)
    qtbot.waitUntil(lambda: len(first.editor.spell_marks) == 1, timeout=5000)
    assert first.editor.spell_marks[0].cursor.selectedText() == "teh"
    window.workspace.close_all()


def test_a_word_the_library_uses_in_several_articles_is_not_underlined(
    qtbot, library: Library
) -> None:
    # هواوي (a company) and عيّاد (a name) are in no word list and each is one letter from a
    # common word; هواوي is in two of the writer's other articles, عيّاد in one only.
    library.add_article(ArticleDraft(title="هاتف", body="أعلنت هواوي عن هاتف جديد."))
    library.add_article(ArticleDraft(title="سوق", body="باعت هواوي أكثر، قال عيّاد."))
    spelling_marks.start_loading()
    assert spelling_marks._loaded.wait(30)
    page = shown_page(qtbot, library, "تقنية", "اشترى عيّاد هاتف هواوي ثم كتب الكتاابة.\n")
    assert _underlined(page) == ["عيّاد", "الكتاابة"]
    page.close_editor()


def test_while_the_library_is_still_opening_its_words_are_asked_again(qtbot) -> None:
    from studio.gui.editor_text import MarkdownEdit

    spelling_marks.start_loading()
    assert spelling_marks._loaded.wait(30)
    library_open = False
    edit = MarkdownEdit()
    qtbot.addWidget(edit)
    marks = spelling_marks.SpellingMarks(edit, lambda _word: True if library_open else None)
    edit.show()
    edit.setPlainText("اشترى عيّاد هاتفًا")
    marks.refresh()
    assert [m.cursor.selectedText() for m in edit.spell_marks] == ["عيّاد"]
    library_open = True  # the library has opened: it uses the name
    marks.refresh()
    assert edit.spell_marks == []


def test_an_emoji_before_a_word_does_not_move_its_underline(qtbot, library: Library) -> None:
    spelling_marks.start_loading()
    assert spelling_marks._loaded.wait(30)
    page = shown_page(qtbot, library, "رموز", "😀😀 كتبت الكتاابة 🙂 for the clinet.\n")
    assert _underlined(page) == ["الكتاابة", "clinet"]
    page.close_editor()
