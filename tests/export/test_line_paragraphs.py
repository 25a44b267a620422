"""A single Return makes a paragraph in the editor; exports and the reading pane agree, each
line keeping its own direction, while prose wrapped by another program stays one paragraph."""

from __future__ import annotations

import io
import re

from docx import Document

from studio.export.body import render_body
from studio.export.docx_export import docx_bytes
from studio.gui.reader_html import render_body as reader_body
from studio.library import ArticleDraft
from studio.text import Direction

MIXED = "مرحبا بكم في المقال الأول\nThis line is written in English\nسطر عربي ثالث"


def _paragraphs(html: str) -> list[tuple[str, str]]:
    return re.findall(r'<p dir="(rtl|ltr)"[^>]*>(.*?)</p>', html, flags=re.S)


def test_each_line_is_a_paragraph_with_its_own_direction():
    html = render_body(MIXED, Direction.RTL).html
    assert _paragraphs(html) == [
        ("rtl", "مرحبا بكم في المقال الأول"),
        ("ltr", "This line is written in English"),
        ("rtl", "سطر عربي ثالث"),
    ]


def test_the_writers_override_applies_to_its_own_line_only():
    html = render_body(MIXED, Direction.RTL, overrides={1: "rtl"}).html
    assert [d for d, _ in _paragraphs(html)] == ["rtl", "rtl", "rtl"]
    html = render_body(MIXED, Direction.RTL, overrides={2: "ltr"}).html
    assert [d for d, _ in _paragraphs(html)] == ["rtl", "ltr", "ltr"]


def test_inline_formatting_stays_on_its_line():
    html = render_body("**Bold** start\nsecond *line* here", Direction.LTR).html
    assert _paragraphs(html) == [
        ("ltr", "<strong>Bold</strong> start"),
        ("ltr", "second <em>line</em> here"),
    ]


def test_prose_wrapped_at_a_fixed_width_stays_one_paragraph():
    wrapped = (
        "Markdown files written in a plain text editor are often wrapped at\n"
        "seventy or eighty characters, so that each line is cut in the middle of\n"
        "a sentence; they are still one paragraph."
    )
    html = render_body(wrapped, Direction.LTR).html
    assert len(_paragraphs(html)) == 1
    # Sentences ending each line are paragraphs typed with one Return, even at that width.
    typed = (
        "The brief came on Monday and asked for a short piece on local cafés.\n"
        "The draft went back on Wednesday with two questions for the client."
    )
    assert len(_paragraphs(render_body(typed, Direction.LTR).html)) == 2


def test_a_line_under_a_tight_list_item_is_a_line_break():
    html = render_body("- first item\n  more of it\n- second item", Direction.LTR).html
    assert '<li dir="ltr">first item<br>\nmore of it</li>' in html


def test_a_verse_keeps_its_lines():
    verse = "على قدر أهل العزم تأتي العزائم\nوتأتي على قدر الكرام المكارم"
    assert len(_paragraphs(render_body(verse, Direction.RTL).html)) == 2


def test_reading_pane_and_docx_split_lines_the_same_way(library):
    assert [d for d, _ in _paragraphs(reader_body(MIXED, Direction.RTL))] == ["rtl", "ltr", "rtl"]
    article_id = library.add_article(ArticleDraft(title="سطور", body=MIXED, lang="ar"))
    document = Document(io.BytesIO(docx_bytes(library.get(article_id))))
    texts = [p.text for p in document.paragraphs]
    assert "This line is written in English" in texts
    assert "سطر عربي ثالث" in texts
