"""When the answer about an article is full of pieces sharing passages (a long piece holding
many others), the panel and the reading pane say "N or more" instead of a count that reads as
all of them."""

from __future__ import annotations

from studio.gui import similar_worker
from studio.gui.reader_reuse import ReuseNote
from studio.gui.similar_panel import Col, SimilarPanel
from studio.gui.similar_worker import SimilarAnswer, SimilarWorker
from studio.similar.service import SimilarResult

WAIT_MS = 60_000  # a bound for a noisy machine, not a speed assertion


def _answer(qtbot, worker: SimilarWorker, article_id: int) -> SimilarAnswer:
    worker.catch_up_now()
    with qtbot.waitSignal(worker.answered, timeout=WAIT_MS) as blocker:
        worker.ask(article_id, _body(worker, article_id))
    return blocker.args[0]


def _body(worker: SimilarWorker, article_id: int) -> str:
    from studio.library import Library

    with Library.open(worker.path) as library:
        return library.get(article_id).body


def test_a_full_answer_of_reused_pieces_is_marked_as_possibly_more(
    qtbot, library, worker, monkeypatch
):
    ids = worker.ids  # type: ignore[attr-defined]
    answer = _answer(qtbot, worker, ids["draft"])
    assert not answer.more  # one reused piece, then topic neighbours
    monkeypatch.setattr(similar_worker, "ANSWER_LIMIT", 1)
    answer = _answer(qtbot, worker, ids["draft"])
    assert len(answer.results) == 1 and answer.results[0].passages and answer.more


def _result(n: int) -> SimilarResult:
    from studio.similar.align import Passage

    return SimilarResult(n, None, f"Piece {n}", 0.5, 0.3, [Passage(0, 10, 0, 10, 2)])


def test_the_panel_and_the_reading_pane_say_or_more(qtbot):
    results = [_result(n) for n in range(1, 11)]
    panel = SimilarPanel()
    qtbot.addWidget(panel)
    panel.show_results(results, {}, more=True)
    assert panel.reused_group.text(Col.TITLE).endswith("(10 or more)")
    panel.show_results(results, {})
    assert panel.reused_group.text(Col.TITLE).endswith("(10)")
    note = ReuseNote()
    qtbot.addWidget(note)
    note.show_pieces(results, more=True)
    assert note.text().startswith("Shares passages with 10 or more pieces:")
    note.show_pieces(results)
    assert note.text().startswith("Shares passages with 10 pieces:")
