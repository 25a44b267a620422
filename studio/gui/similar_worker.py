"""Similar pieces off the GUI thread: keeping the index in step, answering the panel, comparing
two pieces and building the library-wide reuse report.

Threading rules (as in `editor_save.py`): one background thread per window runs every job in
turn; it opens its own `Library` on the same file (SQLite connections belong to their thread)
and owns the one `SimilarService`, so the index is loaded once and shared by every open article.
Jobs hand back plain values through queued signals; no widget is touched from the thread.
Catching up and the report advance in small steps, each its own job, so a question from the
panel never waits behind a long run. A question superseded by a newer one for the same
article is skipped, and the panel drops any answer that is not the last one it asked for.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

if TYPE_CHECKING:
    # The index (numpy) and the library's ORM load on the worker's thread when it first works,
    # not while the window starts.
    from studio.library import Library
    from studio.similar.kept_report import KeptReuseReport
    from studio.similar.report import ReusedPair
    from studio.similar.service import IndexStatus, SimilarResult, SimilarService

log = logging.getLogger(__name__)

# After an import, a save or a delete: how long to wait for more before indexing.
CATCH_UP_DELAY_MS = 300
# Articles indexed per step; a step of a few hundred takes well under a second.
CATCH_UP_BATCH = 200
# Articles looked at per step of the reuse report (about 50-80 ms each in a large library).
REPORT_BATCH = 10
ANSWER_LIMIT = 10
# The report's pairs found so far reach the dialog at most this often.
REPORT_PAIRS_INTERVAL_S = 1.0


@dataclass(frozen=True, slots=True)
class SimilarAnswer:
    token: int
    article_id: int
    text: str  # the text asked about: passages' start/end are offsets in it
    results: list[SimilarResult]
    statuses: dict[int, str] = field(default_factory=dict)
    # Every result shares passages and the answer is full: more pieces may share passages
    # than are listed (a long piece that holds many others), so counts are "N or more".
    more: bool = False


@dataclass(frozen=True, slots=True)
class Comparison:
    """Two pieces side by side: `result.passages` have start/end in `text` and
    source_start/source_end in `other_text`."""

    token: int
    article_id: int
    title: str
    text: str
    direction: str
    lang: str
    other_id: int
    other_title: str
    other_text: str
    other_direction: str
    other_lang: str
    result: SimilarResult


@dataclass(frozen=True, slots=True)
class Presence:
    """Which of the articles asked about are still in the library."""

    token: int
    present: frozenset[int]


@dataclass(frozen=True, slots=True)
class ReportProgress:
    token: int
    done: int
    total: int
    pairs: list[ReusedPair] | None  # None: no new list since the last progress
    finished: bool
    # The first progress of a report: the pairs kept from last time, before anything is looked at.
    kept: bool = False
    to_look: int = 0  # pieces still to be looked at again
    looked_at: datetime | None = None  # the latest kept look-up (UTC)
    rules_changed: bool = False  # the kept look-ups followed other matching rules


class SimilarWorker(QObject):
    status_changed = Signal(object)  # IndexStatus
    index_updated = Signal()  # caught up after indexing new, edited or deleted articles
    answered = Signal(object)  # SimilarAnswer
    compared = Signal(object)  # Comparison
    report_progressed = Signal(object)  # ReportProgress
    presence = Signal(object)  # Presence
    failed = Signal(object)  # the exception a job raised

    def __init__(
        self, library: Library, parent: QObject | None = None, *, delay_ms: int = CATCH_UP_DELAY_MS
    ) -> None:
        super().__init__(parent)
        self.path: Path = library.path
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="qalam-similar")
        self._service: SimilarService | None = None
        self._library: Library | None = None
        self._tokens = itertools.count(1)
        self._latest: dict[int, int] = {}  # article id -> last question's token
        self._lock = threading.Lock()
        self._catching_up = False
        self._again = False
        self._report_token = 0
        self._closed = False
        self.status: IndexStatus | None = None
        self._poke_timer = QTimer(self)
        self._poke_timer.setSingleShot(True)
        self._poke_timer.setInterval(delay_ms)
        self._poke_timer.timeout.connect(self._start_catch_up)
        self.status_changed.connect(self._remember_status)

    # -- the thread's side -------------------------------------------------------------------

    def _svc(self) -> SimilarService:
        if self._service is None:
            from studio.library import Library
            from studio.similar.service import SimilarService

            self._library = Library.open(self.path)
            self._service = SimilarService(self._library)
        return self._service

    def _submit(self, job: Callable[[], None]) -> None:
        if self._closed:
            return
        with contextlib.suppress(RuntimeError):  # shut down meanwhile
            self._executor.submit(self._guarded, job)

    def _guarded(self, job: Callable[[], None]) -> None:
        if self._closed:
            return
        try:
            job()
        except Exception as error:  # handed to the GUI thread, which tells the user
            log.exception("similar pieces job failed")
            self._emit(self.failed, error)

    def _emit(self, signal: object, value: object) -> None:
        if self._closed:
            return
        with contextlib.suppress(RuntimeError):  # the window is gone
            signal.emit(value)  # type: ignore[attr-defined]

    def reused_in_now(self, article_id: int, text: str) -> list[SimilarResult]:
        """The pieces sharing passages with `text` (the article as edited), found on this
        worker's thread with the window's one index, for a caller on another worker thread (the
        checklist's); it waits for the answer, so never call it from the GUI thread. Empty once
        the worker is shut down."""
        if self._closed:
            return []
        try:
            future = self._executor.submit(lambda: self._svc().reused_in(article_id, text))
        except RuntimeError:  # shut down meanwhile
            return []
        return future.result()

    # -- keeping up --------------------------------------------------------------------------

    def poke(self) -> None:
        """Something changed in the library (an import, a save, a delete): catch up soon."""
        if not self._closed:
            self._poke_timer.start()

    def catch_up_now(self) -> None:
        self._start_catch_up()

    def _start_catch_up(self) -> None:
        with self._lock:
            if self._catching_up:
                self._again = True
                return
            self._catching_up = True
            self._again = False
        self._submit(self._catch_up_step)

    def _catch_up_step(self) -> None:
        more = False
        try:
            service = self._svc()
            if self.status is None:
                # Said before the first step, which loads the index (seconds in a large library).
                self._emit(self.status_changed, service.status())
            before = service.indexed
            done = service.index_pending(CATCH_UP_BATCH)
            more = done >= CATCH_UP_BATCH
            status = service.status()
            self._emit(self.status_changed, status)
            if not more and not status.catching_up and (done or service.indexed != before):
                with contextlib.suppress(RuntimeError):
                    self.index_updated.emit()
        finally:
            # A failed step must not leave the flag set, or nothing would catch up again.
            with self._lock:
                more = more or self._again
                self._again = False
                self._catching_up = more
        if more:
            self._submit(self._catch_up_step)

    def forget(self, article_ids: list[int]) -> None:
        """Articles just deleted in the studio: out of every answer at once (shown panels ask
        again), before the next catch-up notices they are gone."""
        ids = list(article_ids)

        def job() -> None:
            self._svc().forget(ids)
            with contextlib.suppress(RuntimeError):
                self.index_updated.emit()

        self._submit(job)
        self.poke()

    def _remember_status(self, status: IndexStatus) -> None:
        self.status = status

    @property
    def catching_up(self) -> bool:
        return self.status is None or self.status.catching_up or self._catching_up

    # -- questions ---------------------------------------------------------------------------

    def ask(self, article_id: int, text: str) -> int:
        """Similar pieces for the article as `text` reads now; the answer arrives through
        `answered` with the returned token."""
        token = next(self._tokens)
        self._latest[article_id] = token
        if self.status is None or self.status.catching_up:
            # Index first, then answer: the first question of a session is not answered from
            # an index that has not seen the library yet (the rest follows `index_updated`).
            self._poke_timer.stop()
            self._start_catch_up()

        def job() -> None:
            if self._latest.get(article_id) != token:
                return  # a newer question for this article is queued
            service = self._svc()
            results = service.similar_to_text(text, limit=ANSWER_LIMIT, exclude=article_id)
            statuses = service.statuses([r.article_id for r in results])
            more = len(results) >= ANSWER_LIMIT and all(r.passages for r in results)
            self._emit(
                self.answered, SimilarAnswer(token, article_id, text, results, statuses, more)
            )

        self._submit(job)
        return token

    def compare(self, article_id: int, other_id: int) -> int:
        """Two stored pieces side by side (the report's pairs); arrives through `compared`."""
        token = next(self._tokens)

        def job() -> None:
            service = self._svc()
            assert self._library is not None
            mine = self._library.get(article_id)
            other = self._library.get(other_id)
            result = service.compare(mine.body, other_id, exclude=article_id)
            self._emit(
                self.compared,
                Comparison(
                    token,
                    mine.id,
                    mine.title,
                    mine.body,
                    mine.direction,
                    mine.lang,
                    other.id,
                    other.title,
                    other.body,
                    other.direction,
                    other.lang,
                    result,
                ),
            )

        self._submit(job)
        return token

    def check_present(self, article_ids: list[int]) -> int:
        """Which of `article_ids` are still in the library (an open comparison whose piece may
        have been deleted); arrives through `presence` with the returned token."""
        token = next(self._tokens)
        ids = list(article_ids)

        def job() -> None:
            found = self._svc().labels(ids)
            self._emit(self.presence, Presence(token, frozenset(found)))

        self._submit(job)
        return token

    # -- the reuse report --------------------------------------------------------------------

    def start_report(self, fresh: bool = False) -> int:
        """The report kept in the library, then brought up to date in steps: the first progress
        (`kept`) carries the kept pairs and how much is to be looked at again, before the index
        is even loaded; the following ones arrive through `report_progressed` until one says
        `finished`. Stopping keeps what was looked at. `fresh` forgets what is kept first (every
        article is looked at again)."""
        token = next(self._tokens)
        self._report_token = token
        state: dict[str, KeptReuseReport] = {}
        prepared = [False]
        shown = [0.0]  # when the list of pairs was last handed over

        def progress(kept: KeptReuseReport, pairs: list[ReusedPair] | None) -> None:
            self._emit(
                self.report_progressed,
                ReportProgress(
                    token,
                    kept.done,
                    kept.total,
                    pairs,
                    kept.finished,
                    to_look=kept.total - kept.done,
                    looked_at=kept.state().looked_at if kept.finished else None,
                    rules_changed=kept.rules_changed,
                ),
            )

        def step() -> None:
            if self._report_token != token:
                return  # cancelled, or a newer report started
            kept = state.get("kept")
            if kept is None:
                from studio.similar.kept_report import KeptReuseReport

                kept = state["kept"] = KeptReuseReport(self._svc())
                if fresh:
                    kept.forget()
                now = kept.state()
                self._emit(
                    self.report_progressed,
                    ReportProgress(
                        token,
                        0,
                        now.to_look,
                        kept.pairs(),
                        False,
                        kept=True,
                        to_look=now.to_look,
                        looked_at=now.looked_at,
                        rules_changed=now.rules_changed,
                    ),
                )
                self._submit(step)
                return
            if not prepared[0]:
                service = self._svc()
                service.index_pending(CATCH_UP_BATCH)
                if service.status().catching_up:
                    # Every article must be in the index before it is looked at.
                    self._submit(step)
                    return
                kept.prepare()
                prepared[0] = True
                shown[0] = time.monotonic()
                if kept.finished:
                    progress(kept, kept.pairs())
                    return
                progress(kept, None)
                self._submit(step)
                return
            finished = kept.step(REPORT_BATCH)
            # The list (a query for the titles, a table rebuilt) at most every so often.
            now_s = time.monotonic()
            pairs = None
            if finished or now_s - shown[0] >= REPORT_PAIRS_INTERVAL_S:
                shown[0] = now_s
                pairs = kept.pairs()
            progress(kept, pairs)
            if not finished:
                self._submit(step)

        self._submit(step)
        return token

    def cancel_report(self) -> None:
        self._report_token = 0

    # -- closing -----------------------------------------------------------------------------

    def shutdown(self) -> None:
        """Stops after the running job (closing the window, switching libraries)."""
        self._closed = True
        self._poke_timer.stop()
        self._report_token = 0
        self._executor.shutdown(wait=True, cancel_futures=True)
        if self._library is not None:
            self._library.close()
            self._library = None
        self._service = None
