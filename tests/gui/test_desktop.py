"""The studio's desktop identity, the macOS file-open hook and the smoke-test exit."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication, QWidget

from studio import __version__
from studio.gui.desktop import (
    DESKTOP_ID,
    SHOWN_MARKER,
    SMOKE_EXIT_VARIABLE,
    app_icon,
    apply_identity,
    attach_to_desktop,
)


def test_identity_sets_icon_version_and_desktop_id(qapp: QApplication) -> None:
    apply_identity(qapp)
    assert qapp.applicationVersion() == __version__
    assert qapp.desktopFileName() == DESKTOP_ID
    icon = app_icon()
    assert not icon.isNull()
    assert len(icon.availableSizes()) >= 9


def test_a_library_file_opened_from_the_finder_switches_library(qtbot, tmp_path: Path) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    opened: list[Path] = []
    attach_to_desktop(window, opened.append)
    QCoreApplication.sendEvent(QApplication.instance(), QFileOpenEvent(str(tmp_path / "b.qalam")))
    QCoreApplication.sendEvent(QApplication.instance(), QFileOpenEvent(str(tmp_path / "c.txt")))
    assert opened == [tmp_path / "b.qalam"]


def test_smoke_exit_marks_the_shown_window_and_closes_it(
    qtbot, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(SMOKE_EXIT_VARIABLE, "10")
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    attach_to_desktop(window, lambda _path: None)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=3000)
    assert SHOWN_MARKER in capsys.readouterr().err


def test_without_the_variable_the_window_stays(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(SMOKE_EXIT_VARIABLE, raising=False)
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    attach_to_desktop(window, lambda _path: None)
    qtbot.wait(50)
    assert window.isVisible()
