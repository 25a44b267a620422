"""The writing desk's text area and page: typing, direction, styling, counts, find, autosave,
conflicts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QTextCursor, QTextFormat
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from studio.gui.editor_conflict import Choice
from studio.gui.editor_find import find_spans
from studio.gui.editor_page import ArticleEditor
from studio.gui.editor_text import MarkdownEdit
from studio.library import ArticleDraft, Library
from studio.text import Direction, reading_minutes, word_count
from tests.gui.conftest import type_text

ARABIC_LINE = "الكتابة الحرة مهنة تحتاج إلى صبر"
MIXED = (
    f"# عنوان المقال\n\n{ARABIC_LINE}.\n\nChatGPT أداة مفيدة للكاتب العربي\n\nAn English line.\n"
)


def _directions(edit: MarkdownEdit) -> list[Qt.LayoutDirection]:
    found = []
    block = edit.document().begin()
    while block.isValid():
        found.append(block.textDirection())
        block = block.next()
    return found


def _enter(edit: MarkdownEdit) -> None:
    QTest.keyClick(edit, Qt.Key.Key_Return)


def _end(edit: MarkdownEdit) -> None:
    cursor = edit.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    edit.setTextCursor(cursor)


@pytest.fixture
def edit(qtbot) -> MarkdownEdit:
    widget = MarkdownEdit()
    qtbot.addWidget(widget)
    widget.resize(700, 500)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


RTL, LTR = Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight


def test_each_block_gets_its_direction_and_english_led_arabic_stays_rtl(edit) -> None:
    edit.load(MIXED, Direction.RTL)
    # heading, blank, Arabic, blank, "ChatGPT أداة…", blank, English, final blank
    assert _directions(edit) == [RTL, RTL, RTL, RTL, RTL, RTL, LTR, RTL]


def test_typed_arabic_and_english_take_their_direction_per_paragraph(edit) -> None:
    edit.load("", Direction.RTL)
    edit.setFocus()
    type_text(edit, "مرحبا بالعالم")
    QApplication.processEvents()
    assert edit.text() == "مرحبا بالعالم"
    assert _directions(edit) == [RTL]
    _enter(edit)
    type_text(edit, "Hello world")
    QApplication.processEvents()
    assert edit.text() == "مرحبا بالعالم\nHello world"
    assert _directions(edit) == [RTL, LTR]
    # A line that starts with an English word in an Arabic article reads right to left.
    _enter(edit)
    type_text(edit, "ChatGPT أداة مفيدة")
    QApplication.processEvents()
    assert _directions(edit) == [RTL, LTR, RTL]


def test_rtl_paragraphs_are_right_aligned(edit) -> None:
    edit.load(f"{ARABIC_LINE}\nEnglish text here", Direction.RTL)
    QApplication.processEvents()
    arabic_start = QTextCursor(edit.document().findBlockByNumber(0))
    english_start = QTextCursor(edit.document().findBlockByNumber(1))
    width = edit.viewport().width()
    # The start of a right-to-left line is at the right edge, of a left-to-right one at the left.
    assert edit.cursorRect(arabic_start).x() > width * 0.8
    assert edit.cursorRect(english_start).x() < width * 0.2


def test_paragraph_override_cycles_and_is_reported(edit) -> None:
    edit.load(f"{ARABIC_LINE}\nsecond", Direction.RTL)
    assert edit.overrides() == {}
    assert edit.cycle_paragraph_direction() is Direction.RTL
    assert edit.cycle_paragraph_direction() is Direction.LTR
    assert _directions(edit)[0] == LTR
    assert edit.overrides() == {0: Direction.LTR}
    # Typing keeps the chosen direction even though the text is Arabic.
    _end_of_first = QTextCursor(edit.document().findBlockByNumber(0))
    _end_of_first.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    edit.setTextCursor(_end_of_first)
    type_text(edit, " جدا")
    QApplication.processEvents()
    assert _directions(edit)[0] == LTR
    assert edit.cycle_paragraph_direction() is None
    assert _directions(edit)[0] == RTL
    assert edit.overrides() == {}


def test_stored_overrides_are_applied_on_load(edit) -> None:
    edit.load("ChatGPT is great\nسطر عربي", Direction.LTR, {0: Direction.RTL})
    assert _directions(edit) == [RTL, RTL]
    assert edit.overrides() == {0: Direction.RTL}


def test_undo_restores_text_and_direction(edit) -> None:
    edit.load("", Direction.RTL)
    type_text(edit, "Hello")
    QApplication.processEvents()
    assert _directions(edit) == [LTR]
    while edit.document().isUndoAvailable():
        edit.undo()
    QApplication.processEvents()
    assert edit.text() == ""
    assert _directions(edit) == [RTL]


def test_headings_are_styled_larger_and_markers_dimmed(edit) -> None:
    edit.load("# Title\n\nSome **bold** text", Direction.LTR)
    QApplication.processEvents()
    heading = edit.document().findBlockByNumber(0).layout().formats()
    assert any(r.format.property(QTextFormat.Property.FontSizeAdjustment) == 3 for r in heading)
    body = edit.document().findBlockByNumber(2).layout().formats()
    bold = [r for r in body if r.format.fontWeight() > 500]
    assert bold and bold[0].start == 7 and bold[0].length == 4


def test_word_count_and_reading_time_follow_every_edit(edit) -> None:
    edit.load(MIXED, Direction.RTL)
    assert edit.counts.words == word_count(MIXED)
    _end(edit)
    type_text(edit, "كلمات جديدة هنا")
    cursor = edit.textCursor()
    cursor.setPosition(3)
    cursor.setPosition(30, QTextCursor.MoveMode.KeepAnchor)
    edit.setTextCursor(cursor)
    data = QMimeData()
    data.setText("سطر ملصوق\nو line two\n\nthird")
    edit.insertFromMimeData(data)
    edit.undo()
    edit.redo()
    assert edit.counts.words == word_count(edit.text())
    assert edit.counts.reading_minutes == reading_minutes(edit.text())


def test_formatting_commands(edit) -> None:
    edit.load("word", Direction.LTR)
    cursor = edit.textCursor()
    cursor.select(QTextCursor.SelectionType.WordUnderCursor)
    edit.setTextCursor(cursor)
    edit.wrap_selection("**")
    assert edit.text() == "**word**"
    edit.set_heading(2)
    assert edit.text() == "## **word**"
    edit.set_heading(2)
    assert edit.text() == "**word**"
    edit.toggle_line_prefix("quote")
    assert edit.text() == "> **word**"
    assert edit.headings() == []
    edit.load("# One\ntext\n## Two\n```\n# not a heading\n```", Direction.LTR)
    assert edit.headings() == [(1, 0, "One"), (2, 2, "Two")]


def test_zoom_changes_the_font_size(edit) -> None:
    size = edit.document().defaultFont().pointSizeF()
    edit.zoom_in()
    assert edit.document().defaultFont().pointSizeF() > size
    edit.set_zoom(1.0)
    assert edit.document().defaultFont().pointSizeF() == size


def test_find_ignores_diacritics_and_letter_forms_and_maps_back() -> None:
    text = "تَعَلَّمَ الكاتِبُ فنّ المراجعة، ثم أحمد"
    spans = find_spans(text, "الكاتب", loose=True)
    assert [text[s:e] for s, e in spans] == ["الكاتِبُ"]
    assert [text[s:e] for s, e in find_spans(text, "احمد", loose=True)] == ["أحمد"]
    assert find_spans(text, "احمد", loose=False) == []
    assert find_spans("Word word", "word", loose=False) == [(0, 4), (5, 9)]


# -- the page: saving ----------------------------------------------------------------------------


@pytest.fixture
def article(library: Library) -> int:
    article_id = library.add_article(ArticleDraft(title="مقال", body=MIXED, lang="ar"))
    assert article_id is not None
    return article_id


def _page(qtbot, library: Library, article_id: int, **kwargs) -> ArticleEditor:
    page = ArticleEditor(library, library.get(article_id), **kwargs)
    qtbot.addWidget(page)
    page.resize(900, 600)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_autosave_after_idle(qtbot, library: Library, article: int) -> None:
    page = _page(qtbot, library, article, autosave_ms=150, max_wait_ms=5000)
    _end(page.editor)
    type_text(page.editor, "نص جديد")
    assert page.dirty
    # Not saved while the writer types...
    assert library.get(article).body == MIXED
    qtbot.waitUntil(lambda: library.get(article).body == MIXED + "نص جديد", timeout=5000)
    qtbot.waitUntil(lambda: not page.dirty, timeout=2000)
    assert page.version == library.get(article).version
    page.close_editor()


def test_closing_saves_what_was_typed(qtbot, library: Library, article: int) -> None:
    page = _page(qtbot, library, article, autosave_ms=60_000, max_wait_ms=60_000)
    page.title_edit.setText("عنوان جديد")
    page.title_edit.textEdited.emit("عنوان جديد")
    _end(page.editor)
    type_text(page.editor, "end")
    assert page.close_editor()
    stored = library.get(article)
    assert stored.title == "عنوان جديد"
    assert stored.body.endswith("end")


def _conflicting_page(qtbot, library: Library, article: int) -> ArticleEditor:
    page = _page(qtbot, library, article, autosave_ms=60_000, max_wait_ms=60_000)
    library.update(article, body="Their text, written elsewhere.", reason="update")
    _end(page.editor)
    type_text(page.editor, " mine")
    page.save("autosave")
    qtbot.waitUntil(lambda: page._conflict is not None, timeout=5000)
    return page


def test_conflict_keep_mine_saves_over_knowingly(qtbot, library: Library, article: int) -> None:
    page = _conflicting_page(qtbot, library, article)
    dialog = page._conflict
    assert dialog is not None
    assert "Their text" in dialog.theirs_view.toPlainText()
    assert "mine" in dialog.mine_view.toPlainText()
    # Nothing was overwritten before the writer chose.
    assert library.get(article).body == "Their text, written elsewhere."
    dialog.choose(Choice.KEEP_MINE)
    qtbot.waitUntil(lambda: library.get(article).body == MIXED + " mine", timeout=5000)
    page.close_editor()


def test_conflict_take_theirs_replaces_the_text(qtbot, library: Library, article: int) -> None:
    page = _conflicting_page(qtbot, library, article)
    page._conflict.choose(Choice.TAKE_THEIRS)
    assert page.editor.text() == "Their text, written elsewhere."
    assert not page.dirty
    assert page.close_editor()
    assert library.get(article).body == "Their text, written elsewhere."


def test_conflict_save_copy_keeps_both(qtbot, library: Library, article: int) -> None:
    page = _conflicting_page(qtbot, library, article)
    with qtbot.waitSignal(page.open_requested) as opened:
        page._conflict.choose(Choice.SAVE_COPY)
    copy = library.get(opened.args[0])
    assert copy.body == MIXED + " mine"
    assert library.get(article).body == "Their text, written elsewhere."
    assert page.editor.text() == "Their text, written elsewhere."
    page.close_editor()


def test_status_shows_words_reading_time_and_target(qtbot, library: Library) -> None:
    article_id = library.add_article(
        ArticleDraft(title="t", body="one two three four", lang="en", target_words=8)
    )
    page = _page(qtbot, library, article_id)
    assert page.status_text().startswith("4 words · 1 min read · 50% of 8")
    assert page.status_text().endswith("100% imported")
    page.close_editor()


def test_quick_line_direction_agrees_with_block_direction() -> None:
    import random
    import unicodedata

    from studio.gui.editor_text import _PLAIN, _line_direction
    from studio.text import block_direction

    # No character the quick path accepts is a strong letter of the other direction...
    for default, other in ((Direction.RTL, ("L",)), (Direction.LTR, ("R", "AL"))):
        for code in range(0x3000):
            ch = chr(code)
            if _PLAIN[default].fullmatch(ch):
                assert unicodedata.bidirectional(ch) not in other, (default, hex(code))
    # ...and on mixed lines both give the same answer.
    letters = "abcé αβ жд 123٣٤،؛؟.,!?-*#كتبمرحبا עברית\u200f\u200e\u0640\u064b\t"
    alphabet = [*letters, "😀", "\u00aa", "\u0966"]
    generator = random.Random(7)
    for _ in range(5000):
        line = "".join(generator.choice(alphabet) for _ in range(generator.randint(0, 10)))
        for default in (Direction.RTL, Direction.LTR):
            assert _line_direction(line, default) == (block_direction(line, default) or default)


def test_direction_choices_are_stored_and_come_back(qtbot, library: Library, article: int) -> None:
    page = _page(qtbot, library, article, autosave_ms=60_000, max_wait_ms=60_000)
    # Line 4 is "ChatGPT أداة…"; make it left to right, and the article right to left.
    page.editor.setTextCursor(QTextCursor(page.editor.document().findBlockByNumber(4)))
    page.editor.set_paragraph_direction(Direction.LTR)
    page.set_article_direction("rtl")
    assert page.close_editor()
    assert library.get(article).direction == "rtl"
    assert library.paragraph_directions(article) == {4: "ltr"}
    again = _page(qtbot, library, article)
    assert again.editor.overrides() == {4: Direction.LTR}
    assert _directions(again.editor)[4] == LTR
    again.close_editor()


def test_arrow_keys_follow_the_visual_order(edit) -> None:
    assert edit.document().defaultCursorMoveStyle() == Qt.CursorMoveStyle.VisualMoveStyle
    edit.load("مرحبا", Direction.RTL)
    cursor = edit.textCursor()
    cursor.setPosition(0)
    edit.setTextCursor(cursor)
    # In a right-to-left line the text starts at the right: Left moves forward into it.
    QTest.keyClick(edit, Qt.Key.Key_Left)
    assert edit.textCursor().position() == 1


def test_a_clean_page_catches_up_with_a_change_made_elsewhere(
    qtbot, library: Library, article: int
) -> None:
    page = _page(qtbot, library, article, autosave_ms=60_000, max_wait_ms=60_000)
    library.update(article, body="Changed by a script.", reason="update")
    assert page.catch_up()
    assert page.editor.text() == "Changed by a script."
    assert page.version == library.get(article).version
    # With unsaved edits nothing is replaced: the next save asks the writer instead.
    library.update(article, body="Changed again.", reason="update")
    type_text(page.editor, "mine")
    assert not page.catch_up()
    assert "mine" in page.editor.text()
    page.show_version(library.get(article))
    page.close_editor()


def test_closing_while_an_autosave_is_on_its_way_saves_without_a_conflict(
    qtbot, library: Library, article: int
) -> None:
    page = _page(qtbot, library, article)
    _end(page.editor)
    type_text(page.editor, " أول")
    # An autosave starts in the background, and the writer types on and closes the tab before
    # its answer reaches the window: the close must not meet that save as "changed elsewhere".
    assert page.save()
    page.worker.wait()
    type_text(page.editor, " ثم ثان")
    assert page.flush()
    assert page._conflict is None
    assert library.get(article).body == page.editor.text()
    assert library.get(article).body.endswith(" أول ثم ثان")


LONG_ARABIC = "\n".join(f"الفقرة رقم {n} من المقال الطويل." for n in range(80))


def _caret_at_end_of_paragraph(edit: MarkdownEdit, number: int) -> None:
    cursor = QTextCursor(edit.document().findBlockByNumber(number))
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    edit.setTextCursor(cursor)
    edit.ensureCursorVisible()


def test_undoing_a_new_english_paragraph_leaves_the_caret_where_it_was(edit) -> None:
    edit.load(LONG_ARABIC, Direction.RTL)
    _caret_at_end_of_paragraph(edit, 60)
    _enter(edit)
    # Its first letter turns the new paragraph left to right: one undo step with the letter.
    type_text(edit, "E")
    assert edit.textCursor().block().textDirection() == LTR
    scrolled = edit.verticalScrollBar().value()
    assert scrolled > 0
    edit.undo()
    # It went to the very start of the article, and the view with it.
    assert edit.textCursor().blockNumber() == 61
    assert edit.verticalScrollBar().value() > scrolled // 2


def test_undoing_a_paragraph_direction_choice_stays_in_that_part_of_the_article(edit) -> None:
    edit.load(LONG_ARABIC, Direction.RTL)
    _caret_at_end_of_paragraph(edit, 50)
    edit.set_paragraph_direction(Direction.LTR)
    edit.undo()
    assert edit.document().findBlockByNumber(50).textDirection() == RTL
    assert 50 <= edit.textCursor().blockNumber() <= 51
