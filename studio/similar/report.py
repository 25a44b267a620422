"""The library-wide "reused passages" report: pairs of pieces that share text.

Built one article at a time through the reuse index (`SimilarService.reused_in`), never by
comparing all pairs, so it scales with the library; a builder that advances in small steps lets
the studio run it in the background between the panel's questions, report progress and stop.
Each pair is found from both sides; it keeps both shares (how much of each piece is found in the
other) and the larger passage count.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from studio.similar.service import SimilarResult, SimilarService

# Articles whose bodies are read from the library at once.
_BODY_BATCH = 50


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


class ReuseReportBuilder:
    """Looks at every article of the library in id order; `step()` does a few at a time."""

    def __init__(self, service: SimilarService, min_share: float = 0.0) -> None:
        self.service = service
        self.min_share = min_share
        self._ids = service.article_ids()
        self._next = 0
        self._found: dict[tuple[int, int], _Found] = {}

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
                self._record(article_id, self.service.reused_in(article_id, body))
        self._next += len(batch)
        return self.finished

    def _record(self, article_id: int, results: list[SimilarResult]) -> None:
        for r in results:
            if not r.passages:
                continue
            key = (min(article_id, r.article_id), max(article_id, r.article_id))
            found = self._found.setdefault(key, _Found())
            if article_id == key[0]:
                found.first_share = max(found.first_share, r.reused_share)
            else:
                found.second_share = max(found.second_share, r.reused_share)
            found.passages = max(found.passages, len(r.passages))
            found.near_duplicate = found.near_duplicate or r.near_duplicate

    def pairs(self) -> list[ReusedPair]:
        """The pairs found so far, most shared first."""
        kept = {
            key: f
            for key, f in self._found.items()
            if max(f.first_share, f.second_share) >= self.min_share
        }
        labels = self.service.labels(sorted({a for key in kept for a in key}))
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


def reuse_report(
    service: SimilarService,
    min_share: float = 0.0,
    on_progress: Callable[[int, int], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
    batch: int = _BODY_BATCH,
) -> tuple[list[ReusedPair], bool]:
    """Every pair of pieces sharing passages (at least `min_share` of one of them), most shared
    first, and whether every article was looked at (False: cancelled, the pairs found so far)."""
    service.catch_up()
    builder = ReuseReportBuilder(service, min_share)
    while not builder.finished:
        if should_cancel is not None and should_cancel():
            return builder.pairs(), False
        builder.step(batch)
        if on_progress is not None:
            on_progress(builder.done, builder.total)
    return builder.pairs(), True


__all__ = ["ReuseReportBuilder", "ReusedPair", "reuse_report"]
