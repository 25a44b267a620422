"""Writing Markdown from documents (Word, web pages): escaped text, emphasis, links, images,
and blocks inside lists and quotes. Shared by the .docx and .html readers.

Emphasis markers are placed around the words, never around the spaces next to them
(`** bold**` is not bold in CommonMark), and empty emphasis is dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_ESCAPED = re.compile(r"([\\`*_\[\]<>|])")
# At the start of a line these would turn text into a heading, quote, list or rule.
_LINE_START = re.compile(r"^(\s*)([#>+-]|\d+[.)])(?=\s|$)")
_SPACES = re.compile(r"[ \t\r\n\f\v]+")


def escape_text(text: str) -> str:
    return _ESCAPED.sub(r"\\\1", text)


def escape_url(url: str) -> str:
    return url.strip().replace(" ", "%20").replace("(", "%28").replace(")", "%29")


@dataclass
class InlineWriter:
    """Collects a paragraph's text and marks; `markdown()` gives it as one line of Markdown."""

    parts: list[str] = field(default_factory=list)
    # Open spans: (kind, index in parts where it starts, marker or target).
    spans: list[tuple[str, int, str]] = field(default_factory=list)

    def text(self, text: str, *, code: bool = False) -> None:
        if code:
            self.code(text)
            return
        self.parts.append(escape_text(_SPACES.sub(" ", text)))

    def code(self, text: str) -> None:
        text = _SPACES.sub(" ", text)
        if not text.strip():
            self.parts.append(text)
            return
        fence = "``" if "`" in text else "`"
        self.parts.append(f"{fence}{text}{fence}")

    def hard_break(self) -> None:
        self.parts.append("\\\n")

    def raw(self, markdown: str) -> None:
        self.parts.append(markdown)

    def open(self, kind: str, value: str = "") -> None:
        """kind: "strong", "em", "strike", "code" (its text added with `raw`) or "link" (value:
        its address)."""
        self.spans.append((kind, len(self.parts), value))

    def close(self, kind: str) -> None:
        for position in range(len(self.spans) - 1, -1, -1):
            if self.spans[position][0] == kind:
                break
        else:
            return
        # Spans opened inside this one and left open close with it.
        while len(self.spans) > position:
            self._close_last()

    def _close_last(self) -> None:
        kind, start, value = self.spans.pop()
        inner = "".join(self.parts[start:])
        del self.parts[start:]
        core = inner.strip(" ")
        if not core or core == "\\\n":
            self.parts.append(inner)
            return
        lead = inner[: len(inner) - len(inner.lstrip(" "))]
        trail = inner[len(inner.rstrip(" ")) :]
        if kind == "link":
            wrapped = f"[{core}]({escape_url(value)})"
        elif kind == "code":
            fence = "``" if "`" in core else "`"
            wrapped = f"{fence}{core}{fence}"
        else:
            marker = {"strong": "**", "em": "*", "strike": "~~"}[kind]
            wrapped = f"{marker}{core}{marker}"
        self.parts.append(f"{lead}{wrapped}{trail}")

    def markdown(self) -> str:
        while self.spans:
            self._close_last()
        text = "".join(self.parts)
        lines = [line.strip(" ") for line in text.split("\n")]
        lines = [_LINE_START.sub(r"\1\\\2", line) for line in lines]
        return "\n".join(lines).strip()

    def is_empty(self) -> bool:
        return not "".join(self.parts).strip()


def _depth(prefix: str) -> int:
    return len(prefix) - len(prefix.lstrip(" "))


def _common_start(first: str, second: str) -> str:
    length = 0
    for a, b in zip(first, second, strict=False):
        if a != b:
            break
        length += 1
    return first[:length]


def image(description: str, source: str, title: str = "") -> str:
    title_part = f' "{title}"' if title else ""
    description = escape_text(_SPACES.sub(" ", description).strip())
    return f"![{description}]({escape_url(source)}{title_part.replace(chr(10), ' ')})"


@dataclass
class BlockWriter:
    """Blocks in order, each with the prefix of the lists and quotes around it."""

    blocks: list[str] = field(default_factory=list)
    # Whether each block continues a tight list (no blank line before it).
    tight: list[bool] = field(default_factory=list)
    _gaps: list[str] = field(default_factory=list)
    _prefixes: list[str] = field(default_factory=list)
    _items: list[bool] = field(default_factory=list)
    _firsts: list[str] = field(default_factory=list)

    def add(
        self, text: str, *, first_prefix: str = "", prefix: str = "", tight: bool = False
    ) -> None:
        """`tight`: a list item that follows another without a blank line."""
        if not text.strip():
            return
        lines = text.split("\n")
        out = [first_prefix + lines[0]]
        out += [prefix + line if line else prefix.rstrip() for line in lines[1:]]
        previous = self._prefixes[-1] if self._prefixes else None
        self.blocks.append("\n".join(out))
        # Tight only within one list: after an item of the same list, or of a list nested in it
        # (a different marker at the same depth starts a new list, which needs a blank line).
        marker = re.sub(r"\d+", "1", first_prefix)
        same_list = bool(self._firsts) and (
            self._firsts[-1] == marker or _depth(self._firsts[-1]) != _depth(marker)
        )
        self.tight.append(tight and previous is not None and self._items[-1] and same_list)
        # The blank line between two blocks inside the same quote keeps the quote's ">".
        shared = _common_start(previous, prefix) if previous is not None else ""
        self._gaps.append(shared.rstrip())
        self._prefixes.append(prefix)
        self._items.append(tight)
        self._firsts.append(re.sub(r"\d+", "1", first_prefix))

    def markdown(self) -> str:
        pieces: list[str] = []
        for block, tight, gap in zip(self.blocks, self.tight, self._gaps, strict=True):
            if pieces:
                pieces.append("\n" if tight else f"\n{gap}\n")
            pieces.append(block)
        return "".join(pieces) + ("\n" if pieces else "")


def table(rows: list[list[str]]) -> str:
    """A GFM table; the first row is the header. Cells are one line each."""
    if not rows:
        return ""
    width = max(len(r) for r in rows)
    lines = []
    for index, row in enumerate(rows):
        cells = [c.replace("\n", " ").strip() for c in row] + [""] * (width - len(row))
        lines.append("| " + " | ".join(cells) + " |")
        if index == 0:
            lines.append("|" + "|".join(["---"] * width) + "|")
    return "\n".join(lines)
