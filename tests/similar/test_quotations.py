"""Quotations are not reuse: two articles quoting the same verse share it, but neither took it
from the other. Arabic (vowelled verse, formulas, references, ornate brackets) and English
(scripture in quotation marks with its reference); quoted speech in the news stays reuse when
the reporter's paragraph around it was copied too."""

from __future__ import annotations

import re

import numpy as np
import pytest

from studio.similar.quotations import WORD_RE, is_shared_quotation, quotation_masks, quoted_extent
from tests.similar.test_passages import _search
from tests.similar.texts import AR_FILLER, AR_MARKET, AR_OTHER, AR_SOURCE, EN_FILLER, EN_OTHER

# Two verses, vowelled as printed in a mushaf, then the same without marks.
VERSES = (
    "يَا أَيُّهَا النَّاسُ إِنَّا خَلَقْنَاكُم مِّن ذَكَرٍ وَأُنثَىٰ وَجَعَلْنَاكُمْ شُعُوبًا "
    "وَقَبَائِلَ لِتَعَارَفُوا إِنَّ أَكْرَمَكُمْ عِندَ اللَّهِ أَتْقَاكُمْ إِنَّ اللَّهَ عَلِيمٌ "
    "خَبِيرٌ. إِنَّ اللَّهَ يَأْمُرُ بِالْعَدْلِ وَالْإِحْسَانِ وَإِيتَاءِ ذِي الْقُرْبَىٰ وَيَنْهَىٰ "
    "عَنِ الْفَحْشَاءِ وَالْمُنكَرِ وَالْبَغْيِ يَعِظُكُمْ لَعَلَّكُمْ تَذَكَّرُونَ"
)
PLAIN_VERSES = re.sub("[\u064b-\u0652\u0670]", "", VERSES)

AR_ESSAY = (
    "تحدث الخطيب في المسجد الكبير يوم الجمعة عن التعارف بين الشعوب وعن العدل في المعاملة "
    "بين الجيران والتجار في السوق، وذكّر الحاضرين بأن الكرامة لا تأتي من النسب ولا من المال. "
    "قال تعالى: " + VERSES + ". ثم دعا الناس إلى زيارة المرضى في المستشفى القريب."
)
AR_NEWS = (
    "نظمت جمعية خيرية في المدينة أمسية ثقافية للشباب حضرها عدد كبير من طلاب الجامعة، "
    'وافتتحها رئيس الجمعية بآيتين من القرآن الكريم: "' + PLAIN_VERSES + '" (الحجرات: 13). '
    "وتضمنت الأمسية مسابقة في الشعر وعرضًا مسرحيًا قصيرًا عن تاريخ الحي القديم."
)

SCRIPTURE_EN = (
    "To every thing there is a season, and a time to every purpose under the heaven: a time to "
    "be born, and a time to die; a time to plant, and a time to pluck up that which is planted; "
    "a time to kill, and a time to heal; a time to break down, and a time to build up; a time "
    "to weep, and a time to laugh; a time to mourn, and a time to dance"
)
EN_SERMON = (
    "The farmers of the valley gathered in the old barn after the harvest festival to talk "
    "about the coming winter and the price of seed. The eldest of them stood up and read: “"
    + SCRIPTURE_EN
    + "” (Ecclesiastes 3:1-4). Then they agreed to share the cost of a new threshing machine."
)
EN_COLUMN = (
    "Our columnist spent a week with a hospice nurse in the northern town, watching her care for "
    "patients and their families through long nights. On the wall of her office hangs a "
    "framed page: “" + SCRIPTURE_EN + "” (Ecclesiastes 3:1-4). She says it keeps her going."
)


def _words(text: str) -> tuple[np.ndarray, np.ndarray]:
    spans = np.array([m.span() for m in WORD_RE.finditer(text)], dtype=np.int64)
    return spans[:, 0], spans[:, 1]


def _marked_words(text: str, mask: np.ndarray) -> str:
    starts, ends = _words(text)
    return " ".join(text[a:b] for a, b, m in zip(starts, ends, mask, strict=True) if m)


def test_a_vowelled_verse_in_plain_prose_is_quoted_with_its_formula():
    starts, ends = _words(AR_ESSAY)
    scripture, _ = quotation_masks(AR_ESSAY, starts, ends)
    quoted = _marked_words(AR_ESSAY, scripture)
    assert "تعالى" in quoted and "خَلَقْنَاكُم" in quoted and "تَذَكَّرُونَ" in quoted
    # The preacher's own words around it are not.
    for word in ("الخطيب", "الجيران", "المستشفى"):
        assert word not in quoted


