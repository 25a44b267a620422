"""The library-wide "reused passages" report: pairs of pieces that share text.

Built one article at a time through the reuse index (`SimilarService.reused_in`), never by
comparing all pairs, so it scales with the library; a builder that advances in small steps lets
the studio run it in the background between the panel's questions, report progress and stop.
Each pair is found from both sides; it keeps both shares (how much of each piece is found in the
other) and the larger passage count.

`ReuseReportBuilder` looks at every article from scratch; `reuse_report()` (the CLI, the
benchmark) uses the report kept in the library and looks only at what changed
(`studio.similar.kept_report`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from studio.library.similar_store import ArticleLabel
from studio.similar.service import SimilarResult, SimilarService

# Articles whose bodies are read from the library at once.
_BODY_BATCH = 50
# Articles whose titles are read at once.
_LABEL_CHUNK = 5000


@dataclass(frozen=True, slots=True)
class ReusedPair:
    first_id: int
    first_title: str
    second_id: int
    second_title: str
    first_share: float  # share of the first piece's text found in the second
    second_share: float  # share of the second piece's text found in the first
    passages: int
    near_duplicate: bool = False

    @property
    def share(self) -> float:
        return max(self.first_share, self.second_share)

    def to_json(self) -> dict[str, object]:
        return {
            "first": {"article_id": self.first_id, "title": self.first_title},
            "second": {"article_id": self.second_id, "title": self.second_title},
            "share": self.share,
            "first_share": self.first_share,
            "second_share": self.second_share,
            "passages": self.passages,
            "near_duplicate": self.near_duplicate,
        }


@dataclass(slots=True)
class _Found:
    first_share: float = 0.0
    second_share: float = 0.0
    passages: int = 0
    near_duplicate: bool = False


class PairTable:
    """Pairs combined from both directions: each article's look-up gives the share of *its*
    text found in the other piece; a pair keeps both shares, the larger passage count, and
    near-duplicate when either side says so. The kept report and the from-scratch builder
    combine their findings here, so both give the same pairs."""

    def __init__(self) -> None:
        self._found: dict[tuple[int, int], _Found] = {}

    def record(
        self, article_id: int, other_id: int, share: float, passages: int, near_duplicate: bool
    ) -> None:
        key = (min(article_id, other_id), max(article_id, other_id))
        found = self._found.setdefault(key, _Found())
        if article_id == key[0]:
            found.first_share = max(found.first_share, share)
        else:
            found.second_share = max(found.second_share, share)
        found.passages = max(found.passages, passages)
        found.near_duplicate = found.near_duplicate or near_duplicate

    def pairs(self, service: SimilarService, min_share: float = 0.0) -> list[ReusedPair]:
        """The pairs, most shared first, with the pieces' current titles."""
        kept = {
            key: f
            for key, f in self._found.items()
            if max(f.first_share, f.second_share) >= min_share
        }
        ids = sorted({a for key in kept for a in key})
        labels: dict[int, ArticleLabel] = {}
        # In chunks: one IN (...) list of every piece in a large library's report would pass
        # SQLite's limit of bound parameters.
        for start in range(0, len(ids), _LABEL_CHUNK):
            labels.update(service.labels(ids[start : start + _LABEL_CHUNK]))
        pairs = [
            ReusedPair(
                a,
                labels[a].title,
                b,
                labels[b].title,
                round(f.first_share, 4),
                round(f.second_share, 4),
                f.passages,
                f.near_duplicate,
            )
            for (a, b), f in kept.items()
            if a in labels and b in labels
        ]
        pairs.sort(key=lambda p: (-p.share, -p.passages, p.first_id, p.second_id))
        return pairs


class ReuseReportBuilder:
    """Looks at every article of the library in id order; `step()` does a few at a time."""

    def __init__(self, service: SimilarService, min_share: float = 0.0) -> None:
        self.service = service
        self.min_share = min_share
        self._ids = service.article_ids()
        self._next = 0
        self._table = PairTable()

    @property
    def total(self) -> int:
        return len(self._ids)

    @property
    def done(self) -> int:
        return self._next

    @property
    def finished(self) -> bool:
        return self._next >= len(self._ids)

    def step(self, count: int = 10) -> bool:
        """Looks at up to `count` more articles; True once every article has been looked at."""
        batch = self._ids[self._next : self._next + count]
        bodies = self.service.bodies(batch)
        for article_id in batch:
            body = bodies.get(article_id)
            if body is not None:  # deleted meanwhile
                self._record(article_id, self.service.reused_in(article_id, body, every=True))
        self._next += len(batch)
        return self.finished

    def _record(self, article_id: int, results: list[SimilarResult]) -> None:
        for r in results:
            if r.passages:
                self._table.record(
                    article_id, r.article_id, r.reused_share, len(r.passages), r.near_duplicate
                )

    def pairs(self) -> list[ReusedPair]:
        """The pairs found so far, most shared first."""
        return self._table.pairs(self.service, self.min_share)


def reuse_report(
    service: SimilarService,
    min_share: float = 0.0,
    on_progress: Callable[[int, int], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
    batch: int = _BODY_BATCH,
    fresh: bool = False,
) -> tuple[list[ReusedPair], bool]:
    """Every pair of pieces sharing passages (at least `min_share` of one of them), most shared
    first, and whether every article is up to date (False: cancelled; what was looked at is
    kept, the rest is looked at next time). Uses and updates the report kept in the library
    (`studio.similar.kept_report`); `fresh` forgets it first and looks at every article."""
    from studio.similar.kept_report import KeptReuseReport

    service.catch_up()
    kept = KeptReuseReport(service, min_share)
    if fresh:
        kept.forget()
    kept.prepare()
    while not kept.finished:
        if should_cancel is not None and should_cancel():
            return kept.pairs(), False
        kept.step(batch)
        if on_progress is not None:
            on_progress(kept.done, kept.total)
    return kept.pairs(), True


__all__ = ["PairTable", "ReuseReportBuilder", "ReusedPair", "reuse_report"]
