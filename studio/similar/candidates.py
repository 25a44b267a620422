"""Which articles are worth aligning with a text, best first.

Alignment is the expensive step, so only a dozen or two articles are aligned per question, and
which ones matters as much as how many. Three kinds of evidence, cheapest first:

- shared uncommon 5-gram shingles (verbatim and lightly edited reuse): these come first;
- stretches of the text whose rarest words an article holds (`SimilarIndex.stretch_hits`): how
  word-shuffled and reworded passages are found, since they share no shingle;
- where those words sit in the article. A passage with a third of its words replaced by
  synonyms keeps about half of a stretch's rare words, and so does an article on the same
  subject; but in the source they stand together, within a stretch's length, while in the
  other article they are spread over its whole body (`colocated_share`). Reading the stored
  words of the few articles concerned costs far less than aligning them.

Word-shuffled passages keep all of a stretch's rare words while spread over a long source
passage: they are told from the topic neighbours by their margin over the runner-up in the
stretch (a source holds all of them, a neighbour some).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

import numpy as np

from studio.similar.index import SimilarIndex, StretchHits

# A stretch's rare words an article must hold to be looked at closer (the strong rule keeps
# its own floor, `StretchHits.strong`) ... or fewer, when those words are all uncommon (in at
# most RARE_SHARE of the articles): a reworded passage keeps about half its rare words.
LOOK_NEED = 0.6
RARE_NEED = 0.55
RARE_SHARE = 0.02
# How far apart the stretch's words may lie in the article, in words: a stretch's length and a
# half (synonyms of several words, inserted words).
WINDOW_FACTOR = 1.5
# Words in more than this share of the articles (and more than COMMON_FLOOR of them) weigh
# next to nothing and only cost time.
COMMON_SHARE = 0.1
COMMON_FLOOR = 10
# An article needs this much evidence (co-location, plus half its margin) to be aligned
# unless it shares shingles with the text.
MIN_EVIDENCE = 0.45
# At most this many of a candidate's stretches are checked for co-location (its best ones).
CHECKED_STRETCHES = 4


@dataclass(frozen=True, slots=True)
class Candidate:
    article_id: int
    shingles: int  # uncommon sampled 5-gram shingles shared with the text
    strong: float  # `StretchHits.strong` score (0 when the strong rule does not hold)
    share: float  # best share of a stretch's rare words held
    margin: float  # best lead over the runner-up in one of its stretches
    colocated: float  # best `colocated_share` over its checked stretches

    @property
    def evidence(self) -> float:
        return self.colocated + 0.5 * max(self.margin, 0.0)


def colocated_share(
    source: np.ndarray, words: np.ndarray, weights: np.ndarray, window: int
) -> float:
    """The weighted share of `words` (sorted, distinct) found together in `source` within some
    run of `window` consecutive words, each word counted once."""
    return colocated_shares(source, [words], [weights], window)[0]


def colocated_shares(
    source: np.ndarray, stretches: list[np.ndarray], weights: list[np.ndarray], window: int
) -> list[float]:
    """`colocated_share` of each stretch's words (sorted, distinct) in `source`, reading the
    source once. A word met again within `window` words of its last occurrence is not counted
    again (so a window holds each word at most once). One article at a time: the plain form of
    what `_colocation` does for all the articles of a question at once."""
    out = [0.0] * len(stretches)
    if not len(source) or not stretches:
        return out
    vocab = np.unique(np.concatenate(stretches))
    pos = np.flatnonzero(np.isin(source, vocab))
    if not len(pos):
        return out
    word = np.searchsorted(vocab, source[pos])
    order = np.lexsort((pos, word))
    prev = np.full(len(pos), -(1 << 40), dtype=np.int64)
    repeat = np.flatnonzero(word[order][1:] == word[order][:-1]) + 1
    prev[order[repeat]] = pos[order[repeat - 1]]
    fresh = prev <= pos - window
    for k, (words, w) in enumerate(zip(stretches, weights, strict=True)):
        total = float(w.sum())
        if total <= 0:
            continue
        weight_of = np.zeros(len(vocab))
        weight_of[np.searchsorted(vocab, words)] = w
        pw = np.where(fresh, weight_of[word], 0.0)
        sums = np.concatenate(([0.0], np.cumsum(pw)))
        end = np.searchsorted(pos, pos + window)
        out[k] = min(float((sums[end] - sums[:-1]).max()) / total, 1.0)
    return out


def candidates(
    index: SimilarIndex,
    q: np.ndarray,
    hashes_of: Callable[[list[int]], Mapping[int, np.ndarray]],
    exclude: int | None = None,
    chunk: int = 30,
) -> tuple[list[Candidate], dict[int, np.ndarray]]:
    """Every article with some evidence of sharing a passage with the text `q` (stem hashes),
    and the stored words read for it (`hashes_of` gives them), so they need not be read
    again for the alignment."""
    shingle_hits = index.shingle_candidates(q, exclude=exclude)
    hits = index.stretch_hits(
        q, exclude=exclude, chunk=chunk, need=LOOK_NEED, rare_need=RARE_NEED, rare_share=RARE_SHARE
    )
    if hits is None or not len(hits.article):
        return [Candidate(a, n, 0.0, 0.0, 0.0, 0.0) for a, n in shingle_hits.items()], {}
    strong = hits.strong()
    share = hits.share()
    margin = hits.margins()
    # Each article's best stretches (by share), to be checked for co-location.
    order = np.lexsort((-share, hits.article))
    art = hits.article[order]
    first = np.searchsorted(art, art)
    rank = np.arange(len(art)) - first
    best_share: dict[int, float] = {}
    best_margin: dict[int, float] = {}
    checks: dict[int, list[int]] = {}
    for a, r, s, m, row in zip(
        art.tolist(),
        rank.tolist(),
        share[order].tolist(),
        margin[order].tolist(),
        hits.stretch[order].tolist(),
        strict=True,
    ):
        best_share[a] = max(best_share.get(a, 0.0), s)
        best_margin[a] = max(best_margin.get(a, -1.0), m)
        if r < CHECKED_STRETCHES:
            checks.setdefault(a, []).append(row)
    # Articles sharing shingles are aligned whatever their words' places: no need to read them.
    to_read = sorted(a for a in checks if shingle_hits.get(a, 0) < 2)
    stored = dict(hashes_of(to_read)) if to_read else {}
    colocated = _colocation(index, q, hits, checks, stored, chunk)
    out = [
        Candidate(
            a,
            shingle_hits.get(a, 0),
            strong.get(a, 0.0),
            best_share.get(a, 0.0),
            best_margin.get(a, 0.0),
            colocated.get(a, 0.0),
        )
        for a in set(shingle_hits) | set(checks)
    ]
    return out, stored


def _colocation(
    index: SimilarIndex,
    q: np.ndarray,
    hits: StretchHits,
    checks: Mapping[int, list[int]],
    stored: Mapping[int, np.ndarray],
    chunk: int,
) -> dict[int, float]:
    """For each article read, the best `colocated_share` of its checked stretches' words.

    All articles at once (the same answer as `colocated_shares` article by article, which
    cost a few hundred small numpy calls per question): the articles' words are laid end to
    end, each (article, stretch) pair is one segment of the occurrences of telling words."""
    articles = [a for a in stored if checks.get(a) and len(stored[a])]
    rows = sorted({r for a in articles for r in checks[a]})
    if not rows:
        return {}
    window = round(chunk * WINDOW_FACTOR)
    spans = [q[hits.starts[r] : hits.starts[r] + chunk] for r in rows]
    vocab = np.unique(np.concatenate(spans))
    df = index.df(vocab)
    n = max(len(index), 1)
    telling = (df >= 1) & (df <= max(COMMON_SHARE * n, COMMON_FLOOR))
    vocab, df = vocab[telling], df[telling]
    if not len(vocab):
        return {}
    idf = np.log(1.0 + (n - df + 0.5) / (df + 0.5))
    # table[i, j]: the weight of vocab[j] in stretch rows[i] (0 when the stretch lacks it).
    table = np.zeros((len(rows), len(vocab)))
    for i, span in enumerate(spans):
        at = np.minimum(np.searchsorted(vocab, span), len(vocab) - 1)
        at = at[vocab[at] == span]
        table[i, at] = idf[at]
    totals = table.sum(axis=1)
    sources = [np.asarray(stored[a], dtype=np.uint32) for a in articles]
    offsets = np.concatenate(([0], np.cumsum([len(s) for s in sources]))).astype(np.int64)
    words = np.concatenate(sources)
    # Membership: a table of the vocabulary's low 16 bits rules out nearly every word at
    # once, a binary search settles the rest (np.isin would sort all the articles' words).
    low = np.zeros(1 << 16, dtype=bool)
    low[vocab & 0xFFFF] = True
    maybe = np.flatnonzero(low[words & 0xFFFF])
    at = np.minimum(np.searchsorted(vocab, words[maybe]), len(vocab) - 1)
    exact = vocab[at] == words[maybe]
    pos, word = maybe[exact], at[exact]
    art = np.searchsorted(offsets, pos, "right") - 1
    # An occurrence counts only if the same word did not occur in the `window` words before
    # it (so a window holds each word once).
    order = np.lexsort((pos, word))
    repeat = (
        np.flatnonzero((word[order][1:] == word[order][:-1]) & (art[order][1:] == art[order][:-1]))
        + 1
    )
    prev = np.full(len(pos), -(1 << 40), dtype=np.int64)
    prev[order[repeat]] = pos[order[repeat - 1]]
    fresh = prev <= pos - window
    end = np.searchsorted(pos, np.minimum(pos + window, offsets[art + 1]))
    first = np.searchsorted(pos, offsets)  # each article's occurrences: first[a]..first[a+1]
    row_of = {r: i for i, r in enumerate(rows)}
    pair_art = np.array([k for k, a in enumerate(articles) for _ in checks[a]], dtype=np.int64)
    pair_row = np.array([row_of[r] for a in articles for r in checks[a]], dtype=np.int64)
    lengths = first[pair_art + 1] - first[pair_art]
    live = lengths > 0
    pair_art, pair_row, lengths = pair_art[live], pair_row[live], lengths[live]
    best: dict[int, float] = {}
    if len(lengths):
        seg = np.concatenate(([0], np.cumsum(lengths)))
        # Occurrence index (into `pos`) of each element of each pair's segment.
        occ = np.repeat(first[pair_art] - seg[:-1], lengths) + np.arange(seg[-1])
        pair_of = np.repeat(np.arange(len(lengths)), lengths)
        weight = np.where(fresh[occ], table[pair_row[pair_of], word[occ]], 0.0)
        sums = np.concatenate(([0.0], np.cumsum(weight)))
        stop = end[occ] - first[pair_art][pair_of] + seg[:-1][pair_of]
        inside = sums[stop] - sums[:-1]
        top = np.maximum.reduceat(inside, seg[:-1])
        share = np.minimum(top / np.maximum(totals[pair_row], 1e-12), 1.0)
        for k, v in zip(pair_art.tolist(), share.tolist(), strict=True):
            a = articles[k]
            best[a] = max(best.get(a, 0.0), v)
    return {a: best.get(a, 0.0) for a in articles}


def ranked(found: list[Candidate], limit: int) -> list[int]:
    """The articles to align, best first, at most `limit`: those sharing shingles (most shared
    first), then those whose evidence reaches MIN_EVIDENCE, most evidence first."""
    sure = sorted((c for c in found if c.shingles >= 2), key=lambda c: (-c.shingles, -c.strong))
    rest = sorted(
        (c for c in found if c.shingles < 2 and c.evidence >= MIN_EVIDENCE),
        key=lambda c: (-c.evidence, c.article_id),
    )
    return [c.article_id for c in sure + rest][:limit]
