"""Badges for every row of the library table: the articles that were never checked (imported,
or made before the checklist existed) are checked in the background, a few at a time, and their
badges appear as they are done.

Threading rules (as in `similar_worker.py`): one background thread opens its own `Library` on
the same file and runs the checks; flags come back through a queued signal and only the GUI
thread touches the table. Checking is Python work that holds the interpreter's lock, so the
thread pauses between small batches and typing in the window never waits long behind it.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

log = logging.getLogger(__name__)

# Articles checked between two pauses, and the pause (seconds).
BATCH = 8
PAUSE_S = 0.05
# After the window opens or an import ends: how long to wait before starting.
START_DELAY_MS = 1500


class BadgeChecker(QObject):
    started = Signal(int)  # how many articles are to be checked
    flagged = Signal(object)  # dict[int, str]: article id -> flag, for a batch just checked
    finished = Signal()

    def __init__(
        self, path: Path, parent: QObject | None = None, *, delay_ms: int = START_DELAY_MS
    ) -> None:
        super().__init__(parent)
        self.path = path
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="qalam-badges")
        self._lock = threading.Lock()
        self._running = False
        self._again = False
        self._closed = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._start)

    def poke(self) -> None:
        """Articles may have arrived (the window opened, an import ended): check them soon."""
        if not self._closed:
            self._timer.start()

    def _start(self) -> None:
        with self._lock:
            if self._running:
                self._again = True
                return
            self._running = True
            self._again = False
        with contextlib.suppress(RuntimeError):  # shut down meanwhile
            self._executor.submit(self._run)

    def _run(self) -> None:
        # The engine and the library's ORM load here, on this thread, not while the window opens.
        from studio.checks.engine import Checker
        from studio.checks.unchecked import check_unchecked
        from studio.library import Library, LibraryError, checks_store

        library = None
        try:
            while not self._closed:
                library = library or Library.open(self.path)
                left = checks_store.unchecked_count(library)
                if left:
                    self._emit(self.started, left)
                # Each piece is checked once: a small paragraph cache keeps the memory small.
                checker = Checker(cache_limit=256)
                after = 0
                while not self._closed:
                    flags, last = check_unchecked(library, checker, BATCH, after)
                    if last == after:
                        break
                    after = last
                    if flags:
                        self._emit(self.flagged, flags)
                    time.sleep(PAUSE_S)
                if left:
                    self._emit(self.finished, None)
                with self._lock:
                    if not self._again or self._closed:
                        self._running = False
                        return
                    self._again = False
        except (LibraryError, OSError) as error:
            # The badges wait for the next import or start; the table works without them.
            log.warning("checking articles for their badges stopped: %s", error)
        except Exception:
            log.exception("checking articles for their badges failed")
        finally:
            with self._lock:
                self._running = False
            if library is not None:
                library.close()

    def _emit(self, signal: object, value: object) -> None:
        if self._closed:
            return
        with contextlib.suppress(RuntimeError):  # the window is gone
            if value is None:
                signal.emit()  # type: ignore[attr-defined]
            else:
                signal.emit(value)  # type: ignore[attr-defined]

    def wait(self) -> None:
        """Until the pass under way is over (tests)."""
        self._executor.submit(lambda: None).result()

    def shutdown(self) -> None:
        """Stops after the batch under way (closing the window, switching libraries)."""
        self._closed = True
        self._timer.stop()
        self._executor.shutdown(wait=True, cancel_futures=True)


__all__ = ["BadgeChecker"]
