"""Qt's own folder chooser speaks Arabic in the Arabic interface (File ▸ Import Folder…)."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QFileDialog, QFileSystemModel, QLabel

from studio.gui.i18n import install_language
from studio.gui.qt_texts import qt_dialog_texts

ARABIC = re.compile("[\u0600-\u06ff]")


def test_the_folder_chooser_has_no_english_label_in_the_arabic_interface(
    qtbot, qapp, tmp_path
) -> None:
    (tmp_path / "articles").mkdir()
    install_language(qapp, "ar")
    dialog = QFileDialog(None, "", str(tmp_path))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    qtbot.addWidget(dialog)
    labels = [label.text() for label in dialog.findChildren(QLabel) if label.text()]
    # "Look in:" and "Files of type:" stayed English (Qt's catalogue lacks them).
    assert labels and all(ARABIC.search(text) for text in labels), labels
    model = dialog.findChild(QFileSystemModel)
    assert model is not None
    qtbot.waitUntil(lambda: model.index(str(tmp_path / "articles")).isValid())
    kind = model.type(model.index(str(tmp_path / "articles")))
    assert ARABIC.search(kind), kind
    assert all(ARABIC.search(text) for text in qt_dialog_texts())
