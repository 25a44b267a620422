"""The checklist side of an open article: the panel beside the text, the wavy underlines under
findings with their tooltips, ticks and dismissals, and the result kept with the article.

While the writer types nothing is checked; after a short pause the text is copied and checked on
the worker thread (`checks_worker.py`), where the engine re-measures only the paragraphs that
changed. The outcome is shown only if the text is still the one checked; otherwise the next
pause brings a fresh one. Every save checks the saved text again and stores the result, so the
library table's badge follows. Ticks and dismissals ask for the local profile the first time,
as comments and reviews do (`ReviewSide.with_profile`).
"""

from __future__ import annotations

import time
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, QTimer, Signal
from PySide6.QtGui import QHelpEvent, QTextCursor
from PySide6.QtWidgets import QDialog, QInputDialog, QLineEdit, QToolTip

from studio.checks import AuthorshipShares, Finding
from studio.checks import checklist as cl
from studio.gui.check_marks import (
    FINDING_PROPERTY,
    findings_at,
    interface_lang,
    tooltip_text,
    underline_selections,
)
from studio.gui.checklist_panel import ChecklistPanel
from studio.gui.checks_worker import CheckJob, CheckOutcome, CheckWorker
from studio.gui.messages import error_box
from studio.gui.utf16 import Utf16Positions
from studio.library import ArticleDetail, LibraryError, checks_store

if TYPE_CHECKING:
    from studio.gui.editor_page import ArticleEditor

CHECK_DELAY_MS = 700
SCROLL_DELAY_MS = 120
# Underlines are drawn for the text on screen and this many characters either side of it.
SHOWN_MARGIN = 3000
# How far from its old place a passage is looked for after typing moved it.
MOVED_SEARCH = 5000
# Searching the library for reused passages at most this often while autosaves come and go.
REUSE_EVERY_S = 120.0


