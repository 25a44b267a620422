from datetime import datetime, timedelta
from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from studio.library.thinning import TIERS, revisions_to_keep

NOW = datetime(2026, 11, 27, 12, 0, 0)


def _ages(*ages: timedelta) -> list[datetime]:
    return [NOW - age for age in ages]


def _kept_ages(times: list[datetime]) -> list[timedelta]:
    return sorted(NOW - times[i] for i in revisions_to_keep(times, NOW))


def test_empty_and_single():
    assert revisions_to_keep([], NOW) == set()
    assert revisions_to_keep([NOW], NOW) == {0}


def test_every_snapshot_a_minute_apart_is_kept_for_ten_minutes():
    times = _ages(*(timedelta(minutes=m) for m in range(10)))
    assert revisions_to_keep(times, NOW) == set(range(10))


def test_within_the_first_ten_minutes_one_a_minute():
    # Every 20 seconds for 10 minutes: one a minute survives (plus the newest).
    times = _ages(*(timedelta(seconds=s) for s in range(0, 600, 20)))
    kept = _kept_ages(times)
    assert 10 <= len(kept) <= 11
    gaps = [b - a for a, b in pairwise(kept[1:])]
    assert all(gap >= timedelta(minutes=1) for gap in gaps)


def test_tier_boundaries():
    # (age just inside a band, its interval): two snapshots closer than the interval -> one kept;
    # exactly the interval apart -> both kept.
    bands = [
        (timedelta(minutes=9), timedelta(minutes=1)),
        (timedelta(minutes=59), timedelta(minutes=10)),
        (timedelta(hours=23), timedelta(hours=1)),
        (timedelta(days=29), timedelta(days=1)),
        (timedelta(days=300), timedelta(weeks=1)),
    ]
    for (age, interval), (_end, tier_interval) in zip(bands, TIERS, strict=True):
        assert interval == tier_interval
        newest = NOW  # always kept; keeps it out of the pair's way
        close = [newest, NOW - age, NOW - age + interval - timedelta(seconds=1)]
        assert revisions_to_keep(close, NOW) == {0, 1}, age
        apart = [newest, NOW - age, NOW - age + interval]
        assert revisions_to_keep(apart, NOW) == {0, 1, 2}, age


def test_a_snapshot_crossing_a_boundary_changes_band():
    # Two snapshots 5 minutes apart: both kept while younger than ten minutes, one of them once
    # both are older than ten minutes (then one per ten minutes).
    times = [NOW - timedelta(minutes=1), NOW - timedelta(minutes=6), NOW]
    assert revisions_to_keep(times, NOW) == {0, 1, 2}
    later = NOW + timedelta(minutes=10)
    kept = revisions_to_keep(times, later)
    assert len(kept) == 2 and 2 in kept


def test_exact_band_edges_belong_to_the_older_band():
    # Age exactly ten minutes is in the ten-minute band, exactly an hour in the hourly band...
    for end, _interval in TIERS[:-1]:
        times = [NOW, NOW - end, NOW - end + timedelta(seconds=30)]
        assert 1 in revisions_to_keep(times, NOW)


def test_a_month_of_writing_thins_to_a_handful():
    # A snapshot every minute, eight hours a day, for 60 days.
    times = []
    for day in range(60):
        start = NOW - timedelta(days=day, hours=10)
        times += [start + timedelta(minutes=m) for m in range(0, 480, 1)]
    times.append(NOW - timedelta(seconds=5))
    kept = _kept_ages(times)
    # About 30 daily + 5 weekly + up to 24 hourly + a few: far fewer than 28,800.
    assert len(kept) < 80
    assert kept[0] == timedelta(seconds=5)


def test_future_dates_count_as_new():
    times = [NOW + timedelta(minutes=5), NOW + timedelta(minutes=5, seconds=10)]
    # Both in the youngest band; 10 s apart, but the newest is always kept.
    assert revisions_to_keep(times, NOW) == {0, 1}


def test_identical_times_keep_one_and_the_newest_index():
    times = [NOW - timedelta(hours=2)] * 3
    assert revisions_to_keep(times, NOW) == {0, 2}


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(0, 90 * 24 * 3600), min_size=1, max_size=60))
def test_properties(seconds):
    times = [NOW - timedelta(seconds=s) for s in seconds]
    kept = revisions_to_keep(times, NOW)
    assert kept <= set(range(len(times)))
    # The newest survives.
    assert any(times[i] == max(times) for i in kept)
    # Thinning again keeps everything it kept (stable at a fixed moment).
    survivors = sorted(kept)
    again = revisions_to_keep([times[i] for i in survivors], NOW)
    assert len(again) == len(survivors)
    # No band keeps two snapshots closer than its interval (the newest aside).
    newest = max(range(len(times)), key=lambda i: (times[i], i))
    for band_end, interval in TIERS:
        in_band = sorted(
            times[i]
            for i in kept
            if i != newest and _band_of(NOW - times[i]) == (band_end, interval)
        )
        assert all(b - a >= interval for a, b in pairwise(in_band))


def _band_of(age):
    for end, interval in TIERS:
        if end is None or age < end:
            return end, interval
    return TIERS[-1]
