"""Changing an article's details (author, client, tags, target length) in the library."""

import pytest

from studio.checks import checklist as cl
from studio.checks import templates as tpl
from studio.checks.engine import check
from studio.library import ArticleDraft, ListQuery, VersionConflict, checks_store
from studio.library.details import MAX_TARGET_WORDS, ArticleDetails, InvalidDetails

BODY = "الكتابة مهنة قديمة.\n\nWriting is an old trade. " + "كلمة " * 40


@pytest.fixture
def article(library):
    return library.add_article(
        ArticleDraft(title="مسودة", body=BODY, author="Omar Haddad", tags=["old"])
    )


def test_sets_every_detail_in_one_new_version_and_leaves_the_body(library, article):
    before = library.get(article)
    detail = library.set_details(
        article,
        author="  سارة الحسن ",
        client=" مستقل\t",
        tags=["سفر", " SEO ", "", "SEO"],
        target_words=1200,
        expected_version=before.version,
    )
    assert detail.author == "سارة الحسن"
    assert detail.client == "مستقل"
    assert detail.tags == ["SEO", "سفر"]
    assert detail.target_words == 1200
    assert detail.version == before.version + 1
    assert detail.body == BODY and library.get(article).body == BODY
    # Details are not text: no revision is kept for them.
    assert detail.revisions == before.revisions
    # New people take the role the article gives them.
    assert library.person_role("سارة الحسن") == "writer"
    assert library.person_role("مستقل") == "client"


def test_blank_means_none_and_keep_leaves_a_detail_alone(library, article):
    library.set_details(article, client="Acme", target_words=800)
    detail = library.set_details(article, author="   ", tags=[], target_words=None)
    assert detail.author is None and detail.tags == [] and detail.target_words is None
    assert detail.client == "Acme"  # not given: kept


def test_setting_what_is_stored_keeps_the_version(library, article):
    first = library.set_details(article, client="Acme", tags=["old", "new"])
    again = library.set_details(article, client=" Acme ", tags=["new", "old", "new"])
    assert again.version == first.version


def test_a_change_made_elsewhere_is_not_overwritten(library, article):
    seen = library.get(article).version
    library.save(article, title="مسودة", body=BODY + " المزيد", expected_version=seen)
    with pytest.raises(VersionConflict):
        library.set_details(article, client="Acme", expected_version=seen)
    assert library.get(article).client is None


@pytest.mark.parametrize("target", [0, -5, MAX_TARGET_WORDS + 1, True])
def test_refuses_a_target_out_of_range(library, article, target):
    version = library.get(article).version
    with pytest.raises(InvalidDetails):
        library.set_details(article, target_words=target)
    assert library.get(article).version == version


def test_refuses_an_overlong_name(library, article):
    with pytest.raises(InvalidDetails):
        library.set_details(article, client="x" * 201)


def test_editor_save_carries_details_with_the_text_in_one_version(library, article):
    seen = library.get(article).version
    saved = library.save(
        article,
        title="مسودة",
        body=BODY + " جديد",
        expected_version=seen,
        details=ArticleDetails("سارة", "Acme", ("travel",), 500),
    )
    assert saved.version == seen + 1
    assert (saved.author, saved.client, saved.tags, saved.target_words) == (
        "سارة",
        "Acme",
        ["travel"],
        500,
    )
    # Details alone are a change too.
    again = library.save(
        article,
        title="مسودة",
        body=BODY + " جديد",
        expected_version=saved.version,
        details=ArticleDetails("سارة", None, ("travel",), 500),
    )
    assert again.version == saved.version + 1 and again.client is None
    assert again.body == BODY + " جديد"


def test_filters_columns_and_person_pages_follow(library, article):
    library.set_details(article, author="سارة الحسن", client="مستقل", tags=["سفر"])
    (row,) = library.list(ListQuery(author="سارة الحسن"))
    assert (row.id, row.author, row.client) == (article, "سارة الحسن", "مستقل")
    assert [r.id for r in library.list(ListQuery(client="مستقل"))] == [article]
    assert [r.id for r in library.list(ListQuery(tag="سفر"))] == [article]
    assert library.list(ListQuery(tag="old")) == []
    assert library.list(ListQuery(author="Omar Haddad")) == []
    assert "سارة الحسن" in library.authors() and "Omar Haddad" not in library.authors()
    assert library.clients() == ["مستقل"]
    page = library.person_page("مستقل")
    assert page is not None and page.client_articles == 1


def test_checklist_uses_the_new_client_template_and_target(library, article):
    checks_store.save_template(library, tpl.for_client("Acme"))

    def checklist() -> tuple[str | None, dict[str, cl.ItemState]]:
        stored = library.get(article)
        template = cl.template_for(stored.client, checks_store.templates(library))
        items = cl.evaluate(
            template, stored.body, check(stored.body), target_words=stored.target_words
        )
        return template.client, {i.id: i.state for i in items}

    client, states = checklist()
    assert client is None and states["target_length"] is cl.ItemState.UNKNOWN
    library.set_details(article, client="Acme", target_words=5000)
    client, states = checklist()
    assert client == "Acme" and states["target_length"] is cl.ItemState.FAIL
    library.set_details(article, target_words=40)
    assert checklist()[1]["target_length"] is cl.ItemState.PASS
