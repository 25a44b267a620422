"""Alignment of a text against one candidate source into reused passages.

Three kinds of evidence mark words of the new text as shared with the source (what the probes in
DESIGN.md found to matter):
- exact runs of 5 and of 3 stems (verbatim copies, moved phrases, a word swapped for a synonym);
- bags of words: a 20-word window of the new text whose telling words nearly all occur in one
  300-word window of the source (words shuffled inside a sentence or a passage);
- nothing from boilerplate: words covered by shingles found in very many articles don't count.
Marked words are grouped into passages where they are dense, the edges trimmed to marked words,
the matching stretch of the source found where the passage's words are densest, and nearby
passages of the same pair merged. Offsets are characters in the ORIGINAL texts.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from studio.similar.features import Analysed, shingles

Q_WINDOW = 20
Q_STEP = 4
S_WINDOW = 300
S_STEP = 50
BOW_SHARE = 0.5  # weighted share of a window's words found in the source window
SEED_SIZES = (5, 3)
GAP = 10  # unmatched words allowed inside a passage
MIN_WORDS = 20  # matched words a passage needs (shorter shared runs are set phrases or chance)
# ... or fewer, down to this, when nearly all of them are exact runs in the same order in one
# place of the source and the passage is still MIN_WORDS long (a short reworded paragraph: its
# unmatched words are its synonyms). A shorter run shared word for word is a set phrase (a
# title with its holder's name, a protocol formula in the news).
MIN_SEEDED_WORDS = 15
SEEDED_SHARE = 0.75
MIN_DENSITY = 0.5
EDGE = 8  # words looked at when trimming a passage's edge
EDGE_DENSITY = 0.75
PASSAGE_SHARE = 0.6  # weighted words of each side of a passage found in the other
PASSAGE_SHARE_IN_ORDER = 0.35  # ... when at least IN_ORDER of its words are in shared runs
IN_ORDER = 0.25
MERGE_GAP = 30  # words between two passages of the same pair that are merged
COMPACT = 1.25  # source stretch of merged pieces at most this many times their length
SHUFFLE_GAP = 100  # words between pieces of one phrase-shuffled passage
SHUFFLE_COVER = 0.5  # share of such a merged passage the pieces themselves cover
# A run of shared words whose exact seeds jump by more than this many words in the source holds
# two reuses (two paragraphs from different places, pasted one after the other).
JUMP = 60
ANCHORED = 0.3  # share of a passage's words with exact seeds for them to place its source span
EDGE_REACH = 2 * GAP  # unseeded words at a passage's edge kept with its seeded stretch
# Growing a seeded passage outwards: this share of the next EXTEND_WORDS words of the new text
# must occur among the next EXTEND_REACH words of the source.
EXTEND_WORDS = 6
EXTEND_REACH = 9
EXTEND_SHARE = 0.5
EXTEND_TELLING = 1  # ... at least this many of them telling words (function words are everywhere):
EXTEND_TELLING_WEIGHT = 1.0  # IDF; a word in more than about a third of the articles is not
EXTEND_TELLING_SHARE = 0.3  # ... or, in a tiny library, below this share of the highest IDF
CONFIRM = 8  # anchored words after a jump that must agree before the run is cut there


class Weights:
    """Word weights (IDF) by stem hash, looked up a whole array at a time."""

    def __init__(self, hashes: np.ndarray | None = None, values: np.ndarray | None = None):
        self.keys = np.zeros(0, dtype=np.uint32)
        self.values = np.zeros(0, dtype=np.float64)
        if hashes is not None and values is not None:
            self.add(hashes, values)

    def add(self, hashes: np.ndarray, values: np.ndarray) -> None:
        keys = np.concatenate((self.keys, np.asarray(hashes, dtype=np.uint32)))
        vals = np.concatenate((self.values, np.asarray(values, dtype=np.float64)))
        self.keys, first = np.unique(keys, return_index=True)
        self.values = vals[first]

    def missing(self, hashes: np.ndarray) -> np.ndarray:
        return np.setdiff1d(np.unique(hashes), self.keys)

    def __call__(self, hashes: np.ndarray) -> np.ndarray:
        if not len(self.keys):
            return np.ones(len(hashes))
        pos = np.minimum(np.searchsorted(self.keys, hashes), len(self.keys) - 1)
        return np.where(self.keys[pos] == hashes, self.values[pos], 1.0)


@dataclass(frozen=True, slots=True)
class Passage:
    start: int
    end: int
    source_start: int
    source_end: int
    words: int  # words of the new text inside the passage


def _cover(mask_starts: np.ndarray, k: int, n: int) -> np.ndarray:
    """Positions covered by the k-word runs starting where `mask_starts` is true."""
    # Runs starting at or before each position, less those that ended before it.
    started = np.zeros(n, dtype=np.int32)
    started[: len(mask_starts)] = mask_starts
    np.cumsum(started, out=started)
    covering = started.copy()
    covering[k:] -= started[:-k]
    return covering > 0


def _runs(positions: np.ndarray, gap: int) -> list[tuple[int, int]]:
    """Groups sorted positions into (first, last) runs whose holes are at most `gap` long."""
    if not len(positions):
        return []
    breaks = np.flatnonzero(np.diff(positions) > gap + 1)
    firsts = np.concatenate(([0], breaks + 1))
    lasts = np.concatenate((breaks, [len(positions) - 1]))
    return [(int(positions[a]), int(positions[b])) for a, b in zip(firsts, lasts, strict=True)]


def _windows(n: int, size: int, step: int) -> list[tuple[int, int]]:
    if n <= size:
        return [(0, n)]
    out = [(a, a + size) for a in range(0, n - size + 1, step)]
    if out[-1][1] < n:
        out.append((n - size, n))
    return out


def find_passages(
    query: Analysed,
    source: Analysed,
    weight_of: Weights,
    boilerplate: np.ndarray | None = None,
    word_ids: tuple[np.ndarray, np.ndarray] | None = None,
) -> list[Passage]:
    """Reused passages between `query` and `source`. `weight_of` maps a stem hash to its weight
    (IDF); `boilerplate` marks query words that must not count as reuse. `word_ids`, when
    given, are the positions of the two texts' words among `weight_of`'s (sorted) words, found
    once by whoever aligns one text with many."""
    n, m = len(query), len(source)
    if n < MIN_WORDS or m < MIN_WORDS:
        return []
    q, s = query.hashes, source.hashes
    matched, anchors = _seeds(q, s)
    # From here on words are small local ids, so "does this word occur there" is an index into
    # a boolean array rather than a sort.
    ids = _local_ids(q, s, weight_of, word_ids)
    seeded = matched.copy()
    matched |= _bag_matches(ids)
    if boilerplate is not None:
        matched &= ~boilerplate
    passages = []
    short: set[int] = set()  # indices of passages under MIN_WORDS matched words
    runs = _runs(np.flatnonzero(matched), GAP)
    todo = [piece for run in runs for piece in reversed(_split(run, anchors))]
    while todo:
        first, last = _trim(matched, *todo.pop())
        count = int(matched[first : last + 1].sum())
        if count < MIN_SEEDED_WORDS or count < MIN_DENSITY * (last - first + 1):
            continue
        placed = _anchored(anchors[first : last + 1], count)
        if count < MIN_WORDS and (
            last - first + 1 < MIN_WORDS
            or not _mostly_seeded(placed, anchors[first : last + 1], count)
        ):
            continue
        if placed is not None:
            (qa, qb), (sa, sb) = placed
            # A few unseeded words at an edge belong to the passage (a reworded first or last
            # phrase); the source side grows by as many. A long stretch matched only as a bag
            # is looked at again on its own rather than stretching this passage.
            seeded_first, seeded_last = first + qa, first + qb
            if qa > EDGE_REACH:
                todo.append((first, seeded_first - 1))
                first = seeded_first
            if last - seeded_last > EDGE_REACH:
                todo.append((seeded_last + 1, last))
                last = seeded_last
            head, tail = seeded_first - first, last - seeded_last
            span = _grown(sa, sb, head, tail, ids.mask(ids.q[first : last + 1]), ids.s)
        else:
            qpart = ids.q[first : last + 1]
            span = _source_span(qpart[matched[first : last + 1]], ids, last - first + 1)
        qpart = ids.q[first : last + 1]
        in_order = float(seeded[first : last + 1].mean())
        if span is None or not _verified(qpart, ids.s[span[0] : span[1] + 1], ids, in_order):
            continue
        if placed is not None:
            first, last, span = _extended(first, last, span, ids)
        passages.append((first, last, span[0], span[1]))
        if count < MIN_WORDS:
            short.add(len(passages) - 1)
    passages = _without_short_pieces(passages, short)
    return [
        Passage(
            int(query.starts[a]),
            int(query.ends[b]),
            int(source.starts[sa]),
            int(source.ends[sb]),
            b - a + 1,
        )
        for a, b, sa, sb in _merge(passages)
    ]


def _anchors(q: np.ndarray, s: np.ndarray) -> np.ndarray:
    """For each query word inside an exact 5- (else 3-) word run that occurs once in the source,
    where that word sits in the source; -1 elsewhere. Runs repeated in the source are left out:
    they cannot tell which place a passage came from."""
    return _seeds(q, s)[1]


def _seeds(q: np.ndarray, s: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Query words inside exact 5- or 3-word runs found in the source, and their anchors (see
    `_anchors`). The text's runs are sorted once for all its candidates; each source's runs are
    looked up among them (sorting every source's runs instead was half of this)."""
    n = len(q)
    matched = np.zeros(n, dtype=bool)
    where = np.full(n, -1, dtype=np.int64)
    for k in SEED_SIZES:
        keys, key_of, seen = _query_runs(q, k)
        ssh = shingles(s, k)
        if not len(keys) or not len(ssh):
            continue
        # Most of the source's runs are not the text's: a table of the text's runs by their
        # last bits rules those out before the (slower) binary search.
        maybe = np.flatnonzero(seen[ssh & _SEEN_MASK])
        at = np.minimum(np.searchsorted(keys, ssh[maybe]), len(keys) - 1)
        shared = keys[at] == ssh[maybe]
        in_source = maybe[shared]
        key = at[shared]
        # How often each of the text's runs occurs in the source, and where (the only place
        # when once: all that is asked of it).
        times = np.bincount(key, minlength=len(keys))
        place = np.zeros(len(keys), dtype=np.int64)
        place[key] = in_source
        found = times[key_of] > 0
        matched |= _cover(found, k, n)
        hits = np.flatnonzero(found & (times[key_of] == 1))
        for off in range(k):
            target = hits + off
            free = where[target] < 0
            where[target[free]] = place[key_of[hits[free]]] + off
    return matched, where


