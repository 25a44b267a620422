"""The authorship record: which characters of an article were typed, pasted, imported or declared
AI-written, and how much of what was pasted the writer reworked. No Qt, no database."""

from studio.authorship.record import (
    AuthorshipMismatch,
    AuthorshipRecord,
    AuthorshipSummary,
    EventInfo,
    Origin,
    Span,
    UndoSnapshots,
)
from studio.authorship.remap import follow_edit

__all__ = [
    "AuthorshipMismatch",
    "AuthorshipRecord",
    "AuthorshipSummary",
    "EventInfo",
    "Origin",
    "Span",
    "UndoSnapshots",
    "follow_edit",
]
