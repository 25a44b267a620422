"""Live Markdown styling for the writing desk: headings larger, emphasis shown, markers dimmed.

The highlighter only ever looks at one block (line) at a time, and Qt calls it only for the
blocks an edit touched, so its cost does not grow with the article. Formats set here are layout
formats: they never enter the document, the undo stack or the saved Markdown.
"""

from __future__ import annotations

import re

from PySide6.QtGui import (
    QColor,
    QFont,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextDocument,
    QTextFormat,
)

MARKER = "#a39f95"
ACCENT = "#2f6f9f"
IMAGE = "#7a5a9a"
QUOTE = "#5d5d5d"
CODE_BACKGROUND = "#f1efe9"

# Block states carried from line to line: inside a fenced code block or not.
_NORMAL, _IN_FENCE = 0, 1

_HEADING = re.compile(r"^(#{1,6})(\s+)(.*)$")
_FENCE = re.compile(r"^\s*(```|~~~)")
_QUOTE = re.compile(r"^(\s*>\s?)+")
_LIST = re.compile(r"^(\s*)([-*+]|\d{1,9}[.)])(\s+)")
_RULE = re.compile(r"^\s*([-*_])(\s*\1){2,}\s*$")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EMPHASIS = re.compile(r"(?<![*\w])([*_])(?=[^\s*_])(.+?)(?<=[^\s*_])\1(?![*\w])")
_CODE = re.compile(r"(`+)(.+?)\1")
# ![description](address) and [text](address): the brackets and the address are dimmed.
_LINK = re.compile(r"(!?)\[([^\]\n]*)\]\(([^)\s]*)(?:\s+\"[^\"]*\")?\)")
_AUTOLINK = re.compile(r"<https?://[^>\s]+>|https?://[^\s)>\]]+")

# How much larger each heading level is drawn, as Qt's font-size adjustment (0 is the body).
_HEADING_SIZE = {1: 3, 2: 2, 3: 1}


def _format(
    colour: str | None = None,
    *,
    bold: bool = False,
    italic: bool = False,
    underline: bool = False,
    background: str | None = None,
    monospace: bool = False,
) -> QTextCharFormat:
    fmt = QTextCharFormat()
    if colour:
        fmt.setForeground(QColor(colour))
    if bold:
        fmt.setFontWeight(QFont.Weight.DemiBold)
    if italic:
        fmt.setFontItalic(True)
    if underline:
        fmt.setFontUnderline(True)
    if background:
        fmt.setBackground(QColor(background))
    if monospace:
        fmt.setFontFamilies(["DejaVu Sans Mono", "Noto Sans Mono", "monospace"])
        fmt.setFontFixedPitch(True)
    return fmt


class MarkdownHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument) -> None:
        self._marker = _format(MARKER)
        self._strong = _format(bold=True)
        self._emphasis = _format(italic=True)
        self._code = _format(background=CODE_BACKGROUND, monospace=True)
        self._link_text = _format(ACCENT, underline=True)
        self._image_text = _format(IMAGE, italic=True)
        self._address = _format(MARKER)
        self._quote = _format(QUOTE, italic=True)
        self._list_marker = _format(ACCENT, bold=True)
        self._headings = {}
        self._heading_markers = {}
        for level in range(1, 7):
            size = _HEADING_SIZE.get(level, 0)
            fmt = _format(bold=True)
            fmt.setProperty(QTextFormat.Property.FontSizeAdjustment, size)
            self._headings[level] = fmt
            marker = _format(MARKER, bold=True)
            marker.setProperty(QTextFormat.Property.FontSizeAdjustment, size)
            self._heading_markers[level] = marker
        # Created last: the document asks for highlighting as soon as the highlighter exists.
        super().__init__(document)

    def highlightBlock(self, text: str) -> None:
        previous = self.previousBlockState()
        if _FENCE.match(text):
            self.setFormat(0, len(text), self._code)
            self.setCurrentBlockState(_NORMAL if previous == _IN_FENCE else _IN_FENCE)
            return
        if previous == _IN_FENCE:
            self.setFormat(0, len(text), self._code)
            self.setCurrentBlockState(_IN_FENCE)
            return
        self.setCurrentBlockState(_NORMAL)
        if not text:
            return
        heading = _HEADING.match(text)
        if heading:
            level = len(heading.group(1))
            self.setFormat(0, len(text), self._headings[level])
            self.setFormat(0, heading.end(2), self._heading_markers[level])
            self._inline(text, heading.start(3), len(text))
            return
        if _RULE.match(text):
            self.setFormat(0, len(text), self._marker)
            return
        start = 0
        quote = _QUOTE.match(text)
        if quote:
            self.setFormat(0, len(text), self._quote)
            self.setFormat(0, quote.end(), self._marker)
            start = quote.end()
        item = _LIST.match(text, start)
        if item:
            self.setFormat(item.start(2), len(item.group(2)), self._list_marker)
            start = item.end()
        self._inline(text, start, len(text))

    def _inline(self, text: str, start: int, end: int) -> None:
        if "`" in text:
            for match in _CODE.finditer(text, start, end):
                self.setFormat(match.start(), match.end() - match.start(), self._code)
        if "*" in text or "_" in text:
            for match in _STRONG.finditer(text, start, end):
                self._wrapped(match, self._strong, len(match.group(1)))
            for match in _EMPHASIS.finditer(text, start, end):
                self._wrapped(match, self._emphasis, 1)
        if "](" in text:
            for match in _LINK.finditer(text, start, end):
                image = bool(match.group(1))
                self.setFormat(match.start(), match.start(2) - match.start(), self._marker)
                self.setFormat(
                    match.start(2),
                    len(match.group(2)),
                    self._image_text if image else self._link_text,
                )
                self.setFormat(match.end(2), match.end() - match.end(2), self._address)
        if "http" in text:
            for match in _AUTOLINK.finditer(text, start, end):
                self.setFormat(match.start(), match.end() - match.start(), self._link_text)

    def _wrapped(self, match: re.Match[str], inner: QTextCharFormat, marker_len: int) -> None:
        """Styles the text between the markers and dims the markers, keeping what an earlier
        rule set on the inner text (bold inside a heading stays large)."""
        begin, finish = match.start(), match.end()
        fmt = self.format(begin + marker_len)
        fmt.merge(inner)
        self.setFormat(begin + marker_len, finish - begin - 2 * marker_len, fmt)
        self.setFormat(begin, marker_len, self._marker)
        self.setFormat(finish - marker_len, marker_len, self._marker)
