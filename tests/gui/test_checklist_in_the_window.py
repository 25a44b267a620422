"""The checklist as the studio window really runs it: on a library opened in the background
(`DeferredLibrary`, what `qalam` opens an existing library as), not only on a `Library`."""

from __future__ import annotations

from studio.gui.editor_page import ArticleEditor
from studio.gui.review_forms import store_profile
from studio.library import ArticleDraft, Library, checks_store
from studio.library.deferred import DeferredLibrary, open_deferred
from tests.checks import texts


def _deferred_page(qtbot, library: Library) -> tuple[ArticleEditor, DeferredLibrary]:
    article_id = library.add_article(
        ArticleDraft(title="الذكاء الاصطناعي في التعليم", body=texts.AR_MACHINE, lang="ar")
    )
    assert article_id is not None
    deferred = open_deferred(library.path, 10)
    assert isinstance(deferred, DeferredLibrary)
    deferred.start()
    page = ArticleEditor(deferred, deferred.get(article_id), autosave_ms=60_000)  # type: ignore[arg-type]
    qtbot.addWidget(page)
    page.resize(1200, 800)
    return page, deferred


def test_the_checklist_shows_its_verdict_on_a_library_opened_in_the_background(
    qtbot, library: Library
) -> None:
    page, deferred = _deferred_page(qtbot, library)
    try:
        with qtbot.waitSignal(page.checks.shown, timeout=20_000):
            page.show()
        qtbot.waitUntil(lambda: page.checks.idle, timeout=30_000)
        assert page.checks.outcome is not None
        assert page.checks.panel.tree.topLevelItemCount() > 0
        # The first check is kept with the article: the library table's badge reads it.
        stored = checks_store.load_result(library, page.article_id)
        assert stored is not None and stored.flag == "ai_only"

        store_profile("منى", "editor")
        assert page.checks.tick("منى", "proofread", True)
        qtbot.waitUntil(lambda: bool(checks_store.ticks(library, page.article_id)), timeout=5000)
        finding = page.checks.findings[0]
        assert page.checks.dismiss("منى", finding, "أسلوب العميل", page.checks.outcome)
        assert checks_store.dismissals(library, page.article_id)
    finally:
        page.checks.wait()
        page.close()
        deferred.close()
