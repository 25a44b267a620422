"""The reading pane's HTML, without Qt: directions, safety, tables, highlights."""

from __future__ import annotations

import re

from studio.gui.reader_html import (
    ReaderPage,
    article_default_direction,
    highlighted,
    render_body,
    render_page,
    strip_markup,
)
from studio.text import Direction


def _blocks(html: str) -> list[tuple[str, str, str]]:
    """(tag, dir, text) of every directed block, in order."""
    found = []
    for match in re.finditer(r'<(p|h\d|li|td|th)( dir="(\w+)")?[^>]*>(.*?)</\1>', html, re.S):
        found.append((match.group(1), match.group(3) or "", re.sub("<[^>]+>", "", match.group(4))))
    return found


def test_each_block_takes_the_direction_of_its_first_strong_character() -> None:
    body = (
        "# عنوان المقال\n\n"
        "فقرة عربية فيها كلمة English في وسطها.\n\n"
        "An English paragraph with كلمة عربية inside.\n\n"
        "- **بند** أول\n- item two\n\n"
        "2024 ثم نص عربي\n"
    )
    blocks = _blocks(render_body(body, Direction.LTR))
    assert blocks == [
        ("h2", "rtl", "عنوان المقال"),
        ("p", "rtl", "فقرة عربية فيها كلمة English في وسطها."),
        ("p", "ltr", "An English paragraph with كلمة عربية inside."),
        ("li", "rtl", "بند أول"),
        ("li", "ltr", "item two"),
        ("p", "rtl", "2024 ثم نص عربي"),
    ]


def test_list_items_led_by_an_english_term_follow_the_arabic_article() -> None:
    body = "- **Brief (الموجز):** وثيقة يكتبها العميل وتحدد الموضوع\n- **Lede:** the opening\n"
    blocks = _blocks(render_body(body, Direction.RTL))
    assert blocks[0][:2] == ("li", "rtl")
    assert blocks[1][:2] == ("li", "ltr")


def test_right_to_left_blocks_are_right_aligned_and_left_to_right_left_aligned() -> None:
    html = render_body("نص عربي\n\nEnglish text\n", Direction.RTL)
    assert '<p dir="rtl" align="right">نص عربي</p>' in html
    assert '<p dir="ltr" align="left">English text</p>' in html


def test_the_writers_paragraph_direction_wins_in_the_reading_pane() -> None:
    body = "نص عربي\n\nHello, said the guest.\n"
    html = render_body(body, Direction.RTL, {2: "rtl"})
    assert '<p dir="rtl" align="right">Hello, said the guest.</p>' in html
    page = ReaderPage(
        title="حوار",
        byline=(),
        body=body,
        default=Direction.RTL,
        interface=Direction.LTR,
        overrides={2: "rtl"},
    )
    assert '<p dir="rtl" align="right">Hello, said the guest.</p>' in render_page(page)


def test_blocks_without_strong_characters_follow_the_article_default() -> None:
    assert '<p dir="rtl" align="right">2024 — 15%</p>' in render_body("2024 — 15%", Direction.RTL)
    assert '<p dir="ltr" align="left">2024 — 15%</p>' in render_body("2024 — 15%", Direction.LTR)


def test_article_default_direction_comes_from_setting_then_language() -> None:
    assert article_default_direction("rtl", "en") is Direction.RTL
    assert article_default_direction("ltr", "ar") is Direction.LTR
    assert article_default_direction("auto", "ar") is Direction.RTL
    assert article_default_direction("auto", "en") is Direction.LTR


def test_raw_html_is_shown_as_text_not_rendered() -> None:
    html = render_body('<script>alert(1)</script> <b onclick="x()">bold</b>', Direction.LTR)
    assert "<script" not in html and "<b " not in html
    assert "&lt;script&gt;" in html and "&lt;b onclick" in html


def test_images_are_never_loaded_and_unsafe_links_never_linked() -> None:
    html = render_body(
        "![secret](/etc/passwd) ![chart](https://example.com/c.png) [x](javascript:alert(1))",
        Direction.LTR,
    )
    assert "<img" not in html
    assert "/etc/passwd" not in html
    assert '<a href="https://example.com/c.png">[chart]</a>' in html
    assert "javascript:" not in html.replace("[x](javascript:alert(1))", "")
    assert 'href="javascript' not in html


def test_code_stays_left_to_right_in_an_arabic_article() -> None:
    html = render_body("```\nqalam import مقالات/\n```\n", Direction.RTL)
    assert '<pre dir="ltr" align="left">qalam import مقالات/</pre>' in html


def test_right_to_left_tables_are_written_with_reversed_cells() -> None:
    html = render_body("| المنصة | العمولة |\n|---|---|\n| خمسات | 20% |\n", Direction.RTL)
    assert '<table dir="rtl"' in html
    header = re.findall(r"<th[^>]*>(.*?)</th>", html)
    cells = re.findall(r"<td[^>]*>(.*?)</td>", html)
    # Qt lays columns out left to right: reversed, the first column stands on the right.
    assert header == ["العمولة", "المنصة"]
    assert cells == ["20%", "خمسات"]


def test_left_to_right_tables_keep_their_order() -> None:
    html = render_body("| a | b |\n|---|---|\n| 1 | 2 |\n", Direction.LTR)
    assert re.findall(r"<td[^>]*>(.*?)</td>", html) == ["1", "2"]


def test_highlighted_marks_spans_and_escapes_the_rest() -> None:
    text = "a <b> and مُراجَعة"
    html = highlighted(text, [(text.index("م"), len(text))])
    assert html.startswith("a &lt;b&gt; and <span")
    assert ">مُراجَعة</span>" in html
    # Out-of-range and overlapping spans are clipped, not trusted.
    assert highlighted("abc", [(1, 99), (0, 2)]).count("<span") == 2


def test_page_has_title_byline_match_and_body_with_directions() -> None:
    page = ReaderPage(
        title="عنوان",
        byline=["by Sara", "", "Draft"],
        body="نص المقال",
        default=Direction.RTL,
        interface=Direction.LTR,
        match_label="Matches your search",
        snippet="…نص المقال",
        highlights=[(1, 3)],
    )
    html = render_page(page)
    assert '<h1 dir="rtl" align="right">عنوان</h1>' in html
    assert (
        '<p class="byline" dir="ltr" align="left">\u2068by Sara\u2069 · \u2068Draft\u2069</p>'
        in html
    )
    assert "Matches your search" in html
    assert "<span" in html and ">نص</span>" in html


def test_empty_body_shows_the_given_note() -> None:
    page = ReaderPage("T", [], "  \n", Direction.LTR, Direction.LTR, empty_body="No text yet")
    assert "No text yet" in render_page(page)


def test_snippets_lose_markdown_syntax_but_keep_their_highlights() -> None:
    snippet = "…فقرة. ## القارئ على **الشاشة** - بند [رابط](https://x.y) و`كود`"
    start = snippet.index("الشاشة")
    text, spans = strip_markup(snippet, [(start, start + len("الشاشة"))])
    assert text == "…فقرة. القارئ على الشاشة بند رابط وكود"
    assert [text[s:e] for s, e in spans] == ["الشاشة"]
    html = highlighted(snippet, [(start, start + len("الشاشة"))])
    assert "##" not in html and "**" not in html and ">الشاشة</span>" in html


def test_arabic_byline_is_separated_by_commas_not_dots() -> None:
    page = ReaderPage("t", ["بقلم سارة", "٣ دقائق قراءة"], "", Direction.RTL, Direction.RTL)
    assert "\u2068بقلم سارة\u2069، \u2068٣ دقائق قراءة\u2069" in render_page(page)
