"""Hostile text through the text core: lone surrogates (what "surrogateescape" decoding and broken
clipboards leave behind), bidi controls, piles of combining marks, zero-width characters and
very long lines. Every function answers, and its offsets point into the text it was given."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from studio.text import (
    Direction,
    block_direction,
    detect_language,
    light_stem,
    normalise,
    normalise_with_map,
    paragraph_direction,
    reading_minutes,
    split_clauses,
    split_sentences,
    tokenise,
    word_count,
    words,
)
from studio.text.counts import word_tally
from studio.text.diff import word_diff

_HOSTILE = st.one_of(
    st.characters(min_codepoint=0x0600, max_codepoint=0x06FF),
    st.characters(min_codepoint=0x20, max_codepoint=0x7E),
    # Bidi embeddings, overrides, isolates and marks; joiners; BOM; tatweel; Arabic punctuation.
    st.sampled_from(list("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f")),
    st.sampled_from(list("\u200b\u200c\u200d\u2060\ufeff\u0640\u061c؟،؛\n\r\t\u2028\u2029")),
    # Combining marks, Arabic and Latin, to stack on anything.
    st.characters(min_codepoint=0x064B, max_codepoint=0x065F),
    st.characters(min_codepoint=0x0300, max_codepoint=0x036F),
    # Lone surrogates, and everything else including emoji and private use.
    st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF),
    st.characters(),
)
hostile_texts = st.text(alphabet=_HOSTILE, max_size=400)


@settings(max_examples=150, deadline=None)
@given(hostile_texts)
def test_normalising_keeps_a_consistent_map(text: str) -> None:
    folded, origin = normalise_with_map(text)
    assert folded == normalise(text)
    assert len(origin) == len(folded) + 1
    assert origin == sorted(origin)
    assert origin[-1] == len(text)
    assert all(0 <= i <= len(text) for i in origin)
    assert normalise(folded) == folded


@settings(max_examples=150, deadline=None)
@given(hostile_texts)
def test_tokens_sentences_and_counts_point_into_the_text(text: str) -> None:
    tokens = tokenise(text)
    assert [t.text for t in tokens] == words(text)
    for token in tokens:
        assert text[token.start : token.end] == token.text
        light_stem(token.text)
    assert word_count(text) == len(tokens) == word_tally(text)[0]
    assert reading_minutes(text) >= (1 if tokens else 0)
    for spans in (split_sentences(text), split_clauses(text)):
        last_end = 0
        for start, end in spans:
            assert last_end <= start < end <= len(text)
            last_end = end
    assert detect_language(text) in ("ar", "en")


@settings(max_examples=150, deadline=None)
@given(hostile_texts, st.sampled_from([None, Direction.RTL, Direction.LTR]))
def test_every_paragraph_has_a_direction_or_the_default(text: str, default: Direction) -> None:
    for line in text.split("\n"):
        assert paragraph_direction(line, default) in (Direction.RTL, Direction.LTR, default)
        assert block_direction(line, default) in (Direction.RTL, Direction.LTR, default)


def test_a_lone_surrogate_has_no_direction_and_breaks_nothing() -> None:
    # python-bidi refused the whole paragraph for one lone surrogate (UnicodeEncodeError).
    assert paragraph_direction("\ud800 مرحبا") is Direction.RTL
    assert paragraph_direction("hello \udfff مرحبا") is Direction.LTR
    assert paragraph_direction("\ud800", Direction.RTL) is Direction.RTL
    assert block_direction("\udc80 English آخر", None) is Direction.LTR


@settings(max_examples=60, deadline=None)
@given(hostile_texts, hostile_texts)
def test_the_word_diff_rebuilds_both_texts(old: str, new: str) -> None:
    ops = word_diff(old, new)
    assert "".join(op.text for op in ops if op.kind != "insert") == old
    assert "".join(op.text for op in ops if op.kind != "delete") == new
    for op in ops:
        if op.kind != "insert":
            assert old[op.old_start : op.old_end] == op.text
        if op.kind != "delete":
            assert new[op.new_start : op.new_end] == op.text


@settings(max_examples=8, deadline=None)
@given(st.sampled_from(["كلمة ", "word ", "\u064e", "\u200f", "x" * 50, "\ud800"]))
def test_a_huge_line_is_handled_whole(piece: str) -> None:
    # A line of 300,000 characters without a single break (a pasted minified page, a text
    # whose paragraphs were joined): nothing recurses or goes quadratic on it.
    line = piece * (300_000 // len(piece))
    assert len(normalise_with_map(line)[1]) == len(normalise(line)) + 1
    assert word_count(line) == len(tokenise(line))
    assert len(split_sentences(line)) <= 1 or piece.strip() == ""
    paragraph_direction(line)
    block_direction(line, Direction.RTL)
    edited = line[: len(line) // 2] + "تعديل" + line[len(line) // 2 :]
    assert "".join(op.text for op in word_diff(line, edited) if op.kind != "delete") == edited
