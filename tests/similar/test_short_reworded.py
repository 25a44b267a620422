"""A short reworded paragraph is reuse too: found on its own, whole sentences on both sides,
even at the very start of a text (where nothing before it can lend it matched words)."""

from __future__ import annotations

import pytest

from studio.similar import SimilarIndex, align, stem_hashes
from studio.similar.search import find_similar
from tests.similar.texts import AR_FILLER, AR_OTHER, EN_FILLER, EN_OTHER

AR_PORT = (
    "وستضم المنطقة الاقتصادية الجديدة مساحات حرة للصناعة والتصدير وأخرى للسياحة، كما سيجري "
    "بناء المنشآت اللازمة لربط الميناء ومحيطه الاقتصادي بشبكات الطرق البرية والسكك الحديدية "
    "في الإقليم والمؤدية إلى سائر مناطق البلاد."
)
# About one word in four replaced; the replaced words are the paragraph's first, its last
# but two, and a few in between, so its edges hold no exact run.
AR_PORT_REWORDED = (
    "وستشمل المنطقة الاقتصادية الجديدة أماكن حرة للصناعة والتصدير وأخرى للسياحة، كما سيتم "
    "إنشاء التجهيزات الضرورية لربط المرفأ ومحيطه الاقتصادي بشبكات الطرق البرية والسكك الحديدية "
    "في الإقليم والموصلة إلى باقي أنحاء البلاد."
)
AR_PORT_SOURCE = (
    "أعلنت السلطات أمس عن خطة واسعة لتطوير الواجهة البحرية للمدينة خلال السنوات الخمس القادمة، "
    "بتمويل مشترك من الدولة ومستثمرين من القطاع الخاص.\n\n"
    + AR_PORT
    + "\n\nويتوقع المسؤولون أن يوفر المشروع آلاف فرص العمل للشباب، وأن يجذب شركات الشحن "
    "الكبرى إلى المنطقة."
)

EN_PORT = (
    "The new economic zone will include free areas for industry and export and others for "
    "tourism, and the works needed to link the harbour and its hinterland to the road and rail "
    "networks of the region will be built within three years."
)
EN_PORT_REWORDED = (
    "The new economic zone will contain open areas for industry and export and others for "
    "leisure, and the facilities required to link the port and its hinterland to the road and "
    "rail networks of the region will be finished within three years."
)
EN_PORT_SOURCE = (
    "The authorities announced yesterday a broad plan to develop the city's waterfront over "
    "the next five years, paid for jointly by the state and private investors.\n\n"
    + EN_PORT
    + "\n\nOfficials expect the project to create thousands of jobs for young people and to "
    "draw the large shipping companies to the area."
)


def _passages(text: str, library: dict[int, str]):
    index = SimilarIndex()
    index.add_many((i, stem_hashes(body)) for i, body in library.items())
    matches = find_similar(index, text, lambda ids: {i: library[i] for i in ids})
    return {m.article_id: m.passages for m in matches if m.passages}


@pytest.mark.parametrize(
    ("reworded", "paragraph", "source", "filler", "other"),
    [
        (AR_PORT_REWORDED, AR_PORT, AR_PORT_SOURCE, AR_FILLER, AR_OTHER),
        (EN_PORT_REWORDED, EN_PORT, EN_PORT_SOURCE, EN_FILLER, EN_OTHER),
    ],
    ids=["arabic", "english"],
)
def test_short_reworded_paragraph_at_the_start_is_found_whole(
    reworded, paragraph, source, filler, other
):
    text = reworded + "\n\n" + filler
    found = _passages(text, {1: source, 2: other})
    assert list(found) == [1], found
    (p,) = found[1]
    # Its first and last words were replaced, yet the passage is the whole paragraph on both
    # sides: the sentences it cut are completed.
    assert (p.start, p.end) == (0, len(reworded))
    where = source.index(paragraph)
    assert (p.source_start, p.source_end) == (where, where + len(paragraph))


def test_short_paragraph_needs_its_exact_runs(monkeypatch):
    """The lower floor is what finds it: with every passage needing MIN_WORDS matched words,
    the same Arabic paragraph is not found."""
    monkeypatch.setattr(align, "MIN_SEEDED_WORDS", align.MIN_WORDS)
    text = AR_PORT_REWORDED + "\n\n" + AR_FILLER
    assert _passages(text, {1: AR_PORT_SOURCE, 2: AR_OTHER}) == {}


def test_short_piece_beside_another_passage_does_not_split_it():
    """A short passage near another of the same pair is a fragment of one reuse: dropped, so
    the reuse is reported once (a reordered passage found piece by piece); a short piece grown
    into the very span of a longer passage goes, and the longer one stays."""
    pieces = [(0, 40, 100, 140), (60, 76, 10, 26), (300, 316, 500, 516)]
    assert align._without_short_pieces(pieces, {1, 2}) == [(0, 40, 100, 140), (300, 316, 500, 516)]
    same = [(0, 55, 0, 56), (0, 55, 0, 56)]
    assert align._without_short_pieces(same, {1}) == [(0, 55, 0, 56)]


def test_a_whole_short_article_copied_is_one_passage():
    """Two short news items, one a copy of the other with a word changed: the whole item is
    one passage (a short piece of it found on its own does not take the passage with it)."""
    item = AR_PORT_SOURCE.split("\n\n")[0] + " " + AR_PORT
    copy = item.replace("الخمس", "الست", 1)
    found = _passages(copy, {1: item, 2: AR_OTHER})
    assert list(found) == [1]
    (p,) = found[1]
    assert (p.start, p.end) == (0, len(copy))


AR_FORMULA = (
    "استقبل صاحب السمو الملكي الأمير خالد بن سعد بن عبدالله أمير المنطقة الشمالية في مكتبه "
    "بمقر الإمارة صباح أمس"
)
EN_FORMULA = (
    "His Royal Highness Prince Khalid bin Saad, Governor of the Northern Region, received in "
    "his office yesterday"
)


@pytest.mark.parametrize(
    ("formula", "ours", "theirs", "other"),
    [
        (
            AR_FORMULA,
            " وفد الغرفة التجارية، واستمع إلى شرح عن خطط الغرفة لدعم المشاريع الصغيرة وتدريب "
            "الشباب على إدارة المتاجر الإلكترونية في مدن المنطقة وقراها.",
            " رئيس النادي الأدبي وأعضاء مجلس إدارته، الذين قدموا له نسخا من إصدارات النادي "
            "الأخيرة في الشعر والقصة وتاريخ المنطقة، وأطلعوه على برنامج الموسم الثقافي.",
            AR_OTHER,
        ),
        (
            EN_FORMULA,
            " a delegation of the chamber of commerce, who explained their plans to help small "
            "shops and to train young people to run their own online stores.",
            " the president of the literary club, who gave him the club's latest books of poetry "
            "and local history and talked him through the coming cultural season.",
            EN_OTHER,
        ),
    ],
    ids=["arabic", "english"],
)
def test_a_short_set_phrase_shared_word_for_word_is_not_reuse(formula, ours, theirs, other):
    """A title and a protocol formula two news items share word for word (fewer than
    MIN_WORDS words, every one of them matched) is a set phrase, not a reworded paragraph."""
    text = formula + ours + "\n\n" + (AR_FILLER if other is AR_OTHER else EN_FILLER)
    assert 15 <= len(formula.split()) < align.MIN_WORDS
    assert _passages(text, {1: formula + theirs, 2: other}) == {}
