"""The reading pane's page: an article's Markdown as HTML with a direction on every block.

Pure Python (no Qt), so the rules can be tested on their own. Directions come from
`studio.text.block_direction` with the article's default direction. Qt's rich-text engine honours
`dir` on p, h1–h6, li and td/th (checked in tests/gui/test_reader.py); `align` is written too
because an explicit alignment survives a reader that ignores `dir`.

Raw HTML in an article is shown as text, never rendered, and images are shown as a link with
their description: the reading pane must not load files or addresses named by the text.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from html import escape

from markdown_it import MarkdownIt
from markdown_it.token import Token

from studio.export.body import (
    article_direction,
    first_strong_text,
    inline_text,
    overridden_direction,
    split_line_paragraphs,
)
from studio.text import Direction
from studio.text import block_direction as text_block_direction

# Blocks whose text sets their own direction, and containers that take the direction of the
# first block inside them with a strong character (so a list's bullets sit on its reading side).
_ALIGNED_BLOCKS = {"paragraph_open", "heading_open", "list_item_open", "th_open", "td_open"}
_CONTAINERS = {"bullet_list_open", "ordered_list_open", "blockquote_open", "table_open"}
SAFE_LINK_SCHEMES = ("http://", "https://")
_TABLE_ATTRS = (("border", "1"), ("cellspacing", "0"), ("cellpadding", "6"))
HIGHLIGHT_STYLE = "background-color:#fbe7a1; color:#1d1d1d;"


def stylesheet(base_pt: float) -> str:
    """The page's CSS. Qt's rich text knows no `em`, so heading sizes are computed from the
    reading font's size."""

    def pt(factor: float) -> str:
        return f"{base_pt * factor:.1f}pt"

    return f"""
body {{ color: #222222; }}
h1 {{ font-size: {pt(1.6)}; font-weight: 600; margin-top: 0px; margin-bottom: 4px; }}
h2 {{ font-size: {pt(1.3)}; font-weight: 600; margin-top: 14px; margin-bottom: 6px; }}
h3 {{ font-size: {pt(1.15)}; font-weight: 600; margin-top: 12px; margin-bottom: 4px; }}
h4, h5, h6 {{ font-size: {pt(1.0)}; font-weight: 600; margin-top: 10px; margin-bottom: 4px; }}
p {{ line-height: 135%; margin-top: 0px; margin-bottom: 12px; }}
li {{ line-height: 135%; margin-top: 0px; margin-bottom: 4px; }}
blockquote {{ color: #555555; }}
th {{ background-color: #f0eee8; font-weight: 600; }}
table {{ border-collapse: collapse; border-color: #dcd8ce; margin-bottom: 12px; }}
pre {{ background-color: #f4f4f2; font-family: monospace; font-size: {pt(0.85)}; }}
.byline {{ color: #6b6b6b; font-size: {pt(0.9)}; margin-bottom: 18px; }}
.match {{ background-color: #f7f5ee; color: #3b3b3b; margin-bottom: 0px; }}
.label {{ color: #7a6a2f; font-weight: 600; font-size: {pt(0.85)}; }}
.empty {{ color: #8a8a8a; }}
"""


@dataclass(frozen=True, slots=True)
class ReaderPage:
    """Everything the pane shows, already translated by the caller."""

    title: str
    byline: Sequence[str]
    body: str
    default: Direction
    interface: Direction
    # A search hit: the label above it, the snippet and the (start, end) of its matched words.
    match_label: str | None = None
    snippet: str | None = None
    highlights: Sequence[tuple[int, int]] = field(default_factory=tuple)
    empty_body: str = ""
    font_pt: float = 12.0
    # The writer's per-paragraph directions (body line index -> 'rtl'/'ltr').
    overrides: Mapping[int, str] = field(default_factory=dict)


# The export's rules, so the reading pane, the editor's preview and every export agree.
article_default_direction = article_direction


def direction_attrs(direction: Direction) -> str:
    align = "right" if direction is Direction.RTL else "left"
    return f' dir="{direction.value}" align="{align}"'


def block_direction(text: str, default: Direction) -> Direction:
    """A block mostly in the article's script takes the article's direction (so "ChatGPT أداة
    مفيدة" reads right to left in an Arabic article); any other follows its first strong
    character, by the Unicode rules."""
    return text_block_direction(text, default) or default


# Markdown syntax a search snippet (cut from the raw body, line breaks turned into spaces) may
# hold: heading, quote and list markers at the start of a line, emphasis, code and link syntax.
_SNIPPET_MARKUP = re.compile(
    r"(?:^|(?<=\s))(?:#{1,6}|>|[-*+])\s"
    r"|\*\*|__|`"
    r"|!?\[(?=[^\]]*\]\()|\]\([^)\s]*\)"
)


def strip_markup(
    snippet: str, highlights: Sequence[tuple[int, int]] = ()
) -> tuple[str, list[tuple[int, int]]]:
    """The snippet without Markdown syntax, and its highlight spans moved to match."""
    removed = [False] * len(snippet)
    for match in _SNIPPET_MARKUP.finditer(snippet):
        for position in range(match.start(), match.end()):
            removed[position] = True
    # kept_before[i]: characters kept in snippet[:i], so an offset maps by lookup.
    kept_before = [0]
    for gone in removed:
        kept_before.append(kept_before[-1] + (not gone))
    text = "".join(ch for ch, gone in zip(snippet, removed, strict=True) if not gone)
    spans = []
    for start, end in highlights:
        start, end = max(0, min(start, len(snippet))), max(0, min(end, len(snippet)))
        if kept_before[end] > kept_before[start]:
            spans.append((kept_before[start], kept_before[end]))
    return text, spans


