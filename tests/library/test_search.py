import pytest

from studio.library import ArticleDraft


@pytest.fixture
def filled(library):
    library.add_articles(
        [
            ArticleDraft(
                title="الذكاء الاصطناعي والكتابة", body="هل يكتب الذكاءُ الاصطناعيُّ مقالاً جيداً؟"
            ),
            ArticleDraft(title="مكتبة المدرسة", body="زرت المكتبة في مدرستي القديمة يوم الأحد."),
            ArticleDraft(
                title="Writing for the web", body="Short paragraphs help readers on phones."
            ),
            ArticleDraft(title="إلى أين؟", body="سؤال كبير عن المستقبل والعمل على الإنترنت."),
        ]
    )
    return library


def _titles(hits):
    return [h.title for h in hits]


@pytest.mark.parametrize(
    "query",
    ["الذكاء", "الذَّكاءُ", "الذكـــاء", "ذكاء", "الاصطناعي"],
)
def test_diacritics_tatweel_and_article_do_not_matter(filled, query):
    assert _titles(filled.search(query)) == ["الذكاء الاصطناعي والكتابة"]


def test_letter_variants_fold_both_ways(filled):
    # Stored إلى and المدرسة; typed الى and مدرسه.
    assert "إلى أين؟" in _titles(filled.search("الى"))
    assert "مكتبة المدرسة" in _titles(filled.search("مدرسه"))


def test_prefix_matching(filled):
    assert _titles(filled.search("مكت")) == ["مكتبة المدرسة"]
    assert _titles(filled.search("parag")) == ["Writing for the web"]


def test_all_words_must_match(filled):
    assert _titles(filled.search("المكتبة الأحد")) == ["مكتبة المدرسة"]
    assert filled.search("المكتبة phones") == []


def test_quoted_phrase(filled):
    assert _titles(filled.search('"short paragraphs"')) == ["Writing for the web"]
    assert filled.search('"paragraphs short"') == []


def test_title_matches_rank_above_body_matches(library):
    library.add_articles(
        [
            ArticleDraft(title="رحلة", body="كتبت عن القهوة مرة واحدة في هذا النص الطويل " * 3),
            ArticleDraft(title="القهوة العربية", body="نص قصير عن الضيافة"),
        ]
    )
    assert _titles(library.search("قهوة"))[0] == "القهوة العربية"


def test_snippet_keeps_diacritics_and_highlights_the_match(filled):
    (hit,) = filled.search("اصطناعي")
    assert "الذكاءُ الاصطناعيُّ" in hit.snippet
    highlighted = [hit.snippet[a:b] for a, b in hit.highlights]
    assert "الاصطناعيُّ" in highlighted


def test_hostile_queries_do_not_raise(filled):
    for query in ['"', "AND OR NOT", "*", "title:x", "(((", "NEAR(a b)", "", "   ", "😀", "-x"]:
        filled.search(query)


def test_a_word_in_several_articles_in_any_of_its_forms(library) -> None:
    from studio.library.records import ArticleDraft

    library.add_article(ArticleDraft(title="أ", body="زار الوفد مدينة صفاقس أمس."))
    library.add_article(ArticleDraft(title="ب", body="وفي صفاقسَ ميناء كبير، قال عيّاد."))
    assert library.word_in_library("صفاقس") and library.word_in_library("وصفاقس")
    assert not library.word_in_library("عياد")  # one article only
    assert library.word_in_library("عياد", articles=1)
    assert not library.word_in_library("الكتاابة", articles=1)
    second = library.list()[0].id
    assert not library.word_in_library("عياد", articles=1, besides=second)
