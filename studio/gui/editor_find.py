"""Find and replace in the editor, optionally blind to tashkeel, tatweel and letter forms.

With "ignore diacritics" on, both the text and the query go through
`studio.text.normalise_with_map`, and a match in the folded text is mapped back to the exact
characters the writer wrote.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextEdit,
    QToolButton,
    QWidget,
)

from studio.gui.editor_text import MarkdownEdit
from studio.gui.utf16 import Utf16Positions
from studio.text import normalise, normalise_with_map

MATCH = QColor("#fbe7a1")
MAX_MARKED = 2000


def find_spans(text: str, query: str, *, loose: bool) -> list[tuple[int, int]]:
    """(start, end) of every match of `query` in `text`; loose ignores diacritics, tatweel,
    letter forms and case."""
    if not query:
        return []
    if not loose:
        folded_text, folded_query = text.casefold(), query.casefold()
        if len(folded_text) != len(text):
            folded_text = text
            folded_query = query
        # The text folds to the same length (checked above), so a match spans the folded
        # query's length there, which casefold may have changed ("ß" -> "ss").
        size = len(folded_query)
        spans, start = [], folded_text.find(folded_query)
        while start >= 0:
            spans.append((start, start + size))
            start = folded_text.find(folded_query, start + max(size, 1))
        return spans
    folded, origin = normalise_with_map(text)
    needle = normalise(query)
    if not needle:
        return []
    spans = []
    start = folded.find(needle)
    while start >= 0:
        end = start + len(needle)
        # The end maps to just after the last matched character, with its marks.
        last = origin[end - 1]
        stop = origin[end] if end < len(origin) else len(text)
        stop = max(stop, last + 1)
        # Marks that follow the last letter (its tashkeel) belong to the match.
        spans.append((origin[start], stop))
        start = folded.find(needle, end)
    return spans


class FindBar(QWidget):
    closed = Signal()

    def __init__(self, editor: MarkdownEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self.editor = editor
        self.query = QLineEdit(self)
        self.query.setObjectName("findQuery")
        self.query.setPlaceholderText(self.tr("Find"))
        self.query.setClearButtonEnabled(True)
        self.replacement = QLineEdit(self)
        self.replacement.setObjectName("replaceText")
        self.replacement.setPlaceholderText(self.tr("Replace with"))
        self.loose = QCheckBox(self.tr("Ignore diacritics and letter forms"), self)
        self.loose.setObjectName("ignoreDiacritics")
        self.loose.setChecked(True)
        self.count = QLabel(self)
        self.previous_button = QPushButton(self.tr("Previous"), self)
        self.next_button = QPushButton(self.tr("Next"), self)
        self.replace_button = QPushButton(self.tr("Replace"), self)
        self.replace_all_button = QPushButton(self.tr("Replace All"), self)
        close = QToolButton(self)
        close.setText("✕")
        close.setToolTip(self.tr("Close"))
        close.clicked.connect(self.close_bar)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        for widget in (
            self.query,
            self.previous_button,
            self.next_button,
            self.replacement,
            self.replace_button,
            self.replace_all_button,
            self.loose,
            self.count,
        ):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(close)
        self.query.textChanged.connect(self.refresh)
        self.loose.toggled.connect(self.refresh)
        self.query.returnPressed.connect(self.find_next)
        self.next_button.clicked.connect(self.find_next)
        self.previous_button.clicked.connect(self.find_previous)
        self.replace_button.clicked.connect(self.replace_one)
        self.replace_all_button.clicked.connect(self.replace_all)
        self.spans: list[tuple[int, int]] = []

    def open_bar(self, replace: bool) -> None:
        self.replacement.setVisible(replace)
        self.replace_button.setVisible(replace)
        self.replace_all_button.setVisible(replace)
        selected = self.editor.textCursor().selectedText()
        if selected and "\u2029" not in selected:
            self.query.setText(selected)
        self.show()
        self.query.setFocus()
        self.query.selectAll()
        self.refresh()

    def close_bar(self) -> None:
        self.hide()
        self.editor.find_marks = []
        self.editor.refresh_marks()
        self.editor.setFocus()
        self.closed.emit()

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return
        super().keyPressEvent(event)

    def refresh(self) -> None:
        text = self.editor.text()
        # Matches are found in the text's code points and used as Qt's positions, where an
        # emoji before them counts two: without this, every match after one was off by one.
        qt = Utf16Positions(text)
        self.spans = [
            (qt(start), qt(end))
            for start, end in find_spans(text, self.query.text(), loose=self.loose.isChecked())
        ]
        marks = []
        for start, end in self.spans[:MAX_MARKED]:
            mark = QTextEdit.ExtraSelection()
            mark.format.setBackground(MATCH)
            cursor = QTextCursor(self.editor.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            mark.cursor = cursor
            marks.append(mark)
        self.editor.find_marks = marks
        self.editor.refresh_marks()
        if self.query.text():
            self.count.setText(self.tr("%Ln match(es)", "", len(self.spans)))
        else:
            self.count.clear()

    def _select(self, span: tuple[int, int]) -> None:
        cursor = self.editor.textCursor()
        cursor.setPosition(span[0])
        cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
        self.editor.setTextCursor(cursor)
        self.editor.ensureCursorVisible()

    def find_next(self) -> bool:
        self.refresh()
        if not self.spans:
            return False
        after = self.editor.textCursor().selectionEnd()
        span = next((s for s in self.spans if s[0] >= after), self.spans[0])
        self._select(span)
        return True

    def find_previous(self) -> bool:
        self.refresh()
        if not self.spans:
            return False
        before = self.editor.textCursor().selectionStart()
        earlier = [s for s in self.spans if s[1] <= before]
        self._select(earlier[-1] if earlier else self.spans[-1])
        return True

    def replace_one(self) -> None:
        cursor = self.editor.textCursor()
        selected = (cursor.selectionStart(), cursor.selectionEnd())
        if selected in self.spans:
            cursor.insertText(self.replacement.text())
        self.find_next()

    def replace_all(self) -> int:
        self.refresh()
        spans = list(self.spans)
        if not spans:
            return 0
        cursor = QTextCursor(self.editor.document())
        cursor.beginEditBlock()
        # From the end, so earlier offsets stay valid.
        for start, end in reversed(spans):
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(self.replacement.text())
        cursor.endEditBlock()
        self.refresh()
        return len(spans)
