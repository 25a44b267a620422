"""The library's review side: status changes with history, reviews and ratings, comments."""

import pytest

from studio.library import ListQuery, Status
from studio.library.errors import (
    ArticleNotFound,
    CommentNotFound,
    EmptyComment,
    InvalidRating,
    InvalidRubric,
    InvalidTransition,
    QuoteNotFound,
    ReasonRequired,
)
from studio.library.records import ArticleDraft
from studio.review import AnchorState, Verdict

BODY = (
    "يفتح أغلب القرّاء المقالات على هواتفهم في دقائق متفرقة من يومهم.\n\n"
    "ضع خلاصة المقال في الفقرة الأولى، ثم فصّل بعدها لمن يريد الاستزادة.\n\n"
    "A good brief takes thirty minutes to write and saves two rounds of revisions."
)


@pytest.fixture
def article(library) -> int:
    article_id = library.add_article(ArticleDraft(title="الكتابة للويب", body=BODY))
    assert article_id is not None
    return article_id


def _in_review(library, article_id):
    library.set_status(article_id, Status.IN_REVIEW, by="سلمى")


def test_status_moves_are_recorded_with_who_when_and_why(library, article):
    library.set_status(article, "in_review", by="سلمى")
    library.set_status(article, "changes_requested", by="Omar", reason="المقدمة طويلة")
    library.set_status(article, "in review", by="سلمى")
    assert library.get(article).status is Status.IN_REVIEW
    history = library.status_history(article)
    assert [(c.old, c.new, c.by) for c in history] == [
        (Status.DRAFT, Status.IN_REVIEW, "سلمى"),
        (Status.IN_REVIEW, Status.CHANGES_REQUESTED, "Omar"),
        (Status.CHANGES_REQUESTED, Status.IN_REVIEW, "سلمى"),
    ]
    assert history[1].reason == "المقدمة طويلة"
    assert all(c.created is not None for c in history)
    assert "Omar" in library.people("editor")


def test_refused_move_changes_nothing(library, article):
    version = library.get(article).version
    with pytest.raises(InvalidTransition) as refused:
        library.set_status(article, Status.PUBLISHED, by="Omar")
    assert "in_review" in refused.value.params["allowed"]
    with pytest.raises(InvalidTransition):
        library.set_status(article, Status.DRAFT, by="Omar")
    assert library.get(article).status is Status.DRAFT
    assert library.get(article).version == version
    assert library.status_history(article) == []


def test_sending_back_without_a_reason_is_refused(library, article):
    _in_review(library, article)
    with pytest.raises(ReasonRequired):
        library.set_status(article, Status.CHANGES_REQUESTED, by="Omar", reason="   ")
    assert library.get(article).status is Status.IN_REVIEW
    assert len(library.status_history(article)) == 1


def test_status_change_does_not_bump_the_text_version(library, article):
    # An editor with version N open must not meet a conflict because the piece was approved.
    version = library.get(article).version
    _in_review(library, article)
    assert library.get(article).version == version


def test_status_change_keeps_a_snapshot_when_revisions_exist(library, article):
    if not hasattr(library, "snapshot"):
        pytest.skip("revisions not in this build")
    _in_review(library, article)
    assert any(r.reason == "status" for r in library.revisions(article))


def test_unknown_article(library):
    with pytest.raises(ArticleNotFound):
        library.set_status(999, Status.IN_REVIEW)
    with pytest.raises(ArticleNotFound):
        library.rating(999)


def test_reviews_and_rating(library, article):
    assert library.rating(article) == (None, 0)
    library.add_review(article, stars=5, verdict="approve", reviewer="Omar")
    library.add_review(
        article,
        stars=4,
        verdict=Verdict.APPROVE,
        reviewer="Lina",
        rubric={"clarity": 5, "originality": 4, "brief": 3},
        summary="واضح ومفيد",
    )
    library.add_review(article, stars=4, verdict="approve", reviewer="Omar")
    assert library.rating(article) == (4.3, 3)
    reviews = library.reviews(article)
    assert [r.stars for r in reviews] == [5, 4, 4]
    assert reviews[1].rubric == {"brief": 3, "clarity": 5, "originality": 4}
    assert reviews[1].summary == "واضح ومفيد"
    assert reviews[1].reviewer == "Lina"
    # A draft reviewed informally does not move.
    assert library.get(article).status is Status.DRAFT


