"""The "Reused passages" dialog follows the library while it is open: once the index has taken in
an import, a save or a deletion it looks again at what changed, never while a pass runs, and
keeps the writer's place in the table."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel

from studio.gui.reuse_report_dialog import ReuseReportDialog
from studio.gui.similar_worker import SimilarWorker
from studio.library import ArticleDraft
from studio.similar.report import ReusedPair
from tests.gui.conftest import hold_report_steps
from tests.gui.similar_texts import AR_PARAGRAPHS

WAIT_MS = 60_000  # a bound for a noisy machine, not a speed assertion


def _opened(qtbot, worker: SimilarWorker) -> ReuseReportDialog:
    dialog = ReuseReportDialog(worker)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.finished_building, timeout=WAIT_MS)
    return dialog


def _keys(dialog: ReuseReportDialog) -> set[tuple[int, int]]:
    return {(p.first_id, p.second_id) for p in dialog.pairs}


def _starts(worker: SimilarWorker, monkeypatch) -> list[bool]:
    """Every report the dialog asks the worker for (its `fresh` flag)."""
    started: list[bool] = []
    original = worker.start_report

    def start_report(fresh: bool = False) -> int:
        started.append(fresh)
        return original(fresh=fresh)

    monkeypatch.setattr(worker, "start_report", start_report)
    return started


def test_an_import_while_open_brings_its_pair_in_and_keeps_the_selection(
    qtbot, library, worker, monkeypatch
):
    ids = worker.ids  # type: ignore[attr-defined]
    dialog = _opened(qtbot, worker)
    assert _keys(dialog) == {(ids["source"], ids["draft"]), (ids["en_source"], ids["en_copy"])}
    english = next(i for i, p in enumerate(dialog.pairs) if p.first_id == ids["en_source"])
    dialog.table.selectRow(english)
    started = _starts(worker, monkeypatch)

    # A copy of one of the source's paragraphs is imported (here straight into the library, as
    # the import worker does), and the window tells the index.
    [copy] = library.add_articles(
        [ArticleDraft(title="نسخة للعميل الثاني", body=AR_PARAGRAPHS[2])]
    ).imported
    worker.poke()
    qtbot.waitUntil(lambda: dialog.following and dialog.finished_building, timeout=WAIT_MS)
    assert started == [False]  # only what changed, not the report from scratch
    # The copy shares the paragraph with the source and with the draft that reuses it.
    assert _keys(dialog) == {
        (ids["source"], ids["draft"]),
        (ids["en_source"], ids["en_copy"]),
        (ids["source"], copy),
        (ids["draft"], copy),
    }
    assert dialog.state.text() == (
        "Brought up to date after a change: 4 pairs of pieces share passages."
    )
    assert dialog.freshness.text().startswith("Up to date (looked at ")
    # The pair the writer had selected is still the selected one.
    selected = dialog.pairs[dialog.table.currentIndex().row()]
    assert (selected.first_id, selected.second_id) == (ids["en_source"], ids["en_copy"])
    assert dialog.table.selectionModel().isRowSelected(dialog.table.currentIndex().row())


def test_a_deleted_piece_leaves_the_open_report(qtbot, library, worker):
    ids = worker.ids  # type: ignore[attr-defined]
    dialog = _opened(qtbot, worker)
    assert (ids["source"], ids["draft"]) in _keys(dialog)
    library.delete([ids["source"]])
    worker.forget([ids["source"]])
    qtbot.waitUntil(
        lambda: dialog.finished_building and (ids["source"], ids["draft"]) not in _keys(dialog),
        timeout=WAIT_MS,
    )
    assert _keys(dialog) == {(ids["en_source"], ids["en_copy"])}
    assert dialog.following
    assert dialog.state.text().startswith("Brought up to date after a change: 1 pair ")


def test_a_change_during_a_pass_waits_for_it_and_then_looks_once(
    qtbot, library, worker, monkeypatch
):
    from studio.gui import similar_worker

    monkeypatch.setattr(similar_worker, "REPORT_BATCH", 1)
    started = _starts(worker, monkeypatch)
    # The worker holds after its first piece looked at, until the test lets it go on.
    stepped, go = hold_report_steps(monkeypatch, WAIT_MS / 1000)
    dialog = ReuseReportDialog(worker)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(stepped.is_set, timeout=WAIT_MS)
    assert started == [False] and not dialog.finished_building
    # Changes arrive while the first pass runs: nothing new starts beside it.
    worker.index_updated.emit()
    worker.index_updated.emit()
    assert started == [False] and not dialog.following
    go.set()
    # Once it has ended, one more pass looks at what changed meanwhile.
    qtbot.waitUntil(lambda: dialog.following and dialog.finished_building, timeout=WAIT_MS)
    assert started == [False, False]
    assert len(dialog.pairs) == 2


def test_after_stop_a_change_starts_nothing(qtbot, library, worker, monkeypatch):
    from studio.gui import similar_worker

    monkeypatch.setattr(similar_worker, "REPORT_BATCH", 1)
    started = _starts(worker, monkeypatch)
    dialog = ReuseReportDialog(worker)
    qtbot.addWidget(dialog)
    dialog.cancel()
    worker.index_updated.emit()
    assert started == [False]
    assert dialog.state.text().startswith("Stopped")


def _pair(n: int) -> ReusedPair:
    return ReusedPair(n, f"Piece {n}", n + 10_000, f"Other {n}", 0.5, 0.4, 2)


def test_a_new_list_keeps_the_selected_pair_and_the_top_of_the_table(qtbot, library, worker):
    dialog = _opened(qtbot, worker)
    dialog.resize(700, 400)
    pairs = [_pair(n) for n in range(300)]
    dialog.show_pairs(pairs)
    dialog.table.scrollTo(dialog.model.index(120, 0), dialog.table.ScrollHint.PositionAtTop)
    dialog.table.selectionModel().setCurrentIndex(
        dialog.model.index(125, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    assert dialog.table.rowAt(0) == 120
    # Five new pairs above, one gone above too: the same pairs stay where the writer was.
    dialog.show_pairs([_pair(n) for n in range(1000, 1005)] + pairs[:50] + pairs[51:])
    assert dialog.pairs[dialog.table.rowAt(0)].first_id == 120
    assert dialog.pairs[dialog.table.currentIndex().row()].first_id == 125
    assert dialog.table.selectionModel().isRowSelected(dialog.table.currentIndex().row())
    # The same list again redraws nothing.
    same = list(dialog.pairs)
    reset: list[bool] = []
    dialog.model.modelReset.connect(lambda: reset.append(True))
    dialog.show_pairs(same)
    assert not reset


def test_a_step_ending_after_stop_does_not_undo_the_stopped_line(
    qtbot, library, worker, monkeypatch
):
    from studio.gui import similar_worker

    monkeypatch.setattr(similar_worker, "REPORT_BATCH", 1)
    ids = worker.ids  # type: ignore[attr-defined]
    _opened(qtbot, worker).close()
    library.update(ids["oases"], body=AR_PARAGRAPHS[0])
    library.update(ids["topic"], body=AR_PARAGRAPHS[1])
    stepped, go = hold_report_steps(monkeypatch, WAIT_MS / 1000)
    reported: list[object] = []
    dialog = ReuseReportDialog(worker)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(stepped.is_set, timeout=WAIT_MS)
    dialog.cancel()
    worker.report_progressed.connect(reported.append)
    go.set()
    # The step under way when Stop was pressed reports its progress all the same.
    qtbot.waitUntil(lambda: bool(reported), timeout=WAIT_MS)
    qtbot.wait(50)
    assert dialog.state.text().startswith("Stopped: what was looked at is kept")
    assert not dialog.cancel_button.isEnabled() and dialog.fresh_button.isEnabled()
