"""The library's search box shows its hint whole, in English and in Arabic, at the window's
default size."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLineEdit, QStyle, QStyleOptionFrame, QToolButton

from studio.gui.i18n import install_language
from studio.gui.main_window import MainWindow
from studio.gui.style import apply_style
from studio.library import Library


def _text_room(search: QLineEdit) -> int:
    """The width QLineEdit gives its placeholder (it elides the rest): the style's contents
    rectangle less the clear button's room and Qt's margin of 2 on each side."""
    option = QStyleOptionFrame()
    search.initStyleOption(option)
    contents = search.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, search)
    margins = search.textMargins()
    buttons = sum(b.width() for b in search.findChildren(QToolButton))
    return contents.width() - margins.left() - margins.right() - buttons - 2 * 2


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_search_hint_shows_whole(qtbot, qapp, filled_library: Library, lang: str) -> None:
    apply_style(qapp)
    install_language(qapp, lang)
    window = MainWindow(filled_library, lang)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    search = window.filters.search
    hint = search.placeholderText()
    assert hint and search.text() == ""
    if lang == "ar":
        assert hint != "Search titles and text…"
    needed = search.fontMetrics().horizontalAdvance(hint)
    assert _text_room(search) >= needed, (search.width(), needed, window.width())
