"""The comments panel: an article's threads in the order of the text, each with its quoted
passage, replies, and whether its anchor still holds; orphaned threads (their passage was
rewritten away) listed last under their own heading, never dropped.

The panel shows what it is given (`set_threads`, from `Library.comments`) and reports what the
user asks for through signals; the window that owns it talks to the library. Each text block
takes the direction of its own first strong letter, so an English comment on an Arabic passage
(or the reverse) reads correctly in either interface language.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QDateTime, QLocale, Qt, QTime, QTimeZone, Signal
from PySide6.QtGui import QGuiApplication, QMouseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from studio.review.anchoring import AnchorState
from studio.review.records import Comment
from studio.text import Direction, paragraph_direction

QUOTE_CHARS = 140
FSI, PDI = "\u2068", "\u2069"
LRM, RLM = "\u200e", "\u200f"
CARD_STYLE = """
QFrame#commentCard { background: #fffefb; border: 1px solid #e0ddd5; border-radius: 6px; }
QFrame#commentCard[resolved="true"] { background: #f5f4f0; }
QLabel#commentQuote { color: #5a4a1a; background: #fbf1d3; border-radius: 3px; padding: 3px 6px; }
QLabel#commentQuote[orphan="true"] { color: #6b6b6b; background: #eeece6; }
QLabel#anchorState { color: #8a5a00; font-size: 11px; }
QLabel#commentMeta { color: #6b6b6b; font-size: 11px; }
"""


def _text_label(text: str, parent: QWidget, name: str = "") -> QLabel:
    """A wrapping plain-text label laid out in the direction of its own text."""
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if name:
        label.setObjectName(name)
    direction = paragraph_direction(text)
    if direction is not None:
        rtl = direction is Direction.RTL
        label.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        )
        label.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
    return label


def _when(moment: datetime) -> str:
    utc = QDateTime(moment.date(), QTime(moment.hour, moment.minute), QTimeZone.utc())
    return QLocale().toString(utc.toLocalTime(), QLocale.FormatType.ShortFormat)


class ThreadCard(QFrame):
    """One thread. Clicking the card asks to show its passage."""

    activated = Signal(int)

    def __init__(self, thread: Comment, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.thread = thread
        self.setObjectName("commentCard")
        self.setProperty("resolved", thread.resolved)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(4)

        located = thread.located
        state = located.state if located is not None else AnchorState.ORPHAN
        if thread.anchor is not None:
            quote = " ".join(thread.anchor.quote.split())
            if len(quote) > QUOTE_CHARS:
                quote = quote[: QUOTE_CHARS - 1] + "…"
            self.quote = _text_label(quote, self, "commentQuote")
            self.quote.setProperty("orphan", state is AnchorState.ORPHAN)
            layout.addWidget(self.quote)
        self.state_label = QLabel(self._state_text(state), self)
        self.state_label.setObjectName("anchorState")
        self.state_label.setWordWrap(True)
        self.state_label.setVisible(state is not AnchorState.OK)
        layout.addWidget(self.state_label)

        layout.addWidget(self._entry(thread))
        for reply in thread.replies:
            entry = self._entry(reply)
            # Layout margins follow the layout direction: the indent is on the right in Arabic.
            entry.layout().setContentsMargins(16, 0, 0, 0)
            layout.addWidget(entry)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.reply_button = QPushButton(self.tr("Reply"), self)
        self.resolve_button = QPushButton(
            self.tr("Reopen") if thread.resolved else self.tr("Resolve"), self
        )
        for button in (self.reply_button, self.resolve_button):
            button.setFlat(True)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.setAccessibleName(self.tr("Comment by {author}").format(author=thread.author or "?"))
        self.setAccessibleDescription(self.state_label.text() or thread.text)

    def _state_text(self, state: AnchorState) -> str:
        if state is AnchorState.DRIFTED:
            return self.tr("The passage changed since this comment; it now points at the new text.")
        if state is AnchorState.ORPHAN:
            return self.tr("The passage is gone from the article.")
        return ""

    def _entry(self, comment: Comment) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        # The byline follows the interface's direction; the name keeps its own inside it.
        author = comment.author or self.tr("Someone")
        # Qt takes a label's direction from its first strong letter, even inside an isolate: a
        # mark of the interface's direction first, or an Arabic name turns an English byline.
        mark = RLM if QGuiApplication.isRightToLeft() else LRM
        meta = QLabel(
            mark
            + self.tr("{author} · {time}").format(
                author=f"{FSI}{author}{PDI}", time=_when(comment.created)
            ),
            box,
        )
        meta.setObjectName("commentMeta")
        meta.setTextFormat(Qt.TextFormat.PlainText)
        meta.setWordWrap(True)
        layout.addWidget(meta)
        layout.addWidget(_text_label(comment.text, box, "commentText"))
        return box

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.activated.emit(self.thread.id)
        super().mouseReleaseEvent(event)


class CommentsPanel(QWidget):
    """Signals carry the thread's (first comment's) id; `passage_requested` also its current
    start and end in the body."""

    passage_requested = Signal(int, int, int)
    reply_requested = Signal(int)
    resolve_requested = Signal(int, bool)  # id, True to resolve / False to reopen

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("commentsPanel")
        self.setStyleSheet(CARD_STYLE)
        self._threads: list[Comment] = []
        self.title = QLabel(self)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.show_resolved = QCheckBox(self.tr("Show resolved"), self)
        self.show_resolved.setChecked(True)
        self.show_resolved.toggled.connect(self._rebuild)
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addStretch(1)
        header.addWidget(self.show_resolved)

        self._list = QWidget(self)
        self._list_layout = QVBoxLayout(self._list)
        self._list_layout.setContentsMargins(0, 0, 0, 0)
        self._list_layout.setSpacing(8)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        # Cards take the panel's width and wrap their text instead of scrolling sideways.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self._list)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(header)
        layout.addWidget(scroll, 1)
        self.cards: list[ThreadCard] = []
        self.orphan_heading: QLabel | None = None
        self._rebuild()

    def set_threads(self, threads: Sequence[Comment]) -> None:
        """Threads as `Library.comments` gives them: in text order, orphans last."""
        self._threads = list(threads)
        self._rebuild()

    def _rebuild(self, *_args: object) -> None:
        while self._list_layout.count():
            item = self._list_layout.takeAt(0)
            widget = item.widget()
            if widget is not None:
                # Hidden at once: deleteLater waits for the event loop, and until then the old
                # card (or the "No comments" line) would still show under the new ones.
                widget.hide()
                widget.deleteLater()
        self.cards = []
        self.orphan_heading = None
        shown = [t for t in self._threads if self.show_resolved.isChecked() or not t.resolved]
        anchored = [t for t in shown if t.located is not None and t.located.found]
        orphans = [t for t in shown if t not in anchored]
        self.title.setText(
            self.tr("Comments ({count})").format(count=QLocale().toString(len(self._threads)))
        )
        if not shown:
            empty = QLabel(self.tr("No comments. Select a passage and add one."), self._list)
            empty.setWordWrap(True)
            empty.setObjectName("commentsEmpty")
            self._list_layout.addWidget(empty)
        for thread in anchored:
            self._add_card(thread)
        if orphans:
            self.orphan_heading = QLabel(self.tr("Orphaned comments"), self._list)
            self.orphan_heading.setObjectName("orphanHeading")
            font = self.orphan_heading.font()
            font.setBold(True)
            self.orphan_heading.setFont(font)
            self._list_layout.addWidget(self.orphan_heading)
            for thread in orphans:
                self._add_card(thread)
        self._list_layout.addStretch(1)

    def _add_card(self, thread: Comment) -> None:
        card = ThreadCard(thread, self._list)
        card.activated.connect(self._activate)
        card.reply_button.clicked.connect(lambda: self.reply_requested.emit(thread.id))
        card.resolve_button.clicked.connect(
            lambda: self.resolve_requested.emit(thread.id, not thread.resolved)
        )
        self._list_layout.addWidget(card)
        self.cards.append(card)

    def _activate(self, thread_id: int) -> None:
        for thread in self._threads:
            located = thread.located
            if thread.id == thread_id and located is not None and located.found:
                assert located.start is not None and located.end is not None
                self.passage_requested.emit(thread_id, located.start, located.end)
