"""PySide6 6.12.0 on Python 3.11 drops a reference to None on every call of a method that returns
nothing, and the process aborts after a few thousand calls (DESIGN.md, platform facts). The
project pins PySide6 below 6.12 on Python < 3.12; this test catches a build that regresses."""

import sys
import tomllib
from pathlib import Path

from PySide6.QtWidgets import QApplication


def test_process_events_keeps_none_alive(qapp):
    before = sys.getrefcount(None)
    for _ in range(10_000):
        QApplication.processEvents()
    after = sys.getrefcount(None)
    # Other code may take or drop a few references meanwhile; the bug drops one per call.
    assert after > before - 1_000


def test_pyside_is_pinned_below_6_12_for_python_3_11():
    project = tomllib.loads((Path(__file__).parents[2] / "pyproject.toml").read_text("utf-8"))
    requirements = [r.replace(" ", "") for r in project["project"]["dependencies"]]
    assert "PySide6-Essentials>=6.8,<6.12;python_version<'3.12'" in requirements
