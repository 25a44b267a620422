"""The "Reused passages" report kept in the library: it opens with what was found last time and
brings only what changed up to date.

Each article's look-up through the reuse index (`SimilarService.reused_in`) is stored with the
text it was made from (`studio.library.reuse_store`). A pass (`prepare`, then `step` until
`finished`) looks up again, in id order and in small batches each stored in one transaction:

- articles never looked up, or whose text changed (compared by version, then by the text's
  SHA-1 — a title or status change keeps the look-up), whoever changed them (this window,
  another window, `qalam import` in another process);
- pieces that shared text with an article whose text changed or that was deleted, those a new
  or changed article now finds, and the pieces those share text with (they are marked *due* as
  the look-ups are stored, so a crash in the middle forgets none of them);
- everything, when the matching rules (the index's `SCHEME` or `REPORT_RULES` below) changed.

Everything else keeps its stored rows; pairs are combined from both directions exactly as
`ReuseReportBuilder` does from scratch. Not followed (docs/similar.md gives the figures): a look-up
depends a little on the whole index (word weights, boilerplate, which candidates rank highest), so
after many edits an untouched article's look-up may differ slightly. `forget()` (`qalam
reuse-report --fresh`, "Look at Everything Again") gives the report from scratch.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass
from datetime import datetime

from studio.library import reuse_store as store
from studio.library.models import utcnow
from studio.similar.report import PairTable, ReusedPair
from studio.similar.service import SCHEME, SimilarService

# Bump when what a kept look-up records, how pairs are combined, or what the matching finds
# (alignment, candidates, quotation rules) changes: every kept look-up is then made again.
REPORT_RULES = 2
# New and edited articles indexed before each batch (a caught-up index answers in a
# millisecond), so an article is never looked up against an index that has not seen a change.
_INDEX_STEP = 200


def rules() -> str:
    return f"index {SCHEME}, report {REPORT_RULES}"


@dataclass(frozen=True, slots=True)
class KeptState:
    articles: int
    to_look: int  # pieces to look at again (new, edited, deleted, or sharing text with one)
    looked_at: datetime | None  # the latest kept look-up (UTC), None when nothing is kept
    rules_changed: bool = False  # the kept look-ups followed other matching rules

    @property
    def up_to_date(self) -> bool:
        return self.to_look == 0 and not self.rules_changed


class KeptReuseReport:
    """One pass over what changed; `step()` does a few articles at a time (the studio runs it in
    its worker between other questions, the CLI in a loop)."""

    def __init__(self, service: SimilarService, min_share: float = 0.0) -> None:
        self.service = service
        self.library = service.library
        self.min_share = min_share
        self._queue: deque[int] = deque()
        self._queued: set[int] = set()
        self._done = 0
        self._since = utcnow()
        self._prepared = False
        self._rechecked = False
        self.rules_changed = False

    # -- what is kept ------------------------------------------------------------------------

    def state(self) -> KeptState:
        """What is kept and how much is to be looked at again, without the index and without
        reading any text (the dialog shows it at once)."""
        changed = store.other_rules(self.library, rules())
        articles = len(self.service.article_ids())
        return KeptState(
            articles,
            articles if changed else store.pending_count(self.library),
            store.last_looked(self.library),
            changed or self.rules_changed,
        )

    def pairs(self) -> list[ReusedPair]:
        """The kept pairs, most shared first (with the pieces' current titles)."""
        table = PairTable()
        for row in store.found_rows(self.library):
            table.record(row.article_id, row.other_id, row.share, row.passages, row.near_duplicate)
        return table.pairs(self.service, self.min_share)

    def forget(self) -> None:
        """Forgets every kept look-up: the next pass looks at every article."""
        store.forget_all(self.library)
        self._prepared = False

    # -- a pass ------------------------------------------------------------------------------

    def prepare(self) -> KeptState:
        """Starts a pass; call it once the similar index is caught up. Drops what is kept of
        deleted articles, keeps look-ups whose text only changed its title or status, and lists
        what is to be looked at."""
        self._since = utcnow()
        if store.other_rules(self.library, rules()):
            store.forget_all(self.library)
            self.rules_changed = True
        gone = store.deleted_articles(self.library)
        store.drop_deleted(self.library, gone, self._since)
        self._settle_unchanged_texts()
        self._queue.clear()
        self._queued.clear()
        self._enqueue(store.pending_ids(self.library))
        self._prepared = True
        self._rechecked = False
        return KeptState(
            len(self.service.article_ids()),
            len(self._queue),
            store.last_looked(self.library),
            self.rules_changed,
        )

    def _settle_unchanged_texts(self) -> None:
        changed = store.version_changed(self.library)
        for start in range(0, len(changed), 500):
            chunk = dict(changed[start : start + 500])
            texts = store.texts(self.library, chunk)
            same = {a: t.version for a, t in texts.items() if store.text_sha1(t.body) == chunk[a]}
            store.set_versions(self.library, same)

    def _enqueue(self, ids: list[int] | set[int]) -> None:
        for article_id in sorted(ids):
            if article_id not in self._queued:
                self._queued.add(article_id)
                self._queue.append(article_id)

    @property
    def done(self) -> int:
        return self._done

    @property
    def total(self) -> int:
        return self._done + len(self._queue)

    @property
    def finished(self) -> bool:
        return self._prepared and not self._queue

    def step(self, count: int = 10) -> bool:
        """Looks up to `count` more articles and keeps what they found; True once the pass is
        over. The last step looks once more for changes made during the pass (by this studio
        or another process) and goes on with them."""
        if not self._prepared:
            self.prepare()
        self.service.index_pending(_INDEX_STEP)
        batch = [self._queue.popleft() for _ in range(min(count, len(self._queue)))]
        for article_id in batch:
            self._queued.discard(article_id)
        texts = store.texts(self.library, batch)
        lookups = []
        for article_id in batch:
            text = texts.get(article_id)
            if text is None:  # deleted meanwhile
                continue
            found = [
                store.Found(r.article_id, r.reused_share, len(r.passages), r.near_duplicate)
                for r in self.service.reused_in(article_id, text.body, every=True)
                if r.passages
            ]
            lookups.append(
                store.Lookup(article_id, text.version, store.text_sha1(text.body), found)
            )
        marked = store.save_lookups(self.library, rules(), lookups, utcnow(), self._since)
        self._enqueue(marked)
        self._done += len(batch)
        if not self._queue and not self._rechecked:
            self._recheck()
        return self.finished

    def _recheck(self) -> None:
        """Changes made while the pass ran: a second, short pass."""
        self._rechecked = True
        self.service.catch_up()
        self._since = utcnow()
        gone = store.deleted_articles(self.library)
        self._enqueue(store.drop_deleted(self.library, gone, self._since))
        self._settle_unchanged_texts()
        self._enqueue(store.pending_ids(self.library))


__all__ = ["REPORT_RULES", "KeptReuseReport", "KeptState", "rules"]
