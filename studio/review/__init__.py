"""Editorial review: the status workflow, reviews with stars and a rubric, and comments anchored
to passages that survive editing. Pure Python: no Qt, no SQL (the library stores what this
package decides)."""

from studio.review.anchoring import (
    Anchor,
    AnchorState,
    Located,
    find_quote,
    follow_change,
    locate,
    make_anchor,
)
from studio.review.rating import (
    DEFAULT_CRITERIA,
    Verdict,
    mean_rating,
    rating_problem,
    rubric_problem,
)
from studio.review.records import Comment, PersonPage, Review, StatusChange
from studio.review.workflow import (
    TRANSITIONS,
    allowed_next,
    can_move,
    is_editor_decision,
    may_move,
    needs_reason,
    verdict_status,
)

__all__ = [
    "DEFAULT_CRITERIA",
    "TRANSITIONS",
    "Anchor",
    "AnchorState",
    "Comment",
    "Located",
    "PersonPage",
    "Review",
    "StatusChange",
    "Verdict",
    "allowed_next",
    "can_move",
    "find_quote",
    "follow_change",
    "is_editor_decision",
    "locate",
    "make_anchor",
    "may_move",
    "mean_rating",
    "needs_reason",
    "rating_problem",
    "rubric_problem",
    "verdict_status",
]
