"""The studio's identity on the desktop (window icon, desktop entry, version) and the hook that
lets smoke tests and the start-up benchmark run the real program and have it close by itself."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from importlib.resources import files
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QFileOpenEvent, QIcon
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget

from studio import __version__

# Must match the name of packaging/linux/*.desktop: Wayland compositors find the launcher's icon
# and name through it, and GNOME groups the windows under it.
DESKTOP_ID = "org.qalamstudio.QalamStudio"
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
# Milliseconds after the main window is shown; set by packaging/smoke_test.py and
# benchmarks/startup.py, never by users.
SMOKE_EXIT_VARIABLE = "QALAM_SMOKE_EXIT_AFTER_MS"
SHOWN_MARKER = "qalam-smoke: main window shown at"
# Printed when the library table first paints its rows (the first page of the library).
ROWS_MARKER = "qalam-smoke: first rows shown at"
# Closes anyway this long after the window is shown if the table never paints (a smoke test
# must end).
_ROWS_PATIENCE_MS = 20_000


def icons_dir() -> Path:
    return Path(str(files("studio.resources") / "icons"))


def app_icon() -> QIcon:
    # PNGs rather than the SVG: the bundles leave out QtSvg, and desktops want rasters anyway.
    icon = QIcon()
    for size in ICON_SIZES:
        path = icons_dir() / f"qalam-{size}.png"
        if path.exists():
            icon.addFile(str(path))
    return icon


def apply_identity(app: QApplication) -> None:
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(DESKTOP_ID)
    app.setWindowIcon(app_icon())


class _FileOpenFilter(QObject):
    """macOS hands a double-clicked document to the running app as a FileOpen event, not as a
    command-line argument (Linux and Windows start `qalam FILE.qalam`, see studio/cli.py)."""

    def __init__(self, parent: QObject, open_library: Callable[[Path], object]) -> None:
        super().__init__(parent)
        self._open_library = open_library

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            path = event.file()
            if path.lower().endswith(".qalam"):
                self._open_library(Path(path))
                return True
        return False


def attach_to_desktop(window: QWidget, open_library: Callable[[Path], object]) -> None:
    """What the main window needs from the desktop once it is shown."""
    app = QApplication.instance()
    if app is not None:
        app.installEventFilter(_FileOpenFilter(window, open_library))
    close_when_smoke_testing(window)


class _FirstPaint(QObject):
    """Calls back once, when the watched widget first paints (see `after_first_paint`)."""

    def __init__(self, widget: QWidget, painted: Callable[[], None]) -> None:
        super().__init__(widget)
        self._painted: Callable[[], None] | None = painted
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._painted is not None:
            painted, self._painted = self._painted, None
            painted()
        return False


def after_first_paint(widget: QWidget, callback: Callable[[], None]) -> None:
    """Runs `callback` from the event loop once `widget` has painted for the first time."""
    _FirstPaint(widget, lambda: QTimer.singleShot(0, callback))


def close_when_smoke_testing(window: QWidget) -> None:
    """With QALAM_SMOKE_EXIT_AFTER_MS set, prints a marker (with the wall-clock time) once the
    event loop has shown the window and another when the library table first paints its rows,
    then closes the window the ordinary way that long after both."""
    value = os.environ.get(SMOKE_EXIT_VARIABLE)
    if value is None:
        return
    delay = max(int(value or 0), 0)
    table = window.findChild(QAbstractItemView, "libraryTable")
    waiting = {"shown", "rows"} if table is not None else {"shown"}

    def done(what: str, marker: str) -> None:
        if what not in waiting:
            return
        rows = f" {table.model().rowCount()} rows" if what == "rows" and table else ""
        # The process's CPU time so far: a figure a busy machine inflates far less than the
        # wall-clock one.
        cpu = time.process_time() * 1000
        print(f"{marker} {time.time():.6f} (cpu {cpu:.0f} ms{rows})", file=sys.stderr, flush=True)
        waiting.discard(what)
        if not waiting:
            QTimer.singleShot(delay, window.close)
        elif what == "shown":
            QTimer.singleShot(_ROWS_PATIENCE_MS, window.close)

    if table is not None:
        _FirstPaint(table.viewport(), lambda: done("rows", ROWS_MARKER))
    QTimer.singleShot(0, lambda: done("shown", SHOWN_MARKER))
