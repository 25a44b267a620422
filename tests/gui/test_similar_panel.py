"""The similar-pieces panel beside an open article, its side-by-side comparison and the
library-wide reuse report, on real Arabic and English articles, answered in the background."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextCharFormat, QTextFormat
from PySide6.QtWidgets import QTextBrowser

from studio.gui.editor_page import ArticleEditor
from studio.gui.similar_compare import SimilarCompareDialog
from studio.gui.similar_compare_html import CURRENT_STYLE, REUSED_STYLE, compare_html
from studio.gui.similar_panel import Col
from studio.gui.similar_worker import SimilarWorker
from studio.library import Library
from studio.similar.service import SimilarService
from studio.text import Direction
from tests.gui.similar_texts import AR_DRAFT, AR_PARAGRAPHS
from tests.similar.texts import AR_SOURCE

WAIT_MS = 60_000  # a bound for a noisy machine, not a speed assertion


def _caught_up(qtbot, worker: SimilarWorker) -> None:
    worker.catch_up_now()
    qtbot.waitUntil(lambda: worker.status is not None and not worker.catching_up, timeout=WAIT_MS)


def _page(qtbot, library: Library, worker: SimilarWorker, key: str) -> ArticleEditor:
    page = ArticleEditor(library, library.get(worker.ids[key]), similar=worker)  # type: ignore[attr-defined]
    qtbot.addWidget(page)
    page.resize(1400, 800)
    page.show()
    return page


def _shown(qtbot, page: ArticleEditor) -> None:
    side = page.similar
    assert side is not None
    side.set_visible(True)
    qtbot.waitUntil(
        lambda: side.answer is not None and side.answer.token == side.token, timeout=WAIT_MS
    )


def _titles(group) -> list[str]:
    return [group.child(i).text(Col.TITLE) for i in range(group.childCount())]


def test_panel_puts_reused_pieces_first_and_apart_from_topic_neighbours(qtbot, library, worker):
    _caught_up(qtbot, worker)
    page = _page(qtbot, library, worker, "draft")
    _shown(qtbot, page)
    panel = page.similar.panel
    assert _titles(panel.reused_group) == ["الأسواق والمكتبات في المدن الصغيرة"]
    assert "أسواق السمك عند الفجر" in _titles(panel.topic_group)
    assert not panel.reused_group.isHidden() and not panel.topic_group.isHidden()
    # The reused group comes first in the list.
    assert panel.tree.indexOfTopLevelItem(panel.reused_group) == 0
    row = panel.reused_group.child(0)
    share = page.similar.answer.results[0].reused_share
    assert share > 0.5
    assert row.text(Col.REUSED) == f"{round(share * 100)}%"
    assert row.text(Col.STATUS) == "Approved"
    topic_row = panel.item_for(worker.ids["topic"])
    assert topic_row.text(Col.REUSED) == "—" and topic_row.text(Col.STATUS) == "In review"
    assert page.similar.panel.state.text() == ""


def test_panel_on_an_english_article(qtbot, library, worker):
    _caught_up(qtbot, worker)
    page = _page(qtbot, library, worker, "en_copy")
    _shown(qtbot, page)
    panel = page.similar.panel
    assert _titles(panel.reused_group) == ["Libraries and harbours"]
    assert worker.ids["draft"] not in [r.article_id for r in page.similar.answer.results]


def test_panel_shown_beside_the_checklist_gets_room_for_titles(qtbot, library, worker):
    from studio.gui.editor_page import EDITOR_MIN_ROOM
    from studio.gui.similar_panel import PANEL_WIDTH

    page = _page(qtbot, library, worker, "en_copy")
    page.resize(1800, 800)
    qtbot.waitExposed(page)
    assert page.checks.panel.isVisible()
    page.set_similar_visible(True)
    sizes = dict(zip(range(page.splitter.count()), page.splitter.sizes(), strict=True))
    panel_width = sizes[page.splitter.indexOf(page.similar.panel)]
    assert panel_width >= PANEL_WIDTH
    assert sizes[page.splitter.indexOf(page.editor)] >= EDITOR_MIN_ROOM
    # The room comes with its title in the tooltip, for titles that are still cut short.
    _caught_up(qtbot, worker)
    page.similar.refresh()
    qtbot.waitUntil(
        lambda: page.similar.answer is not None and page.similar.answer.token == page.similar.token,
        timeout=WAIT_MS,
    )
    row = page.similar.panel.reused_group.child(0)
    assert row.toolTip(Col.TITLE).startswith("Libraries and harbours\n")


def test_panel_says_it_is_catching_up_with_the_articles_left(qtbot, library, worker):
    page = _page(qtbot, library, worker, "draft")
    side = page.similar
    side.panel.show()
    # What the worker reports before its first step: nothing indexed yet.
    side._on_status(SimilarService(library).status())
    assert side.panel.state.text() == "Catching up (7 articles left)"
    _caught_up(qtbot, worker)
    _shown(qtbot, page)
    assert side.panel.state.text() == ""


def test_a_stale_answer_is_dropped(qtbot, library, worker):
    _caught_up(qtbot, worker)
    page = _page(qtbot, library, worker, "draft")
    _shown(qtbot, page)
    side = page.similar
    old = side.answer
    side.token = (side.token or 0) + 1000  # a newer question is on its way
    side._on_answer(old.__class__(old.token, old.article_id, "", [], {}))
    assert side.answer is old and _titles(side.panel.reused_group)


def test_panel_follows_an_edit_of_the_other_piece(qtbot, library, worker):
    _caught_up(qtbot, worker)
    page = _page(qtbot, library, worker, "draft")
    _shown(qtbot, page)
    assert _titles(page.similar.panel.reused_group)
    # The source loses its market and library paragraphs in another tab; once saved and
    # indexed, the draft's panel asks again and no longer lists it as reused.
    source = _page(qtbot, library, worker, "source")
    source.editor.setPlainText(AR_PARAGRAPHS[0])
    assert source.flush()
    qtbot.waitUntil(lambda: not _titles(page.similar.panel.reused_group), timeout=WAIT_MS)
    assert page.similar.panel.reused_group.isHidden()
    assert "أسواق السمك عند الفجر" in _titles(page.similar.panel.topic_group)


def test_the_checklist_asks_the_windows_index_for_reused_passages(qtbot, library, worker):
    from studio.gui import checks_worker

    _caught_up(qtbot, worker)
    page = _page(qtbot, library, worker, "draft")
    found = page.checks.worker.look_for_reuse(page.article_id, page.editor.text())
    assert {span.source_title for span in found} == {"الأسواق والمكتبات في المدن الصغيرة"}
    # No second index of the library was loaded beside the window's: one that caught up on its
    # own would leave the window's index behind the saves it took in.
    assert library not in checks_worker._services


def _highlighted(browser: QTextBrowser, colour: str) -> list[str]:
    """Runs of text with `colour` as background, in document order, joined across paragraphs."""
    runs: list[str] = []
    joined = False
    block = browser.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            fmt: QTextCharFormat = fragment.charFormat()
            on = fmt.background().color() == QColor(colour)
            if on and joined:
                runs[-1] += fragment.text()
            elif on:
                runs.append(fragment.text())
            joined = on
            it += 1
        if joined:
            runs[-1] += "\n"
        block = block.next()
    return [r.strip() for r in runs]


def _colour(style: str) -> str:
    return style.split("background-color:")[1].split(";")[0]


def _norm(text: str) -> str:
    return " ".join(text.split())


def test_side_by_side_highlights_both_texts_at_the_passages_offsets(qtbot, library, worker):
    _caught_up(qtbot, worker)
    page = _page(qtbot, library, worker, "draft")
    _shown(qtbot, page)
    result = page.similar.answer.results[0]
    assert len(result.passages) == 2
    dialog = page.similar.open_comparison(result)
    qtbot.addWidget(dialog)
    assert isinstance(dialog, SimilarCompareDialog)
    first, second = dialog.passages
    current, other = _colour(CURRENT_STYLE), _colour(REUSED_STYLE)
    # The first passage is current: strongly marked in both panes, the other one lightly.
    assert dialog.current == 0
    assert _norm(_highlighted(dialog.mine.browser, current)[0]) == _norm(
        AR_DRAFT[first.start : first.end]
    )
    assert _norm(_highlighted(dialog.other.browser, current)[0]) == _norm(
        AR_SOURCE[first.source_start : first.source_end]
    )
    assert _norm(_highlighted(dialog.mine.browser, other)[0]) == _norm(
        AR_DRAFT[second.start : second.end]
    )
    # The draft's first passage is the source's library paragraph, its last one.
    assert "المكتبات العامة" in AR_SOURCE[first.source_start : first.source_end]
    assert first.source_start > second.source_start
    assert not dialog.previous_button.isEnabled() and dialog.next_button.isEnabled()
    assert dialog.position.text() == "Passage 1 of 2"
    assert "of this article is also in" in dialog.summary.text()

    dialog.next_passage()
    assert dialog.current == 1 and dialog.position.text() == "Passage 2 of 2"
    assert _norm(_highlighted(dialog.mine.browser, current)[0]) == _norm(
        AR_DRAFT[second.start : second.end]
    )
    assert _norm(_highlighted(dialog.other.browser, current)[0]) == _norm(
        AR_SOURCE[second.source_start : second.source_end]
    )
    assert dialog.previous_button.isEnabled() and not dialog.next_button.isEnabled()
    dialog.previous_passage()
    assert dialog.current == 0
    dialog.close()


def test_next_passage_scrolls_both_panes(qtbot):
    from studio.similar.align import Passage

    filler = "\n\n".join(f"فقرة رقم {i} لا تتكرر في أي مكان آخر." for i in range(60))
    mine_text = "مقطع أول مكرر.\n\n" + filler + "\n\nمقطع ثان مكرر."
    other_text = filler + "\n\nمقطع أول مكرر.\n\nمقطع ثان مكرر."
    p1 = Passage(0, 14, other_text.index("مقطع أول"), other_text.index("مقطع أول") + 14, 3)
    start2 = mine_text.index("مقطع ثان")
    p2 = Passage(start2, start2 + 14, other_text.index("مقطع ثان"), len(other_text), 3)
    from studio.gui.similar_compare import ComparedText

    dialog = SimilarCompareDialog(
        ComparedText("أ", mine_text, Direction.RTL),
        ComparedText("ب", other_text, Direction.RTL),
        [p2, p1],
        0.1,
        0.1,
    )
    qtbot.addWidget(dialog)
    dialog.resize(900, 400)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.go_to(0)
    mine_bar = dialog.mine.browser.verticalScrollBar()
    other_bar = dialog.other.browser.verticalScrollBar()
    at_first = (mine_bar.value(), other_bar.value())
    assert other_bar.value() > 0  # the other piece's copy is near its end
    dialog.next_passage()
    assert mine_bar.value() > at_first[0]  # down to the second passage in this article


def test_a_reworded_passage_counts_in_the_other_pieces_share(qtbot):
    # A reworded passage shares no 5-word run, so the share the panel ranks by is 0; the
    # comparison's summary says how much of the other piece the highlighted passage covers.
    from studio.gui.similar_compare import ComparedText
    from studio.similar.align import Passage

    other_text = "مقطع معاد صياغته بكلمات أخرى. " + "ونص آخر لا علاقة له. " * 3
    passage = Passage(0, 30, 0, other_text.index(".") + 1, 5)
    dialog = SimilarCompareDialog(
        ComparedText("أ", "مقطع أعيدت صياغته بكلمات غيرها.", Direction.RTL),
        ComparedText("ب", other_text, Direction.RTL),
        [passage],
        1.0,
        0.0,
    )
    qtbot.addWidget(dialog)
    expected = round(passage.source_end / len(other_text.strip()) * 100)
    assert f"{expected}% of that piece is in this article." in dialog.summary.text()
    assert expected > 0


def test_side_by_side_styles_the_markdown_as_the_editor_does(qtbot):
    # Both texts are shown as written; their Markdown markers are dimmed and headings larger,
    # over the highlight of the passages, as in the editor.
    from studio.gui.editor_highlight import MARKER
    from studio.gui.similar_compare import ComparedText
    from studio.similar.align import Passage

    mine_text = "## عنوان القسم\n\nنص فيه **كلمة بارزة** ومقطع مكرر هنا."
    start = mine_text.index("**")
    dialog = SimilarCompareDialog(
        ComparedText("أ", mine_text, Direction.RTL),
        ComparedText("ب", "مقطع آخر.", Direction.RTL),
        [Passage(start, len(mine_text), 0, 8, 6)],
        0.5,
        0.5,
    )
    qtbot.addWidget(dialog)
    document = dialog.mine.browser.document()
    heading = document.findBlockByNumber(0)
    assert heading.text() == "## عنوان القسم"
    sizes = [
        r.format.property(QTextFormat.Property.FontSizeAdjustment)
        for r in heading.layout().formats()
    ]
    assert 2 in sizes
    body = document.findBlockByNumber(1)
    dimmed = [
        (r.start, r.length)
        for r in body.layout().formats()
        if r.format.foreground().color().name() == MARKER
    ]
    at = body.text().index("**")
    assert (at, 2) in dimmed and (body.text().index("**", at + 2), 2) in dimmed
    # The passage keeps its highlight under the styling.
    found = document.find("كلمة")
    assert found.charFormat().background().color() == QColor("#f2b84b")


def test_compare_html_lays_out_each_paragraph_in_its_direction():
    text = "فقرة عربية فيها مقطع مكرر.\n\nAn English line with a reused bit."
    start = text.index("مقطع")
    en = text.index("reused")
    html = compare_html(text, [(start, start + 10), (en, en + 10)], 1, Direction.RTL)
    assert '<p dir="rtl" align="right">' in html and '<p dir="ltr" align="left">' in html
    assert f'<a name="passage-0"></a><span style="{REUSED_STYLE}">مقطع مكرر' in html
    assert f'<a name="passage-1"></a><span style="{CURRENT_STYLE}">reused bit' in html
    # Out of range spans are clipped, and markup in the text is escaped.
    assert "<b>" not in compare_html("<b>x</b>", [(-5, 99)], None, Direction.LTR)


def test_reuse_report_dialog_lists_pairs_and_opens_the_comparison(qtbot, library, worker):
    from studio.gui.reuse_report_dialog import ReuseReportDialog

    dialog = ReuseReportDialog(worker)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.finished_building, timeout=WAIT_MS)
    ids = worker.ids
    pairs = {(p.first_id, p.second_id) for p in dialog.pairs}
    assert pairs == {(ids["source"], ids["draft"]), (ids["en_source"], ids["en_copy"])}
    assert dialog.table.model().rowCount() == 2
    assert dialog.progress.value() == dialog.progress.maximum() == 7
    assert dialog.state.text() == "2 pairs of pieces share passages."
    shares = [p.share for p in dialog.pairs]
    assert shares == sorted(shares, reverse=True)
    row = next(i for i, p in enumerate(dialog.pairs) if p.first_id == ids["source"])
    model = dialog.table.model()
    assert model.index(row, 0).data() == "الأسواق والمكتبات في المدن الصغيرة"
    right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
    assert model.index(row, 0).data(Qt.ItemDataRole.TextAlignmentRole) & right == right
    assert model.index(row, 2).data() == f"{round(dialog.pairs[row].share * 100)}%"
    # Double-clicking the row (the view's signal) asks for the comparison.
    dialog.table.doubleClicked.emit(model.index(row, 1))
    assert dialog.state.text() == "Comparing the two pieces…"
    qtbot.waitUntil(lambda: dialog.comparison is not None, timeout=WAIT_MS)
    compare = dialog.comparison
    # Seen from the draft, most of which is in the source.
    assert compare.mine.piece.text == AR_DRAFT and len(compare.passages) == 2
    compare.close()


def test_reuse_report_can_be_stopped(qtbot, library, worker, monkeypatch):
    from studio.gui import similar_worker
    from studio.gui.reuse_report_dialog import ReuseReportDialog

    monkeypatch.setattr(similar_worker, "REPORT_BATCH", 1)
    dialog = ReuseReportDialog(worker)
    qtbot.addWidget(dialog)
    dialog.cancel()
    assert not dialog.cancel_button.isEnabled()
    assert dialog.state.text().startswith("Stopped")
    _caught_up(qtbot, worker)
    assert not dialog.finished_building


def test_main_window_opens_the_report_and_the_desk_toggles_the_panel(qtbot, library, worker):
    from studio.gui.main_window import MainWindow

    window = MainWindow(library)
    qtbot.addWidget(window)
    action = window.reuse_report_action
    assert action in window.workspace.review_menu.actions()
    dialog = window.show_reuse_report()
    assert window.show_reuse_report() is dialog
    dialog.close()
    page = window.workspace.open_article(worker.ids["draft"])  # type: ignore[attr-defined]
    assert page.similar is not None and page.similar.worker is window.similar
    assert not page.similar.panel.isVisibleTo(page)
    window.workspace.similar_action.trigger()
    assert page.similar.panel.isVisibleTo(page)
    window.close()


def test_an_imported_copy_shows_up_in_the_open_articles_panel(qtbot, library, worker, tmp_path):
    from studio.gui.main_window import MainWindow

    window = MainWindow(library)
    qtbot.addWidget(window)
    window.show()
    page = window.workspace.open_article(worker.ids["draft"])  # type: ignore[attr-defined]
    window.workspace.similar_action.setChecked(True)
    side = page.similar
    qtbot.waitUntil(
        lambda: side.answer is not None and side.answer.token == side.token, timeout=WAIT_MS
    )
    assert len(_titles(side.panel.reused_group)) == 1
    copy = tmp_path / "copy.txt"
    copy.write_text("نسخة للعميل الثاني\n\n" + AR_PARAGRAPHS[2], encoding="utf-8")
    with qtbot.waitSignal(window.import_finished, timeout=WAIT_MS):
        assert window.start_import([copy])
    # Indexed in the background after the import, then the panel asks again.
    qtbot.waitUntil(lambda: len(_titles(side.panel.reused_group)) == 2, timeout=WAIT_MS)
    window.close()


def test_a_deleted_piece_leaves_the_panel(qtbot, library, worker):
    _caught_up(qtbot, worker)
    page = _page(qtbot, library, worker, "draft")
    _shown(qtbot, page)
    assert _titles(page.similar.panel.reused_group)
    library.delete([worker.ids["source"]])  # type: ignore[attr-defined]
    worker.forget([worker.ids["source"]])  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: not _titles(page.similar.panel.reused_group), timeout=WAIT_MS)
    assert worker.ids["source"] not in [r.article_id for r in page.similar.answer.results]  # type: ignore[attr-defined]


def test_reading_pane_names_the_pieces_sharing_passages(qtbot, library, worker):
    from studio.gui.main_window import MainWindow

    window = MainWindow(library)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    note = window.reuse_note
    # Asked only once the window's index has started, then answered in the background.
    window._start_similar()
    assert window.select_article(worker.ids["draft"])  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: note.isVisible(), timeout=WAIT_MS)
    assert [p.title for p in note.pieces] == ["الأسواق والمكتبات في المدن الصغيرة"]
    assert "الأسواق والمكتبات في المدن الصغيرة" in note.text()
    assert note.text().startswith("Shares passages with 1 piece:")
    # A click on the piece opens the two texts side by side, seen from the one being read.
    note.linkActivated.emit(str(worker.ids["source"]))  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: window.reader_reuse.dialog is not None, timeout=WAIT_MS)
    compare = window.reader_reuse.dialog
    assert compare.mine.piece.text == AR_DRAFT and len(compare.passages) == 2
    compare.close()
    # An article that shares nothing shows no note.
    assert window.select_article(worker.ids["oases"])  # type: ignore[attr-defined]
    assert not note.isVisible()
    reuse = window.reader_reuse
    qtbot.waitUntil(
        lambda: (
            reuse.token is not None
            and reuse.answer is not None
            and reuse.answer.token == reuse.token
        ),
        timeout=WAIT_MS,
    )
    assert reuse.answer.article_id == worker.ids["oases"]  # type: ignore[attr-defined]
    assert not note.isVisible()
    window.close()


def test_reading_pane_asks_only_where_the_selection_rests(qtbot, library, worker):
    from studio.gui.main_window import MainWindow

    window = MainWindow(library)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window._start_similar()
    asked: list[int] = []
    original = window.similar.ask

    def ask(article_id: int, text: str) -> int:
        asked.append(article_id)
        return original(article_id, text)

    window.similar.ask = ask  # type: ignore[method-assign]
    for key in ("oases", "topic", "en_other", "draft"):
        assert window.select_article(worker.ids[key])  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: window.reuse_note.isVisible(), timeout=WAIT_MS)
    # (again when the index has taken in the library: it may know more by then)
    assert set(asked) == {worker.ids["draft"]}  # type: ignore[attr-defined]
    window.close()


def test_reading_pane_waits_while_an_article_is_written(qtbot, library, worker):
    from studio.gui.main_window import MainWindow

    window = MainWindow(library)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window._start_similar()
    assert window.select_article(worker.ids["draft"])  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: window.reuse_note.isVisible(), timeout=WAIT_MS)
    reuse = window.reader_reuse
    page = window.workspace.open_article(worker.ids["oases"])  # type: ignore[attr-defined]
    assert page is not None and window.workspace.current_editor() is page
    asked_before = reuse.token
    # Each save of the open article moves the index: the hidden reading pane does not ask.
    window.similar.index_updated.emit()
    assert reuse.token == asked_before and reuse.stale
    # Back in the library, it asks about the article it shows.
    window.workspace.setCurrentIndex(0)
    assert not reuse.stale and reuse.token != asked_before
    window.close()


def test_reuse_report_shows_a_large_report(qtbot, library, worker):
    # Tens of thousands of pairs (a 50,000-article library has 82,000) go into the table's
    # model as one list; the view draws the rows on screen, scrolled through as usual.
    from studio.gui.reuse_report_dialog import ReuseReportDialog
    from studio.similar.report import ReusedPair

    dialog = ReuseReportDialog(worker)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.finished_building, timeout=WAIT_MS)
    many = [
        ReusedPair(n, f"مقال {n}", n + 1, f"Piece {n + 1}", 0.5, 0.25, 2) for n in range(80_000)
    ]
    dialog.show_pairs(many)
    dialog.show()
    qtbot.waitExposed(dialog)
    model = dialog.table.model()
    assert model.rowCount() == 80_000
    dialog.table.scrollToBottom()
    last = dialog.table.rowAt(dialog.table.viewport().height() - 2)
    assert last == 79_999
    assert model.index(last, 1).data() == "Piece 80000"
    assert model.index(last, 0).data() == "مقال 79999"
    assert model.index(last, 3).data() == "2"
