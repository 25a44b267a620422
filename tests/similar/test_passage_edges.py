"""A reused passage never starts or ends with a stray word or two from the next paragraph."""

from __future__ import annotations

import numpy as np

from studio.similar import stem_hashes
from studio.similar.align import Passage
from studio.similar.passage_edges import complete_sentences, trim_passage_edges, trim_span
from tests.similar.texts import AR_SOURCE

FIRST = "تعلم الكتابة للويب يبدأ بفهم القارئ الذي يقرأ على عجل ويبحث عن جواب واضح."
SECOND = "وفي الفقرة التالية نتحدث عن العناوين وكيف تجذب القارئ."


def _span(text: str, start: int, end: int) -> str:
    return text[slice(*trim_span(text, start, end))]


def test_lone_word_after_a_paragraph_break_is_dropped() -> None:
    text = f"{FIRST}\n\n{SECOND}"
    end = text.index("وفي") + len("وفي")
    assert _span(text, 0, end) == FIRST


def test_two_words_before_a_paragraph_break_are_dropped_at_the_start() -> None:
    text = f"مقدمة قصيرة. نهاية الفقرة\n{SECOND}"
    start = text.index("نهاية")
    assert _span(text, start, len(text)) == SECOND


def test_three_words_beyond_the_break_are_kept() -> None:
    text = f"{FIRST}\n\nوفي الفقرة التالية نتحدث"
    end = len(text)
    assert _span(text, 0, end) == text


def test_english_and_single_newlines_count_as_breaks_too() -> None:
    text = "The opening paragraph says what the piece is about.\nIn short"
    assert _span(text, 0, len(text)) == "The opening paragraph says what the piece is about."


def test_fragments_on_several_lines_are_all_dropped() -> None:
    text = f"كلمة\nكلمتان هنا\n{FIRST}\nثم\nو"
    assert _span(text, 0, len(text)) == FIRST


def test_a_span_of_short_lines_only_is_left_alone() -> None:
    text = "عنوان\nسطر قصير\nآخر"
    assert trim_span(text, 0, len(text)) == (0, len(text))


def test_a_passage_without_breaks_is_returned_unchanged() -> None:
    passage = Passage(0, len(FIRST), 0, len(FIRST), 14)
    assert trim_passage_edges(passage, FIRST, FIRST) is passage


def test_both_sides_are_trimmed_and_the_word_count_follows() -> None:
    text = f"{FIRST}\n\n{SECOND}"
    source = f"في البداية\n{FIRST}"
    passage = Passage(0, text.index("وفي") + 3, 0, len(source), 15)
    trimmed = trim_passage_edges(passage, text, source)
    assert text[trimmed.start : trimmed.end] == FIRST
    assert source[trimmed.source_start : trimmed.source_end] == FIRST
    assert trimmed.words == 14


def test_search_results_carry_trimmed_passages() -> None:
    """Through the whole search: a text reusing a source paragraph, followed by a paragraph of
    its own that starts with a word the source also has next, reports the paragraph alone."""
    from studio.similar import SimilarIndex, stem_hashes
    from studio.similar.search import find_similar

    paragraph = AR_SOURCE.split("\n\n")[0]
    assert len(paragraph.split()) > 30
    source = f"{paragraph}\nوفي المقابل يرى آخرون أن الأمر مختلف تماما عن ذلك."
    text = f"مقدمة من عندي عن الموضوع كله.\n\n{paragraph}\n\nوفي رأيي الأمر أبسط من ذلك بكثير."
    library = {1: source}
    index = SimilarIndex()
    index.add_many((i, stem_hashes(body)) for i, body in library.items())
    matches = find_similar(index, text, lambda ids: {i: library[i] for i in ids})
    assert matches and matches[0].passages
    for p in matches[0].passages:
        assert "\n" not in text[p.start : p.end].strip()
        assert not text[p.start : p.end].strip().endswith("وفي")
        assert not source[p.source_start : p.source_end].strip().endswith("وفي")


# Completing the sentences a passage cuts (`complete_sentences`).

AR_NEW = (
    "مقدمة من عندي. ولا تكتفي التقاليد الإسلامية بالعمران بل تمتد إلى الحياة كلها نهارا. "
    "ثم شيء آخر."
)
AR_OLD = (
    "كلام قبلها. ولا تتوقف التقاليد الإسلامية عند العمارة بل تمتد إلى الحياة كلها ليلا. "
    "وبعدها غيره."
)


