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


# YAML reads these as line breaks inside a plain or single-quoted value and folds them into a
# space; only double quotes keep them (as the escapes \N, \L and \P).
_YAML_BREAKS = ("\x85", "\u2028", "\u2029")


class _FrontMatterDumper(yaml.SafeDumper):
    """Writes every value so that reading it back gives exactly the same text."""


def _represent_text(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = '"' if any(ch in value for ch in _YAML_BREAKS) else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_FrontMatterDumper.add_representer(str, _represent_text)


def markdown_document(article: ArticleDetail) -> str:
    header = yaml.dump(
        front_matter(article),
        Dumper=_FrontMatterDumper,
        allow_unicode=True,
        sort_keys=False,
        default_flow_style=False,
        width=1_000_000,  # a long Arabic title stays on one line
    )
    return f"---\n{header}---\n\n{article.body}"
