"""A row of five stars for rating an article or one rubric criterion.

Mouse: click a star to give that many; hovering previews. Keyboard: arrows move by one star in
the direction the stars run (so in the mirrored Arabic interface the left arrow gives more),
Up/Down add and take away, Home/End give 1 and 5, digits 1–5 (Arabic-Indic too) give that many,
0, Delete and Backspace clear. Screen readers hear the widget's name and, as its description,
the current value ("4 out of 5"), updated on every change.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QColor,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

MAX_STARS = 5
FILLED = QColor("#e0a526")
EMPTY_EDGE = QColor("#b9b4a8")
PREVIEW = QColor("#f2cf7e")
FOCUS = QColor("#2f6f9f")


def _star_path(center: QPointF, radius: float) -> QPainterPath:
    path = QPainterPath()
    inner = radius * 0.45
    for i in range(10):
        r = radius if i % 2 == 0 else inner
        angle = -math.pi / 2 + i * math.pi / 5
        point = QPointF(center.x() + r * math.cos(angle), center.y() + r * math.sin(angle))
        if i == 0:
            path.moveTo(point)
        else:
            path.lineTo(point)
    path.closeSubpath()
    return path


class StarRating(QWidget):
    """`value` is 0 (not rated) to 5. `valueChanged` is emitted on every change by the user or
    by `setValue`."""

    valueChanged = Signal(int)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        value: int = 0,
        star_size: int = 24,
        read_only: bool = False,
        name: str | None = None,
    ) -> None:
        super().__init__(parent)
        self._value = 0
        self._hover = 0
        self._star = star_size
        self._gap = max(2, star_size // 6)
        self._read_only = read_only
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus if read_only else Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(name or self.tr("Rating"))
        self.setValue(value)

    # -- value ------------------------------------------------------------------------------

    def value(self) -> int:
        return self._value

    def setValue(self, value: int) -> None:
        value = max(0, min(MAX_STARS, int(value)))
        changed = value != self._value
        self._value = value
        self._describe()
        self.update()
        if changed:
            self.valueChanged.emit(value)

    def isReadOnly(self) -> bool:
        return self._read_only

    def description(self) -> str:
        if self._value == 0:
            return self.tr("Not rated")
        locale = self.locale()  # one digit system for both numbers (٤ من ٥, not ٤ من 5)
        return self.tr("{value} out of {total}").format(
            value=locale.toString(self._value), total=locale.toString(MAX_STARS)
        )

    def _describe(self) -> None:
        self.setAccessibleDescription(self.description())
        self.setToolTip(self.description())
        if QAccessible.isActive():
            event = QAccessibleEvent(self, QAccessible.Event.DescriptionChanged)
            QAccessible.updateAccessibility(event)

    # -- geometry ---------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        width = MAX_STARS * self._star + (MAX_STARS - 1) * self._gap + 4
        return QSize(width, self._star + 4)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def _star_rect(self, index: int) -> QRectF:
        """The box of star `index` (0-based, in reading order): mirrored right to left."""
        step = self._star + self._gap
        x = 2 + index * step
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            x = self.width() - 2 - self._star - index * step
        return QRectF(x, (self.height() - self._star) / 2, self._star, self._star)

    def star_at(self, x: float) -> int:
        """How many stars a click at `x` gives (0 outside the stars)."""
        for index in range(MAX_STARS):
            rect = self._star_rect(index).adjusted(-self._gap / 2, 0, self._gap / 2, 0)
            if rect.left() <= x <= rect.right():
                return index + 1
        return 0

    # -- painting ---------------------------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        shown = self._hover or self._value
        for index in range(MAX_STARS):
            rect = self._star_rect(index)
            path = _star_path(rect.center(), self._star / 2 - 1)
            if index < shown:
                colour = PREVIEW if self._hover and index >= self._value else FILLED
                painter.fillPath(path, colour)
                painter.setPen(QPen(colour.darker(115), 1))
            else:
                painter.setPen(QPen(EMPTY_EDGE, 1.2))
            painter.drawPath(path)
        if self.hasFocus():
            pen = QPen(FOCUS, 1.5, Qt.PenStyle.DotLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
        painter.end()

    # -- mouse ------------------------------------------------------------------------------

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if not self._read_only:
            hover = self.star_at(event.position().x())
            if hover != self._hover:
                self._hover = hover
                self.update()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        self._hover = 0
        self.update()
        super().leaveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self._read_only or event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        stars = self.star_at(event.position().x())
        if stars:
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self.setValue(stars)
        event.accept()

    # -- keyboard ---------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._read_only:
            super().keyPressEvent(event)
            return
        key = event.key()
        forward, back = Qt.Key.Key_Right, Qt.Key.Key_Left
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            forward, back = back, forward
        text = event.text()
        if key in (forward, Qt.Key.Key_Up, Qt.Key.Key_Plus):
            self.setValue(min(MAX_STARS, self._value + 1))
        elif key in (back, Qt.Key.Key_Down, Qt.Key.Key_Minus):
            # Stepping down stops at one star: clearing is its own, deliberate key.
            self.setValue(max(1, self._value - 1) if self._value else 0)
        elif key == Qt.Key.Key_Home:
            self.setValue(1)
        elif key == Qt.Key.Key_End:
            self.setValue(MAX_STARS)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.setValue(0)
        elif len(text) == 1 and text.isdecimal() and int(text) <= MAX_STARS:
            # int() reads Arabic-Indic and Persian digits too (٣ → 3).
            self.setValue(int(text))
        else:
            super().keyPressEvent(event)
            return
        event.accept()
