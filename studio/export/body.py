"""An article's Markdown as clean, direction-aware HTML: the body every export format starts from.

CommonMark with tables and footnotes (markdown-it-py and mdit-py-plugins). Every block carries the
direction of its own text, judged by `studio.text.block_direction` with the article's direction,
so an English quotation inside an Arabic article reads left to right and an Arabic line that opens
with an English word stays right to left. Code is always left to right. The output has been through
the sanitiser, whatever raw HTML the author typed.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping
from copy import copy
from dataclasses import dataclass
from functools import cache
from html import escape

from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.footnote import footnote_plugin

from studio.export.sanitise import sanitise_html
from studio.text import Direction, block_direction, paragraph_direction

# Blocks whose text sets their own direction, and containers that take the direction of the first
# block inside them with a strong character (so a list's bullets sit on its reading side).
_TEXT_BLOCKS = {"paragraph_open", "heading_open", "list_item_open", "th_open", "td_open"}
_CONTAINERS = {"bullet_list_open", "ordered_list_open", "blockquote_open", "table_open"}
_TEXT_CHILDREN = {"text", "code_inline"}
_ALIGN_STYLE = re.compile(r"text-align:(left|center|right)")
_SPACES = re.compile(r"\s+")
_TAGS = re.compile(r"<[^>]+>")
DESCRIPTION_CHARS = 160
# A text editor's wrapping width, and what ends a sentence (see `_looks_hard_wrapped`).
WRAP_MIN, WRAP_MAX = 40, 100
_SENTENCE_ENDS = frozenset(".!?؟…:;؛\"'”’»)]*_")

# Given an image's Markdown source and description, the `src` to write, or None to show the
# description in its place (a local file, an asset the library lacks).
ImageResolver = Callable[[str, str], str | None]


@dataclass(frozen=True, slots=True)
class Heading:
    level: int
    anchor: str
    text: str
    direction: Direction


@dataclass(frozen=True, slots=True)
class RenderedBody:
    html: str
    headings: list[Heading]
    # The body's first paragraph as plain text, cut to a meta description's length.
    description: str


def article_direction(direction: str, lang: str) -> Direction:
    """The article's own setting ('rtl'/'ltr'), or, when it says 'auto', its language's."""
    if direction in (Direction.RTL, Direction.LTR):
        return Direction(direction)
    return Direction.RTL if lang == "ar" else Direction.LTR


def overridden_direction(
    overrides: Mapping[int, str] | None, lines: list[int] | None
) -> Direction | None:
    """The writer's direction for a block spanning source `lines` ([first, end) as markdown-it
    maps them): the override of its first line that has one, else None (judge by the text)."""
    if not overrides or not lines:
        return None
    for line in range(lines[0], max(lines[1], lines[0] + 1)):
        if (setting := overrides.get(line)) in (Direction.RTL, Direction.LTR):
            return Direction(setting)
    return None


def inline_text(token: Token) -> str:
    return "".join(child.content for child in token.children or () if child.type in _TEXT_CHILDREN)


def first_strong_text(tokens: list[Token], start: int) -> str:
    """Text of the first inline inside the block opened at `start` that has a strong character."""
    level = tokens[start].level
    first = ""
    for token in tokens[start + 1 :]:
        if token.nesting == -1 and token.level == level:
            break
        if token.type == "inline":
            text = inline_text(token)
            if paragraph_direction(text) is not None:
                return text
            first = first or text
    return first


def slug(text: str) -> str:
    """An anchor from a heading's words, Arabic letters kept (HTML ids may hold any letter)."""
    kept = []
    for ch in unicodedata.normalize("NFC", text.lower()):
        category = unicodedata.category(ch)
        if category[0] in "LN":
            kept.append(ch)
        elif ch in " -_" or category == "Zs":
            kept.append("-")
    return re.sub("-{2,}", "-", "".join(kept)).strip("-") or "section"


def _render_code_block(
    _renderer: object, tokens: list[Token], idx: int, _options: object, _env: object
) -> str:
    token = tokens[idx]
    language = token.info.strip().split(" ")[0] if token.info else ""
    css = f' class="language-{escape(language)}"' if language else ""
    return f'<pre dir="ltr"><code{css}>{escape(token.content)}</code></pre>\n'


def _render_code_inline(
    _renderer: object, tokens: list[Token], idx: int, _options: object, _env: object
) -> str:
    # dir isolates the code, so its punctuation does not jump sides in a right-to-left sentence.
    return f'<code dir="ltr">{escape(tokens[idx].content)}</code>'


