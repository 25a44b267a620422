"""The review side of an open article: its header (rating and status), the comments panel
beside the text, comment highlights that follow typing, and the forms to comment, reply,
resolve, review and move the article through the workflow.

Everything is stored through `Library` (no SQL here). A new comment's offsets are the editor's
selection, so the text is saved first: the library anchors against the stored body. The local
profile is asked for once, the first time the user comments or reviews.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from studio.checks import checklist as cl
from studio.checks.review_snapshot import keep_checklist
from studio.gui.comment_highlights import comment_selections, current_spans, selected_passage, to_qt
from studio.gui.comments_panel import CommentsPanel
from studio.gui.error_texts import error_message
from studio.gui.i18n import status_label
from studio.gui.messages import error_box
from studio.gui.review_dialog import ReviewDialog
from studio.gui.review_forms import CommentDialog, ask_profile, stored_profile
from studio.gui.reviews_dialog import ReviewsDialog
from studio.gui.status_controls import (
    ReasonDialog,
    StatusHistoryList,
    StatusMenu,
    editors_only_text,
)
from studio.library import LibraryError, Status, checks_store
from studio.review import can_move, may_move, needs_reason
from studio.review.records import Comment, Review

if TYPE_CHECKING:
    from studio.gui.editor_page import ArticleEditor

HIGHLIGHT_DELAY_MS = 250


class ReviewHeader(QWidget):
    """Beside the title: the article's rating and a button with its status and the moves."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewHeader")
        self.rating_label = QLabel(self)
        self.rating_label.setObjectName("ratingLabel")
        self.rating_label.setStyleSheet("color: #6b5a2a;")
        # A push button leaves room for its menu arrow (a tool button draws it over the text).
        self.status_button = QPushButton(self)
        self.status_button.setObjectName("statusButton")
        # The same paper as the title field beside it.
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("QWidget#reviewHeader { background: palette(base); }")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 12, 4)
        layout.setSpacing(12)
        layout.addWidget(self.rating_label)
        layout.addWidget(self.status_button)

    def show_rating(self, mean: float | None, count: int) -> None:
        if mean is None or count == 0:
            text = self.tr("No ratings yet")
        else:
            locale = QLocale()
            text = self.tr("{rating} out of {best} · {reviews}").format(
                rating=locale.toString(float(mean), "f", 1),
                best=locale.toString(5),
                reviews=self.tr("%Ln review(s)", "", count),
            )
        self.rating_label.setText("★ " + text)
        self.rating_label.setAccessibleName(text)


