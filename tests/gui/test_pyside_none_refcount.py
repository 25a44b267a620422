"""PySide6 6.12.0 on Python 3.11 drops a reference to None on every call of a method returning
nothing, and the process aborts after a few thousand (DESIGN.md, "Known platform facts");
pyproject.toml pins PySide6 below 6.12 there. This keeps the pin honest."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication


def test_process_events_keeps_the_refcount_of_none(qapp: QApplication) -> None:
    before = sys.getrefcount(None)
    for _ in range(10_000):
        QApplication.processEvents()
    # Other code may take references meanwhile; a leak per call would lose thousands.
    assert sys.getrefcount(None) >= before - 100
