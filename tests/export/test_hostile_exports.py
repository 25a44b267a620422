"""Random and hostile Markdown and HTML through import and every export: the HTML export is a
well-formed page without anything executable (scripts, event handlers, script URLs, frames,
plugins, SVG, style expressions), the Word export reopens, and the Markdown export imports back
to the same article."""

from __future__ import annotations

import io
import re
import tempfile
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from docx import Document
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from studio.export import clean_fragment, html_page
from studio.export.docx_export import docx_bytes
from studio.export.markdown_export import markdown_document
from studio.importers import import_paths
from studio.library import ArticleDetail, Library
from tests.export.conftest import make_article
from tests.export.hostile_checks import html_problems

LEADING_BLANK_LINES = re.compile(r"\A(?:[ \t]*(?:\r\n|\r|\n))+")
_SETTINGS = settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)

# Text with bidi controls, marks, joiners and markup characters, but no lone surrogates (a file
# cannot carry them as UTF-8; tests/importers/test_hostile_files.py covers those bytes).
words = st.text(
    alphabet=st.one_of(
        st.sampled_from(list("كتب المقال في عنوان ")),
        st.sampled_from(list("the draft <>&\"'`*_[]()#!|~\\-:;=/.\n")),
        st.sampled_from(list("\u202e\u202b\u2066\u2069\u200f\u200e\u200d\u064e\u0651\u0301")),
        st.characters(blacklist_categories=("Cs",)),
    ),
    max_size=30,
)

HOSTILE_URLS = st.sampled_from(
    [
        "javascript:alert(1)",
        " JaVaScRiPt:alert(1)",
        "java\tscript:alert(1)",
        "jav&#x09;ascript:alert(1)",
        "vbscript:msgbox(1)",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
        "data:image/svg+xml,<svg onload=alert(1)>",
        "https://example.com/a?b=<c>",
        "#section",
        "mailto:x@example.com",
        "asset:" + "a" * 64,
        "file:///etc/passwd",
        "//evil.example/x.js",
    ]
)
HOSTILE_ATTRIBUTES = st.sampled_from(
    [
        'onclick="alert(1)"',
        "onerror=alert(1)",
        'onload="x()"',
        'style="width: expression(alert(1))"',
        "style=\"background:url('javascript:alert(1)')\"",
        'formaction="javascript:alert(1)"',
        'srcdoc="<script>alert(1)</script>"',
        'xlink:href="javascript:alert(1)"',
        'dir="rtl"',
        'class="footnote-ref"',
        'id="x"',
        'lang="ar"',
    ]
)
TAGS = st.sampled_from(
    [
        "p", "div", "span", "b", "i", "em", "strong", "a", "img", "h1", "h3", "ul", "ol", "li",
        "table", "tr", "td", "th", "blockquote", "pre", "code", "br", "hr", "script", "style",
        "svg", "math", "iframe", "object", "embed", "form", "input", "template", "noscript",
        "base", "meta", "link", "textarea", "select", "video", "bdo", "details", "summary",
    ]
)  # fmt: skip


@st.composite
def html_elements(draw: st.DrawFn, depth: int = 0) -> str:
    tag = draw(TAGS)
    attributes = draw(st.lists(HOSTILE_ATTRIBUTES, max_size=3))
    if tag in ("a", "link", "base"):
        attributes.append(f'href="{draw(HOSTILE_URLS)}"')
    if tag in ("img", "script", "iframe", "embed", "input"):
        attributes.append(f'src="{draw(HOSTILE_URLS)}"')
    opening = "<" + " ".join([tag, *attributes]) + ">"
    if depth >= 3:
        children = [draw(words)]
    else:
        children = draw(
            st.lists(st.one_of(words, html_elements(depth + 1)), max_size=4)  # type: ignore[call-arg]
        )
    closing = draw(st.sampled_from([f"</{tag}>", "", f"</{tag}>", "</p>"]))
    return opening + "".join(children) + closing


html_pages = st.builds(
    lambda parts, title: f"<html><head><title>{title}</title></head><body>{''.join(parts)}</body>",
    st.lists(st.one_of(html_elements(), words), min_size=1, max_size=6),
    words,
)

