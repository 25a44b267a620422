"""Running an import: reading files, feeding the library in batches, progress and cancelling."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from studio.importers.folders import plan_import
from studio.importers.formats import read_drafts
from studio.importers.sources import ByteCounter
from studio.library.records import ArticleDraft, ImportOutcome, Refusal
from studio.library.service import Library

# Often enough for a progress bar to move smoothly, rarely enough not to flood a GUI's event queue.
PROGRESS_INTERVAL_S = 0.1


@dataclass(frozen=True, slots=True)
class ImportProgress:
    """Bytes rather than files or lines: one huge JSONL file and a folder of small notes then both
    move the bar at the pace the work really goes."""

    done_bytes: int
    total_bytes: int
    current: str
    imported: int
    # Files read to the end (or refused) out of the files the import will read, for a count a
    # person can follow ("120 of 3,000 files") beside the bar.
    files_done: int = 0
    files_total: int = 0


class _Reporter:
    def __init__(
        self, callback: Callable[[ImportProgress], None] | None, total: int, files: int
    ) -> None:
        self._callback = callback
        self._total = total
        self._files = files
        self.files_done = 0
        self._done = 0
        self._last = float("-inf")

    def due(self) -> bool:
        return time.monotonic() - self._last >= PROGRESS_INTERVAL_S

    def report(self, done: int, current: str, imported: int) -> None:
        # Never backwards, never past the end, whatever a reader's byte count says.
        self._done = max(self._done, min(done, self._total))
        self._last = time.monotonic()
        if self._callback is not None:
            self._callback(
                ImportProgress(
                    self._done, self._total, current, imported, self.files_done, self._files
                )
            )


def import_paths(
    library: Library,
    paths: Iterable[Path | str],
    *,
    on_progress: Callable[[ImportProgress], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
    batch_size: int = 500,
) -> ImportOutcome:
    """Imports the files and folders in `paths` (see `folders` for what a folder yields).

    Articles go to the library `batch_size` at a time, each batch in its own transaction.
    `on_progress` is called at the start, after every batch, about ten times a second in between,
    and at the end. `should_cancel` is asked as often; once it answers True the import stops: the
    batches already added stay, the articles read since the last batch are dropped, and the outcome
    says `cancelled`. A file that cannot be imported is refused, never raised; only the library
    itself failing (locked, disk full) raises.
    """
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    if isinstance(paths, str | Path):
        # A lone path would otherwise be taken for a list of one-letter paths.
        paths = [paths]
    plan = plan_import(paths)
    outcome = ImportOutcome(refused=list(plan.refused))
    reporter = _Reporter(on_progress, plan.total_bytes, len(plan.files))
    batch: list[ArticleDraft] = []

    def cancelled() -> bool:
        if should_cancel is not None and should_cancel():
            outcome.cancelled = True
        return outcome.cancelled

    def add_batch() -> None:
        outcome.merge(library.add_articles(batch, batch_size=len(batch)))
        batch.clear()

    finished_bytes = 0
    current = ""
    reporter.report(0, current, 0)
    for planned in plan.files:
        if cancelled():
            break
        current = str(planned.path)
        counter = ByteCounter()
        items = read_drafts(planned.path, counter)
        try:
            for item in items:
                if isinstance(item, Refusal):
                    outcome.refused.append(item)
                else:
                    batch.append(item)
                if len(batch) >= batch_size:
                    add_batch()
                elif not reporter.due():
                    continue
                done = finished_bytes + min(counter.done, planned.size)
                reporter.report(done, current, len(outcome.imported))
                if cancelled():
                    break
        finally:
            # Closes the file now, even when the loop was left early.
            close = getattr(items, "close", None)
            if close is not None:
                close()
        if outcome.cancelled:
            break
        finished_bytes += planned.size
        reporter.files_done += 1
    if outcome.cancelled:
        reporter.report(finished_bytes, current, len(outcome.imported))
        return outcome
    if batch:
        add_batch()
    reporter.report(plan.total_bytes, current, len(outcome.imported))
    return outcome
