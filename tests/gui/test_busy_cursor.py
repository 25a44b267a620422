"""Right after start-up the library is still opening in the background: a click that needs it
waits, and shows the wait cursor while it does (never from a worker thread)."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from studio.gui import app as gui_app
from studio.gui.busy_cursor import busy_cursor
from studio.library import Library
from studio.library.deferred import DeferredLibrary


def _cursor() -> Qt.CursorShape | None:
    cursor = QGuiApplication.overrideCursor()
    return None if cursor is None else cursor.shape()


class _WatchedOpening(threading.Event):
    """The opening's "done" flag, noting the cursor each time the window waits on it."""

    def __init__(self) -> None:
        super().__init__()
        self.cursors: list[Qt.CursorShape | None] = []
        # Holds the opening until the window waits, so a fast machine cannot finish it
        # between the start of the thread and the check for whether to wait.
        self.window_waits = threading.Event()

    def wait(self, timeout: float | None = None) -> bool:
        if threading.current_thread() is threading.main_thread():
            self.cursors.append(_cursor())
            self.window_waits.set()
        return super().wait(timeout)


def test_a_call_waiting_for_the_opening_library_shows_the_wait_cursor(
    qtbot, filled_library: Library
) -> None:
    first_id = filled_library.list(limit=1)[0].id
    filled_library.close()
    window = gui_app.start(filled_library.path, "en", [])
    assert window is not None
    try:
        deferred = window.library
        assert isinstance(deferred, DeferredLibrary)
        assert not deferred._opened.is_set(), "the library opens only after the first paint"
        watched = _WatchedOpening()
        deferred._opened = watched
        really_open = deferred._open

        def held_open() -> None:
            watched.window_waits.wait(10)
            really_open()

        deferred._open = held_open  # type: ignore[method-assign]
        assert deferred.get(first_id).id == first_id
        assert watched.cursors == [Qt.CursorShape.WaitCursor]
        assert _cursor() is None  # and it is gone once the library is there
        deferred.get(first_id)
        assert watched.cursors == [Qt.CursorShape.WaitCursor]  # no more waiting
    finally:
        window.close()
        window.library.close()


def test_the_wait_cursor_is_never_set_from_a_worker_thread(qapp) -> None:
    seen: list[Qt.CursorShape | None] = []

    def work() -> None:
        with busy_cursor():
            seen.append(_cursor())

    worker = threading.Thread(target=work)
    worker.start()
    worker.join()
    assert seen == [None]
    with busy_cursor():
        assert _cursor() == Qt.CursorShape.WaitCursor
    assert _cursor() is None


def test_switching_library_shows_the_wait_cursor_while_it_opens(
    qtbot, filled_library: Library, tmp_path, monkeypatch
) -> None:
    from studio.gui.main_window import MainWindow

    other = Library.open(tmp_path / "other.qalam")
    other.close()
    window = MainWindow(filled_library, "en")
    qtbot.addWidget(window)
    seen: list[Qt.CursorShape | None] = []
    real_open = Library.open

    def watched_open(path, *args, **kwargs):
        seen.append(_cursor())
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(Library, "open", staticmethod(watched_open))
    assert window.switch_library(tmp_path / "other.qalam")
    assert seen == [Qt.CursorShape.WaitCursor]
    assert _cursor() is None
    window.close()
    window.library.close()
