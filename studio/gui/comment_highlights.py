"""Comment highlights for a `QTextEdit` showing an article's body, and the selection as a
passage to comment on.

Anchors are re-found in the text the edit holds *now* (unsaved typing included), so highlights
follow the writer's edits as they type. The library counts code points; Qt counts UTF-16 units
(an emoji is two), so every offset crossing the boundary is converted here.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit

from studio.review.anchoring import AnchorState, locate
from studio.review.records import Comment

OPEN = QColor("#fbe7a8")
DRIFTED = QColor("#fbd9a8")
ACTIVE = QColor("#f4c24d")


def to_qt(text: str, offset: int) -> int:
    """A code-point offset into `text` as Qt's UTF-16 position."""
    return offset + sum(1 for ch in text[:offset] if ord(ch) > 0xFFFF)


def from_qt(text: str, position: int) -> int:
    """Qt's UTF-16 position in `text` as a code-point offset."""
    units = 0
    for index, ch in enumerate(text):
        if units >= position:
            return index
        units += 2 if ord(ch) > 0xFFFF else 1
    return len(text)


def current_spans(text: str, threads: Sequence[Comment]) -> dict[int, tuple[int, int, AnchorState]]:
    """Thread id → (start, end, state) in code points of `text`, for the threads whose passage
    is still there."""
    spans: dict[int, tuple[int, int, AnchorState]] = {}
    for thread in threads:
        if thread.anchor is None:
            continue
        located = locate(thread.anchor, text)
        if located.found:
            assert located.start is not None and located.end is not None
            spans[thread.id] = (located.start, located.end, located.state)
    return spans


def comment_selections(
    edit: QTextEdit,
    threads: Sequence[Comment],
    *,
    active: int | None = None,
    include_resolved: bool = False,
) -> list[QTextEdit.ExtraSelection]:
    """Highlights of the open threads' passages (resolved ones too on request); `active` is
    drawn stronger. Combine with the edit's other extra selections before setting them."""
    text = edit.toPlainText()
    shown = [t for t in threads if include_resolved or not t.resolved]
    selections = []
    for thread_id, (start, end, state) in current_spans(text, shown).items():
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(edit.document())
        cursor.setPosition(to_qt(text, start))
        cursor.setPosition(to_qt(text, end), QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        fmt = QTextCharFormat()
        colour = (
            ACTIVE if thread_id == active else DRIFTED if state is AnchorState.DRIFTED else OPEN
        )
        fmt.setBackground(colour)
        selection.format = fmt
        selections.append(selection)
    return selections


def selected_passage(edit: QTextEdit) -> tuple[int, int] | None:
    """The selection as (start, end) code points of the edit's text, ready for
    `Library.add_comment(start=…, end=…)`; None without a selection or on blank space only."""
    cursor = edit.textCursor()
    if not cursor.hasSelection():
        return None
    text = edit.toPlainText()
    start = from_qt(text, cursor.selectionStart())
    end = from_qt(text, cursor.selectionEnd())
    # Spaces and line ends at the selection's edges are not part of what is commented on.
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None
