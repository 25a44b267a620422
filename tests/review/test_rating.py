import pytest

from studio.review import DEFAULT_CRITERIA, Verdict, mean_rating, rating_problem, rubric_problem


@pytest.mark.parametrize("stars", [1, 2, 3, 4, 5])
def test_whole_stars_from_one_to_five(stars):
    assert not rating_problem(stars)


@pytest.mark.parametrize("stars", [0, 6, -1, 4.5, "4", True, None])
def test_anything_else_is_refused(stars):
    assert rating_problem(stars)


def test_default_rubric():
    assert list(DEFAULT_CRITERIA) == [
        "clarity",
        "originality",
        "accuracy",
        "structure",
        "language",
        "brief",
    ]


def test_rubric_scores_are_known_criteria_from_one_to_five():
    assert rubric_problem({"clarity": 5, "brief": 1}) is None
    assert rubric_problem({"clarty": 4}) == ("clarty", 4)
    assert rubric_problem({"clarity": 0}) == ("clarity", 0)
    assert rubric_problem({"voice": 3}, criteria=["voice"]) is None


def test_mean_of_reviews():
    assert mean_rating([]) == (None, 0)
    assert mean_rating([5]) == (5.0, 1)
    assert mean_rating([5, 4, 4]) == (4.3, 3)
    assert mean_rating([1, 2]) == (1.5, 2)


def test_verdicts_parse_loosely():
    assert Verdict.parse("Request changes") is Verdict.REQUEST_CHANGES
    assert Verdict.parse("request-changes") is Verdict.REQUEST_CHANGES
    with pytest.raises(ValueError):
        Verdict.parse("maybe")
