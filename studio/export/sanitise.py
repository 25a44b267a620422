"""What of an article's HTML may reach an exported page: an explicit list of tags and attributes,
links only to the web, mail and places in the page, and nothing executable.

The whole rendered body goes through nh3 (the Rust `ammonia` sanitiser) rather than only the raw
HTML an author typed: a `<b>` opened in one inline token and closed in another would otherwise be
cleaned apart and come out broken, and rendering bugs of our own are caught by the same net.
"""

from __future__ import annotations

import re

import nh3

# Structure and text of an article; no forms, frames, media players, scripts or styles.
ALLOWED_TAGS = frozenset(
    {
        "a", "abbr", "b", "bdi", "bdo", "blockquote", "br", "caption", "cite", "code", "dd",
        "del", "details", "dfn", "div", "dl", "dt", "em", "figcaption", "figure", "h1", "h2",
        "h3", "h4", "h5", "h6", "hr", "i", "img", "ins", "kbd", "li", "mark", "ol", "p", "pre",
        "q", "s", "samp", "section", "small", "span", "strong", "sub", "summary", "sup", "table",
        "tbody", "td", "tfoot", "th", "thead", "time", "tr", "u", "ul", "var", "wbr",
    }
)  # fmt: skip
_EVERYWHERE = {"dir", "lang", "title", "id", "class"}
ALLOWED_ATTRIBUTES: dict[str, set[str]] = {
    "*": _EVERYWHERE,
    "a": {"href"},
    "img": {"src", "alt", "width", "height", "loading"},
    "ol": {"start", "reversed"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan", "scope"},
    "time": {"datetime"},
    "q": {"cite"},
    "blockquote": {"cite"},
}
# Content dropped with its tag, not unwrapped into text.
DROPPED_WITH_CONTENT = frozenset({"script", "style", "template", "noscript", "iframe", "object"})
# Classes the renderer writes; an author's own classes could clash with a theme's.
KNOWN_CLASSES = frozenset(
    {
        "footnote-ref", "footnotes", "footnotes-list", "footnote-item", "footnote-backref",
        "footnotes-sep", "align-left", "align-center", "align-right", "missing-image",
    }
)  # fmt: skip
LINK_PREFIXES = ("http://", "https://", "mailto:", "#")
_LANGUAGE_TAG = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$")
_LANGUAGE_CLASS = re.compile(r"^language-[\w+#.-]{1,40}$")
# After cleaning: an image whose source was refused is dropped, and one without a description
# gets an empty one (HTML requires `alt`; empty says "decorative").
_IMAGE_WITHOUT_SOURCE = re.compile(r"<img(?![^>]*\ssrc=)[^>]*>")
_IMAGE_WITHOUT_ALT = re.compile(r"<img(?![^>]*\salt=)")


def _is_link(value: str) -> bool:
    return value.strip().lower().startswith(LINK_PREFIXES)


def _is_image_source(value: str, local_prefix: str | None) -> bool:
    lowered = value.strip().lower()
    if lowered.startswith(("https://", "http://", "data:image/")):
        # An SVG can carry script: never as a data URI.
        return not lowered.startswith("data:image/svg")
    return local_prefix is not None and value.startswith(local_prefix) and ".." not in value


class _AttributeFilter:
    """Per-document checks ammonia cannot express: which values of an attribute are allowed,
    and ids unique (a repeated id makes the page invalid and its links ambiguous)."""

    def __init__(self, local_prefix: str | None) -> None:
        self.local_prefix = local_prefix
        self.ids: set[str] = set()

    def __call__(self, tag: str, attribute: str, value: str) -> str | None:
        if attribute == "href":
            return value if _is_link(value) else None
        if attribute == "src":
            return value if _is_image_source(value, self.local_prefix) else None
        if attribute == "cite":
            return value if value.lower().startswith(("http://", "https://")) else None
        if attribute == "dir":
            return value if value in ("ltr", "rtl", "auto") else None
        if attribute == "lang":
            return value if _LANGUAGE_TAG.match(value) else None
        if attribute == "class":
            kept = [c for c in value.split() if c in KNOWN_CLASSES or _LANGUAGE_CLASS.match(c)]
            return " ".join(kept) or None
        if attribute == "id":
            if not value or any(ch.isspace() for ch in value) or value in self.ids:
                return None
            self.ids.add(value)
            return value
        return value


def sanitise_html(fragment: str, *, local_image_prefix: str | None = None) -> str:
    """`fragment` with only the allowed tags and attributes; `local_image_prefix` lets images
    point into an export's own assets folder (and nowhere else on the disk)."""
    cleaned = nh3.clean(
        fragment,
        tags=set(ALLOWED_TAGS),
        clean_content_tags=set(DROPPED_WITH_CONTENT),
        attributes=ALLOWED_ATTRIBUTES,
        attribute_filter=_AttributeFilter(local_image_prefix),
        url_schemes={"http", "https", "mailto", "data"},
        link_rel=None,
        strip_comments=True,
    )
    cleaned = _IMAGE_WITHOUT_SOURCE.sub("", cleaned)
    return _IMAGE_WITHOUT_ALT.sub('<img alt=""', cleaned)
