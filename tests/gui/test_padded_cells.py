"""The Backups view keeps its numbers off the table's frame, in both directions (the Size
column touched the left edge in the Arabic interface)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from studio.gui.backups_dialog import BackupsDialog
from studio.gui.i18n import install_language
from studio.gui.padded_cells import PaddedDelegate
from studio.library import backups as bk
from tests.library.backup_helpers import make_library


def _ink_columns(image: QImage, top: int, bottom: int) -> list[int]:
    return [
        x
        for x in range(image.width())
        if any(QColor(image.pixel(x, y)).lightness() < 110 for y in range(top, bottom))
    ]


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_size_column_keeps_a_margin_from_the_frame(qtbot, qapp, tmp_path: Path, lang) -> None:
    path = make_library(tmp_path / "lib.qalam", ["One", "Two"])
    bk.create_backup(path, bk.MANUAL)
    install_language(qapp, lang)
    dialog = BackupsDialog(path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.tree.topLevelItemCount() == 1, timeout=10_000)
    dialog.tree.clearSelection()
    dialog.tree.setCurrentItem(None)
    item = dialog.tree.topLevelItem(0)
    rect = dialog.tree.visualItemRect(item)
    image = dialog.tree.viewport().grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    ink = _ink_columns(image, rect.top(), rect.bottom())
    assert ink
    margin = dialog.tree.itemDelegate().margin
    assert margin >= 4
    # The last column (Size) sits at the left edge in Arabic, at the right edge in English.
    if lang == "ar":
        assert dialog.tree.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert min(ink) >= margin
    else:
        assert image.width() - 1 - max(ink) >= margin
    width = dialog.tree.header().sectionSize(4)
    assert width >= dialog.fontMetrics().horizontalAdvance(item.text(4)) + 2 * margin


def test_the_other_lists_of_figures_keep_the_same_margins(qtbot, filled_library) -> None:
    from studio.gui.editor_history import HistoryDialog
    from studio.gui.similar_panel import SimilarPanel
    from studio.text import Direction

    panel = SimilarPanel()
    qtbot.addWidget(panel)
    assert isinstance(panel.tree.itemDelegateForColumn(3), PaddedDelegate)
    article = filled_library.get(filled_library.list(limit=1)[0].id)
    history = HistoryDialog(
        filled_library, article.id, article.body, article.version, Direction.RTL
    )
    qtbot.addWidget(history)
    assert isinstance(history.table.itemDelegate(), PaddedDelegate)