def _render_image(
    _renderer: object, tokens: list[Token], idx: int, _options: object, env: dict
) -> str:
    token = tokens[idx]
    alt = inline_text(token) or token.content or ""
    title = str(token.attrGet("title") or "")
    source = env["resolve_image"](str(token.attrGet("src") or ""), alt)
    if source is None:
        # The description stands in for a picture this export cannot carry.
        return f'<span class="missing-image">{escape(alt)}</span>' if alt else ""
    image = f'<img src="{escape(source)}" alt="{escape(alt)}" loading="lazy">'
    if not token.meta.get("figure"):
        return image
    caption = title or alt
    figcaption = f"<figcaption>{escape(caption)}</figcaption>" if caption else ""
    return f"<figure>{image}{figcaption}</figure>\n"


def _render_footnote_anchor(
    _renderer: object, tokens: list[Token], idx: int, _options: object, _env: object
) -> str:
    token = tokens[idx]
    ident = f"fnref{token.meta['id'] + 1}"
    if token.meta.get("subId", 0) > 0:
        ident += f":{token.meta['subId']}"
    # U+21A9 with the text presentation selector: the arrow, never an emoji.
    return f' <a href="#{ident}" class="footnote-backref" dir="ltr">\u21a9\ufe0e</a>'


@cache
def markdown() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": True}).enable("table").use(footnote_plugin)
    md.add_render_rule("fence", _render_code_block)
    md.add_render_rule("code_block", _render_code_block)
    md.add_render_rule("code_inline", _render_code_inline)
    md.add_render_rule("image", _render_image)
    md.add_render_rule("footnote_anchor", _render_footnote_anchor)
    return md


def _drop_title_heading(tokens: list[Token], title: str) -> list[Token]:
    """A body that opens with the article's title as `# Title` would show it twice."""
    if (
        len(tokens) >= 3
        and tokens[0].type == "heading_open"
        and tokens[0].tag == "h1"
        and tokens[1].content.strip() == title.strip()
    ):
        return tokens[3:]
    return tokens


def _segments(children: list[Token]) -> list[tuple[int, list[Token]]]:
    """An inline's children cut at its soft line breaks: (source line offset, children)."""
    segments: list[tuple[int, list[Token]]] = [(0, [])]
    line = 0
    for child in children:
        if child.type in ("softbreak", "hardbreak"):
            line += 1
        if child.type == "softbreak":
            segments.append((line, []))
        else:
            segments[-1][1].append(child)
    return segments


def _looks_hard_wrapped(lines: list[str]) -> bool:
    """Prose wrapped at a fixed width by a text editor, which Markdown joins into one paragraph:
    every line but the last of a wrapping width, most of them cut mid-sentence."""
    body = [line.strip() for line in lines[:-1]]
    if not body or any(not WRAP_MIN <= len(line) <= WRAP_MAX for line in body):
        return False
    cut = sum(1 for line in body if line[-1] not in _SENTENCE_ENDS)
    return cut * 2 > len(body)


def split_line_paragraphs(tokens: list[Token]) -> list[Token]:
    """Each line of a paragraph as a paragraph of its own, as the editor shows it.

    The editor makes every Return a paragraph with its own direction; plain Markdown would join
    lines separated by a single line break into one paragraph, so an English line between two
    Arabic ones would be laid out right to left in the export, and two paragraphs typed with one
    Return between them would become one. Lines wrapped at a fixed width by another program stay
    joined. In a tight list item (no paragraph tags) a line becomes a line break instead.
    """
    out: list[Token] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if (
            token.type != "paragraph_open"
            or index + 2 >= len(tokens)
            or tokens[index + 1].type != "inline"
            or not any(c.type == "softbreak" for c in tokens[index + 1].children or ())
        ):
            out.append(token)
            index += 1
            continue
        opening, inline, closing = tokens[index : index + 3]
        index += 3
        segments = _segments(inline.children or [])
        lines = ["".join(c.content for c in seg) for _line, seg in segments]
        if _looks_hard_wrapped(lines):
            out.extend((opening, inline, closing))
            continue
        if opening.hidden:
            for child in inline.children or ():
                if child.type == "softbreak":
                    child.type, child.tag = "hardbreak", "br"
            out.extend((opening, inline, closing))
            continue
        first = opening.map[0] if opening.map else None
        for line, children in segments:
            if not children:
                continue
            part_open, part_inline, part_close = copy(opening), copy(inline), copy(closing)
            part_open.attrs = dict(opening.attrs)
            if first is not None:
                part_open.map = [first + line, first + line + 1]
            part_inline.children = children
            part_inline.content = "".join(c.content for c in children)
            out.extend((part_open, part_inline, part_close))
    return out


