"""HTML on the clipboard (a web page, a word processor, a browser-based editor such as Google
Docs) as the Markdown the editor writes in, so that pasting keeps headings, lists, emphasis,
links, quotes and tables instead of flattening them into plain lines.

The web-page reader of `html_files` does the work: nothing executable survives, nothing is
fetched, images embedded as data URIs become library assets. What differs on the clipboard:

- Editors mark emphasis with styles, not tags: Google Docs wraps the whole selection in
  `<b style="font-weight:normal">` and writes bold as `<span style="font-weight:700">`. A tag
  whose style says otherwise does not count; a span's style does.
- A fragment with nothing but paragraphs is better pasted as the plain text the clipboard also
  carries: the Markdown would only add backslashes before the `*`, `_` or `#` of ordinary prose.
  `clipboard_markdown` returns None then.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from studio.importers.html_files import _INLINE_MARKS, _LINK_SCHEMES, _SKIPPED, _PageReader
from studio.library.records import AssetFile

# Beyond this, the plain text is pasted: the window waits while HTML is read (0.57 s for 2 MB
# of a web page's markup on the development machine).
MAX_HTML_CHARS = 2_000_000
_BOLD = re.compile(r"font-weight\s*:\s*(bold|bolder|[6-9]00)\b")
_NOT_BOLD = re.compile(r"font-weight\s*:\s*(normal|lighter|[1-5]00)\b")
_ITALIC = re.compile(r"font-style\s*:\s*(italic|oblique)\b")
_NOT_ITALIC = re.compile(r"font-style\s*:\s*normal\b")
_STRUCK = re.compile(r"text-decoration[\w-]*\s*:[^;]*line-through")
_STRUCTURE_TAGS = {
    "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "table", "pre", "code", "hr",
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class PastedMarkdown:
    markdown: str
    # Images the clipboard carried inside the HTML, to store before the text is inserted.
    assets: list[AssetFile] = field(default_factory=list)


class _ClipboardReader(_PageReader):
    def __init__(self) -> None:
        super().__init__(None)
        self.structured = False
        # Per tag name, for each open element: the marks it opened here (closed at its end), or
        # None when the page reader handles it as usual.
        self._styled: dict[str, list[list[str] | None]] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._skip_depth or tag in _SKIPPED:
            super().handle_starttag(tag, attrs)
            return
        style = next((value or "" for name, value in attrs if name == "style"), "").lower()
        if tag == "span" or tag in _INLINE_MARKS:
            marks = self._marks(tag, style)
            self._styled.setdefault(tag, []).append(marks)
            if marks is not None:
                for mark in marks:
                    self._writer().open(mark)
                self.structured = self.structured or bool(marks)
                return
        # A plain <b>, <em> or <s> (their style said nothing) is emphasis as it stands.
        linked = tag == "a" and any(
            name == "href" and (value or "").strip().lower().startswith(_LINK_SCHEMES)
            for name, value in attrs
        )
        if tag in _STRUCTURE_TAGS or tag in _INLINE_MARKS or linked:
            self.structured = True
        super().handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if self._skip_depth or tag in _SKIPPED:
            super().handle_endtag(tag)
            return
        stack = self._styled.get(tag)
        if stack:
            marks = stack.pop()
            if marks is not None:
                for mark in reversed(marks):
                    self._writer().close(mark)
                return
        super().handle_endtag(tag)

    def _image(self, attributes: dict[str, str]) -> None:
        writer = self._writer()
        before = len(writer.parts)
        super()._image(attributes)
        # Kept as an image (an asset or a web address), not only as its description.
        if any(part.startswith("![") for part in writer.parts[before:]):
            self.structured = True

    def _marks(self, tag: str, style: str) -> list[str] | None:
        """The marks an inline element opens: None to let the page reader treat it (a plain
        `<b>`), a list (maybe empty) when its style decides."""
        if tag != "span" and not style:
            return None
        kind = _INLINE_MARKS.get(tag)
        wanted = []
        if (kind == "strong" and not _NOT_BOLD.search(style)) or _BOLD.search(style):
            wanted.append("strong")
        if (kind == "em" and not _NOT_ITALIC.search(style)) or _ITALIC.search(style):
            wanted.append("em")
        if kind == "strike" or _STRUCK.search(style):
            wanted.append("strike")
        # A mark already open around this text would only double its markers ("****").
        open_now = {span[0] for span in self._writer().spans}
        return [mark for mark in wanted if mark not in open_now]


def clipboard_markdown(html: str) -> PastedMarkdown | None:
    """The clipboard's HTML as Markdown, or None when the plain text should be pasted instead
    (no structure worth keeping, nothing readable, or too large to read without a pause)."""
    if not html.strip() or len(html) > MAX_HTML_CHARS:
        return None
    reader = _ClipboardReader()
    reader.feed(html)
    reader.close()
    reader._flush()
    if not reader.structured:
        return None
    markdown = reader.blocks.markdown().strip("\n")
    if not markdown.strip():
        return None
    return PastedMarkdown(markdown, list(reader.assets.values()))
