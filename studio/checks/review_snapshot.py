"""The checklist kept with a review: what the editor saw when they rated the piece."""

from __future__ import annotations

from datetime import datetime

from studio.checks import checklist as cl
from studio.checks.engine import check
from studio.checks.model import AuthorshipShares
from studio.library import Library, checks_store


def keep_checklist(lib: Library, article_id: int, review_id: int) -> int:
    """The checklist as it stands (checks run now, the article's ticks and dismissals, its
    client's template), kept with the review; returns the snapshot's id. The passage-reuse item
    is left unchecked here: searching the whole library would make reviewing slow."""
    article = lib.get(article_id)
    # What the editor saw happen to the text weighs in, as in the studio and `qalam check ID`.
    shares = AuthorshipShares.from_summary(lib.authorship(article_id).summary())
    result = check(article.body, authorship=shares)
    items = cl.evaluate(
        cl.template_for(article.client, checks_store.templates(lib)),
        article.body,
        result,
        ticks=checks_store.ticks(lib, article_id),
        dismissals=checks_store.dismissals(lib, article_id),
        target_words=article.target_words,
        reuse_checked=False,
    )
    payload = cl.snapshot(items, result, article.body, datetime.now().replace(microsecond=0))
    return checks_store.add_snapshot(lib, article_id, payload, review_id)
