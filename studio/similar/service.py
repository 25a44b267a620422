"""`SimilarService`: the library-level answer to "what is similar to this text / article".

It owns the in-memory index of one library, loads it from the stored rows the first time it is
needed (no article text is re-read at start-up), and keeps it in step through `index_pending`,
which the GUI runs in the background and the CLI runs before answering.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

import numpy as np

from studio.library import similar_store as store
from studio.library.models import utcnow
from studio.library.service import Library
from studio.similar.align import Passage
from studio.similar.features import stem_hashes
from studio.similar.index import SimilarIndex
from studio.similar.search import ALIGNED_CEILING, find_similar

# Bump when tokenising, stemming or hashing changes: every stored row then becomes pending.
SCHEME = 1
# Edits stamped slightly before the last look (clock steps, a save in flight) are still seen.
_CLOCK_MARGIN = timedelta(seconds=5)


@dataclass(frozen=True, slots=True)
class IndexStatus:
    articles: int
    pending: int  # articles not indexed yet, or edited since they were

    @property
    def catching_up(self) -> bool:
        return self.pending > 0


@dataclass(frozen=True, slots=True)
class SimilarResult:
    article_id: int
    external_id: str | None
    title: str
    score: float
    reused_share: float
    passages: list[Passage] = field(default_factory=list)
    near_duplicate: bool = False
    source_share: float = 0.0

    def to_json(self) -> dict[str, object]:
        """The `qalam similar` contract (field names other tools rely on)."""
        return {
            "article_id": self.article_id,
            "external_id": self.external_id,
            "title": self.title,
            "score": self.score,
            "reused_share": self.reused_share,
            "passages": [
                {
                    "start": p.start,
                    "end": p.end,
                    "source_start": p.source_start,
                    "source_end": p.source_end,
                }
                for p in self.passages
            ],
        }


class SimilarService:
    """Thread-safe: the GUI may index in a worker while the panel asks questions."""

    def __init__(self, library: Library) -> None:
        self.library = library
        self._index: SimilarIndex | None = None
        self._lock = threading.RLock()
        self._after_id: int | None = None
        self._since: datetime | None = None

    # -- keeping up --------------------------------------------------------------------------

    def _loaded(self) -> SimilarIndex:
        if self._index is None:
            index = SimilarIndex()
            index.add_many(
                (article_id, np.frombuffer(blob, dtype="<u4"))
                for article_id, blob in store.current_rows(self.library, SCHEME)
            )
            len(index)  # builds the postings now rather than at the first query
            self._index = index
        return self._index

    @property
    def indexed(self) -> int:
        """Articles in the in-memory index (0 before it is loaded)."""
        return len(self._index) if self._index is not None else 0

    def status(self) -> IndexStatus:
        total, stale = store.counts(self.library, SCHEME)
        return IndexStatus(total, stale)

    def index_pending(self, limit: int = 500, *, _again: bool = True) -> int:
        """Indexes up to `limit` new or edited articles and forgets deleted ones; returns how
        many were indexed (0: caught up)."""
        with self._lock:
            index = self._loaded()
            # The clock is read before looking: an edit made during this step is seen next time.
            started = utcnow() - _CLOCK_MARGIN
            top = store.max_article_id(self.library)
            batch = store.pending(self.library, SCHEME, limit, self._after_id, self._since)
            rows = []
            for article in batch:
                hashes = stem_hashes(article.body)
                rows.append((article.id, article.version, hashes.astype("<u4").tobytes()))
                index.add(article.id, hashes)
            store.save(self.library, SCHEME, rows)
            if len(batch) < limit:
                # Caught up: from now on only newer ids and later changes need looking at.
                self._after_id, self._since = top, started
                # Caught up, the index holds every article: a different count means some were
                # deleted, moved to the Trash or restored from it. (Counting articles reads an
                # index; counting the stored rows read every row with its hashes, 17-40 ms at
                # 40,000 articles on each step.)
                # Restored articles that were never indexed are looked for at once among
                # every stale article (once), not left to a step that may never come.
                if (
                    store.article_count(self.library) != len(index)
                    and self._follow_removals(index)
                    and _again
                ):
                    self._after_id = self._since = None
                    return len(batch) + self.index_pending(limit, _again=False)
            return len(batch)

    def _follow_removals(self, index: SimilarIndex) -> bool:
        """Drops deleted and trashed articles from the in-memory index and takes back those
        restored from the Trash: their stored rows are still current (a restore changes
        neither version nor `updated`, so the incremental look-up would not see them). True
        when some restored article has no current row to take back."""
        alive = store.article_ids(self.library)
        for article_id in index.ids() - alive:
            index.remove(article_id)
        back = sorted(alive - index.ids())
        if not back:
            return False
        stored = store.stored_hashes(self.library, SCHEME, back)
        for article_id, blob in stored.items():
            index.add(article_id, np.frombuffer(blob, dtype="<u4"))
        return len(stored) < len(back)

    def catch_up(self, batch: int = 2000) -> int:
        total = 0
        while True:
            done = self.index_pending(batch)
            total += done
            if done < batch:
                return total

    def forget(self, article_ids: list[int]) -> None:
        """Drops deleted articles at once (the GUI calls this right after deleting)."""
        with self._lock:
            if self._index is not None:
                for article_id in article_ids:
                    self._index.remove(article_id)

    # -- questions ---------------------------------------------------------------------------

    def _fetch(self, ids: list[int]) -> dict[int, str]:
        return store.bodies(self.library, ids)

    def _fetch_hashes(self, ids: list[int]) -> dict[int, np.ndarray]:
        rows = store.stored_hashes(self.library, SCHEME, ids)
        return {a: np.frombuffer(blob, dtype="<u4").astype(np.uint32) for a, blob in rows.items()}

    def similar_to_text(
        self, text: str, limit: int = 10, exclude: int | None = None
    ) -> list[SimilarResult]:
        return self._answer(text, limit=limit, exclude=exclude)

    def similar_to_article(self, article_id: int, limit: int = 10) -> list[SimilarResult]:
        body = self.library.get(article_id).body
        return self.similar_to_text(body, limit=limit, exclude=article_id)

    def reused_in(
        self, article_id: int, text: str | None = None, *, every: bool = False
    ) -> list[SimilarResult]:
        """The pieces sharing passages with the article, most reused first, and no topic
        neighbours: what the checklist's "original: no reused passages" item and the reuse
        report need. `text` is the article as being edited (its stored body when None);
        passages' `start`/`end` are offsets in that text. A look-up aligns at most
        `ALIGNED_CEILING` candidates, however long the text (the checklist asks while the
        writer types); `every=True` lifts that ceiling, so a long piece holding many others
        names them all (the reuse report, in the background)."""
        if text is None:
            text = self.library.get(article_id).body
        return self._answer(
            text,
            limit=0,
            exclude=article_id,
            with_topic=False,
            aligned_ceiling=None if every else ALIGNED_CEILING,
        )

    def compare(self, text: str, other_id: int, exclude: int | None = None) -> SimilarResult:
        """The passages `text` shares with one chosen article (none when it shares nothing),
        for a side-by-side view of two pieces picked by hand."""
        found = self._answer(text, limit=0, exclude=exclude, only=other_id)
        if found:
            return found[0]
        label = store.labels(self.library, [other_id]).get(other_id)
        return SimilarResult(
            other_id, label.external_id if label else None, label.title if label else "", 0.0, 0.0
        )

    def _answer(self, text: str, **options: Any) -> list[SimilarResult]:
        with self._lock:
            index = self._loaded()
            matches = find_similar(
                index, text, self._fetch, fetch_hashes=self._fetch_hashes, **options
            )
        names = store.labels(self.library, [m.article_id for m in matches])
        return [
            SimilarResult(
                m.article_id,
                names[m.article_id].external_id,
                names[m.article_id].title,
                m.score,
                m.reused_share,
                m.passages,
                m.near_duplicate,
                m.source_share,
            )
            for m in matches
            if m.article_id in names
        ]

    def article_ids(self) -> list[int]:
        """Every article of the library, in id order."""
        return sorted(store.article_ids(self.library))

    def bodies(self, article_ids: list[int]) -> dict[int, str]:
        return store.bodies(self.library, article_ids)

    def labels(self, article_ids: list[int]) -> dict[int, store.ArticleLabel]:
        return store.labels(self.library, article_ids)

    def statuses(self, article_ids: list[int]) -> dict[int, str]:
        return store.statuses(self.library, article_ids)


__all__ = ["IndexStatus", "SimilarResult", "SimilarService"]
