"""The Reused Passages table sorts by the column a writer clicks, keeps that order as new pairs
arrive, and keeps the selected pair selected."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QPoint, Qt
from PySide6.QtTest import QTest

from studio.gui.reuse_report_dialog import Col, ReuseReportDialog
from studio.similar.report import ReusedPair

WAIT_MS = 60_000  # a bound for a noisy machine, not a speed assertion


def _pair(n: int, title: str, share: float, passages: int) -> ReusedPair:
    return ReusedPair(n, title, n + 100, f"Other {n}", share, share / 2, passages)


PAIRS = [
    _pair(1, "بيت", 0.9, 1),
    _pair(2, "Apple", 0.7, 5),
    _pair(3, "أرض", 0.5, 3),
    _pair(4, "zebra", 0.3, 2),
]


def _opened(qtbot, worker) -> ReuseReportDialog:
    dialog = ReuseReportDialog(worker)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.finished_building, timeout=WAIT_MS)
    dialog.show_pairs(PAIRS)
    return dialog


def _click_header(dialog: ReuseReportDialog, column: int) -> None:
    header = dialog.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    QTest.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2)
    )


def _firsts(dialog: ReuseReportDialog) -> list[int]:
    return [p.first_id for p in dialog.pairs]


def test_clicking_a_header_sorts_and_keeps_the_selected_pair(qtbot, library, worker):
    dialog = _opened(qtbot, worker)
    assert _firsts(dialog) == [1, 2, 3, 4]  # most shared first
    dialog.table.selectionModel().setCurrentIndex(
        dialog.model.index(2, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    _click_header(dialog, Col.PASSAGES)
    header = dialog.table.horizontalHeader()
    assert header.sortIndicatorSection() == Col.PASSAGES
    order = header.sortIndicatorOrder()
    expected = [1, 4, 3, 2] if order == Qt.SortOrder.AscendingOrder else [2, 3, 4, 1]
    assert _firsts(dialog) == expected
    assert dialog.pairs[dialog.table.currentIndex().row()].first_id == 3
    # The same order holds for the pairs of the next batch.
    dialog.show_pairs([*PAIRS, _pair(5, "new", 0.95, 4)])
    assert [p.passages for p in dialog.pairs] == sorted(
        (p.passages for p in dialog.pairs), reverse=order == Qt.SortOrder.DescendingOrder
    )
    assert dialog.pairs[dialog.table.currentIndex().row()].first_id == 3
    # Titles sort by their letters, Arabic and Latin alike.
    dialog.model.sort(Col.FIRST, Qt.SortOrder.AscendingOrder)
    assert [p.first_title for p in dialog.pairs] == ["Apple", "new", "zebra", "أرض", "بيت"]
    # Back to most shared first.
    dialog.model.sort(Col.SHARE, Qt.SortOrder.DescendingOrder)
    assert _firsts(dialog) == [5, 1, 2, 3, 4]
