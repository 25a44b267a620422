from hypothesis import given, settings
from hypothesis import strategies as st

from studio.library.snippets import make_snippet, original_index
from studio.text import normalise_with_map


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("كتابُ ـً\u200cﻻ ab")), max_size=60), st.data())
def test_original_index_finds_the_character_that_folded_there(text, data):
    folded, origin = normalise_with_map(text)
    if not folded:
        return
    k = data.draw(st.integers(0, len(folded) - 1))
    assert original_index(text, k) == origin[k]


def test_snippet_centres_on_a_match_deep_in_a_long_body():
    body = "مقدمة طويلة " * 400 + "هنا كلمةُ البحثِ المطلوبة " + "خاتمة " * 100
    snippet, spans = make_snippet(body, ["البحث"])
    assert snippet.startswith("…") and snippet.endswith("…")
    assert [snippet[a:b] for a, b in spans] == ["البحثِ"]


def test_snippet_without_match_is_the_opening():
    snippet, spans = make_snippet("بداية النص ثم المزيد", ["غائب"])
    assert snippet == "بداية النص ثم المزيد"
    assert spans == []
