"""Runs the review checklist of an open article on a background thread.

Threading rules (as for saves, `editor_save.py`): the GUI thread copies the text and what the
engine needs into a `CheckJob`; one worker thread owns the `Checker` (whose paragraph cache makes
a re-check after typing cheap) and the passages reused from other pieces; the outcome comes back
through a queued signal and only the GUI thread touches widgets. A re-check of a long article
costs tens of milliseconds of Python, which must never land between two keystrokes.

Looking for reused passages searches the whole library (slow on a big one), so it runs only when
asked — when the article opens and when it is saved — and between those the passages found are
followed through edits by their text.
"""

from __future__ import annotations

import logging
import threading
import weakref
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from studio.checks import AuthorshipShares, Checker, CheckResult, Finding, ReusedSpan
from studio.checks import checklist as cl
from studio.checks.model import reused_spans
from studio.checks.score import model_version
from studio.library import Library, LibraryError, checks_store

if TYPE_CHECKING:
    from studio.similar.service import SimilarService

_log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class CheckJob:
    article_id: int
    text: str
    template: cl.ChecklistTemplate
    ticks: tuple[cl.ManualTick, ...] = ()
    dismissals: tuple[cl.Dismissal, ...] = ()
    target_words: int | None = None
    authorship: AuthorshipShares | None = None
    look_for_reuse: bool = False  # also search the library for passages reused elsewhere
    store: bool = False  # keep the result with the article (the library's badge reads it)


@dataclass(slots=True)
class CheckOutcome:
    job: CheckJob
    result: CheckResult
    items: list[cl.ItemResult]
    dismissed: list[tuple[Finding, cl.Dismissal]] = field(default_factory=list)
    fingerprints: dict[Finding, str] = field(default_factory=dict)
    reuse_checked: bool = False
    stored: bool = False

    @property
    def text(self) -> str:
        return self.job.text


def follow_spans(old: str, new: str, spans: list[ReusedSpan]) -> list[ReusedSpan]:
    """Reused passages found in `old`, where they stand in `new`: in place when unchanged, else
    found again by their text; a passage rewritten since is dropped (until the next search)."""
    if old == new:
        return spans
    followed = []
    for span in spans:
        passage = old[span.start : span.end]
        if not passage.strip():
            continue
        if new[span.start : span.end] == passage:
            followed.append(span)
            continue
        at = new.find(passage)
        if at >= 0:
            followed.append(
                ReusedSpan(at, at + len(passage), span.source_article_id, span.source_title)
            )
    return followed


_services: weakref.WeakKeyDictionary[Library, SimilarService] = weakref.WeakKeyDictionary()
_services_lock = threading.Lock()


def similar_service(library: Library) -> SimilarService:
    """One similar-pieces finder per open library, shared by every open article: it holds the
    library's passage index in memory (hundreds of MB for 100,000 articles), loaded once and
    then only caught up with what changed."""
    from studio.similar.service import SimilarService  # numpy: only once reuse is looked for

    with _services_lock:
        service = _services.get(library)
        if service is None:
            service = _services[library] = SimilarService(library)
        return service


class CheckWorker(QObject):
    """`finished(outcome)` arrives on the GUI thread with a `CheckOutcome`, or `failed(error)`;
    `reuse_found()` when a search for reused passages has ended (the next check uses them)."""

    finished = Signal(object)
    failed = Signal(object)
    reuse_found = Signal()

    def __init__(
        self,
        library: Library,
        parent: QObject | None = None,
        *,
        reuse_finder: Callable[[int, str], list[Any]] | None = None,
    ) -> None:
        super().__init__(parent)
        self.library = library
        # The window's similar-pieces worker, when there is one: its index is the one that
        # follows every save and import, so the checklist asks it rather than keep its own.
        self.reuse_finder = reuse_finder
        self.checker = Checker()
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="qalam-check")
        # The library search runs apart, so checks go on while it takes its time.
        self._reuse_executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="qalam-reuse")
        self._pending: Future[None] | None = None
        self._searching: Future[None] | None = None
        self._closed = False
        # (text searched, passages found in it): written by the search, read by checks.
        self._reuse: tuple[str, list[ReusedSpan]] | None = None
        self._reuse_lock = threading.Lock()

    @property
    def busy(self) -> bool:
        return self._pending is not None and not self._pending.done()

    @property
    def searching(self) -> bool:
        return self._searching is not None and not self._searching.done()

    def submit(self, job: CheckJob) -> None:
        if self._closed:
            return
        if job.look_for_reuse and not self.searching:
            self._searching = self._reuse_executor.submit(self._search, job.article_id, job.text)
        self._pending = self._executor.submit(self._run, job)

    def _run(self, job: CheckJob) -> None:
        try:
            outcome = self.run(job)
        except Exception as error:  # handed to the GUI thread, which shows the panel as unknown
            _log.warning("checking article %s failed: %s", job.article_id, error)
            self.failed.emit(error)
            return
        self.finished.emit(outcome)

    def run(self, job: CheckJob) -> CheckOutcome:
        """The check itself (on the worker thread; tests may call it directly)."""
        with self._reuse_lock:
            reuse = self._reuse
        reused = None if reuse is None else follow_spans(reuse[0], job.text, reuse[1])
        result = self.checker.check(job.text, authorship=job.authorship, reused=reused)
        items = cl.evaluate(
            job.template,
            job.text,
            result,
            ticks=job.ticks,
            dismissals=job.dismissals,
            target_words=job.target_words,
            reuse_checked=reused is not None,
        )
        _active, dismissed = cl.split_dismissed(job.text, result.findings, job.dismissals)
        prints = {f: cl.fingerprint(job.text, f) for f in result.findings}
        outcome = CheckOutcome(job, result, items, dismissed, prints, reused is not None)
        if job.store:
            checks_store.save_result(
                self.library, job.article_id, job.text, result, model_version()
            )
            outcome.stored = True
        return outcome

    def _search(self, article_id: int, text: str) -> None:
        try:
            found = self.look_for_reuse(article_id, text)
            with self._reuse_lock:
                self._reuse = (text, found)
        finally:
            # Also after a failure: the panel then keeps "not looked for yet".
            if not self._closed:
                self.reuse_found.emit()

    def look_for_reuse(self, article_id: int, text: str) -> list[ReusedSpan]:
        """Passages of `text` (the article's text) found in other pieces of the library."""
        if self.reuse_finder is not None:
            try:
                return reused_spans(self.reuse_finder(article_id, text))
            except (LibraryError, ValueError, KeyError) as error:
                _log.warning("looking for reused passages failed: %s", error)
                return []
        try:
            service = similar_service(self.library)
            service.catch_up()
            found = reused_spans(service.similar_to_article(article_id))
            # The finder read the stored body; keep the passages that are the same words here.
            stored = self.library.get(article_id).body
        except (LibraryError, ValueError, KeyError) as error:
            _log.warning("looking for reused passages failed: %s", error)
            return []
        return follow_spans(stored, text, found)

    def wait(self) -> None:
        """Until the search and the check under way are done (tests; closing)."""
        for future in (self._searching, self._pending):
            if future is not None:
                future.result()

    def shutdown(self) -> None:
        """No new work; waits for the checks already asked for (closing the article: the last
        save's result is stored). A search of the library still running is left to finish on
        its own thread, its answer unused."""
        self._closed = True
        self._reuse_executor.shutdown(wait=False, cancel_futures=True)
        self._executor.shutdown(wait=True)
