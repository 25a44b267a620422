"""Properties that must hold for any input, including bidi controls, lone surrogates' neighbours,
combining marks and emoji."""

from hypothesis import given, settings
from hypothesis import strategies as st

from studio.text import (
    normalise,
    normalise_with_map,
    paragraph_direction,
    split_sentences,
    tokenise,
    word_count,
)

# Arabic block, Latin, digits, punctuation, bidi controls, joiners, emoji, combining marks.
_ALPHABET = st.one_of(
    st.characters(min_codepoint=0x0600, max_codepoint=0x06FF),
    st.characters(min_codepoint=0x20, max_codepoint=0x7E),
    st.sampled_from(list("\n\t\u200c\u200d\u200e\u200f\u202b\u202c\u2066\u2069\u0640؟،؛😀\ufefb")),
    st.characters(blacklist_categories=("Cs",)),
)
texts = st.text(alphabet=_ALPHABET, max_size=300)


@settings(max_examples=300, deadline=None)
@given(texts)
def test_map_is_consistent_and_monotonic(text):
    folded, origin = normalise_with_map(text)
    assert folded == normalise(text)
    assert len(origin) == len(folded) + 1
    assert origin == sorted(origin)
    assert all(0 <= i <= len(text) for i in origin)


@settings(max_examples=300, deadline=None)
@given(texts)
def test_normalising_twice_changes_nothing(text):
    once = normalise(text)
    assert normalise(once) == once


@settings(max_examples=300, deadline=None)
@given(texts)
def test_tokens_and_sentences_point_into_the_text(text):
    tokens = tokenise(text)
    assert word_count(text) == len(tokens)
    for token in tokens:
        assert text[token.start : token.end] == token.text
    last_end = 0
    for start, end in split_sentences(text):
        assert last_end <= start < end <= len(text)
        last_end = end
    paragraph_direction(text)
