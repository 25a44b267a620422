"""Above the library's reading pane: which pieces share passages with the article being read.

An editor going through submissions sees reuse before opening anything for writing; a click on a
piece opens the side-by-side comparison. Answered by the window's similar-pieces worker, in the
background, once that worker has started (the window's start-up never waits for the index).
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget

from studio.gui.similar_worker import Comparison, SimilarAnswer, SimilarWorker
from studio.gui.style import REUSED as REUSED_COLOUR

if TYPE_CHECKING:
    # Not at run time: the window starts without the similar-pieces code (tests/test_startup.py).
    from studio.gui.similar_compare import SimilarCompareDialog
    from studio.similar.service import SimilarResult

# Pieces named in the note; the rest are counted (the editor's panel lists them all).
NAMED = 4
# Asked once the selection has rested this long: arrowing down the table asks only about the
# article where the editor stops, and the worker is not queued with questions nobody reads.
ASK_DELAY_MS = 250
# Unicode isolates: an Arabic title in an English sentence (or the reverse) keeps its order.
_FSI, _PDI = "\u2068", "\u2069"


class ReuseNote(QLabel):
    """One line over the reading pane; hidden when the article shares nothing."""

    compare_requested = Signal(int)  # the other article's id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reuseNote")
        self.setWordWrap(True)
        self.setOpenExternalLinks(False)
        self.setStyleSheet(
            "QLabel#reuseNote { background: #fdf1ef; border: 1px solid #f0c8c0;"
            " border-radius: 4px; padding: 6px 10px; }"
        )
        self.linkActivated.connect(self._on_link)
        self.pieces: list[SimilarResult] = []
        self.hide()

    def show_pieces(self, pieces: list[SimilarResult], more: bool = False) -> None:
        """`more`: the answer was full, so other pieces may share passages too."""
        self.pieces = list(pieces)
        if not pieces:
            self.clear()
            self.hide()
            return
        locale = QLocale()
        links = []
        for piece in pieces[:NAMED]:
            title = piece.title or self.tr("Untitled")
            share = self.tr("{share}%").format(
                share=locale.toString(max(1, round(piece.reused_share * 100)))
            )
            links.append(
                f'<a href="{piece.article_id}">{_FSI}{escape(title)}{_PDI}</a>'
                f' <span style="color: {REUSED_COLOUR};">({share})</span>'
            )
        text = (
            self.tr("Shares passages with %Ln or more pieces:", "", len(pieces))
            if more
            else self.tr("Shares passages with %Ln piece(s):", "", len(pieces))
        ) + " "
        text += self.tr(", ").join(links)
        if len(pieces) > NAMED:
            text += " " + self.tr("and %Ln more", "", len(pieces) - NAMED)
        self.setText(text)
        self.setToolTip(self.tr("Click a piece to see the shared passages side by side."))
        self.show()

    def _on_link(self, link: str) -> None:
        if link.isdigit():
            self.compare_requested.emit(int(link))


class ReaderReuse(QObject):
    """Asks the window's worker about each article the reading pane shows."""

    def __init__(self, note: ReuseNote, worker: SimilarWorker, parent: QWidget) -> None:
        super().__init__(parent)
        self.note = note
        self.window = parent
        self.worker: SimilarWorker | None = None
        self.ready = False
        self.article_id: int | None = None
        self.body = ""
        self.token: int | None = None
        self.answer: SimilarAnswer | None = None
        self._compare_token: int | None = None
        self.dialog: SimilarCompareDialog | None = None
        self.stale = False
        self._ask_timer = QTimer(self)
        self._ask_timer.setSingleShot(True)
        self._ask_timer.setInterval(ASK_DELAY_MS)
        self._ask_timer.timeout.connect(self._ask)
        note.compare_requested.connect(self.compare)
        self.set_worker(worker)

    def set_worker(self, worker: SimilarWorker) -> None:
        """A switched or restored library brings a new worker."""
        self.worker = worker
        worker.answered.connect(self._on_answer)
        worker.compared.connect(self._on_compared)
        worker.index_updated.connect(self._on_index_updated)
        self.token = self._compare_token = None
        self.answer = None

    def set_ready(self) -> None:
        """The window's index has started: questions no longer hold up start-up."""
        self.ready = True
        self._ask()

    def show_article(self, article_id: int, body: str) -> None:
        if article_id != self.article_id:
            self.note.show_pieces([])
        self.article_id, self.body = article_id, body
        self.token = None
        self._ask_timer.start()

    def clear(self) -> None:
        self._ask_timer.stop()
        self.article_id, self.body, self.token = None, "", None
        self.note.show_pieces([])

    def _on_index_updated(self) -> None:
        # Every autosave of an open article updates the index: while the writer is in the
        # editor, the reading pane is out of sight and asks again only when shown.
        parent = self.note.parentWidget()
        if parent is None or parent.isVisible():
            self._ask()
        else:
            self.stale = True

    def shown_again(self) -> None:
        """The library is in front again: answer for an index that moved meanwhile."""
        if self.stale:
            self.stale = False
            self._ask()

    def _ask(self) -> None:
        if self.ready and self.worker is not None and self.article_id is not None:
            self.token = self.worker.ask(self.article_id, self.body)

    def _on_answer(self, answer: SimilarAnswer) -> None:
        if answer.token != self.token:
            return
        self.answer = answer
        self.note.show_pieces([r for r in answer.results if r.passages], answer.more)

    def compare(self, other_id: int) -> None:
        if self.worker is not None and self.article_id is not None:
            self._compare_token = self.worker.compare(self.article_id, other_id)

    def _on_compared(self, comparison: Comparison) -> None:
        if comparison.token != self._compare_token:
            return
        self._compare_token = None
        from studio.gui.similar_compare import SimilarCompareDialog

        dialog = SimilarCompareDialog.of(comparison, self.window)
        if self.worker is not None:
            dialog.follow(self.worker, comparison.article_id, comparison.other_id)
        dialog.destroyed.connect(self._forget_dialog)
        self.dialog = dialog
        dialog.open()

    def _forget_dialog(self) -> None:
        self.dialog = None
