"""Automatic backups while the studio runs, and "Back Up Now".

The first check waits until the window has been on screen for a while (start-up must not pay
for it: listing the backups folder is cheap, copying the library is not), then one runs every few
hours. A backup is taken when the newest one is older than a day at that first check, and older
than the interval after it. The copy itself runs on a worker thread (studio/gui/background.py);
SQLite's online backup reads one snapshot, so typing and autosaves go on meanwhile.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from studio.gui.background import BackgroundCall

# studio.library.backups is imported when a backup runs: the window's start-up does not pay for
# it. These are its kinds, spelled out for the same reason (tests check they agree).
AUTOMATIC = "auto"
MANUAL = "manual"

FIRST_CHECK_MS = 20_000
EVERY_MS = 4 * 60 * 60 * 1000
_FIRST_DUE = timedelta(days=1)
_LATER_DUE = timedelta(milliseconds=EVERY_MS)


class BackupScheduler(QObject):
    """Takes backups of the library `current_path()` names, one at a time.

    `finished(kind, result)`: `result` is the new `BackupSummary`, None when none was due, or
    the exception that stopped it."""

    started = Signal(str)
    finished = Signal(str, object)

    def __init__(
        self,
        current_path: Callable[[], Path],
        parent: QObject | None = None,
        *,
        first_check_ms: int = FIRST_CHECK_MS,
        every_ms: int = EVERY_MS,
    ) -> None:
        super().__init__(parent)
        self._current_path = current_path
        self._call: BackgroundCall | None = None
        self._first = QTimer(self)
        self._first.setSingleShot(True)
        self._first.setInterval(first_check_ms)
        self._first.timeout.connect(lambda: self.back_up(AUTOMATIC, due_after=_FIRST_DUE))
        self._repeat = QTimer(self)
        self._repeat.setInterval(every_ms)
        self._repeat.timeout.connect(lambda: self.back_up(AUTOMATIC, due_after=_LATER_DUE))

    def start(self) -> None:
        self._first.start()
        self._repeat.start()

    def stop(self) -> None:
        self._first.stop()
        self._repeat.stop()
        self.wait()

    @property
    def busy(self) -> bool:
        return self._call is not None

    def back_up(self, kind: str = MANUAL, *, due_after: timedelta | None = None) -> bool:
        """Starts a backup in the background (automatic ones only when due); False when one is
        already running."""
        if self._call is not None:
            return False
        path = self._current_path()

        def job() -> object:
            from studio.library import backups as bk

            if due_after is not None and not bk.backup_due(path, every=due_after):
                return None
            return bk.create_backup(path, kind)

        call = BackgroundCall(job, self)
        self._call = call
        call.done.connect(lambda result: self._done(kind, call, result))
        self.started.emit(kind)
        call.start()
        return True

    def _done(self, kind: str, call: BackgroundCall, result: object) -> None:
        self._call = None
        call.deleteLater()
        self.finished.emit(kind, result)

    def wait(self) -> None:
        """Blocks until a running backup has finished (closing the window, restoring)."""
        if self._call is not None:
            self._call.wait()
