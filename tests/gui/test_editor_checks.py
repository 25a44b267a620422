"""The checklist on the writing desk: the panel beside an article lists items and findings,
clicking jumps to the passage, underlines with tooltips, ticks and dismissals kept in the library,
the result stored when the article is saved, and the badge in the library table."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCharFormat, QTextCursor

from studio.checks import checklist as cl
from studio.gui.checklist_panel import DATA_ROLE, KIND_ROLE
from studio.gui.editor_page import ArticleEditor
from studio.gui.library_model import ArticleTableModel, Column
from studio.gui.review_forms import ProfileDialog, store_profile
from studio.library import ArticleDraft, Library, checks_store
from tests.checks import texts
from tests.gui.conftest import type_text

AR_BODY = "## مقدمة\n\n" + texts.AR_MACHINE
EN_BODY = "## Remote work\n\n" + texts.EN_MACHINE


def _page(qtbot, library: Library, body: str = AR_BODY, lang: str = "ar") -> ArticleEditor:
    article_id = library.add_article(
        ArticleDraft(title="الذكاء الاصطناعي في التعليم", body=body, lang=lang, target_words=150)
    )
    assert article_id is not None
    page = ArticleEditor(library, library.get(article_id), autosave_ms=60_000)
    qtbot.addWidget(page)
    page.resize(1300, 800)
    with qtbot.waitSignal(page.checks.shown, timeout=20_000):
        page.show()
    _settle(qtbot, page)
    return page


def _settle(qtbot, page: ArticleEditor) -> None:
    """Until every check asked for (the first search of the library included) is shown."""
    qtbot.waitUntil(lambda: page.checks.idle, timeout=30_000)
    qtbot.wait(10)


def _findings(page: ArticleEditor, item_id: str) -> list:
    row = page.checks.panel.item_row(item_id)
    assert row is not None
    return [
        row.child(i)
        for i in range(row.childCount())
        if row.child(i).data(0, KIND_ROLE) == "finding"
    ]


def _recheck(qtbot, page: ArticleEditor) -> None:
    with qtbot.waitSignal(page.checks.shown, timeout=20_000):
        page.checks.recheck()


def test_panel_lists_items_and_findings_of_an_arabic_article(qtbot, library) -> None:
    page = _page(qtbot, library)
    panel = page.checks.panel
    ids = [
        panel.tree.topLevelItem(i).data(0, DATA_ROLE) for i in range(panel.tree.topLevelItemCount())
    ]
    assert ids == [item.id for item in cl.DEFAULT_ITEMS]
    assert panel.verdict.text().startswith("Likely AI-only")
    assert "AI-only score" in panel.verdict.text()
    stock = _findings(page, "no_stock_phrases")
    assert any("بالإضافة إلى ذلك" in row.text(0) for row in stock)
    # The item's row counts them and says it fails.
    row = panel.item_row("no_stock_phrases")
    assert f"({len(stock)})" in row.text(0) and row.text(0).startswith("✗")
    # Manual items carry a box, unticked.
    proofread = panel.item_row("proofread")
    assert proofread.checkState(0) == Qt.CheckState.Unchecked
    # The current finding's whole message and evidence below the list (a stock phrase's
    # evidence adds how much more often AI text uses it).
    panel.tree.setCurrentItem(next(row for row in stock if "بالإضافة إلى ذلك" in row.text(0)))
    assert panel.detail.isVisibleTo(panel)
    assert "Evidence:" in panel.detail.text()


def test_clicking_a_finding_or_an_item_selects_its_passage(qtbot, library) -> None:
    page = _page(qtbot, library)
    panel = page.checks.panel
    stock = next(r for r in _findings(page, "no_stock_phrases") if "بالإضافة" in r.text(0))
    panel.tree.itemClicked.emit(stock, 0)
    assert page.editor.textCursor().selectedText() == "بالإضافة إلى ذلك"
    # An item selects its first finding's passage.
    page.editor.moveCursor(QTextCursor.MoveOperation.Start)
    panel.tree.itemClicked.emit(panel.item_row("no_formula"), 0)
    first = panel.item_row("no_formula").child(0).data(0, DATA_ROLE)
    assert page.editor.textCursor().selectedText() == AR_BODY[first.start : first.end]
    # Typed since the check: the passage is found where it went.
    page.editor.moveCursor(QTextCursor.MoveOperation.Start)
    type_text(page.editor, "سطر جديد ")
    panel.tree.itemClicked.emit(stock, 0)
    assert page.editor.textCursor().selectedText() == "بالإضافة إلى ذلك"


def test_findings_are_underlined_with_a_tooltip(qtbot, library) -> None:
    page = _page(qtbot, library)
    marks = page.editor.check_marks
    assert marks and len(marks) == len(page.checks.findings)
    assert all(
        m.format.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline for m in marks
    )
    # The underlines are among the editor's extra selections with the current line's.
    assert len(page.editor.extraSelections()) >= len(marks)
    phrase = "بالإضافة إلى ذلك"
    at = page.editor.toPlainText().index(phrase) + 3
    cursor = QTextCursor(page.editor.document())
    cursor.setPosition(at)
    point = page.editor.cursorRect(cursor).center()
    tip = page.checks.tooltip_at(point)
    assert "Stock phrase common in machine-written text" in tip
    assert phrase in tip
    # Away from every finding: no tooltip.
    assert page.checks.tooltip_at(QPoint(-50, -50)) == ""


def test_tooltip_and_panel_speak_the_interface_language(qtbot, library, qapp) -> None:
    from studio.gui.i18n import install_language

    install_language(qapp, "ar")
    page = _page(qtbot, library, EN_BODY, "en")
    at = page.editor.toPlainText().index("In conclusion") + 2
    cursor = QTextCursor(page.editor.document())
    cursor.setPosition(at)
    tip = page.checks.tooltip_at(page.editor.cursorRect(cursor).center())
    assert "خاتمة نمطية" in tip
    assert "of sentences" not in tip and "as often" not in tip
    assert page.checks.panel.verdict.text().startswith("على الأرجح")
    assert page.checks.panel.isRightToLeft()


def test_typing_rechecks_after_a_pause(qtbot, library) -> None:
    page = _page(qtbot, library, EN_BODY, "en")
    before = len(page.checks.findings)
    page.editor.moveCursor(QTextCursor.MoveOperation.End)
    with qtbot.waitSignal(page.checks.shown, timeout=20_000):
        type_text(page.editor, "\nIn conclusion, it is important to note this.")
    assert len(page.checks.findings) > before
    text = page.editor.toPlainText()
    for finding, mark in zip(page.checks.findings, page.editor.check_marks, strict=True):
        assert mark.cursor.selectedText() == text[finding.start : finding.end]


def test_ticking_a_manual_item_asks_the_profile_once_and_is_kept(qtbot, library) -> None:
    page = _page(qtbot, library)
    row = page.checks.panel.item_row("proofread")
    row.setCheckState(0, Qt.CheckState.Checked)
    dialog = page.review.dialog
    assert isinstance(dialog, ProfileDialog)
    type_text(dialog.name, "Mona")
    with qtbot.waitSignal(page.checks.shown, timeout=20_000):
        dialog.accept()
    ticks = checks_store.ticks(library, page.article_id)
    assert [(t.item_id, t.done, t.by) for t in ticks] == [("proofread", True, "Mona")]
    row = page.checks.panel.item_row("proofread")
    assert row.checkState(0) == Qt.CheckState.Checked and row.text(0).startswith("✓")
    assert "Mona" in row.toolTip(0)
    # The second time no form: unticking is kept too.
    with qtbot.waitSignal(page.checks.shown, timeout=20_000):
        row.setCheckState(0, Qt.CheckState.Unchecked)
    assert page.review.dialog is None
    assert [t.done for t in checks_store.ticks(library, page.article_id)] == [True, False]


def test_a_dismissed_finding_stays_dismissed_until_its_text_changes(qtbot, library) -> None:
    store_profile("Ali", "editor")
    page = _page(qtbot, library)
    panel = page.checks.panel
    target = next(r for r in _findings(page, "no_formula") if "الختام" in r.text(0))
    finding = target.data(0, DATA_ROLE)
    panel.tree.setCurrentItem(target)
    panel.dismiss_button.click()
    dialog = page.checks.dialog
    assert dialog is not None
    dialog.setTextValue("أسلوب العميل")
    with qtbot.waitSignal(page.checks.shown, timeout=20_000):
        dialog.accept()
    kept = checks_store.dismissals(library, page.article_id)
    assert [(d.rule, d.reason, d.by) for d in kept] == [(finding.rule, "أسلوب العميل", "Ali")]
    assert finding not in page.checks.findings
    row = panel.item_row("no_formula")
    dismissed = [
        row.child(i)
        for i in range(row.childCount())
        if row.child(i).data(0, KIND_ROLE) == "dismissed"
    ]
    assert len(dismissed) == 1 and "أسلوب العميل" in dismissed[0].text(0)
    # Restored from the panel.
    panel.tree.setCurrentItem(dismissed[0])
    with qtbot.waitSignal(page.checks.shown, timeout=20_000):
        panel.restore_button.click()
    assert checks_store.dismissals(library, page.article_id) == []
    assert any(f.rule == finding.rule for f in page.checks.findings)


def test_saving_stores_the_result_and_the_library_badge_follows(qtbot, library) -> None:
    page = _page(qtbot, library)
    model = ArticleTableModel(library)
    page.checks.stored.connect(model.set_flag)
    page.editor.moveCursor(QTextCursor.MoveOperation.End)
    type_text(page.editor, "\nسطر أخير.")
    with qtbot.waitSignal(page.checks.stored, timeout=20_000) as stored:
        page.save("manual")
    assert stored.args == [page.article_id, "ai_only"]
    _settle(qtbot, page)
    kept = checks_store.load_result(library, page.article_id)
    assert kept is not None and kept.flag == "ai_only"
    assert kept.text_sha1 == checks_store.text_sha1(page.editor.toPlainText())
    row = model.row_of(page.article_id)
    assert row is not None
    index = model.index(row, Column.TITLE)
    assert model.data(index, Qt.ItemDataRole.DecorationRole) is not None
    assert "likely AI-only" in model.data(index, Qt.ItemDataRole.ToolTipRole)
    # A fresh table reads the stored flags with its page of rows.
    fresh = ArticleTableModel(library)
    assert fresh.flag_of(page.article_id) == "ai_only"


def test_the_checklist_can_be_turned_off(qtbot, library) -> None:
    page = _page(qtbot, library)
    page.checks.set_active(False)
    assert not page.checks.panel.isVisibleTo(page)
    assert page.editor.check_marks == []
    with qtbot.waitSignal(page.checks.shown, timeout=20_000):
        page.checks.set_active(True)
    assert page.editor.check_marks


def test_a_passage_reused_from_another_piece_is_found_off_the_gui_thread(qtbot, library) -> None:
    first = texts.EN_HUMAN
    reused = first.split("\n")[2]
    library.add_article(ArticleDraft(title="The train", body=first, lang="en"))
    body = texts.EN_NONNATIVE_ESSAY + reused + "\n"
    page = _page(qtbot, library, body, "en")
    # The first check does not wait for the library search; the one after it counts it.
    qtbot.waitUntil(
        lambda: page.checks.outcome is not None and page.checks.outcome.reuse_checked,
        timeout=30_000,
    )
    original = page.checks.panel.item_row("original")
    assert original.text(0).startswith("✗")
    spans = [f for f in page.checks.findings if f.rule == "reused_passage"]
    start = body.index(reused)
    assert any(f.start <= start + 20 and f.end >= start + len(reused) - 20 for f in spans)
    assert any(m.format.underlineColor().name() == "#c62828" for m in page.editor.check_marks)

    # Kept with the article as it stands (no unsaved typing): the badge says to look.
    def kept_flag() -> str | None:
        kept = checks_store.load_result(library, page.article_id)
        return kept.flag if kept is not None else None

    qtbot.waitUntil(lambda: kept_flag() in ("needs_attention", "ai_only"), timeout=30_000)


def test_follow_spans_keeps_reused_passages_through_edits() -> None:
    from studio.checks import ReusedSpan
    from studio.gui.checks_worker import follow_spans

    old = "intro line\nthe reused words here\nend"
    span = ReusedSpan(11, 32, 7, "Other")
    assert old[11:32] == "the reused words here"
    moved = follow_spans(old, "a new first line\n" + old, [span])
    assert [(s.start, s.end, s.source_article_id) for s in moved] == [(28, 49, 7)]
    assert follow_spans(old, old.replace("reused", "rewritten"), [span]) == []


def test_closing_the_article_stores_the_check_of_its_last_words(qtbot, library) -> None:
    page = _page(qtbot, library, EN_BODY, "en")
    page.editor.moveCursor(QTextCursor.MoveOperation.End)
    type_text(page.editor, "\nOne more line before closing.")
    text = page.editor.toPlainText()
    assert page.close_editor()
    kept = checks_store.load_result(library, page.article_id)
    assert kept is not None and kept.text_sha1 == checks_store.text_sha1(text)


def test_a_recheck_keeps_the_chosen_finding_and_the_list_where_it_was(qtbot, library) -> None:
    page = _page(qtbot, library)
    panel = page.checks.panel
    chosen = _findings(page, "no_stock_phrases")[3]
    panel.tree.setCurrentItem(chosen)
    message = panel.detail.text()
    _recheck(qtbot, page)
    current = panel.tree.currentItem()
    assert current is not chosen and current.data(0, KIND_ROLE) == "finding"
    assert panel.detail.text() == message
    # The same one, not another with the same words (the phrase occurs three times).
    repeated = [r for r in _findings(page, "no_stock_phrases") if "بالإضافة" in r.text(0)]
    panel.tree.setCurrentItem(repeated[1])
    span = repeated[1].data(0, DATA_ROLE)
    _recheck(qtbot, page)
    again = panel.tree.currentItem().data(0, DATA_ROLE)
    assert (again.start, again.end) == (span.start, span.end)


def test_ticks_and_dismissals_are_there_when_the_article_is_opened_again(qtbot, library) -> None:
    store_profile("Ali", "editor")
    page = _page(qtbot, library)
    outcome = page.checks.outcome
    assert outcome is not None
    finding = next(f for f in page.checks.findings if f.rule == "stock_phrase")
    with qtbot.waitSignal(page.checks.shown, timeout=20_000):
        page.checks.dismiss("Ali", finding, "house style", outcome)
    with qtbot.waitSignal(page.checks.shown, timeout=20_000):
        page.checks.panel.item_row("sources_cited").setCheckState(0, Qt.CheckState.Checked)
    assert page.close_editor()

    again = ArticleEditor(library, library.get(page.article_id), autosave_ms=60_000)
    qtbot.addWidget(again)
    with qtbot.waitSignal(again.checks.shown, timeout=20_000):
        again.show()
    _settle(qtbot, again)
    assert again.checks.panel.item_row("sources_cited").checkState(0) == Qt.CheckState.Checked
    same = [
        f
        for f in again.checks.findings
        if (f.rule, f.start, f.end) == (finding.rule, finding.start, finding.end)
    ]
    assert same == []
    dismissed = again.checks.outcome.dismissed
    assert any(d.reason == "house style" and d.by == "Ali" for _f, d in dismissed)
