"""Review › Checklist Templates…: the Arabic label is edited at the right edge, as Arabic is
written, and the English one at the left, in both interface languages."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from studio.gui.main_window import MainWindow
from studio.library import Library


def _ink_centre(widget: QWidget) -> float:
    """Where the text sits across the field: 0 at its left edge, 1 at its right."""
    image = widget.grab().toImage()
    counts = Counter(image.pixel(x, y) for y in range(image.height()) for x in range(image.width()))
    ground = QColor(counts.most_common(1)[0][0]).value()
    xs = [
        x
        for y in range(4, image.height() - 4)
        for x in range(6, image.width() - 6)
        if abs(QColor(image.pixel(x, y)).value() - ground) > 40
    ]
    assert xs, "the field should show its text"
    return sum(xs) / len(xs) / image.width()


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_arabic_label_sits_at_the_right_edge(qtbot, qapp, filled_library: Library, lang):
    from studio.gui.i18n import install_language

    install_language(qapp, lang)
    window = MainWindow(filled_library, lang)
    qtbot.addWidget(window)
    window.resize(1300, 800)
    window.show()
    dialog = window.show_checklist_templates()
    qtbot.waitExposed(dialog)
    dialog.confirm = lambda _title, _text: True  # type: ignore[method-assign]
    dialog.list.setCurrentRow(dialog.list.count() - 1)  # "Proofread": a manual item, editable
    qtbot.wait(20)
    assert dialog.label_ar.text() and dialog.label_en.text()
    assert _ink_centre(dialog.label_ar) > 0.6
    assert _ink_centre(dialog.label_en) < 0.4
    dialog.close()
