"""Running an import off the GUI thread.

Threading rules (as Picard writes them down): the worker only calls the job and emits signals;
it never creates or touches a widget. Signals cross to the GUI thread queued, so every slot that
updates the interface runs there. Cancelling sets a `threading.Event` the job polls through
`should_cancel`; nothing is killed mid-write.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

from studio.library import ImportOutcome

log = logging.getLogger(__name__)

ProgressCallback = Callable[[Any], None]
CancelCheck = Callable[[], bool]
ImportJob = Callable[[ProgressCallback, CancelCheck], ImportOutcome]

# At most this many progress signals a second reach the GUI: a JSONL file of 100,000 lines
# reports per line, and a flooded event queue would make the window unresponsive.
_PROGRESS_INTERVAL_S = 0.05


class ImportWorker(QObject):
    progressed = Signal(object)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, job: ImportJob) -> None:
        super().__init__()
        self._job = job
        self._cancel = threading.Event()
        self._last_report = 0.0

    def cancel(self) -> None:
        """Safe from any thread."""
        self._cancel.set()

    @Slot()
    def run(self) -> None:
        error: Exception | None = None
        outcome: ImportOutcome | None = None
        try:
            outcome = self._job(self._report, self._cancel.is_set)
        except Exception as exc:
            log.exception("import failed")
            error = exc
        # Hand the worker back to the GUI thread before its own thread stops, so it is freed
        # there like any other object instead of lingering in a thread with no event loop.
        app = QCoreApplication.instance()
        if app is not None:
            self.moveToThread(app.thread())
        if error is not None:
            self.failed.emit(error)
        else:
            self.succeeded.emit(outcome)

    def _report(self, progress: Any) -> None:
        now = time.monotonic()
        finished = getattr(progress, "done_bytes", 0) >= getattr(progress, "total_bytes", 1)
        if finished or now - self._last_report >= _PROGRESS_INTERVAL_S:
            self._last_report = now
            self.progressed.emit(progress)


class ImportTask(QObject):
    """Owns one worker and its thread; lives in the GUI thread. `finished` comes last, after
    `succeeded` or `failed`, once the thread has stopped."""

    progressed = Signal(object)
    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()

    def __init__(self, job: ImportJob, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._worker: ImportWorker | None = ImportWorker(job)
        self._thread: QThread | None = QThread()
        self._thread.setObjectName("import")
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progressed.connect(self.progressed)
        self._worker.succeeded.connect(self._on_succeeded)
        self._worker.failed.connect(self._on_failed)
        self._cancelled = False

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.isRunning()

    @property
    def cancel_requested(self) -> bool:
        return self._cancelled

    def start(self) -> None:
        if self._thread is not None:
            self._thread.start()

    def cancel(self) -> None:
        self._cancelled = True
        if self._worker is not None:
            self._worker.cancel()

    def wait(self, milliseconds: int = 30_000) -> bool:
        """Blocks until the thread stops (used when the window closes mid-import)."""
        return self._thread is None or self._thread.wait(milliseconds)

    def _on_succeeded(self, outcome: ImportOutcome) -> None:
        self.succeeded.emit(outcome)
        self._stop()

    def _on_failed(self, error: Exception) -> None:
        self.failed.emit(error)
        self._stop()

    def _stop(self) -> None:
        thread = self._thread
        self._thread = self._worker = None
        if thread is not None:
            thread.quit()
            thread.wait()
        self.finished.emit()
