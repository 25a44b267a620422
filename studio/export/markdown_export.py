"""Markdown with YAML front matter: the article as a static site generator or another Qalam
library reads it back (`qalam import` takes the same keys).

The body is written as stored — no reformatting, so a round trip changes nothing — except that
library images (`asset:SHA256`, meaningless outside the library) point at their files in a folder
beside the document, which the export writes and `qalam import` takes back in.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

from studio.export.images import IMAGE_EXTENSIONS, AssetLookup, asset_file_name
from studio.library.records import ArticleDetail
from studio.text.markdown_code import sub_outside_code

# An image destination naming a library asset: in `![alt](asset:…)` (optionally in <…>) or in a
# reference definition `[label]: asset:…`.
_ASSET_DESTINATION = re.compile(
    r"(?P<lead>\]\(\s*<?|^[ ]{0,3}\[[^\]\n]+\]:[ \t]*<?)asset:(?P<sha>[0-9A-Fa-f]{64})",
    re.MULTILINE,
)


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


def with_asset_files(
    body: str, folder: str, lookup: AssetLookup | None
) -> tuple[str, dict[str, bytes]]:
    """`body` with its library images pointing into `folder`, and the files to write there
    (name -> bytes). Images the library no longer holds keep their `asset:` reference."""
    files: dict[str, bytes] = {}

    def relink(match: re.Match[str]) -> str:
        asset = lookup(match["sha"].lower()) if lookup else None
        if asset is None or asset.mime not in IMAGE_EXTENSIONS:
            return match[0]
        name = asset_file_name(asset)
        files[name] = asset.data
        return f"{match['lead']}{folder}/{name}"

    return sub_outside_code(_ASSET_DESTINATION, relink, body), files


def markdown_document(article: ArticleDetail, body: str | None = None) -> str:
    """The document's text: front matter, then the stored body (or `body`, its images
    relinked by `with_asset_files`)."""
    header = yaml.dump(
        front_matter(article),
        Dumper=_FrontMatterDumper,
        allow_unicode=True,
        sort_keys=False,
        default_flow_style=False,
        width=1_000_000,  # a long Arabic title stays on one line
    )
    return f"---\n{header}---\n\n{article.body if body is None else body}"
