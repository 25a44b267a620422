"""The library table's sort arrow: it points up for A to Z (newest first points down), as in
spreadsheets and file managers, and no column label is cut short or drawn under it, in Arabic
as in English."""

from __future__ import annotations

import sys
from itertools import pairwise

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter
from PySide6.QtWidgets import QStyle, QStyleFactory, QStyleOptionHeader

from studio.gui.i18n import install_language
from studio.gui.library_model import Column
from studio.gui.main_window import MainWindow
from studio.gui.style import SortArrowStyle


def _arrow(style: QStyle, indicator: QStyleOptionHeader.SortIndicator) -> QImage:
    image = QImage(20, 20, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    option = QStyleOptionHeader()
    option.rect = QRect(0, 0, 20, 20)
    option.sortIndicator = indicator
    painter = QPainter(image)
    style.drawPrimitive(QStyle.PrimitiveElement.PE_IndicatorHeaderArrow, option, painter)
    painter.end()
    return image


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Fusion's Linux arrows")
def test_an_ascending_column_shows_an_arrow_pointing_up(qapp) -> None:
    fusion = QStyleFactory.create("Fusion")
    ours = SortArrowStyle(QStyleFactory.create("Fusion"))
    up, down = QStyleOptionHeader.SortIndicator.SortUp, QStyleOptionHeader.SortIndicator.SortDown
    # Qt gives an ascending column SortDown, which Fusion on Linux drew pointing down.
    ascending = _arrow(ours, down)
    assert ascending == _arrow(fusion, up)
    assert ascending != _arrow(fusion, down)
    assert _arrow(ours, up) == _arrow(fusion, down)

    # Where it is drawn: the upper half has the arrow's point, the lower its base (wider).
    def ink(image: QImage, rows: range) -> int:
        return sum(1 for y in rows for x in range(20) if image.pixelColor(x, y).lightness() < 200)

    drawn = [y for y in range(20) if ink(ascending, range(y, y + 1))]
    top, bottom = drawn[0], drawn[-1]
    assert ink(ascending, range(top, top + 1)) < ink(ascending, range(bottom, bottom + 1))


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_every_column_has_room_for_its_label_and_the_arrow(qtbot, qapp, library, lang) -> None:
    """ "الكلمات" lost its last letter under the arrow: the numeric columns' labels were aligned
    towards it, and the column was sized for its figures."""
    install_language(qapp, lang)
    try:
        window = MainWindow(library, lang)
        qtbot.addWidget(window)
        header = window.table.horizontalHeader()
        bold = QFont(window.table.font())
        bold.setWeight(QFont.Weight.DemiBold)
        metrics = QFontMetrics(bold)
        for column in Column:
            if column is Column.TITLE:
                continue
            label = str(window.model.headerData(column, Qt.Orientation.Horizontal))
            assert header.sectionSize(column) >= metrics.horizontalAdvance(label) + 16 + 24, label
            alignment = window.model.headerData(
                column, Qt.Orientation.Horizontal, Qt.ItemDataRole.TextAlignmentRole
            )
            assert alignment is None  # the header's leading alignment, away from the arrow
    finally:
        install_language(qapp, "en")


def _ink_columns(image: QImage, left: int, right: int) -> list[int]:
    """x positions in [left, right) with dark pixels (label letters, the arrow)."""
    return [
        x
        for x in range(max(left, 0), min(right, image.width()))
        if any(image.pixelColor(x, y).lightness() < 150 for y in range(image.height()))
    ]


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_sort_arrow_sits_beside_its_own_label(qtbot, qapp, library, lang) -> None:
    """The arrow sat at the column's far edge, against the next column's label: in Arabic the
    arrow of "الحالة" was read as the arrow of "الكاتب" beside it."""
    from studio.gui.style import STYLESHEET, StudioStyle

    install_language(qapp, lang)
    try:
        window = MainWindow(library, lang)
        qtbot.addWidget(window)
        window.setStyleSheet(STYLESHEET)
        header = window.table.horizontalHeader()
        # Qt does not own a widget's style: it must outlive the window.
        style = StudioStyle(QStyleFactory.create("Fusion"))
        header.setStyle(style)
        window.resize(1200, 500)
        window.show()
        qtbot.waitExposed(window)
        for column in (Column.STATUS, Column.WORDS):
            header.setSortIndicator(column, Qt.SortOrder.AscendingOrder)
            header.resizeSection(column, 200)
            image = header.grab().toImage()
            start = header.sectionViewportPosition(column)
            ink = _ink_columns(image, start + 2, start + header.sectionSize(column) - 2)
            assert ink
            # Label and arrow form one group at the leading side; the far half stays empty.
            if header.isRightToLeft():
                assert min(ink) > start + 100, (lang, column, ink)
            else:
                assert max(ink) < start + 100, (lang, column, ink)
            # ... and there is a gap between the label's letters and the arrow.
            gaps = [b - a for a, b in pairwise(ink) if b - a > 3]
            assert gaps, (lang, column, ink)
        window.close()
        header.setStyle(None)
    finally:
        install_language(qapp, "en")
