"""Titles are laid out in their own direction in the report's table and the similar-pieces
panel, so a title too long for its column is cut, with its "…", at its end in either interface
language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QStyleOptionViewItem, QTableView

from studio.gui.i18n import install_language
from studio.gui.title_cells import TitleDelegate

ARABIC = "بريطانيا: أربعة محاور لاستراتيجية جديدة تتصدى للتطرف على مدى خمس سنوات"
ENGLISH = "Levy tipped for Whitbread prize"


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_each_title_takes_its_own_direction_whatever_the_interface(qtbot, qapp, lang):
    install_language(qapp, lang)
    model = QStandardItemModel()
    for title in (ARABIC, ENGLISH, "«الشرق الأوسط» تنشر مذكرات", "2015 في أرقام"):
        model.appendRow(QStandardItem(title))
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    delegate = TitleDelegate(view)

    def direction(row: int) -> Qt.LayoutDirection:
        option = QStyleOptionViewItem()
        option.initFrom(view)
        delegate.initStyleOption(option, model.index(row, 0))
        return option.direction

    rtl, ltr = Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight
    assert [direction(row) for row in range(4)] == [rtl, ltr, rtl, rtl]


def test_the_report_and_the_panel_use_it_for_titles(qtbot, library, worker):
    from studio.gui.reuse_report_dialog import Col, ReuseReportDialog
    from studio.gui.similar_panel import Col as PanelCol
    from studio.gui.similar_panel import SimilarPanel

    dialog = ReuseReportDialog(worker)
    qtbot.addWidget(dialog)
    assert isinstance(dialog.table.itemDelegateForColumn(Col.FIRST), TitleDelegate)
    assert isinstance(dialog.table.itemDelegateForColumn(Col.SECOND), TitleDelegate)
    dialog.cancel()
    panel = SimilarPanel()
    qtbot.addWidget(panel)
    assert isinstance(panel.tree.itemDelegateForColumn(PanelCol.TITLE), TitleDelegate)