def highlighted(snippet: str, highlights: Sequence[tuple[int, int]]) -> str:
    """`snippet` as HTML, without Markdown syntax, with its matched words marked; overlapping or
    out-of-range spans are clipped rather than trusted."""
    snippet, highlights = strip_markup(snippet, highlights)
    parts: list[str] = []
    position = 0
    for start, end in sorted(highlights):
        start = max(start, position)
        end = min(end, len(snippet))
        if start >= end:
            continue
        parts.append(escape(snippet[position:start]))
        parts.append(f'<span style="{HIGHLIGHT_STYLE}">{escape(snippet[start:end])}</span>')
        position = end
    parts.append(escape(snippet[position:]))
    return "".join(parts)


def _render_image(
    _renderer: object, tokens: list[Token], idx: int, _options: object, _env: object
) -> str:
    token = tokens[idx]
    description = escape(inline_text(token) or token.content or "")
    source = str(token.attrGet("src") or "")
    label = f"[{description}]" if description else "[image]"
    if source.lower().startswith(SAFE_LINK_SCHEMES):
        return f'<a href="{escape(source)}">{label}</a>'
    return label


def _render_code(
    _renderer: object, tokens: list[Token], idx: int, _options: object, _env: object
) -> str:
    # Code reads left to right in any article.
    return f'<pre dir="ltr" align="left">{escape(tokens[idx].content.rstrip(chr(10)))}</pre>\n'


@cache
def _markdown() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False}).enable("table")
    md.add_render_rule("image", _render_image)
    md.add_render_rule("fence", _render_code)
    md.add_render_rule("code_block", _render_code)
    return md


def render_body(
    markdown: str, default: Direction, overrides: Mapping[int, str] | None = None
) -> str:
    """The article's Markdown as HTML, each block marked with its own direction (the
    writer's override for its line when there is one)."""
    md = _markdown()
    tokens = split_line_paragraphs(md.parse(markdown))
    for index, token in enumerate(tokens):
        if token.type in ("heading_open", "heading_close"):
            # The article's title is the page's only h1; its headings sit one level below.
            token.tag = f"h{min(int(token.tag[1]) + 1, 6)}"
        if token.type not in _ALIGNED_BLOCKS and token.type not in _CONTAINERS:
            continue
        direction = (
            overridden_direction(overrides, token.map) if token.type in _ALIGNED_BLOCKS else None
        ) or block_direction(first_strong_text(tokens, index), default)
        token.attrSet("dir", direction.value)
        if token.type in _ALIGNED_BLOCKS:
            token.attrSet("align", "right" if direction is Direction.RTL else "left")
        elif token.type == "table_open":
            for name, value in _TABLE_ATTRS:
                token.attrSet(name, value)
            if direction is Direction.RTL:
                token.attrSet("align", "right")
    return md.renderer.render(_mirror_rtl_tables(tokens), md.options, {})


def _mirror_rtl_tables(tokens: list[Token]) -> list[Token]:
    """Qt lays table columns out left to right whatever the table's `dir`, so a right-to-left
    table is written with its cells reversed: its first column then stands on the right."""
    out: list[Token] = []
    rtl_table = False
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if token.type == "table_open":
            rtl_table = token.attrGet("dir") == Direction.RTL.value
        if token.type == "tr_open" and rtl_table:
            close = next(i for i in range(index, len(tokens)) if tokens[i].type == "tr_close")
            cells: list[list[Token]] = []
            for cell_token in tokens[index + 1 : close]:
                if cell_token.type in ("th_open", "td_open"):
                    cells.append([])
                if cells:
                    cells[-1].append(cell_token)
            out.append(token)
            for cell in reversed(cells):
                out.extend(cell)
            index = close
            continue
        out.append(token)
        index += 1
    return out


def render_page(page: ReaderPage) -> str:
    title_dir = block_direction(page.title, page.default)
    # Each part isolated, so a name in the other script cannot pull its neighbours around. A
    # middle dot would read as the Arabic zero (٠) beside Arabic digits: Arabic takes a comma.
    separator = "، " if page.interface is Direction.RTL else " · "
    byline = separator.join(f"\u2068{escape(part)}\u2069" for part in page.byline if part)
    pieces = [
        f"<html><head><style>{stylesheet(page.font_pt)}</style></head><body>",
        f"<h1{direction_attrs(title_dir)}>{escape(page.title)}</h1>",
        f'<p class="byline"{direction_attrs(page.interface)}>{byline}</p>',
    ]
    if page.snippet:
        snippet_dir = block_direction(page.snippet, page.default)
        label = escape(page.match_label or "")
        pieces.append(
            f'<p class="match"{direction_attrs(page.interface)}><span class="label">{label}</span>'
            "</p>"
            f'<p class="match"{direction_attrs(snippet_dir)}>'
            f"{highlighted(page.snippet, page.highlights)}</p>"
        )
    if page.body.strip():
        pieces.append(render_body(page.body, page.default, page.overrides))
    else:
        pieces.append(
            f'<p class="empty"{direction_attrs(page.interface)}>{escape(page.empty_body)}</p>'
        )
    pieces.append("</body></html>")
    return "".join(pieces)
