"""The side-by-side comparison of two pieces: the article and the other piece in two read-only
panes, the reused passages highlighted in both, and "next passage" / "previous passage" that
scroll both panes to the matching pair.

The panes keep their place in the window's reading order: in the Arabic interface the article
stands on the right and the other piece on the left, as a mirrored splitter lays them out.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from studio.gui.editor_highlight import MarkdownHighlighter
from studio.gui.fonts import READING_FAMILIES
from studio.gui.reader_html import article_default_direction, block_direction
from studio.gui.similar_compare_html import anchor, compare_html
from studio.similar.align import Passage
from studio.text import Direction

if TYPE_CHECKING:
    from studio.gui.similar_worker import Comparison, Presence, SimilarWorker


@dataclass(frozen=True, slots=True)
class ComparedText:
    title: str
    text: str
    default: Direction

    @classmethod
    def of(cls, title: str, text: str, direction: str, lang: str) -> ComparedText:
        return cls(title, text, article_default_direction(direction, lang))


class ComparePane(QWidget):
    """A title above one text, read-only."""

    def __init__(self, caption: str, piece: ComparedText, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.piece = piece
        self.caption = QLabel(caption, self)
        self.caption.setObjectName("compareCaption")
        self.caption.setStyleSheet("color: #6b6b6b;")
        self.title = QLabel(piece.title, self)
        self.title.setObjectName("compareTitle")
        self.title.setWordWrap(True)
        font = QFont()
        font.setFamilies(READING_FAMILIES)
        font.setPointSizeF(max(self.font().pointSizeF(), 10.0) * 1.3)
        font.setWeight(QFont.Weight.DemiBold)
        self.title.setFont(font)
        # The title on its own reading side, whatever the interface's direction.
        rtl = block_direction(piece.title, piece.default) is Direction.RTL
        self.title.setAlignment(
            (Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
            | Qt.AlignmentFlag.AlignAbsolute
        )
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("compareText")
        self.browser.setOpenLinks(False)
        self.browser.setFrameShape(QFrame.Shape.StyledPanel)
        reading = QFont()
        reading.setFamilies(READING_FAMILIES)
        reading.setPointSizeF(max(self.font().pointSizeF(), 10.0) * 1.15)
        self.browser.document().setDefaultFont(reading)
        self.browser.document().setDocumentMargin(16)
        # The text is shown as written, so it is styled as the editor styles it: headings
        # larger, emphasis shown, Markdown markers dimmed (over the passages' highlight).
        self._markdown = MarkdownHighlighter(self.browser.document())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.caption)
        layout.addWidget(self.title)
        layout.addWidget(self.browser, 1)

    def show_spans(self, spans: list[tuple[int, int]], current: int | None) -> None:
        bar = self.browser.verticalScrollBar()
        kept = bar.value()
        self.browser.setHtml(
            compare_html(
                self.piece.text,
                spans,
                current,
                self.piece.default,
                self.browser.document().defaultFont().pointSizeF(),
            )
        )
        bar.setValue(kept)

    def scroll_to(self, passage: int) -> None:
        self.browser.scrollToAnchor(anchor(passage))


def _covered(spans: list[tuple[int, int]], length: int) -> float:
    """Share of a text of `length` characters inside the union of `spans`."""
    total, reach = 0, 0
    for start, end in sorted(spans):
        start = max(start, reach)
        if end > start:
            total += end - start
            reach = end
    return min(total / length, 1.0) if length > 0 else 0.0


class SimilarCompareDialog(QDialog):
    """`passages` have start/end in `mine.text` and source_start/source_end in `other.text`."""

    @classmethod
    def of(cls, comparison: Comparison, parent: QWidget | None = None) -> SimilarCompareDialog:
        """Two stored pieces as the window's worker compared them."""
        r = comparison.result
        return cls(
            ComparedText.of(
                comparison.title, comparison.text, comparison.direction, comparison.lang
            ),
            ComparedText.of(
                comparison.other_title,
                comparison.other_text,
                comparison.other_direction,
                comparison.other_lang,
            ),
            r.passages,
            r.reused_share,
            r.source_share,
            parent,
        )

    def __init__(
        self,
        mine: ComparedText,
        other: ComparedText,
        passages: list[Passage],
        share: float,
        other_share: float,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("similarCompare")
        self.setWindowTitle(self.tr("Compare Pieces"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.passages = sorted(passages, key=lambda p: (p.start, p.end))
        self.current: int | None = None
        # The other piece's share as the highlighting shows it: the characters its passages
        # cover. (The 5-gram share the panel ranks by is 0% for a reworded passage.)
        covered = _covered(
            [(p.source_start, p.source_end) for p in self.passages], len(other.text.strip())
        )
        self.summary = QLabel(self._summary(other.title, share, max(other_share, covered)), self)
        self.summary.setObjectName("compareSummary")
        self.summary.setWordWrap(True)
        # Said when one of the two pieces is deleted while they are side by side (`follow`).
        self.gone = QLabel(self)
        self.gone.setObjectName("compareGone")
        self.gone.setWordWrap(True)
        self.gone.setStyleSheet("color: #8a1f11; font-weight: 600;")
        self.gone.hide()
        self._ids: tuple[int, int] | None = None
        self._worker: SimilarWorker | None = None
        self._presence_token: int | None = None
        self.mine = ComparePane(self.tr("This article"), mine, self)
        self.other = ComparePane(self.tr("The other piece"), other, self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.mine)
        self.splitter.addWidget(self.other)
        self.previous_button = QPushButton(self.tr("&Previous Passage"), self)
        self.previous_button.setObjectName("previousPassage")
        self.previous_button.clicked.connect(self.previous_passage)
        self.next_button = QPushButton(self.tr("&Next Passage"), self)
        self.next_button.setObjectName("nextPassage")
        self.next_button.clicked.connect(self.next_passage)
        # Keys that work in either interface language and keyboard layout: the buttons'
        # mnemonics follow the translated label (Alt+ت in Arabic), which a writer with a Latin
        # layout active cannot type. Alt+Down / Alt+Up, as diff viewers such as Meld use.
        self._keys: list[QShortcut] = []
        for keys, button, step in (
            ("Alt+Down", self.next_button, self.next_passage),
            ("Alt+Up", self.previous_button, self.previous_passage),
        ):
            sequence = QKeySequence(keys)
            self._keys.append(QShortcut(sequence, self, step))
            button.setToolTip(sequence.toString(QKeySequence.SequenceFormat.NativeText))
        self.position = QLabel(self)
        self.position.setObjectName("passagePosition")
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.previous_button)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.position)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.gone)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(buttons)
        self.resize(1100, 700)
        self._render()
        if self.passages:
            self.go_to(0)
        else:
            self._update_buttons()

    def follow(self, worker: SimilarWorker, article_id: int, other_id: int) -> None:
        """Keeps an eye on the library while open: when either piece is deleted, says so above
        the texts (which stay as they were, to finish reading)."""
        self._worker = worker
        self._ids = (article_id, other_id)
        worker.index_updated.connect(self._ask_presence)
        worker.presence.connect(self._on_presence)

    def _ask_presence(self) -> None:
        if self._worker is not None and self._ids is not None:
            self._presence_token = self._worker.check_present(list(self._ids))

    def _on_presence(self, presence: Presence) -> None:
        if presence.token != self._presence_token or self._ids is None:
            return
        mine, other = self._ids
        if other not in presence.present:
            title = self.other.piece.title or self.tr("The other piece")
            self.gone.setText(
                self.tr(
                    "“{title}” has been deleted from the library: it is shown here as it was."
                ).format(title=f"\u2068{title}\u2069")
            )
        elif mine not in presence.present:
            self.gone.setText(
                self.tr("This article has been deleted from the library: it is shown as it was.")
            )
        else:
            self.gone.clear()
        self.gone.setVisible(bool(self.gone.text()))

    def _summary(self, title: str, share: float, other_share: float) -> str:
        if not self.passages:
            return self.tr("These pieces share no passages: they are only about the same subject.")
        locale = QLocale()
        return self.tr(
            "{share}% of this article is also in “{title}” ({passages}); "
            "{other_share}% of that piece is in this article."
        ).format(
            share=locale.toString(round(share * 100)),
            title=f"\u2068{title}\u2069",
            passages=self.tr("%Ln passage(s)", "", len(self.passages)),
            other_share=locale.toString(round(other_share * 100)),
        )

    def _render(self) -> None:
        self.mine.show_spans([(p.start, p.end) for p in self.passages], self.current)
        self.other.show_spans([(p.source_start, p.source_end) for p in self.passages], self.current)

    def go_to(self, passage: int) -> None:
        """Highlights passage `passage` (0-based) more strongly and scrolls both panes to it."""
        if not self.passages:
            return
        self.current = max(0, min(passage, len(self.passages) - 1))
        self._render()
        self.mine.scroll_to(self.current)
        self.other.scroll_to(self.current)
        self._update_buttons()

    def next_passage(self) -> None:
        self.go_to(0 if self.current is None else self.current + 1)

    def previous_passage(self) -> None:
        self.go_to(0 if self.current is None else self.current - 1)

    def _update_buttons(self) -> None:
        count = len(self.passages)
        at = self.current if self.current is not None else -1
        self.previous_button.setEnabled(at > 0)
        self.next_button.setEnabled(at < count - 1)
        if count:
            locale = QLocale()
            self.position.setText(
                self.tr("Passage {current} of {count}").format(
                    current=locale.toString(at + 1), count=locale.toString(count)
                )
            )
        else:
            self.position.setText("")
