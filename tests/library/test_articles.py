import pytest
from alembic.script import ScriptDirectory

from studio.library import (
    ArticleDraft,
    ArticleNotFound,
    ListQuery,
    Status,
    VersionConflict,
)
from studio.library.engine import MIGRATIONS


def _drafts():
    return [
        ArticleDraft(
            title="مستقبل العمل الحر",
            body="هل سيصمد المُستقِلّ أمام الذكاء الاصطناعي؟\n\nالكِتابةُ مهنةٌ قديمة.",
            author="سارة",
            client="مجلة رقمية",
            tags=["تقنية", "عمل حر"],
            status=Status.IN_REVIEW,
            external_id="ext-1",
        ),
        ArticleDraft(
            title="Pricing a translation job",
            body="Count the words first. Then agree on a deadline.",
            author="Omar",
            tags=["pricing"],
        ),
        ArticleDraft(
            title="مدرسة الكتابة",
            body="تعلم الكتابة في المدرسة خطوة بخطوة.",
            author="سارة",
            status=Status.APPROVED,
        ),
    ]


def test_body_is_stored_exactly_as_given(library):
    body = "  \u200fسطر أول مُشَكَّل\r\n\tسطر ثانٍ  \n"
    article_id = library.add_article(ArticleDraft(title="x", body=body))
    assert library.get(article_id).body == body


def test_duplicate_bodies_are_skipped(library):
    first = library.add_articles(_drafts())
    again = library.add_articles(_drafts())
    assert len(first.imported) == 3
    assert again.imported == []
    assert len(again.skipped) == 3
    assert library.count() == 3


def test_detail_carries_people_tags_and_counts(library):
    ids = library.add_articles(_drafts()).imported
    article = library.get(ids[0])
    assert article.author == "سارة"
    assert article.client == "مجلة رقمية"
    assert article.tags == sorted(["تقنية", "عمل حر"])
    assert article.status is Status.IN_REVIEW
    assert article.external_id == "ext-1"
    assert article.lang == "ar"
    assert article.words == 9
    assert article.version == 1
    with pytest.raises(ArticleNotFound):
        library.get(9999)


def test_list_filters_and_sorts(library):
    library.add_articles(_drafts())
    by_title = [r.title for r in library.list(ListQuery(sort="title", descending=False))]
    assert by_title == sorted(by_title)
    assert [r.title for r in library.list(ListQuery(status=Status.APPROVED))] == ["مدرسة الكتابة"]
    assert {r.title for r in library.list(ListQuery(author="سارة"))} == {
        "مستقبل العمل الحر",
        "مدرسة الكتابة",
    }
    assert [r.title for r in library.list(ListQuery(tag="pricing"))] == [
        "Pricing a translation job"
    ]
    assert library.count(ListQuery(author="سارة")) == 2
    assert library.authors() == sorted(["Omar", "سارة"])
    assert "عمل حر" in library.tags()


def test_list_pages_do_not_overlap(library):
    library.add_articles(ArticleDraft(title=f"مقال {i:03}", body=f"نص {i}") for i in range(450))
    query = ListQuery(sort="title", descending=False)
    pages = [library.list(query, offset=o, limit=200) for o in (0, 200, 400)]
    ids = [r.id for page in pages for r in page]
    assert [len(p) for p in pages] == [200, 200, 50]
    assert len(set(ids)) == 450


def test_update_records_revisions_and_reindexes(library):
    article_id = library.add_article(ArticleDraft(title="قديم", body="نص عن البحر"))
    updated = library.update(article_id, body="نص عن الصحراء", expected_version=1)
    assert updated.version == 2
    assert updated.revisions == 2  # the original, then the update
    assert [h.id for h in library.search("الصحراء")] == [article_id]
    assert library.search("البحر") == []


def test_update_refuses_to_overwrite_a_newer_version(library):
    article_id = library.add_article(ArticleDraft(title="t", body="الأصل"))
    library.update(article_id, body="تعديل من نافذة أخرى", expected_version=1)
    with pytest.raises(VersionConflict):
        library.update(article_id, body="تعديلي", expected_version=1)
    assert library.get(article_id).body == "تعديل من نافذة أخرى"


def test_delete_removes_from_search(library):
    ids = library.add_articles(_drafts()).imported
    assert library.delete([ids[1]]) == 1
    assert library.search("pricing") == []
    assert library.count() == 2


def test_info_figures(library):
    library.add_articles(_drafts())
    info = library.info()
    assert info.articles == 3
    assert info.by_status == {"in_review": 1, "draft": 1, "approved": 1}
    assert info.by_lang == {"ar": 2, "en": 1}
    # The newest migration, whichever feature added it.
    assert info.schema == ScriptDirectory(str(MIGRATIONS)).get_current_head()
    assert info.size_bytes > 0
