"""Paths read left to right as a unit in the Arabic interface: «مقالاتي.qalam», never
«qalam.مقالاتي». Checked on what Qt actually draws: where the last Latin letter and the first
Arabic letter land in a label laid out right to left."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel

from studio.gui.bidi_text import LRI, PDI, isolate_path
from studio.gui.error_texts import translate_message

NAME = "مقالاتي.qalam"


def _drawn(qtbot, text: str, wrap: bool) -> QImage:
    label = QLabel(text)
    qtbot.addWidget(label)
    label.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    label.setWordWrap(wrap)
    # Drawn from the left edge, so a wider glyph pushes only what lies to its right.
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute)
    label.setStyleSheet("background: white; color: black")
    label.resize(900, 60)
    return label.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def _first_change(qtbot, text: str, changed: str, wrap: bool) -> int:
    """The leftmost pixel column where `text` and `changed` are drawn differently."""
    a, b = _drawn(qtbot, text, wrap), _drawn(qtbot, changed, wrap)
    for x in range(a.width()):
        if any(a.pixel(x, y) != b.pixel(x, y) for y in range(a.height())):
            return x
    raise AssertionError("the two texts were drawn the same")


def _reads_left_to_right(qtbot, sentence: str, wrap: bool = False) -> bool:
    """In `sentence`, is NAME's Arabic part drawn left of its Latin extension?"""
    arabic = _first_change(qtbot, sentence, sentence.replace("مقالاتي", "نقالاتي"), wrap)
    latin = _first_change(qtbot, sentence, sentence.replace("qalam", "qalaq"), wrap)
    return arabic < latin


def test_isolate_path_keeps_the_path_whole() -> None:
    shown = isolate_path(Path("/tmp") / NAME)
    assert shown.startswith(LRI) and shown.endswith(PDI)
    assert shown.replace("\u200e", "")[1:-1] == f"/tmp/{NAME}"


def test_the_check_sees_the_wrong_order_of_a_bare_name(qtbot) -> None:
    assert not _reads_left_to_right(qtbot, f"النسخ الاحتياطية للمكتبة {NAME} محفوظة")


@pytest.mark.parametrize("wrap", [False, True])
@pytest.mark.parametrize("path", [NAME, f"/tmp/qa/{NAME}", f"C:\\Users\\سارة\\{NAME}"])
def test_a_path_in_an_arabic_sentence_reads_left_to_right(qtbot, path: str, wrap: bool) -> None:
    sentence = f"النسخ الاحتياطية للمكتبة {isolate_path(path)} محفوظة في مجلدها."
    assert _reads_left_to_right(qtbot, sentence, wrap)


def test_a_path_alone_reads_left_to_right(qtbot) -> None:
    assert _reads_left_to_right(qtbot, isolate_path(NAME))


def test_error_messages_isolate_file_names_left_to_right(qtbot) -> None:
    # A first-strong isolate would turn an Arabic file name right to left.
    text = translate_message("There is no backup {name} (see qalam backup --list).", {"name": NAME})
    assert isolate_path(NAME) in text
    assert _reads_left_to_right(qtbot, f"لا توجد نسخة {text}")
