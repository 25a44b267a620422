"""The "Similar pieces" panel beside an open article: pieces sharing passages with it first
(clearly apart), then pieces that are only about the same subject; each with its title, how much
of the article it shares, its topic score and its review status. Clicking one opens the
side-by-side comparison.

Questions go to the window's `SimilarWorker` (never answered on the GUI thread): when the panel
is shown, after each save, and once the index has caught up with the library. Only the answer to
the last question is shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from studio.gui.error_texts import error_message
from studio.gui.i18n import status_label
from studio.gui.padded_cells import PaddedDelegate
from studio.gui.reader_html import article_default_direction, block_direction
from studio.gui.similar_compare import ComparedText, SimilarCompareDialog
from studio.gui.similar_worker import SimilarAnswer, SimilarWorker
from studio.gui.style import REUSED as REUSED_COLOUR
from studio.gui.title_cells import TitleDelegate
from studio.library import LibraryError
from studio.similar.service import IndexStatus, SimilarResult
from studio.text import Direction

if TYPE_CHECKING:
    from studio.gui.editor_page import ArticleEditor

TOPIC_COLOUR = "#6b6b6b"
# Wide enough for a title of a few words beside the figures.
PANEL_WIDTH = 380


class Col:
    TITLE = 0
    REUSED = 1
    SCORE = 2
    STATUS = 3


class SimilarPanel(QWidget):
    """The list itself; `SimilarSide` feeds it."""

    compare_requested = Signal(object)  # SimilarResult

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("similarPanel")
        self.heading = QLabel(self.tr("Similar pieces"), self)
        bold = QFont(self.heading.font())
        bold.setWeight(QFont.Weight.DemiBold)
        self.heading.setFont(bold)
        self.state = QLabel(self)
        self.state.setObjectName("similarState")
        self.state.setWordWrap(True)
        self.state.setStyleSheet(f"color: {TOPIC_COLOUR};")
        self.tree = QTreeWidget(self)
        # The last column kept off the frame (in Arabic it touched the panel's edge); only that
        # one, so the narrow panel leaves the titles as much room as it can.
        self.tree.setItemDelegateForColumn(Col.STATUS, PaddedDelegate(self.tree))
        # Titles in their own direction (cut at their end in either interface), unpadded.
        self.tree.setItemDelegateForColumn(Col.TITLE, TitleDelegate(self.tree, margin=0))
        self.tree.setObjectName("similarList")
        # Tab leaves the list for the next control, as in every other pane (arrows walk it).
        self.tree.setTabKeyNavigation(False)
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels(
            [self.tr("Piece"), self.tr("Shared"), self.tr("Topic"), self.tr("Status")]
        )
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAllColumnsShowFocus(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(Col.TITLE, QHeaderView.ResizeMode.Stretch)
        for col in (Col.REUSED, Col.SCORE, Col.STATUS):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemClicked.connect(self._on_item)
        self.tree.itemActivated.connect(self._on_item)
        self.reused_group = self._group(self.tr("Share passages with this article"))
        self.topic_group = self._group(self.tr("About the same subject"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        layout.addWidget(self.heading)
        layout.addWidget(self.state)
        layout.addWidget(self.tree, 1)
        self.results: list[SimilarResult] = []
        self.show_results([])
        self.set_state(self.tr("Looking for similar pieces…"))

    def _group(self, label: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(self.tree)
        item.setFirstColumnSpanned(True)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        font = QFont(self.tree.font())
        font.setWeight(QFont.Weight.DemiBold)
        item.setFont(Col.TITLE, font)
        item.setData(Col.TITLE, Qt.ItemDataRole.UserRole + 1, label)
        item.setExpanded(True)
        return item

    def set_state(self, text: str) -> None:
        self.state.setText(text)
        self.state.setVisible(bool(text))

    def show_results(
        self,
        results: list[SimilarResult],
        statuses: dict[int, str] | None = None,
        more: bool = False,
    ) -> None:
        """`more`: the answer was full of reused pieces, so there may be others."""
        self.results = list(results)
        statuses = statuses or {}
        reused = [r for r in results if r.passages]
        topic = [r for r in results if not r.passages]
        locale = QLocale()
        for group, rows in ((self.reused_group, reused), (self.topic_group, topic)):
            group.takeChildren()
            label = group.data(Col.TITLE, Qt.ItemDataRole.UserRole + 1)
            count = locale.toString(len(rows))
            group.setText(
                Col.TITLE,
                self.tr("{label} ({count} or more)").format(label=label, count=count)
                if more and group is self.reused_group
                else f"{label} ({count})",
            )
            group.setHidden(not rows)
            for r in rows:
                self._row(group, r, statuses.get(r.article_id), locale)
            group.setExpanded(True)

    def _row(
        self, group: QTreeWidgetItem, r: SimilarResult, status: str | None, locale: QLocale
    ) -> None:
        item = QTreeWidgetItem(group)
        item.setData(Col.TITLE, Qt.ItemDataRole.UserRole, r.article_id)
        title = r.title or self.tr("Untitled")
        item.setText(Col.TITLE, title)
        rtl = block_direction(title, Direction.LTR) is Direction.RTL
        item.setTextAlignment(
            Col.TITLE,
            (Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
            | Qt.AlignmentFlag.AlignAbsolute
            | Qt.AlignmentFlag.AlignVCenter,
        )
        score = locale.toString(float(r.score), "f", 2)
        item.setText(Col.SCORE, score)
        if status:
            item.setText(Col.STATUS, status_label(status))
        if r.passages:
            share = self.tr("{share}%").format(share=locale.toString(round(r.reused_share * 100)))
            item.setText(Col.REUSED, share)
            colour = QBrush(QColor(REUSED_COLOUR))
            item.setForeground(Col.REUSED, colour)
            font = QFont(self.tree.font())
            font.setWeight(QFont.Weight.DemiBold)
            item.setFont(Col.REUSED, font)
            tip = self.tr("{share}% of this article is in this piece ({passages}).").format(
                share=locale.toString(round(r.reused_share * 100)),
                passages=self.tr("%Ln passage(s)", "", len(r.passages)),
            )
            if r.near_duplicate:
                tip += " " + self.tr("Nearly the same piece as a whole.")
            # The title first: a narrow panel elides it.
            item.setToolTip(Col.TITLE, f"{title}\n{tip}")
            item.setToolTip(Col.REUSED, tip)
        else:
            item.setText(Col.REUSED, "—")
            item.setForeground(Col.REUSED, QBrush(QColor(TOPIC_COLOUR)))
            item.setToolTip(
                Col.TITLE, f"{title}\n" + self.tr("About the same subject; no shared passages.")
            )
        for col in (Col.REUSED, Col.SCORE, Col.STATUS):
            item.setTextAlignment(col, Qt.AlignmentFlag.AlignCenter)

    def item_for(self, article_id: int) -> QTreeWidgetItem | None:
        for group in (self.reused_group, self.topic_group):
            for i in range(group.childCount()):
                child = group.child(i)
                if child.data(Col.TITLE, Qt.ItemDataRole.UserRole) == article_id:
                    return child
        return None

    def _on_item(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        article_id = item.data(Col.TITLE, Qt.ItemDataRole.UserRole)
        result = next((r for r in self.results if r.article_id == article_id), None)
        if result is not None:
            self.compare_requested.emit(result)


class SimilarSide(QObject):
    """Wires one `SimilarPanel` into one `ArticleEditor` and the window's worker."""

    def __init__(self, page: ArticleEditor, worker: SimilarWorker) -> None:
        super().__init__(page)
        self.page = page
        self.worker = worker
        self.panel = SimilarPanel(page)
        self.panel.setMinimumWidth(260)
        self.panel.hide()
        self.panel.compare_requested.connect(self.open_comparison)
        self.token: int | None = None
        self.answer: SimilarAnswer | None = None
        self.dialog: SimilarCompareDialog | None = None
        worker.answered.connect(self._on_answer)
        worker.index_updated.connect(self._on_index_updated)
        worker.status_changed.connect(self._on_status)
        worker.failed.connect(self._on_failed)
        page.saved.connect(lambda _article: self._after_save())

    # -- asking ------------------------------------------------------------------------------

    def set_visible(self, visible: bool) -> None:
        self.panel.setVisible(visible)
        if visible:
            # Titles need room; shown beside other panels it would get only its minimum.
            self.page.give_room(self.panel, PANEL_WIDTH)
            self.refresh()

    def refresh(self) -> None:
        """Asks again for the article as it reads now (answered in the background)."""
        self.token = self.worker.ask(self.page.article_id, self.page.editor.text())
        if self.answer is None:
            self._show_state()

    def _after_save(self) -> None:
        # The saved text goes into the index; once it is in, every shown panel asks again
        # (`index_updated`), this one included.
        self.worker.poke()

    def _on_index_updated(self) -> None:
        if self.panel.isVisible():
            self.refresh()

    # -- answers -----------------------------------------------------------------------------

    def _on_answer(self, answer: SimilarAnswer) -> None:
        if answer.token != self.token:
            return  # a stale answer, or another article's
        self.answer = answer
        self.panel.show_results(answer.results, answer.statuses, answer.more)
        self._show_state()

    def _on_status(self, status: IndexStatus) -> None:
        self._show_state(status)

    def _on_failed(self, error: object) -> None:
        if self.panel.isVisible():
            detail = error_message(error) if isinstance(error, LibraryError) else str(error)
            self.panel.set_state(
                self.tr("Similar pieces could not be looked for: {reason}").format(reason=detail)
            )

    def _show_state(self, status: IndexStatus | None = None) -> None:
        status = status or self.worker.status
        catching_up = status is None or status.catching_up
        waiting = self.answer is None or self.answer.token != self.token
        if catching_up and status is not None and status.pending:
            text = self.tr("Catching up (%Ln article(s) left)", "", status.pending)
        elif catching_up or waiting:
            text = self.tr("Looking for similar pieces…")
        elif self.answer is not None and not self.answer.results:
            text = self.tr("Nothing similar in the library.")
        else:
            text = ""
        self.panel.set_state(text)

    # -- comparing ---------------------------------------------------------------------------

    def open_comparison(self, result: SimilarResult) -> SimilarCompareDialog | None:
        answer = self.answer
        if answer is None:
            return None
        try:
            other = self.page.library.get(result.article_id)
        except LibraryError as error:
            self.panel.set_state(error_message(error))
            return None
        mine = ComparedText(
            self.page.title,
            answer.text,
            self.page.default_direction,
        )
        theirs = ComparedText(
            other.title, other.body, article_default_direction(other.direction, other.lang)
        )
        dialog = SimilarCompareDialog(
            mine, theirs, result.passages, result.reused_share, result.source_share, self.page
        )
        dialog.follow(self.worker, self.page.article_id, result.article_id)
        dialog.destroyed.connect(self._forget_dialog)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _forget_dialog(self) -> None:
        self.dialog = None
