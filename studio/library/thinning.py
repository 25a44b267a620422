"""Which periodic snapshots to keep, as Manuskript thins its revisions.

The older a snapshot, the sparser its neighbours: one a minute for the last ten minutes, one per
ten minutes for the last hour, one an hour for the last day, one a day for the last month, then
one a week. Within each age band the sweep goes from the oldest snapshot forwards and keeps one
whenever at least the band's interval has passed since the last one kept (Manuskript's rule), so
a snapshot that has been kept is rarely dropped later just because a newer one arrived.

Only periodic snapshots (reason ``autosave``) are thinned; snapshots taken on purpose — the
original, manual saves, status changes, restores, scripted updates — are always kept.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

# (band ends at this age, interval within the band); the last band has no end.
TIERS: tuple[tuple[timedelta | None, timedelta], ...] = (
    (timedelta(minutes=10), timedelta(minutes=1)),
    (timedelta(hours=1), timedelta(minutes=10)),
    (timedelta(days=1), timedelta(hours=1)),
    (timedelta(days=30), timedelta(days=1)),
    (None, timedelta(weeks=1)),
)

THINNED_REASON = "autosave"
# A periodic snapshot is taken at most this often while writing.
PERIOD = TIERS[0][1]


def _band(age: timedelta) -> int:
    for index, (end, _interval) in enumerate(TIERS):
        if end is None or age < end:
            return index
    return len(TIERS) - 1


def revisions_to_keep(times: Sequence[datetime], now: datetime) -> set[int]:
    """Indexes into `times` of the snapshots to keep at `now`. The newest is always kept;
    snapshots dated after `now` (a clock set back) count as brand new."""
    if not times:
        return set()
    bands: dict[int, list[int]] = {}
    for index, moment in enumerate(times):
        bands.setdefault(_band(max(now - moment, timedelta(0))), []).append(index)
    keep: set[int] = set()
    for band, indexes in bands.items():
        interval = TIERS[band][1]
        indexes.sort(key=lambda i: (times[i], i))
        last: datetime | None = None
        for index in indexes:
            if last is None or times[index] - last >= interval:
                keep.add(index)
                last = times[index]
    keep.add(max(range(len(times)), key=lambda i: (times[i], i)))
    return keep
