"""Choosing files and folders, with Qt's own dialog speaking the interface language.

Where the platform has no dialog of its own (Linux without a desktop theme, and always with
QFileDialog.Option.DontUseNativeDialog), Qt shows its widget dialog. Qt's Arabic catalogue
translates its words, but that dialog writes file sizes and dates in the system's locale (often
"C": "146.48 KiB", "28 11 2026 13:28"), not the interface's, and its folder box draws a path
such as /home/sara/articles in the mirrored layout as "home/sara/articles/". The functions here
stand in for QFileDialog's static ones and put that right; a native dialog is left alone.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QIdentityProxyModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFileSystemModel,
    QHeaderView,
    QSplitter,
    QTreeView,
    QWidget,
)

from studio.gui.bidi_text import LRI, isolate_path

# Columns of QFileSystemModel.
SIZE_COLUMN = 1
TYPE_COLUMN = 2
DATE_COLUMN = 3
# The places list (Computer, home…) is cut to "الحا…" at Qt's width.
SIDEBAR_WIDTH = 150


class InterfaceFileModel(QIdentityProxyModel):
    """The file system model with sizes and modification dates written in the interface's
    locale (QLocale's default, set by i18n.install_language)."""

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and index.column() in (SIZE_COLUMN, DATE_COLUMN):
            source = self.sourceModel()
            if isinstance(source, QFileSystemModel):
                at = self.mapToSource(index)
                if index.column() == SIZE_COLUMN:
                    if source.isDir(at):
                        return ""
                    return QLocale().formattedDataSize(
                        source.size(at), 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat
                    )
                return QLocale().toString(source.lastModified(at), QLocale.FormatType.ShortFormat)
        return super().data(index, role)


def localise(dialog: QFileDialog) -> QFileDialog:
    """Sizes, dates and the folder path of Qt's widget dialog as the interface shows them."""
    dialog.setProxyModel(InterfaceFileModel(dialog))
    look_in = dialog.findChild(QComboBox, "lookInCombo")
    if look_in is not None:
        _isolate_paths(look_in.model())
    tree = dialog.findChild(QTreeView, "treeView")
    if tree is not None:
        header = tree.header()
        # Qt's fixed widths cut the interface's dates ("11/28/…:28 PM") and the types
        # ("Mar…ent"); only rows on screen are measured, so a big folder costs nothing more.
        for column in (SIZE_COLUMN, TYPE_COLUMN, DATE_COLUMN):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    splitter = dialog.findChild(QSplitter, "splitter")
    if splitter is not None and splitter.count() == 2:
        # The dialog lays out its panes only when shown; a minimum holds from then on.
        splitter.widget(0).setMinimumWidth(SIDEBAR_WIDTH)
    return dialog


def file_dialog(
    parent: QWidget | None, caption: str, directory: str = "", filters: str = ""
) -> QFileDialog:
    return localise(QFileDialog(parent, caption, directory, filters))


def _run(dialog: QFileDialog) -> list[str]:
    try:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.selectedFiles()
        return []
    finally:
        dialog.deleteLater()


def open_file_names(
    parent: QWidget | None, caption: str, directory: str = "", filters: str = ""
) -> list[str]:
    dialog = file_dialog(parent, caption, directory, filters)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    return _run(dialog)


def open_file_name(
    parent: QWidget | None, caption: str, directory: str = "", filters: str = ""
) -> str:
    dialog = file_dialog(parent, caption, directory, filters)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    chosen = _run(dialog)
    return chosen[0] if chosen else ""


def save_file_name(
    parent: QWidget | None, caption: str, suggested: str = "", filters: str = ""
) -> str:
    dialog = file_dialog(parent, caption, suggested, filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    chosen = _run(dialog)
    return chosen[0] if chosen else ""


def existing_directory(parent: QWidget | None, caption: str, directory: str = "") -> str:
    dialog = file_dialog(parent, caption, directory)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    chosen = _run(dialog)
    return chosen[0] if chosen else ""


def _isolate_paths(model: QAbstractItemModel) -> None:
    """The folder box's paths as left-to-right units (bidi_text.isolate_path): in the mirrored
    dialog a bare /home/sara/articles was drawn "home/sara/articles/", and making the box
    left to right does not change how Qt lays out its text. The dialog finds folders by the
    entries' URLs, never by their text, so only what is shown changes."""

    def isolate(*_args: object) -> None:
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            text = index.data(Qt.ItemDataRole.DisplayRole)
            if isinstance(text, str) and text and not text.startswith(LRI):
                # Sets off this same slot once more, which then finds nothing left to do.
                model.setData(index, isolate_path(text), Qt.ItemDataRole.DisplayRole)

    model.rowsInserted.connect(isolate)
    model.dataChanged.connect(isolate)
    model.modelReset.connect(isolate)
    isolate()
