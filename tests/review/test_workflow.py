import pytest

from studio.library.records import Status
from studio.review import TRANSITIONS, Verdict, allowed_next, can_move, needs_reason
from studio.review.workflow import verdict_status

ALLOWED = [
    (Status.DRAFT, Status.IN_REVIEW),
    (Status.DRAFT, Status.ARCHIVED),
    (Status.IN_REVIEW, Status.DRAFT),
    (Status.IN_REVIEW, Status.CHANGES_REQUESTED),
    (Status.IN_REVIEW, Status.APPROVED),
    (Status.IN_REVIEW, Status.ARCHIVED),
    (Status.CHANGES_REQUESTED, Status.IN_REVIEW),
    (Status.CHANGES_REQUESTED, Status.DRAFT),
    (Status.CHANGES_REQUESTED, Status.ARCHIVED),
    (Status.APPROVED, Status.PUBLISHED),
    (Status.APPROVED, Status.CHANGES_REQUESTED),
    (Status.APPROVED, Status.ARCHIVED),
    (Status.PUBLISHED, Status.CHANGES_REQUESTED),
    (Status.PUBLISHED, Status.ARCHIVED),
    (Status.ARCHIVED, Status.DRAFT),
]


def test_the_table_is_exactly_the_documented_moves():
    table = {(old, new) for old, targets in TRANSITIONS.items() for new in targets}
    assert table == set(ALLOWED)
    assert set(TRANSITIONS) == set(Status)


@pytest.mark.parametrize(("old", "new"), ALLOWED)
def test_allowed(old, new):
    assert can_move(old, new)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (Status.DRAFT, Status.APPROVED),  # nobody reviewed it
        (Status.DRAFT, Status.PUBLISHED),
        (Status.IN_REVIEW, Status.PUBLISHED),  # approval comes first
        (Status.CHANGES_REQUESTED, Status.APPROVED),  # must be looked at again
        (Status.ARCHIVED, Status.PUBLISHED),  # restoring goes through draft
        (Status.ARCHIVED, Status.IN_REVIEW),
        (Status.PUBLISHED, Status.DRAFT),
        (Status.PUBLISHED, Status.APPROVED),
        (Status.APPROVED, Status.DRAFT),
    ],
)
def test_refused(old, new):
    assert not can_move(old, new)


@pytest.mark.parametrize("status", list(Status))
def test_staying_put_is_not_a_move(status):
    assert not can_move(status, status)


def test_sending_back_and_rejecting_need_a_reason():
    assert needs_reason(Status.IN_REVIEW, Status.CHANGES_REQUESTED)
    assert needs_reason(Status.PUBLISHED, Status.CHANGES_REQUESTED)
    assert needs_reason(Status.IN_REVIEW, Status.ARCHIVED)
    assert not needs_reason(Status.DRAFT, Status.IN_REVIEW)
    assert not needs_reason(Status.IN_REVIEW, Status.APPROVED)
    assert not needs_reason(Status.PUBLISHED, Status.ARCHIVED)


def test_menu_order_follows_the_workflow():
    assert allowed_next(Status.IN_REVIEW) == [
        Status.DRAFT,
        Status.CHANGES_REQUESTED,
        Status.APPROVED,
        Status.ARCHIVED,
    ]


def test_verdicts_move_only_articles_under_review():
    assert verdict_status(Status.IN_REVIEW, Verdict.APPROVE) is Status.APPROVED
    assert verdict_status(Status.IN_REVIEW, Verdict.REQUEST_CHANGES) is Status.CHANGES_REQUESTED
    assert verdict_status(Status.IN_REVIEW, Verdict.REJECT) is Status.ARCHIVED
    assert verdict_status(Status.DRAFT, Verdict.APPROVE) is None
    assert verdict_status(Status.PUBLISHED, Verdict.REJECT) is None
