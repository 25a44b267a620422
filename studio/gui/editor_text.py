"""The text area of the writing desk: plain Markdown in a QTextEdit, styled live, with a
direction for every paragraph.

Why QTextEdit and not QPlainTextEdit: QPlainTextEdit does not right-align right-to-left blocks
(QTBUG-7516); QTextEdit lays out every block in its own direction and alignment.

Direction: each block's direction comes from `studio.text.block_direction` with the article's
default (so "ChatGPT أداة…" stays right-to-left in an Arabic article), unless the writer chose one
for that paragraph; the choice lives in the block's format (`OVERRIDE`), so it moves with the
paragraph through edits and undo. Only the blocks an edit touched are looked at again.

Every text change is reported to `change_listeners` with the origin of the inserted text
(typed, pasted, ai): the authorship record hangs off that.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Literal

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QMimeData, QPoint, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QFont,
    QKeyEvent,
    QKeySequence,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QFrame, QMenu, QTextEdit, QWidget

from studio.gui import idle_gc
from studio.gui.editor_blocks import LineCounts
from studio.gui.editor_highlight import MarkdownHighlighter
from studio.gui.fonts import READING_FAMILIES
from studio.text import Direction, block_direction

Origin = Literal["typed", "pasted", "ai"]
ChangeListener = Callable[[int, int, int, str], None]

FRAGMENT_MIME = "application/x-qalam-authorship"

# The writer's own choice of direction for one paragraph, kept in its block format.
OVERRIDE = QTextFormat.Property.UserProperty + 1
CURRENT_LINE = QColor("#f3efe4")
FOCUS_DIMMED = QColor("#b9b5ab")
INK = QColor("#232323")
ZOOM_STEPS = (0.7, 0.8, 0.9, 1.0, 1.1, 1.25, 1.4, 1.6, 1.8, 2.0)
BASE_POINT_SIZE = 13.0
DOCUMENT_MARGIN = 36
TAB_STOP_SPACES = 4

# Lines made only of one script's letters, digits, spaces and punctuation: their direction is
# that script's without counting (`block_direction` gives the same answer, more slowly).
_NEUTRAL = (
    r"\s0-9!-/:-@\[-`{-~\u00a0-\u00a9\u00ab-\u00b4\u00b6-\u00b9\u00bb-\u00bf"
    r"\u2000-\u200d\u2010-\u206f"
)
_PLAIN = {
    Direction.RTL: re.compile(
        rf"[{_NEUTRAL}\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufefc]*"
    ),
    Direction.LTR: re.compile(rf"[{_NEUTRAL}A-Za-z\u00c0-\u024f]*"),
}

_QT_DIRECTION = {
    Direction.RTL: Qt.LayoutDirection.RightToLeft,
    Direction.LTR: Qt.LayoutDirection.LeftToRight,
}


def block_override(block: QTextBlock) -> Direction | None:
    value = block.blockFormat().property(OVERRIDE)
    return Direction(value) if value in (Direction.RTL, Direction.LTR) else None


class MarkdownEdit(QTextEdit):
    """Plain-text Markdown editing; see the module's notes."""

    stats_changed = Signal()
    text_edited = Signal()
    zoom_changed = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("markdownEdit")
        self.setAcceptRichText(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setTabChangesFocus(False)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self._font = QFont()
        self._font.setFamilies(READING_FAMILIES)
        self._font.setPointSizeF(BASE_POINT_SIZE)
        self._zoom = 1.0
        self.default_direction = Direction.LTR
        self.counts = LineCounts()
        self.change_listeners: list[ChangeListener] = []
        # Called with True before an undo or redo replays a step, False after it.
        self.replay_hooks: list[Callable[[bool], None]] = []
        self.origin: Origin = "typed"
        # (start, end) -> [(length, origin)] of the selection, from the authorship record.
        self.fragment_of: Callable[[int, int], list[tuple[int, str]]] | None = None
        # Turns HTML on the clipboard into Markdown (None: paste the plain text instead).
        self.markdown_of_html: Callable[[str], str | None] | None = None
        self._plain_paste = False
        # Origins of the text being pasted when it was copied from the studio itself.
        self.pasted_runs: list[tuple[int, str]] | None = None
        self._formatting = False
        self._may_have_overrides = False
        self._replaying = False
        self._dirty: tuple[int, int] | None = None
        # Undo steps (by their number on the stack) that only changed paragraph directions, and
        # the writer's selection (anchor, position) when they were made: Qt puts the caret of a
        # format-only step at the end of the changed block, so undo and redo put it back here.
        self._step_carets: dict[int, tuple[int, int]] = {}
        # The text of every line as the figures and the authorship record last saw it.
        self.lines: list[str] = []
        self.focus_mode = False
        self.extra_dims: list[QTextEdit.ExtraSelection] = []
        # Comment highlights (studio.gui.comment_highlights) and the review's context entries.
        self.comment_marks: list[QTextEdit.ExtraSelection] = []
        # Wavy underlines under the checklist's findings (studio.gui.check_marks).
        self.check_marks: list[QTextEdit.ExtraSelection] = []
        self.context_actions: list[QAction] = []
        self.find_marks: list[QTextEdit.ExtraSelection] = []
        # Dotted underlines under unknown words (studio.gui.spelling_marks).
        self.spell_marks: list[QTextEdit.ExtraSelection] = []
        # Called with the context menu and the click's position before it shows.
        self.menu_hooks: list[Callable[[QMenu, QPoint], None]] = []
        self.highlighter: MarkdownHighlighter | None = None
        self.textChanged.connect(self._settle_directions)
        self._caret_was = 0
        self.cursorPositionChanged.connect(self._keep_caret_between_characters)
        self.cursorPositionChanged.connect(self.refresh_marks)
        self.load("", Direction.LTR)

    def _keep_caret_between_characters(self) -> None:
        """Moves the caret (and a selection's anchor) out of the middle of an emoji. Qt's
        Shift+Left/Right in a line mixing Arabic and English can stop between the two UTF-16
        halves of one; typing or deleting there breaks the emoji in two and leaves half of it
        in the text. The caret goes on past it, the way it was moving."""
        cursor = self.textCursor()
        position, anchor = cursor.position(), cursor.anchor()
        moved_on = position >= self._caret_was
        new_position = _grapheme_edge(self.document(), position, forward=moved_on)
        new_anchor = _grapheme_edge(self.document(), anchor, forward=anchor >= position)
        self._caret_was = new_position
        if (new_position, new_anchor) == (position, anchor):
            return
        cursor.setPosition(new_anchor)
        cursor.setPosition(new_position, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    # -- loading ---------------------------------------------------------------------------------

    def load(
        self, body: str, default: Direction, overrides: dict[int, Direction] | None = None
    ) -> None:
        """Shows `body` with every block's direction set and styled, as one step nobody can
        undo.

        The order matters for a long article. Block formats and styling are applied before the
        document has a layout (with one, every block styled costs a relayout: 15 s for 100,000
        words); Qt then holds the whole change pending and would report it with the writer's
        first keystroke, so the layout is created and the change flushed, unheard, before the
        view and the listeners see the document."""
        self.default_direction = default
        self._may_have_overrides = bool(overrides)
        lines = body.split("\n")
        document = QTextDocument(self)
        document.setUndoRedoEnabled(False)
        document.setPlainText(body)
        self._set_all_directions(document, lines, overrides or {})
        highlighter = MarkdownHighlighter(document)
        QCoreApplication.sendPostedEvents(highlighter, QEvent.Type.MetaCall)
        # Unheard, even by the highlighter, which would style everything a second time.
        document.blockSignals(True)
        document.setDocumentMargin(DOCUMENT_MARGIN)
        # Arrow keys move through the text as it is shown, as in Word.
        document.setDefaultCursorMoveStyle(Qt.CursorMoveStyle.VisualMoveStyle)
        document.setDefaultFont(self._font)
        document.documentLayout()
        flush = QTextCursor(document)
        flush.beginEditBlock()
        flush.endEditBlock()
        document.blockSignals(False)
        document.setUndoRedoEnabled(True)
        document.setModified(False)
        previous = self.document()
        self.setDocument(document)
        self._apply_font()
        # The old highlighter goes with its document.
        self.highlighter = highlighter
        # Qt deletes the widget's own first document; ours (parented here) go when replaced.
        if shiboken6.isValid(previous) and previous.parent() is self:
            previous.deleteLater()
        document.contentsChange.connect(self._on_contents_change)
        document.undoCommandAdded.connect(self._forget_replaced_steps)
        self._step_carets = {}
        self._dirty = None
        self.lines = lines
        self.counts.reset(list(lines))  # its own list: both are patched
        self.refresh_marks()
        self.stats_changed.emit()

    def set_default_direction(self, default: Direction) -> None:
        self.default_direction = default
        _set_document_direction(self.document(), default)
        self._formatting = True
        try:
            cursor = QTextCursor(self.textCursor())  # undo brings the caret back here
            cursor.beginEditBlock()
            block = self.document().begin()
            while block.isValid():
                self._apply_direction(block)
                block = block.next()
            cursor.endEditBlock()
        finally:
            self._formatting = False

    def _set_all_directions(
        self, document: QTextDocument, lines: list[str], overrides: dict[int, Direction]
    ) -> None:
        """Blocks in the article's direction take it from the document's default; only the
        others (an English paragraph in an Arabic article, the writer's choices) get a format
        of their own: a fifth of the blocks of a long article, not all of them."""
        default = self.default_direction
        _set_document_direction(document, default)
        cursor = QTextCursor(document)
        cursor.beginEditBlock()
        for number, line in enumerate(lines):
            chosen = overrides.get(number)
            if chosen is None:
                if not line:
                    continue
                direction = _line_direction(line, default)
                if direction is default:
                    continue
            else:
                direction = chosen
            block = document.findBlockByNumber(number)
            fmt = block.blockFormat()
            if chosen is not None:
                fmt.setProperty(OVERRIDE, chosen.value)
            fmt.setLayoutDirection(_QT_DIRECTION[direction])
            QTextCursor(block).setBlockFormat(fmt)
        cursor.endEditBlock()

    # -- direction -------------------------------------------------------------------------------

    def direction_of(self, block: QTextBlock, chosen: Direction | None = None) -> Direction:
        return (
            chosen
            or block_override(block)
            or (block_direction(block.text(), self.default_direction) or self.default_direction)
        )

    def _apply_direction(self, block: QTextBlock) -> None:
        wanted = _QT_DIRECTION[self.direction_of(block)]
        if block.textDirection() == wanted:
            return
        fmt = block.blockFormat()
        fmt.setLayoutDirection(wanted)
        QTextCursor(block).setBlockFormat(fmt)

    def overrides(self) -> dict[int, Direction]:
        """Paragraphs (by line number) whose direction the writer chose."""
        chosen: dict[int, Direction] = {}
        if not self._may_have_overrides:
            # Asked at every autosave: no walk through 10,000 blocks when none was ever set.
            return chosen
        block = self.document().begin()
        while block.isValid():
            override = block_override(block)
            if override is not None:
                chosen[block.blockNumber()] = override
            block = block.next()
        return chosen

    def set_paragraph_direction(self, direction: Direction | None) -> None:
        """The writer's choice for the selected paragraphs; None goes back to automatic."""
        self._may_have_overrides = True
        cursor = self.textCursor()
        first = self.document().findBlock(cursor.selectionStart())
        last = self.document().findBlock(cursor.selectionEnd())
        steps = self.document().availableUndoSteps()
        self._formatting = True
        try:
            edit = QTextCursor(cursor)  # undo brings the caret back here (see _grouped)
            edit.beginEditBlock()
            block = first
            while block.isValid():
                fmt = block.blockFormat()
                if direction is None:
                    fmt.clearProperty(OVERRIDE)
                else:
                    fmt.setProperty(OVERRIDE, direction.value)
                QTextCursor(block).setBlockFormat(fmt)
                self._apply_direction(block)
                if block == last:
                    break
                block = block.next()
            edit.endEditBlock()
        finally:
            self._formatting = False
        if self.document().availableUndoSteps() > steps:
            self._step_carets[self.document().availableUndoSteps()] = (
                cursor.anchor(),
                cursor.position(),
            )
        self.document().setModified(True)
        self.text_edited.emit()
        self.refresh_marks()

    def cycle_paragraph_direction(self) -> Direction | None:
        """Automatic → right to left → left to right → automatic."""
        current = block_override(self.textCursor().block())
        following = {None: Direction.RTL, Direction.RTL: Direction.LTR, Direction.LTR: None}
        chosen = following[current]
        self.set_paragraph_direction(chosen)
        return chosen

    # -- following edits -------------------------------------------------------------------------

    def _on_contents_change(self, position: int, removed: int, added: int) -> None:
        """Patches the per-line figures and reports the exact text change.

        Qt merges a text change and a block-format change made in one edit block into one
        signal covering both, and reports format-only changes like text changes; so the change
        is measured against the lines as they were (`self.lines`), never taken on trust."""
        if self._formatting:
            return
        document = self.document()
        first = document.findBlock(position)
        last = document.findBlock(position + added)
        if not last.isValid():
            last = document.lastBlock()
        first_number, last_number = first.blockNumber(), last.blockNumber()
        old_last = last_number - (document.blockCount() - len(self.lines))
        new_lines = []
        block = first
        while block.isValid():
            new_lines.append(block.text())
            if block == last:
                break
            block = block.next()
        old_lines = self.lines[first_number : old_last + 1]
        if self._dirty is None:
            self._dirty = (first_number, last_number)
        else:
            self._dirty = (min(self._dirty[0], first_number), max(self._dirty[1], last_number))
        if old_lines == new_lines:
            return
        self.lines[first_number : old_last + 1] = new_lines
        self.counts.replace(first_number, old_last, new_lines)
        change = _text_change(
            "\n".join(old_lines), "\n".join(new_lines), position - first.position()
        )
        if change is not None and self.change_listeners:
            at, gone, came = change
            new_text = "\n".join(new_lines)
            old_text = "\n".join(old_lines)
            # Python counts code points, Qt (and the record while open) UTF-16 units.
            start = first.position() + _utf16(new_text[:at])
            gone16 = _utf16(old_text[at : at + gone])
            came16 = _utf16(new_text[at : at + came])
            for listener in self.change_listeners:
                listener(start, gone16, came16, self.origin)
        self.stats_changed.emit()
        self.text_edited.emit()

    def _wanted(self, block: QTextBlock, text: str | None = None) -> Qt.LayoutDirection | None:
        """The direction a block should have after an edit; None to keep the one it has (a
        paragraph with no letters yet keeps the direction it was started in, as in Word)."""
        override = block_override(block)
        if override is not None:
            return _QT_DIRECTION[override]
        text = block.text() if text is None else text
        if _PLAIN[self.default_direction].fullmatch(text):
            # Letters of the article's script only (or none): no need to count them.
            return _QT_DIRECTION[self.default_direction] if _has_letter(text) else None
        if block_direction(text, None) is None:
            return None
        return _QT_DIRECTION[
            block_direction(text, self.default_direction) or self.default_direction
        ]

    def _settle_range(self, first: int, last: int) -> None:
        document = self.document()
        block = document.findBlockByNumber(first)
        self._formatting = True
        try:
            while block.isValid() and block.blockNumber() <= last:
                wanted = self._wanted(block)
                if wanted is not None and block.textDirection() != wanted:
                    fmt = block.blockFormat()
                    fmt.setLayoutDirection(wanted)
                    QTextCursor(block).setBlockFormat(fmt)
                block = block.next()
        finally:
            self._formatting = False

    def _settle_directions(self) -> None:
        """After an edit that did not settle its own directions (see keyPressEvent), the touched
        blocks take theirs, as an undo step of its own. Never while undo or redo replays a
        step: the step restores the directions it had."""
        if self._dirty is None or self._formatting:
            return
        first, last = self._dirty
        self._dirty = None
        if self._replaying:
            return
        self._settle_range(first, last)

    def _grouped(self, edit: Callable[[], None]) -> None:
        """Runs `edit` and settles the directions of the blocks it touched in the same undo
        step, so undo restores text and direction together."""
        document = self.document()
        cursor = self.textCursor()
        first = document.findBlock(cursor.selectionStart()).blockNumber()
        # Qt puts the caret back where the undo step's cursor stood when it began: at the
        # writer's caret, not at the start of the article.
        group = QTextCursor(cursor)
        group.beginEditBlock()
        try:
            edit()
            after = self.textCursor()
            last = max(first, after.blockNumber())
            self._settle_range(max(first - 1, 0), min(last + 1, document.blockCount() - 1))
        finally:
            group.endEditBlock()

    def _direction_would_change(self, event: QKeyEvent) -> bool:
        """Whether typing `event` changes its paragraph's direction. Only such keystrokes are
        grouped with a direction change: grouping every one would stop Qt merging a typed run
        into one undo step."""
        cursor = self.textCursor()
        block = cursor.block()
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        if self.document().findBlock(start) != self.document().findBlock(end):
            return True
        text = block.text()
        offset, stop = start - block.position(), end - block.position()
        key = event.key()
        typed = event.text()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            # The text after the cursor becomes a paragraph of its own.
            return bool(text[stop:].strip())
        if key == Qt.Key.Key_Backspace:
            if start == end:
                if offset == 0:
                    return block.blockNumber() > 0
                offset -= 1
            new = text[:offset] + text[stop:]
        elif key == Qt.Key.Key_Delete:
            if start == end:
                if stop >= len(text):
                    return block.next().isValid()
                stop += 1
            new = text[:offset] + text[stop:]
        elif typed and typed.isprintable():
            new = text[:offset] + typed + text[stop:]
        else:
            return False
        wanted = self._wanted(block, new)
        return wanted is not None and wanted != block.textDirection()

    # -- pasting ---------------------------------------------------------------------------------

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return source.hasText()

    def createMimeDataFromSelection(self) -> QMimeData:
        # Text copied or dragged from this studio carries the origins of its characters, so a
        # writer moving their own paragraph has still typed it.
        data = super().createMimeDataFromSelection()
        if self.fragment_of is not None:
            cursor = self.textCursor()
            runs = self.fragment_of(cursor.selectionStart(), cursor.selectionEnd())
            payload = {"text": data.text(), "runs": runs}
            data.setData(FRAGMENT_MIME, json.dumps(payload, ensure_ascii=False).encode("utf-8"))
        return data

    def insertFromMimeData(self, source: QMimeData) -> None:
        # Only the text arrives (Markdown is plain text), and it is recorded as pasted unless
        # the writer declared it AI-written, or it came from the studio with its origins.
        if not source.hasText():
            return
        text = self._pasted_text(source)
        previous = self.origin
        if previous == "typed":
            self.origin = "pasted"
            self.pasted_runs = _fragment_runs(source, text)
        try:
            self._grouped(lambda: self.textCursor().insertText(text))
        finally:
            self.origin = previous
            self.pasted_runs = None
        self.ensureCursorVisible()

    def _pasted_text(self, source: QMimeData) -> str:
        """Markdown for HTML copied elsewhere (a web page, Google Docs, a word processor), so
        headings, lists, emphasis and links survive; the plain text for text from this studio
        (already Markdown, and carrying its origins), on request, or when the HTML holds
        nothing worth keeping."""
        plain = source.text()
        if (
            self._plain_paste
            or self.markdown_of_html is None
            or not source.hasHtml()
            or source.hasFormat(FRAGMENT_MIME)
        ):
            return plain
        return self.markdown_of_html(source.html()) or plain

    def paste_plain(self) -> None:
        """Pastes the clipboard's plain text whatever else it carries (Paste as Plain Text)."""
        self._plain_paste = True
        try:
            self.paste()
        finally:
            self._plain_paste = False

    def paste_as(self, origin: Origin) -> None:
        previous = self.origin
        self.origin = origin
        try:
            self.paste()
        finally:
            self.origin = previous

    # -- undo ------------------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        # Ctrl+K deletes to the end of the line in Qt's text widgets on X11; here it inserts a
        # link (as in Word and most editors), so the window's shortcut must get it.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.DeleteEndOfLine)
        ):
            event.ignore()
            return False
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        idle_gc.note_input()
        # Undo and redo go through this widget's own methods so listeners (the authorship
        # record) hear of them.
        if event.matches(QKeySequence.StandardKey.Undo):
            self.undo()
            return
        if event.matches(QKeySequence.StandardKey.Redo):
            self.redo()
            return
        if self._direction_would_change(event):
            self._grouped(lambda: QTextEdit.keyPressEvent(self, event))
        else:
            super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu(event.pos())
        # The menu's Undo and Redo would go straight to the document, past the listeners.
        for action in menu.actions():
            replay = {"edit-undo": self.undo, "edit-redo": self.redo}.get(action.objectName())
            if replay is not None:
                action.triggered.disconnect()
                action.triggered.connect(replay)
        if self.context_actions:
            menu.addSeparator()
            menu.addActions(self.context_actions)
        for hook in self.menu_hooks:
            hook(menu, event.pos())
        menu.exec(event.globalPos())
        menu.deleteLater()

    def undo(self) -> None:
        step = self.document().availableUndoSteps()
        self._replay(lambda: QTextEdit.undo(self))
        self._restore_step_caret(step)

    def redo(self) -> None:
        self._replay(lambda: QTextEdit.redo(self))
        self._restore_step_caret(self.document().availableUndoSteps())

    def _forget_replaced_steps(self) -> None:
        # A new step replaces the steps that could have been redone from here.
        newest = self.document().availableUndoSteps()
        for step in [step for step in self._step_carets if step >= newest]:
            del self._step_carets[step]

    def _restore_step_caret(self, step: int) -> None:
        where = self._step_carets.get(step)
        if where is None:
            return
        last = self.document().characterCount() - 1
        anchor, position = (min(max(value, 0), last) for value in where)
        cursor = self.textCursor()
        cursor.setPosition(anchor)
        cursor.setPosition(position, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def _replay(self, step: Callable[[], None]) -> None:
        self._replaying = True
        for hook in self.replay_hooks:
            hook(True)
        try:
            step()
        finally:
            self._replaying = False
            for hook in self.replay_hooks:
                hook(False)
        self.ensureCursorVisible()

    # -- marks: current line, focus, authorship, find --------------------------------------------

    def set_focus_mode(self, on: bool) -> None:
        self.focus_mode = on
        self.refresh_marks()

    def refresh_marks(self) -> None:
        # Qt paints extra selections in order, each over the last: the current line's band goes
        # first, or it hides the checklist's underlines and the comment highlights of the very
        # line the writer is on (the one a click in the checklist jumps to).
        line = QTextEdit.ExtraSelection()
        line.format.setBackground(CURRENT_LINE)
        line.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
        line.cursor = QTextCursor(self.textCursor())
        line.cursor.clearSelection()
        selections: list[QTextEdit.ExtraSelection] = [line]
        selections.extend(self.extra_dims)
        selections.extend(self.comment_marks)
        selections.extend(self.check_marks)
        selections.extend(self.spell_marks)
        if self.focus_mode:
            # Everything grey, styled text too (links, quotes), but the current paragraph:
            # two stretches, before and after it (overlapping selections do not override).
            block = self.textCursor().block()
            for start, end in (
                (0, block.position()),
                (block.position() + block.length() - 1, self.document().characterCount() - 1),
            ):
                if end <= start:
                    continue
                rest = QTextEdit.ExtraSelection()
                rest.format.setForeground(FOCUS_DIMMED)
                cursor = QTextCursor(self.document())
                cursor.setPosition(start)
                cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
                rest.cursor = cursor
                selections.append(rest)
        selections.extend(self.find_marks)
        self.setExtraSelections(selections)

    # -- formatting ------------------------------------------------------------------------------

    def wrap_selection(self, marker: str) -> None:
        """Bold, italic: wraps the selection in `marker`, or unwraps it when already wrapped."""
        cursor = self.textCursor()
        text = cursor.selectedText()
        cursor.beginEditBlock()
        if (
            text
            and len(text) > 2 * len(marker)
            and text.startswith(marker)
            and text.endswith(marker)
        ):
            cursor.insertText(text[len(marker) : -len(marker)])
        elif text:
            cursor.insertText(f"{marker}{text}{marker}")
        else:
            cursor.insertText(marker * 2)
            cursor.movePosition(
                QTextCursor.MoveOperation.Left, QTextCursor.MoveMode.MoveAnchor, len(marker)
            )
            self.setTextCursor(cursor)
        cursor.endEditBlock()

    def set_heading(self, level: int) -> None:
        """Makes the paragraph a heading of `level`; the same level again makes it text."""
        cursor = QTextCursor(self.textCursor().block())
        text = cursor.block().text()
        match = re.match(r"^(#{1,6})\s+", text)
        current = len(match.group(1)) if match else 0
        cursor.beginEditBlock()
        if match:
            cursor.movePosition(
                QTextCursor.MoveOperation.Right, QTextCursor.MoveMode.KeepAnchor, match.end()
            )
            cursor.removeSelectedText()
        if current != level:
            cursor.insertText("#" * level + " ")
        cursor.endEditBlock()

    def toggle_line_prefix(self, kind: Literal["bullet", "number", "quote"]) -> None:
        """Bullets, numbers or quote markers on every selected paragraph, or off if all have
        them."""
        patterns = {"bullet": r"^[-*+]\s+", "number": r"^\d{1,9}[.)]\s+", "quote": r"^>\s?"}
        pattern = re.compile(patterns[kind])
        document = self.document()
        selection = self.textCursor()
        first = document.findBlock(selection.selectionStart())
        last = document.findBlock(selection.selectionEnd())
        blocks = [first]
        while blocks[-1] != last and blocks[-1].next().isValid():
            blocks.append(blocks[-1].next())
        remove = all(pattern.match(b.text()) for b in blocks)
        cursor = QTextCursor(document)
        cursor.beginEditBlock()
        for number, block in enumerate(blocks, start=1):
            edit = QTextCursor(block)
            match = pattern.match(block.text())
            if remove and match:
                edit.movePosition(
                    QTextCursor.MoveOperation.Right, QTextCursor.MoveMode.KeepAnchor, match.end()
                )
                edit.removeSelectedText()
            elif not remove and not match:
                prefix = {"bullet": "- ", "number": f"{number}. ", "quote": "> "}[kind]
                edit.insertText(prefix)
        cursor.endEditBlock()

    def insert_link(self, address: str) -> None:
        cursor = self.textCursor()
        text = cursor.selectedText() or address
        self._grouped(lambda: cursor.insertText(f"[{text}]({address})"))

    # -- zoom ------------------------------------------------------------------------------------

    @property
    def zoom(self) -> float:
        return self._zoom

    def set_zoom(self, factor: float) -> None:
        self._zoom = min(max(factor, ZOOM_STEPS[0]), ZOOM_STEPS[-1])
        self._apply_font()
        self.zoom_changed.emit(self._zoom)

    def zoom_in(self) -> None:
        self.set_zoom(next((z for z in ZOOM_STEPS if z > self._zoom + 1e-6), ZOOM_STEPS[-1]))

    def zoom_out(self) -> None:
        smaller = [z for z in ZOOM_STEPS if z < self._zoom - 1e-6]
        self.set_zoom(smaller[-1] if smaller else ZOOM_STEPS[0])

    def _apply_font(self) -> None:
        self._font.setPointSizeF(BASE_POINT_SIZE * self._zoom)
        self.document().setDefaultFont(self._font)
        self.setTabStopDistance(
            self.fontMetrics().horizontalAdvance(" ") * TAB_STOP_SPACES * self._zoom
        )

    # -- reading ---------------------------------------------------------------------------------

    def text(self) -> str:
        return self.document().toPlainText()

    def headings(self) -> list[tuple[int, int, str]]:
        """(level, line number, text) of every heading outside code blocks."""
        # One scan in C for the lines that matter (a 100,000-word article has some 10,000
        # lines, and the outline is redrawn after every pause in typing).
        text = self.text()
        found = []
        in_fence = False
        number, counted_to = 0, 0
        for match in _HEADING_OR_FENCE.finditer(text):
            if match.group("marks") is None:
                in_fence = not in_fence
                continue
            if in_fence:
                continue
            number += text.count("\n", counted_to, match.start())
            counted_to = match.start()
            found.append((len(match.group("marks")), number, match.group("title").strip()))
        return found

    def go_to_line(self, number: int) -> None:
        block = self.document().findBlockByNumber(number)
        if block.isValid():
            cursor = QTextCursor(block)
            self.setTextCursor(cursor)
            self.ensureCursorVisible()
            self.setFocus()


_HEADING_OR_FENCE = re.compile(
    r"^(?:(?P<marks>#{1,6})[ \t](?P<title>[^\n]*)|[^\S\n]*(?:```|~~~)[^\n]*)$", re.MULTILINE
)


def _grapheme_edge(document: QTextDocument, position: int, *, forward: bool) -> int:
    """`position`, or the nearest position a caret may take after (or before) it when it falls
    inside a character Qt stores as two UTF-16 units."""
    block = document.findBlock(position)
    layout = block.layout() if block.isValid() else None
    if layout is None:
        return position
    offset = position - block.position()
    if layout.isValidCursorPosition(offset):
        return position
    step = QTextLayout.CursorMode.SkipCharacters
    edge = (
        layout.nextCursorPosition(offset, step)
        if forward
        else layout.previousCursorPosition(offset, step)
    )
    return block.position() + edge


def _text_change(old: str, new: str, hint: int) -> tuple[int, int, int] | None:
    """(offset, removed, added) turning `old` into `new`. When equal characters make several
    placements possible (typing "l" in "hello"), the one nearest `hint` — where Qt says the edit
    happened — is taken; a hint Qt merged with a format change (the block's start) cannot pull
    the change outside the placements that are possible. Prefix and suffix are found by halving
    with slice comparisons: a keystroke in a long paragraph costs a few C-speed comparisons."""
    if old == new:
        return None
    shorter = min(len(old), len(new))
    prefix = _longest(lambda n: old[:n] == new[:n], shorter)
    suffix = _longest(lambda n: old[len(old) - n :] == new[len(new) - n :], shorter)
    earliest = max(0, shorter - suffix)
    at = min(max(hint, earliest), prefix)
    suffix = min(suffix, shorter - at)
    return at, len(old) - at - suffix, len(new) - at - suffix


def _longest(holds: Callable[[int], bool], limit: int) -> int:
    """The largest n in [0, limit] for which `holds(n)` (true for all smaller n too)."""
    if holds(limit):
        return limit
    low, high = 0, limit  # holds(low), not holds(high)
    while high - low > 1:
        middle = (low + high) // 2
        if holds(middle):
            low = middle
        else:
            high = middle
    return low


def _utf16(text: str) -> int:
    return len(text) if text.isascii() else len(text.encode("utf-16-le")) // 2


def _set_document_direction(document: QTextDocument, direction: Direction) -> None:
    """The direction of every block that has none of its own (Qt would otherwise take each
    one's first strong character, which is wrong for "ChatGPT أداة…" in an Arabic article)."""
    option = document.defaultTextOption()
    option.setTextDirection(_QT_DIRECTION[direction])
    document.setDefaultTextOption(option)


def _line_direction(line: str, default: Direction) -> Direction:
    if _PLAIN[default].fullmatch(line):
        return default
    return block_direction(line, default) or default


def _has_letter(text: str) -> bool:
    return block_direction(text, None) is not None


def _fragment_runs(source: QMimeData, text: str) -> list[tuple[int, str]] | None:
    """The origins a copy from the studio carried, if it is the very text being pasted."""
    if not source.hasFormat(FRAGMENT_MIME):
        return None
    try:
        payload = json.loads(bytes(source.data(FRAGMENT_MIME).data()).decode("utf-8"))
        runs = [(int(length), str(origin)) for length, origin in payload["runs"]]
    except (ValueError, KeyError, TypeError):
        return None
    if payload.get("text") != text or sum(length for length, _ in runs) != _utf16(text):
        return None
    return runs
