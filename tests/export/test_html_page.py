import json
import re

import pytest

from studio.export import AssetMode, HtmlOptions, clean_fragment, html_page, themes
from studio.export.html_page import json_for_script
from studio.library.records import AssetFile
from tests.export.conftest import make_article, make_png

PNG = make_png()
SHA = "a" * 64


def _lookup(sha):
    return AssetFile(SHA, "image/png", "dot.png", PNG) if sha == SHA else None


def test_page_declares_language_and_direction_of_the_article():
    article = make_article("نص عربي قصير.", title="عنوان", lang="ar")
    html = html_page(article).html
    assert html.startswith("<!DOCTYPE html>\n")
    assert '<html lang="ar" dir="rtl">' in html
    assert '<h1 dir="rtl">عنوان</h1>' in html
    assert '<p dir="rtl">نص عربي قصير.</p>' in html


def test_each_block_of_a_mixed_article_has_its_own_direction():
    body = (
        "فقرة عربية.\n\n"
        "ChatGPT أداة مفيدة في الكتابة العربية اليوم.\n\n"
        "> An English quotation stays left to right.\n\n"
        "```\nprint('code')\n```\n"
    )
    html = html_page(make_article(body, lang="ar")).html
    assert '<p dir="rtl">ChatGPT أداة' in html
    assert '<blockquote dir="ltr">' in html
    assert '<pre dir="ltr"><code>print' in html


def test_semantic_markup_byline_time_and_reading_time():
    article = make_article("Some words.", author="Hannah Okafor", title="A title")
    html = html_page(article).html
    assert "<article>" in html and "<header>" in html
    assert '<time datetime="2026-03-14">14 March 2026</time>' in html
    assert "By <bdi>Hannah Okafor</bdi>" in html
    assert "1 min read" in html


def test_arabic_byline_in_arabic():
    article = make_article("كلمة " * 400, author="ريم", title="ع", lang="ar")
    html = html_page(article).html
    assert "بقلم <bdi>ريم</bdi>" in html
    assert "14 مارس 2026" in html
    assert "دقائق للقراءة" in html


def test_title_heading_repeated_at_the_top_of_the_body_is_not_shown_twice():
    html = html_page(make_article("# Title\n\nText.\n\n## Part", title="Title")).html
    assert html.count(">Title</h1>") == 1
    assert '<h2 dir="ltr" id="h-part">Part</h2>' in html


def test_table_of_contents_links_to_headings():
    body = "## First part\n\ntext\n\n### Detail\n\nmore\n\n## First part\n"
    html = html_page(make_article(body), HtmlOptions(table_of_contents=True)).html
    assert '<a href="#h-first-part">First part</a>' in html
    assert '<a href="#h-first-part-2">First part</a>' in html
    assert 'id="h-detail"' in html
    assert "<nav" not in html_page(make_article(body)).html


def test_tables_and_footnotes():
    body = "A claim.[^1]\n\n| a | b |\n|--:|---|\n| 1 | 2 |\n\n[^1]: The source.\n"
    html = html_page(make_article(body)).html
    assert '<th class="align-right" dir="ltr">a</th>' in html
    assert 'class="footnote-ref"' in html and 'id="fn1"' in html
    assert "style=" not in html.split("<body>")[1]


@pytest.mark.parametrize(
    ("body", "forbidden"),
    [
        ("<script>alert(1)</script>", "alert"),
        ('<p onclick="steal()">x</p>', "onclick"),
        ("[x](javascript:alert(1))", 'href="javascript:'),
        ('<a href="javascript:alert(1)">x</a>', "javascript:"),
        ('<a href="JaVaScRiPt:alert(1)">x</a>', "alert"),
        ('<img src="x" onerror="steal()">', "onerror"),
        ("<style>body{display:none}</style>", "display:none"),
        ('<iframe src="https://evil.example"></iframe>', "iframe"),
        ("<svg><script>alert(1)</script></svg>", "alert"),
        ("![x](data:image/svg+xml;base64,PHN2Zz4=)", 'src="data:image/svg'),
        ('<img src="data:image/svg+xml;base64,PHN2Zz4=">', "svg"),
        ('<a href="file:///etc/passwd">x</a>', "file:"),
        ('<form action="https://evil.example"><input></form>', "<form"),
        ('<p style="position:fixed">x</p>', "position:fixed"),
    ],
)
def test_nothing_executable_from_the_article_reaches_the_page(body, forbidden):
    html = html_page(make_article(f"Text\n\n{body}\n")).html
    page_body = html.split("<body>")[1]
    assert forbidden.lower() not in page_body.lower()
    assert "<script" not in page_body


