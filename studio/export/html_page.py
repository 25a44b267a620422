"""A standalone HTML5 page of one article, ready for a client to publish as is; and the clean
fragment (body only, plus plain text) that "Copy as HTML" puts on the clipboard.

The page is a Jinja2 template with a theme's CSS inlined, so the single file carries everything.
Metadata: description, author, Open Graph, and schema.org Article as JSON-LD.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache

import jinja2
from markupsafe import Markup

from studio.export.body import RenderedBody, article_direction, plain_text, render_body
from studio.export.images import AssetLookup, AssetMode, ImagePlan
from studio.export.labels import labels_for
from studio.export.resources import read_resource, resource_names
from studio.library.records import ArticleDetail
from studio.text import block_direction, reading_minutes

DEFAULT_THEME = "paper"
GENERATOR = "Qalam Studio"


@dataclass(frozen=True, slots=True)
class HtmlOptions:
    theme: str = DEFAULT_THEME
    table_of_contents: bool = False
    assets: AssetMode = AssetMode.EMBED
    # The folder beside the page that holds its images when `assets` is FOLDER.
    assets_folder: str = "assets"


@dataclass(frozen=True, slots=True)
class HtmlExport:
    html: str
    # Files of the assets folder (name → bytes); empty when images are embedded.
    files: dict[str, bytes] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Fragment:
    """What a CMS takes: the article's body as HTML without page chrome, and as plain text."""

    html: str
    text: str


def themes() -> list[str]:
    return sorted(name.removesuffix(".css") for name in resource_names("themes", ".css"))


@cache
def _theme_css(name: str) -> str:
    if name not in themes():
        raise ValueError(f"unknown theme {name!r}; themes: {', '.join(themes())}")
    return read_resource("themes", f"{name}.css")


@cache
def _template() -> jinja2.Template:
    env = jinja2.Environment(
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    return env.from_string(read_resource("templates", "page.html.j2"))


def json_for_script(value: object) -> str:
    """JSON that cannot end its `<script>` element early or open a comment inside it: `<`, `>`
    and `&` are written as \\u escapes (valid JSON, same value), and so are the two line
    separators that old JavaScript parsers choke on."""
    text = json.dumps(value, ensure_ascii=False, indent=2)
    for char in ("<", ">", "&", "\u2028", "\u2029"):
        text = text.replace(char, f"\\u{ord(char):04x}")
    return text


def _iso(moment: datetime) -> str:
    return moment.replace(microsecond=0).isoformat()


def _json_ld(article: ArticleDetail, description: str) -> dict[str, object]:
    data: dict[str, object] = {
        "@context": "https://schema.org",
        "@type": "Article",
        "headline": article.title,
        "inLanguage": article.lang,
        "datePublished": _iso(article.created),
        "dateModified": _iso(article.updated),
        "wordCount": article.words,
    }
    if description:
        data["description"] = description
    if article.author:
        data["author"] = {"@type": "Person", "name": article.author}
    if article.tags:
        data["keywords"] = list(article.tags)
    return data


def render_article_body(
    article: ArticleDetail, plan: ImagePlan, *, title_in_body: bool = False
) -> RenderedBody:
    return render_body(
        article.body,
        article_direction(article.direction, article.lang),
        title="" if title_in_body else article.title,
        resolve_image=plan,
        local_image_prefix=plan.local_prefix,
        overrides=article.paragraph_directions,
    )


def html_page(
    article: ArticleDetail, options: HtmlOptions | None = None, lookup: AssetLookup | None = None
) -> HtmlExport:
    """The article as one HTML5 document, images embedded or listed for a folder beside it."""
    options = options or HtmlOptions()
    css = _theme_css(options.theme)
    plan = ImagePlan(lookup, options.assets, options.assets_folder)
    body = render_article_body(article, plan)
    direction = article_direction(article.direction, article.lang)
    labels = labels_for(article.lang)
    minutes = article.reading_minutes or reading_minutes(article.body)
    html = _template().render(
        lang=article.lang,
        dir=direction.value,
        title=article.title,
        title_dir=(block_direction(article.title, direction) or direction).value,
        description=body.description,
        author=article.author,
        tags=article.tags,
        created_iso=_iso(article.created),
        created_date=article.created.date().isoformat(),
        created_label=labels.date(article.created.date()),
        reading_time=labels.reading_time(minutes) if minutes else "",
        by=labels.by,
        separator=labels.separator,
        og_locale=labels.og_locale,
        contents_label=labels.contents,
        headings=body.headings if options.table_of_contents else [],
        body=Markup(body.html),
        css=Markup(css),
        json_ld=Markup(json_for_script(_json_ld(article, body.description))),
        generator=GENERATOR,
    )
    return HtmlExport(html, dict(plan.files))


def clean_fragment(article: ArticleDetail, lookup: AssetLookup | None = None) -> Fragment:
    """The body alone, for pasting into a CMS: every block keeps its `dir`, images are embedded
    (a clipboard cannot carry a folder), and the title is left to the CMS's own field."""
    body = render_article_body(article, ImagePlan(lookup, AssetMode.EMBED))
    return Fragment(body.html, plain_text(body.html))
