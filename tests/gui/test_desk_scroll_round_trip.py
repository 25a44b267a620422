"""Desk memory's scroll: what is remembered comes back at the same place, reopening after
reopening (it used to leave a margin above the line, so each reopening crept up a line)."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor

from studio.gui.desk_memory import remember_tab, scroll_to
from studio.gui.editor_page import ArticleEditor
from studio.library import ArticleDraft, Library


def test_remembered_top_comes_back_unchanged(qtbot, library: Library) -> None:
    body = "\n\n".join(f"Paragraph {n} of the notes." for n in range(400))
    article_id = library.add_article(ArticleDraft(title="Long notes", body=body))
    assert article_id is not None
    page = ArticleEditor(library, library.get(article_id))
    qtbot.addWidget(page)
    page.resize(700, 500)
    page.show()
    qtbot.waitExposed(page)
    line = QTextCursor(page.editor.document().findBlockByNumber(300))
    scroll_to(page, line.position())
    top = remember_tab(page).top
    assert top == line.position()
    for _ in range(3):
        scroll_to(page, top)
        assert remember_tab(page).top == top
    # The first line keeps the document's margin above it.
    scroll_to(page, 0)
    assert page.editor.verticalScrollBar().value() == 0
    assert page.close_editor()