def test_bad_reviews_change_nothing(library, article):
    _in_review(library, article)
    for stars in (0, 6, 4.5):
        with pytest.raises(InvalidRating):
            library.add_review(article, stars=stars, verdict="approve")
    with pytest.raises(InvalidRubric):
        library.add_review(article, stars=4, verdict="approve", rubric={"clarity": 9})
    with pytest.raises(InvalidRubric):
        library.add_review(article, stars=4, verdict="approve", rubric={"clarty": 4})
    with pytest.raises(ValueError):
        library.add_review(article, stars=4, verdict="maybe")
    # Sending back needs a summary: it is the writer's reason.
    with pytest.raises(ReasonRequired):
        library.add_review(article, stars=2, verdict="request_changes", reviewer="Omar")
    assert library.reviews(article) == []
    assert library.get(article).status is Status.IN_REVIEW


def test_verdicts_move_articles_under_review(library, article):
    _in_review(library, article)
    library.add_review(
        article, stars=2, verdict="request_changes", reviewer="Omar", summary="أضف أمثلة"
    )
    assert library.get(article).status is Status.CHANGES_REQUESTED
    assert library.status_history(article)[-1].reason == "أضف أمثلة"
    library.set_status(article, Status.IN_REVIEW, by="سلمى")
    library.add_review(article, stars=5, verdict="approve", reviewer="Omar")
    assert library.get(article).status is Status.APPROVED
    assert library.rating(article) == (3.5, 2)


def test_configurable_criteria(library, article):
    review = library.add_review(
        article, stars=3, verdict="approve", rubric={"seo": 2}, criteria=["seo", "tone"]
    )
    assert review.rubric == {"seo": 2}


def test_listing_carries_rating_and_count_and_sorts_by_it(library, article):
    other = library.add_article(ArticleDraft(title="Pricing", body="Count the words first."))
    unrated = library.add_article(ArticleDraft(title="Empty", body="Nothing rated here yet."))
    for stars in (5, 4, 4):
        library.add_review(article, stars=stars, verdict="approve")
    library.add_review(other, stars=2, verdict="approve")
    rows = {r.id: r for r in library.list()}
    assert (rows[article].rating, rows[article].review_count) == (4.3, 3)
    assert (rows[other].rating, rows[other].review_count) == (2.0, 1)
    assert (rows[unrated].rating, rows[unrated].review_count) == (None, 0)
    best_first = [r.id for r in library.list(ListQuery(sort="rating"))]
    assert best_first == [article, other, unrated]


def test_listing_stays_one_query(library, article):
    from sqlalchemy import event

    for i in range(5):
        library.add_article(ArticleDraft(title=f"t{i}", body=f"body number {i} here"))
        library.add_review(article, stars=3, verdict="approve")
    statements = []

    def count(*_args):
        statements.append(1)

    event.listen(library.engine, "before_cursor_execute", count)
    try:
        library.list()
    finally:
        event.remove(library.engine, "before_cursor_execute", count)
    assert len(statements) == 1


def test_comment_threads(library, article):
    comment = library.add_comment(
        article, "هذه خلاصة ممتازة", author="Omar", quote="خلاصة المقال في الفقرة الأولى"
    )
    assert comment.located.state is AnchorState.OK
    assert BODY[comment.located.start : comment.located.end] == "خلاصة المقال في الفقرة الأولى"
    reply = library.reply(comment.id, "شكرًا", author="سلمى")
    nested = library.reply(reply.id, "Thanks", author="Omar")
    assert nested.parent_id == comment.id  # replies to replies join the thread
    library.resolve(reply.id, by="سلمى")
    (thread,) = library.comments(article)
    assert thread.resolved and thread.resolved_by == "سلمى" and thread.resolved_at
    assert [r.text for r in thread.replies] == ["شكرًا", "Thanks"]
    assert library.comments(article, include_resolved=False) == []
    library.reopen(comment.id)
    (thread,) = library.comments(article)
    assert not thread.resolved and thread.resolved_by is None


def test_comments_follow_edits_in_text_order_with_orphans_last(library, article):
    english = library.add_comment(article, "nice", quote="saves two rounds of revisions")
    arabic = library.add_comment(article, "جميل", quote="ضع خلاصة المقال")
    opening = library.add_comment(article, "أين المصدر؟", quote="أغلب القرّاء")
    edited = "مقدمة جديدة.\n\n" + BODY.replace("أغلب القرّاء المقالات", "كل الناس الصحف").replace(
        "saves two rounds", "saves at least two rounds"
    ).replace("ضع خلاصة", "ضَعْ خلاصة")
    library.update(article, body=edited)
    threads = library.comments(article)
    assert [t.id for t in threads] == [arabic.id, english.id, opening.id]
    states = {t.id: t.located.state for t in threads}
    assert states == {
        arabic.id: AnchorState.DRIFTED,
        english.id: AnchorState.DRIFTED,
        opening.id: AnchorState.ORPHAN,
    }
    found = threads[1].located
    assert edited[found.start : found.end] == "saves at least two rounds of revisions"
    assert threads[2].anchor.quote == "أغلب القرّاء"  # kept, never lost


