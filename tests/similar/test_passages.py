"""Passage finding through the in-memory index (no library): Arabic and English, verbatim,
lightly edited, reordered, diacritics changed, boilerplate ignored; offsets valid in both."""

from __future__ import annotations

import re

import pytest

from studio.similar import SimilarIndex, stem_hashes
from studio.similar.search import find_similar
from tests.similar.texts import (
    AR_FILLER,
    AR_MARKET,
    AR_MARKET_SYNONYMS,
    AR_OTHER,
    AR_SOURCE,
    EN_FILLER,
    EN_MARKET,
    EN_MARKET_SYNONYMS,
    EN_OTHER,
    EN_SOURCE,
    GREETING,
)

LIBRARY = {1: AR_SOURCE, 2: AR_OTHER, 3: EN_SOURCE, 4: EN_OTHER}


def _search(text: str, library: dict[int, str] = LIBRARY):
    index = SimilarIndex()
    index.add_many((i, stem_hashes(body)) for i, body in library.items())
    return find_similar(index, text, lambda ids: {i: library[i] for i in ids})


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    """Share of span `b` covered by span `a`."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0])) / (b[1] - b[0])


def _check(
    text: str,
    reused: str,
    source_id: int,
    source_part: str,
    library=LIBRARY,
    within: float = 0.9,
) -> None:
    matches = _search(text, library)
    assert matches and matches[0].article_id == source_id, matches
    passages = matches[0].passages
    assert len(passages) == 1, passages
    p = passages[0]
    body = library[source_id]
    assert 0 <= p.start < p.end <= len(text)
    assert 0 <= p.source_start < p.source_end <= len(body)
    where = text.index(reused)
    expected = (where, where + len(reused))
    found = (p.start, p.end)
    # `within`: share of the reused text the passage covers; nearly all the passage is reused.
    assert _overlap(found, expected) >= within, (found, expected)
    assert _overlap(expected, found) >= 0.9, (found, expected)
    s_where = body.index(source_part)
    s_expected = (s_where, s_where + len(source_part))
    s_found = (p.source_start, p.source_end)
    assert _overlap(s_found, s_expected) >= within and _overlap(s_expected, s_found) >= 0.9
    assert matches[0].reused_share > 0.3


@pytest.mark.parametrize(
    ("filler", "market", "source_id"),
    [(AR_FILLER, AR_MARKET, 1), (EN_FILLER, EN_MARKET, 3)],
    ids=["arabic", "english"],
)
def test_verbatim_passage_is_found_with_offsets_in_both_texts(filler, market, source_id):
    text = filler + "\n\n" + market + "\n\n" + filler.upper()
    _check(text, market, source_id, market)


def _diacritise(text: str) -> str:
    # A fatha after every second Arabic letter, a shadda here and there, tatweel in some words.
    out = []
    for i, ch in enumerate(text):
        out.append(ch)
        if "\u0621" <= ch <= "\u064a" and i % 2 == 0:
            out.append("\u064e")
        if ch == "ق":
            out.append("\u0651\u0640")
    return "".join(out)


def test_changed_diacritics_still_match_and_offsets_point_at_the_original():
    market = _diacritise(AR_MARKET)
    text = AR_FILLER + "\n" + market
    _check(text, market, 1, AR_MARKET)
    p = _search(text)[0].passages[0]
    # Offsets never split a letter from its marks.
    assert text[p.start] not in "\u064e\u0651\u0640"
    assert p.end == len(text) or text[p.end] not in "\u064e\u0651\u0640"


@pytest.mark.parametrize(
    ("market", "source_id", "splitter"),
    [(AR_MARKET, 1, r"(?<=[.،])\s+"), (EN_MARKET, 3, r"(?<=[.,])\s+")],
    ids=["arabic", "english"],
)
def test_reordered_sentences_are_found(market, source_id, splitter):
    parts = re.split(splitter, market)
    reordered = " ".join(reversed(parts))
    filler = AR_FILLER if source_id == 1 else EN_FILLER
    text = filler + "\n\n" + reordered
    _check(text, reordered, source_id, market)


def test_lightly_edited_passages_are_found():
    edited = (
        AR_MARKET.replace("الصغيرة", "الهادئة")
        .replace("بأصوات عالية", "بصوت مرتفع")
        .replace("كل صباح", "كل يوم")
    )
    _check(AR_FILLER + "\n\n" + edited, edited, 1, AR_MARKET)
    edited_en = EN_MARKET.replace("sardines", "anchovies").replace("argue", "haggle")
    _check(EN_FILLER + "\n\n" + edited_en, edited_en, 3, EN_MARKET)


@pytest.mark.parametrize(
    ("market", "source_id", "filler"),
    [(AR_MARKET, 1, AR_FILLER), (EN_MARKET, 3, EN_FILLER)],
    ids=["arabic", "english"],
)
def test_words_shuffled_inside_the_passage_are_found(market, source_id, filler):
    words = market.split()
    shuffled = (
        " ".join(words[i] for i in range(len(words)) if i % 2 == 0)
        + " "
        + " ".join(words[i] for i in range(len(words)) if i % 2 == 1)
    )
    text = filler + "\n\n" + shuffled
    _check(text, shuffled, source_id, market)
    # The source side is the paragraph the words came from, not half as long again.
    p = _search(text)[0].passages[0]
    body = LIBRARY[source_id]
    where = body.index(market)
    expected = (where, where + len(market))
    found = (p.source_start, p.source_end)
    assert _overlap(found, expected) >= 0.9 and _overlap(expected, found) >= 0.9, found


def test_unrelated_text_gets_no_passages():
    for match in _search(AR_FILLER + "\n\n" + EN_FILLER):
        assert match.passages == []


def test_boilerplate_shared_by_many_articles_is_not_reuse():
    library = {
        i: GREETING + "\n\n" + body + f"\n\nالعدد {i}"
        for i, body in enumerate([AR_OTHER, AR_FILLER, *AR_SOURCE.split("\n\n")] * 4, start=1)
    }
    text = GREETING + "\n\n" + "هذه مقالة جديدة لم تنشر من قبل عن الحدائق العامة في المدينة "
    text += "وعن الأشجار التي زرعها المتطوعون على جانبي الطريق الطويل المؤدي إلى الميناء القديم."
    for match in _search(text, library):
        assert match.passages == [], match


def test_english_boilerplate_shared_by_many_articles_is_not_reuse():
    sign_off = (
        "Thank you for reading our weekly newsletter. If you enjoyed this piece, please share it "
        "with your friends and colleagues, and do not forget to subscribe so that you never miss "
        "an issue. Replies to this email reach the editors directly."
    )
    library = {
        i: body + "\n\n" + sign_off + f"\n\nIssue {i}"
        for i, body in enumerate([EN_OTHER, EN_FILLER, *EN_SOURCE.split("\n\n")] * 4, start=1)
    }
    text = (
        "A new bakery opened on the corner of the old square this spring, run by two sisters who "
        "learned to bake from their grandmother and sell bread only until it runs out.\n\n"
        + sign_off
    )
    for match in _search(text, library):
        assert match.passages == [], match


def test_near_duplicates_are_flagged_both_ways():
    library = {1: AR_SOURCE, 2: AR_OTHER}
    copy = AR_SOURCE.replace("الصغيرة", "الهادئة")
    matches = _search(copy, library)
    assert matches[0].article_id == 1 and matches[0].near_duplicate
    part = _search(AR_MARKET + "\n\n" + AR_FILLER, library)
    assert part[0].article_id == 1 and not part[0].near_duplicate


def test_quoted_text_is_not_reuse():
    # A quotation (a verse, a saying, a statement in the news) is quoting, not reusing.
    text = AR_FILLER + "\n\nوقال أحد الباعة: «" + AR_MARKET + "»"
    for match in _search(text):
        assert match.passages == [], match


@pytest.mark.parametrize(
    ("reworded", "source_id", "market"),
    [(AR_MARKET_SYNONYMS, 1, AR_MARKET), (EN_MARKET_SYNONYMS, 3, EN_MARKET)],
    ids=["arabic", "english"],
)
def test_synonym_substituted_passages_are_found(reworded, source_id, market):
    filler = AR_FILLER if source_id == 1 else EN_FILLER
    # The reworded first and last phrases belong to the passage too: its edges grow while the
    # next words still occur just past the source's edge.
    text = filler + "\n\n" + reworded
    _check(text, reworded, source_id, market, within=0.95)
    p = _search(text)[0].passages[0]
    body = LIBRARY[source_id]
    where = body.index(market)
    expected = (where, where + len(market))
    found = (p.source_start, p.source_end)
    assert _overlap(found, expected) >= 0.95 and _overlap(expected, found) >= 0.95, found


@pytest.mark.parametrize(
    ("source", "source_id", "filler"),
    [(AR_SOURCE, 1, AR_FILLER), (EN_SOURCE, 3, EN_FILLER)],
    ids=["arabic", "english"],
)
def test_paragraphs_from_two_places_pasted_together_are_two_passages(source, source_id, filler):
    # The last paragraph of the source, then its first, with nothing between them: each is its
    # own passage pointing at its own place in the source (one merged passage would claim the
    # whole source, the paragraphs between them included).
    first, middle, last = source.split("\n\n")
    other = AR_OTHER if source_id == 1 else EN_OTHER
    source = "\n\n".join((first, middle, other, last))
    text = filler + "\n\n" + last + " " + first
    matches = _search(text, {**LIBRARY, source_id: source})
    assert matches and matches[0].article_id == source_id
    passages = sorted(matches[0].passages, key=lambda p: p.start)
    assert len(passages) == 2, passages
    for passage, part in zip(passages, (last, first), strict=True):
        where = text.index(part)
        expected = (where, where + len(part))
        assert _overlap((passage.start, passage.end), expected) >= 0.9
        assert _overlap(expected, (passage.start, passage.end)) >= 0.9
        s_where = source.index(part)
        s_expected = (s_where, s_where + len(part))
        s_found = (passage.source_start, passage.source_end)
        assert _overlap(s_found, s_expected) >= 0.9 and _overlap(s_expected, s_found) >= 0.9
