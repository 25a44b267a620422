"""The review checklist engine: rules, findings, the AI-only score and checklist templates.

Pure Python, no Qt and no SQL (persistence lives in studio.library).
"""

from studio.checks.engine import MIN_WORDS, Checker, check
from studio.checks.model import (
    AuthorshipShares,
    CheckResult,
    Finding,
    Flag,
    ReusedSpan,
    Severity,
)

__all__ = [
    "MIN_WORDS",
    "AuthorshipShares",
    "CheckResult",
    "Checker",
    "Finding",
    "Flag",
    "ReusedSpan",
    "Severity",
    "check",
]
