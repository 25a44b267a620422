"""Python's full garbage collections, moved from between keystrokes to the writer's pauses.

Measured in the editor (`benchmarks/editor_typing.py --gc python` against `--gc studio`): a full
collection of the studio's objects stops every thread for 40-110 ms on the development machine,
and the checklist's worker thread, which makes many objects while it re-checks, set one off every
few re-checks; a key typed meanwhile waited that long. Python decides on its own when to run
one, from how many objects were made; the studio knows when nobody is typing.

So, once installed: the young generations are collected as Python does (a few milliseconds);
the full collection is left to a timer on the GUI thread, which runs it when Python would have
been willing to (enough young collections since the last one), no key has been typed in an
editor for `IDLE_S`, and the last one is at least `EVERY_S` old — or after `LATEST_S` whatever
the writer does, so memory held by reference cycles is always given back. What the studio made
while starting (modules, classes, the window) is set aside for good when the collector is
installed (`gc.freeze`), so full collections look only at what came after; not later, as an
article open then would never give its memory back once closed.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

IDLE_S = 2.0
EVERY_S = 30.0
LATEST_S = 300.0
TICK_MS = 1000
# Python compares the young collections since the last full one with its third threshold: made
# unreachable, so only `IdleCollector` starts a full collection.
_NEVER = 1 << 30

_now: Callable[[], float] = time.monotonic
_last_input = float("-inf")


def note_input() -> None:
    """A key reached an editor (called from its key handler: one assignment per key)."""
    global _last_input
    _last_input = _now()


class IdleCollector(QObject):
    """Owns the interpreter's full collections while it lives (one per process: `install`)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.python_thresholds = gc.get_threshold()
        young, middle, _full = self.python_thresholds
        gc.set_threshold(young, middle, _NEVER)
        self.last_full = _now()
        self.collections = 0
        gc.freeze()
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self.tick)
        self._timer.start()
        self.destroyed.connect(_restore_thresholds(self.python_thresholds))

    def due(self) -> bool:
        if not gc.isenabled():
            return False  # someone turned collection off on purpose (a profiler, say)
        if gc.get_count()[2] < self.python_thresholds[2]:
            return False  # Python itself would not collect yet
        now = _now()
        since = now - self.last_full
        if since >= LATEST_S:
            return True
        return since >= EVERY_S and now - _last_input >= IDLE_S

    def tick(self) -> bool:
        """Collects when due; True when it did."""
        if not self.due():
            return False
        gc.collect()
        self.collections += 1
        self.last_full = _now()
        return True

    def uninstall(self) -> None:
        global _installed
        self._timer.stop()
        gc.set_threshold(*self.python_thresholds)
        gc.unfreeze()
        if _installed is self:
            _installed = None


def _restore_thresholds(thresholds: tuple[int, int, int]) -> Callable[[], None]:
    # Not a method: it runs when the Python side of the object may already be gone.
    return lambda: gc.set_threshold(*thresholds)


_installed: IdleCollector | None = None


def install(parent: QObject) -> IdleCollector:
    """The process's collector (the first one installed stays)."""
    global _installed
    if _installed is None:
        _installed = IdleCollector(parent)
        _installed.destroyed.connect(_forget)
    return _installed


def _forget() -> None:
    global _installed
    _installed = None
