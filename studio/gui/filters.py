"""The bar above the library table: search box and status, author, client and tag filters."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from studio.gui.i18n import status_label
from studio.gui.library_model import ViewFilter
from studio.library import Status

SEARCH_DELAY_MS = 200
# The search box's side padding in the style sheet (style.py).
SEARCH_PADDING = 10
CLEAR_BUTTON_MARGINS = 12
# The status filter's last entry: the Trash, in place of a status.
TRASH = "trash"


class FilterBar(QWidget):
    """Emits `changed` with the new `ViewFilter`: at once for a filter, and for typing once the
    user pauses for `SEARCH_DELAY_MS`, so a fast typist does not run a search per letter."""

    changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filterBar")
        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search titles and text…"))
        self.search.setClearButtonEnabled(True)
        self.search.setToolTip(
            self.tr("Finds every word, with or without diacritics (Ctrl+F to come here).")
        )
        self.search.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self._emit)
        self.search.textChanged.connect(self._debounce.start)
        self.search.returnPressed.connect(self._emit_now)

        self.status = QComboBox(self)
        self.status.setObjectName("statusFilter")
        self.status.setToolTip(self.tr("Show articles with this status"))
        self.status.addItem(self.tr("All statuses"), None)
        for status in Status:
            self.status.addItem(status_label(status), status.value)
        # The Trash is one more place to look, after the statuses (studio/gui/trash.py).
        self.status.insertSeparator(self.status.count())
        self.status.addItem(self.tr("Trash"), TRASH)

        self.author = QComboBox(self)
        self.author.setObjectName("authorFilter")
        self.author.setToolTip(self.tr("Show articles by this author"))
        self.client = QComboBox(self)
        self.client.setObjectName("clientFilter")
        self.client.setToolTip(self.tr("Show articles written for this client"))
        self.tag = QComboBox(self)
        self.tag.setObjectName("tagFilter")
        self.tag.setToolTip(self.tr("Show articles with this tag"))
        for combo in (self.status, self.author, self.client, self.tag):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setMaximumWidth(220)
            combo.currentIndexChanged.connect(self._emit_now)
        self.set_choices([], [])

        # The search box on a row of its own: beside the four filters it was left a few
        # characters' width at the default window size and its hint was cut off.
        self.search.setMinimumWidth(self.hint_width())
        choices = QHBoxLayout()
        choices.setContentsMargins(0, 0, 0, 0)
        choices.setSpacing(6)
        for combo in (self.status, self.author, self.client, self.tag):
            choices.addWidget(combo)
        choices.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.search)
        layout.addLayout(choices)

    def hint_width(self) -> int:
        """The search box's width that shows its hint whole: the text, the style sheet's
        paddings and border (style.py), Qt's own margin and the clear button's room."""
        metrics = self.search.fontMetrics()
        text = metrics.horizontalAdvance(self.search.placeholderText())
        clear_button = self.search.style().pixelMetric(
            QStyle.PixelMetric.PM_SmallIconSize, None, self.search
        )
        # Per side: padding, a 1 px border, Qt's margin of 2. The clear button keeps its room
        # (it only fades out) plus its own margins.
        return text + 2 * (SEARCH_PADDING + 1 + 2) + clear_button + CLEAR_BUTTON_MARGINS

    def set_choices(
        self, authors: list[str], tags: list[str], clients: list[str] | None = None
    ) -> None:
        """Refills the author, client and tag lists, keeping what was chosen when it still
        exists."""
        for combo, everything, names in (
            (self.author, self.tr("All authors"), authors),
            (self.client, self.tr("All clients"), clients or []),
            (self.tag, self.tr("All tags"), tags),
        ):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for name in names:
                combo.addItem(name, name)
            position = combo.findData(chosen) if chosen is not None else 0
            combo.setCurrentIndex(max(position, 0))
            combo.blockSignals(False)
            if chosen is not None and position < 0:
                self._emit_now()

    def current(self) -> ViewFilter:
        status = self.status.currentData()
        trashed = status == TRASH
        return ViewFilter(
            status=Status(status) if status and not trashed else None,
            author=self.author.currentData(),
            tag=self.tag.currentData(),
            text=self.search.text(),
            client=self.client.currentData(),
            trashed=trashed,
        )

    def show_trash(self, on: bool = True) -> None:
        """Shows the Trash (or, with False, every article again) in the status filter."""
        self.status.setCurrentIndex(self.status.findData(TRASH) if on else 0)

    def reset(self) -> None:
        for combo in (self.status, self.author, self.client, self.tag):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self._debounce.stop()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _emit_now(self) -> None:
        self._debounce.stop()
        self._emit()

    def _emit(self) -> None:
        self.changed.emit(self.current())