# The last query's runs: one text is aligned with a dozen candidates in a row. The array itself
# is kept and compared by identity (an analysed text's arrays are never changed in place).
_last_query: tuple[np.ndarray, dict[int, tuple[np.ndarray, np.ndarray, np.ndarray]]] = (
    np.zeros(0, np.uint32),
    {},
)
_SEEN_MASK = np.uint64((1 << 16) - 1)


def _query_runs(q: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The text's distinct k-word runs, sorted; for each position the index of its run; and
    which values of a run's last 16 bits occur among them."""
    global _last_query
    held, runs = _last_query  # one read: another thread may replace it meanwhile
    if held is not q:
        held, runs = q, {}
        _last_query = (held, runs)
    if k not in runs:
        keys, key_of = np.unique(shingles(q, k), return_inverse=True)
        seen = np.zeros(int(_SEEN_MASK) + 1, dtype=bool)
        seen[keys & _SEEN_MASK] = True
        runs[k] = (keys, key_of, seen)
    return runs[k]


def _split(run: tuple[int, int], anchors: np.ndarray) -> list[tuple[int, int]]:
    """Cuts a run of shared words where its exact seeds move to another place in the source and
    stay there: two paragraphs copied from different parts of one source, back to back, are two
    passages, each with its own source span."""
    first, last = run
    positions = np.flatnonzero(anchors[first : last + 1] >= 0) + first
    if len(positions) < 2 * CONFIRM:
        return [run]
    where = anchors[positions]
    # Most runs never move in the source: each seed within JUMP of the span of those before it.
    low = np.minimum.accumulate(where)[:-1]
    high = np.maximum.accumulate(where)[:-1]
    if bool(((where[1:] >= low - JUMP) & (where[1:] <= high + JUMP)).all()):
        return [run]
    pieces = []
    # Plain ints: this loop walks every seed of a long run, and numpy scalars compare slowly.
    seeds, places = positions.tolist(), where.tolist()
    start, lo, hi = first, places[0], places[0]
    for i in range(1, len(places)):
        w = places[i]
        if lo - JUMP <= w <= hi + JUMP:
            lo, hi = min(lo, w), max(hi, w)
            continue
        ahead = places[i : i + CONFIRM]
        if len(ahead) < CONFIRM or not all(a < lo - JUMP or a > hi + JUMP for a in ahead):
            continue  # a stray seed (a phrase the source happens to share), not a new place
        pieces.append((start, seeds[i - 1]))
        start, lo, hi = seeds[i], w, w
    pieces.append((start, last))
    return pieces


@dataclass(frozen=True, slots=True)
class _Ids:
    q: np.ndarray  # local word ids of the query, in order
    s: np.ndarray  # ... of the source
    w: np.ndarray  # weight by local id
    w_max: float = -1.0  # the highest weight of a word of the two texts (-1: of all of `w`)

    @property
    def heaviest(self) -> float:
        return self.w_max if self.w_max >= 0 else float(self.w.max())

    def mask(self, words: np.ndarray) -> np.ndarray:
        out = np.zeros(len(self.w), dtype=bool)
        out[words] = True
        return out


def _local_ids(
    q: np.ndarray, s: np.ndarray, weight_of: Weights, given: tuple[np.ndarray, np.ndarray] | None
) -> _Ids:
    """The two texts as word ids. When `weight_of` knows every word of both (`find_similar`
    makes it for the text and all its candidates), its own sorted words are the ids: the text's
    ids are then found once for all its candidates, and each source costs a binary search (or
    nothing, when the caller found them) instead of sorting both texts together again."""
    keys = weight_of.keys
    if given is not None:
        q_ids, s_ids = given
        heaviest = max(float(weight_of.values[q_ids].max()), float(weight_of.values[s_ids].max()))
        return _Ids(q_ids, s_ids, weight_of.values, heaviest)
    if len(keys):
        known = _query_ids(q, keys)
        s_ids = np.searchsorted(keys, s)
        if known is not None and _all_found(keys, s_ids, s):
            q_ids = known
            heaviest = max(
                float(weight_of.values[q_ids].max()), float(weight_of.values[s_ids].max())
            )
            return _Ids(q_ids, s_ids, weight_of.values, heaviest)
    vocab, inverse = np.unique(np.concatenate((q, s)), return_inverse=True)
    return _Ids(inverse[: len(q)], inverse[len(q) :], weight_of(vocab))


def _all_found(keys: np.ndarray, at: np.ndarray, words: np.ndarray) -> bool:
    return bool(len(at)) and int(at.max()) < len(keys) and bool((keys[at] == words).all())


# The last text's ids, like `_last_query` (kept by identity of both arrays).
_last_ids: tuple[np.ndarray, np.ndarray, np.ndarray | None] = (
    np.zeros(0, np.uint32),
    np.zeros(0, np.uint32),
    None,
)


def _query_ids(q: np.ndarray, keys: np.ndarray) -> np.ndarray | None:
    global _last_ids
    held_q, held_keys, ids = _last_ids  # one read: another thread may replace it meanwhile
    if held_q is not q or held_keys is not keys:
        at = np.searchsorted(keys, q)
        ids = at if _all_found(keys, at, q) else None
        _last_ids = (q, keys, ids)
    return ids


# Window starts handled at once by `_bag_matches`: its arrays hold (starts × source windows)
# numbers, which for a 1,000,000-word text against a 140,000-word one took over 20 GB at once.
_BAG_CHUNK = 4096


def _bag_matches(ids: _Ids) -> np.ndarray:
    """Query words inside a 20-word window whose weighted words nearly all occur in one 300-word
    window of the source, and that occur there themselves. Every window start is tried: with
    per-position presence and sliding sums this is a few array passes, not a loop. The starts
    go in chunks, so memory stays bounded however long the two texts are."""
    n = len(ids.q)
    width = min(Q_WINDOW, n)
    # Weights in whole millionths: sums of whole numbers are exact, so a window's share is the
    # difference of two running totals and comes out the same whatever chunk it falls in.
    wq_all = np.round(ids.w[ids.q] * 1e6).astype(np.int64)
    in_window = _in_windows(ids.s, len(ids.w))
    out = np.zeros(n, dtype=bool)
    starts_total = n - width + 1
    for first in range(0, starts_total, _BAG_CHUNK):
        last = min(first + _BAG_CHUNK, starts_total)  # starts first..last-1
        rows = slice(first, last + width - 1)
        # present[i, j]: query word first + i occurs in source window j.
        present = in_window[ids.q[rows]]
        wq = wq_all[rows]
        totals = np.cumsum(wq)
        den = totals[width - 1 :].copy()
        den[1:] -= totals[:-width]
        # Running weighted sums down each column, in place: every temporary the size of
        # `present` costs more (fresh memory) than the sums themselves. In 32 bits when a
        # window's sum fits: the running sums may wrap around, their differences (the window
        # sums) come out exact all the same, with half the memory to go through.
        small = len(wq) == 0 or int(wq.max()) * width < 1 << 31
        kind = np.int32 if small else np.int64
        running = wq.astype(kind)[:, None] * present
        np.cumsum(running, axis=0, dtype=kind, out=running)
        num = running[width - 1 :]
        num[1:] -= running[:-width].copy()
        best = num.argmax(axis=1)
        hit = num[np.arange(len(best)), best] / np.maximum(den, 1) >= BOW_SHARE
        starts = np.flatnonzero(hit)
        pos = starts[:, None] + np.arange(width)[None, :]
        out[(pos + first)[present[pos, best[starts][:, None]]]] = True
    return out


def _in_windows(source: np.ndarray, vocabulary: int) -> np.ndarray:
    """in_window[v, j]: word v occurs in source window j (`_windows` of S_WINDOW words, one every
    S_STEP, all of the same length), set for every window at once."""
    spans = _windows(len(source), S_WINDOW, S_STEP)
    in_window = np.zeros((vocabulary, len(spans)), dtype=bool)
    firsts = np.array([a for a, _ in spans], dtype=np.int64)
    size = spans[0][1] - spans[0][0]
    in_window[source[firsts[:, None] + np.arange(size)], np.arange(len(spans))[:, None]] = True
    return in_window


def _trim(matched: np.ndarray, first: int, last: int) -> tuple[int, int]:
    """Moves each edge inwards to where matched words are dense: words shared by chance just
    outside a passage would otherwise stretch it (precision went from 0.87 to 0.97 in the probe)."""
    k = EDGE
    while last - first + 1 > k and np.count_nonzero(matched[first : first + k]) < EDGE_DENSITY * k:
        first += 1
        while first < last and not matched[first]:
            first += 1
    while (
        last - first + 1 > k
        and np.count_nonzero(matched[last - k + 1 : last + 1]) < EDGE_DENSITY * k
    ):
        last -= 1
        while last > first and not matched[last]:
            last -= 1

    return _held(matched, first, last)


def _held(matched: np.ndarray, first: int, last: int) -> tuple[int, int]:
    """Moves each edge inwards until it sits on three matched words in a row: a lone shared
    "the" or "في" beside a passage is chance."""
    while first + 2 <= last and not matched[first : first + 3].all():
        first += 1
    while last - 2 >= first and not matched[last - 2 : last + 1].all():
        last -= 1
    return first, last


def _bag_share(a: np.ndarray, b: np.ndarray, ids: _Ids) -> float:
    """Weighted share of the distinct words of `a` that occur in `b`."""
    in_a = ids.mask(a)
    total = ids.w[in_a].sum()
    return float(ids.w[in_a & ids.mask(b)].sum() / total) if total > 0 else 0.0


def _verified(a: np.ndarray, b: np.ndarray, ids: _Ids, in_order: float) -> bool:
    """Containment both ways between the two sides of a passage: reuse keeps most words on both
    sides (whatever their order); two texts on one topic share only some. Lengths must agree
    roughly too: a long passage cannot come from a few scattered source words."""
    if not (0.5 <= len(b) / len(a) <= 2.0):
        return False
    share = min(_bag_share(a, b, ids), _bag_share(b, a, ids))
    if share >= PASSAGE_SHARE:
        return True
    # Heavy synonym substitution leaves half the words, but the survivors keep their order:
    # many shared 3- and 5-word runs are evidence that two texts on one topic do not give.
    return share >= PASSAGE_SHARE_IN_ORDER and in_order >= IN_ORDER


def _anchored(anchors: np.ndarray, count: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Where a passage sits by its exact seeds, when it has enough of them: the largest group
    of seeds close together in the source (a stray seed elsewhere is a phrase the two texts
    happen to share). Returns the first and last seeded query words of that group (relative to
    the passage) and the first and last source words."""
    seeded = np.flatnonzero(anchors >= 0)
    if len(seeded) < max(MIN_WORDS // 2, ANCHORED * count):
        return None
    order = np.argsort(anchors[seeded], kind="stable")
    where = anchors[seeded][order]
    breaks = np.flatnonzero(np.diff(where) > JUMP)
    firsts = np.concatenate(([0], breaks + 1))
    lasts = np.concatenate((breaks, [len(where) - 1]))
    biggest = int(np.argmax(lasts - firsts))
    lo, hi = firsts[biggest], lasts[biggest]
    if hi - lo + 1 < max(MIN_WORDS // 2, ANCHORED * count):
        return None
    mine = seeded[order[lo : hi + 1]]
    return (int(mine.min()), int(mine.max())), (int(where[lo]), int(where[hi]))


def _without_short_pieces(
    passages: list[tuple[int, int, int, int]], short: set[int]
) -> list[tuple[int, int, int, int]]:
    """The passages less the short ones (`short`: their indices) that lie near another passage:
    a short passage on its own is a reworded paragraph, but beside others it is a fragment of
    one reuse whose phrases were reordered, which the others already report (kept, it would
    split that reuse). A short piece grown into the same span as a longer one goes too."""
    if not short:
        return passages
    kept = []
    for i, p in enumerate(passages):
        if i in short and any(
            j != i and q[0] - p[1] <= SHUFFLE_GAP and p[0] - q[1] <= SHUFFLE_GAP
            for j, q in enumerate(passages)
        ):
            continue
        kept.append(p)
    return kept


def _mostly_seeded(
    placed: tuple[tuple[int, int], tuple[int, int]] | None, anchors: np.ndarray, count: int
) -> bool:
    """Whether a short passage is held together by exact runs: placed in one stretch of the
    source, with at least SEEDED_SHARE of its matched words anchored there."""
    if placed is None:
        return False
    (_, _), (sa, sb) = placed
    inside = (anchors >= sa) & (anchors <= sb)
    return int(inside.sum()) >= SEEDED_SHARE * count


def _extended(
    first: int, last: int, span: tuple[int, int], ids: _Ids
) -> tuple[int, int, tuple[int, int]]:
    """A passage placed by its seeds, grown outwards on both sides while the words just past its
    edge in the new text keep occurring just past its edge in the source: a reworded passage
    whose first or last phrase lost its seeds to synonyms still shares most of its telling words
    with the source there, and text beside a passage does not."""
    sa, sb = span
    n, m = len(ids.q), len(ids.s)
    while first > 0 and sa > 0:
        near = ids.s[max(0, sa - EXTEND_REACH) : sa]
        step = _extension(ids.q[max(0, first - EXTEND_WORDS) : first][::-1], near[::-1], ids)
        if step is None:
            break
        words, source_words = step
        first, sa = first - words, sa - source_words
    while last < n - 1 and sb < m - 1:
        near = ids.s[sb + 1 : sb + 1 + EXTEND_REACH]
        step = _extension(ids.q[last + 1 : last + 1 + EXTEND_WORDS], near, ids)
        if step is None:
            break
        words, source_words = step
        last, sb = last + words, sb + source_words
    return first, last, (sa, sb)


def _extension(words: np.ndarray, near: np.ndarray, ids: _Ids) -> tuple[int, int] | None:
    """How far a passage's edge moves outwards: `words` are the next words of the new text and
    `near` the next words of the source, both in order away from the passage. None when too few
    of the words occur there; else how many words each side gains, up to the farthest shared
    telling word."""
    if not len(words) or not len(near):
        return None
    shared = ids.mask(near)[words]
    # Half the words shared, and not only function words (they occur everywhere).
    # In a library of a handful of articles no word reaches the IDF floor: there a telling word
    # is one well above the commonest.
    floor = min(EXTEND_TELLING_WEIGHT, EXTEND_TELLING_SHARE * ids.heaviest)
    telling = shared & (ids.w[words] >= floor)
    if shared.sum() < EXTEND_SHARE * len(words) or telling.sum() < EXTEND_TELLING:
        return None
    # Up to the farthest telling shared word: a lone shared "في" past it is chance.
    far = int(np.flatnonzero(telling)[-1])
    kept = words[: far + 1][shared[: far + 1]]
    in_source = np.flatnonzero(ids.mask(kept)[near])
    return far + 1, int(in_source[-1]) + 1


def _grown(
    sa: int, sb: int, head: int, tail: int, in_passage: np.ndarray, source: np.ndarray
) -> tuple[int, int]:
    """The seeded source span grown by up to as many words as the passage grew, stopping at
    the outermost source words that occur in the passage."""
    lo = max(0, sa - head)
    while lo < sa and not in_passage[source[lo]]:
        lo += 1
    hi = min(len(source) - 1, sb + tail)
    while hi > sb and not in_passage[source[hi]]:
        hi -= 1
    return lo, hi


def _source_span(words: np.ndarray, ids: _Ids, length: int) -> tuple[int, int] | None:
    """Where in the source the passage's words are densest: (first, last) word positions. A
    passage whose words were shuffled keeps its length, so the span is the stretch of the
    passage's own length (in words) holding most of its telling words, its edges then moved in
    to words of the passage."""
    in_passage = ids.mask(words)
    weights = ids.w[in_passage]
    # Telling words only: function words occur everywhere and would pull the span aside.
    telling = in_passage & (ids.w >= 0.5 * weights.mean()) if len(weights) > 3 else in_passage
    hit = telling[ids.s]
    if not hit.any():
        return None
    window = max(1, min(length, len(ids.s)))
    sums = np.convolve(hit.astype(np.int32), np.ones(window, dtype=np.int32), "valid")
    best = np.flatnonzero(sums == sums.max())
    lo = int(best[len(best) // 2])
    hi = lo + window - 1
    every = in_passage[ids.s]
    return _held(every, lo, hi)


def _merge(passages: list[tuple[int, int, int, int]]) -> list[tuple[int, int, int, int]]:
    """Joins passages close in the new text whose sources are close too (one reuse detected in
    pieces would count as several)."""
    out: list[tuple[int, int, int, int]] = []
    for chain in _chains(sorted(passages)):
        # Pieces next to each other that together cover a stretch of the source about as long
        # as they are: one passage with its sentences in another order, found piece by piece.
        a, b = chain[0][0], max(p[1] for p in chain)
        sa, sb = min(p[2] for p in chain), max(p[3] for p in chain)
        if len(chain) > 1 and sb - sa + 1 <= COMPACT * (b - a + 1):
            out.append((a, b, sa, sb))
        else:
            out.extend(_merge_pairs(chain))
    return _merge_shuffled(sorted(out))


def _merge_shuffled(passages: list[tuple[int, int, int, int]]) -> list[tuple[int, int, int, int]]:
    """Joins neighbouring passages, further apart than MERGE_GAP, when together they are one block
    of the new text taken from one block of the source of about the same length: a passage whose
    phrases were reordered is found piece by piece, with reworded stretches between the pieces,
    and each piece points somewhere else inside the same stretch of the source."""
    out: list[tuple[int, int, int, int]] = []
    for a, b, sa, sb in passages:
        if out:
            pa, pb, psa, psb = out[-1]
            na, nb, nsa, nsb = pa, max(pb, b), min(psa, sa), max(psb, sb)
            length, source_length = nb - na + 1, nsb - nsa + 1
            covered = (pb - pa + 1) + (b - a + 1)
            if (
                a - pb <= SHUFFLE_GAP
                and source_length <= COMPACT * length
                and length <= COMPACT * source_length
                and covered >= SHUFFLE_COVER * length
            ):
                out[-1] = (na, nb, nsa, nsb)
                continue
        out.append((a, b, sa, sb))
    return out


def _chains(passages: list[tuple[int, int, int, int]]) -> list[list[tuple[int, int, int, int]]]:
    """Runs of passages each at most MERGE_GAP words after the previous one in the new text."""
    chains: list[list[tuple[int, int, int, int]]] = []
    for p in passages:
        if chains and p[0] - max(q[1] for q in chains[-1]) <= MERGE_GAP:
            chains[-1].append(p)
        else:
            chains.append([p])
    return chains


def _merge_pairs(passages: list[tuple[int, int, int, int]]) -> list[tuple[int, int, int, int]]:
    out: list[list[int]] = []
    for a, b, sa, sb in passages:
        if out:
            pa, pb, psa, psb = out[-1]
            # Sources must be close too: two paragraphs pasted together from two places of
            # the source (with more than a paragraph between them there) are two passages.
            near_source = max(sa - psb, psa - sb) <= MERGE_GAP * 3
            if a - pb <= MERGE_GAP and near_source:
                out[-1] = [pa, max(pb, b), min(psa, sa), max(psb, sb)]
                continue
        out.append([a, b, sa, sb])
    return [(a, b, sa, sb) for a, b, sa, sb in out]
