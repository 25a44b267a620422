"""The outline beside the text: headings to jump to, and a word of explanation instead of an
empty white panel when the article has none yet."""

from __future__ import annotations

from PySide6.QtCore import Qt

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
