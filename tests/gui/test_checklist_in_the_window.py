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


def _checked_arabic_page(qtbot, library: Library, *, sized: bool = True) -> ArticleEditor:
    """An Arabic machine-written article open in the editor, its checklist shown and idle."""
    article_id = library.add_article(ArticleDraft(title="t", body=texts.AR_MACHINE, lang="ar"))
    assert article_id is not None
    page = ArticleEditor(library, library.get(article_id), autosave_ms=60_000)
    qtbot.addWidget(page)
    if sized:
        page.resize(1200, 800)
    with qtbot.waitSignal(page.checks.shown, timeout=20_000):
        page.show()
    qtbot.waitUntil(lambda: page.checks.idle, timeout=30_000)
    return page


def _underline_pixels(page: ArticleEditor, rect) -> int:
    """Strongly coloured pixels inside `rect` of the editor's viewport: the text is black on a
    pale ground, so these are the checklist's (antialiased) red, orange and blue underlines."""
    from PySide6.QtGui import QColor

    image = page.editor.viewport().grab(rect).toImage()
    found = 0
    for y in range(image.height()):
        for x in range(image.width()):
            colour = QColor(image.pixel(x, y))
            if colour.hsvSaturation() > 120 and colour.value() > 90:
                found += 1
    return found


def test_clicking_a_finding_keeps_the_underlines_of_the_line_it_jumps_to(
    qtbot, library: Library
) -> None:
    """The current line's band was painted over the underlines: the passage a click selected
    lost its underline, and so did every other finding on that line."""
    page = _checked_arabic_page(qtbot, library)
    finding = page.checks.findings[-1]
    # The passage's line, away from the selection (which paints its own colours).
    assert page.checks.select_passage(finding.start, finding.end)
    cursor = page.editor.textCursor()
    cursor.clearSelection()
    page.editor.setTextCursor(cursor)
    qtbot.wait(20)
    line = page.editor.cursorRect(cursor)
    band = line.adjusted(-2000, -2, 2000, 6).intersected(page.editor.viewport().rect())
    assert _underline_pixels(page, band) > 20


def test_figures_in_messages_use_the_arabic_interface_digits(qtbot, library, qapp) -> None:
    """The verdict and counts were ٠٫٩٩ and ١٧٣ while the finding beside them said '0.0 لكل
    100 كلمة'; quoted words keep the writer's own digits."""
    import re

    from studio.gui.check_marks import in_interface_digits, tooltip_text
    from studio.gui.i18n import install_language

    install_language(qapp, "ar")
    assert in_interface_digits("(0.5 لكل 100 كلمة) 40% «عام 2024» “Q3 2025”") == (
        "(٠٫٥ لكل ١٠٠ كلمة) ٤٠٪ «عام 2024» “Q3 2025”"
    )
    page = _checked_arabic_page(qtbot, library, sized=False)
    figures = [f for f in page.checks.findings if f.rule in ("few_specifics", "uniform_rhythm")]
    assert figures, "the text should have a finding with a measured figure"
    tip = tooltip_text(figures, "ar")
    assert "١٠٠" in tip and not re.search(r"[0-9]", tip)
    panel = page.checks.panel
    row = next(
        panel.item_row(i).child(0)
        for i in ("concrete_specifics", "varied_rhythm")
        if panel.item_row(i) is not None and panel.item_row(i).childCount()
    )
    panel.tree.setCurrentItem(row)
    assert not re.search(r"[0-9]", panel.detail.text() + row.toolTip(0))

    install_language(qapp, "en")
    assert in_interface_digits("0.5 per 100 words") == "0.5 per 100 words"


def _rows(tree):
    for i in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(i)
        yield top
        for j in range(top.childCount()):
            yield top.child(j)


def test_a_long_row_is_wrapped_whole_not_cut_short(qtbot, library) -> None:
    """A dismissed finding's row (its reason and who set it aside) lost its last line to "…":
    the rows were measured as if they had the indentation's width too."""
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QFontMetrics

    page = _checked_arabic_page(qtbot, library)
    reason = "the client's house style asks for this opening in every piece it publishes"
    with qtbot.waitSignal(page.checks.shown, timeout=20_000):
        page.checks.dismiss("Mona Haddad", page.checks.findings[0], reason, page.checks.outcome)
    tree = page.checks.panel.tree
    page.checks.panel.setFixedWidth(300)
    qtbot.wait(100)
    for row in _rows(tree):
        row.setExpanded(True)
    qtbot.wait(50)
    dismissed = [r for r in _rows(tree) if reason in r.text(0)]
    assert dismissed
    for row in [*dismissed, tree.topLevelItem(0)]:
        rect = tree.visualItemRect(row)
        metrics = QFontMetrics(row.font(0))
        room = QRect(0, 0, rect.width() - 8, 100_000)
        needed = metrics.boundingRect(room, Qt.TextFlag.TextWordWrap, row.text(0)).height()
        assert rect.height() >= needed, row.text(0)
    # ...and a row that fits on one line keeps one line (no blank line under it).
    for row in _rows(tree):
        rect = tree.visualItemRect(row)
        metrics = QFontMetrics(row.font(0))
        if row.parent() is not None and metrics.horizontalAdvance(row.text(0)) < rect.width() - 20:
            assert rect.height() < 2 * metrics.height(), row.text(0)


