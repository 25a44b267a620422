"""Two saves close together: the second waits for the first one's result (the new version)."""

from __future__ import annotations

from studio.gui.editor_page import ArticleEditor
from studio.library import ArticleDraft, Library
from tests.gui.conftest import type_text


def test_a_save_asked_for_before_the_last_ones_result_arrived_follows_it(
    qtbot, library: Library
) -> None:
    article_id = library.add_article(ArticleDraft(title="Notes", body="First line.\n", lang="en"))
    assert article_id is not None
    page = ArticleEditor(library, library.get(article_id), autosave_ms=60_000)
    qtbot.addWidget(page)
    page.show()
    type_text(page.editor, "A")
    assert page.save("autosave")
    # The save reaches the library, but its result has not been handed to the page yet (no
    # events processed): the worker still counts as busy.
    assert page.worker._pending is not None
    page.worker._pending.result()
    assert page.worker.busy
    type_text(page.editor, "B")
    assert page.save("autosave")  # queued after the first, not started with the old version
    qtbot.waitUntil(lambda: not page.dirty and not page.worker.busy, timeout=15_000)
    assert page._conflict is None
    assert "AB" in library.get(article_id).body or "BA" in library.get(article_id).body
    page.close_editor()