def test_a_verse_in_plain_quotation_marks_with_its_reference_is_scripture():
    starts, ends = _words(AR_NEWS)
    scripture, marked = quotation_masks(AR_NEWS, starts, ends)
    quoted = _marked_words(AR_NEWS, scripture)
    assert "خلقناكم" in quoted and "الحجرات" in quoted
    assert "الجمعية" not in quoted and "مسرحيًا" not in quoted
    assert marked.sum() < scripture.sum()


def test_reported_speech_in_the_news_is_marked_but_not_scripture():
    text = "وقال الوزير في المؤتمر الصحفي: «إن الحكومة ستفتتح ثلاثة مستشفيات جديدة هذا العام»."
    starts, ends = _words(text)
    scripture, marked = quotation_masks(text, starts, ends)
    assert not scripture.any()
    assert "مستشفيات" in _marked_words(text, marked)


def test_a_statement_credited_to_a_news_agency_is_not_scripture():
    text = "The minister said: “Three new hospitals will open this year” (Reuters, 2015)."
    starts, ends = _words(text)
    scripture, marked = quotation_masks(text, starts, ends)
    assert not scripture.any() and marked.any()
    verse = "The sign on the wall read: “A time to weep, and a time to laugh” (Ecclesiastes 3:4)."
    starts, ends = _words(verse)
    scripture, _ = quotation_masks(verse, starts, ends)
    assert "laugh" in _marked_words(verse, scripture)


def test_a_fully_vowelled_text_is_not_all_quotation():
    # A children's story printed with every vowel: vowelling tells nothing there.
    text = "ذَهَبَ الوَلَدُ الصَّغِيرُ إِلَى السُّوقِ مَعَ أَبِيهِ وَاشْتَرَى تُفَّاحًا أَحْمَرَ كَبِيرًا " * 3
    starts, ends = _words(text)
    scripture, _ = quotation_masks(text, starts, ends)
    assert not scripture.any()


def test_stray_quotation_marks_do_not_quote_the_rest_of_the_text():
    text = 'الكلمات هنا " مبعثرة بلا ترتيب والعلامة وحدها ( لا تفتح اقتباسا طويلا في السطر كله'
    assert quoted_extent(text, 0, len(text)).marked == 0.0


def test_a_verse_two_articles_quote_is_not_reuse_arabic():
    library = {1: AR_NEWS, 2: AR_OTHER}
    for match in _search(AR_FILLER + "\n\n" + AR_ESSAY, library):
        assert match.passages == [], match


def test_a_verse_two_articles_quote_is_not_reuse_english():
    library = {1: EN_COLUMN, 2: EN_OTHER}
    for match in _search(EN_FILLER + "\n\n" + EN_SERMON, library):
        assert match.passages == [], match


def test_reuse_around_a_quotation_still_counts():
    # The paragraph that was really taken is found; the verse the two texts both quote is not
    # a passage of its own.
    library = {1: AR_SOURCE + "\n\n" + AR_NEWS, 2: AR_OTHER}
    text = AR_FILLER + "\n\n" + AR_MARKET + "\n\n" + AR_ESSAY
    matches = _search(text, library)
    assert matches and matches[0].article_id == 1
    passages = matches[0].passages
    assert len(passages) == 1, passages
    where = text.index(AR_MARKET)
    assert passages[0].start <= where + 20 and passages[0].end >= where + len(AR_MARKET) - 20
    assert passages[0].end <= text.index(AR_ESSAY)


def test_a_copied_paragraph_is_reuse_even_with_a_verse_inside():
    # Most of the passage is the writer's prose, taken whole: the verse inside does not excuse it.
    prose = (
        "ويرى الباحثون أن التعارف بين الشعوب يبدأ من المدرسة، حين يجلس الأطفال من أصول مختلفة "
        "في صف واحد ويتعلمون لغات بعضهم ويتبادلون القصص والأغاني والألعاب الشعبية، ثم يكبرون "
        "وقد صار الاختلاف عندهم مصدر فضول لا مصدر خوف، وهذا ما تؤكده دراسات كثيرة أجريت في "
        "مدن متعددة الثقافات خلال العقدين الماضيين. "
    )
    paragraph = prose + "قال تعالى: " + VERSES
    assert not is_shared_quotation(paragraph, 0, len(paragraph), paragraph, 0, len(paragraph))
    library = {1: AR_OTHER + "\n\n" + paragraph, 2: AR_SOURCE}
    matches = _search(AR_FILLER + "\n\n" + paragraph, library)
    assert matches and matches[0].article_id == 1 and matches[0].passages


