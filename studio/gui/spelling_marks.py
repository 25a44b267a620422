"""Spelling as you type: dotted red underlines under the unknown words of the paragraphs on
screen (`studio.text.spelling`), and at the top of the editor's context menu what might have
been meant, Add to Dictionary and Ignore All.

Only the paragraphs on screen are checked, a quarter of a second after typing or scrolling
stops, each paragraph's answer kept until its text changes: a 100,000-word article costs what
the screen shows. The word lists are read in a background thread the first time an article
opens; underlines appear when they are in. The writer's own words are kept in the user's
settings and shared by every article and library.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QTimer
from PySide6.QtGui import QAction, QColor, QFont, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QMenu, QTextEdit

from studio.gui.settings import open_settings
from studio.gui.utf16 import Utf16Positions
from studio.library.errors import LibraryError
from studio.text.spelling import Misspelling, Speller, word_list

if TYPE_CHECKING:
    from studio.gui.editor_text import MarkdownEdit

AS_YOU_TYPE = "spelling/as_you_type"
PERSONAL_WORDS = "spelling/personal_words"
UNDERLINE = QColor("#d32f2f")
CHECK_DELAY_MS = 250
_FENCE_STATE = 1  # the Markdown highlighter's state for lines inside a fenced code block

_speller: Speller | None = None
_loaded = threading.Event()
_loading_started = False
# Goes up when the personal dictionary changes: every editor then checks its paragraphs again.
_generation = 0


def shared_speller() -> Speller:
    """One speller for the whole studio, with the writer's own words from the settings."""
    global _speller
    if _speller is None:
        words = open_settings().value(PERSONAL_WORDS, [])
        if isinstance(words, str):  # QSettings gives a lone value back as a string
            words = [words]
        _speller = Speller(personal=[w for w in words or [] if isinstance(w, str)])
    return _speller


def start_loading() -> None:
    """Reads both word lists in a background thread, once."""
    global _loading_started
    if _loading_started:
        return
    _loading_started = True

    def load() -> None:
        word_list("en")
        word_list("ar").folded  # noqa: B018 - built here, not on the first check
        _loaded.set()

    threading.Thread(target=load, name="spelling-lists", daemon=True).start()


def enabled() -> bool:
    return open_settings().value(AS_YOU_TYPE, True, type=bool)


def set_enabled(on: bool) -> None:
    open_settings().setValue(AS_YOU_TYPE, on)


def add_personal_word(word: str) -> None:
    global _generation
    speller = shared_speller()
    speller.add_personal(word)
    open_settings().setValue(PERSONAL_WORDS, sorted(speller.personal))
    _generation += 1


