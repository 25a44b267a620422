"""The authorship record kept by the editor: typed, pasted, AI, through edits, undo and saving."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from studio.authorship import AuthorshipRecord, Origin
from studio.gui.editor_page import ArticleEditor
from studio.library import Library
from tests.gui.conftest import shown_page, type_text

BODY = "نص مستورد من ملف.\n"


@pytest.fixture
def page(qtbot, library: Library) -> ArticleEditor:
    editor = shown_page(qtbot, library, "سجل", BODY, at_end=True)
    yield editor
    editor.close_editor()


def _spans(page: ArticleEditor) -> list[tuple[str, str]]:
    text = page.editor.text()
    return [(text[s.start : s.end], s.origin.value) for s in page.authorship.record.spans()]


def _paste(page: ArticleEditor, text: str) -> None:
    data = QMimeData()
    data.setText(text)
    page.editor.insertFromMimeData(data)


def test_typed_pasted_and_ai_text_are_told_apart(page: ArticleEditor) -> None:
    type_text(page.editor, "كتبت")
    _paste(page, " ملصوق")
    QApplication.clipboard().setText(" generated")
    page.editor.paste_as("ai")
    assert _spans(page) == [
        (BODY, "imported"),
        ("كتبت", "typed"),
        (" ملصوق", "pasted"),
        (" generated", "ai"),
    ]
    summary = page.authorship.summary_text()
    assert "typed" in summary and "pasted" in summary and "AI (declared)" in summary


def test_editing_inside_pasted_text_splits_it(page: ArticleEditor) -> None:
    _paste(page, "pasted words")
    cursor = page.editor.textCursor()
    cursor.setPosition(len(BODY) + 6)
    page.editor.setTextCursor(cursor)
    type_text(page.editor, "X")
    assert _spans(page)[1:] == [("pasted", "pasted"), ("X", "typed"), (" words", "pasted")]


def test_undo_and_redo_restore_the_record(page: ArticleEditor) -> None:
    type_text(page.editor, "abc")
    before = _spans(page)
    _paste(page, "PASTED")
    after = _spans(page)
    page.editor.undo()
    assert page.editor.text() == BODY + "abc"
    assert _spans(page) == before
    page.editor.redo()
    assert _spans(page) == after
    # Undoing typed text over a pasted stretch brings the pasted label back, not "typed".
    cursor = page.editor.textCursor()
    cursor.setPosition(len(BODY) + 3)
    cursor.setPosition(len(BODY) + 9, QTextCursor.MoveMode.KeepAnchor)
    page.editor.setTextCursor(cursor)
    type_text(page.editor, "Z")
    assert _spans(page)[1:] == [("abcZ", "typed")]
    for _step in range(3):
        if page.editor.text() == BODY + "abcPASTED":
            break
        page.editor.undo()
    assert page.editor.text() == BODY + "abcPASTED"
    assert _spans(page) == after


def test_mark_selection_as_ai_and_dimmed_view(page: ArticleEditor) -> None:
    type_text(page.editor, "one two")
    cursor = page.editor.textCursor()
    cursor.setPosition(len(BODY) + 4)
    cursor.setPosition(len(BODY) + 7, QTextCursor.MoveMode.KeepAnchor)
    page.editor.setTextCursor(cursor)
    assert page.mark_selection_ai()
    assert _spans(page)[-1] == ("two", "ai")
    page.set_authorship_visible(True)
    assert len(page.editor.extra_dims) == 1
    page.set_authorship_visible(False)
    assert page.editor.extra_dims == []


def test_the_record_is_saved_with_the_article_even_after_emoji(
    page: ArticleEditor, library: Library
) -> None:
    # An emoji is two UTF-16 units in Qt and one character in the library's record.
    type_text(page.editor, "😀 ok")
    _paste(page, " pasted")
    assert page.close_editor()
    record = library.authorship(page.article_id)
    body = library.get(page.article_id).body
    assert body == BODY + "😀 ok pasted"
    assert [(body[s.start : s.end], s.origin) for s in record.spans()] == [
        (BODY, Origin.IMPORTED),
        ("😀 ok", Origin.TYPED),
        (" pasted", Origin.PASTED),
    ]


def test_moving_own_text_keeps_its_origins(page: ArticleEditor) -> None:
    type_text(page.editor, "mine ")
    _paste(page, "theirs")
    # Cut the typed word and the pasted one, paste them back at the start of the line.
    cursor = page.editor.textCursor()
    cursor.setPosition(len(BODY))
    cursor.setPosition(len(BODY) + 11, QTextCursor.MoveMode.KeepAnchor)
    page.editor.setTextCursor(cursor)
    page.editor.cut()
    cursor = page.editor.textCursor()
    cursor.setPosition(0)
    page.editor.setTextCursor(cursor)
    page.editor.paste()
    assert page.editor.text() == "mine theirs" + BODY
    assert _spans(page)[:2] == [("mine ", "typed"), ("theirs", "pasted")]
    # Text from elsewhere with the same words is pasted, not typed.
    QApplication.clipboard().setText("mine ")
    page.editor.paste()
    assert page.editor.text() == "mine theirsmine " + BODY
    assert _spans(page)[:2] == [("mine ", "typed"), ("theirsmine ", "pasted")]


def test_context_menu_undo_keeps_the_record(page: ArticleEditor) -> None:
    _paste(page, "PASTED")
    menu = page.editor.createStandardContextMenu()
    names = {action.objectName() for action in menu.actions()}
    assert "edit-undo" in names
    menu.deleteLater()


def test_undoing_a_paste_of_paragraphs_made_before_the_record_was_read(page: ArticleEditor) -> None:
    # The stored record is read a moment after the article shows; a paste of several
    # paragraphs at once (several steps in Qt's undo count, one undo) used to leave the record
    # longer than the text after Ctrl+Z, and then no save could go through.
    _paste(page, "الفقرة الأولى.\n\nSecond paragraph.")
    page.editor.undo()
    assert page.editor.text() == BODY
    assert _spans(page) == [(BODY, "imported")]
    assert page.authorship.for_save(BODY) is not None
    page.editor.redo()
    assert _spans(page)[-1] == ("الفقرة الأولى.\n\nSecond paragraph.", "pasted")


def test_a_record_that_no_longer_covers_the_text_never_stops_a_save(
    page: ArticleEditor, library: Library
) -> None:
    type_text(page.editor, "كلمات")
    page.authorship.record = AuthorshipRecord(3, Origin.TYPED)  # bookkeeping gone wrong
    assert page.flush()
    assert library.get(page.article_id).body == BODY + "كلمات"
    # The record starts again from the text as it is, and goes on recording.
    assert len(page.authorship.record) == len(page.editor.text())
    type_text(page.editor, "!")
    assert _spans(page)[-1] == ("!", "typed")


def test_return_at_the_end_then_undo_keeps_the_record_with_the_text(
    page: ArticleEditor, library: Library
) -> None:
    # Return on the empty last line (the blank line between two paragraphs) counts as two of
    # Qt's undo steps and Ctrl+Z takes the newline back; the record used to keep the newline,
    # one character longer than the text, and from then on no save went through.
    page.authorship.ensure()
    QTest.keyClick(page.editor, Qt.Key.Key_Return)
    assert page.editor.text() == BODY + "\n"
    QTest.keyClick(page.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert page.editor.text() == BODY
    assert _spans(page) == [(BODY, "imported")]
    page.editor.redo()
    assert _spans(page) == [(BODY, "imported"), ("\n", "typed")]
    type_text(page.editor, "فقرة")
    assert page.flush()
    assert library.get(page.article_id).body == BODY + "\nفقرة"
    assert len(library.authorship(page.article_id)) == len(BODY) + 5
