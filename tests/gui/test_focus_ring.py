"""The widget with the keyboard focus wears a ring in the accent colour — lists, tables, trees,
fields and buttons, in both interface directions — and unfocused widgets look as before."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QDialog, QPushButton, QVBoxLayout, QWidget

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


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_focused_widget_wears_a_ring_and_the_others_do_not_change(
    qtbot, qapp, filled_library: Library, lang: str
) -> None:
    apply_style(qapp)
    install_language(qapp, lang)
    window = MainWindow(filled_library, lang)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    page = window.workspace.open_article(filled_library.list(limit=1)[0].id)
    assert page is not None
    qtbot.waitUntil(page.checks.panel.tree.isVisible)
    dialog = QDialog(window)
    button = QPushButton("OK", dialog)
    QVBoxLayout(dialog).addWidget(button)
    dialog.show()
    qtbot.waitExposed(dialog)
    accent = QColor(ACCENT)
    article_tab = window.workspace.indexOf(page)
    # Each widget with the tab it is on: the article's lists and title, a dialog's button, the
    # library's table and search box.
    widgets: list[tuple[int, QWidget]] = [
        (article_tab, page.outline),
        (article_tab, page.checks.panel.tree),
        (article_tab, page.title_edit),
        (article_tab, button),
        (0, window.table),
        (0, window.filters.search),
    ]
    for tab, widget in widgets:
        window.workspace.setCurrentIndex(tab)
        widget.window().activateWindow()
        qtbot.waitUntil(widget.isVisible)
        before = widget.grab().toImage()
        widget.setFocus()
        qtbot.waitUntil(widget.hasFocus)
        ring = ring_of(qapp)
        assert ring is not None and ring.parentWidget() is widget and ring.isVisible(), widget
        assert ring.geometry() == widget.rect()
        focused = widget.grab().toImage()
        assert all(_near(c, accent) for c in _edges(focused)), (widget, _edges(focused))
        widget.clearFocus()
        qtbot.waitUntil(lambda w=widget: not w.hasFocus())
        after = widget.grab().toImage()
        # Unfocused, the widget is drawn exactly as before it had the focus.
        assert after == before, widget
        assert not any(_near(c, accent) for c in _edges(after)) or widget is window.filters.search
