"""The writing desk's tabs: the library first, then every article open for writing.

Owns the editing actions (Edit, Format and the editor's View entries) and applies them to the
article in the current tab, so menus, toolbars and shortcuts are built once.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypeGuard

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QInputDialog,
    QLabel,
    QMenu,
    QMenuBar,
    QMessageBox,
    QTabWidget,
    QWidget,
)

from studio.gui import size_limits, spelling_marks
from studio.gui.bidi_text import FSI, PDI
from studio.gui.error_texts import error_message
from studio.gui.file_dialogs import open_file_name
from studio.library.errors import LibraryCorrupt, LibraryError
from studio.text import Direction, detect_language

# A tab shows this many characters of a title at most; the tooltip holds the whole of it.
TAB_TITLE_CHARS = 28


def tab_label(title: str) -> str:
    """`title` cut to fit a tab, in a first-strong isolate: an Arabic title in the English
    interface (or an English one in the Arabic interface) reads in its own direction, so the
    "…" that ends a cut title stands at the title's end — on the left of an Arabic one —
    and not before its first word."""
    if len(title) > TAB_TITLE_CHARS:
        title = title[: TAB_TITLE_CHARS - 1].rstrip() + "…"
    return f"{FSI}{title}{PDI}"


@dataclass(frozen=True, slots=True)
class KeptText:
    """An article's unsaved text, carried over a restore of its library."""

    article_id: int
    title: str
    body: str


if TYPE_CHECKING:
    # The editor (and everything it brings: review, checks, preview) is imported when the first
    # article opens for writing, not while the window starts.
    from studio.gui.editor_page import ArticleEditor
    from studio.gui.similar_worker import SimilarWorker
    from studio.library import ArticleDetail, Library


