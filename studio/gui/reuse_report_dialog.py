"""The library-wide "Reused passages" report: pairs of pieces that share text, most shared
first. It opens with the pairs kept in the library from last time and says how much is to be
looked at again ("3 pieces to look at again" / "Up to date (looked at …)"); the window's
`SimilarWorker` brings only what changed up to date in the background, with progress and stop
(what was looked at is kept). Double-clicking a pair opens the side-by-side comparison.

While it is open it follows the library: once the index has taken in a change (an import, a
save, a deletion: `SimilarWorker.index_updated`) it looks again at what changed, unless it is
already looking (then once more when that pass ends), keeping the selected pair and the pair at
the top of the table where they still are."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import (
    QAbstractTableModel,
    QDateTime,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTime,
    QTimeZone,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from studio.gui.error_texts import error_message
from studio.gui.padded_cells import PaddedDelegate
from studio.gui.reader_html import block_direction
from studio.gui.similar_compare import SimilarCompareDialog
from studio.gui.similar_worker import Comparison, ReportProgress, SimilarWorker
from studio.gui.title_cells import TitleDelegate
from studio.library import LibraryError
from studio.similar.report import ReusedPair
from studio.text import Direction


class Col:
    FIRST = 0
    SECOND = 1
    SHARE = 2
    PASSAGES = 3


class PairsModel(QAbstractTableModel):
    """The report's pairs for the table: cells are made only for the rows on screen, so a
    library with tens of thousands of pairs shows them at once and the window never waits."""

    def __init__(
        self, headers: list[str], untitled: str, share_format: str, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.pairs: list[ReusedPair] = []
        # Translated by the dialog: the headers, "Untitled", "{share}%".
        self._headers = headers
        self._untitled = untitled
        self._share_format = share_format
        self._rtl: dict[str, bool] = {}
        # The order the writer chose by clicking a header; new batches of pairs keep it.
        self._order: tuple[int, Qt.SortOrder] = (Col.SHARE, Qt.SortOrder.DescendingOrder)

    def set_pairs(self, pairs: list[ReusedPair]) -> bool:
        """Shows `pairs` in the chosen order; False (and nothing redrawn) when they are the ones
        already shown."""
        ordered = self._sorted(pairs)
        if ordered == self.pairs:
            return False
        self.beginResetModel()
        self.pairs = ordered
        self.endResetModel()
        return True

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Reorders the pairs (a header clicked); the selected pair stays selected."""
        self._order = (column, order)
        self.layoutAboutToBeChanged.emit()
        before = [(p.first_id, p.second_id) for p in self.pairs]
        self.pairs = self._sorted(self.pairs)
        row_of = {(p.first_id, p.second_id): row for row, p in enumerate(self.pairs)}
        moved = self.persistentIndexList()
        self.changePersistentIndexList(
            moved, [self.index(row_of[before[i.row()]], i.column()) for i in moved]
        )
        self.layoutChanged.emit()

    def _sorted(self, pairs: list[ReusedPair]) -> list[ReusedPair]:
        column, order = self._order
        key: Callable[[ReusedPair], object]
        if column == Col.FIRST:
            key = lambda p: (p.first_title or self._untitled).casefold()  # noqa: E731
        elif column == Col.SECOND:
            key = lambda p: (p.second_title or self._untitled).casefold()  # noqa: E731
        elif column == Col.PASSAGES:
            key = lambda p: p.passages  # noqa: E731
        else:
            key = lambda p: p.share  # noqa: E731
        # Stable: pairs that tie keep the report's own order (most shared first).
        return sorted(pairs, key=key, reverse=order == Qt.SortOrder.DescendingOrder)

    def row_of(self, key: tuple[int, int]) -> int | None:
        for row, pair in enumerate(self.pairs):
            if (pair.first_id, pair.second_id) == key:
                return row
        return None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.pairs)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.pairs):
            return None
        pair = self.pairs[index.row()]
        column = index.column()
        if column in (Col.FIRST, Col.SECOND):
            title = pair.first_title if column == Col.FIRST else pair.second_title
            if role == Qt.ItemDataRole.DisplayRole:
                return title or self._untitled
            if role == Qt.ItemDataRole.ToolTipRole:
                return title
            if role == Qt.ItemDataRole.TextAlignmentRole:
                # Each title on its own reading side, whatever the interface's direction.
                side = (
                    Qt.AlignmentFlag.AlignRight
                    if self._is_rtl(title)
                    else Qt.AlignmentFlag.AlignLeft
                )
                return int(side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            locale = QLocale()
            if column == Col.SHARE:
                return self._share_format.format(share=locale.toString(round(pair.share * 100)))
            return locale.toString(pair.passages)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _is_rtl(self, title: str) -> bool:
        known = self._rtl.get(title)
        if known is None:
            known = self._rtl[title] = block_direction(title, Direction.LTR) is Direction.RTL
        return known


class ReuseReportDialog(QDialog):
    def __init__(self, worker: SimilarWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reuseReport")
        self.setWindowTitle(self.tr("Reused Passages"))
        self.worker = worker
        self.finished_building = False
        self._compare_token: int | None = None
        self.comparison: SimilarCompareDialog | None = None
        self.intro = QLabel(
            self.tr(
                "Pairs of pieces in this library that share passages, most shared first; a click "
                "on a column's header sorts them by it. Double-click a pair to see the passages "
                "side by side."
            ),
            self,
        )
        self.intro.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("reportProgress")
        self.state = QLabel(self)
        self.state.setObjectName("reportState")
        # How fresh the kept report is: pieces to look at again, or when it was last brought
        # up to date.
        self.freshness = QLabel(self)
        self.freshness.setObjectName("reportFreshness")
        self.freshness.setWordWrap(True)
        self.remaining = 0
        self.model = PairsModel(
            [self.tr("Piece"), self.tr("Shares text with"), self.tr("Shared"), self.tr("Passages")],
            self.tr("Untitled"),
            self.tr("{share}%"),
            self,
        )
        self.table = QTableView(self)
        self.table.setModel(self.model)
        # Text kept off the frame: in Arabic the outer columns touched the table's edges.
        self.table.setItemDelegate(PaddedDelegate(self.table))
        for column in (Col.FIRST, Col.SECOND):
            self.table.setItemDelegateForColumn(column, TitleDelegate(self.table))
        self.table.setObjectName("reportTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(Col.FIRST, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(Col.SECOND, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(Col.SHARE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Col.PASSAGES, QHeaderView.ResizeMode.ResizeToContents)
        # Most shared first, as the report is built; a click on a header sorts by that column.
        header.setSortIndicator(Col.SHARE, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        self.table.activated.connect(lambda index: self.open_pair(index.row()))
        self.table.doubleClicked.connect(lambda index: self.open_pair(index.row()))
        self.cancel_button = QPushButton(self.tr("&Stop"), self)
        self.cancel_button.setObjectName("stopReport")
        self.cancel_button.clicked.connect(self.cancel)
        # The report from scratch: what the kept one cannot follow (see docs/similar.md).
        self.fresh_button = QPushButton(self.tr("&Look at Everything Again"), self)
        self.fresh_button.setObjectName("freshReport")
        self.fresh_button.setEnabled(False)
        self.fresh_button.clicked.connect(self.look_at_everything_again)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.state, 1)
        buttons.addWidget(self.fresh_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.freshness)
        layout.addWidget(self.progress)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.resize(900, 560)
        worker.report_progressed.connect(self._on_progress)
        worker.compared.connect(self._on_compared)
        worker.failed.connect(self._on_failed)
        worker.index_updated.connect(self._on_library_changed)
        self.token = 0
        # The pass running was started by a change in the library (not by opening or a button).
        self.following = False
        # The library changed while a pass ran: look again once it ends.
        self._changed_meanwhile = False
        self._stopped = False
        self._start(fresh=False)

    def _start(self, fresh: bool, following: bool = False) -> None:
        self.finished_building = False
        self.following = following
        self._changed_meanwhile = False
        self._stopped = False
        self.cancel_button.setEnabled(True)
        self.fresh_button.setEnabled(False)
        if following:
            # The table and the bar stay as they are until there is something new to show.
            self.state.setText(self.tr("The library changed: looking at what changed…"))
        else:
            self.progress.setRange(0, 0)
            self.state.setText(self.tr("Bringing the index up to date…"))
        self.token = self.worker.start_report(fresh=fresh)

    def _on_library_changed(self) -> None:
        """The index has taken in an import, a save or a deletion: look again at what changed
        (the kept report knows which pieces), once the pass under way, if any, is over. After
        Stop the writer chose not to look further, so nothing starts by itself."""
        if self._stopped:
            return
        if not self.finished_building:
            self._changed_meanwhile = True
            return
        self._start(fresh=False, following=True)

    def look_at_everything_again(self) -> None:
        """Forgets the kept report and looks at every article again."""
        self._start(fresh=True)

    # -- building ----------------------------------------------------------------------------

    def _on_progress(self, progress: ReportProgress) -> None:
        if progress.token != self.token:
            return
        locale = QLocale()
        if progress.pairs is not None:
            self.show_pairs(progress.pairs)
        self.remaining = progress.to_look
        if progress.kept:
            # What was found last time, at once; the index is loaded and caught up next.
            self._say_freshness(progress.to_look, progress.looked_at, progress.rules_changed)
            return
        self.progress.setRange(0, max(progress.total, 1))
        self.progress.setValue(progress.done if progress.total else 1)
        if progress.finished:
            self.finished_building = True
            self.cancel_button.setEnabled(False)
            self.fresh_button.setEnabled(True)
            self._say_freshness(0, progress.looked_at, False)
            self.state.setText(self._summary())
            if self._changed_meanwhile:
                self._start(fresh=False, following=True)
        else:
            self._say_freshness(progress.to_look, None, progress.rules_changed)
            done, total = locale.toString(progress.done), locale.toString(progress.total)
            self.state.setText(
                self.tr("The library changed: looked at {done} of {total} pieces…").format(
                    done=done, total=total
                )
                if self.following
                else self.tr("Looked at {done} of {total} articles…").format(done=done, total=total)
            )

    def _summary(self) -> str:
        count = len(self.pairs)
        if self.following:
            return (
                self.tr(
                    "Brought up to date after a change: %Ln pair(s) of pieces share passages.",
                    "",
                    count,
                )
                if count
                else self.tr("Brought up to date after a change: no pieces share passages.")
            )
        return (
            self.tr("%Ln pair(s) of pieces share passages.", "", count)
            if count
            else self.tr("No pieces in this library share passages.")
        )

    def _say_freshness(self, to_look: int, looked_at: datetime | None, rules_changed: bool) -> None:
        if rules_changed:
            text = self.tr(
                "The matching rules have changed since the last report: every piece is looked "
                "at again."
            )
        elif to_look:
            text = self.tr("%Ln piece(s) to look at again.", "", to_look)
        elif looked_at is not None:
            text = self.tr("Up to date (looked at {date}).").format(date=_local_time(looked_at))
        else:
            text = ""
        self.freshness.setText(text)

    @property
    def pairs(self) -> list[ReusedPair]:
        return self.model.pairs

    def show_pairs(self, pairs: list[ReusedPair]) -> None:
        """Shows a new list of pairs, keeping the selected pair selected and the pair at the top
        of the table at the top, where they are still listed (a refresh must not lose the
        writer's place in a long report)."""
        selected = self._key_at(self.table.currentIndex().row())
        top = self._key_at(self.table.rowAt(0))
        old_top = self.table.verticalScrollBar().value()
        if not self.model.set_pairs(pairs):
            return
        # Lays the new rows out now, so the scroll bar has their range before it is set.
        self.table.doItemsLayout()
        if selected is not None and (row := self.model.row_of(selected)) is not None:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        if top is not None and (row := self.model.row_of(top)) is not None:
            self.table.scrollTo(
                self.model.index(row, 0), QAbstractItemView.ScrollHint.PositionAtTop
            )
        else:
            self.table.verticalScrollBar().setValue(old_top)

    def _key_at(self, row: int) -> tuple[int, int] | None:
        if 0 <= row < len(self.pairs):
            return self.pairs[row].first_id, self.pairs[row].second_id
        return None

    def cancel(self) -> None:
        if self.finished_building:
            return
        self.worker.cancel_report()
        # A step already under way still reports when it ends: not to this dialog, which would
        # otherwise say "Looked at …" again under a disabled Stop button.
        self.token = 0
        self._stopped = True
        self._changed_meanwhile = False
        self.cancel_button.setEnabled(False)
        self.fresh_button.setEnabled(True)
        self.progress.setRange(0, max(self.progress.maximum(), 1))
        if self.remaining:
            self._say_freshness(self.remaining, None, False)
        self.state.setText(
            self.tr("Stopped: what was looked at is kept; the rest is looked at next time.")
        )

    def _on_failed(self, error: object) -> None:
        detail = error_message(error) if isinstance(error, LibraryError) else str(error)
        self.state.setText(self.tr("The report stopped: {reason}").format(reason=detail))

    def closeEvent(self, event: object) -> None:
        self.worker.cancel_report()
        super().closeEvent(event)  # type: ignore[arg-type]

    def done(self, result: int) -> None:
        self.worker.cancel_report()
        super().done(result)

    # -- comparing ---------------------------------------------------------------------------

    def open_pair(self, row: int) -> None:
        if 0 <= row < len(self.pairs):
            pair = self.pairs[row]
            # Seen from the piece more of which is in the other.
            if pair.second_share > pair.first_share:
                mine, other = pair.second_id, pair.first_id
            else:
                mine, other = pair.first_id, pair.second_id
            self._compare_token = self.worker.compare(mine, other)
            self.state.setText(self.tr("Comparing the two pieces…"))

    def _on_compared(self, comparison: Comparison) -> None:
        if comparison.token != self._compare_token:
            return
        self._compare_token = None
        self.state.setText("")
        dialog = SimilarCompareDialog.of(comparison, self)
        dialog.follow(self.worker, comparison.article_id, comparison.other_id)
        self.comparison = dialog
        dialog.destroyed.connect(self._forget_comparison)
        dialog.open()

    def _forget_comparison(self) -> None:
        self.comparison = None


def _local_time(moment: datetime) -> str:
    """A kept UTC time in the user's time zone and the interface language's short format."""
    utc = QDateTime(moment.date(), QTime(moment.hour, moment.minute), QTimeZone.utc())
    return QLocale().toString(utc.toLocalTime(), QLocale.FormatType.ShortFormat)
