"""Re-anchoring comments on real articles (resources/samples) after the kinds of edits writers
make: text added before, inside and after the passage, deletions, diacritics, rewrites."""

import pytest

from studio.review import AnchorState, find_quote, follow_change, locate, make_anchor

AR_QUOTE = "ضع خلاصة المقال في الفقرة الأولى"
EN_QUOTE = "A good brief takes thirty minutes to write and saves two rounds of revisions."


def _anchor(body: str, quote: str):
    start = body.index(quote)
    return make_anchor(body, start, start + len(quote))


@pytest.fixture(params=["ar", "en"])
def case(request, arabic_article, english_article):
    if request.param == "ar":
        return arabic_article, AR_QUOTE
    return english_article, EN_QUOTE


def _found(body, located):
    assert located.start is not None and located.end is not None
    return body[located.start : located.end]


def test_anchor_keeps_quote_context_and_position(arabic_article):
    anchor = _anchor(arabic_article, AR_QUOTE)
    assert anchor.quote == AR_QUOTE
    assert len(anchor.prefix) == 32 and arabic_article[: anchor.start].endswith(anchor.prefix)
    assert len(anchor.suffix) == 32 and arabic_article[anchor.end :].startswith(anchor.suffix)


def test_unchanged_text_is_ok_in_place(case):
    body, quote = case
    anchor = _anchor(body, quote)
    located = locate(anchor, body)
    assert located.state is AnchorState.OK
    assert (located.start, located.end) == (anchor.start, anchor.end)


def test_insertion_before_shifts_the_passage(case):
    body, quote = case
    anchor = _anchor(body, quote)
    inserted = "فقرة جديدة في أول المقال.\n\nA new opening paragraph.\n\n"
    edited = inserted + body
    located = locate(anchor, edited)
    assert located.state is AnchorState.OK
    assert located.start == anchor.start + len(inserted)
    assert _found(edited, located) == quote


def test_insertion_after_leaves_it_alone(case):
    body, quote = case
    anchor = _anchor(body, quote)
    edited = body[: anchor.end] + " (and more, وأكثر)" + body[anchor.end :] + "\n\nخاتمة."
    located = locate(anchor, edited)
    assert located.state is AnchorState.OK
    assert (located.start, located.end) == (anchor.start, anchor.end)