def _mark_figures(tokens: list[Token]) -> None:
    """A paragraph holding only an image becomes a figure with a caption."""
    for index in range(len(tokens) - 2):
        opening, inline, closing = tokens[index : index + 3]
        if opening.type != "paragraph_open" or closing.type != "paragraph_close":
            continue
        children = [c for c in inline.children or () if c.type != "softbreak"]
        if len(children) == 1 and children[0].type == "image":
            opening.hidden = closing.hidden = True
            children[0].meta["figure"] = True


def render_body(
    markdown_text: str,
    default: Direction,
    *,
    title: str = "",
    resolve_image: ImageResolver | None = None,
    local_image_prefix: str | None = None,
    overrides: Mapping[int, str] | None = None,
) -> RenderedBody:
    """The body as sanitised HTML, its headings (for a table of contents) and a description.

    The article's title is the page's one h1: body headings are shifted so the highest of them
    becomes h2. `overrides` are the writer's per-paragraph directions (line index of
    `markdown_text` -> 'rtl'/'ltr'); they win over the text's own direction.
    """
    md = markdown()
    env = {"resolve_image": resolve_image or (lambda source, _alt: source)}
    tokens = split_line_paragraphs(_drop_title_heading(md.parse(markdown_text, env), title))
    _mark_figures(tokens)
    levels = [int(t.tag[1]) for t in tokens if t.type == "heading_open"]
    shift = 2 - min(levels) if levels else 0
    headings: list[Heading] = []
    anchors: set[str] = set()
    description = ""
    for index, token in enumerate(tokens):
        if token.type in ("heading_open", "heading_close"):
            token.tag = f"h{min(max(int(token.tag[1]) + shift, 2), 6)}"
        if token.type in ("th_open", "td_open"):
            style = str(token.attrGet("style") or "")
            if match := _ALIGN_STYLE.search(style):
                token.attrs.pop("style", None)
                token.attrSet("class", f"align-{match.group(1)}")
        if token.type not in _TEXT_BLOCKS and token.type not in _CONTAINERS:
            continue
        direction = (
            (overridden_direction(overrides, token.map) if token.type in _TEXT_BLOCKS else None)
            or block_direction(first_strong_text(tokens, index), default)
            or default
        )
        token.attrSet("dir", direction.value)
        if token.type == "heading_open":
            text = _SPACES.sub(" ", inline_text(tokens[index + 1])).strip()
            anchor = base = f"h-{slug(text)}"
            counter = 2
            while anchor in anchors:
                anchor, counter = f"{base}-{counter}", counter + 1
            anchors.add(anchor)
            token.attrSet("id", anchor)
            headings.append(Heading(int(token.tag[1]), anchor, text, direction))
        elif token.type == "paragraph_open" and not description and not token.hidden:
            description = _SPACES.sub(" ", inline_text(tokens[index + 1])).strip()
    html = md.renderer.render(tokens, md.options, env)
    return RenderedBody(
        html=sanitise_html(html, local_image_prefix=local_image_prefix),
        headings=headings,
        description=shorten(description, DESCRIPTION_CHARS),
    )


def shorten(text: str, limit: int) -> str:
    """`text` cut at a word boundary to at most `limit` characters, with an ellipsis if cut."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(" ،,;؛:")
    return cut + "…"


def plain_text(html: str) -> str:
    """Readable plain text of rendered HTML, one blank line between blocks: what a CMS's plain
    field or an e-mail gets."""
    from html.parser import HTMLParser

    blocks = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "pre", "blockquote", "tr", "figure"}
    parts: list[str] = []

    class _Text(HTMLParser):
        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            if tag == "li":
                parts.append("\n- ")
            elif tag in blocks:
                parts.append("\n\n")
            elif tag in ("td", "th"):
                parts.append("\t")
            elif tag == "br":
                parts.append("\n")

        def handle_endtag(self, tag: str) -> None:
            if tag in blocks:
                parts.append("\n")

        def handle_data(self, data: str) -> None:
            parts.append(data)

    parser = _Text(convert_charrefs=True)
    parser.feed(html)
    parser.close()
    text = "".join(parts)
    lines = [line.rstrip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"


def strip_tags(html: str) -> str:
    return _SPACES.sub(" ", _TAGS.sub("", html)).strip()
