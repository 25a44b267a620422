"""Cells holding a piece's title, laid out in the title's own direction.

An Arabic title in the English interface (or an English one in the Arabic interface) is drawn
by the view in the interface's direction: too long for its column, it is cut at its end but
the "…" lands beside its first word, on the other side, so it reads as if its beginning were
missing. Laid out in its own direction, the cut and the "…" are both at the title's end.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QStyleOptionViewItem

from studio.gui.padded_cells import PaddedDelegate
from studio.gui.reader_html import block_direction
from studio.text import Direction


class TitleDelegate(PaddedDelegate):
    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        text = option.text  # type: ignore[attr-defined]
        if text:
            rtl = block_direction(text, Direction.LTR) is Direction.RTL
            option.direction = (  # type: ignore[attr-defined]
                Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
            )


__all__ = ["TitleDelegate"]
