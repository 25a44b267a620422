"""File ▸ Backups…: the library's backups, what each holds, and Restore.

The list is read on a worker thread (each backup is opened read-only and quick-checked); a
backup that fails the check is shown, greyed, with the reason, and cannot be restored.
"""

from __future__ import annotations

from datetime import UTC
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from studio.gui.background import BackgroundCall
from studio.gui.bidi_text import FSI, PDI
from studio.gui.messages import isolate_path
from studio.gui.padded_cells import PaddedDelegate
from studio.library import backups as bk

_PATH_ROLE = Qt.ItemDataRole.UserRole


def when_text(summary: bk.BackupSummary | bk.BackupFile) -> str:
    """The backup's time in the user's time zone and locale."""
    local = summary.created.replace(tzinfo=UTC).astimezone()
    return QLocale().toString(local.replace(tzinfo=None), QLocale.FormatType.ShortFormat)


def counts_text(summary: bk.BackupSummary) -> str:
    """12 articles, 3,400 words — the plural forms BackupsDialog.holds_text registers."""
    return (
        QCoreApplication.translate("BackupsDialog", "%Ln article(s)", "", summary.articles)
        + QCoreApplication.translate("BackupsDialog", ", ")
        + QCoreApplication.translate("BackupsDialog", "%Ln word(s)", "", summary.words)
    )


_SIZE_UNITS = (
    QT_TRANSLATE_NOOP("BackupsDialog", "{size} bytes"),
    QT_TRANSLATE_NOOP("BackupsDialog", "{size} KB"),
    QT_TRANSLATE_NOOP("BackupsDialog", "{size} MB"),
    QT_TRANSLATE_NOOP("BackupsDialog", "{size} GB"),
)


def size_text(size: int) -> str:
    """A file size in the interface language (Qt's own data sizes stay "MiB" in Arabic); units
    of 1,024 as the file managers count."""
    locale = QLocale()
    unit = 0
    value = float(size)
    while value >= 1024 and unit < len(_SIZE_UNITS) - 1:
        value /= 1024
        unit += 1
    number = locale.toString(size) if unit == 0 else locale.toString(value, "f", 1)
    return QCoreApplication.translate("BackupsDialog", _SIZE_UNITS[unit]).format(size=number)


