"""The writing desk comes back as the writer left it.

The articles open in tabs, their order, the tab in front, each article's caret, scroll and side
panels, and the article selected in the library are remembered per library, in the user's
settings rather than in the library: a library shared by a team is one file, but each member
has their own desk. They are written when the desk changes (a tab opened, closed, moved or
switched to, an article saved), so a crash loses little, and once more just before the tabs
close (quitting, another library, a backup restored).

Coming back never gets in the writer's way: an article deleted since, replaced by another one
under the same id (a library rebuilt in the same place) or grown too long to edit is left out,
with at most a line in the status bar; a caret past the end of a text changed elsewhere stops at
its end; a new article nobody wrote anything in is not brought back. The tab in front opens
first and the others follow one per turn of the event loop, so the window answers meanwhile.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, fields
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPoint, QTimer, Signal
from PySide6.QtGui import QTextCursor

from studio.gui import settings as keys
from studio.gui import size_limits
from studio.gui.settings import open_settings
from studio.library import LibraryError

if TYPE_CHECKING:
    from studio.gui.editor_page import ArticleEditor
    from studio.gui.main_window import MainWindow
    from studio.library import ArticleDetail, Library

# Writes wait this long after a change, so a burst of them (tabs reordered, typing that
# autosaves every second) is one write.
KEEP_DELAY_MS = 500
# How often, and for how long, the first restore looks whether the library has finished opening
# in the background (studio/library/deferred.py) before it reads articles.
OPEN_POLL_MS = 50
OPEN_POLL_LIMIT_MS = 60_000
# Desks of libraries not opened for a while are forgotten beyond this many.
KEPT_DESKS = 30


@dataclass(frozen=True, slots=True)
class TabMemory:
    """One article's tab. Positions are Qt's (UTF-16 units of the text)."""

    article_id: int
    # When the article was created: a library rebuilt at the same place reuses ids.
    created: str = ""
    anchor: int = 0
    position: int = 0
    # The first character in view: the scroll follows the text, not the window's width.
    top: int = 0
    outline: bool = True
    preview: bool = False
    similar: bool = False
    checklist: bool = True
    # None: the comments panel follows the comments (shown when there are some).
    comments: bool | None = None
    focus: bool = False
    authorship: bool = False
    zoom: float = 1.0

    @classmethod
    def from_dict(cls, data: object) -> TabMemory | None:
        """None for anything that is not a tab as written here (a damaged or foreign value)."""
        if not isinstance(data, dict) or not isinstance(data.get("article_id"), int):
            return None
        kinds = {f.name: f.type for f in fields(cls)}
        kept: dict[str, Any] = {}
        for name, value in data.items():
            kind = kinds.get(name)
            if kind is None:
                continue
            wanted = {"int": int, "str": str, "bool": bool, "float": (int, float)}.get(str(kind))
            if wanted is None:  # the comments' bool | None
                if value is None or isinstance(value, bool):
                    kept[name] = value
            elif isinstance(value, wanted) and (wanted is bool or not isinstance(value, bool)):
                kept[name] = float(value) if kind == "float" else value
        return cls(**kept)


@dataclass(frozen=True, slots=True)
class DeskMemory:
    """The tabs in their order, which one was in front (-1: the library), and the article
    selected in the library."""

    tabs: tuple[TabMemory, ...] = ()
    current: int = -1
    selected: int | None = None
    saved: str = field(default="", compare=False)

    def to_json(self) -> str:
        data = asdict(self)
        data["tabs"] = [asdict(tab) for tab in self.tabs]
        return json.dumps(data, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: object) -> DeskMemory | None:
        try:
            data = json.loads(str(text))
        except ValueError:
            return None
        if not isinstance(data, dict):
            return None
        raw_tabs = data.get("tabs")
        tabs = tuple(
            tab for tab in (TabMemory.from_dict(t) for t in (raw_tabs or [])) if tab is not None
        )
        current = data.get("current")
        selected = data.get("selected")
        return cls(
            tabs=tabs,
            current=current if isinstance(current, int) and 0 <= current < len(tabs) else -1,
            selected=selected if isinstance(selected, int) else None,
            saved=str(data.get("saved", "")),
        )


def desk_key(library_path: Path) -> str:
    """The settings key of a library's desk: its resolved path, hashed (a path's slashes
    would be read as settings groups)."""
    path = str(Path(library_path).expanduser().resolve())
    return f"{keys.DESKS}/{hashlib.sha256(path.encode('utf-8')).hexdigest()[:24]}"


def load_desk(library_path: Path) -> DeskMemory | None:
    return DeskMemory.from_json(open_settings().value(desk_key(library_path), ""))


def store_desk(library_path: Path, desk: DeskMemory) -> None:
    settings = open_settings()
    stamped = DeskMemory(desk.tabs, desk.current, desk.selected, datetime.now(UTC).isoformat())
    settings.setValue(desk_key(library_path), stamped.to_json())
    settings.beginGroup(keys.DESKS)
    names = settings.childKeys()
    if len(names) > KEPT_DESKS:
        ages = {name: DeskMemory.from_json(settings.value(name)) for name in names}
        oldest = sorted(names, key=lambda n: (ages[n] or DeskMemory()).saved)
        for name in oldest[: len(names) - KEPT_DESKS]:
            settings.remove(name)
    settings.endGroup()
    settings.sync()


def remember_tab(page: ArticleEditor, top: int | None = None) -> TabMemory:
    editor = page.editor
    cursor = editor.textCursor()
    review = page.review
    return TabMemory(
        article_id=page.article_id,
        created=page.article.created.isoformat(),
        anchor=cursor.anchor(),
        position=cursor.position(),
        # A pixel below the view's top edge: on the edge itself, Qt answers with the line above
        # (where `scroll_to` puts a remembered line), and the view crept up at every reopening.
        top=editor.cursorForPosition(QPoint(0, 1)).position() if top is None else top,
        outline=page.outline.isVisibleTo(page) or editor.focus_mode,
        preview=page.preview.isVisibleTo(page),
        similar=page.similar is not None and page.similar.panel.isVisibleTo(page),
        checklist=page.checks.active,
        comments=review.opened_by_user if review.hidden_by_user or review.opened_by_user else None,
        focus=editor.focus_mode,
        authorship=page.show_authorship,
        zoom=editor.zoom,
    )


def _worth_restoring(article: ArticleDetail, tab: TabMemory) -> bool | None:
    """True to reopen; False to leave out quietly (a new article never written in); None to
    leave out and say so (not the same article any more, too long to edit now)."""
    if tab.created and article.created.isoformat() != tab.created:
        return None
    if len(article.body) > size_limits.EDITOR_MAX_CHARS:
        return None
    # Ctrl+N stores an empty draft at once; untouched since (version 1), it held nothing.
    return not (article.version <= 1 and not article.body.strip())


def apply_tab(page: ArticleEditor, tab: TabMemory) -> None:
    """Panels, zoom and caret as remembered (the scroll waits until the page is laid out)."""
    if not tab.outline:
        page.outline.setVisible(False)
    page.checks.set_active(tab.checklist)
    if tab.comments is not None:
        page.review.set_panel_wanted(tab.comments)
    if tab.preview:
        page.set_preview_visible(True)
    if tab.similar:
        page.set_similar_visible(True)
    if tab.authorship:
        page.set_authorship_visible(True)
    if abs(tab.zoom - page.editor.zoom) > 1e-6:
        page.editor.set_zoom(tab.zoom)
    if tab.focus:
        page.set_focus_mode(True)
    document = page.editor.document()
    end = document.characterCount() - 1
    cursor = QTextCursor(document)
    # The text may have changed elsewhere since: a caret past its end stops at the end.
    cursor.setPosition(min(max(tab.anchor, 0), end))
    cursor.setPosition(min(max(tab.position, 0), end), QTextCursor.MoveMode.KeepAnchor)
    page.editor.setTextCursor(cursor)


def scroll_to(page: ArticleEditor, top: int) -> None:
    """Puts the line holding character `top` at the top of the view."""
    editor = page.editor
    document = editor.document()
    cursor = QTextCursor(document)
    cursor.setPosition(min(max(top, 0), document.characterCount() - 1))
    bar = editor.verticalScrollBar()
    # cursorRect is in the viewport's coordinates: add the scroll to get the document's. The
    # line's own top, not a margin above it: `remember_tab` takes the character at the view's
    # top, so room left above put the line before it there, and every reopening crept the
    # view up by a line. Only the first line keeps the document's margin above it.
    line_top = bar.value() + editor.cursorRect(cursor).top()
    if line_top <= int(document.documentMargin()):
        line_top = 0
    bar.setValue(line_top)


class DeskKeeper(QObject):
    """Remembers `window`'s desk for its library and brings it back."""

    # The last restore has finished (every remembered tab reopened or left out).
    restored = Signal()

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.workspace = window.workspace
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(KEEP_DELAY_MS)
        self._timer.timeout.connect(self.keep_now)
        # Nothing is written before the remembered desk has been read: a window closed while
        # its library is still opening must not leave an empty desk in place of the real one.
        self._loaded = False
        # After the tabs were all closed (quitting, switching) the desk stays as it was kept
        # just before, until the next desk is restored or a tab is opened by hand.
        self._paused = False
        self._restoring = False
        self._selected: int | None = None
        # Each restore's number: a wait for the library (restore_when_open) overtaken by
        # another restore (a library switched meanwhile) gives up.
        self._generation = 0
        # Remembered tabs still to reopen, with their place among the remembered ones.
        self._queue: list[tuple[int, TabMemory]] = []
        self._reopened: list[tuple[int, ArticleEditor]] = []
        self._left_out = 0
        # Pages reopened but not yet shown: their scroll, applied once they are laid out.
        self._scroll_pending: dict[ArticleEditor, int] = {}
        self.busy = False
        self.workspace.currentChanged.connect(lambda _index: self.changed())
        self.workspace.tabBar().tabMoved.connect(lambda _a, _b: self.changed())
        self.workspace.editor_opened.connect(self._on_opened)
        self.workspace.closing_all.connect(self._before_closing_all)

    # -- remembering -----------------------------------------------------------------------------

    def changed(self) -> None:
        if self._loaded and not self._paused and not self._restoring:
            self._timer.start()

    def _on_opened(self, page: ArticleEditor) -> None:
        if self._loaded and not self._restoring:
            self._paused = False
        page.saved.connect(lambda _article: self.changed())
        # A tab closed behind the current one changes no current index: its page going does.
        page.destroyed.connect(lambda _obj=None, page=page: self._on_closed(page))
        page.installEventFilter(self)
        self.changed()

    def _on_closed(self, page: ArticleEditor) -> None:
        self._scroll_pending.pop(page, None)
        self.changed()

    def current_desk(self) -> DeskMemory:
        workspace = self.workspace
        pages = workspace.editors()
        tabs = [remember_tab(p, self._scroll_pending.get(p)) for p in pages]
        current_page = workspace.current_editor()
        current = pages.index(current_page) if current_page is not None else -1
        if self._queue:
            # Closed before the restore finished: the tabs not reopened yet are not lost.
            order = {id(p): i for i, p in self._reopened}
            places = [order.get(id(p), -1) for p in pages]
            for place, tab in self._queue:
                after = [n for n, seen in enumerate(places) if 0 <= seen < place]
                at = after[-1] + 1 if after else 0
                tabs.insert(at, tab)
                places.insert(at, place)
                if current >= at:
                    current += 1
        return DeskMemory(tuple(tabs), current, self.window.reader.article_id)

    def keep_now(self) -> None:
        self._timer.stop()
        if not self._loaded:
            return
        store_desk(self.workspace.library.path, self.current_desk())

    def _before_closing_all(self) -> None:
        # Paused: kept already, and nothing opened since (switching closes the tabs twice).
        if not self._paused:
            self.keep_now()
        self._timer.stop()
        self._paused = True
        self._stop_restoring()
        self.busy = False

    def resume(self) -> None:
        """The tabs did not all close after all (the window stays open)."""
        self._paused = False
        self.changed()

    # -- restoring -------------------------------------------------------------------------------

    def restore_when_open(self) -> None:
        """Restores once the window's library has finished opening in the background."""
        waited = [0]
        generation = self._generation

        def poll() -> None:
            if generation != self._generation:
                return
            ready: Callable[[], bool] | None = getattr(self.window.library, "is_open", None)
            if ready is None or ready() or waited[0] >= OPEN_POLL_LIMIT_MS:
                self.restore()
            else:
                waited[0] += OPEN_POLL_MS
                QTimer.singleShot(OPEN_POLL_MS, self, poll)

        self.busy = True
        QTimer.singleShot(0, self, poll)

    def restore(self) -> None:
        """Reopens the desk remembered for the window's library: the tab that was in front at
        once, the others one per turn of the event loop."""
        self._stop_restoring()
        self._generation += 1
        self._paused = False
        self._loaded = True
        library = self.window.library
        desk = load_desk(library.path)
        if desk is None or not desk.tabs:
            self._select(desk.selected if desk is not None else None)
            self._finish()
            return
        self.busy = True
        self._restoring = True
        self._left_out = 0
        self._reopened = []
        order = list(enumerate(desk.tabs))
        if desk.current >= 0:
            order.insert(0, order.pop(desk.current))
        self._queue = order
        self._selected = desk.selected
        if desk.current >= 0:
            page = self._reopen_next(library)
            if page is not None and self.workspace.current_editor() is None:
                self.workspace.setCurrentWidget(page)
                page.editor.setFocus()
        QTimer.singleShot(0, self, self._step)

    def _step(self) -> None:
        if not self._restoring:
            return
        if self._queue:
            self._reopen_next(self.window.library)
            QTimer.singleShot(0, self, self._step)
            return
        self._restoring = False
        self._select(self._selected)
        # Said only if nothing else is being said (a backup restore's outcome, say).
        if self._left_out and not self.window.statusBar().currentMessage():
            self.window.statusBar().showMessage(
                self.tr(
                    "%Ln article(s) open last time could not be opened again: deleted or "
                    "changed since.",
                    "",
                    self._left_out,
                ),
                8000,
            )
        self.keep_now()
        self._finish()

    def _reopen_next(self, library: Library) -> ArticleEditor | None:
        place, tab = self._queue.pop(0)
        if self.workspace.editor_for(tab.article_id) is not None:
            return None  # opened meanwhile (a text kept over a restore): left as it is
        try:
            article = library.get(tab.article_id)
        except LibraryError:
            self._left_out += 1
            return None
        if article.trashed_at is not None:
            # Moved to the Trash since (here, or by `qalam trash`): left out like a deleted one.
            self._left_out += 1
            return None
        wanted = _worth_restoring(article, tab)
        if not wanted:
            self._left_out += wanted is None
            return None
        page = self.workspace.open_article(tab.article_id, show=False)
        if page is None:
            self._left_out += 1
            return None
        apply_tab(page, tab)
        self._place(page, place)
        self._reopened.append((place, page))
        self._scroll_pending[page] = tab.top
        if page.isVisible():
            QTimer.singleShot(0, self, lambda: self._scroll(page))
        return page

    def _place(self, page: ArticleEditor, place: int) -> None:
        """Puts the tab after the remembered tabs that came before it and are open again."""
        before = [
            self.workspace.indexOf(p)
            for n, p in self._reopened
            if n < place and shiboken6.isValid(p)  # closed meanwhile
        ]
        before = [index for index in before if index >= 0]
        target = max(before) + 1 if before else 1
        index = self.workspace.indexOf(page)
        if index != target:
            self.workspace.tabBar().moveTab(index, target)

    def _select(self, article_id: int | None) -> None:
        window = self.window
        if article_id is not None and window.reader.article_id is None:
            window.select_article(article_id)

    def _finish(self) -> None:
        self.busy = False
        self.restored.emit()

    def _stop_restoring(self) -> None:
        self._restoring = False
        self._queue = []
        self._reopened = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and watched in self._scroll_pending:
            page = watched
            # After the show's layout has given the text its width.
            QTimer.singleShot(0, self, lambda: self._scroll(page))  # type: ignore[arg-type]
        return super().eventFilter(watched, event)

    def _scroll(self, page: ArticleEditor) -> None:
        top = self._scroll_pending.pop(page, None)
        if top is not None and page.isVisible():
            scroll_to(page, top)
        elif top is not None:
            self._scroll_pending[page] = top
