"""Texts of Qt's own dialogs that Qt's Arabic catalogue (qtbase_ar) leaves in English.

The folder and file choosers (File ▸ Import Folder…, Export…, Open Library…) showed "Look in:",
"Files of type:" and "Folder" in English inside an Arabic dialog. Written here in Qt's own
contexts, `pyside6-lupdate` collects them into qalam_ar.ts; the studio's catalogue is asked
before Qt's, so Qt's dialogs then find their Arabic there.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def qt_dialog_texts() -> list[str]:
    """The texts as the interface language shows them (Qt asks for them itself; this is what
    lupdate reads, and what the tests check)."""
    translate = QCoreApplication.translate
    return [
        translate("QFileDialog", "&Look in:"),
        translate("QFileDialog", "Files of &type:"),
        # The "Type" column of the file list, in Qt's wording outside Windows.
        translate("QAbstractFileIconProvider", "Folder", "All other platforms"),
        translate(
            "QAbstractFileIconProvider", "%1 File", "%1 is a file name suffix, for example txt"
        ),
        translate("QAbstractFileIconProvider", "File"),
    ]
