"""An article open in the writing desk for the review tests, as an editor finds it."""

from __future__ import annotations

from studio.gui.editor_page import ArticleEditor
from studio.library import ArticleDraft, Library, Status


def open_review_page(
    qtbot, library: Library, body: str, status: Status = Status.IN_REVIEW
) -> ArticleEditor:  # type: ignore[no-untyped-def]
    article_id = library.add_article(
        ArticleDraft(title="فن التحرير", body=body, lang="ar", status=status)
    )
    assert article_id is not None
    # Autosave far off: the tests decide when the article is saved.
    page = ArticleEditor(library, library.get(article_id), autosave_ms=60_000)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    qtbot.waitExposed(page)
    return page