def _complete(text: str, part: str, source: str, source_part: str) -> tuple[str, str]:
    a, sa = text.index(part), source.index(source_part)
    start, end, s_start, s_end = complete_sentences(
        text, a, a + len(part), source, sa, sa + len(source_part)
    )
    return text[start:end], source[s_start:s_end]


def test_a_reworded_first_and_last_word_complete_the_sentence_on_both_sides() -> None:
    ours, theirs = _complete(
        AR_NEW,
        "التقاليد الإسلامية بالعمران بل تمتد إلى الحياة كلها",
        AR_OLD,
        "التقاليد الإسلامية عند العمارة بل تمتد إلى الحياة كلها",
    )
    assert ours == "ولا تكتفي التقاليد الإسلامية بالعمران بل تمتد إلى الحياة كلها نهارا."
    assert theirs == "ولا تتوقف التقاليد الإسلامية عند العمارة بل تمتد إلى الحياة كلها ليلا."


def test_english_sentences_are_completed_too() -> None:
    text = "Intro here. Many of them sell the honey straight to buyers at the weekly bazaars. Next."
    source = (
        "Before. Many of them offer the honey straight to customers at the weekly markets. After."
    )
    ours, theirs = _complete(
        text,
        "sell the honey straight to buyers at the weekly",
        source,
        "offer the honey straight to customers at the weekly",
    )
    assert ours == "Many of them sell the honey straight to buyers at the weekly bazaars."
    assert theirs == "Many of them offer the honey straight to customers at the weekly markets."


def test_a_sentence_that_goes_on_differently_is_not_completed() -> None:
    text = "هذا نص مشترك طويل بين المقالين ثم يذهب الكاتب إلى حديث عن الطقس والمطر."
    source = "هذا نص مشترك طويل بين المقالين بينما يرى الخبراء أن الأسواق سترتفع قريبا."
    part = "هذا نص مشترك طويل بين المقالين"
    assert _complete(text, part, source, part) == (part, part)


def test_words_on_one_side_only_are_not_added() -> None:
    # The new text's sentence goes on where the source's has ended: neither side moves.
    text = "سطر مشترك بين النصين هنا وكلمات زائدة. بعده."
    source = "سطر مشترك بين النصين هنا. بعده."
    part = "سطر مشترك بين النصين هنا"
    assert _complete(text, part, source, part) == (part, part)


def test_decimal_points_and_initials_do_not_end_a_sentence() -> None:
    text = "ارتفع المؤشر 2.5 في المئة بحسب د. سالم الخبير المعروف أمس."
    source = "صعد المؤشر 2.5 في المئة بحسب د. سالم المحلل المعروف أمس."
    ours, theirs = _complete(text, "في المئة بحسب", source, "في المئة بحسب")
    assert ours == text
    assert theirs == source


def test_a_passage_ending_a_sentence_does_not_take_the_next_one() -> None:
    text = "جملة أولى كاملة هنا. جملة قصيرة."
    part = "جملة أولى كاملة هنا."
    assert _complete(text, part, text, part) == (part, part)


def test_english_titles_do_not_end_a_sentence() -> None:
    text = "Intro. The report was written by Dr. Jones for the council last winter. Next."
    source = "Before. The report was prepared by Dr. Jones for the council last spring. After."
    part = "Jones for the council last"
    ours, theirs = _complete(text, part, source, part)
    assert ours == "The report was written by Dr. Jones for the council last winter."
    assert theirs == "The report was prepared by Dr. Jones for the council last spring."


def test_a_shared_function_word_alone_does_not_complete_a_sentence() -> None:
    # The leftovers share "في" only: with the library's weights (IDF) that is no evidence.
    text = "هذا نص مشترك طويل بين المقالين كتبه في الصباح الباكر. بعده."
    source = "هذا نص مشترك طويل بين المقالين نشرته في العدد الأخير. بعده."
    part = "هذا نص مشترك طويل بين المقالين"
    common = stem_hashes("في")

    def weight_of(hashes: np.ndarray) -> np.ndarray:
        return np.where(np.isin(hashes, common), 0.1, 3.0)

    a, sa = text.index(part), source.index(part)
    args = (text, a, a + len(part), source, sa, sa + len(part))
    assert complete_sentences(*args)[1] > a + len(part)  # any shared word, without weights
    assert complete_sentences(*args, weight_of) == args[1:3] + args[4:6]
