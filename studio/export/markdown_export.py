"""Markdown with YAML front matter: the article as a static site generator or another Qalam
library reads it back (`qalam import` takes the same keys).

The body is written exactly as stored — no reformatting, so a round trip changes nothing.
"""

from __future__ import annotations

from typing import Any

import yaml

from studio.library.records import ArticleDetail


def front_matter(article: ArticleDetail) -> dict[str, Any]:
    fields: dict[str, Any] = {"title": article.title}
    if article.author:
        fields["author"] = article.author
    if article.client:
        fields["client"] = article.client
    if article.tags:
        fields["tags"] = list(article.tags)
    fields["status"] = article.status.value
    fields["lang"] = article.lang
    if article.direction in ("ltr", "rtl"):
        fields["direction"] = article.direction
    # ISO text, not a YAML timestamp: every reader parses it the same way, timezone-free.
    fields["created"] = article.created.replace(microsecond=0).isoformat()
    return fields


def markdown_document(article: ArticleDetail) -> str:
    header = yaml.safe_dump(
        front_matter(article),
        allow_unicode=True,
        sort_keys=False,
        default_flow_style=False,
        width=1_000_000,  # a long Arabic title stays on one line
    )
    return f"---\n{header}---\n\n{article.body}"
