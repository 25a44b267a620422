"""Candidate selection: a reworded passage whose source shares no five consecutive words with
it is still found (with the right spans), an article merely on the same subject is not, and the
fast co-location check gives the answer of the plain one."""

from __future__ import annotations

import random

import numpy as np
import pytest

from studio.similar import SimilarIndex, stem_hashes
from studio.similar.candidates import (
    MIN_EVIDENCE,
    Candidate,
    _colocation,
    candidates,
    colocated_share,
    colocated_shares,
    ranked,
)
from studio.similar.features import shingles
from studio.similar.search import find_similar
from tests.similar.reworded_texts import (
    AR_BEES,
    AR_BEES_OTHER,
    AR_BEES_REWORDED,
    AR_BEES_SOURCE,
    EN_BEES,
    EN_BEES_OTHER,
    EN_BEES_REWORDED,
    EN_BEES_SOURCE,
)
from tests.similar.texts import AR_FILLER, AR_OTHER, AR_SOURCE, EN_FILLER, EN_OTHER, EN_SOURCE

AR_CLOSING = (
    "وفي نهاية اللقاء شكر المنظمون الحضور، ووعدوا بنشر التسجيلات على الموقع خلال أيام، "
    "مع ملخص مكتوب لأهم الأسئلة التي طرحها الجمهور والإجابات عنها."
)
EN_CLOSING = (
    "At the end of the meeting the organisers thanked everyone for coming and promised to put "
    "the recordings online within days, with a written summary of the main questions."
)


def _plain_articles(count: int) -> dict[int, str]:
    """Articles of common words and words met once: in a real library the function words are
    in nearly every article, which is what tells the aligner they weigh nothing."""
    rng = random.Random(3)
    common = {
        "ar": "في من إلى على أن التي الذي هذا هذه كان قد لا ما عن مع كل بعد قبل بين هو هي ذلك ثم",
        "en": "the of and to in a that it is was for on with as by at from this be or an which but",
    }
    out = {}
    for i in range(count):
        words = common["ar" if i % 2 else "en"].split()
        out[100 + i] = " ".join(
            rng.choice(words) if rng.random() < 0.5 else f"w{rng.randrange(20000)}"
            for _ in range(120)
        )
    return out


LIBRARY = {
    **_plain_articles(200),
    1: AR_BEES_SOURCE,
    2: AR_BEES_OTHER,
    3: EN_BEES_SOURCE,
    4: EN_BEES_OTHER,
    5: AR_SOURCE,
    6: AR_OTHER,
    7: EN_SOURCE,
    8: EN_OTHER,
}


