"""The library table's model: pages of rows fetched on demand, sorted and filtered in SQL.

A library may hold 100,000 articles. The model asks `Library.count` once per change of query
and `Library.list` once per page of `PAGE_SIZE` rows, only when the view scrolls near the end of
what it has; it never runs a query per row. With search text, it shows the best
`SEARCH_LIMIT` hits in rank order (one search and one list query), each hit's snippet kept for
the tooltip and the reading pane.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from datetime import datetime
from enum import IntEnum
from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDateTime,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTime,
    QTimeZone,
    Signal,
)
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication

from studio.gui.i18n import status_label
from studio.library import ArticleRow, LibraryError, ListQuery, SearchHit, Status

if TYPE_CHECKING:
    from studio.library import Library

FSI = "\u2068"
PDI = "\u2069"
PAGE_SIZE = 200
SEARCH_LIMIT = 200
ARTICLE_ID_ROLE = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    TITLE = 0
    STATUS = 1
    AUTHOR = 2
    CLIENT = 3
    WORDS = 4
    RATING = 5
    UPDATED = 6


# The `ListQuery.sort` key of each sortable column (ratings: mean stars of the reviews; unrated
# pieces last when the best come first).
SORT_KEYS = {
    Column.TITLE: "title",
    Column.STATUS: "status",
    Column.AUTHOR: "author",
    Column.CLIENT: "client",
    Column.WORDS: "words",
    Column.RATING: "rating",
    Column.UPDATED: "updated",
}
_NUMERIC = {Column.WORDS, Column.RATING}


@dataclass(frozen=True, slots=True)
class ViewFilter:
    status: Status | None = None
    author: str | None = None
    tag: str | None = None
    text: str = ""
    client: str | None = None
    # Only the articles in the Trash (the status filter's "Trash"); never searched: search
    # leaves trashed articles out.
    trashed: bool = False

    @property
    def searching(self) -> bool:
        return bool(self.text.strip()) and not self.trashed


@dataclass(frozen=True, slots=True)
class SortOrder:
    column: Column
    descending: bool

    @property
    def qt_order(self) -> Qt.SortOrder:
        return Qt.SortOrder.DescendingOrder if self.descending else Qt.SortOrder.AscendingOrder


DEFAULT_SORT = SortOrder(Column.UPDATED, descending=True)


class ArticleTableModel(QAbstractTableModel):
    """Rows of the library table. A query that fails (the file went away, another program
    holds a lock) leaves the table empty and emits `load_failed` with the `LibraryError`."""

    load_failed = Signal(object)

    def __init__(self, library: Library, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._filter = ViewFilter()
        self._list_sort = DEFAULT_SORT
        # While searching: None keeps the search's rank order, else the column the user chose.
        self._search_sort: SortOrder | None = None
        self._rows: list[ArticleRow] = []
        self._hits: dict[int, SearchHit] = {}
        # The stored checklist flag of the loaded rows, fetched with each page (one query).
        self._flags: dict[int, str] = {}
        self._total = 0
        self._reload()

    # -- what is shown -------------------------------------------------------------------------

    @property
    def library(self) -> Library:
        return self._library

    @property
    def view_filter(self) -> ViewFilter:
        return self._filter

    @property
    def searching(self) -> bool:
        return self._filter.searching

    @property
    def current_sort(self) -> SortOrder | None:
        """The column the rows are ordered by; None for search results in rank order."""
        return self._search_sort if self.searching else self._list_sort

    def total(self) -> int:
        """How many articles match, loaded or not."""
        return self._total

    def set_library(self, library: Library) -> None:
        self._library = library
        self._filter = ViewFilter()
        self._search_sort = None
        self._reload()

    def set_filter(self, view_filter: ViewFilter) -> None:
        if view_filter.text.strip() != self._filter.text.strip():
            # A new search starts in rank order, the most relevant first.
            self._search_sort = None
        self._filter = view_filter
        self._reload()

    def refresh(self) -> None:
        self._reload()

    def is_current(self) -> bool:
        """Whether the listing would read as shown: the count and the first page of rows (their
        status, rating, words and dates) unchanged. Two small queries, so that coming back to
        the window resets nothing (the selection, the reading pane's place) when nothing moved.
        Search results are kept as they were found."""
        if self.searching:
            return True
        try:
            shown = self._rows[:PAGE_SIZE]
            query = self._query()
            return self._library.count(query) == self._total and (
                self._library.list(query, 0, len(shown)) == shown
            )
        except LibraryError:
            return True  # the next real read reports it

    def is_sortable(self, column: int) -> bool:
        return column in SORT_KEYS

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Re-queries in the new order; column -1 means rank order while searching."""
        if column == -1:
            if self.searching:
                self._search_sort = None
                self._reload()
            return
        if column not in SORT_KEYS:
            return
        chosen = SortOrder(Column(column), order == Qt.SortOrder.DescendingOrder)
        if self.searching:
            self._search_sort = chosen
        else:
            self._list_sort = chosen
        self._reload()

    # -- loading -------------------------------------------------------------------------------

    def _query(self, ids: list[int] | None = None) -> ListQuery:
        order = self.current_sort or DEFAULT_SORT
        sort = SORT_KEYS[order.column]
        if self._filter.trashed and order.column == Column.UPDATED:
            # In the Trash the date column is when each article was moved there.
            sort = "trashed"
        return ListQuery(
            sort=sort,
            descending=order.descending,
            status=self._filter.status,
            author=self._filter.author,
            tag=self._filter.tag,
            client=self._filter.client,
            ids=ids,
            trashed=self._filter.trashed,
        )

    def _reload(self) -> None:
        self.beginResetModel()
        failure: LibraryError | None = None
        try:
            if self.searching:
                self._load_search()
            else:
                self._hits = {}
                self._total = self._library.count(self._query())
                self._rows = self._library.list(self._query(), 0, min(PAGE_SIZE, self._total))
            self._flags = self._fetch_flags(self._rows)
        except LibraryError as error:
            self._rows, self._hits, self._total, self._flags = [], {}, 0, {}
            failure = error
        finally:
            self.endResetModel()
        if failure is not None:
            self.load_failed.emit(failure)

    def _load_search(self) -> None:
        hits = self._library.search(self._filter.text, limit=SEARCH_LIMIT)
        self._hits = {hit.id: hit for hit in hits}
        if not hits:
            self._rows, self._total = [], 0
            return
        ids = [hit.id for hit in hits]
        rows = self._library.list(self._query(ids), 0, len(ids))
        if self._search_sort is None:
            rank = {article_id: position for position, article_id in enumerate(ids)}
            rows.sort(key=lambda row: rank[row.id])
        self._rows, self._total = rows, len(rows)

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        try:
            page = self._library.list(self._query(), len(self._rows), PAGE_SIZE)
        except LibraryError as error:
            self._total = len(self._rows)
            self.load_failed.emit(error)
            return
        if not page:
            # The library shrank under us (another program deleted articles): stop asking.
            self._total = len(self._rows)
            return
        first = len(self._rows)
        with contextlib.suppress(LibraryError):
            self._flags.update(self._fetch_flags(page))
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    def _fetch_flags(self, rows: list[ArticleRow]) -> dict[int, str]:
        return self._library.check_flags([row.id for row in rows]) if rows else {}

    def set_flag(self, article_id: int, flag: str) -> None:
        """An article's checklist result was stored (saved in the editor): its badge follows."""
        self.set_flags({article_id: flag})

    def set_flags(self, flags: dict[int, str]) -> None:
        """Articles' checklist results were stored (the editor, or the background check of the
        pieces never checked): their badges follow."""
        self._flags.update(flags)
        for position, row in enumerate(self._rows):
            if row.id in flags:
                index = self.index(position, Column.TITLE)
                self.dataChanged.emit(
                    index,
                    index,
                    [Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole],
                )

    def flag_of(self, article_id: int) -> str | None:
        return self._flags.get(article_id)

    # -- rows ------------------------------------------------------------------------------------

    def row_at(self, row: int) -> ArticleRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def hit_for(self, article_id: int) -> SearchHit | None:
        return self._hits.get(article_id)

    def row_of(self, article_id: int) -> int | None:
        """The row of an article among those loaded (None when not loaded or filtered out)."""
        for position, row in enumerate(self._rows):
            if row.id == article_id:
                return position
        return None

    # -- Qt's model interface --------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        column = Column(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._column_title(column)
        if role == Qt.ItemDataRole.ToolTipRole and column not in SORT_KEYS:
            return self.tr("Ratings come from reviews; this column cannot be sorted yet.")
        # Labels stay at the leading edge, numeric columns too: the sort arrow takes the
        # trailing one, and a label aligned there was drawn under the arrow and cut short.
        return None

    def _column_title(self, column: Column) -> str:
        return {
            Column.TITLE: self.tr("Title"),
            Column.STATUS: self.tr("Status"),
            Column.AUTHOR: self.tr("Author"),
            Column.CLIENT: self.tr("Client"),
            Column.WORDS: self.tr("Words"),
            Column.RATING: self.tr("Rating"),
            Column.UPDATED: self.tr("Trashed") if self._filter.trashed else self.tr("Updated"),
        }[column]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == ARTICLE_ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.DecorationRole and column == Column.TITLE:
            return flag_badge(self._flags.get(row.id))
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == Column.RATING and row.rating is None:
                return self.tr("No reviews yet: ratings come from editors' reviews.")
            tip = self._tooltip(row)
            flag = self.flag_text(self._flags.get(row.id))
            if column == Column.TITLE and flag:
                if tip.startswith("<p>"):
                    return f"{tip}<p>{escape(flag)}</p>"
                return f"{tip}\n{flag}"
            return tip
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _NUMERIC:
            return int(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column == Column.RATING
            and row.rating is None
        ):
            return QApplication.palette().brush(QPalette.ColorRole.PlaceholderText)
        return None

    def _display(self, row: ArticleRow, column: Column) -> str:
        locale = QLocale()
        match column:
            case Column.TITLE:
                return isolate(" ".join(row.title.split()))
            case Column.STATUS:
                return status_label(row.status)
            case Column.AUTHOR:
                return isolate(row.author) if row.author else "—"
            case Column.CLIENT:
                return isolate(row.client) if row.client else "—"
            case Column.WORDS:
                return locale.toString(row.words)
            case Column.RATING:
                if row.rating is None:
                    return self.tr("Not rated")
                return self.tr("{rating} ★ ({count})").format(
                    rating=locale.toString(float(row.rating), "f", 1),
                    count=locale.toString(row.review_count),
                )
            case Column.UPDATED:
                return format_date(row.trashed_at or row.updated, locale)

    def sample_texts(self) -> dict[Column, list[str]]:
        """Typical cell texts of the narrow columns, for sizing them in the interface's font."""
        locale = QLocale()
        return {
            Column.STATUS: [status_label(status) for status in Status],
            Column.WORDS: [locale.toString(88888)],
            Column.RATING: [
                self.tr("Not rated"),
                self.tr("{rating} ★ ({count})").format(
                    rating=locale.toString(4.5, "f", 1), count=locale.toString(88)
                ),
            ],
            Column.UPDATED: [format_date(datetime(2000, 12, 28, 12), locale)],
        }

    def flag_text(self, flag: str | None) -> str:
        """What the badge means (only the flags that deserve a look have one)."""
        if flag == "ai_only":
            return self.tr("Checklist: likely AI-only")
        if flag == "needs_attention":
            return self.tr("Checklist: needs attention")
        return ""

    def _tooltip(self, row: ArticleRow) -> str:
        title = _html_escape(row.title)
        hit = self._hits.get(row.id)
        if hit is None or not hit.snippet:
            return title
        # Imported on first use: it brings the Markdown renderer, which the first paint skips.
        from studio.gui.reader_html import highlighted

        return f"<p><b>{title}</b></p><p>{highlighted(hit.snippet, hit.highlights)}</p>"


_BADGE_COLOURS = {"ai_only": "#c62828", "needs_attention": "#e08600"}
_badges: dict[str, QIcon] = {}


def flag_badge(flag: str | None) -> QIcon | None:
    """A small coloured dot for an article whose stored check asks for a look."""
    colour = _BADGE_COLOURS.get(flag or "")
    if colour is None:
        return None
    icon = _badges.get(colour)
    if icon is None:
        pixmap = QPixmap(12, 12)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colour))
        painter.drawEllipse(1, 1, 10, 10)
        painter.end()
        icon = _badges[colour] = QIcon(pixmap)
    return icon


def isolate(text: str) -> str:
    """`text` in a first-strong isolate: an English title in the Arabic interface (or the other
    way round) keeps its own direction, and when the cell elides it the ellipsis lands at the
    title's end rather than wandering to the other side."""
    return f"{FSI}{text}{PDI}"


def format_date(moment: datetime, locale: QLocale) -> str:
    """A stored UTC time as the user's local date, spelled in the interface's locale."""
    when = QTime(moment.hour, moment.minute, moment.second)
    utc = QDateTime(moment.date(), when, QTimeZone.utc())
    return locale.toString(utc.toLocalTime().date(), "d MMM yyyy")


def _html_escape(text: str) -> str:
    return escape(" ".join(text.split()))
