"""Cells with breathing room on both sides.

A column sized to its contents puts a right-aligned number flush against the table's edge —
on the left in the Arabic interface, where a trailing-aligned Size column touched the frame.
This delegate widens each cell by a margin on both sides and draws its content inside it.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QWidget


class PaddedDelegate(QStyledItemDelegate):
    def __init__(self, parent: QWidget | None = None, margin: int | None = None) -> None:
        super().__init__(parent)
        # About half an average character: enough to part the text from the frame at any zoom.
        self.margin = margin if margin is not None else max(4, self._font_margin(parent))

    @staticmethod
    def _font_margin(parent: QWidget | None) -> int:
        return parent.fontMetrics().averageCharWidth() if parent is not None else 6

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(hint.width() + 2 * self.margin, hint.height())

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        # The selection and hover fill the whole cell; only the content moves inwards.
        inner = QStyleOptionViewItem(option)
        self.initStyleOption(inner, index)
        widget = option.widget  # type: ignore[attr-defined]
        style = widget.style() if widget is not None else None
        if style is None:
            super().paint(painter, option, index)
            return
        background = QStyleOptionViewItem(inner)
        background.text = ""
        background.icon = type(background.icon)()
        style.drawControl(style.ControlElement.CE_ItemViewItem, background, painter, widget)
        inner.rect = option.rect.adjusted(self.margin, 0, -self.margin, 0)  # type: ignore[attr-defined]
        inner.backgroundBrush = type(inner.backgroundBrush)()  # type: ignore[attr-defined]
        inner.state &= ~style.StateFlag.State_HasFocus  # type: ignore[attr-defined]
        style.drawControl(style.ControlElement.CE_ItemViewItem, inner, painter, widget)


__all__ = ["PaddedDelegate"]
