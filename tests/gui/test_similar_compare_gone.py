"""A comparison left open while one of its two pieces is deleted says so, instead of showing a
piece that is no longer in the library as if it were."""

from __future__ import annotations

from studio.gui.reuse_report_dialog import ReuseReportDialog
from studio.library import ArticleDraft

WAIT_MS = 60_000  # a bound for a noisy machine, not a speed assertion


def test_the_open_comparison_says_when_its_piece_is_deleted(qtbot, library, worker):
    ids = worker.ids  # type: ignore[attr-defined]
    report = ReuseReportDialog(worker)
    qtbot.addWidget(report)
    qtbot.waitUntil(lambda: report.finished_building, timeout=WAIT_MS)
    row = next(i for i, p in enumerate(report.pairs) if p.first_id == ids["source"])
    report.open_pair(row)
    qtbot.waitUntil(lambda: report.comparison is not None, timeout=WAIT_MS)
    compare = report.comparison
    assert compare.other.piece.title == "الأسواق والمكتبات في المدن الصغيرة"
    assert compare.gone.isHidden()
    # Something else changes: nothing to say.
    library.add_articles([ArticleDraft(title="Unrelated", body="A short unrelated note.")])
    with qtbot.waitSignal(worker.presence, timeout=WAIT_MS):
        worker.poke()
    assert compare.gone.isHidden()
    # The other piece is deleted while the two are side by side.
    library.delete([ids["source"]])
    worker.forget([ids["source"]])
    qtbot.waitUntil(lambda: not compare.gone.isHidden(), timeout=WAIT_MS)
    assert compare.gone.text() == (
        "“\u2068الأسواق والمكتبات في المدن الصغيرة\u2069” has been deleted from the library: "
        "it is shown here as it was."
    )
    # The texts stay, to finish reading.
    assert compare.other.browser.toPlainText().strip()
    compare.close()
