"""The widget with the keyboard focus wears a ring in the accent colour — lists, tables, trees,
fields and buttons, in both interface directions — and unfocused widgets look as before."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QDialog,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from studio.gui.focus_ring import ring_of
from studio.gui.i18n import install_language
from studio.gui.main_window import MainWindow
from studio.gui.style import ACCENT, apply_style
from studio.library import Library


def _near(colour: QColor, wanted: QColor) -> bool:
    return all(
        abs(a - b) <= 40 for a, b in zip(colour.getRgb()[:3], wanted.getRgb()[:3], strict=True)
    )


def _edges(image: QImage) -> list[QColor]:
    middle_x, middle_y = image.width() // 2, image.height() // 2
    return [
        image.pixelColor(0, middle_y),
        image.pixelColor(image.width() - 1, middle_y),
        image.pixelColor(middle_x, 0),
        image.pixelColor(middle_x, image.height() - 1),
    ]


def _ring_on(qtbot, qapp, widget: QWidget) -> QImage:
    """Focuses `widget`, checks the ring is on it in the accent colour, returns its picture."""
    widget.window().activateWindow()
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    ring = ring_of(qapp)
    assert ring is not None and ring.parentWidget() is widget and ring.isVisible(), widget
    assert ring.geometry() == widget.rect()
    focused = widget.grab().toImage()
    assert all(_near(c, QColor(ACCENT)) for c in _edges(focused)), (widget, _edges(focused))
    return focused


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_panes_of_the_window_wear_the_ring_when_focused(
    qtbot, qapp, filled_library: Library, lang: str
) -> None:
    apply_style(qapp)
    install_language(qapp, lang)
    window = MainWindow(filled_library, lang)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    page = window.workspace.open_article(filled_library.list(limit=1)[0].id)
    assert page is not None
    qtbot.waitUntil(page.checks.panel.tree.isVisible)
    article_tab = window.workspace.indexOf(page)
    # Each widget with the tab it is on: the article's lists and title, the library's table and
    # search box.
    widgets: list[tuple[int, QWidget]] = [
        (article_tab, page.outline),
        (article_tab, page.checks.panel.tree),
        (article_tab, page.title_edit),
        (0, window.table),
        (0, window.filters.search),
    ]
    for tab, widget in widgets:
        window.workspace.setCurrentIndex(tab)
        qtbot.waitUntil(widget.isVisible)
        _ring_on(qtbot, qapp, widget)


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_unfocused_widgets_look_as_they_did_before_the_ring(qtbot, qapp, lang: str) -> None:
    """Widgets whose content stays put (the window's panes fill in on timers of their own, so
    their pictures change by themselves): a list, a tree, a table, a field and a button."""
    apply_style(qapp)
    install_language(qapp, lang)
    dialog = QDialog()
    qtbot.addWidget(dialog)
    listed = QListWidget(dialog)
    listed.addItems(["مستقبل العمل الحر", "Writing for clients"])
    tree = QTreeWidget(dialog)
    tree.addTopLevelItem(QTreeWidgetItem(["فن المراجعة"]))
    table = QTableWidget(2, 2, dialog)
    table.setItem(0, 0, QTableWidgetItem("Draft"))
    field = QLineEdit("نص", dialog)
    button = QPushButton("OK", dialog)
    layout = QVBoxLayout(dialog)
    widgets: list[QWidget] = [listed, tree, table, field, button]
    for widget in widgets:
        layout.addWidget(widget)
    dialog.show()
    qtbot.waitExposed(dialog)
    for widget in widgets:
        other = button if widget is not button else field
        other.setFocus()
        qtbot.waitUntil(other.hasFocus)
        before = widget.grab().toImage()
        _ring_on(qtbot, qapp, widget)
        other.setFocus()
        qtbot.waitUntil(lambda w=widget: not w.hasFocus())
        after = widget.grab().toImage()
        assert after == before, widget
        assert not any(_near(c, QColor(ACCENT)) for c in _edges(after)), widget
