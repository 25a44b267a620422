"""Web pages (.html, .htm) into Markdown: headings, paragraphs, lists, quotes, emphasis, links,
code, tables and images. Nothing executable survives: scripts, styles, frames, forms and event
attributes are dropped by construction — only the elements below are read, and only their text,
link addresses (http, https, mailto) and image sources are kept.

Python's own `html.parser` reads the page: it is linear in the size of the input and never
fetches anything. Images embedded as data URIs, or files next to the page, become library assets;
images on the web stay links to the web.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

from studio.importers import limits
from studio.importers.encoding import decode_text
from studio.importers.errors import EMPTY_FILE, ImportRefused, refusal_for_os_error
from studio.importers.fields import first_line_title
from studio.importers.images import checked_image, local_image
from studio.importers.markdown_writer import BlockWriter, InlineWriter, image, table
from studio.importers.sources import ByteCounter, read_capped
from studio.library.records import ArticleDraft, AssetFile, Refusal

# Skipped with everything inside them: code, page furniture, and what a reader never sees.
_SKIPPED = {
    "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "math",
    "canvas", "form", "button", "select", "textarea", "nav", "footer", "aside",
    # A page's or an article's header: site navigation, or the title and byline (the title is
    # read from <title>); neither belongs in the body.
    "header",
    "video", "audio", "dialog", "map",
}  # fmt: skip
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
         "track", "wbr"}  # fmt: skip
_BLOCKS = {"p", "div", "section", "article", "main", "figure", "figcaption", "dd", "dt",
           "address", "details", "summary", "center"}  # fmt: skip
_INLINE_MARKS = {
    "strong": "strong", "b": "strong", "em": "em", "i": "em", "cite": "em",
    "del": "strike", "s": "strike", "strike": "strike",
}  # fmt: skip
_LINK_SCHEMES = ("http://", "https://", "mailto:")
_LONE_IMAGE = re.compile(r"!\[([^\]]*)\]\([^\s)]+\)")


class _PageReader(HTMLParser):
    def __init__(self, folder: Path | None) -> None:
        super().__init__(convert_charrefs=True)
        self.folder = folder
        self.blocks = BlockWriter()
        self.inline = InlineWriter()
        self.assets: dict[str, AssetFile] = {}
        self.page_title = ""
        self.first_heading = ""
        self._in_title = False
        self._skip_depth = 0
        self._skip_tag = ""
        # Lists and quotes around the text: [kind ("ul"|"ol"|"quote"), the item's first block
        # still to come, items so far].
        self._containers: list[list] = []
        self._heading = 0
        self._pre: list[str] | None = None
        self._table: list[list[str]] | None = None
        self._cell: InlineWriter | None = None
        # A figure's caption becomes its image's title: (blocks before the figure, caption).
        self._figure_start: int | None = None
        self._caption: InlineWriter | None = None

    # -- structure ---------------------------------------------------------------------------

    def _prefixes(self) -> tuple[str, str, bool]:
        """(first-line prefix, other-lines prefix, tight) for a block at this point."""
        first = rest = ""
        tight = False
        for container in self._containers:
            kind = container[0]
            if kind == "quote":
                first += "> "
                rest += "> "
                continue
            if container[1]:  # the item's first block carries the marker
                container[2] += 1
                first += f"{container[2]}. " if kind == "ol" else "- "
                container[1] = False
                tight = True
            else:
                first += "   "
            rest += "   "
        return first, rest, tight

    def _flush(self) -> None:
        writer = self.inline
        self.inline = InlineWriter()
        text = writer.markdown()
        if not text:
            return
        if self._heading:
            self.blocks.add(text.replace("\\\n", " "), first_prefix="#" * self._heading + " ")
            self.first_heading = self.first_heading or text
            return
        first, rest, tight = self._prefixes()
        self.blocks.add(text, first_prefix=first, prefix=rest, tight=tight)

    # -- parser events -----------------------------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._skip_depth:
            if tag == self._skip_tag:
                self._skip_depth += 1
            return
        if tag in _SKIPPED:
            if tag not in _VOID:
                self._skip_depth, self._skip_tag = 1, tag
            return
        attributes = {name: value or "" for name, value in attrs}
        if tag == "title":
            self._in_title = True
        elif self._table is not None and tag in ("td", "th"):
            self._cell = InlineWriter()
        elif tag == "tr" and self._table is not None:
            self._table.append([])
        elif tag == "table":
            self._flush()
            self._table = []
        elif tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            self._flush()
            self._heading = int(tag[1])
        elif tag == "figcaption" and self._figure_start is not None:
            self._flush()
            self._caption = InlineWriter()
        elif tag in _BLOCKS or tag == "li" or tag in ("ul", "ol", "blockquote", "hr"):
            if tag == "figure":
                self._figure_start = len(self.blocks.blocks) + (0 if self.inline.is_empty() else 1)
            self._flush()
            if tag in ("ul", "ol"):
                self._containers.append([tag, False, 0])
            elif tag == "li":
                if not self._containers or self._containers[-1][0] == "quote":
                    self._containers.append(["ul", False, 0])
                self._containers[-1][1] = True
            elif tag == "blockquote":
                self._containers.append(["quote", False, 0])
            elif tag == "hr":
                self.blocks.add("* * *")
        elif tag == "pre":
            self._flush()
            self._pre = []
        elif tag == "br":
            self._writer().hard_break()
        elif tag in _INLINE_MARKS:
            self._writer().open(_INLINE_MARKS[tag])
        elif tag == "code" and self._pre is None:
            self._writer().open("code")
        elif tag == "a":
            href = attributes.get("href", "").strip()
            if href.lower().startswith(_LINK_SCHEMES):
                self._writer().open("link", href)
        elif tag == "img":
            self._image(attributes)

    def handle_endtag(self, tag: str) -> None:
        if self._skip_depth:
            if tag == self._skip_tag:
                self._skip_depth -= 1
            return
        if tag == "title":
            self._in_title = False
        elif tag in ("td", "th") and self._cell is not None and self._table is not None:
            if not self._table:
                self._table.append([])
            self._table[-1].append(self._cell.markdown().replace("\\\n", " "))
            self._cell = None
        elif tag == "table" and self._table is not None:
            rows, self._table = self._table, None
            first, rest, _tight = self._prefixes()
            self.blocks.add(table([r for r in rows if r]), first_prefix=first, prefix=rest)
        elif tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            self._flush()
            self._heading = 0
        elif tag == "figcaption" and self._caption is not None:
            caption, self._caption = self._caption.markdown(), None
            self._caption_image(caption)
        elif tag in _BLOCKS or tag == "li":
            self._flush()
            if tag == "figure":
                self._figure_start = None
        elif tag in ("ul", "ol", "blockquote"):
            self._flush()
            kind = "quote" if tag == "blockquote" else tag
            if self._containers and self._containers[-1][0] == kind:
                self._containers.pop()
        elif tag == "pre" and self._pre is not None:
            code, self._pre = "".join(self._pre).strip("\n"), None
            fence = "~~~~" if "```" in code else "```"
            first, rest, _tight = self._prefixes()
            self.blocks.add(f"{fence}\n{code}\n{fence}", first_prefix=first, prefix=rest)
        elif tag in _INLINE_MARKS:
            self._writer().close(_INLINE_MARKS[tag])
        elif tag == "code" and self._pre is None:
            self._writer().close("code")
        elif tag == "a":
            self._writer().close("link")

    def handle_data(self, data: str) -> None:
        if self._skip_depth:
            return
        if self._in_title:
            self.page_title += data
        elif self._pre is not None:
            self._pre.append(data)
        else:
            writer = self._writer()
            code_open = any(kind == "code" for kind, _start, _v in writer.spans)
            if code_open:
                writer.raw(" ".join(data.split("\n")))
            else:
                writer.text(data)

    def _writer(self) -> InlineWriter:
        if self._caption is not None:
            return self._caption
        return self._cell if self._cell is not None else self.inline

    def _caption_image(self, caption: str) -> None:
        """`![alt](src)` alone in its figure takes the caption as its title (as the export
        writes it); any other caption stays a paragraph of its own."""
        start = self._figure_start
        blocks = self.blocks.blocks
        text = caption.replace("\\\n", " ")
        if start is not None and len(blocks) == start + 1:
            match = _LONE_IMAGE.fullmatch(blocks[-1])
            if match:
                if text != match.group(1):
                    title = re.sub(r"[*`\\]", "", text).replace('"', "'")
                    blocks[-1] = blocks[-1][:-1] + f' "{title}")'
                return
        self.blocks.add(text)

    # -- images ------------------------------------------------------------------------------

    def _image(self, attributes: dict[str, str]) -> None:
        source = attributes.get("src", "").strip()
        description = attributes.get("alt", "")
        asset = self._asset(source)
        if asset is not None:
            self.assets[asset.sha256] = asset
            title = attributes.get("title", "")
            self._writer().raw(image(description, f"asset:{asset.sha256}", title))
        elif source.lower().startswith(("http://", "https://")):
            self._writer().raw(image(description, source, attributes.get("title", "")))
        elif description:
            self._writer().text(description)

    def _asset(self, source: str) -> AssetFile | None:
        if source.lower().startswith("data:image/"):
            header, _, payload = source.partition(",")
            if ";base64" not in header.lower():
                return None
            # Decoded size is three quarters of the text: refuse before decoding a giant.
            if len(payload) * 3 // 4 > limits.MAX_IMAGE_BYTES:
                return checked_image(b"\0" * (limits.MAX_IMAGE_BYTES + 1), "")
            try:
                data = base64.b64decode(payload, validate=False)
            except (binascii.Error, ValueError):
                return None
            return checked_image(data, "image")
        return local_image(self.folder, source)


def html_draft(
    text: str, source: str, folder: Path | None, fallback_title: str = ""
) -> ArticleDraft:
    """The article in a web page's text. Raises `ImportRefused`."""
    reader = _PageReader(folder)
    reader.feed(text)
    reader.close()
    reader._flush()
    body = reader.blocks.markdown()
    if not body.strip():
        raise ImportRefused(EMPTY_FILE)
    title = (
        " ".join(reader.page_title.split())
        # A heading broken by <br> is still one title line.
        or " ".join(re.sub(r"[*`\\]", "", reader.first_heading).split())
        or first_line_title(body)
        or fallback_title
    )
    return ArticleDraft(
        title=title[: limits.MAX_TITLE_CHARS],
        body=body,
        source_path=source,
        assets=list(reader.assets.values()),
    )


def read_html_file(
    path: Path, counter: ByteCounter | None = None
) -> Iterator[ArticleDraft | Refusal]:
    source = str(path)
    try:
        text = decode_text(read_capped(path, counter)).text
        yield html_draft(text, source, path.parent, fallback_title=path.stem)
    except ImportRefused as exc:
        yield exc.refusal(source)
    except OSError as exc:
        yield refusal_for_os_error(source, exc)
