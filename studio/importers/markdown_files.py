"""Markdown files, with the optional YAML front matter that static site generators and note apps
write (`---` lines around `key: value` pairs at the very top)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from studio.importers import fields
from studio.importers.encoding import decode_text
from studio.importers.errors import (
    BAD_FRONT_MATTER,
    BAD_FRONT_MATTER_VALUE,
    EMPTY_FILE,
    FRONT_MATTER_NOT_MAPPING,
    ImportRefused,
    refusal_for_os_error,
)
from studio.importers.images import local_image
from studio.importers.sources import ByteCounter, read_capped
from studio.library.records import ArticleDraft, AssetFile, Refusal
from studio.text.markdown_code import sub_outside_code

_OPENING_RE = re.compile(r"---[ \t]*(?:\r\n|\n)")
# Jekyll and Pandoc both accept "..." as the closing line.
_CLOSING_RE = re.compile(r"^(?:---|\.\.\.)[ \t]*(?:\r\n|\n|\Z)", re.MULTILINE)
# The blank lines between the front matter and the text belong to neither.
_LEADING_BLANK_LINES_RE = re.compile(r"(?:[ \t]*(?:\r\n|\r|\n))+")
_LINE_RE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+\Z")
_FENCE_RE = re.compile(r" {0,3}(`{3,}|~{3,})")
# An image's destination: `![alt](path "title")`, `![alt](<path with spaces>)`, or a reference
# definition `[label]: path` that an image may use.
_IMAGE_DESTINATION_RE = re.compile(
    r"(?:!\[(?:[^\]\\\n]|\\.)*\]\(\s*|^[ ]{0,3}\[[^\]\n]+\]:[ \t]*)"
    r"(?:<(?P<angled>[^>\n]+)>|(?P<bare>[^\s)<>]+))",
    re.MULTILINE,
)
_H1_RE = re.compile(r" {0,3}#(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*")


@dataclass(frozen=True, slots=True)
class MarkdownParts:
    front_matter: dict[str, Any]
    body: str


def split_front_matter(text: str) -> MarkdownParts:
    """The front matter's fields (keys lowered) and the Markdown after it. Raises
    `ImportRefused` when the block is there but is not a YAML mapping."""
    opening = _OPENING_RE.match(text)
    closing = _CLOSING_RE.search(text, opening.end()) if opening else None
    if opening is None or closing is None:
        return MarkdownParts({}, text)
    block = text[opening.end() : closing.start()]
    try:
        data = yaml.safe_load(block)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        # Count lines from the top of the file: the opening "---" is line 1.
        line = mark.line + 2 if mark is not None else 1
        raise ImportRefused(BAD_FRONT_MATTER, line=line, detail=exc.problem or str(exc)) from None
    except (yaml.YAMLError, ValueError, RecursionError) as exc:
        # ValueError: a date such as 2024-13-45 that YAML's own timestamp parser rejects.
        raise ImportRefused(BAD_FRONT_MATTER_VALUE, detail=str(exc)) from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ImportRefused(FRONT_MATTER_NOT_MAPPING)
    rest = text[closing.end() :]
    blank = _LEADING_BLANK_LINES_RE.match(rest)
    if blank is not None:
        rest = rest[blank.end() :]
    return MarkdownParts(fields.lowered_keys(data), rest)


def first_heading(markdown: str) -> str | None:
    """The text of the first level-1 ATX heading (`# Title`), skipping fenced code, where a `#`
    starts a shell comment rather than a heading."""
    fence: str | None = None
    for match in _LINE_RE.finditer(markdown):
        line = match.group().rstrip("\r\n")
        opened = _FENCE_RE.match(line)
        if fence is not None:
            if opened and _closes(fence, opened.group(1), line[opened.end() :]):
                fence = None
            continue
        if opened:
            fence = opened.group(1)
            continue
        heading = _H1_RE.fullmatch(line)
        if heading and heading.group(1) and heading.group(1).strip():
            return heading.group(1).strip()
    return None


def _closes(fence: str, candidate: str, after: str) -> bool:
    """A fence closes with the same character, at least as many times, and nothing after."""
    return candidate[0] == fence[0] and len(candidate) >= len(fence) and not after.strip()


def with_local_images(markdown: str, folder: Path) -> tuple[str, list[AssetFile]]:
    """`markdown` with images it names by a path in its own folder (as a Markdown export writes
    them) taken in as library assets and pointed at as `asset:SHA256`; other images untouched.
    Raises `ImportRefused` for an image too large to take in."""
    if "](" not in markdown and "]:" not in markdown:
        return markdown, []
    assets: dict[str, AssetFile] = {}

    def relink(match: re.Match[str]) -> str:
        source = match["angled"] or match["bare"]
        asset = local_image(folder, source)
        if asset is None:
            return match[0]
        assets[asset.sha256] = asset
        start, end = match.span("angled" if match["angled"] else "bare")
        offset = match.start()
        return f"{match[0][: start - offset]}asset:{asset.sha256}{match[0][end - offset :]}"

    return sub_outside_code(_IMAGE_DESTINATION_RE, relink, markdown), list(assets.values())


def read_markdown_file(
    path: Path, counter: ByteCounter | None = None
) -> Iterator[ArticleDraft | Refusal]:
    source = str(path)
    try:
        parts = split_front_matter(decode_text(read_capped(path, counter)).text)
        if not parts.body.strip():
            raise ImportRefused(EMPTY_FILE)
        meta = parts.front_matter
        title = fields.optional_text(meta, "title", max_chars=None)
        body, assets = with_local_images(parts.body, path.parent)
        draft = ArticleDraft(
            title=title or first_heading(parts.body) or path.stem,
            body=body,
            assets=assets,
            source_path=source,
            **fields.draft_metadata(meta),
        )
    except ImportRefused as exc:
        yield exc.refusal(source)
        return
    except OSError as exc:
        yield refusal_for_os_error(source, exc)
        return
    yield draft
