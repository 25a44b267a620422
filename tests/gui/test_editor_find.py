"""Find and replace in the editor (Ctrl+F, Ctrl+H): matches highlighted, selected and replaced
where they are in the text — emoji before them included — and Replace All undone in one step."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData

from studio.gui.editor_page import ArticleEditor
from studio.library import Library
from tests.gui.conftest import shown_page

BODY = "قالت العميلة 😀 إن المقال جيد. المقال طويل قليلًا، والمقالُ يحتاج إلى خاتمة 🙂 أقصر.\n"


@pytest.fixture
def page(qtbot, library: Library) -> ArticleEditor:
    editor = shown_page(qtbot, library, "بحث", BODY)
    yield editor
    editor.close_editor()


def _selected(page: ArticleEditor) -> str:
    return page.editor.textCursor().selectedText()


def test_matches_after_an_emoji_are_selected_and_marked_where_they_are(page: ArticleEditor):
    bar = page.find_bar
    bar.open_bar(False)
    bar.loose.setChecked(True)
    bar.query.setText("المقال")
    bar.refresh()
    marked = [mark.cursor.selectedText() for mark in page.editor.find_marks]
    assert marked == ["المقال", "المقال", "المقالُ"]
    assert bar.find_next() and _selected(page) == "المقال"
    assert bar.find_next() and _selected(page) == "المقال"
    assert bar.find_next() and _selected(page) == "المقالُ"


def test_replace_one_and_all_change_the_matches_and_nothing_beside_them(page: ArticleEditor):
    bar = page.find_bar
    bar.open_bar(True)
    bar.loose.setChecked(True)
    bar.query.setText("المقال")
    bar.replacement.setText("النص")
    assert bar.find_next()
    bar.replace_one()
    assert page.editor.text() == BODY.replace("المقال", "النص", 1)
    assert bar.replace_all() == 2
    expected = BODY.replace("المقالُ", "النص").replace("المقال", "النص")
    assert page.editor.text() == expected
    # One undo takes the whole Replace All back, and the record still covers the text.
    page.editor.undo()
    assert page.editor.text() == BODY.replace("المقال", "النص", 1)
    assert len(page.authorship.record) == page.editor.document().characterCount() - 1


def test_a_query_longer_once_case_folded_still_replaces_whole_words(page: ArticleEditor):
    data = QMimeData()
    data.setText("Strasse STRASSE")
    page.editor.insertFromMimeData(data)
    bar = page.find_bar
    bar.open_bar(True)
    bar.loose.setChecked(False)
    bar.query.setText("straße")
    bar.replacement.setText("road")
    assert bar.replace_all() == 2
    assert page.editor.text().startswith("road road")