def _search(text: str, library: dict[int, str]):
    index = SimilarIndex()
    index.add_many((i, stem_hashes(body)) for i, body in library.items())
    return find_similar(index, text, lambda ids: {i: library[i] for i in ids})


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    """Share of span `b` covered by span `a`."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0])) / (b[1] - b[0])


@pytest.mark.parametrize(
    ("filler", "reworded", "closing", "source_id", "paragraph", "same_subject"),
    [
        (AR_FILLER, AR_BEES_REWORDED, AR_CLOSING, 1, AR_BEES, 2),
        (EN_FILLER, EN_BEES_REWORDED, EN_CLOSING, 3, EN_BEES, 4),
    ],
    ids=["arabic", "english"],
)
def test_a_reworded_passage_sharing_no_five_words_is_found_with_its_spans(
    filler, reworded, closing, source_id, paragraph, same_subject
):
    source = LIBRARY[source_id]
    # The premise: not one 5-gram of the rewording is in the source.
    shared = np.intersect1d(shingles(stem_hashes(reworded), 5), shingles(stem_hashes(source), 5))
    assert not len(shared)
    text = filler + "\n\n" + reworded + "\n\n" + closing
    matches = [m for m in _search(text, LIBRARY) if m.passages]
    assert [m.article_id for m in matches] == [source_id], matches
    (p,) = matches[0].passages
    where = text.index(reworded)
    expected = (where, where + len(reworded))
    assert _overlap((p.start, p.end), expected) >= 0.8, ((p.start, p.end), expected)
    assert _overlap(expected, (p.start, p.end)) >= 0.9
    s_where = source.index(paragraph)
    s_expected = (s_where, s_where + len(paragraph))
    assert _overlap((p.source_start, p.source_end), s_expected) >= 0.8
    assert _overlap(s_expected, (p.source_start, p.source_end)) >= 0.9
    # The article on the same subject is a topic neighbour at most, never a shared passage.
    assert same_subject not in [m.article_id for m in matches]


@pytest.mark.parametrize(
    ("other", "source_id"), [(AR_BEES_OTHER, 1), (EN_BEES_OTHER, 3)], ids=["arabic", "english"]
)
def test_an_article_on_the_same_subject_shares_no_passage(other, source_id):
    library = {a: body for a, body in LIBRARY.items() if body != other}
    matches = _search(other, library)
    assert source_id in [m.article_id for m in matches]  # it is about the same thing ...
    assert not [m for m in matches if m.passages]  # ... and copies nothing


def test_words_standing_together_count_more_than_the_same_words_spread_out():
    words = np.array([10, 20, 30, 40], dtype=np.uint32)
    weights = np.array([1.0, 1.0, 1.0, 1.0])
    filler = np.arange(1000, 1100, dtype=np.uint32)
    together = np.concatenate((filler[:40], words, filler[40:]))
    # Each word 20 or more words from the next.
    spread = np.insert(filler, [10, 40, 70, 90], words)
    assert colocated_share(together, words, weights, 10) == 1.0
    assert colocated_share(spread, words, weights, 10) == 0.25
    # A word repeated inside one window counts once.
    repeated = np.array([10, 10, 10, 10, 1000, 1001], dtype=np.uint32)
    assert colocated_share(repeated, words, weights, 6) == 0.25


def test_all_articles_at_once_give_the_answer_of_one_at_a_time():
    rng = np.random.default_rng(5)
    index = SimilarIndex()
    sources = {
        a: rng.integers(1, 5000, size=int(rng.integers(20, 600))).astype(np.uint32)
        for a in range(1, 40)
    }
    index.add_many(sources.items())
    query = np.concatenate((rng.integers(1, 5000, size=200).astype(np.uint32), sources[7][100:160]))
    hits = index.stretch_hits(query, need=0.3)
    assert hits is not None
    checks: dict[int, list[int]] = {}
    for a, r in zip(hits.article.tolist(), hits.stretch.tolist(), strict=True):
        checks.setdefault(a, []).append(r)
    fast = _colocation(index, query, hits, checks, sources, 30)
    n = len(index)
    for a, rows in checks.items():
        shares = []
        for r in rows:
            words = np.unique(query[hits.starts[r] : hits.starts[r] + 30])
            df = index.df(words)
            keep = (df >= 1) & (df <= max(0.1 * n, 10))
            weights = np.log(1.0 + (n - df[keep] + 0.5) / (df[keep] + 0.5))
            shares.append(colocated_shares(sources[a], [words[keep]], [weights], 45)[0])
        assert fast.get(a, 0.0) == pytest.approx(max(shares))
    assert fast[7] == 1.0  # the pasted stretch, all its words together


def test_shingle_candidates_come_first_and_weak_evidence_is_not_aligned():
    found = [
        Candidate(1, 0, 0.0, 0.6, 0.0, 0.9),
        Candidate(2, 5, 0.0, 0.0, 0.0, 0.0),
        Candidate(3, 0, 2.0, 0.9, 0.1, 0.2),  # many rare words, spread over the article
        Candidate(4, 0, 0.0, 0.5, 0.0, 0.6),
        Candidate(5, 0, 3.0, 1.0, 0.6, 0.35),  # all of them, far ahead of the runner-up
    ]
    assert ranked(found, 10) == [2, 1, 5, 4]
    assert ranked(found, 2) == [2, 1]


def test_the_source_is_told_from_articles_holding_the_same_words_spread_out():
    """Fifteen articles hold every word of a passage, scattered over their length (pieces on
    the same subject); one holds them together (the source). The reworded passage (a third of
    its words replaced) shares no shingle with any: the source comes first, and the others are
    not worth aligning."""
    rng = np.random.default_rng(9)
    common = np.arange(1, 31, dtype=np.uint32)

    def filler(n: int) -> np.ndarray:
        return rng.choice(common, size=n).astype(np.uint32)

    passage = np.arange(1000, 1040, dtype=np.uint32)
    index = SimilarIndex()
    articles: dict[int, np.ndarray] = {
        200 + i: np.concatenate((filler(100), rng.integers(20000, 90000, 20).astype(np.uint32)))
        for i in range(200)
    }
    articles[1] = np.concatenate((filler(150), passage, filler(150)))
    for a in range(2, 17):
        body = filler(600)
        body[rng.choice(600, size=len(passage), replace=False)] = rng.permutation(passage)
        articles[a] = body
    index.add_many(articles.items())
    reworded = passage.copy()
    reworded[::3] = np.arange(5000, 5000 + len(reworded[::3]), dtype=np.uint32)
    query = np.concatenate((filler(200), reworded, filler(200)))
    found, read = candidates(index, query, lambda ids: {a: articles[a] for a in ids})
    assert not any(c.shingles for c in found)
    by_id = {c.article_id: c for c in found}
    assert by_id[1].colocated > 0.6
    assert all(by_id[a].evidence < MIN_EVIDENCE for a in range(2, 17) if a in by_id)
    assert ranked(found, 12) == [1]
    assert 1 in read  # its words are not read twice for the alignment


@pytest.mark.parametrize("spread", [0, 40], ids=["uncommon words", "common words"])
def test_the_lower_floor_is_used_only_for_stretches_of_uncommon_words(spread):
    """An article holding 7 of a stretch's 12 rare words is looked at when those words are
    uncommon (a reworded source keeps about half of them); when they are in many articles, as
    many as the higher floor asks (8) are needed, which keeps the search cheap."""
    rng = np.random.default_rng(2)
    common = np.arange(1, 31, dtype=np.uint32)
    rare = np.arange(500, 512, dtype=np.uint32)
    articles = {
        100 + i: np.concatenate(
            (rng.choice(common, 80), rng.integers(10000, 90000, 20)),
        ).astype(np.uint32)
        for i in range(300)
    }
    for i in range(spread):  # the rare words in many other articles too
        articles[100 + i] = np.concatenate((articles[100 + i], rare))
    articles[1] = np.concatenate((rng.choice(common, 50), rare[:7], rng.choice(common, 50)))
    articles[2] = np.concatenate((rng.choice(common, 50), rare[7:]))  # the other five
    index = SimilarIndex()
    index.add_many(articles.items())
    query = np.concatenate((rare, rng.choice(common, 18).astype(np.uint32)))
    hits = index.stretch_hits(query, need=0.6, rare_need=0.55, rare_share=0.02)
    found = set(hits.article.tolist()) if hits is not None else set()
    assert (1 in found) == (spread == 0)
    plain = index.stretch_hits(query, need=0.6)
    assert plain is None or 1 not in plain.article.tolist()
