"""The dialogs around an import: progress with Cancel, then what happened to every file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QProgressBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from studio.gui.bidi_text import isolate_path
from studio.gui.import_reasons import refusal_reason
from studio.library import ImportOutcome

PROGRESS_STEPS = 1000
# Imports that end sooner than this never show a progress dialog at all: no flash on screen.
SHOW_DELAY_MS = 300
# A summary lists this many skipped or refused items at most: past that, nobody reads on.
MAX_DETAIL_ROWS = 500


class ImportProgressDialog(QDialog):
    """Shows how far an import is. Cancel asks the worker to stop; the dialog stays (saying it
    is stopping) until the worker has, because a half-written batch must finish first."""

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None, title: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importProgress")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setWindowTitle(title or self.tr("Importing"))
        self.setMinimumWidth(440)
        self.current = QLabel(self.tr("Preparing the import…"), self)
        self.current.setTextFormat(Qt.TextFormat.PlainText)
        self.current.setWordWrap(True)
        self.files = QLabel(self)
        self.files.setObjectName("importFiles")
        self.files.setTextFormat(Qt.TextFormat.PlainText)
        self.count = QLabel(self)
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        self.bar = QProgressBar(self)
        # Moving but without a measure until the worker has listed what it will read: a big
        # folder takes a moment to list, and a bar stuck at 0 looks like a frozen window.
        self.bar.setRange(0, 0)
        self.bar.setTextVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 14)
        layout.setSpacing(10)
        layout.addWidget(self.current)
        layout.addWidget(self.bar)
        layout.addWidget(self.files)
        layout.addWidget(self.count)
        layout.addWidget(self.buttons)
        self._stopping = False
        self._show_timer = QTimer(self)
        self._show_timer.setSingleShot(True)
        self._show_timer.timeout.connect(self.show)

    def show_soon(self) -> None:
        self._show_timer.start(SHOW_DELAY_MS)

    def set_busy(self) -> None:
        """For jobs that cannot tell how far they are."""
        self.bar.setRange(0, 0)

    def update_progress(self, progress: Any) -> None:
        total = max(int(getattr(progress, "total_bytes", 0) or 0), 1)
        done = min(int(getattr(progress, "done_bytes", 0) or 0), total)
        if self.bar.maximum() != PROGRESS_STEPS:
            self.bar.setRange(0, PROGRESS_STEPS)
        self.bar.setValue(round(done * PROGRESS_STEPS / total))
        files_total = int(getattr(progress, "files_total", 0) or 0)
        files_done = min(int(getattr(progress, "files_done", 0) or 0), files_total)
        # The plural follows the total, as in "1 of 3 files" and Arabic's "١ من ٣ ملفات".
        self.files.setText(
            self.tr("Imported {done} of %Ln file(s)", "", files_total).format(
                done=QLocale().toString(files_done)
            )
            if files_total
            else ""
        )
        current = getattr(progress, "current", "") or ""
        if not self._stopping and current:
            self.current.setText(
                self.tr("Reading {name}").format(name=isolate_path(Path(str(current)).name))
            )
        imported = int(getattr(progress, "imported", 0) or 0)
        self.count.setText(self.tr("%Ln article(s) imported so far", "", imported))

    def reject(self) -> None:
        # Esc and Cancel both land here: ask to stop, but stay open until the worker has.
        if not self._stopping:
            self._stopping = True
            self.buttons.setEnabled(False)
            self.current.setText(self.tr("Stopping after the current file…"))
            self.cancel_requested.emit()

    def finish(self) -> None:
        self._show_timer.stop()
        self.done(QDialog.DialogCode.Accepted)
        self.close()


class ImportSummaryDialog(QDialog):
    """What an import did: counts first, then one line per file that was skipped or refused,
    with the reason in the interface language."""

    def __init__(self, outcome: ImportOutcome, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importSummary")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(
            self.tr("Import cancelled") if outcome.cancelled else self.tr("Import finished")
        )
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 14)
        layout.setSpacing(8)

        lines = [self.tr("%Ln article(s) imported.", "", len(outcome.imported))]
        if outcome.skipped:
            lines.append(self.tr("%Ln skipped: already in the library.", "", len(outcome.skipped)))
        if outcome.refused:
            lines.append(self.tr("%Ln could not be imported.", "", len(outcome.refused)))
        if outcome.cancelled:
            lines.append(
                self.tr("You cancelled the import; what was imported before stays in the library.")
            )
        self.summary = QLabel("\n".join(lines), self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        rows = [
            (refusal.source, *refusal_reason(refusal.template, refusal.params))
            for refusal in outcome.refused
        ]
        already = self.tr("Already in the library")
        rows.extend((source, already, already) for source in outcome.skipped)
        shown = rows[:MAX_DETAIL_ROWS]
        self.details = QTableWidget(len(shown), 2, self)
        self.details.setObjectName("importDetails")
        self.details.setHorizontalHeaderLabels([self.tr("File"), self.tr("Reason")])
        self.details.verticalHeader().hide()
        self.details.setAlternatingRowColors(True)
        self.details.setShowGrid(False)
        self.details.setWordWrap(True)
        self.details.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.details.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.details.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.resizeSection(0, 230)
        for row, (source, reason, whole) in enumerate(shown):
            for column, text in enumerate((_short_source(source), reason)):
                item = QTableWidgetItem(text)
                # The full path, and the whole message with what the system or the file's
                # parser said: there for whoever needs it, out of the writer's way.
                item.setToolTip(source if column == 0 else whole)
                self.details.setItem(row, column, item)
        self.details.setVisible(bool(shown))
        layout.addWidget(self.details, 1)
        self.more = QLabel(self)
        self.more.setTextFormat(Qt.TextFormat.PlainText)
        hidden = len(rows) - len(shown)
        self.more.setText(self.tr("… and %Ln more.", "", hidden) if hidden else "")
        self.more.setVisible(hidden > 0)
        layout.addWidget(self.more)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setDefault(True)
        close.setFocus()
        if shown:
            self.resize(820, 480)
            # Reasons wrap onto several lines instead of being cut off; the heights depend on
            # the column widths, known only once the dialog is laid out.
            header.sectionResized.connect(self._fit_rows)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self._fit_rows)

    def _fit_rows(self, *_args: object) -> None:
        self.details.resizeRowsToContents()

    def detail_rows(self) -> list[tuple[str, str]]:
        return [
            (self.details.item(row, 0).text(), self.details.item(row, 1).text())
            for row in range(self.details.rowCount())
        ]


def _short_source(source: str) -> str:
    """The file name and, for a line of a JSONL file, its line: the full path is in the tooltip."""
    path, _, line = source.rpartition(":")
    if path and line.isdigit():
        return f"{Path(path).name}:{line}"
    return Path(source).name or source