def test_comment_by_offsets_and_bad_comments(library, article):
    start = BODY.index("A good brief")
    comment = library.add_comment(article, "ok", start=start, end=start + 12)
    assert comment.anchor.quote == "A good brief"
    with pytest.raises(QuoteNotFound):
        library.add_comment(article, "?", quote="not in the text at all")
    with pytest.raises(QuoteNotFound):
        library.add_comment(article, "?", start=5, end=5000)
    with pytest.raises(EmptyComment):
        library.add_comment(article, "  ", quote="A good brief")
    with pytest.raises(CommentNotFound):
        library.reply(999, "hello")
    with pytest.raises(CommentNotFound):
        library.resolve(999)
    assert len(library.comments(article)) == 1


def test_profile_role(library):
    library.set_person("لينا", "editor")
    assert library.person_role("لينا") == "editor"
    library.set_person("لينا", "writer")
    assert library.person_role("لينا") == "writer"
    with pytest.raises(ValueError):
        library.set_person("x", "boss")


def test_deleting_an_article_removes_its_reviews_and_comments(library, article):
    library.add_review(article, stars=4, verdict="approve")
    library.add_comment(article, "c", quote="A good brief")
    _in_review(library, article)
    assert library.delete([article]) == 1
    assert library.list() == []


def test_review_keeps_the_checklist_as_it_stood(library, article):
    findings = {"ai_score": 0.12, "findings": [{"rule": "stock_phrase", "start": 3, "end": 9}]}
    library.add_review(article, stars=4, verdict="approve", checklist=findings)
    library.add_review(article, stars=3, verdict="approve")
    first, second = library.reviews(article)
    assert first.checklist == findings
    assert second.checklist is None


def test_author_and_client_pages(library):
    drafts = [
        ArticleDraft(title="أ", body="نص أول عن الكتابة", author="سلمى", client="رواق"),
        ArticleDraft(title="ب", body="نص ثان عن التحرير والمراجعة", author="سلمى"),
        ArticleDraft(title="C", body="Another piece entirely", author="Omar", client="رواق"),
    ]
    first, second, third = library.add_articles(drafts).imported
    library.set_status(first, Status.IN_REVIEW, by="Lina")
    library.add_review(first, stars=5, verdict="approve", reviewer="Lina")
    library.add_review(second, stars=4, verdict="approve", reviewer="Lina")
    library.add_review(third, stars=1, verdict="approve", reviewer="Lina")
    page = library.person_page("سلمى")
    assert (page.articles, page.words, page.rating, page.reviews) == (2, 9, 4.5, 2)
    assert page.by_status == {"approved": 1, "draft": 1}
    assert page.role == "writer" and page.client_articles == 0
    client = library.person_page("رواق")
    assert (client.role, client.articles, client.client_articles) == ("client", 0, 2)
    assert {r.id for r in library.list(ListQuery(client="رواق"))} == {first, third}
    assert library.count(ListQuery(client="رواق")) == 2
    assert library.person_page("nobody") is None


def test_a_comment_stays_on_its_copy_of_a_repeated_phrase_as_the_text_is_rewritten(library):
    phrase = "check every figure twice"
    body = (
        f"Our first rule for new writers: {phrase} before the draft leaves your desk.\n\n"
        f"And the last rule, learned the hard way by everyone here: {phrase} before sending."
    )
    article_id = library.add_article(ArticleDraft(title="Rules", body=body))
    second = body.rindex(phrase)
    comment = library.add_comment(article_id, "say why", start=second, end=second + len(phrase))
    version = library.get(article_id).version
    # Saves a writer makes one after the other: a long opening added, then every word around
    # the second copy rewritten, on both sides. Its old context is gone and the first copy now
    # sits nearer its old offset; only the saves themselves still tell which copy it was.
    steps = [
        lambda t: "A new opening paragraph that moves everything below it a long way down.\n\n" + t,
        lambda t: t.replace("And the last rule, learned the hard way by everyone here:", "So:"),
        lambda t: t.replace(f"{phrase} before sending.", f"{phrase}, always, in every piece."),
    ]
    for step in steps:
        body = step(body)
        saved = library.save(article_id, title="Rules", body=body, expected_version=version)
        version = saved.version
    (thread,) = library.comments(article_id)
    assert thread.id == comment.id and thread.located.state is AnchorState.OK
    assert thread.located.start == body.rindex(phrase)