class ChecksSide(QObject):
    """Wires the checklist into one `ArticleEditor`."""

    # article id, flag: a result was stored with the article (the library's badge follows).
    stored = Signal(int, str)
    # An outcome was shown (tests and the benchmark wait for it).
    shown = Signal(object)

    def __init__(self, page: ArticleEditor) -> None:
        super().__init__(page)
        self.page = page
        self.library = page.library
        self.panel = ChecklistPanel(page)
        self.panel.setMinimumWidth(240)
        self.panel.passage_requested.connect(self.select_passage)
        self.panel.tick_requested.connect(self.start_tick)
        self.panel.dismiss_requested.connect(self.start_dismiss)
        self.panel.restore_requested.connect(self.restore)
        similar = getattr(page, "similar", None)
        self.worker = CheckWorker(
            self.library, self, reuse_finder=similar.worker.reused_in_now if similar else None
        )
        self.worker.finished.connect(self._on_outcome)
        self.worker.failed.connect(lambda _error: self.panel.show_failure())
        # Reused passages found: the next check counts them (the "original" item).
        self.worker.reuse_found.connect(self._after_reuse_search)
        self.outcome: CheckOutcome | None = None
        self.findings: list[Finding] = []
        self.dialog: QDialog | None = None
        self._template: cl.ChecklistTemplate | None = None
        self._ticks: tuple[cl.ManualTick, ...] = ()
        self._dismissals: tuple[cl.Dismissal, ...] = ()
        # One job runs at a time; the latest waiting job to store, and to show, follow it.
        self._waiting: dict[bool, CheckJob] = {}
        self._reuse_at = 0.0
        self._search_asked = False
        self.active = True
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CHECK_DELAY_MS)
        self._timer.timeout.connect(self.recheck)
        # Edits since the outcome on screen was checked, and the count a job was made at.
        self._edits = 0
        self._shown_edits = -1
        self._job_edits: dict[int, int] = {}
        self._scroll_timer = QTimer(self)
        self._scroll_timer.setSingleShot(True)
        self._scroll_timer.setInterval(SCROLL_DELAY_MS)
        self._scroll_timer.timeout.connect(self.draw_underlines)
        page.editor.verticalScrollBar().valueChanged.connect(self._on_scroll)
        page.editor.text_edited.connect(self._on_edit)
        page.saved.connect(self._on_saved)
        page.editor.viewport().installEventFilter(self)

    # -- turning it on and off ---------------------------------------------------------------

    def set_active(self, on: bool) -> None:
        """The panel and the underlines; while off, nothing is checked as the writer types."""
        if on == self.active and self.panel.isVisibleTo(self.page) == on:
            return  # switching tabs sets the action again: nothing to redo
        self.active = on
        self.panel.setVisible(on)
        if on:
            self.recheck()
        else:
            self._timer.stop()
            self.page.editor.check_marks = []
            self.page.editor.refresh_marks()

    def start(self) -> None:
        """The first check, once the article is on screen: looks for reused passages too, and
        stores the result when the one kept with the article is missing or stale."""
        self.recheck(look_for_reuse=True, store_if_stale=True)

    # -- checking ----------------------------------------------------------------------------

    def _on_edit(self) -> None:
        self._edits += 1
        if self.active:
            self._timer.start()

    def _on_scroll(self, _value: int) -> None:
        if self.active and self.outcome is not None:
            self._scroll_timer.start()

    def _load_records(self) -> None:
        article = self.page.article
        try:
            self._template = cl.template_for(article.client, checks_store.templates(self.library))
            self._ticks = tuple(checks_store.ticks(self.library, self.page.article_id))
            self._dismissals = tuple(checks_store.dismissals(self.library, self.page.article_id))
        except LibraryError:
            self._template = self._template or cl.DEFAULT_TEMPLATE

    def _authorship(self) -> AuthorshipShares | None:
        try:
            return AuthorshipShares.from_summary(self.page.authorship.record.summary())
        except ValueError:
            return None

    def job(self, text: str, *, look_for_reuse: bool = False, store: bool = False) -> CheckJob:
        if self._template is None:
            self._load_records()
        assert self._template is not None
        return CheckJob(
            article_id=self.page.article_id,
            text=text,
            template=self._template,
            ticks=self._ticks,
            dismissals=self._dismissals,
            target_words=self.page.article.target_words,
            authorship=self._authorship(),
            look_for_reuse=look_for_reuse,
            store=store,
        )

    def recheck(self, *, look_for_reuse: bool = False, store_if_stale: bool = False) -> None:
        if not self.active and not store_if_stale:
            return
        text = self.page.editor.text()
        store = False
        if store_if_stale and not self.page.dirty:
            store = self._stored_is_stale(text)
        if look_for_reuse:
            self._reuse_at = time.monotonic()
        self._submit(self.job(text, look_for_reuse=look_for_reuse, store=store))

    def _after_reuse_search(self) -> None:
        self._search_asked = False
        # What was found changes the verdict kept with the article too (when it is saved).
        if self.active or not self.page.dirty:
            self._submit(self.job(self.page.editor.text(), store=not self.page.dirty))

    def _stored_is_stale(self, text: str) -> bool:
        from studio.checks.score import model_version

        try:
            stored = checks_store.load_result(self.library, self.page.article_id)
        except LibraryError:
            return False
        return stored is None or not stored.is_current(text, model_version())

    def _submit(self, job: CheckJob, *, current: bool = True) -> None:
        """`current`: the job's text is the editor's text now (else only stored, never shown)."""
        if job.look_for_reuse:
            self._search_asked = True  # until the search's answer is back on this thread
        self._job_edits[id(job)] = self._edits if current else -1
        if self.worker.busy:
            self._waiting[job.store] = job
            return
        self.worker.submit(job)

    def _on_saved(self, article: ArticleDetail) -> None:
        if article.id != self.page.article_id:
            return
        look = time.monotonic() - self._reuse_at >= REUSE_EVERY_S
        if look:
            self._reuse_at = time.monotonic()
        # The saved text is the one on screen unless the writer typed since the save began.
        job = self.job(article.body, look_for_reuse=look, store=True)
        self._submit(job, current=not self.page.dirty)

    def _on_outcome(self, outcome: CheckOutcome) -> None:
        for store in (True, False):
            waiting = self._waiting.pop(store, None)
            if waiting is not None:
                self.worker.submit(waiting)
        if outcome.stored:
            self.stored.emit(outcome.job.article_id, str(outcome.result.flag))
        made_at = self._job_edits.pop(id(outcome.job), -1)
        if not self.active or made_at != self._edits:
            return  # the writer typed since: the pause after it brings the next check
        self.show(outcome)

    def show(self, outcome: CheckOutcome) -> None:
        self.outcome = outcome
        self._shown_edits = self._edits
        active = {id(f) for item in outcome.items for f in item.findings}
        self.findings = [f for f in outcome.result.findings if id(f) in active]
        self.panel.show_outcome(outcome)
        self.draw_underlines()
        self.shown.emit(outcome)

    def draw_underlines(self) -> None:
        """Underlines for the findings on screen (and a margin around it), while the text is
        still the one checked; after typing, the cursors carry them until the next check."""
        if self.outcome is None or self._shown_edits != self._edits:
            return
        editor = self.page.editor
        editor.check_marks = underline_selections(
            editor.document(), self.outcome.text, self.findings, self._shown_range()
        )
        editor.refresh_marks()

    def _shown_range(self) -> tuple[int, int]:
        editor = self.page.editor
        viewport = editor.viewport().rect()
        corners = (
            viewport.topLeft(),
            viewport.topRight(),
            viewport.bottomLeft(),
            viewport.bottomRight(),
        )
        positions = [editor.cursorForPosition(corner).position() for corner in corners]
        return max(0, min(positions) - SHOWN_MARGIN), max(positions) + SHOWN_MARGIN

    def seen(self) -> CheckOutcome | None:
        """The outcome on screen when it is of the text in the editor now (nothing typed since):
        the checklist exactly as the editor sees it, reused passages and all."""
        outcome = self.outcome
        if outcome is None or self._shown_edits != self._edits:
            return None
        return outcome if outcome.text == self.page.editor.text() else None

    @property
    def idle(self) -> bool:
        """Nothing checking, searching or waiting to be checked."""
        return not (
            self.worker.busy or self.worker.searching or self._waiting or self._search_asked
        )

    def wait(self) -> None:
        """Until the check under way (and the one waiting) are done (closing; tests)."""
        self.worker.wait()

    def shutdown(self) -> None:
        """Closing the article: the check of its last save still runs and is stored (its
        outcome arrives before the page goes), so the library's badge is current."""
        self._timer.stop()
        self._scroll_timer.stop()
        last_save = self._waiting.pop(True, None)
        self._waiting.clear()
        if last_save is not None:
            self.worker.submit(last_save)
        self.worker.shutdown()

    # -- the passage ---------------------------------------------------------------------------

    def select_passage(self, start: int, end: int) -> bool:
        """Selects a finding's passage (offsets of the checked text) and scrolls to it."""
        if self.outcome is None:
            return False
        editor = self.page.editor
        text = editor.text()
        if text != self.outcome.text:
            # Typed since the check: the underline's cursor knows where the passage went.
            moved = self._moved_span(start, end, text)
            if moved is None:
                return False
            qt_start, qt_end = moved
        else:
            to_qt = Utf16Positions(text)
            qt_start, qt_end = to_qt(start), to_qt(end)
        cursor = QTextCursor(editor.document())
        cursor.setPosition(qt_start)
        cursor.setPosition(qt_end, QTextCursor.MoveMode.KeepAnchor)
        editor.setTextCursor(cursor)
        editor.ensureCursorVisible()
        editor.setFocus()
        return True

    def _moved_span(self, start: int, end: int, text: str) -> tuple[int, int] | None:
        for selection in self.page.editor.check_marks:
            index = selection.format.property(FINDING_PROPERTY)
            if not isinstance(index, int) or not 0 <= index < len(self.findings):
                continue
            finding = self.findings[index]
            if (finding.start, finding.end) == (start, end):
                return selection.cursor.selectionStart(), selection.cursor.selectionEnd()
        # Not underlined (off screen): the same words nearest to where they were.
        assert self.outcome is not None
        passage = self.outcome.text[start:end]
        after = text.find(passage, max(0, start - MOVED_SEARCH))
        before = text.rfind(passage, 0, start + MOVED_SEARCH + len(passage))
        found = [at for at in (after, before) if at >= 0]
        if not passage or not found:
            return None
        at = min(found, key=lambda at: abs(at - start))
        to_qt = Utf16Positions(text)
        return to_qt(at), to_qt(at + len(passage))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.tooltip_at(event.pos())
            if text:
                QToolTip.showText(event.globalPos(), text, self.page.editor.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().eventFilter(watched, event)

    def tooltip_at(self, point: QPoint) -> str:
        """The explanation of the findings under a point of the editor's viewport."""
        if not self.findings:
            return ""
        position = self.page.editor.cursorForPosition(point).position()
        under = findings_at(self.page.editor.check_marks, self.findings, position)
        return tooltip_text(under, interface_lang())

    # -- ticks and dismissals ------------------------------------------------------------------

    def start_tick(self, item_id: str, done: bool) -> None:
        asked = {"answered": False}

        def then(name: str) -> None:
            asked["answered"] = True
            self.tick(name, item_id, done)

        self.page.review.with_profile(then)
        dialog = self.page.review.dialog
        if dialog is not None and not asked["answered"]:
            # No profile given (the form was cancelled): the box goes back as it was.
            dialog.finished.connect(lambda _code: asked["answered"] or self._redraw())

    def tick(self, by: str, item_id: str, done: bool) -> bool:
        stamp = datetime.now().replace(microsecond=0)
        try:
            checks_store.add_tick(
                self.library, self.page.article_id, cl.ManualTick(item_id, done, by, stamp)
            )
        except LibraryError as error:
            error_box(self.page, self.tr("The tick could not be saved."), error).open()
            self._redraw()
            return False
        self._reload_and_recheck()
        return True

    def start_dismiss(self, finding: Finding) -> None:
        self.page.review.with_profile(lambda name: self._ask_reason(name, finding))

    def _ask_reason(self, by: str, finding: Finding) -> None:
        dialog = QInputDialog(self.page)
        dialog.setObjectName("dismissDialog")
        dialog.setWindowTitle(self.tr("Dismiss Finding"))
        dialog.setLabelText(
            self.tr("Why can this be set aside? (It comes back if the passage changes.)")
        )
        dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
        outcome = self.outcome

        def done(code: int) -> None:
            self.dialog = None
            dialog.deleteLater()
            reason = dialog.textValue().strip()
            if code == QDialog.DialogCode.Accepted and reason and outcome is not None:
                self.dismiss(by, finding, reason, outcome)

        dialog.finished.connect(done)
        self.dialog = dialog
        dialog.open()

    def dismiss(self, by: str, finding: Finding, reason: str, outcome: CheckOutcome) -> bool:
        fingerprint = outcome.fingerprints.get(finding) or cl.fingerprint(outcome.text, finding)
        stamp = datetime.now().replace(microsecond=0)
        dismissal = cl.Dismissal(finding.rule, fingerprint, reason, by, stamp)
        try:
            checks_store.dismiss(self.library, self.page.article_id, dismissal)
        except LibraryError as error:
            error_box(self.page, self.tr("The finding could not be dismissed."), error).open()
            return False
        self._reload_and_recheck()
        return True

    def restore(self, rule: str, fingerprint: str) -> bool:
        try:
            checks_store.undismiss(self.library, self.page.article_id, rule, fingerprint)
        except LibraryError as error:
            error_box(self.page, self.tr("The finding could not be restored."), error).open()
            return False
        self._reload_and_recheck()
        return True

    def forget_template(self) -> None:
        """The article's client changed: its template is read again for the next check."""
        self._template = None

    def reload_template(self) -> None:
        """The checklist templates were edited: read the article's template again and re-check."""
        self._reload_and_recheck()

    def _reload_and_recheck(self) -> None:
        self._load_records()
        self._submit(self.job(self.page.editor.text()))

    def _redraw(self) -> None:
        if self.outcome is not None:
            self.panel.show_outcome(self.outcome)
