"""The shortcuts that make answers and updates fast give the answers of the plain method.

- Rare-word candidates read only the rarest words' postings and look the others up for the few
  articles that can still qualify: the candidates (and their scores) are those of counting every
  rare word's postings, as the method was first written (kept here as the reference).
- Merging small segments keeps every article findable, the big segment untouched.
- Looking words up for many articles at once says what each article's own words say.
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from studio.similar import index as index_module
from studio.similar.features import shingles
from studio.similar.index import SHINGLE, SimilarIndex, sampled


def _reference_chunk_candidates(
    index: SimilarIndex,
    hashes: np.ndarray,
    exclude: int | None = None,
    chunk: int = 30,
    step: int = 15,
    rare: int = 12,
    need: float = 0.6,
    strong: float = 0.75,
    per_chunk: int = 3,
) -> dict[int, float]:
    """Every stretch's rare words counted article by article, one stretch at a time. Each
    segment gives its own `per_chunk` best (ties: the article first added), as the index does."""
    docs = index._docs_for_test()
    segments = [
        [
            (int(a), set(docs[int(a)].tolist()))
            for a, alive in zip(seg.doc_ids, seg.alive, strict=True)
            if alive
        ]
        for seg in index._segments
    ]
    terms = np.unique(hashes)
    df = dict(zip(terms.tolist(), index.df(terms).tolist(), strict=True))
    min_df = 1 if exclude is None else 2
    hits: dict[int, list[float]] = {}
    for start in range(0, max(len(hashes) - chunk, 0) + 1, step):
        words = sorted(set(hashes[start : start + chunk].tolist()))
        pool = [w for w in words if df[w] >= min_df]
        if len(pool) < 4:
            continue
        pick = set(sorted(pool, key=lambda w: df[w])[:rare])  # stable: ties in hash order
        threshold = max(3, math.ceil(need * len(pick)))
        for articles in segments:
            counted = [(len(pick & held), a) for a, held in articles]
            best = sorted(((c, a) for c, a in counted if c >= threshold), key=lambda x: -x[0])[
                :per_chunk
            ]
            for c, a in best:
                if a != exclude:
                    hits.setdefault(a, []).append(c / len(pick))
    return {a: sum(r) for a, r in hits.items() if max(r) >= strong or len(r) >= 2}


def _zipf_text(rng: np.random.Generator, n: int) -> np.ndarray:
    return ((rng.zipf(1.3, n) % 3000) + 1).astype(np.uint32)


@pytest.fixture
def populated(monkeypatch) -> tuple[SimilarIndex, dict[int, np.ndarray]]:
    rng = np.random.default_rng(7)
    docs = {a: _zipf_text(rng, int(rng.integers(20, 600))) for a in range(1, 801)}
    index = SimilarIndex()
    live = dict(docs)

    def docs_for_test() -> dict[int, np.ndarray]:
        return live

    monkeypatch.setattr(index, "_docs_for_test", docs_for_test, raising=False)
    # Several segments, some articles deleted and one replaced: the shortcuts must see the same
    # live articles as the reference.
    index.add_many(list(docs.items())[:500])
    assert len(index) == 500
    index.add_many(list(docs.items())[500:])
    for a in range(3, 800, 17):
        index.remove(a)
        del live[a]
    live[2] = docs[2] = _zipf_text(rng, 300)
    index.add(2, docs[2])
    return index, docs


@pytest.mark.parametrize("seed", range(8))
def test_rare_word_candidates_match_counting_every_posting(populated, seed: int) -> None:
    index, docs = populated
    rng = np.random.default_rng(seed)
    query = _zipf_text(rng, int(rng.integers(5, 900)))
    if seed % 2 == 0:
        # A reworded passage: a source's words in another order inside a new text.
        source = docs[int(rng.integers(1, 800))]
        query = np.concatenate((query, rng.permutation(source[:120])))
    exclude = None if seed % 3 else 1
    fast = index.chunk_candidates(query, exclude=exclude)
    slow = _reference_chunk_candidates(index, query, exclude=exclude)
    assert fast.keys() == slow.keys()
    assert all(fast[a] == pytest.approx(slow[a]) for a in fast)


def test_a_shuffled_source_passage_is_a_candidate(populated) -> None:
    index, docs = populated
    rng = np.random.default_rng(11)
    source_id = 10
    words = docs[source_id][:60]
    query = np.concatenate((_zipf_text(rng, 400), rng.permutation(words), _zipf_text(rng, 400)))
    assert source_id in index.chunk_candidates(query)


def test_merging_small_segments_keeps_every_article_findable() -> None:
    rng = np.random.default_rng(3)
    index = SimilarIndex()
    big = {a: _zipf_text(rng, 200) for a in range(1, 401)}
    index.add_many(big.items())
    assert len(index) == 400
    segments_before = index._segments[0]
    # One article at a time, as edits arrive: enough to merge the small segments many times.
    small = {}
    for a in range(401, 441):
        small[a] = _zipf_text(rng, 200)
        index.add(a, small[a])
        assert a in index
    index.remove(5)
    edited = _zipf_text(rng, 200)
    index.add(7, edited)
    assert len(index) == 439
    assert index._segments[0] is segments_before  # the big segment was never rebuilt
    for article_id, hashes in {**big, **small, 7: edited}.items():
        if article_id == 5:
            continue
        seg_no, local = index._where[article_id]
        seg = index._segments[seg_no]
        assert seg.doc_ids[local] == article_id and seg.alive[local]
        assert article_id in {n.article_id for n in index.topic(hashes, k=3)}
    assert 5 not in index


def _reference_df(docs: dict[int, np.ndarray], sh: np.ndarray) -> np.ndarray:
    held = [set(sampled(shingles(h, SHINGLE)).tolist()) for h in docs.values()]
    return np.array([sum(int(s) in h for h in held) for s in sh.tolist()], dtype=np.int64)


def test_shingle_counts_follow_the_index_after_a_question() -> None:
    rng = np.random.default_rng(5)
    docs = {a: _zipf_text(rng, 300) for a in range(1, 61)}
    index = SimilarIndex()
    index.add_many(docs.items())
    query = np.concatenate((docs[4][:80], _zipf_text(rng, 200)))
    sh = np.unique(sampled(shingles(query, SHINGLE)))
    index.shingle_candidates(query)  # counts the text's shingles, kept for its boilerplate
    assert np.array_equal(index.shingle_df(sh), _reference_df(docs, sh))
    # Three copies of the passage arrive: the next question counts them.
    for a in (61, 62, 63):
        docs[a] = docs[4][:80].copy()
        index.add(a, docs[a])
    assert np.array_equal(index.shingle_df(sh), _reference_df(docs, sh))


def test_a_segment_holds_each_articles_own_shingles(monkeypatch) -> None:
    # Made over many articles at once (in small chunks here), never from a run across two.
    monkeypatch.setattr(index_module, "_SHINGLE_CHUNK_WORDS", 500)
    rng = np.random.default_rng(9)
    docs = [(a, _zipf_text(rng, int(rng.integers(0, 400)))) for a in range(1, 120)]
    seg = index_module._Segment.build(docs)
    expected = sorted(
        (int(s), local)
        for local, (_, h) in enumerate(docs)
        for s in np.unique(sampled(shingles(h, SHINGLE))).tolist()
    )
    assert list(zip(seg.sh.tolist(), seg.sh_doc.tolist(), strict=True)) == expected


def test_top_scores_keep_every_article_tied_with_the_last() -> None:
    rng = np.random.default_rng(2)
    for n in (11, 300, 20_000, 100_000):
        scores = np.round(rng.random(n), 2)
        scores[rng.random(n) < 0.4] = 0
        lowest = np.sort(scores)[::-1][10]
        expected = set(np.flatnonzero((scores >= lowest) & (scores > 0)).tolist())
        assert set(index_module._top(scores, 11).tolist()) == expected


@pytest.mark.parametrize("together", [0, 40, 4096])
def test_looking_up_words_for_articles_answers_as_each_articles_own_words(
    populated, monkeypatch, together: int
) -> None:
    # Short postings are searched together, long ones one by one: both ways, and their mix,
    # say whether an article holds a word exactly as its own words do.
    index, docs = populated
    monkeypatch.setattr(index_module, "_SEARCHED_TOGETHER", together)
    seg = index._segments[0]
    rng = np.random.default_rng(5)
    word_of = np.concatenate((rng.choice(np.arange(1, 40), 30), rng.integers(1, 4000, 30)))
    word_of = word_of.astype(np.uint32)
    rows = np.sort(rng.integers(0, len(word_of), 3000))
    # Article 2 was replaced after this segment was built: its postings here are its old text.
    kept = np.flatnonzero(seg.doc_ids != 2)
    docs_local = rng.choice(kept, len(rows))
    order = np.lexsort((docs_local, rows))
    rows, docs_local = rows[order], docs_local[order]
    held = index_module._held_by(seg, word_of, rows, docs_local)
    own = [set(docs[int(a)].tolist()) if a in docs else set() for a in seg.doc_ids.tolist()]
    pairs = zip(rows.tolist(), docs_local.tolist(), strict=True)
    expected = [int(word_of[r]) in own[d] for r, d in pairs]
    assert held.tolist() == expected
    assert 0 < sum(expected) < len(expected)