class BackupsDialog(QDialog):
    """Lists the backups of the library at `library_path`; `restore_requested(path)` when the
    user confirmed restoring one, `back_up_requested()` for Back Up Now."""

    restore_requested = Signal(object)
    back_up_requested = Signal()
    loaded = Signal()

    def __init__(self, library_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupsDialog")
        self.setWindowTitle(self.tr("Backups"))
        self.library_path = library_path
        self.summaries: list[bk.BackupSummary] = []
        self._call: BackgroundCall | None = None

        self.intro = QLabel(self)
        self.intro.setObjectName("backupsIntro")
        self.intro.setWordWrap(True)
        self.intro.setText(
            self.tr(
                "Backups of {library} are kept in {folder}. Restoring one first backs up the "
                "library as it is now. Backups the rule below no longer keeps are removed at the "
                "next backup."
            ).format(
                library=isolate_path(library_path.name),
                folder=isolate_path(bk.backups_folder(library_path)),
            )
        )
        policy = bk.load_policy(library_path)
        self.daily = QSpinBox(self)
        self.daily.setObjectName("keepDaily")
        self.daily.setRange(1, 366)
        self.daily.setValue(policy.daily)
        self.weekly = QSpinBox(self)
        self.weekly.setObjectName("keepWeekly")
        self.weekly.setRange(0, 260)
        self.weekly.setValue(policy.weekly)
        self.daily.valueChanged.connect(self._store_policy)
        self.weekly.valueChanged.connect(self._store_policy)
        keep = QFormLayout()
        # Small numbers: the fields keep their own width instead of spanning the dialog.
        keep.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        keep.addRow(self.tr("Days with a daily backup kept:"), self.daily)
        keep.addRow(self.tr("Weeks with a weekly backup kept:"), self.weekly)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("backupsList")
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setItemDelegate(PaddedDelegate(self.tree))
        self.tree.setHeaderLabels(
            [
                self.tr("Taken"),
                self.tr("Kind"),
                self.tr("Articles"),
                self.tr("Words"),
                self.tr("Size"),
            ]
        )
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.currentItemChanged.connect(self._show_details)
        self.tree.itemActivated.connect(lambda _item, _col: self.ask_restore())
        self.details = QLabel(self)
        self.details.setObjectName("backupDetails")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setMinimumHeight(self.fontMetrics().height() * 4)
        self.details.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)

        self.back_up_button = QPushButton(self.tr("Back Up Now"), self)
        self.back_up_button.setObjectName("backUpNow")
        self.back_up_button.clicked.connect(self.back_up_requested.emit)
        self.restore_button = QPushButton(self.tr("Restore…"), self)
        self.restore_button.setObjectName("restoreBackup")
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.ask_restore)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.back_up_button)
        row.addWidget(self.restore_button)
        row.addStretch(1)
        row.addWidget(buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(keep)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.details)
        layout.addLayout(row)
        self.resize(760, 520)
        self.reload()

    def _store_policy(self) -> None:
        policy = bk.RetentionPolicy(daily=self.daily.value(), weekly=self.weekly.value())
        try:
            bk.save_policy(self.library_path, policy)
        except OSError as error:
            self.details.setText(
                self.tr("The rule could not be stored: {reason}").format(
                    reason=error.strerror or str(error)
                )
            )

    def kind_text(self, kind: str) -> str:
        return {
            bk.AUTOMATIC: self.tr("Automatic"),
            bk.MANUAL: self.tr("Manual"),
            bk.BEFORE_RESTORE: self.tr("Before a restore"),
        }.get(kind, kind)

    # -- loading ---------------------------------------------------------------------------------

    def reload(self) -> None:
        """Reads the backups again, off the GUI thread."""
        if self._call is not None:
            return
        self.tree.clear()
        self.restore_button.setEnabled(False)
        self.details.setText(self.tr("Reading the backups…"))
        path = self.library_path
        call = BackgroundCall(lambda: bk.list_backups(path), self)
        self._call = call
        call.done.connect(self._loaded)
        call.start()

    def _loaded(self, result: object) -> None:
        if self._call is not None:
            self._call.deleteLater()
        self._call = None
        self.summaries = result if isinstance(result, list) else []
        locale = QLocale()
        for summary in self.summaries:
            item = QTreeWidgetItem(
                [
                    when_text(summary),
                    self.kind_text(summary.kind),
                    locale.toString(summary.articles) if summary.usable else "—",
                    locale.toString(summary.words) if summary.usable else "—",
                    size_text(summary.size_bytes),
                ]
            )
            item.setData(0, _PATH_ROLE, str(summary.path))
            for column in (2, 3, 4):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignTrailing)
            if not summary.usable:
                item.setDisabled(True)
            self.tree.addTopLevelItem(item)
        if self.summaries:
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        else:
            self.details.setText(
                self.tr("There are no backups yet. Back Up Now makes the first one.")
            )
        self.loaded.emit()

    # -- details and restore ---------------------------------------------------------------------

    def selected(self) -> bk.BackupSummary | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        path = item.data(0, _PATH_ROLE)
        return next((s for s in self.summaries if str(s.path) == path), None)

    def _show_details(self) -> None:
        summary = self.selected()
        self.restore_button.setEnabled(summary is not None and summary.usable)
        if summary is None:
            self.details.clear()
        elif not summary.usable:
            self.details.setText(
                self.tr("This backup cannot be used: {reason}").format(reason=summary.problem)
            )
        else:
            self.details.setText(self.holds_text(summary))

    def holds_text(self, summary: bk.BackupSummary) -> str:
        text = (
            self.tr("%Ln article(s)", "", summary.articles)
            + self.tr(", ")
            + self.tr("%Ln word(s)", "", summary.words)
        )
        if summary.newest_titles:
            text += "\n" + self.tr("Most recently changed: {titles}").format(
                # Each title in its own isolate: two English titles in an Arabic sentence
                # would otherwise run together and read in the wrong order.
                titles=self.tr("; ").join(f"{FSI}{title}{PDI}" for title in summary.newest_titles)
            )
        return text

    def ask_restore(self) -> bool:
        """Asks for confirmation; emits `restore_requested` when given."""
        summary = self.selected()
        if summary is None or not summary.usable or not self.confirm_restore(summary):
            return False
        self.restore_requested.emit(summary.path)
        return True

    def confirm_restore(self, summary: bk.BackupSummary) -> bool:
        box = QMessageBox(self)
        box.setObjectName("confirmRestore")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Restore a Backup"))
        box.setText(
            self.tr("Put the library back as it was on {when}?").format(when=when_text(summary))
        )
        box.setInformativeText(
            self.holds_text(summary)
            + "\n\n"
            + self.tr(
                "The library as it is now is backed up first, so this can be undone. Open "
                "articles are saved and closed."
            )
        )
        restore = box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        confirmed = box.clickedButton() is restore
        box.deleteLater()
        return confirmed

    def done(self, result: int) -> None:
        if self._call is not None:
            self._call.wait()
        super().done(result)
