"""Stars, rubric criteria and verdicts of a review, and the article's rating."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from enum import StrEnum

STARS_MIN = 1
STARS_MAX = 5

# Criterion key → English label. Keys are what scripts pass (`--rubric clarity=4`) and what is
# stored; labels are translated by the interface.
DEFAULT_CRITERIA: dict[str, str] = {
    "clarity": "Clarity",
    "originality": "Originality and human voice",
    "accuracy": "Accuracy",
    "structure": "Structure",
    "language": "Language",
    "brief": "Fit to the client's brief",
}


class Verdict(StrEnum):
    APPROVE = "approve"
    REQUEST_CHANGES = "request_changes"
    REJECT = "reject"

    @classmethod
    def parse(cls, value: str) -> Verdict:
        return cls(value.strip().lower().replace(" ", "_").replace("-", "_"))


def rating_problem(stars: object) -> bool:
    """True when `stars` is not a whole number from 1 to 5 (half stars are not offered)."""
    return (
        isinstance(stars, bool)
        or not isinstance(stars, int)
        or not (STARS_MIN <= stars <= STARS_MAX)
    )


def rubric_problem(
    scores: Mapping[str, int], criteria: Sequence[str] | None = None
) -> tuple[str, object] | None:
    """The first (criterion, value) that is unknown or out of range, or None when all are fine.
    Unknown names are refused rather than stored: a typo would otherwise never be averaged with
    the criterion it meant."""
    known = set(criteria if criteria is not None else DEFAULT_CRITERIA)
    for name, value in scores.items():
        if name not in known or rating_problem(value):
            return name, value
    return None


def mean_rating(stars: Iterable[int]) -> tuple[float | None, int]:
    """(mean to one decimal, count); (None, 0) for an article nobody has rated."""
    values = list(stars)
    if not values:
        return None, 0
    return round(sum(values) / len(values), 1), len(values)
