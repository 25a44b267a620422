import random
import time

from hypothesis import given, settings
from hypothesis import strategies as st

from studio.text.diff import diff_tokens, word_diff


def _rebuild(ops, side):
    skip = "delete" if side == "new" else "insert"
    return "".join(op.text for op in ops if op.kind != skip)


def _check(old, new):
    ops = word_diff(old, new)
    assert _rebuild(ops, "new") == new
    assert _rebuild(ops, "old") == old
    for op in ops:
        assert op.text
        if op.kind != "insert":
            assert old[op.old_start : op.old_end] == op.text
        if op.kind != "delete":
            assert new[op.new_start : op.new_end] == op.text
    return ops


def test_insert_delete_replace():
    ops = _check("the writer drafts", "the freelance writer drafts")
    assert [(op.kind, op.text) for op in ops if op.kind != "equal"] == [("insert", "freelance ")]
    ops = _check("one two three", "one three")
    assert [(op.kind, op.text) for op in ops if op.kind != "equal"] == [("delete", "two ")]
    ops = _check("one two three", "one too three")
    assert [(op.kind, op.text) for op in ops if op.kind != "equal"] == [
        ("delete", "two"),
        ("insert", "too"),
    ]


def test_words_are_compared_whole():
    # A change inside a word shows the whole word replaced, not a few letters.
    ops = _check("الكاتب يكتب", "الكاتبة يكتب")
    changed = [(op.kind, op.text) for op in ops if op.kind != "equal"]
    assert changed == [("delete", "الكاتب"), ("insert", "الكاتبة")]


def test_tashkeel_only_change_is_a_change_marked_as_such():
    ops = _check("الكتابة مهنة قديمة", "الكِتابةُ مهنة قديمة")
    changed = [op for op in ops if op.kind != "equal"]
    assert [op.kind for op in changed] == ["delete", "insert"]
    assert changed[1].marks_only
    ops = _check("الكتابة مهنة", "الكتابه مهنة")  # ة -> ه folds the same way
    assert next(op for op in ops if op.kind == "insert").marks_only
    ops = _check("Apple pie", "apple pie")  # case is a real change
    assert not next(op for op in ops if op.kind == "insert").marks_only
    ops = _check("الكتابة مهنة", "القراءة مهنة")
    assert not next(op for op in ops if op.kind == "insert").marks_only


def test_punctuation_and_spacing_are_their_own_tokens():
    assert diff_tokens("قال: «نعم»،  ثم  مضى.") == [
        "قال",
        ":",
        " ",
        "«",
        "نعم",
        "»",
        "،",
        "  ",
        "ثم",
        "  ",
        "مضى",
        ".",
    ]
    ops = _check("Hello, world", "Hello world")
    assert [(op.kind, op.text) for op in ops if op.kind != "equal"] == [("delete", ",")]


def test_edges():
    assert word_diff("", "") == []
    assert [op.kind for op in _check("", "abc")] == ["insert"]
    assert [op.kind for op in _check("abc", "")] == ["delete"]
    assert [op.kind for op in _check("same", "same")] == ["equal"]
    _check("a\r\nb", "a\nb")
    _check("😀 x", "😀 y")


def _article(rng, words=10_000):
    vocab = [
        "الكتابة",
        "مهنة",
        "قديمة",
        "تتطلب",
        "صبرا",
        "وممارسة",
        "يومية",
        "للكاتب",
        "المستقل",
        "في",
        "السوق",
        "the",
        "writer",
        "drafts",
        "an",
        "article",
        "for",
        "a",
        "client",
        "every",
        "week",
        "and",
        "checks",
        "each",
        "line",
    ]
    paragraphs, count = [], 0
    while count < words:
        sentences = []
        for _ in range(rng.randint(3, 6)):
            n = rng.randint(8, 20)
            sentences.append(" ".join(rng.choice(vocab) for _ in range(n)) + rng.choice(".؟!"))
            count += n
        paragraphs.append(" ".join(sentences))
    return paragraphs


def test_ten_thousand_words_is_fast():
    rng = random.Random(4)
    paragraphs = _article(rng)
    old = "\n\n".join(paragraphs)
    edited = list(paragraphs)
    for _ in range(100):  # scattered edits all through the text
        i = rng.randrange(len(edited))
        words = edited[i].split(" ")
        words[rng.randrange(len(words))] = "تعديل"
        edited[i] = " ".join(words)
    new = "\n\n".join(edited)
    started = time.perf_counter()
    _check(old, new)
    scattered = time.perf_counter() - started
    started = time.perf_counter()
    _check(old, old[:30000] + " جديدة " + old[30000:])
    one_edit = time.perf_counter() - started
    # One long paragraph without sentence ends: the fallback stays bounded.
    flat_old = " ".join(" ".join(p.split()) for p in paragraphs[:40]).replace(".", "")
    flat_new = flat_old.replace(" the ", " a ", 30)
    started = time.perf_counter()
    _check(flat_old, flat_new)
    flat = time.perf_counter() - started
    assert scattered < 0.5, scattered
    assert one_edit < 0.05, one_edit
    assert flat < 2.0, flat


_ALPHABET = st.one_of(
    st.sampled_from(list("اأإبتةثجحخدسشعفقكلمنهوىيءئ ًٌٍَُِّْـ،؛؟.!\n ")),
    st.sampled_from(list("abc XYZ,.'-\t0123456789٠١٢")),
    st.characters(blacklist_categories=("Cs",)),
)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=120), st.text(alphabet=_ALPHABET, max_size=120))
def test_rebuilds_both_texts(old, new):
    _check(old, new)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=200), st.data())
def test_rebuilds_after_local_edits(old, data):
    pos = data.draw(st.integers(0, len(old)))
    cut = data.draw(st.integers(0, len(old) - pos))
    insert = data.draw(st.text(alphabet=_ALPHABET, max_size=20))
    _check(old, old[:pos] + insert + old[pos + cut :])
