"""F6 and Shift+F6: keyboard focus from one pane of the window to the next, as in Outlook and
VS Code, so a writer reaches the search box, the table, the text and each side panel without
tabbing through every button on the way.

The panes are the ones on screen, in the order the window shows them: on the library tab the
filters, the table and the reading pane; on an article's tab its outline, text, preview and side
panels (comments, similar pieces, checklist) as they stand in the splitter. The order is the
logical one, so in the mirrored Arabic interface F6 still goes the way the user reads.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget

if TYPE_CHECKING:
    from studio.gui.main_window import MainWindow


def panes(window: MainWindow) -> list[QWidget]:
    page = window.workspace.current_editor()
    if page is None:
        shown: list[QWidget] = [window.filters, window.table, window.reader]
    else:
        splitter = page.splitter
        shown = [w for i in range(splitter.count()) if (w := splitter.widget(i)) is not None]
    return [pane for pane in shown if pane.isVisible() and entry(pane) is not None]


def entry(pane: QWidget) -> QWidget | None:
    """The widget that takes the focus for `pane`: the pane itself when it takes focus (the
    table, the text), else its list (a side panel's findings rather than its first button),
    else the first control in its tab order (the search box of the filters)."""
    if _takes_focus(pane):
        return pane
    for view in pane.findChildren(QAbstractItemView):
        if _takes_focus(view) and view.isVisible():
            return view
    widget = pane.nextInFocusChain()
    while widget is not None and widget is not pane:
        if pane.isAncestorOf(widget) and _takes_focus(widget) and widget.isVisible():
            return widget
        widget = widget.nextInFocusChain()
    return None


def _takes_focus(widget: QWidget) -> bool:
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and widget.isEnabled()


def current_pane(window: MainWindow, shown: list[QWidget]) -> int | None:
    focused = QApplication.focusWidget()
    if focused is None:
        return None
    for index, pane in enumerate(shown):
        if pane is focused or pane.isAncestorOf(focused):
            return index
    # The title field, the rating and status beside it, the find bar: they belong with the
    # text, so F6 from the title goes on from the text, not back to the first pane.
    page = window.workspace.current_editor()
    if page is not None and page.isAncestorOf(focused) and page.editor in shown:
        return shown.index(page.editor)
    return None


def cycle(window: MainWindow, forward: bool = True) -> QWidget | None:
    """Moves the focus to the next (or previous) pane, round the end; returns the widget that
    took it. From outside every pane (the tab bar, the menu bar) F6 goes to the first pane and
    Shift+F6 to the last."""
    shown = panes(window)
    if not shown:
        return None
    index = current_pane(window, shown)
    if index is None:
        index = 0 if forward else len(shown) - 1
    else:
        index = (index + (1 if forward else -1)) % len(shown)
    target = entry(shown[index])
    if target is not None:
        target.setFocus(
            Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason
        )
    return target
