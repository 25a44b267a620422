"""The outline beside the text: headings to jump to, and a word of explanation instead of an
empty white panel when the article has none yet."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from studio.gui.editor_page import ArticleEditor
from studio.library import ArticleDraft, Library


def _page(qtbot, library: Library, body: str) -> ArticleEditor:
    [article_id] = library.add_articles([ArticleDraft(title="مقال", body=body)]).imported
    page = ArticleEditor(library, library.get(article_id))
    qtbot.addWidget(page)
    page.show()
    page.refresh_outline()
    return page


def test_an_article_without_headings_explains_the_outline(qtbot, library: Library) -> None:
    page = _page(qtbot, library, "فقرة أولى بلا عناوين.\n\nوفقرة ثانية.")
    assert page.outline.count() == 1
    hint = page.outline.item(0)
    assert "#" in hint.text()
    assert hint.flags() == Qt.ItemFlag.NoItemFlags  # cannot be selected or activated
    page.outline.itemClicked.emit(hint)  # nothing to jump to, and no error


def test_headings_replace_the_hint_and_jump_to_their_line(qtbot, library: Library) -> None:
    page = _page(qtbot, library, "مقدمة.\n\n## القسم الأول\n\nنص.\n\n## Second part\n\nText.")
    texts = [page.outline.item(i).text().strip() for i in range(page.outline.count())]
    assert texts == ["القسم الأول", "Second part"]
    page.outline.itemClicked.emit(page.outline.item(1))
    assert page.editor.textCursor().block().text() == "## Second part"


def _type_at_start(page: ArticleEditor, text: str) -> None:
    cursor = page.editor.textCursor()
    cursor.setPosition(0)
    cursor.insertText(text)


def test_typing_keeps_the_outline_as_the_writer_left_it(qtbot, library: Library) -> None:
    headings = "\n\n".join(f"## القسم {n}\n\nنص القسم." for n in range(60))
    page = _page(qtbot, library, "مقدمة.\n\n" + headings)
    page.outline.setCurrentRow(40)
    page.outline.scrollToItem(page.outline.item(40))
    scrolled = page.outline.verticalScrollBar().value()
    assert scrolled > 0
    _type_at_start(page, "سطر جديد\n\n")  # lines above every heading
    page.refresh_outline()
    assert page.outline.currentRow() == 40
    assert page.outline.verticalScrollBar().value() == scrolled
    # The heading still leads to its paragraph, two lines further down now.
    page.outline.itemClicked.emit(page.outline.item(40))
    assert page.editor.textCursor().block().text() == "## القسم 40"


def test_a_renamed_heading_shows_in_the_outline(qtbot, library: Library) -> None:
    page = _page(qtbot, library, "## الأول\n\nنص.\n\n## الثاني\n\nنص.")
    cursor = page.editor.textCursor()
    cursor.setPosition(len("## الأول"))
    cursor.insertText(" والأخير")
    page.refresh_outline()
    texts = [page.outline.item(i).text().strip() for i in range(page.outline.count())]
    assert texts == ["الأول والأخير", "الثاني"]


def test_headings_added_and_removed_show_in_the_outline(qtbot, library: Library) -> None:
    page = _page(qtbot, library, "## الأول\n\nنص.")
    _type_at_start(page, "# Title\n\n")
    page.refresh_outline()
    texts = [page.outline.item(i).text().strip() for i in range(page.outline.count())]
    assert texts == ["Title", "الأول"]
    cursor = page.editor.textCursor()
    cursor.select(QTextCursor.SelectionType.Document)
    cursor.insertText("نص بلا عناوين.")
    page.refresh_outline()
    assert page.outline.count() == 1 and "#" in page.outline.item(0).text()
