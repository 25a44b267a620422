"""A ring in the accent colour around the widget that has the keyboard focus.

Fusion marks focus with the palette's highlight, which here is the pale selection blue: on the
paper-coloured table, a list or a button the focus could not be seen, and the table's style
sheet turns off the focused cell's dotted frame as well. Style-sheet `:focus` rules would redraw
the focused widget in the style sheet's own box model (a button loses its bevel and its size), so
the ring is an overlay instead: a child of the focused widget, transparent to the mouse, drawn
on its edge. Unfocused widgets are not touched at all, and the ring is the same on the left and
on the right, so the mirrored Arabic interface looks the same.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QTextEdit,
    QWidget,
)

RING_WIDTH = 2
_INSTALLED = "qalam_focus_ring"


def wants_ring(widget: QWidget) -> bool:
    """Lists, tables, trees, fields, buttons and read-only text (the reading pane). Not the
    article's text while it is edited: its caret already says where the keys go, and a frame
    around the page a writer types in all day is a distraction."""
    if widget.window().windowFlags() & Qt.WindowType.Popup == Qt.WindowType.Popup:
        return False
    if isinstance(widget, QTextEdit):
        return widget.isReadOnly()
    # The field inside an editable combo box: the ring goes round the combo box.
    if isinstance(widget, QLineEdit) and isinstance(widget.parentWidget(), QComboBox):
        return False
    return isinstance(
        widget, QAbstractItemView | QLineEdit | QAbstractButton | QComboBox | QAbstractSpinBox
    )


class FocusRing(QWidget):
    def __init__(self, colour: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("focusRing")
        self.colour = QColor(colour)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setAttribute(Qt.WidgetAttribute.WA_TranslucentBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.target: QWidget | None = None

    def follow(self, widget: QWidget | None) -> None:
        if self.target is not None and shiboken6.isValid(self.target):
            self.target.removeEventFilter(self)
        self.target = widget
        if widget is None:
            # Hidden where it is: without a parent it would be a window of its own.
            self.hide()
            return
        if self.parentWidget() is not widget:
            self.setParent(widget)
        widget.installEventFilter(self)
        self.setGeometry(widget.rect())
        self.raise_()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.target:
            kind = event.type()
            if kind == QEvent.Type.Resize:
                self.setGeometry(self.target.rect())
            elif kind == QEvent.Type.ChildAdded:
                # A scroll bar or viewport added later would cover the ring.
                self.raise_()
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(self.colour, RING_WIDTH)
        painter.setPen(pen)
        half = RING_WIDTH / 2
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(half, half, -half, -half), 3, 3)
        painter.end()


class _Tracker(QObject):
    def __init__(self, app: QApplication, colour: str) -> None:
        super().__init__(app)
        self.colour = colour
        self.ring: FocusRing | None = None
        app.focusChanged.connect(self._on_focus)

    def _on_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        target = new if new is not None and wants_ring(new) else None
        if self.ring is None or not shiboken6.isValid(self.ring):
            if target is None:
                return
            # The first ring, or a new one: a ring goes with the widget it was on when that
            # widget is deleted.
            self.ring = FocusRing(self.colour, target)
        self.ring.follow(target)


def install(app: QApplication, colour: str) -> None:
    """Once per application."""
    if app.property(_INSTALLED):
        return
    app.setProperty(_INSTALLED, True)
    _Tracker(app, colour)


def ring_of(app: QApplication) -> FocusRing | None:
    tracker = app.findChild(_Tracker)
    return tracker.ring if tracker is not None else None
