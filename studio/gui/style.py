"""A calm, light look: Fusion (the same on every platform), warm paper tones, quiet borders.

Only symmetric paddings and borders are used, so the Arabic (mirrored) interface looks the same
as the English one.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QHeaderView,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QStyleOptionHeader,
    QWidget,
)

from studio.gui import focus_ring
from studio.gui.fonts import INTERFACE_FAMILIES

INK = "#232323"
MUTED = "#6b6b6b"
PAPER = "#fffefb"
CANVAS = "#f5f4f0"
LINE = "#e0ddd5"
# The share of an article found in another piece (similar-pieces panel, reading pane).
REUSED = "#9a3412"
ACCENT = "#2f6f9f"
DISABLED = "#a8a499"
SELECTION = "#d9e6f2"

STYLESHEET = f"""
QMainWindow, QWidget#libraryPane {{ background: {CANVAS}; }}
QTableView#libraryTable {{
    background: {PAPER};
    alternate-background-color: #faf8f3;
    border: 1px solid {LINE};
    border-radius: 6px;
    selection-background-color: {SELECTION};
    selection-color: {INK};
    outline: 0;
}}
QTableView#libraryTable::item {{ padding: 0px 8px; border: none; }}
QTableView#libraryTable QHeaderView::section {{
    background: #f0eee8;
    color: #4a4a4a;
    border: none;
    border-bottom: 1px solid {LINE};
    /* A quiet line between the labels, so each column reads as its own. One side is enough,
       whichever way the header is mirrored: every inner edge gets a line. */
    border-left: 1px solid {LINE};
    padding: 6px 8px;
    font-weight: 600;
}}
/* A rule for the arrows makes the style keep their room out of the label, so a label cut short
   never runs under its arrow; StudioStyle then moves the arrow up to the end of the label. */
QTableView#libraryTable QHeaderView::up-arrow, QTableView#libraryTable QHeaderView::down-arrow {{
    width: 9px;
    height: 9px;
    subcontrol-origin: padding;
    subcontrol-position: center right;
}}
QLineEdit#search {{
    padding: 5px 10px;
    border: 1px solid #d4d0c7;
    border-radius: 6px;
    background: {PAPER};
    min-height: 20px;
}}
QLineEdit#search:focus {{ border: 1px solid {ACCENT}; }}
QTextBrowser#reader {{ background: {PAPER}; border: none; }}
QSplitter::handle {{ background: {LINE}; }}
QSplitter::handle:horizontal {{ width: 1px; }}
QStatusBar {{ background: #efede7; color: {MUTED}; border-top: 1px solid {LINE}; }}
QStatusBar QLabel {{ color: {MUTED}; padding: 0px 6px; }}
QTableWidget#importDetails {{ border: 1px solid {LINE}; }}
"""


_UP = QStyleOptionHeader.SortIndicator.SortUp
_DOWN = QStyleOptionHeader.SortIndicator.SortDown


# Between a column's label and its sort arrow.
ARROW_GAP = 6
# The property a header sets to have its arrows beside their labels. Only headers whose labels
# the style sheet lays out (symmetric paddings, the arrow's room kept apart) opt in: there the
# label's place is known; Qt's own headers (the file dialogs') place it their own way.
ARROW_BESIDE_LABEL = "sortArrowBesideLabel"


class StudioStyle(QProxyStyle):
    """Fusion with the studio's corrections to table headers' sort arrows.

    Where: Qt draws the arrow at the column's far edge, where it reads as belonging to the next
    column's label (in Arabic, the one to its left). In a header that asks for it
    (ARROW_BESIDE_LABEL), it sits just after its own label, in either direction.

    Which way: Fusion on Linux points the arrow down when a column is sorted A to Z (and up for
    newest first), the reverse of what it draws on Windows and macOS and of what spreadsheets
    and file managers show: ▲ for smallest, oldest, A first. There it points as they do."""

    def __init__(self, base: QStyle | None = None, *, flip_arrows: bool | None = None) -> None:
        super().__init__(base)
        self._flip = sys.platform.startswith("linux") if flip_arrows is None else flip_arrows

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if (
            element == QStyle.PrimitiveElement.PE_IndicatorHeaderArrow
            and isinstance(option, QStyleOptionHeader)
            and option.sortIndicator in (_UP, _DOWN)
        ):
            moved = QStyleOptionHeader(option)
            if self._flip:
                moved.sortIndicator = _DOWN if option.sortIndicator == _UP else _UP
            if isinstance(widget, QHeaderView) and widget.property(ARROW_BESIDE_LABEL):
                moved.rect = arrow_beside_label(option, widget)
            option = moved
        super().drawPrimitive(element, option, painter, widget)


# The name it had while it only turned the arrows round.
SortArrowStyle = StudioStyle


def arrow_beside_label(option: QStyleOptionHeader, header: QHeaderView) -> QRect:
    """Where the arrow of `option.section` goes: after the end of its label, on the label's
    trailing side; never past where Qt put it (the column's far edge), so a label cut short
    for want of room keeps the arrow clear of it."""
    arrow = QRect(option.rect)
    section = option.section
    if (
        section < 0
        or section >= header.count()
        or header.orientation() != Qt.Orientation.Horizontal
    ):
        return arrow
    start = header.sectionViewportPosition(section)
    cell = QRect(start, 0, header.sectionSize(section), header.height())
    label_option = QStyleOptionHeader(option)
    label_option.rect = cell
    # Asked of the header's own style, which knows the style sheet's paddings.
    label = header.style().subElementRect(QStyle.SubElement.SE_HeaderLabel, label_option, header)
    if not label.isValid():
        return arrow
    # Header labels are drawn semi-bold by the style sheet; a lighter label only leaves the
    # arrow a little further off.
    font = QFont(header.font())
    font.setWeight(QFont.Weight.DemiBold)
    text_width = QFontMetrics(font).horizontalAdvance(option.text)
    if header.isRightToLeft():
        left = label.right() + 1 - text_width - ARROW_GAP - arrow.width()
        arrow.moveLeft(max(left, option.rect.left()))
    else:
        left = label.left() + text_width + ARROW_GAP
        arrow.moveLeft(min(left, option.rect.left()))
    return arrow


def apply_style(app: QApplication) -> None:
    # Once per application: setting a style sheet again repolishes every widget alive, including
    # ones a closed window is still tearing down.
    if app.property("qalam_styled"):
        return
    app.setProperty("qalam_styled", True)
    style = QStyleFactory.create("Fusion")
    if style is not None:
        app.setStyle(StudioStyle(style))
    palette = app.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor(CANVAS))
    palette.setColor(QPalette.ColorRole.Base, QColor(PAPER))
    palette.setColor(QPalette.ColorRole.Text, QColor(INK))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(INK))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(SELECTION))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor(INK))
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor("#9a968c"))
    palette.setColor(QPalette.ColorRole.Link, QColor(ACCENT))
    # setColor without a group sets the disabled group too: greyed-out menu entries (a move
    # that is not the user's to make, Undo with nothing to undo) then looked like live ones.
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(DISABLED))
    app.setPalette(palette)
    font = QFont(app.font())
    font.setFamilies(INTERFACE_FAMILIES)
    font.setPointSizeF(max(font.pointSizeF(), 10.0))
    app.setFont(font)
    app.setStyleSheet(STYLESHEET)
    focus_ring.install(app, ACCENT)
