"""What the Backups view says about a backup reads right in both interface languages: sizes in
the interface's own units and digits, titles of either direction each in their place."""

from __future__ import annotations

from pathlib import Path

import pytest

from studio.gui.backups_dialog import BackupsDialog, size_text
from studio.gui.bidi_text import FSI, PDI
from studio.gui.i18n import install_language
from studio.library import backups as bk
from tests.library.backup_helpers import make_library


@pytest.mark.parametrize(
    ("size", "english", "arabic"),
    [
        (512, "512 bytes", "٥١٢ بايت"),
        (2048, "2.0 KB", "٢٫٠ كيلوبايت"),
        (int(7.9 * 1024 * 1024), "7.9 MB", "٧٫٩ ميغابايت"),
        (3 * 1024**3, "3.0 GB", "٣٫٠ غيغابايت"),
    ],
)
def test_sizes_speak_the_interface_language(qapp, size: int, english: str, arabic: str) -> None:
    assert size_text(size) == english
    install_language(qapp, "ar")
    assert size_text(size) == arabic


def test_recently_changed_titles_are_each_isolated(qtbot, qapp, tmp_path: Path) -> None:
    path = make_library(tmp_path / "lib.qalam", ["First English title", "Second English title"])
    bk.create_backup(path, bk.MANUAL)
    install_language(qapp, "ar")
    dialog = BackupsDialog(path)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.tree.topLevelItemCount() == 1, timeout=10_000)
    details = dialog.details.text()
    assert f"{FSI}First English title{PDI}" in details
    assert f"{FSI}Second English title{PDI}" in details
    assert "MiB" not in dialog.tree.topLevelItem(0).text(4)
