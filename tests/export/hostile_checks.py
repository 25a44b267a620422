"""What a hostile article must never get into an exported page: broken nesting, scripts, event
handlers, script URLs, embedded frames or plugins, style expressions."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}
)
FORBIDDEN_TAGS = frozenset(
    {
        "iframe", "frame", "frameset", "object", "embed", "applet", "form", "input", "button",
        "svg", "math", "base", "template", "audio", "video", "portal", "textarea", "select",
    }
)  # fmt: skip
URL_ATTRIBUTES = frozenset(
    {"href", "src", "action", "formaction", "xlink:href", "cite", "poster", "srcset",
     "background", "data", "codebase", "ping"}
)  # fmt: skip
_SAFE_DATA = re.compile(r"^data:image/(png|jpeg|gif|webp);base64,[A-Za-z0-9+/=]*$")
_SCRIPT_IN_CSS = re.compile(
    r"expression\s*\(|javascript:|vbscript:|behavior\s*:|-moz-binding", re.I
)
# Browsers ignore ASCII whitespace and control characters inside a URL's scheme.
_URL_NOISE = re.compile(r"[\x00-\x20\x7f]+")


class _Checker(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []
        self.stack: list[str] = []
        self.script_type: str | None = None
        self.script_text: list[str] = []
        self.in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._check_tag(tag, attrs)
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._check_tag(tag, attrs)
        if tag not in VOID:
            self.problems.append(f"<{tag}/> is not a void element")

    def _check_tag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in FORBIDDEN_TAGS:
            self.problems.append(f"<{tag}> element")
        values = dict(attrs)
        if tag == "script":
            self.script_type = values.get("type") or "text/javascript"
            self.script_text = []
            if self.script_type != "application/ld+json":
                self.problems.append(f"<script type={self.script_type!r}>")
            if "src" in values:
                self.problems.append("<script src>")
        if tag == "style":
            self.in_style = True
        if tag == "meta" and (values.get("http-equiv") or "").lower() == "refresh":
            self.problems.append("<meta http-equiv=refresh>")
        for name, value in attrs:
            if name.startswith("on"):
                self.problems.append(f"event handler {name} on <{tag}>")
            if name == "style" and value and _SCRIPT_IN_CSS.search(value):
                self.problems.append(f"script in a style attribute of <{tag}>")
            if name in URL_ATTRIBUTES and value is not None:
                url = _URL_NOISE.sub("", value).lower()
                if url.startswith(("javascript:", "vbscript:", "livescript:")):
                    self.problems.append(f"script URL in {name} of <{tag}>: {value[:60]!r}")
                if url.startswith("data:") and not _SAFE_DATA.match(_URL_NOISE.sub("", value)):
                    self.problems.append(f"data URL in {name} of <{tag}>: {value[:60]!r}")

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            self.problems.append(f"</{tag}> closes a void element")
            return
        if not self.stack or self.stack[-1] != tag:
            self.problems.append(f"</{tag}> closes <{self.stack[-1] if self.stack else None}>")
            return
        self.stack.pop()
        if tag == "script" and self.script_type == "application/ld+json":
            try:
                json.loads("".join(self.script_text))
            except ValueError:
                self.problems.append("the JSON-LD block is not JSON")
            self.script_type = None
        if tag == "style":
            self.in_style = False

    def handle_data(self, data: str) -> None:
        if self.script_type is not None:
            self.script_text.append(data)
        if self.in_style and (_SCRIPT_IN_CSS.search(data) or "@import" in data):
            self.problems.append("script or import in a style element")


def html_problems(html: str, *, whole_page: bool = True) -> list[str]:
    """Why `html` is not a well-formed, script-free page; empty when it is."""
    checker = _Checker()
    checker.feed(html)
    checker.close()
    problems = list(checker.problems)
    if checker.stack:
        problems.append(f"elements left open: {checker.stack}")
    if whole_page and not html.lstrip().lower().startswith("<!doctype html>"):
        problems.append("no doctype")
    return problems
