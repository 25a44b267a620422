"""Pasting HTML from the clipboard keeps the structure a writer copied, as Markdown."""

from __future__ import annotations

import base64

from studio.importers.html_paste import MAX_HTML_CHARS, clipboard_markdown

# As Google Docs puts a selection on the clipboard: everything inside a <b> whose style says it is
# not bold, paragraphs and list items carrying their direction, emphasis written as span styles.
DOCS = (
    '<meta charset=\'utf-8\'><b style="font-weight:normal;" id="docs-internal-guid-1a2b">'
    '<h2 dir="rtl" style="line-height:1.38"><span style="font-size:16pt;font-weight:400">'
    "خطة المقال</span></h2>"
    '<p dir="rtl"><span style="font-weight:400">يبدأ المقال </span>'
    '<span style="font-weight:700">بسؤال واضح</span><span style="font-weight:400"> ثم '
    '</span><span style="font-style:italic;font-weight:400">يجيب عنه</span>'
    '<span style="font-weight:400"> بالأرقام.</span></p>'
    '<ul><li dir="ltr"><p dir="ltr"><span style="font-weight:400">Read the </span>'
    '<a href="https://example.org/brief"><span style="color:#1155cc">client brief</span></a>'
    "</p></li>"
    '<li dir="ltr"><p dir="ltr"><span style="font-weight:400">Check every figure</span></p></li>'
    "</ul></b>"
)


def test_a_google_docs_selection_keeps_headings_emphasis_lists_and_links():
    pasted = clipboard_markdown(DOCS)
    assert pasted is not None
    assert pasted.markdown == (
        "## خطة المقال\n\n"
        "يبدأ المقال **بسؤال واضح** ثم *يجيب عنه* بالأرقام.\n\n"
        "- Read the [client brief](https://example.org/brief)\n"
        "- Check every figure"
    )
    assert pasted.assets == []


def test_a_bold_span_inside_bold_text_is_not_marked_twice():
    html = '<p><b>Lead <span style="font-weight:bold">in</span> bold</b> then plain</p>'
    pasted = clipboard_markdown(html)
    assert pasted is not None
    assert pasted.markdown == "**Lead in bold** then plain"


def test_plain_paragraphs_are_left_to_the_plain_text():
    # Markdown would only add backslashes to this prose (the * and _ of the writer's own text).
    html = "<p>Prices rose 5% * twice</p><p>snake_case names stay as typed</p>"
    assert clipboard_markdown(html) is None
    assert clipboard_markdown('<span style="color:red">only colour</span>') is None
    assert clipboard_markdown("   ") is None


def test_nothing_executable_survives_and_embedded_images_become_assets():
    png = (
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
        b"\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00"
        b"\x00\x00\x00IEND\xaeB`\x82"
    )
    data_uri = "data:image/png;base64," + base64.b64encode(png).decode()
    html = (
        '<script>alert(1)</script><h3 onclick="alert(2)">Title</h3>'
        f'<p><img src="{data_uri}" alt="chart" onerror="alert(3)"></p>'
        '<p><a href="javascript:alert(4)">click</a> and <i>this</i></p>'
    )
    pasted = clipboard_markdown(html)
    assert pasted is not None
    assert "alert" not in pasted.markdown and "javascript" not in pasted.markdown
    (asset,) = pasted.assets
    assert asset.data == png
    assert pasted.markdown == f"### Title\n\n![chart](asset:{asset.sha256})\n\nclick and *this*"


def test_a_table_from_a_web_page_becomes_a_markdown_table():
    html = (
        "<table><tr><th>المدينة</th><th>Visitors</th></tr>"
        "<tr><td>وارسو</td><td>1,200</td></tr></table>"
    )
    pasted = clipboard_markdown(html)
    assert pasted is not None
    lines = pasted.markdown.split("\n")
    assert lines[0].replace(" ", "") == "|المدينة|Visitors|"
    assert lines[2].replace(" ", "") == "|وارسو|1,200|"


def test_too_much_html_is_left_to_the_plain_text():
    html = "<h1>big</h1>" + "<p>x</p>" * (MAX_HTML_CHARS // 8)
    assert clipboard_markdown(html) is None
