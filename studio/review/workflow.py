"""Which status an article may move to from which, and which moves need a reason.

The table follows how a small editorial desk works:

- A writer drafts, then submits (draft → in review). While it waits they may withdraw it
  (in review → draft) without explaining themselves.
- The editor approves it, or sends it back (→ changes requested, with a reason), or rejects it
  outright (in review → archived, with a reason).
- After changes the writer resubmits (changes requested → in review) or keeps reworking it as a
  draft.
- An approved piece is published, or the editor reconsiders and sends it back (with a reason).
- A published piece can still need a correction (→ changes requested, with a reason); it does
  not go back to "approved" or "in review" directly, so the trail always says why it reopened.
- Anything can be archived; an archived piece can only be restored to draft, never straight to
  published: it has to go through review again.

Staying in the same status is not a transition and is refused.

Who decides: approving, publishing, sending back and rejecting are the editor's decisions
(`is_editor_decision`); a writer submits, withdraws, resubmits, archives and restores. The studio
window holds its user to this by the role of their profile; the library itself and `qalam status`
record any allowed move, so a script or an editor working from someone else's machine is not
locked out.
"""

from __future__ import annotations

from studio.library.records import Status
from studio.review.rating import Verdict

TRANSITIONS: dict[Status, frozenset[Status]] = {
    Status.DRAFT: frozenset({Status.IN_REVIEW, Status.ARCHIVED}),
    Status.IN_REVIEW: frozenset(
        {Status.DRAFT, Status.CHANGES_REQUESTED, Status.APPROVED, Status.ARCHIVED}
    ),
    Status.CHANGES_REQUESTED: frozenset({Status.IN_REVIEW, Status.DRAFT, Status.ARCHIVED}),
    Status.APPROVED: frozenset({Status.PUBLISHED, Status.CHANGES_REQUESTED, Status.ARCHIVED}),
    Status.PUBLISHED: frozenset({Status.CHANGES_REQUESTED, Status.ARCHIVED}),
    Status.ARCHIVED: frozenset({Status.DRAFT}),
}


def allowed_next(current: Status) -> list[Status]:
    """The statuses `current` may move to, in workflow order (for menus)."""
    return [s for s in Status if s in TRANSITIONS[Status(current)]]


def can_move(current: Status, new: Status) -> bool:
    return Status(new) in TRANSITIONS[Status(current)]


def is_editor_decision(current: Status, new: Status) -> bool:
    """Whether moving from `current` to `new` is a verdict on the piece — approve, publish, send
    back, reject, or take a reviewed piece out of circulation — which only an editor makes. A
    writer may still archive their own draft or a piece sent back to them."""
    new = Status(new)
    if new in (Status.APPROVED, Status.PUBLISHED, Status.CHANGES_REQUESTED):
        return True
    return new is Status.ARCHIVED and Status(current) in (
        Status.IN_REVIEW,
        Status.APPROVED,
        Status.PUBLISHED,
    )


def may_move(role: str | None, current: Status, new: Status) -> bool:
    """Whether someone with `role` ("writer", "editor"; None: not known yet) may make the move;
    the workflow's table still has the last word (`can_move`)."""
    return role != "writer" or not is_editor_decision(current, new)


def needs_reason(current: Status, new: Status) -> bool:
    """Sending a piece back, and rejecting one under review, must say why: the writer acts on
    the reason."""
    new = Status(new)
    if new is Status.CHANGES_REQUESTED:
        return True
    return Status(current) is Status.IN_REVIEW and new is Status.ARCHIVED


def verdict_status(current: Status, verdict: Verdict) -> Status | None:
    """The status a review's verdict moves an article under review to; None when the article is
    not under review (a review of a draft or of a published piece is recorded, nothing moves)."""
    if Status(current) is not Status.IN_REVIEW:
        return None
    return {
        Verdict.APPROVE: Status.APPROVED,
        Verdict.REQUEST_CHANGES: Status.CHANGES_REQUESTED,
        Verdict.REJECT: Status.ARCHIVED,
    }[Verdict(verdict)]