markdown_blocks = st.one_of(
    words,
    st.builds(lambda w: f"# {w}", words),
    st.builds(lambda w: f"- {w}\n- {w}", words),
    st.builds(lambda w, u: f"[{w}]({u})", words, HOSTILE_URLS),
    st.builds(lambda w, u: f"![{w}]({u})", words, HOSTILE_URLS),
    st.builds(lambda w, u: f"<{u}>", words, HOSTILE_URLS),
    st.builds(lambda w: f"```\n{w}\n```", words),
    st.builds(lambda w: f"| {w} | b |\n|---|---|\n| 1 | {w} |", words),
    st.builds(lambda w: f"> {w}\n> > {w}", words),
    st.builds(lambda w: f"{w}[^1]\n\n[^1]: {w}", words),
    html_elements(),
)
markdown_bodies = st.builds(
    lambda blocks: "\n\n".join(blocks), st.lists(markdown_blocks, min_size=1, max_size=8)
)


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Library]:
    lib = Library.open(tmp_path_factory.mktemp("hostile") / "hostile.qalam")
    yield lib
    lib.close()


def _imported(library: Library, name: str, text: str) -> list[ArticleDetail]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_text(text, encoding="utf-8")
        outcome = import_paths(library, [path])
    articles = [library.get(article_id) for article_id in outcome.imported]
    library.delete(outcome.imported)
    return articles


def _check_exports(library: Library, article: ArticleDetail) -> None:
    page = html_page(article, lookup=library.asset).html
    assert html_problems(page) == [], page
    fragment = clean_fragment(article, lookup=library.asset)
    assert html_problems(fragment.html, whole_page=False) == [], fragment.html
    document = Document(io.BytesIO(docx_bytes(article, lookup=library.asset)))
    assert document.paragraphs is not None
    back = _imported(library, "back.md", markdown_document(article))
    # Blank lines between the front matter and the text belong to neither (markdown_files), so
    # a body's own leading blank lines are the one thing the round trip does not keep.
    body = LEADING_BLANK_LINES.sub("", article.body, count=1)
    assert [(a.title, a.body) for a in back] == [(article.title, body)]


@_SETTINGS
@given(html_pages)
def test_a_hostile_web_page_imports_and_exports_clean(library: Library, page: str) -> None:
    for article in _imported(library, "page.html", page):
        _check_exports(library, article)


@_SETTINGS
@given(markdown_bodies)
def test_hostile_markdown_imports_and_exports_clean(library: Library, body: str) -> None:
    for article in _imported(library, "piece.md", body):
        _check_exports(library, article)


@settings(max_examples=40, deadline=None)
@given(markdown_bodies, words, st.sampled_from(["ar", "en"]), st.sampled_from(["auto", "rtl"]))
def test_any_article_body_exports_clean(body: str, title: str, lang: str, direction: str) -> None:
    # Straight from the library's objects, without an import to tidy anything first.
    article = make_article(body, title=title or "t", lang=lang, direction=direction)
    assert html_problems(html_page(article).html) == []
    assert html_problems(clean_fragment(article).html, whole_page=False) == []
    Document(io.BytesIO(docx_bytes(article)))


def test_control_characters_do_not_stop_a_word_export() -> None:
    # lxml refused the whole document for one form feed or terminal escape in the title or text.
    article = make_article(
        "فقرة\x0c أولى\x1b[1m **bold\x00**\n\n[link\x1f](https://example.com/\x08)"
    )
    article = replace(article, title="عنوان\x1f", author="كاتب\x07", tags=["وسم\x01"])
    document = Document(io.BytesIO(docx_bytes(article)))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "عنوان" in text and "فقرة أولى" in text and "bold" in text
    assert document.core_properties.title == "عنوان"


@pytest.mark.parametrize("title", ["0\x850", "سطر\u2028ثان", "فقرة\u2029ثانية", "عنوان: فرعي"])
def test_a_title_with_a_yaml_line_break_round_trips(library: Library, title: str) -> None:
    # YAML folded U+0085, U+2028 and U+2029 into a space when the title was written plain.
    article = make_article("# نص المقال", title=title, author=title, tags=[title])
    back = _imported(library, "back.md", markdown_document(article))
    assert [(a.title, a.author, a.tags) for a in back] == [(title, title, [title])]
