"""A paragraph the writer turned right-to-left (or left-to-right) in the editor keeps that direction
in every export, whatever its own text would suggest."""

import io
import re

import docx
from docx.oxml.ns import qn

from studio.export.body import render_body
from studio.export.docx_export import docx_bytes
from studio.export.html_page import html_page
from studio.library.records import ArticleDraft
from studio.text import Direction

# An Arabic article with a line of English dialogue that the writer sets right to left, so it
# sits with the Arabic conversation around it.
BODY = "مقدمة المقال بالعربية.\n\nHello, said the guest.\n\nخاتمة المقال."


def _dirs(html: str) -> list[tuple[str, str]]:
    return re.findall(r'<p dir="(rtl|ltr)">([^<]*)</p>', html)


def test_render_body_uses_the_override_of_the_paragraph_line():
    plain = _dirs(render_body(BODY, Direction.RTL).html)
    forced = _dirs(render_body(BODY, Direction.RTL, overrides={2: "rtl"}).html)
    assert ("ltr", "Hello, said the guest.") in plain
    assert ("rtl", "Hello, said the guest.") in forced
    # Only that paragraph changed.
    assert [d for d, t in forced if t != "Hello, said the guest."] == ["rtl", "rtl"]


def test_an_override_on_any_line_of_a_wrapped_paragraph_counts():
    # Wrapped at a fixed width by a text editor: one paragraph, as Markdown reads it.
    body = (
        "First line of a paragraph that another program wrapped at its\n"
        "width, whose second line was forced."
    )
    html = render_body(body, Direction.LTR, overrides={1: "rtl"}).html
    assert html.startswith('<p dir="rtl">')


def test_auto_and_unknown_settings_leave_the_text_to_decide():
    html = render_body(BODY, Direction.RTL, overrides={2: "auto", 0: "sideways"}).html
    assert ("ltr", "Hello, said the guest.") in _dirs(html)


def test_library_hands_the_overrides_to_html_and_docx(library):
    article_id = library.add_article(ArticleDraft(title="حوار", body=BODY, lang="ar"))
    version = library.get(article_id).version
    library.save(
        article_id,
        title="حوار",
        body=BODY,
        expected_version=version,
        paragraph_directions={2: "rtl"},
    )
    article = library.get(article_id)
    assert article.paragraph_directions == {2: "rtl"}

    page = html_page(article).html
    assert '<p dir="rtl">Hello, said the guest.</p>' in page

    document = docx.Document(io.BytesIO(docx_bytes(article)))
    quote = next(p for p in document.paragraphs if p.text == "Hello, said the guest.")
    assert quote._p.pPr is not None and quote._p.pPr.find(qn("w:bidi")) is not None


def test_overrides_follow_the_paragraph_when_lines_move(library):
    article_id = library.add_article(ArticleDraft(title="حوار", body=BODY, lang="ar"))
    version = library.get(article_id).version
    saved = library.save(
        article_id,
        title="حوار",
        body=BODY,
        expected_version=version,
        paragraph_directions={2: "rtl"},
    )
    moved = "سطر جديد في البداية.\n\n" + BODY
    library.save(article_id, title="حوار", body=moved, expected_version=saved.version)
    article = library.get(article_id)
    assert article.paragraph_directions == {4: "rtl"}
    assert '<p dir="rtl">Hello, said the guest.</p>' in html_page(article).html
