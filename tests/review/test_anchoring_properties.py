"""Properties of re-anchoring: edits outside a passage never lose it or move it off its text."""

from hypothesis import given, settings
from hypothesis import strategies as st

from studio.review import AnchorState, locate, make_anchor

WORDS = [
    "الكاتب",
    "يكتب",
    "المقال",
    "للعميل",
    "كل",
    "أسبوع",
    "ويراجع",
    "الفقرة",
    "الأولى",
    "بعناية",
    "قبل",
    "التسليم",
    "the",
    "writer",
    "drafts",
    "a",
    "clear",
    "piece",
    "for",
    "the",
    "client",
    "and",
    "checks",
    "every",
    "figure",
    "twice",
]
# Inserted text comes from another alphabet, so it can never create a second copy of the quote.
FILLER = st.text(alphabet="0123456789 xyzq,.;\n", min_size=1, max_size=40)


@st.composite
def article_and_passage(draw):
    words = draw(st.lists(st.sampled_from(WORDS), min_size=12, max_size=60))
    body = " ".join(words)
    first = draw(st.integers(0, len(words) - 4))
    size = draw(st.integers(3, min(8, len(words) - first)))
    start = len(" ".join(words[:first])) + (1 if first else 0)
    end = start + len(" ".join(words[first : first + size]))
    return body, start, end


@settings(max_examples=150, deadline=None)
@given(article_and_passage(), FILLER, FILLER, st.booleans())
def test_insertions_outside_keep_the_passage(case, before, after, both):
    body, start, end = case
    anchor = make_anchor(body, start, end)
    at_before = start - (len(before) % (start + 1))  # somewhere before the passage
    edited = body[:at_before] + before + body[at_before:]
    shift = len(before)
    if both:
        edited = edited[: end + shift] + after + edited[end + shift :]
    located = locate(anchor, edited)
    assert located.state is AnchorState.OK
    assert edited[located.start : located.end] == anchor.quote
    # The same occurrence as before. When the quote occurs more than once and the edit touches
    # its context, text made of one repeated word leaves nothing to tell the copies apart; any
    # copy is then a right answer.
    if body.count(anchor.quote) == 1 or len(set(body.split())) > 2:
        assert located.start == start + shift


@settings(max_examples=100, deadline=None)
@given(article_and_passage(), st.data())
def test_deleting_text_before_keeps_the_passage(case, data):
    body, start, end = case
    anchor = make_anchor(body, start, end)
    cut_from = data.draw(st.integers(0, start))
    cut_to = data.draw(st.integers(cut_from, start))
    edited = body[:cut_from] + body[cut_to:]
    located = locate(anchor, edited)
    assert located.state is AnchorState.OK
    assert edited[located.start : located.end] == anchor.quote
