"""Answering "what is similar to this text": candidates from the index, then alignment.

Storage-agnostic: article bodies come through a `fetch` callable, so the same code runs against
the library (`studio.library`) or an in-memory collection (evaluation, tests).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

import numpy as np

from studio.similar.align import Passage, Weights, find_passages
from studio.similar.candidates import candidates
from studio.similar.candidates import ranked as ranked_candidates
from studio.similar.features import Analysed, analyse, analyse_by_word, shingles, spans_of
from studio.similar.index import SHINGLE, SimilarIndex
from studio.similar.passage_edges import trim_passage_edges
from studio.similar.quotations import QuotedText, is_shared_quotation

# Alignment is the expensive part: at most this many candidates are aligned per query.
MAX_ALIGNED = 12
# ... and one more per WORDS_PER_ALIGNED words of the text beyond that (a long text can draw on
# more sources), up to ALIGNED_CEILING.
WORDS_PER_ALIGNED = 100
ALIGNED_CEILING = 24
# Two whole pieces are near-duplicates when the resemblance implied by their containments both
# ways, 1 / (1/c1 + 1/c2 - 1) (the Jaccard index of their 5-gram sets), reaches this.
NEAR_DUPLICATE = 0.55
# Topic neighbours scoring below this share of the text's self-score are not worth showing.
MIN_TOPIC_SCORE = 0.05  # share of each text's 5-gram shingles found in the other


@dataclass(frozen=True, slots=True)
class Match:
    article_id: int
    score: float  # topic similarity, 0..1 (BM25 over the text's self-score)
    reused_share: float  # share of the given text's characters inside reused passages
    passages: list[Passage] = field(default_factory=list)
    source_share: float = 0.0  # share of the article's 5-gram shingles found in the text
    near_duplicate: bool = False


def _boilerplate(index: SimilarIndex, q: np.ndarray) -> np.ndarray:
    """Query words covered by shingles that very many articles share."""
    mask = np.zeros(len(q), dtype=bool)
    sh = shingles(q, SHINGLE)
    if not len(sh):
        return mask
    keep = np.flatnonzero((sh % np.uint64(4)) == 0)
    df = index.shingle_df(sh[keep])
    for i in keep[df > index.common_limit()]:
        # Neighbouring unsampled shingles of the same boilerplate are covered by widening.
        mask[max(0, i - SHINGLE + 1) : i + 2 * SHINGLE - 1] = True
    return mask


def _containments(q_shingles: np.ndarray, source: np.ndarray) -> tuple[float, float]:
    """Shares of the source's and of the query's distinct 5-gram shingles found in the other."""
    s_shingles = np.unique(shingles(source, SHINGLE))
    if not len(s_shingles) or not len(q_shingles):
        return 0.0, 0.0
    # The text's shingles are sorted once for all its sources: a binary search, not a merge sort.
    at = np.minimum(np.searchsorted(q_shingles, s_shingles), len(q_shingles) - 1)
    shared = int(np.count_nonzero(q_shingles[at] == s_shingles))
    return shared / len(s_shingles), shared / len(q_shingles)


def _resemblance(c1: float, c2: float) -> float:
    if c1 <= 0 or c2 <= 0:
        return 0.0
    return 1.0 / (1.0 / c1 + 1.0 / c2 - 1.0)


def _by_position(hashes: np.ndarray) -> Analysed:
    """Stored hashes as an analysed text whose "offsets" are word positions."""
    positions = np.arange(len(hashes), dtype=np.int64)
    return Analysed(np.asarray(hashes, dtype=np.uint32), positions, positions + 1)


def _in_characters(
    passages: list[Passage],
    query: Analysed,
    source: Analysed,
    body: str,
    weights: Weights,
    boiler: np.ndarray,
) -> list[Passage]:
    """Passages found on stored hashes, their source side turned into character offsets of
    `body`. Should the body no longer analyse to the stored words, it is aligned afresh."""
    # Stored hashes are `stem_hashes` of this very version of the body: when the body has one
    # word per hash, its spans are all that is missing.
    analysed = spans_of(body, source.hashes)
    if analysed is None:
        analysed = analyse_by_word(body)
        if len(analysed) != len(source) or not np.array_equal(analysed.hashes, source.hashes):
            return find_passages(query, analysed, weights, boiler)
    return [
        Passage(
            p.start,
            p.end,
            int(analysed.starts[p.source_start]),
            int(analysed.ends[p.source_end - 1]),
            p.words,
        )
        for p in passages
    ]


def _hashes_reader(
    fetch: Callable[[list[int]], Mapping[int, str]],
    fetch_hashes: Callable[[list[int]], Mapping[int, np.ndarray]] | None,
) -> Callable[[list[int]], Mapping[int, np.ndarray]]:
    """Articles' stem hashes: stored ones when the caller has them, else (no store, or an
    article edited since it was indexed) from their bodies."""

    def read(ids: list[int]) -> dict[int, np.ndarray]:
        got = dict(fetch_hashes(ids)) if fetch_hashes is not None else {}
        missing = [a for a in ids if a not in got]
        if missing:
            got.update((a, analyse(body).hashes) for a, body in fetch(missing).items())
        return got

    return read


def find_similar(
    index: SimilarIndex,
    text: str,
    fetch: Callable[[list[int]], Mapping[int, str]],
    *,
    limit: int = 10,
    exclude: int | None = None,
    analysed: Analysed | None = None,
    min_topic_score: float = MIN_TOPIC_SCORE,
    with_topic: bool = True,
    only: int | None = None,
    fetch_hashes: Callable[[list[int]], Mapping[int, np.ndarray]] | None = None,
    aligned_ceiling: int | None = ALIGNED_CEILING,
) -> list[Match]:
    """Articles sharing passages with `text` (most reused first), then its topic neighbours.

    `with_topic=False` skips the topic neighbours (the library-wide reuse report needs only
    passages); `only` aligns the text with that one article and no other (a comparison of two
    chosen pieces). `fetch_hashes`, when given, returns the stored stem hashes of articles (as
    `stem_hashes` made them): candidates are then aligned on those, and only the bodies of
    articles that do share passages are read and analysed for their character offsets.
    `aligned_ceiling=None` aligns as many candidates as the text's length calls for, however
    long it is (the reuse report: a long piece holding many others must name them all)."""
    query = analysed or analyse(text)
    q = query.hashes
    topic = (
        {
            n.article_id: n.score
            for n in index.topic(q, k=limit, exclude=exclude)
            if n.score >= min_topic_score
        }
        if with_topic and only is None
        else {}
    )
    read: dict[int, np.ndarray] = {}
    if only is not None:
        ranked = [only]
    else:
        # Candidates and their order: `studio/similar/candidates.py` (the words of those it
        # looked at closely are kept, so they are not read twice).
        found, read = candidates(index, q, _hashes_reader(fetch, fetch_hashes), exclude=exclude)
        limit_aligned = max(MAX_ALIGNED, len(q) // WORDS_PER_ALIGNED)
        if aligned_ceiling is not None:
            limit_aligned = min(aligned_ceiling, limit_aligned)
        ranked = ranked_candidates(found, limit_aligned)
    stored: dict[int, np.ndarray] = {}
    if fetch_hashes is not None:
        stored = {a: read[a] for a in ranked if a in read}
        # Stored hashes of the topic neighbours too: they say the article is still there, for
        # a tenth of what reading its body costs.
        stored.update(fetch_hashes(sorted((set(ranked) | set(topic)) - set(stored))))
    bodies = dict(fetch(sorted((set(ranked) | set(topic)) - set(stored))))
    boiler = _boilerplate(index, q)
    q_shingles = np.unique(shingles(q, SHINGLE))
    total_chars = max(int(query.ends[-1] - query.starts[0]) if len(query) else 0, 1)
    sources: dict[int, Analysed] = {a: _by_position(stored[a]) for a in ranked if a in stored}
    for article_id in ranked:
        if article_id not in sources and article_id in bodies:
            sources[article_id] = analyse(bodies[article_id])
    # One weight lookup for every word of the text and of the candidates, and every text's
    # words as positions among those words (what alignment works on), from one sort.
    texts = [q, *(src.hashes for src in sources.values())]
    vocab, inverse = np.unique(np.concatenate(texts), return_inverse=True)
    weights = Weights(vocab, index.idf(vocab))
    bounds = np.cumsum([0, *(len(t) for t in texts)])
    q_ids = inverse[: len(q)]
    word_ids = {a: (q_ids, inverse[bounds[i + 1] : bounds[i + 2]]) for i, a in enumerate(sources)}
    aligned: dict[int, list[Passage]] = {}
    for article_id in ranked:
        source = sources.get(article_id)
        if source is not None:
            passages = find_passages(query, source, weights, boiler, word_ids[article_id])
            if passages:
                aligned[article_id] = passages
    # The bodies of the articles sharing passages, in one read: their offsets are characters.
    missing = [a for a in aligned if a not in bodies]
    if missing:
        bodies.update(fetch(missing))
    matches: dict[int, Match] = {}
    quoted = QuotedText(text)
    for article_id, passages in aligned.items():
        body = bodies.get(article_id)
        if body is None:
            continue
        source = sources[article_id]
        if article_id in stored:
            passages = _in_characters(passages, query, source, body, weights, boiler)
        passages = [
            trim_passage_edges(p, text, body, weights)
            for p in passages
            if not is_shared_quotation(quoted, p.start, p.end, body, p.source_start, p.source_end)
        ]
        if not passages:
            continue
        covered = sum(p.end - p.start for p in passages)
        source_share, query_share = _containments(q_shingles, source.hashes)
        near = _resemblance(source_share, query_share) >= NEAR_DUPLICATE
        matches[article_id] = Match(
            article_id,
            round(topic.get(article_id, 0.0), 4),
            round(min(covered / total_chars, 1.0), 4),
            passages,
            round(source_share, 4),
            near,
        )
    reused = sorted(matches.values(), key=lambda m: (-m.reused_share, -m.score))
    neighbours = [
        Match(a, round(s, 4), 0.0)
        for a, s in topic.items()
        if a not in matches and (a in bodies or a in stored)
    ]
    return (reused + neighbours)[:limit] if limit else reused + neighbours


__all__ = ["Match", "find_similar"]