def test_pasted_text_is_named_as_the_reason_beside_the_verdict(qtbot, library) -> None:
    """A piece pasted in whole was flagged with no reason given: the panel now lists, under
    "Not AI-only", what the editor saw happen to the text; that is no passage to dismiss."""
    from PySide6.QtWidgets import QApplication

    from studio.gui.checklist_panel import DATA_ROLE

    article_id = library.new_draft("Pasted", "en")
    page = ArticleEditor(library, library.get(article_id), autosave_ms=60_000)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    with qtbot.waitSignal(page.checks.shown, timeout=20_000):
        page.show()
    qtbot.waitUntil(lambda: page.checks.idle, timeout=30_000)
    QApplication.clipboard().setText(texts.EN_HUMAN * 3)
    with qtbot.waitSignal(page.checks.shown, timeout=20_000):
        page.editor.paste()
    qtbot.waitUntil(lambda: page.checks.idle, timeout=30_000)
    panel = page.checks.panel
    row = panel.item_row("not_ai_only")
    assert row is not None and row.childCount() == 1
    finding = row.child(0).data(0, DATA_ROLE)
    assert finding.rule == "ai_declared"
    assert "100% pasted and never reworked" in row.child(0).toolTip(0)
    assert page.checks.outcome is not None
    assert page.checks.outcome.result.flag == "ai_only"
    panel.tree.setCurrentItem(row.child(0))
    assert not panel.dismiss_button.isEnabled()


def test_a_review_keeps_the_checklist_the_editor_saw_reused_passages_included(
    qtbot, library
) -> None:
    """The review's snapshot was checked again without the library search, so the passage the
    panel showed as reused was kept as "not known"; it is now the panel's own checklist."""
    from studio.gui.review_dialog import ReviewDialog
    from studio.library import Status
    from studio.review.rating import Verdict

    first = texts.EN_HUMAN
    reused = first.split("\n")[2]
    library.add_article(ArticleDraft(title="The train", body=first, lang="en"))
    body = texts.EN_NONNATIVE_ESSAY + reused + "\n"
    essay = ArticleDraft(title="Essay", body=body, lang="en", status=Status.IN_REVIEW)
    article_id = library.add_article(essay)
    assert article_id is not None
    page = ArticleEditor(library, library.get(article_id), autosave_ms=60_000)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    qtbot.waitUntil(
        lambda: page.checks.outcome is not None and page.checks.outcome.reuse_checked,
        timeout=30_000,
    )
    qtbot.waitUntil(lambda: page.checks.idle, timeout=30_000)
    assert page.checks.panel.item_row("original").text(0).startswith("✗")
    store_profile("Omar", "editor")
    page.review.start_review()
    dialog = page.review.dialog
    assert isinstance(dialog, ReviewDialog)
    dialog.stars.setValue(3)
    dialog.set_verdict(Verdict.APPROVE)
    dialog.accept()
    qtbot.waitUntil(lambda: page.review.dialog is None)
    [(_sid, review_id, payload)] = checks_store.snapshots(library, article_id)
    assert review_id == library.reviews(article_id)[0].id
    original = next(i for i in payload["items"] if i["id"] == "original")
    assert original["state"] == "fail" and original["findings"] >= 1


def test_target_length_says_how_far_the_piece_is_from_its_target(qtbot, library) -> None:
    article = ArticleDraft(title="t", body=texts.EN_MACHINE, lang="en", target_words=900)
    article_id = library.add_article(article)
    assert article_id is not None
    page = ArticleEditor(library, library.get(article_id), autosave_ms=60_000)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.checks.shown, timeout=20_000):
        page.show()
    qtbot.waitUntil(lambda: page.checks.idle, timeout=30_000)
    assert page.checks.outcome is not None
    words = page.checks.outcome.result.words
    row = page.checks.panel.item_row("target_length")
    assert row is not None and row.text(0).startswith("✗")
    assert row.toolTip(0) == f"Fails: {words} of the 900 words asked for"