class SpellingMarks(QObject):
    """The underlines and menu entries of one editor. With `in_library` (a word -> whether it
    occurs in several of the library's other articles), a word the lists do not know but the
    writer's own library uses — a name, a term of their field — is not underlined."""

    def __init__(
        self, edit: MarkdownEdit, in_library: Callable[[str], bool | None] | None = None
    ) -> None:
        # No Qt parent: the editor page holds this object, and when Python lets go of it the Qt
        # side (its timer, its event filter) goes at the same moment. As a child of the editor it
        # outlived its Python attributes when the garbage collector broke the cycle between the
        # two, and a late event then reached a half-cleared object.
        super().__init__()
        self.edit = edit
        self.in_library = in_library
        self._library_words: dict[str, bool] = {}
        self.speller = shared_speller()
        # Paragraph text -> its unknown words, for the paragraphs checked so far.
        self._cache: dict[str, list[Misspelling]] = {}
        self._generation = _generation
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CHECK_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        edit.textChanged.connect(self._timer.start)
        edit.verticalScrollBar().valueChanged.connect(self._timer.start)
        edit.menu_hooks.append(self.add_menu_entries)
        # A tab in the background is checked when it comes to the front, not before: finding
        # the paragraphs on screen lays its whole text out.
        edit.installEventFilter(self)
        start_loading()
        self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.Show:
            self._timer.start()
        return False

    def forget(self) -> None:
        """After the personal dictionary or the ignored words changed."""
        self._cache.clear()
        self.refresh()

    def refresh(self) -> None:
        if not shiboken6.isValid(self.edit):
            self._timer.stop()  # its editor was closed; this object goes with the page
            return
        if not enabled():
            if self.edit.spell_marks:
                self.edit.spell_marks = []
                self.edit.refresh_marks()
            return
        if not _loaded.is_set():
            self._timer.start(CHECK_DELAY_MS * 2)
            return
        if not self.edit.isVisible():
            return
        selections = []
        fmt = QTextCharFormat()
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
        fmt.setUnderlineColor(UNDERLINE)
        for block in self._visible_blocks():
            text = block.text()
            qt = Utf16Positions(text)
            for miss in self._unknown(text):
                cursor = QTextCursor(block)
                cursor.setPosition(block.position() + qt(miss.start))
                cursor.setPosition(block.position() + qt(miss.end), QTextCursor.MoveMode.KeepAnchor)
                selection = QTextEdit.ExtraSelection()
                selection.cursor = cursor
                selection.format = fmt
                selections.append(selection)
        self.edit.spell_marks = selections
        self.edit.refresh_marks()

    def _unknown(self, text: str) -> list[Misspelling]:
        if self._generation != _generation:
            self._generation = _generation
            self._cache.clear()
            self.speller.clear_cache()
        found = self._cache.get(text)
        if found is None:
            answers = [(m, self._used_in_library(m.word)) for m in self.speller.unknown(text)]
            found = [m for m, used in answers if not used]
            if len(self._cache) > 5000:
                self._cache.clear()
            # A paragraph whose words the library could not be asked about yet (still opening)
            # is asked again at the next refresh.
            if all(used is not None for _m, used in answers):
                self._cache[text] = found
        return found

    def _used_in_library(self, word: str) -> bool | None:
        """Whether the library uses the word; None when it cannot say yet."""
        if self.in_library is None:
            return False
        known = self._library_words.get(word)
        if known is None:
            try:
                known = self.in_library(word)
            except LibraryError:
                return False  # a busy or unreadable library: underline as the lists say
            if known is None:
                if not self._timer.isActive():
                    self._timer.start(CHECK_DELAY_MS * 4)
                return None
            self._library_words[word] = known
        return known

    def _visible_blocks(self):  # type: ignore[no-untyped-def]
        viewport = self.edit.viewport().rect()
        top = self.edit.cursorForPosition(QPoint(0, 0)).block()
        bottom = self.edit.cursorForPosition(QPoint(viewport.width(), viewport.height())).block()
        block = top
        while block.isValid():
            if block.userState() != _FENCE_STATE and not block.text().lstrip().startswith(
                ("```", "~~~")
            ):
                yield block
            if block == bottom:
                break
            block = block.next()

    def misspelling_at(self, position: int) -> tuple[Misspelling, int, int] | None:
        """The unknown word at Qt position `position`, with its Qt start and end."""
        if not enabled() or not _loaded.is_set():
            return None
        block = self.edit.document().findBlock(position)
        text = block.text()
        qt = Utf16Positions(text)
        for miss in self._unknown(text):
            start = block.position() + qt(miss.start)
            end = block.position() + qt(miss.end)
            if start <= position <= end:
                return miss, start, end
        return None

    def add_menu_entries(self, menu: QMenu, pos: QPoint) -> None:
        found = self.misspelling_at(self.edit.cursorForPosition(pos).position())
        if found is None:
            return
        miss, start, end = found
        first = menu.actions()[0] if menu.actions() else None
        entries: list[QAction] = []
        suggestions = self.speller.suggestions(miss.word, miss.lang)
        for word in suggestions:
            action = QAction(word, menu)
            bold = QFont(action.font())
            bold.setBold(True)
            action.setFont(bold)
            action.triggered.connect(lambda _=False, w=word: self.replace(start, end, w))
            entries.append(action)
        if not suggestions:
            none = QAction(QCoreApplication.translate("Spelling", "No Suggestions"), menu)
            none.setEnabled(False)
            entries.append(none)
        add = QAction(QCoreApplication.translate("Spelling", "Add to Dictionary"), menu)
        add.triggered.connect(lambda: self.add_to_dictionary(miss.word))
        ignore = QAction(QCoreApplication.translate("Spelling", "Ignore All"), menu)
        ignore.triggered.connect(lambda: self.ignore_all(miss.word))
        entries += [add, ignore]
        menu.insertActions(first, entries)
        menu.insertSeparator(first)

    def replace(self, start: int, end: int, word: str) -> None:
        """Puts `word` in place of the unknown one: one undo step, typed by the writer."""
        cursor = QTextCursor(self.edit.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        cursor.beginEditBlock()
        cursor.insertText(word)
        cursor.endEditBlock()
        self.edit.setTextCursor(cursor)

    def add_to_dictionary(self, word: str) -> None:
        add_personal_word(word)
        self.forget()

    def ignore_all(self, word: str) -> None:
        # For this article, this session: a speller of its own that knows what the shared one
        # knows, and the words ignored here.
        if self.speller is shared_speller():
            own = Speller()
            own.personal = self.speller.personal  # the same set: words added later count too
            self.speller = own
        self.speller.ignore(word)
        self.forget()
