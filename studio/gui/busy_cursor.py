"""A wait cursor while the interface is held up by something it cannot draw around."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, Qt, QThread
from PySide6.QtGui import QGuiApplication


@contextmanager
def busy_cursor() -> Iterator[None]:
    """Shows the wait cursor for the duration, on the GUI thread only: a worker that waits too
    (the similar-pieces index, say) must not touch the interface, and does not freeze it."""
    app = QCoreApplication.instance()
    if not isinstance(app, QGuiApplication) or QThread.currentThread() is not app.thread():
        yield
        return
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()


__all__ = ["busy_cursor"]
