"""One call off the GUI thread, its result handed back on the GUI thread.

Threading rules (as in editor_save.py): the worker thread runs the plain function only; the
result — or the exception it raised — crosses back through a queued signal; no widget is ever
touched from the worker.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

log = logging.getLogger(__name__)


class BackgroundCall(QObject):
    """Runs `function()` on its own thread; `done(result)` arrives on the GUI thread with the
    value returned or the exception raised."""

    done = Signal(object)

    def __init__(self, function: Callable[[], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._function = function
        self._thread = threading.Thread(target=self._run, name="qalam-background", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def wait(self) -> None:
        if self._thread.is_alive():
            self._thread.join()

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def _run(self) -> None:
        try:
            result: object = self._function()
        except Exception as error:  # handed to the GUI thread, which tells the user
            log.info("background call failed: %s", error)
            result = error
        self.done.emit(result)


def run_with_progress(parent: QWidget | None, label: str, function: Callable[[], Any]) -> object:
    """Runs `function` off the GUI thread behind a modal "working…" dialog and returns its
    result (or the exception it raised). For work that must not be interrupted half-way, such
    as a restore: the dialog has no Cancel button, and the window stays painted meanwhile."""
    dialog = QProgressDialog(label, "", 0, 0, parent)
    dialog.setObjectName("backgroundProgress")
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    loop = QEventLoop()
    outcome: list[object] = []
    call = BackgroundCall(function)

    def finished(result: object) -> None:
        outcome.append(result)
        loop.quit()

    call.done.connect(finished)
    call.start()
    if not outcome:
        loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    dialog.close()
    dialog.deleteLater()
    call.deleteLater()
    return outcome[0]
