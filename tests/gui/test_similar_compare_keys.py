"""Next and previous passage from the keyboard in the side-by-side comparison, in either interface
language (the buttons' mnemonics follow the translated labels, which a Latin keyboard layout
cannot type in Arabic)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from studio.gui.i18n import install_language
from studio.gui.similar_compare import ComparedText, SimilarCompareDialog
from studio.similar.align import Passage
from studio.text import Direction

MINE = "الفقرة الأولى هنا.\n\nالفقرة الثانية هنا.\n\nالفقرة الثالثة هنا."
OTHER = "نص آخر.\n\nالفقرة الأولى هنا.\n\nالفقرة الثانية هنا.\n\nالفقرة الثالثة هنا."


def _passages() -> list[Passage]:
    found = []
    for part in MINE.split("\n\n"):
        start, source = MINE.index(part), OTHER.index(part)
        found.append(Passage(start, start + len(part), source, source + len(part), 3))
    return found


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_alt_down_and_alt_up_walk_the_passages(qtbot, qapp, lang):
    install_language(qapp, lang)
    dialog = SimilarCompareDialog(
        ComparedText("مقالي", MINE, Direction.RTL),
        ComparedText("الآخر", OTHER, Direction.RTL),
        _passages(),
        1.0,
        0.8,
    )
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    dialog.mine.browser.setFocus()  # where a reader's focus is: in a text
    assert dialog.current == 0
    QTest.keyClick(dialog.mine.browser, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert dialog.current == 1
    QTest.keyClick(dialog.other.browser, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    QTest.keyClick(dialog.other.browser, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert dialog.current == 2  # the last one stays the last
    QTest.keyClick(dialog.mine.browser, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert dialog.current == 1
    assert dialog.next_button.toolTip() and dialog.previous_button.toolTip()