def test_one_reading_of_a_text_answers_for_every_passage_in_it() -> None:
    # The similar-pieces answer asks about many spans of the new text (one per passage per
    # source) through one QuotedText: the verse in the middle of a long essay is quoted, the
    # plain paragraphs around it are not, and the news item's quoted verse is marked too.
    from studio.similar.quotations import QuotedText

    text = (AR_FILLER + " ") * 6 + AR_ESSAY + " " + (AR_FILLER + " ") * 6 + AR_NEWS
    shared = QuotedText(text)
    verse_at = text.index(VERSES)
    assert shared.extent(verse_at, verse_at + len(VERSES)).scripture == 1.0
    assert shared.extent(0, len(AR_FILLER)).scripture == 0.0
    assert shared.extent(0, len(AR_FILLER)).free == len(AR_FILLER.split())
    plain_at = text.index(PLAIN_VERSES)
    news_verse = shared.extent(plain_at, plain_at + len(PLAIN_VERSES))
    assert news_verse.scripture == 1.0 and news_verse.marked == 1.0
    for start, end in [(verse_at, verse_at + 300), (10, 900), (plain_at - 50, len(text))]:
        assert shared.extent(start, end) == quoted_extent(text, start, end)


# One quotation, or several that add up: the rule that a passage 80% inside quotation marks in
# the new text is a quotation asks for one pair of marks holding it.

STORY = (
    "لست مضطرة لإعادة النظر في حدود المشاعر التي تشدني إلى سعود بل أنا مرغمة الآن على التفكير "
    "بعمق فيما كنت ألاحظه على نفسي أولا حين يكون معي في هذه الغرفة شيء ما أبحث عنه في رجل "
    "لعله كان موجودا في سعود"
)


def _speech_with_quoted_names(speech: str) -> str:
    # A character speaks (straight quotes around the speech) and names someone in quotes
    # inside it: six straight quotes on one line.
    named = speech.replace("إلى سعود", '" إلى سعود "').replace("في سعود", 'في " سعود "')
    return 'هو يصمم على الاستمرار، يقول "سآتيك بصورتها.. ' + named + ' .. إنها صورتها هي.."'


def test_speech_in_a_story_with_quoted_names_inside_is_reuse():
    source = "كتبت في دفتري تلك الليلة:\n" + STORY.replace("سعود", '" سعود "') + " .. ثم نمت."
    text = _speech_with_quoted_names(STORY)
    start = text.index("لست")
    end = text.index("موجودا في") + len('موجودا في " سعود "')
    extent = quoted_extent(text, start, end)
    assert extent.marked >= 0.8 > extent.marked_whole
    s_start = source.index("لست")
    assert not is_shared_quotation(text, start, end, source, s_start, len(source) - 8)


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        (
            "وقال الوزير في المؤتمر الصحفي: «" + STORY + "» ثم غادر القاعة.",
            STORY,
        ),
        (
            # A name quoted inside the quoted statement: still one statement quoted whole.
            'وقال الوزير في المؤتمر الصحفي: «لست مضطرة لإعادة النظر في "حدود المشاعر" '
            + STORY[len("لست مضطرة لإعادة النظر في حدود المشاعر ") :]
            + "» ثم غادر القاعة.",
            STORY,
        ),
        (
            'The minister told reporters: "We will not raise the price of bread this year, and '
            "the subsidies for flour and cooking gas will stay as they are until the new budget "
            'is debated in parliament next spring." Then he left the hall.',
            "We will not raise the price of bread this year, and the subsidies for flour and "
            "cooking gas will stay as they are until the new budget is debated in parliament "
            "next spring.",
        ),
    ],
    ids=["arabic", "arabic-nested", "english"],
)
def test_a_statement_quoted_whole_is_still_a_quotation(text, statement):
    first_words = statement.split()[0]
    start = text.index(first_words)
    end = text.index("»") if "»" in text else text.index('." Then') + 1
    source = "نص البيان كما وزع على الصحفيين:\n" + statement
    assert is_shared_quotation(text, start, end, source, source.index(statement), len(source))
