"""Qt's own file dialog in the Arabic interface: sizes, dates and the folder path as the
interface writes them, the layout mirrored; and the studio's choosers all go through it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QComboBox, QFileDialog, QFileSystemModel, QSplitter

from studio.gui.bidi_text import LRI, PDI
from studio.gui.file_dialogs import (
    DATE_COLUMN,
    SIDEBAR_WIDTH,
    SIZE_COLUMN,
    InterfaceFileModel,
    file_dialog,
)
from studio.gui.i18n import install_language
from studio.gui.main_window import MainWindow
from studio.library import Library

ARABIC_DIGITS = re.compile("[\u0660-\u0669]")
ARABIC_LETTERS = re.compile("[\u0621-\u064a]")


def _shown(qtbot, folder: Path) -> QFileDialog:
    dialog = file_dialog(None, "Import", str(folder))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    qtbot.addWidget(dialog)
    dialog.resize(800, 450)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _row(qtbot, dialog: QFileDialog, path: Path) -> list[str]:
    source = dialog.findChild(QFileSystemModel)
    assert source is not None
    # The model reads the folder in the background: the row, then its details.
    qtbot.waitUntil(
        lambda: (
            source.index(str(path)).isValid()
            and (path.is_dir() or source.size(source.index(str(path))) > 0)
        )
    )
    proxy = dialog.proxyModel()
    index = proxy.mapFromSource(source.index(str(path)))
    return [str(proxy.data(index.siblingAtColumn(c))) for c in range(4)]


def test_sizes_dates_and_the_path_read_in_arabic(qtbot, qapp, tmp_path: Path) -> None:
    install_language(qapp, "ar")
    (tmp_path / "مقالات").mkdir()
    note = tmp_path / "note.md"
    note.write_text("x" * 3000)
    dialog = _shown(qtbot, tmp_path)
    assert dialog.isRightToLeft()
    assert isinstance(dialog.proxyModel(), InterfaceFileModel)
    row = _row(qtbot, dialog, note)
    # Qt wrote "2.93 KiB" and "28 11 2026 13:28" (the system's "C" locale).
    size, date = row[SIZE_COLUMN], row[DATE_COLUMN]
    assert ARABIC_DIGITS.search(size) and ARABIC_LETTERS.search(size), size
    assert not re.search("[0-9A-Za-z]", size), size
    assert ARABIC_DIGITS.search(date) and not re.search("[0-9]", date), date
    # The folder box: the path whole and left to right, not "tmp/…/" with its slash at the end.
    look_in = dialog.findChild(QComboBox, "lookInCombo")
    assert look_in is not None
    assert look_in.currentText().startswith(LRI) and look_in.currentText().endswith(PDI)
    assert str(tmp_path) in look_in.currentText()
    assert look_in.isRightToLeft()
    # "الحاسوب" (Computer) was cut to "الحا…" in the places list.
    splitter = dialog.findChild(QSplitter, "splitter")
    assert splitter is not None and splitter.sizes()[0] >= SIDEBAR_WIDTH
    # A folder keeps an empty size, as in Qt's own column.
    assert _row(qtbot, dialog, tmp_path / "مقالات")[SIZE_COLUMN] == ""


def test_sizes_and_dates_in_english(qtbot, tmp_path: Path) -> None:
    note = tmp_path / "note.md"
    note.write_text("x" * 3)
    dialog = _shown(qtbot, tmp_path)
    assert _row(qtbot, dialog, note)[SIZE_COLUMN] == "3 bytes"
    navigated = tmp_path / "inner"
    navigated.mkdir()
    dialog.setDirectory(str(navigated))
    look_in = dialog.findChild(QComboBox, "lookInCombo")
    assert look_in is not None
    qtbot.waitUntil(lambda: str(navigated) in look_in.currentText())
    assert look_in.currentText().startswith(LRI)


@pytest.mark.parametrize(
    ("action", "mode"),
    [
        ("import_files", QFileDialog.FileMode.ExistingFiles),
        ("import_folder", QFileDialog.FileMode.Directory),
        ("open_library", QFileDialog.FileMode.ExistingFile),
    ],
)
def test_the_windows_choosers_use_the_interface_dialog(
    qtbot, library: Library, monkeypatch, action: str, mode: QFileDialog.FileMode
) -> None:
    opened: list[QFileDialog] = []

    def cancel(dialog: QFileDialog) -> int:
        opened.append(dialog)
        return 0

    monkeypatch.setattr(QFileDialog, "exec", cancel)
    window = MainWindow(library, "en")
    qtbot.addWidget(window)
    getattr(window, action)()
    assert len(opened) == 1
    assert isinstance(opened[0].proxyModel(), InterfaceFileModel)
    assert opened[0].fileMode() == mode
