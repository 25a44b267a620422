"""Saving an open article without blocking typing.

Threading rules (as in Picard): the text is copied on the GUI thread into a `SaveRequest`; the
worker thread only talks to the library and hands back a plain result through a queued signal;
no widget is ever touched from the worker. One save runs at a time per article; a change made
while it runs is saved right after it.

Saving a 100,000-word article takes hundreds of milliseconds (the search index is rebuilt),
which is why it is not done on the GUI thread.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Signal

from studio.library import ArticleDetail, Library
from studio.library.details import ArticleDetails
from studio.text import Direction

# The worker thread holds the GIL while it runs Python; a short switch interval keeps the GUI
# thread's turn (a keystroke) from waiting the default 5 ms for it.
_SWITCH_INTERVAL_S = 0.0005


@dataclass(frozen=True, slots=True)
class SaveRequest:
    article_id: int
    title: str
    body: str
    expected_version: int
    reason: str
    direction: str
    overrides: dict[int, Direction] = field(default_factory=dict)
    authorship: Any = None
    # Counter of the editor's changes this request holds, to know whether more came after.
    generation: int = 0
    # Author, client, tags and target the writer changed since the last save (None: as stored).
    details: ArticleDetails | None = None


def save_now(library: Library, request: SaveRequest) -> ArticleDetail:
    """The request written to the library (raises VersionConflict when it changed there)."""
    save: Callable[..., ArticleDetail] | None = getattr(library, "save", None)
    if save is None:
        return library.update(
            request.article_id,
            title=request.title,
            body=request.body,
            expected_version=request.expected_version,
            reason=request.reason,
        )
    # Only when there are details to store: a library stand-in without them saves as before.
    extra = {"details": request.details} if request.details is not None else {}
    return save(
        request.article_id,
        title=request.title,
        body=request.body,
        expected_version=request.expected_version,
        authorship=request.authorship,
        reason=request.reason,
        direction=request.direction,
        paragraph_directions={line: d.value for line, d in request.overrides.items()},
        **extra,
    )


class SaveWorker(QObject):
    """Runs saves on one background thread; `finished(request, result)` arrives on the GUI
    thread with the saved `ArticleDetail` or the exception raised — at the latest when `wait`
    returns, so a page that waits (closing, quitting) knows the version its save made before it
    saves again."""

    finished = Signal(object, object)
    # From the save's thread: a result is ready to be handed over on the GUI thread.
    _ready = Signal()

    def __init__(self, library: Library, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="qalam-save")
        self._pending: Future[None] | None = None
        self._result: tuple[SaveRequest, object] | None = None
        self._lock = threading.Lock()
        self._ready.connect(self._deliver)
        if sys.getswitchinterval() > _SWITCH_INTERVAL_S:
            sys.setswitchinterval(_SWITCH_INTERVAL_S)

    @property
    def busy(self) -> bool:
        """A save is running, or its result has not been handed over yet: until it is, the page
        holds the version from before that save, and a save started now would meet the last one
        as a conflict (two saves close together: leaving the window while an autosave ran)."""
        with self._lock:
            undelivered = self._result is not None
        return undelivered or (self._pending is not None and not self._pending.done())

    def submit(self, request: SaveRequest) -> None:
        self._pending = self._executor.submit(self._run, request)

    def _run(self, request: SaveRequest) -> None:
        try:
            result: object = save_now(self.library, request)
        except Exception as error:  # handed to the GUI thread, which tells the writer
            result = error
        with self._lock:
            self._result = (request, result)
        self._ready.emit()

    def _deliver(self) -> None:
        # Runs on the GUI thread, from the queued signal or from `wait`, whichever comes first;
        # the other finds nothing left to hand over.
        with self._lock:
            done, self._result = self._result, None
        if done is not None:
            self.finished.emit(*done)

    def wait(self) -> None:
        """Blocks until the running save has reached the library, then hands its result over
        (closing, quitting). Call it on the GUI thread."""
        if self._pending is not None:
            self._pending.result()
        self._deliver()

    def shutdown(self) -> None:
        self.wait()
        self._executor.shutdown(wait=True)