class EditorTabs(QTabWidget):
    """Tab 0 is the library view; the others are `ArticleEditor`s."""

    editor_opened = Signal(object)
    # article id, flag: an open article's checklist result was stored (the library's badge).
    check_stored = Signal(int, str)
    message = Signal(str)
    # A save met a damaged library (LibraryCorrupt): the window offers the newest good backup.
    damaged = Signal(object)
    # Every article is about to close at once (quitting, another library, a restore): the desk
    # is remembered as it stands now, before its tabs go one by one.
    closing_all = Signal()

    def __init__(
        self,
        library: Library,
        library_view: QWidget,
        parent: QWidget | None = None,
        *,
        similar: SimilarWorker | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("workspace")
        self.library = library
        # Answers every open article's similar-pieces panel (one index per window).
        self.similar = similar
        # The last "too long to edit" message, while it is open (tests look at it).
        self.long_article_notice: QMessageBox | None = None
        self.setDocumentMode(True)
        self.setTabsClosable(True)
        self.setMovable(True)
        self.addTab(library_view, self.tr("Library"))
        # The library tab has no close button: it is always there.
        for side in (self.tabBar().ButtonPosition.LeftSide, self.tabBar().ButtonPosition.RightSide):
            self.tabBar().setTabButton(0, side, None)
        self.tabCloseRequested.connect(self.close_tab)
        self.currentChanged.connect(self._on_current_changed)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("editorStatus")
        self._previous: ArticleEditor | None = None
        self._build_actions()
        self._on_current_changed(self.currentIndex())

    # -- actions ---------------------------------------------------------------------------------

    def set_spelling(self) -> None:
        """Check Spelling as You Type: for every open article, and remembered."""
        spelling_marks.set_enabled(self.spelling_action.isChecked())
        for page in self.editors():
            page.spelling.refresh()

    def _make(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: str | QKeySequence | QKeySequence.StandardKey | None = None,
        name: str = "",
        *,
        checkable: bool = False,
        tip: str = "",
    ) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setToolTip(tip)
        action.setCheckable(checkable)
        if checkable:
            action.toggled.connect(lambda _on: slot())
        else:
            action.triggered.connect(lambda _checked=False: slot())
        # Shortcuts work from any widget of the window (title field, outline).
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        return action

    def _on_editor(self, apply: Callable[[ArticleEditor], object]) -> Callable[[], None]:
        def run() -> None:
            page = self.current_editor()
            if page is not None:
                apply(page)

        return run

    def _build_actions(self) -> None:
        e = self._on_editor
        self.new_action = self._make(self.tr("&New Article"), self.new_article, "Ctrl+N", "new")
        self.snapshot_action = self._make(
            self.tr("&Save Snapshot"), e(lambda p: p.save("manual")), "Ctrl+S", "snapshot"
        )
        self.close_tab_action = self._make(
            self.tr("&Close Article"), self.close_current, "Ctrl+W", "closeArticle"
        )
        self.undo_action = self._make(
            self.tr("&Undo"), e(lambda p: p.editor.undo()), QKeySequence.StandardKey.Undo, "undo"
        )
        self.redo_action = self._make(
            self.tr("&Redo"), e(lambda p: p.editor.redo()), QKeySequence.StandardKey.Redo, "redo"
        )
        self.paste_plain_action = self._make(
            self.tr("Paste as Pla&in Text"),
            e(lambda p: p.editor.paste_plain()),
            "Ctrl+Shift+V",
            "pastePlain",
        )
        self.paste_ai_action = self._make(
            self.tr("Paste as &AI Text"),
            e(lambda p: p.editor.paste_as("ai")),
            "Ctrl+Shift+Alt+V",
            "pasteAi",
        )
        self.mark_ai_action = self._make(
            self.tr("&Mark Selection as AI-Written"),
            e(lambda p: p.mark_selection_ai()),
            None,
            "markAi",
        )
        self.spelling_action = self._make(
            self.tr("Check &Spelling as You Type"),
            self.set_spelling,
            None,
            "spellingAsYouType",
            checkable=True,
        )
        self.spelling_action.setChecked(spelling_marks.enabled())
        self.history_action = self._make(
            self.tr("&History…"), e(lambda p: p.open_history()), "Ctrl+Shift+H", "history"
        )
        self.authorship_action = self._make(
            self.tr("Show &Authorship"),
            e(lambda p: p.set_authorship_visible(self.authorship_action.isChecked())),
            None,
            "showAuthorship",
            checkable=True,
        )
        self.find_action = self._make(
            self.tr("&Find…"), e(lambda p: p.find_bar.open_bar(False)), "Ctrl+F", "findText"
        )
        self.replace_action = self._make(
            self.tr("Find and Re&place…"),
            e(lambda p: p.find_bar.open_bar(True)),
            "Ctrl+H",
            "replaceText",
        )
        self.bold_action = self._make(
            self.tr("&Bold"),
            e(lambda p: p.editor.wrap_selection("**")),
            "Ctrl+B",
            "bold",
            tip=self.tr("Bold (Ctrl+B)"),
        )
        self.italic_action = self._make(
            self.tr("&Italic"),
            e(lambda p: p.editor.wrap_selection("*")),
            "Ctrl+I",
            "italic",
            tip=self.tr("Italic (Ctrl+I)"),
        )
        self.heading_actions = [
            self._make(
                self.tr("Heading {level}").format(level=level),
                e(lambda p, level=level: p.editor.set_heading(level)),
                f"Ctrl+{level}",
                f"heading{level}",
            )
            for level in (1, 2, 3)
        ]
        self.bullet_action = self._make(
            self.tr("Bulleted &List"),
            e(lambda p: p.editor.toggle_line_prefix("bullet")),
            "Ctrl+Shift+8",
            "bullets",
        )
        self.number_action = self._make(
            self.tr("&Numbered List"),
            e(lambda p: p.editor.toggle_line_prefix("number")),
            "Ctrl+Shift+7",
            "numbers",
        )
        self.quote_action = self._make(
            self.tr("&Quote"),
            e(lambda p: p.editor.toggle_line_prefix("quote")),
            "Ctrl+Shift+9",
            "quote",
        )
        self.link_action = self._make(self.tr("Lin&k…"), e(self._insert_link), "Ctrl+K", "link")
        self.image_action = self._make(
            self.tr("I&mage…"), e(self._insert_image), "Ctrl+Shift+I", "image"
        )
        self.cycle_direction_action = self._make(
            self.tr("Cycle Paragraph Direction"),
            e(lambda p: p.editor.cycle_paragraph_direction()),
            "Ctrl+Shift+X",
            "cycleDirection",
        )
        self.rtl_action = self._make(
            self.tr("Paragraph Right to Left"),
            e(lambda p: p.editor.set_paragraph_direction(Direction.RTL)),
            "Ctrl+Shift+R",
            "paragraphRtl",
        )
        self.ltr_action = self._make(
            self.tr("Paragraph Left to Right"),
            e(lambda p: p.editor.set_paragraph_direction(Direction.LTR)),
            "Ctrl+Shift+L",
            "paragraphLtr",
        )
        self.auto_direction_action = self._make(
            self.tr("Paragraph Direction from Its Text"),
            e(lambda p: p.editor.set_paragraph_direction(None)),
            "Ctrl+Shift+A",
            "paragraphAuto",
        )
        self.article_direction_group = QActionGroup(self)
        self.article_direction_actions: dict[str, QAction] = {}
        for setting, label in (
            ("auto", self.tr("From the Article's Language")),
            ("rtl", self.tr("Right to Left")),
            ("ltr", self.tr("Left to Right")),
        ):
            action = QAction(label, self)
            action.setObjectName(f"articleDirection_{setting}")
            action.setCheckable(True)
            action.triggered.connect(
                lambda _checked=False, setting=setting: self._set_article_direction(setting)
            )
            self.article_direction_group.addAction(action)
            self.article_direction_actions[setting] = action
        self.outline_action = self._make(
            self.tr("&Outline"),
            e(lambda p: p.outline.setVisible(self.outline_action.isChecked())),
            None,
            "showOutline",
            checkable=True,
        )
        self.outline_action.setChecked(True)
        self.preview_action = self._make(
            self.tr("&Preview"),
            e(lambda p: p.set_preview_visible(self.preview_action.isChecked())),
            "Ctrl+Shift+P",
            "showPreview",
            checkable=True,
        )
        self.focus_action = self._make(
            self.tr("&Focus Mode"),
            e(lambda p: p.set_focus_mode(self.focus_action.isChecked())),
            "Ctrl+Shift+F",
            "focusMode",
            checkable=True,
        )
        self.zoom_in_action = self._make(
            self.tr("Zoom &In"), e(lambda p: p.editor.zoom_in()), "Ctrl+=", "zoomIn"
        )
        self.zoom_in_action.setShortcuts([QKeySequence("Ctrl+="), QKeySequence("Ctrl++")])
        self.zoom_out_action = self._make(
            self.tr("Zoom O&ut"), e(lambda p: p.editor.zoom_out()), "Ctrl+-", "zoomOut"
        )
        self.zoom_reset_action = self._make(
            self.tr("Actual Si&ze"), e(lambda p: p.editor.set_zoom(1.0)), "Ctrl+0", "zoomReset"
        )
        self.comment_action = self._make(
            self.tr("Add &Comment…"), e(self._start_comment), "Ctrl+Alt+M", "addComment"
        )
        self.review_action = self._make(
            self.tr("&Review…"), e(lambda p: p.review.start_review()), None, "reviewArticle"
        )
        self.comments_panel_action = self._make(
            self.tr("&Comments"),
            e(lambda p: p.review.set_panel_wanted(self.comments_panel_action.isChecked())),
            None,
            "showComments",
            checkable=True,
        )
        self.comments_panel_action.setChecked(True)
        self.similar_action = self._make(
            self.tr("&Similar Pieces"),
            e(lambda p: p.set_similar_visible(self.similar_action.isChecked())),
            "Ctrl+Alt+S",
            "showSimilar",
            checkable=True,
            tip=self.tr("Pieces of the library similar to this article, and reused passages"),
        )
        self.checklist_action = self._make(
            self.tr("Chec&klist"),
            e(lambda p: p.checks.set_active(self.checklist_action.isChecked())),
            "Ctrl+Shift+K",
            "showChecklist",
            checkable=True,
            tip=self.tr("The review checklist beside the text, and its findings underlined"),
        )
        self.checklist_action.setChecked(True)
        self.editor_actions = [
            self.comment_action,
            self.review_action,
            self.comments_panel_action,
            self.similar_action,
            self.checklist_action,
            self.snapshot_action,
            self.close_tab_action,
            self.undo_action,
            self.redo_action,
            self.paste_plain_action,
            self.paste_ai_action,
            self.mark_ai_action,
            self.history_action,
            self.authorship_action,
            self.find_action,
            self.replace_action,
            self.bold_action,
            self.italic_action,
            *self.heading_actions,
            self.bullet_action,
            self.number_action,
            self.quote_action,
            self.link_action,
            self.image_action,
            self.cycle_direction_action,
            self.rtl_action,
            self.ltr_action,
            self.auto_direction_action,
            *self.article_direction_actions.values(),
            self.outline_action,
            self.preview_action,
            self.focus_action,
            self.zoom_in_action,
            self.zoom_out_action,
            self.zoom_reset_action,
        ]

    def toolbar_actions(self) -> list[QAction | None]:
        return [
            self.undo_action,
            self.redo_action,
            None,
            self.bold_action,
            self.italic_action,
            *self.heading_actions,
            None,
            self.bullet_action,
            self.number_action,
            self.quote_action,
            self.link_action,
            self.image_action,
            None,
            self.cycle_direction_action,
            None,
            self.preview_action,
            self.similar_action,
            self.focus_action,
            self.checklist_action,
        ]

    def install_menus(self, bar: QMenuBar, file_menu: QMenu, view_menu: QMenu) -> None:
        """Adds the desk's entries to the window's menus (File and View exist already)."""
        first = file_menu.actions()[0] if file_menu.actions() else None
        file_menu.insertAction(first, self.new_action)
        file_menu.insertAction(first, self.snapshot_action)
        file_menu.insertAction(first, self.history_action)
        file_menu.insertAction(first, self.close_tab_action)
        file_menu.insertSeparator(first)
        edit = QMenu(self.tr("&Edit"), bar)
        edit.setObjectName("editMenu")
        for action in (
            self.undo_action,
            self.redo_action,
            None,
            self.paste_plain_action,
            self.paste_ai_action,
            self.mark_ai_action,
        ):
            edit.addSeparator() if action is None else edit.addAction(action)
        edit.addSeparator()
        edit.addAction(self.find_action)
        edit.addAction(self.replace_action)
        edit.addAction(self.spelling_action)
        bar.insertMenu(view_menu.menuAction(), edit)
        self.edit_menu = edit
        fmt = QMenu(self.tr("F&ormat"), bar)
        fmt.setObjectName("formatMenu")
        for action in (
            self.bold_action,
            self.italic_action,
            *self.heading_actions,
            None,
            self.bullet_action,
            self.number_action,
            self.quote_action,
            self.link_action,
            self.image_action,
            None,
            self.cycle_direction_action,
            self.rtl_action,
            self.ltr_action,
            self.auto_direction_action,
        ):
            fmt.addSeparator() if action is None else fmt.addAction(action)
        article_menu = fmt.addMenu(self.tr("Article &Direction"))
        for action in self.article_direction_actions.values():
            article_menu.addAction(action)
        bar.insertMenu(view_menu.menuAction(), fmt)
        self.format_menu = fmt
        review = QMenu(self.tr("&Review"), bar)
        review.setObjectName("reviewMenu")
        review.addAction(self.comment_action)
        review.addAction(self.review_action)
        review.addSeparator()
        self.profile_action = QAction(self.tr("Your Pro&file…"), self)
        self.profile_action.setObjectName("yourProfile")
        self.profile_action.triggered.connect(lambda _checked=False: self.edit_profile())
        review.addAction(self.profile_action)
        bar.insertMenu(view_menu.menuAction(), review)
        self.review_menu = review
        first_view = view_menu.actions()[0] if view_menu.actions() else None
        for action in (
            self.outline_action,
            self.comments_panel_action,
            self.similar_action,
            self.checklist_action,
            self.preview_action,
            self.focus_action,
            self.authorship_action,
            None,
            self.zoom_in_action,
            self.zoom_out_action,
            self.zoom_reset_action,
            None,
        ):
            if action is None:
                view_menu.insertSeparator(first_view)
            else:
                view_menu.insertAction(first_view, action)

    # -- pages -----------------------------------------------------------------------------------

    def reload_checklists(self) -> None:
        """Every open article's checklist follows edited templates (Review › Checklist…)."""
        for page in self.editors():
            page.checks.reload_template()

    def edit_profile(self) -> QDialog:
        """Review ▸ Your Profile…: the name and role the studio signs comments, reviews and
        moves with; the role decides which moves the status menus offer."""
        from studio.gui.review_forms import ask_profile

        def then(_name: str) -> None:
            for page in self.editors():
                page.review.reload_header()

        return ask_profile(self.window(), self.library, then)

    def editors(self) -> list[ArticleEditor]:
        return [w for i in range(self.count()) if _is_editor(w := self.widget(i))]

    def current_editor(self) -> ArticleEditor | None:
        widget = self.currentWidget()
        return widget if _is_editor(widget) else None

    def editor_for(self, article_id: int) -> ArticleEditor | None:
        return next((p for p in self.editors() if p.article_id == article_id), None)

    def open_article(self, article_id: int, *, show: bool = True) -> ArticleEditor | None:
        """Shows the article's tab, opening it first if needed; with `show` False the tab opens
        behind the current one (the desk of the last session coming back)."""
        page = self.editor_for(article_id)
        if page is None:
            try:
                article = self.library.get(article_id)
            except LibraryError as error:
                self.message.emit(error_message(error))
                return None
            if len(article.body) > size_limits.EDITOR_MAX_CHARS:
                self._decline_long_article(article)
                return None
            from studio.gui.editor_page import ArticleEditor

            page = ArticleEditor(
                self.library, article, self.toolbar_actions(), self, similar=self.similar
            )
            page.title_changed.connect(lambda _t, page=page: self._retitle(page))
            page.status_changed.connect(lambda page=page: self._show_status(page))
            page.saved.connect(lambda _a, page=page: self._show_status(page))
            page.saved.connect(lambda _a, page=page: self._retitle(page))
            page.save_failed.connect(lambda error: self._tell_failure(error))
            page.save_failed.connect(lambda _e, page=page: self._retitle(page))
            page.open_requested.connect(self.open_article)
            page.review.panel_wanted_changed.connect(
                lambda on, page=page: self._tick_comments(page, on)
            )
            page.checks.stored.connect(self.check_stored)
            if not self.checklist_action.isChecked():
                page.checks.set_active(False)
            page.editor.context_actions = [self.comment_action]
            self.addTab(page, "")
            self._retitle(page)
            self.editor_opened.emit(page)
        if show:
            self.setCurrentWidget(page)
            page.editor.setFocus()
        return page

    def _decline_long_article(self, article: ArticleDetail) -> None:
        """Says why a very long article does not open for editing, and what works instead,
        without blocking the window (the message is window-modal, not a nested event loop)."""
        limit_words = article.words * size_limits.EDITOR_MAX_CHARS // max(len(article.body), 1)
        locale = self.locale()
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Too long to edit"),
            self.tr(
                "“{title}” has {words} words: more than the editor can keep responsive "
                "(up to about {limit} words)."
            ).format(
                title=f"\u2068{article.title}\u2069",
                words=locale.toString(article.words),
                limit=locale.toString(limit_words),
            ),
            QMessageBox.StandardButton.Ok,
            self.window(),
        )
        box.setInformativeText(
            self.tr(
                "Its beginning shows in the reading pane, and File ▸ Export… writes it whole "
                "to HTML, Markdown, Word or PDF. To edit it, split it into shorter articles."
            )
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.long_article_notice = box
        box.open()

    def new_article(self) -> ArticleEditor | None:
        lang = "ar" if self.isRightToLeft() else "en"
        try:
            article_id = self.library.new_draft(self.tr("Untitled"), lang)
        except LibraryError as error:
            self.message.emit(error_message(error))
            return None
        page = self.open_article(article_id)
        if page is not None:
            page.title_edit.setFocus()
            page.title_edit.selectAll()
        return page

    def _retitle(self, page: ArticleEditor) -> None:
        index = self.indexOf(page)
        if index >= 0:
            title = page.title
            short = tab_label(title)
            if page.last_error is not None:
                # The edits are only in the window until a save goes through.
                short = f"● {short}"
                title = self.tr("{title} (not saved yet: {reason})").format(
                    title=f"{FSI}{title}{PDI}", reason=page.error_text() or str(page.last_error)
                )
            self.setTabText(index, short)
            self.setTabToolTip(index, title)

    def _show_status(self, page: ArticleEditor) -> None:
        if page is self.current_editor():
            self.status_label.setText(page.status_text())

    def _tell_failure(self, error: object) -> None:
        if isinstance(error, LibraryCorrupt):
            self.damaged.emit(error)
        if isinstance(error, LibraryError):
            self.message.emit(
                self.tr("Not saved yet, will retry: {reason}").format(reason=error_message(error))
            )
        else:
            self.message.emit(self.tr("Not saved yet, will retry."))

    def _tick_comments(self, page: ArticleEditor, on: bool) -> None:
        """View ▸ Comments shows whether the current article's panel is wanted (without asking
        the page again: the tick follows the page, not the other way round)."""
        if page is self.current_editor() and self.comments_panel_action.isChecked() != on:
            with QSignalBlocker(self.comments_panel_action):
                self.comments_panel_action.setChecked(on)

    def _on_current_changed(self, _index: int) -> None:
        # Leaving an article saves it.
        if self._previous is not None and self._previous is not self.current_editor():
            self._previous.save("autosave")
        page = self.current_editor()
        self._previous = page
        for action in self.editor_actions:
            action.setEnabled(page is not None)
        self.status_label.setVisible(page is not None)
        if page is not None:
            page.catch_up()
            # Through the page's timer: a long article shows before it is counted.
            page.request_status()
            self.article_direction_actions.get(
                page.direction_setting, self.article_direction_actions["auto"]
            ).setChecked(True)
            self.outline_action.setChecked(page.outline.isVisibleTo(page))
            self.comments_panel_action.setChecked(page.review.panel_wanted())
            self.checklist_action.setChecked(page.checks.active)
            self.preview_action.setChecked(page.preview.isVisibleTo(page))
            self.focus_action.setChecked(page.editor.focus_mode)
            self.authorship_action.setChecked(page.show_authorship)
            self.similar_action.setEnabled(page.similar is not None)
            self.similar_action.setChecked(
                page.similar is not None and page.similar.panel.isVisibleTo(page)
            )

    def close_tab(self, index: int) -> bool:
        page = self.widget(index)
        if not _is_editor(page):
            return False
        if not page.close_editor():
            return False
        if self._previous is page:
            self._previous = None
        self.removeTab(index)
        page.deleteLater()
        return True

    def close_current(self) -> None:
        page = self.current_editor()
        if page is not None:
            self.close_tab(self.indexOf(page))

    def save_all(self) -> bool:
        """Every open article saved (window losing focus, quitting); False if one could not be."""
        return all([page.flush() for page in self.editors()])

    def close_all(self) -> bool:
        self.closing_all.emit()
        ok = True
        for page in self.editors():
            if page.close_editor():
                self.removeTab(self.indexOf(page))
                page.deleteLater()
            else:
                ok = False
        return ok

    def discard_all(self) -> list[KeptText]:
        """Closes every article without saving (its library is damaged and about to be
        replaced); returns the unsaved texts, to be put back with `keep_texts`."""
        self.closing_all.emit()
        kept = []
        for page in self.editors():
            page.worker.wait()
            if page.dirty:
                kept.append(KeptText(page.article_id, page.title_edit.text(), page.editor.text()))
            page.discard()
            if self._previous is page:
                self._previous = None
            self.removeTab(self.indexOf(page))
            page.deleteLater()
        return kept

    def keep_texts(self, kept: list[KeptText]) -> list[ArticleEditor]:
        """Opens each kept text as an unsaved edit of its article (or of a new draft, when the
        restored library does not have the article); autosave then stores it."""
        pages = []
        for text in kept:
            page = None
            try:
                self.library.get(text.article_id)
                page = self.open_article(text.article_id)
            except LibraryError:
                page = None
            if page is None:
                try:
                    article_id = self.library.new_draft(
                        text.title or self.tr("Untitled"), detect_language(text.body)
                    )
                except LibraryError as error:
                    self.message.emit(error_message(error))
                    continue
                page = self.open_article(article_id)
            if page is not None:
                page.take_text(text.title, text.body)
                pages.append(page)
        return pages

    def set_library(self, library: Library, similar: SimilarWorker | None = None) -> bool:
        if not self.close_all():
            return False
        self.library = library
        self.similar = similar
        return True

    # -- helpers for actions ---------------------------------------------------------------------

    def _insert_link(self, page: ArticleEditor) -> None:
        address, ok = QInputDialog.getText(
            self, self.tr("Insert Link"), self.tr("Web address:"), text="https://"
        )
        if ok and address.strip():
            page.editor.insert_link(address.strip())

    def _insert_image(self, page: ArticleEditor) -> None:
        name = open_file_name(
            self,
            self.tr("Insert Image"),
            "",
            self.tr("Images (*.png *.jpg *.jpeg *.gif *.webp *.svg);;All files (*)"),
        )
        if name:
            page.insert_image(Path(name))

    def _start_comment(self, page: ArticleEditor) -> None:
        if not page.review.start_comment():
            self.message.emit(self.tr("Select the passage to comment on first."))

    def _set_article_direction(self, setting: str) -> None:
        page = self.current_editor()
        if page is not None:
            page.set_article_direction(setting)

    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text)
        return answer == QMessageBox.StandardButton.Yes


def _is_editor(widget: object) -> TypeGuard[ArticleEditor]:
    # Until the first article opens the editor's module is not even imported, and then no tab
    # can be an editor.
    module = sys.modules.get("studio.gui.editor_page")
    return module is not None and isinstance(widget, module.ArticleEditor)
