"""Every dialog of the studio opens inside the screen it appears on, centred on its parent.

Dialogs ask for the room their tables and side-by-side texts like (1100 × 700 for the compare
view), which a 1366 × 768 laptop, or a 1024 × 600 netbook, does not have: the buttons ended up
below the bottom of the screen. One application-wide filter sees every dialog as it is shown —
the studio's own, and the message and input boxes Qt builds — so no dialog needs code of its own.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QMessageBox,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

_INSTALLED = "qalam_screen_fit"
_SCROLLED = "qalam_screen_fit_scrolled"


def screen_of(dialog: QWidget) -> QScreen | None:
    """The screen the dialog opens on: its parent window's (where the user is looking), else
    the one it already has, else the primary screen."""
    parent = dialog.parentWidget()
    if parent is not None:
        window = parent.window()
        centre = window.frameGeometry().center()
        screen = QGuiApplication.screenAt(centre) if window.isVisible() else None
        if screen is None:
            screen = window.screen()
        if screen is not None:
            return screen
    return dialog.screen() or QGuiApplication.primaryScreen()


def frame_margins(dialog: QWidget) -> tuple[int, int]:
    """Extra width and height the window manager's frame adds. Before a window is first shown
    the frame is not known yet: reserve a title bar and thin borders, so the frame too fits."""
    frame, inner = dialog.frameGeometry(), dialog.geometry()
    width, height = frame.width() - inner.width(), frame.height() - inner.height()
    if dialog.testAttribute(Qt.WidgetAttribute.WA_WState_Created) and (width or height):
        return width, height
    if QGuiApplication.platformName() == "offscreen":
        return 0, 0
    title = dialog.style().pixelMetric(QStyle.PixelMetric.PM_TitleBarHeight, None, dialog)
    return 2 * 4, title + 2 * 4


def fit_to_screen(dialog: QWidget, available: QRect | None = None) -> None:
    """Shrinks `dialog` to the available part of its screen (content that cannot shrink that
    far scrolls instead) and centres it on its parent window, keeping it on that screen."""
    if available is None:
        screen = screen_of(dialog)
        if screen is None:
            return
        available = screen.availableGeometry()
    extra_w, extra_h = frame_margins(dialog)
    room = QSize(max(available.width() - extra_w, 1), max(available.height() - extra_h, 1))
    if _needs_scrolling(dialog, room):
        _scroll_contents(dialog)
    minimum = dialog.minimumSize()
    if minimum.width() > room.width() or minimum.height() > room.height():
        # A fixed minimum (setMinimumSize) larger than the screen: the screen wins.
        dialog.setMinimumSize(minimum.boundedTo(room))
    size = dialog.size().boundedTo(room)
    if size != dialog.size():
        dialog.resize(size)
    dialog.move(_centred(dialog, size, extra_w, extra_h, available))


def _centred(dialog: QWidget, size: QSize, extra_w: int, extra_h: int, available: QRect) -> QPoint:
    parent = dialog.parentWidget()
    if parent is not None and parent.window().isVisible():
        centre = parent.window().frameGeometry().center()
    else:
        centre = available.center()
    frame_w, frame_h = size.width() + extra_w, size.height() + extra_h
    x = centre.x() - frame_w // 2
    y = centre.y() - frame_h // 2
    # A parent near the screen's edge would push part of the dialog off it.
    x = max(available.left(), min(x, available.left() + available.width() - frame_w))
    y = max(available.top(), min(y, available.top() + available.height() - frame_h))
    return QPoint(x, y)


def _needs_scrolling(dialog: QWidget, room: QSize) -> bool:
    layout = dialog.layout()
    if layout is None or dialog.property(_SCROLLED):
        return False
    wanted = layout.totalMinimumSize()
    return wanted.width() > room.width() or wanted.height() > room.height()


def _scroll_contents(dialog: QWidget) -> None:
    """Moves the dialog's content into a scroll area, its buttons staying below it where the
    user can always reach them. Qt cannot hand a layout from one widget to another, so the
    items move one by one; only box layouts (every studio dialog's top level) are handled."""
    old = dialog.layout()
    if not isinstance(old, QBoxLayout):
        return
    dialog.setProperty(_SCROLLED, True)
    body = QWidget()
    body.setObjectName("screenFitBody")
    moved = QBoxLayout(old.direction(), body)
    moved.setSpacing(old.spacing())
    moved.setContentsMargins(old.contentsMargins())
    buttons: QWidget | None = None
    last = old.itemAt(old.count() - 1) if old.count() else None
    if last is not None and isinstance(last.widget(), QDialogButtonBox):
        buttons = last.widget()
        old.takeAt(old.count() - 1)
    while old.count():
        stretch = old.stretch(0)
        item = old.takeAt(0)
        if item is None:
            break
        widget, sub = item.widget(), item.layout()
        if widget is not None:
            moved.addWidget(widget, stretch, item.alignment())
        elif sub is not None:
            moved.addLayout(sub, stretch)
        else:
            moved.addItem(item)
    scroll = QScrollArea(dialog)
    scroll.setObjectName("screenFitScroll")
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidgetResizable(True)
    scroll.setWidget(body)
    old.setContentsMargins(0, 0, 0, 0)
    old.addWidget(scroll, 1)
    if buttons is not None:
        # The buttons keep the dialog's side margins.
        row = QVBoxLayout()
        margins = moved.contentsMargins()
        row.setContentsMargins(margins.left(), 0, margins.right(), margins.bottom())
        row.addWidget(buttons)
        old.addLayout(row)
    # The minimum size the dialog takes from its layout is now the scroll area's, not the
    # content's: known before the size is chosen below.
    old.activate()


class _ShowFilter(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The type first: this runs for every event of the application.
        if (
            event.type() == QEvent.Type.Show
            and isinstance(watched, QDialog)
            # QMessageBox sizes itself to the screen when shown, after this filter.
            and not isinstance(watched, QMessageBox)
            and watched.isWindow()
            and not event.spontaneous()
        ):
            fit_to_screen(watched)
        return False


def install(app: QApplication) -> None:
    """Once per application: every dialog shown from then on fits its screen."""
    if app.property(_INSTALLED):
        return
    app.setProperty(_INSTALLED, True)
    fitter = _ShowFilter(app)
    app.installEventFilter(fitter)