def test_allowed_links_stay():
    body = "[web](https://example.com) [mail](mailto:a@example.com) [here](#h-x)\n\n## x\n"
    html = html_page(make_article(body)).html
    for href in ("https://example.com", "mailto:a@example.com", "#h-x"):
        assert f'href="{href}"' in html


def test_json_ld_cannot_close_its_script_element():
    title = 'Break </script><script>alert("x")</script> & <!--'
    html = html_page(make_article("Body.", title=title)).html
    script = html.split('<script type="application/ld+json">')[1].split("</script>")[0]
    assert "<" not in script and ">" not in script
    assert json.loads(script)["headline"] == title
    assert json.loads(json_for_script({"a": "\u2028"})) == {"a": "\u2028"}


def test_metadata_for_publishers():
    article = make_article(
        "First paragraph here.\n\nSecond.", author="A B", tags=["x", "y"], title="T"
    )
    html = html_page(article).html
    assert '<meta name="description" content="First paragraph here.">' in html
    assert '<meta property="og:title" content="T">' in html
    assert '<meta property="article:tag" content="y">' in html
    data = json.loads(html.split('application/ld+json">')[1].split("</script>")[0])
    assert data["@type"] == "Article" and data["author"]["name"] == "A B"


def test_images_embedded_as_data_uris_or_written_to_a_folder():
    body = (
        f'![A dot](asset:{SHA} "The caption")\n\n'
        f"![gone](asset:{'b' * 64})\n\n![local](/home/me/x.png)"
    )
    embedded = html_page(make_article(body), lookup=_lookup)
    assert '<figure><img src="data:image/png;base64,' in embedded.html
    assert "<figcaption>The caption</figcaption>" in embedded.html
    assert '<span class="missing-image">gone</span>' in embedded.html
    assert "/home/me" not in embedded.html
    assert embedded.files == {}
    folder = html_page(
        make_article(body),
        HtmlOptions(assets=AssetMode.FOLDER, assets_folder="page_files"),
        lookup=_lookup,
    )
    name = f"{SHA[:16]}.png"
    assert f'src="page_files/{name}"' in folder.html
    assert folder.files == {name: PNG}


def test_raw_html_cannot_point_images_at_local_files_in_folder_mode():
    body = '<img src="page_files/../../secret.png" alt="x">'
    html = html_page(
        make_article(body), HtmlOptions(assets=AssetMode.FOLDER, assets_folder="page_files")
    ).html
    assert "secret" not in html


def test_at_least_two_themes_each_with_dark_and_print_styles():
    assert len(themes()) >= 2
    article = make_article("Text.")
    for theme in themes():
        html = html_page(article, HtmlOptions(theme=theme)).html
        assert "prefers-color-scheme: dark" in html
        assert "@media print" in html
        assert "Naskh" in html or "Sans Arabic" in html
    with pytest.raises(ValueError, match="unknown theme"):
        html_page(article, HtmlOptions(theme="nope"))


def test_clean_fragment_has_no_page_chrome_but_keeps_directions():
    article = make_article("## عنوان\n\nفقرة **عربية**.\n\nEnglish line.", lang="ar", title="X")
    fragment = clean_fragment(article)
    assert not re.search(r"<(html|head|body|style|script|article|h1)\b", fragment.html)
    assert '<p dir="rtl">فقرة <strong>عربية</strong>.</p>' in fragment.html
    assert '<p dir="ltr">English line.</p>' in fragment.html
    assert fragment.text == "عنوان\n\nفقرة عربية.\n\nEnglish line.\n"