class ReviewSide(QObject):
    """Wires the review widgets into one `ArticleEditor`."""

    # Whether the comments panel is now wanted (View ▸ Comments follows it: a new comment
    # brings the panel back, and the menu's tick with it).
    panel_wanted_changed = Signal(bool)
    reviews_shown = Signal(object)  # the ReviewsDialog just opened

    def __init__(self, page: ArticleEditor) -> None:
        super().__init__(page)
        self.page = page
        self.library = page.library
        self.threads: list[Comment] = []
        self.active: int | None = None
        self.status: Status = page.article.status
        self.header = ReviewHeader(page)
        self.panel = CommentsPanel(page)
        self.panel.setMinimumWidth(240)
        # The panel takes room from the text only when it has something to show: an article
        # without comments hides it, as word processors do, until View ▸ Comments asks for it
        # or a comment is added. `hidden_by_user` is View ▸ Comments switched off.
        self.hidden_by_user = False
        self.opened_by_user = False
        self.panel.passage_requested.connect(self.select_passage)
        self.panel.reply_requested.connect(self.start_reply)
        self.panel.resolve_requested.connect(self.set_resolved)
        self.panel.show_resolved.toggled.connect(lambda _on: self.refresh_highlights())
        self._highlight_timer = QTimer(self)
        self._highlight_timer.setSingleShot(True)
        self._highlight_timer.setInterval(HIGHLIGHT_DELAY_MS)
        self._highlight_timer.timeout.connect(self.refresh_highlights)
        page.editor.text_edited.connect(self._highlight_timer.start)
        page.saved.connect(lambda _article: self.reload_comments())
        self.dialog: QDialog | None = None
        self.reload()

    # -- what is shown ---------------------------------------------------------------------

    def reload(self) -> None:
        self.reload_comments()
        self.reload_header()

    def reload_header(self) -> None:
        try:
            mean, count = self.library.rating(self.page.article_id)
            self.status = self.library.get(self.page.article_id).status
        except LibraryError:
            return
        self.header.show_rating(mean, count)
        self.header.status_button.setText(
            self.tr("Status: {status}").format(status=status_label(self.status))
        )
        profile = stored_profile()
        menu = StatusMenu(
            self.status, self.header.status_button, role=profile[1] if profile else None
        )
        menu.move_chosen.connect(self.move_to)
        menu.addSeparator()
        history = menu.addAction(self.tr("Status History…"))
        history.triggered.connect(self.show_history)
        reviews = menu.addAction(self.tr("Reviews…"))
        reviews.triggered.connect(self.show_reviews)
        old = self.header.status_button.menu()
        self.header.status_button.setMenu(menu)
        if old is not None:
            old.deleteLater()

    def reload_comments(self) -> None:
        try:
            self.threads = self.library.comments(self.page.article_id)
        except LibraryError:
            return
        self.panel.set_threads(self.threads)
        self.show_panel_if_wanted()
        self.refresh_highlights()

    def panel_wanted(self) -> bool:
        return not self.hidden_by_user and (bool(self.threads) or self.opened_by_user)

    def set_panel_wanted(self, on: bool) -> None:
        """View ▸ Comments: on shows the panel even with no comments yet; off hides it."""
        self.hidden_by_user = not on
        self.opened_by_user = on
        self.show_panel_if_wanted()

    def show_panel_if_wanted(self) -> None:
        self.panel_wanted_changed.emit(self.panel_wanted())
        if self.page.editor.focus_mode:
            return
        self.panel.setVisible(self.panel_wanted())

    def refresh_highlights(self) -> None:
        editor = self.page.editor
        editor.comment_marks = comment_selections(
            editor,
            self.threads,
            active=self.active,
            include_resolved=self.panel.show_resolved.isChecked(),
        )
        editor.refresh_marks()

    def select_passage(self, thread_id: int, _start: int = 0, _end: int = 0) -> bool:
        """Selects the thread's passage where it stands in the text now (unsaved typing too)."""
        editor = self.page.editor
        text = editor.toPlainText()
        thread = next((t for t in self.threads if t.id == thread_id), None)
        if thread is None:
            return False
        span = current_spans(text, [thread]).get(thread_id)
        if span is None:
            return False
        start, end, _state = span
        cursor = QTextCursor(editor.document())
        cursor.setPosition(to_qt(text, start))
        cursor.setPosition(to_qt(text, end), QTextCursor.MoveMode.KeepAnchor)
        editor.setTextCursor(cursor)
        editor.ensureCursorVisible()
        self.active = thread_id
        self.refresh_highlights()
        editor.setFocus()
        return True

    # -- the profile ---------------------------------------------------------------------------

    def with_profile(self, then: Callable[[str], object]) -> None:
        """Runs `then(name)` with the local profile's name, asking for it first if none is kept."""
        profile = stored_profile()
        if profile is not None:
            # The profile was filled in with another library open: here the person is new, and
            # would be recorded as a writer by their first comment.
            with contextlib.suppress(LibraryError, ValueError):
                if self.library.person_role(profile[0]) is None:
                    self.library.set_person(*profile)
            then(profile[0])
            return
        dialog = ask_profile(self.page, self.library, then)
        self.dialog = dialog
        # After `then`, which may have opened the next form (the comment the profile was for).
        dialog.finished.connect(lambda _code: self._forget(dialog))

    def _forget(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    # -- comments ------------------------------------------------------------------------------

    def start_comment(self) -> bool:
        """Add Comment…: the selection is the passage; False when nothing is selected."""
        passage = selected_passage(self.page.editor)
        if passage is None:
            return False
        text = self.page.editor.toPlainText()
        quote = text[passage[0] : passage[1]]
        self.with_profile(lambda name: self._ask_comment(name, passage, quote))
        return True

    def _ask_comment(self, author: str, passage: tuple[int, int], quote: str) -> None:
        dialog = CommentDialog(quote, self.page)

        def done(code: int) -> None:
            self.dialog = None
            dialog.deleteLater()
            if code == QDialog.DialogCode.Accepted:
                self.add_comment(author, passage, quote, dialog.comment())

        dialog.finished.connect(done)
        self.dialog = dialog
        dialog.open()

    def add_comment(self, author: str, passage: tuple[int, int], quote: str, text: str) -> bool:
        # The library anchors against the stored body: store what is on screen first.
        if not self.page.flush():
            return False
        try:
            comment = self.library.add_comment(
                self.page.article_id,
                text,
                author=author,
                quote=quote,
                start=passage[0],
                end=passage[1],
            )
        except LibraryError as error:
            error_box(self.page, self.tr("The comment could not be added."), error).open()
            return False
        self.active = comment.id
        # A new comment is shown even where the panel had been put away.
        self.hidden_by_user = False
        self.reload_comments()
        return True

    def start_reply(self, thread_id: int) -> None:
        self.with_profile(lambda name: self._ask_reply(name, thread_id))

    def _ask_reply(self, author: str, thread_id: int) -> None:
        dialog = QInputDialog(self.page)
        dialog.setObjectName("replyDialog")
        dialog.setWindowTitle(self.tr("Reply"))
        dialog.setLabelText(self.tr("Your reply:"))
        dialog.setOption(QInputDialog.InputDialogOption.UsePlainTextEditForTextInput)

        def done(code: int) -> None:
            self.dialog = None
            dialog.deleteLater()
            if code == QDialog.DialogCode.Accepted and dialog.textValue().strip():
                self.reply(author, thread_id, dialog.textValue())

        dialog.finished.connect(done)
        self.dialog = dialog
        dialog.open()

    def reply(self, author: str, thread_id: int, text: str) -> bool:
        try:
            self.library.reply(thread_id, text, author=author)
        except LibraryError as error:
            error_box(self.page, self.tr("The reply could not be added."), error).open()
            return False
        self.reload_comments()
        return True

    def set_resolved(self, thread_id: int, resolved: bool) -> None:
        profile = stored_profile()
        by = profile[0] if profile is not None else None
        try:
            if resolved:
                self.library.resolve(thread_id, by)
            else:
                self.library.reopen(thread_id, by)
        except LibraryError as error:
            error_box(self.page, error_message(error), error).open()
            return
        self.reload_comments()

    # -- reviews and status --------------------------------------------------------------------

    def start_review(self) -> None:
        self.with_profile(self._ask_review)

    def _ask_review(self, reviewer: str) -> None:
        profile = stored_profile()
        if profile is not None and profile[1] == "writer":
            # A verdict moves the piece (approve → approved): the same decisions as the menu's.
            self._editors_only(
                "reviewRefusedBox",
                self.tr("Review"),
                self.tr("Reviews, with their stars and verdict, are given by editors."),
            )
            return
        dialog = ReviewDialog(self.page, title=self.page.title)

        def done(code: int) -> None:
            self.dialog = None
            dialog.deleteLater()
            if code == QDialog.DialogCode.Accepted:
                self.save_review(reviewer, dialog)

        dialog.finished.connect(done)
        self.dialog = dialog
        dialog.open()

    def save_review(self, reviewer: str, dialog: ReviewDialog) -> bool:
        values = dialog.values()
        self.page.flush()
        try:
            review = self.library.add_review(
                self.page.article_id,
                stars=values.stars,
                verdict=values.verdict,
                reviewer=reviewer,
                rubric=values.rubric,
                summary=values.summary,
            )
            self._keep_checklist(review.id)
        except (LibraryError, ValueError) as error:
            error_box(self.page, self.tr("The review could not be saved."), error).open()
            return False
        self.reload_header()
        return True

    def _keep_checklist(self, review_id: int) -> None:
        """Each review keeps the checklist as the editor saw it: the panel's, when it is of the
        text saved (no check to run on this thread, and the reused passages it found are kept);
        otherwise checked afresh from the library."""
        seen = self.page.checks.seen()
        if seen is None:
            keep_checklist(self.library, self.page.article_id, review_id)
            return
        now = datetime.now().replace(microsecond=0)
        payload = cl.snapshot(seen.items, seen.result, seen.text, now)
        checks_store.add_snapshot(self.library, self.page.article_id, payload, review_id)

    def move_to(self, new: Status) -> None:
        profile = stored_profile()
        if needs_reason(self.status, new) or profile is None:
            self.with_profile(lambda name: self._ask_reason(name, new))
        elif self._refused_to_writer(new):
            return
        else:
            self.change_status(profile[0], new, None)

    def _refused_to_writer(self, new: Status) -> bool:
        """A writer's profile met an editor's decision (the profile was only just filled in, or
        a stale menu): says why instead of moving."""
        profile = stored_profile()
        role = profile[1] if profile else None
        # A move the workflow refuses to anyone is left to the library, which says why.
        if not can_move(self.status, new) or may_move(role, self.status, new):
            return False
        self.reload_header()
        self._editors_only(
            "moveRefusedBox",
            self.tr("Not moved to “{status}”").format(status=status_label(new)),
            self.tr("The article stays “{status}”.").format(status=status_label(self.status)),
        )
        return True

    def _editors_only(self, name: str, title: str, text: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, self.page
        )
        box.setObjectName(name)
        box.setInformativeText(editors_only_text())

        def done(_code: int) -> None:
            self.dialog = None
            box.deleteLater()

        box.finished.connect(done)
        self.dialog = box
        box.open()

    def _ask_reason(self, by: str, new: Status) -> None:
        if self._refused_to_writer(new):
            return
        if not needs_reason(self.status, new):
            self.change_status(by, new, None)
            return
        dialog = ReasonDialog(self.status, new, self.page)

        def done(code: int) -> None:
            self.dialog = None
            dialog.deleteLater()
            if code == QDialog.DialogCode.Accepted:
                self.change_status(by, new, dialog.text())

        dialog.finished.connect(done)
        self.dialog = dialog
        dialog.open()

    def change_status(self, by: str, new: Status, reason: str | None) -> bool:
        self.page.flush()
        try:
            self.library.set_status(self.page.article_id, new, by=by, reason=reason)
        except (LibraryError, ValueError) as error:
            # Most often another window or a script moved the piece meanwhile: the button and
            # its menu show where it stands now, beside the message saying why.
            self.reload_header()
            error_box(self.page, self.tr("The status could not be changed."), error).open()
            return False
        self.reload_header()
        return True

    def show_reviews(self) -> QDialog:
        """The article's reviews, newest first, each with the checklist kept with it."""
        reviews: list[Review] = []
        kept: dict[int, dict[str, Any]] = {}
        with contextlib.suppress(LibraryError):
            reviews = self.library.reviews(self.page.article_id)
            for _id, review_id, payload in checks_store.snapshots(
                self.library, self.page.article_id
            ):
                if review_id is not None:
                    kept[review_id] = payload  # oldest first: the last kept wins
        dialog = ReviewsDialog(reviews, kept, self.page, title=self.page.title)
        dialog.finished.connect(lambda _code: dialog.deleteLater())
        dialog.open()
        self.reviews_shown.emit(dialog)
        return dialog

    def show_history(self) -> QDialog:
        dialog = QDialog(self.page)
        dialog.setObjectName("statusHistoryDialog")
        dialog.setWindowTitle(self.tr("Status history"))
        dialog.setMinimumSize(420, 300)
        history = StatusHistoryList(dialog)
        with contextlib.suppress(LibraryError):
            history.set_history(self.library.status_history(self.page.article_id))
        layout = QVBoxLayout(dialog)
        layout.addWidget(history)
        dialog.finished.connect(lambda _code: dialog.deleteLater())
        dialog.open()
        return dialog
