"""An article's history: its snapshots, any two compared word by word, and restoring one.

Restoring replaces the article's text with the snapshot's through `Library.restore`, which first
keeps the text being replaced, and makes the restore itself a new revision: nothing is lost by
restoring.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QItemSelectionModel,
    QLocale,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from studio.gui.editor_diff_html import diff_html
from studio.gui.error_texts import error_message
from studio.gui.padded_cells import PaddedDelegate
from studio.library import ArticleDetail, Library, LibraryError
from studio.text import Direction

CURRENT = -1

_REASONS = {
    "original": QT_TRANSLATE_NOOP("Revisions", "Original"),
    "autosave": QT_TRANSLATE_NOOP("Revisions", "While writing"),
    "manual": QT_TRANSLATE_NOOP("Revisions", "Snapshot"),
    "status": QT_TRANSLATE_NOOP("Revisions", "Status change"),
    "update": QT_TRANSLATE_NOOP("Revisions", "Changed by a script"),
    "before_restore": QT_TRANSLATE_NOOP("Revisions", "Before a restore"),
    "restore": QT_TRANSLATE_NOOP("Revisions", "Restored"),
    "import": QT_TRANSLATE_NOOP("Revisions", "Imported"),
}


def reason_label(reason: str) -> str:
    source = _REASONS.get(reason)
    return QCoreApplication.translate("Revisions", source) if source else reason


class HistoryDialog(QDialog):
    """Lists the snapshots of one article; `restored(ArticleDetail)` after a restore."""

    restored = Signal(object)

    def __init__(
        self,
        library: Library,
        article_id: int,
        current_text: str,
        version: int,
        default: Direction,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("historyDialog")
        self.setWindowTitle(self.tr("History"))
        self.library = library
        self.article_id = article_id
        self.current_text = current_text
        self.version = version
        self.default = default
        self.bodies: dict[int, str] = {CURRENT: current_text}
        self.revisions = library.revisions(article_id)

        self.table = QTableWidget(len(self.revisions), 3, self)
        # Text kept off the frame: in Arabic the outer columns touched the table's edges.
        self.table.setItemDelegate(PaddedDelegate(self.table))
        self.table.setObjectName("revisions")
        self.table.setHorizontalHeaderLabels([self.tr("When"), self.tr("Why"), self.tr("Words")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        locale = QLocale()
        for row, info in enumerate(self.revisions):
            when = locale.toString(info.created, QLocale.FormatType.ShortFormat)
            for column, text in enumerate(
                (when, reason_label(info.reason), locale.toString(info.words))
            ):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, info.id)
                self.table.setItem(row, column, item)
        self.base = QComboBox(self)
        self.base.setObjectName("compareWith")
        self.base.addItem(self.tr("The text now"), CURRENT)
        for info in self.revisions:
            when = locale.toString(info.created, QLocale.FormatType.ShortFormat)
            label = f"{when} — {reason_label(info.reason)}"
            self.base.addItem(label, info.id)
        self.diff = QTextBrowser(self)
        self.diff.setObjectName("revisionDiff")
        self.diff.setOpenLinks(False)
        self.restore_button = QPushButton(self.tr("Restore This Version…"), self)
        self.restore_button.setObjectName("restore")
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.ask_restore)
        self.legend = QLabel(
            self.tr(
                "Words in green were added and words struck through in red were removed, going "
                "from the selected version to the one it is compared with."
            ),
            self,
        )
        self.legend.setWordWrap(True)

        right = QWidget(self)
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Compare the selected version with:"), right))
        row.addWidget(self.base, 1)
        column.addLayout(row)
        column.addWidget(self.diff, 1)
        column.addWidget(self.legend)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(right)
        splitter.setSizes([330, 700])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.resize(1100, 640)

        self.table.itemSelectionChanged.connect(self.refresh)
        self.base.currentIndexChanged.connect(self.refresh)
        if self.revisions:
            self.select_row(0)

    def select_row(self, row: int) -> None:
        # Through the selection model: selectRow() selects nothing in the mirrored (Arabic)
        # window with Qt 6.11 (as noted in main_window.py).
        self.table.selectionModel().setCurrentIndex(
            self.table.model().index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return int(self.table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole))

    def body_of(self, revision_id: int) -> str:
        if revision_id not in self.bodies:
            self.bodies[revision_id] = self.library.revision(revision_id).body
        return self.bodies[revision_id]

    def compare(self, old_id: int, new_id: int) -> str:
        """Shows (and returns) the word diff from revision `old_id` to `new_id` (CURRENT for the
        editor's text)."""
        html = diff_html(self.body_of(old_id), self.body_of(new_id), self.default)
        self.diff.setHtml(html)
        return html

    def refresh(self) -> None:
        selected = self.selected_id()
        self.restore_button.setEnabled(selected is not None)
        if selected is None:
            self.diff.clear()
            return
        try:
            self.compare(selected, int(self.base.currentData()))
        except LibraryError as error:
            self.diff.setPlainText(error_message(error))

    def ask_restore(self) -> None:
        selected = self.selected_id()
        if selected is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Restore This Version"),
            self.tr(
                "Replace the article's text with this version? The current text stays in the "
                "history, so you can come back to it."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("confirmRestore")
        box.finished.connect(
            lambda code: self.restore(selected) if code == QMessageBox.StandardButton.Yes else None
        )
        self._confirm = box
        box.open()

    def restore(self, revision_id: int) -> ArticleDetail | None:
        try:
            article = self.library.restore(self.article_id, revision_id, self.version)
        except LibraryError as error:
            QMessageBox.warning(self, self.tr("History"), error_message(error))
            return None
        self.restored.emit(article)
        self.accept()
        return article
