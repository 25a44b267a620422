"""Checking the library's articles that were never checked, so that every row of the library
table carries its badge: imported pieces are checked as `qalam check ID` checks them (style and
the authorship record; reused passages are looked for when a piece is opened in the editor)."""

from __future__ import annotations

import logging
from typing import Any

from studio.checks.engine import Checker
from studio.checks.model import AuthorshipShares
from studio.checks.score import model_version
from studio.library import Library, checks_store

_log = logging.getLogger(__name__)


def stored_authorship(lib: Any, article_id: int) -> AuthorshipShares | None:
    """The shares of the article's stored authorship record, or None when the library keeps
    none (an older library, a body never opened in the editor counts as all imported)."""
    reader = getattr(lib, "authorship", None)
    if reader is None:
        return None
    return AuthorshipShares.from_summary(reader(article_id).summary())


def check_unchecked(
    lib: Library, checker: Checker, limit: int, after: int = 0
) -> tuple[dict[int, str], int]:
    """Checks up to `limit` never-checked articles with ids above `after`, oldest first, and
    keeps each result with its article (never over a result stored meanwhile). Returns the
    flags kept and the last id looked at (`after` when none is left): the next batch starts
    there."""
    flags: dict[int, str] = {}
    model = model_version()
    last = after
    for article_id, body in checks_store.unchecked(lib, limit, after):
        last = article_id
        try:
            result = checker.check(body, authorship=stored_authorship(lib, article_id))
        except Exception:
            # One piece the engine cannot read must not keep every later one without its
            # badge: it stays unchecked (its panel says so when it is opened) and the pass goes on.
            _log.exception("checking article %s for its badge failed", article_id)
            continue
        if checks_store.save_result(lib, article_id, body, result, model, replace=False):
            flags[article_id] = str(result.flag)
    return flags, last