def test_deleting_earlier_text_shifts_the_passage(case):
    body, quote = case
    anchor = _anchor(body, quote)
    cut = body.index(" ", anchor.start // 2) + 1  # the first half of what comes before goes
    edited = body[cut:]
    located = locate(anchor, edited)
    assert located.state is AnchorState.OK
    assert located.start == anchor.start - cut


def test_word_inserted_inside_drifts_and_covers_the_new_passage(case):
    body, quote = case
    words = quote.split()
    words.insert(2, "دائمًا" if "ا" in quote else "always")
    changed = " ".join(words)
    edited = body.replace(quote, changed)
    located = locate(_anchor(body, quote), edited)
    assert located.state is AnchorState.DRIFTED
    assert _found(edited, located) == changed
    assert located.similarity >= 0.75


def test_word_deleted_inside_drifts(case):
    body, quote = case
    words = quote.split()
    del words[3]
    changed = " ".join(words)
    edited = body.replace(quote, changed)
    located = locate(_anchor(body, quote), edited)
    assert located.state is AnchorState.DRIFTED
    assert _found(edited, located) == changed


def test_passage_moved_to_another_paragraph_is_still_found(case):
    body, quote = case
    anchor = _anchor(body, quote)
    without = body.replace(quote, "", 1)
    edited = without + "\n\n" + quote + "\n"
    located = locate(anchor, edited)
    assert located.state is AnchorState.OK
    assert _found(edited, located) == quote


def test_diacritics_added_to_arabic_drift_but_keep_the_passage(arabic_article):
    vowelled = "ضَعْ خُلاصةَ المقالِ في الفقرةِ الأولى"
    edited = arabic_article.replace(AR_QUOTE, vowelled)
    located = locate(_anchor(arabic_article, AR_QUOTE), edited)
    assert located.state is AnchorState.DRIFTED
    assert _found(edited, located) == vowelled  # the last kasra stays inside
    assert located.similarity == 1.0


def test_diacritics_removed_and_hamza_changed(arabic_article):
    quote = "ابدأ بالجواب لا بالمقدمة"
    edited = arabic_article.replace(quote, "ابدا بالجواب لا بالمقدّمة")
    located = locate(_anchor(arabic_article, quote), edited)
    assert located.state is AnchorState.DRIFTED
    assert _found(edited, located) == "ابدا بالجواب لا بالمقدّمة"


def test_case_and_small_edits_in_english(english_article):
    edited = english_article.replace(
        EN_QUOTE, "A good brief takes half an hour to write and saves two rounds of revisions."
    )
    located = locate(_anchor(english_article, EN_QUOTE), edited)
    assert located.state is AnchorState.DRIFTED
    assert _found(edited, located).startswith("A good brief takes half an hour")


def test_rewritten_passage_is_orphaned(case):
    body, quote = case
    rewrite = (
        "هنا نص مختلف تمامًا عن السابق لا يشترك معه في شيء"
        if "ا" in quote
        else "Here is wholly different prose sharing nothing with it"
    )
    edited = body.replace(quote, rewrite)
    located = locate(_anchor(body, quote), edited)
    assert located.state is AnchorState.ORPHAN
    assert located.start is None and not located.found


def test_deleted_paragraph_orphans_its_comment(arabic_article):
    quote = "القارئ لن ينتظر كل هذا."
    anchor = _anchor(arabic_article, quote)
    start = arabic_article.rindex("\n\n", 0, anchor.start)
    end = arabic_article.index("\n\n", anchor.end)
    edited = arabic_article[:start] + arabic_article[end:]
    assert locate(anchor, edited).state is AnchorState.ORPHAN


def test_repeated_phrase_keeps_to_its_own_occurrence():
    body = (
        "First, read the brief. Then write the draft.\n\n"
        "Later, once the client replies, read the brief. Then check the tone."
    )
    quote = "read the brief."
    second = body.index(quote, body.index(quote) + 1)
    anchor = make_anchor(body, second, second + len(quote))
    edited = "A new introduction line.\n" + body
    located = locate(anchor, edited)
    assert located.state is AnchorState.OK
    assert located.start == second + len("A new introduction line.\n")


def test_short_quote_is_not_matched_fuzzily_elsewhere():
    body = "The cat sat on the mat while the dog slept."
    anchor = make_anchor(body, 4, 7)  # "cat"
    edited = "The bat sat on the hat while the dog slept, and nobody moved at all."
    # "bat" is one letter from "cat", but three letters alone pin nothing.
    assert locate(anchor, edited).state is AnchorState.ORPHAN
    assert locate(anchor, "Nothing left of it here.").state is AnchorState.ORPHAN


def test_find_quote_matches_as_written_or_with_other_diacritics(arabic_article):
    start, end = find_quote(arabic_article, "المحتوى اليوم")  # the text has المُحتوى
    assert arabic_article[start:end] == "المُحتوى اليوم"
    assert find_quote(arabic_article, "لا وجود لهذه العبارة") is None
    assert find_quote(arabic_article, "   ") is None


def test_make_anchor_refuses_spans_outside_the_text():
    with pytest.raises(ValueError):
        make_anchor("abc", 2, 2)
    with pytest.raises(ValueError):
        make_anchor("abc", 1, 9)


def test_locating_in_a_long_article_is_quick(english_article):
    import time

    body = "\n\n".join([english_article] * 8)
    anchor = _anchor(body, EN_QUOTE)
    edited = body.replace(EN_QUOTE, "Rewritten entirely; nothing of the old sentence remains.")
    began = time.perf_counter()
    located = locate(anchor, edited)
    assert time.perf_counter() - began < 1.0
    assert located.state is AnchorState.ORPHAN


def test_sentence_rewritten_between_intact_context_is_orphaned(arabic_article):
    # Letters alone would call these alike (ال, ا, ل, ه everywhere); the words say otherwise.
    quote = "القارئ لن ينتظر كل هذا."
    edited = arabic_article.replace(quote, "لا وقت لدى أحد لهذا.")
    assert locate(_anchor(arabic_article, quote), edited).state is AnchorState.ORPHAN


def test_sentence_edited_between_intact_context_drifts(arabic_article):
    quote = "القارئ لن ينتظر كل هذا."
    edited = arabic_article.replace(quote, "القارئ العجول لن ينتظر كل هذا أبدًا.")
    located = locate(_anchor(arabic_article, quote), edited)
    assert located.state is AnchorState.DRIFTED
    assert _found(edited, located) == "القارئ العجول لن ينتظر كل هذا أبدًا."


# -- a phrase the article repeats -------------------------------------------------------------

REPEATED = "راجع الأرقام مرتين"
TAIL = " قبل أن ترسل المقال إلى العميل في آخر النهار."
TWICE = (
    "في الفقرة الأولى نصيحة للمبتدئين: " + REPEATED + TAIL + "\n\n"
    "وفي الخاتمة يعود الكاتب إلى نصيحته القديمة: " + REPEATED + TAIL
)


def test_a_mark_typed_beside_a_repeated_passage_keeps_it_on_its_own_copy():
    second = TWICE.rindex(REPEATED)
    anchor = make_anchor(TWICE, second, second + len(REPEATED))
    # A comma just before the passage and a word just after it: neither side of its context is
    # intact any more, while the first copy is still followed by the very same words.
    edited = TWICE[:second] + "، " + REPEATED + " دائمًا" + TWICE[second + len(REPEATED) :]
    located = locate(anchor, edited)
    assert located.state is AnchorState.OK
    assert located.start == second + 2


def test_follow_change_moves_an_untouched_passage_and_reads_its_new_context():
    second = TWICE.rindex(REPEATED)
    anchor = make_anchor(TWICE, second, second + len(REPEATED))
    opening = "مقدمة قصيرة أضافها الكاتب. "
    edited = opening + TWICE
    fresh = follow_change(anchor, TWICE, edited)
    assert fresh is not None
    assert fresh.quote == REPEATED and fresh.start == second + len(opening)
    assert fresh == make_anchor(edited, fresh.start, fresh.end)
    # An edit after the passage leaves its offsets and reads the new words that follow it.
    later = edited[: fresh.end] + " دائمًا" + edited[fresh.end :]
    after = follow_change(fresh, edited, later)
    assert after is not None and after.start == fresh.start
    assert after.suffix.startswith(" دائمًا")


def test_follow_change_leaves_a_passage_the_edit_reached_into():
    second = TWICE.rindex(REPEATED)
    anchor = make_anchor(TWICE, second, second + len(REPEATED))
    inside = TWICE[:second] + "راجع الأرقام ثلاث مرات" + TWICE[second + len(REPEATED) :]
    assert follow_change(anchor, TWICE, inside) is None
    assert follow_change(anchor, TWICE, TWICE) is None
