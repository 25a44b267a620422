"""Word documents and web pages into Markdown: structure kept, hostile input cleaned or refused."""

from __future__ import annotations

import base64
import io
import re
import zipfile
from dataclasses import replace

import pytest
from docx import Document

from studio.export.docx_export import docx_bytes
from studio.importers import import_paths, limits, read_drafts
from studio.importers.errors import (
    DOCX_DAMAGED,
    DOCX_SUSPICIOUS_COMPRESSION,
    DOCX_TOO_LARGE_UNPACKED,
    IMAGE_TOO_LARGE,
    IMAGE_TOO_MANY_PIXELS,
)
from studio.importers.html_files import html_draft
from studio.library.records import ArticleDraft, AssetFile
from tests.export.conftest import make_article, make_png, sample_articles
from tests.importers.conftest import check_refusal, only_refusal

PNG = make_png(20, 10)


def _only_draft(path) -> ArticleDraft:
    items = list(read_drafts(path))
    assert len(items) == 1 and isinstance(items[0], ArticleDraft), items
    return items[0]


# -- HTML --------------------------------------------------------------------------------------


def test_html_structure_becomes_markdown():
    page = """<html><head><title>The page</title><style>p{}</style></head><body>
    <nav><a href="/">Home</a></nav>
    <article><h1>Heading</h1><p>Some <strong>bold </strong>and <em>italic</em> and
    <a href="https://example.com/x">a link</a>.<br>Next line.</p>
    <h2>Lists</h2><ul><li>one<ul><li>nested</li></ul></li><li>two</li></ul>
    <ol><li>first</li><li>second</li></ol>
    <blockquote><p>A quote.</p><p>Its second paragraph.</p></blockquote>
    <pre><code>x = 1
print(x)</code></pre><p>Inline <code>code</code>.</p>
    <table><tr><th>a</th><th>b</th></tr><tr><td>1</td><td>2</td></tr></table>
    </article><footer>© site</footer></body></html>"""
    draft = html_draft(page, "p.html", None)
    assert draft.title == "The page"
    assert draft.body == (
        "# Heading\n\n"
        "Some **bold** and *italic* and [a link](https://example.com/x).\\\nNext line.\n\n"
        "## Lists\n\n- one\n   - nested\n- two\n\n1. first\n2. second\n\n"
        "> A quote.\n>\n> Its second paragraph.\n\n"
        "```\nx = 1\nprint(x)\n```\n\nInline `code`.\n\n"
        "| a | b |\n|---|---|\n| 1 | 2 |\n"
    )


@pytest.mark.parametrize(
    "hostile",
    [
        "<script>alert('x')</script>",
        "<p onclick=\"alert('x')\">text</p>",
        "<a href=\"javascript:alert('x')\">text</a>",
        "<img src=x onerror=\"alert('x')\">",
        "<iframe src=\"https://evil.example\">alert('x')</iframe>",
        "<svg><script>alert('x')</script></svg>",
        "<style>body{background:url(javascript:alert('x'))}</style>",
        "<object data=evil>alert('x')</object><form><input value=\"alert('x')\"></form>",
    ],
)
def test_nothing_executable_survives_html_import(hostile):
    draft = html_draft(f"<p>Keep this.</p>{hostile}", "p.html", None)
    assert "Keep this." in draft.body
    assert "alert" not in draft.body and "javascript" not in draft.body
    assert "<" not in draft.body.replace("\\<", "")


def test_broken_tags_leave_only_escaped_text():
    draft = html_draft("<p>a</p><scr<script>ipt>alert('x')</script><p>b</p>", "p.html", None)
    assert "<" not in draft.body.replace("\\<", "") and ">" not in draft.body.replace("\\>", "")


def test_html_images_become_library_assets(tmp_path, library):
    (tmp_path / "pics").mkdir()
    (tmp_path / "pics" / "a.png").write_bytes(PNG)
    (tmp_path / "outside.png").write_bytes(make_png(5, 5, (1, 2, 3)))
    embedded = make_png(3, 3, (9, 9, 9))
    data_uri = "data:image/png;base64," + base64.b64encode(embedded).decode()
    page = tmp_path / "site" / "page.html"
    page.parent.mkdir()
    (page.parent / "pics").mkdir()
    (page.parent / "pics" / "a.png").write_bytes(PNG)
    page.write_text(
        f'<h1>T</h1><p><img src="pics/a.png" alt="local"> <img src="{data_uri}" alt="inline">'
        ' <img src="https://example.com/w.png" alt="web"> <img src="../outside.png" alt="out">'
        ' <img src="/etc/passwd" alt="abs"></p>',
        "utf-8",
    )
    outcome = import_paths(library, [page])
    article = library.get(outcome.imported[0])
    import hashlib

    local, inline = (hashlib.sha256(d).hexdigest() for d in (PNG, embedded))
    assert f"![local](asset:{local})" in article.body
    assert f"![inline](asset:{inline})" in article.body
    assert "![web](https://example.com/w.png)" in article.body
    assert "outside" not in article.body and "passwd" not in article.body
    assert library.asset(local).data == PNG and library.asset(inline).data == embedded


def test_html_huge_images_are_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "MAX_IMAGE_BYTES", 100)
    big = base64.b64encode(b"\x89PNG\r\n\x1a\n" + b"\0" * 500).decode()
    path = tmp_path / "big.html"
    path.write_text(f'<p>x</p><img src="data:image/png;base64,{big}">', "utf-8")
    refusal = only_refusal(import_paths_outcome(path))
    assert refusal.template == IMAGE_TOO_LARGE


def test_image_bombs_are_refused_by_their_declared_pixels(tmp_path):
    import struct

    header = b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + b"IHDR"
    bomb = header + struct.pack(">II", 100_000, 100_000) + b"\x08\x02\0\0\0" + b"\0" * 8
    path = tmp_path / "bomb.html"
    uri = "data:image/png;base64," + base64.b64encode(bomb).decode()
    path.write_text(f'<p>x</p><img src="{uri}">', "utf-8")
    assert only_refusal(import_paths_outcome(path)).template == IMAGE_TOO_MANY_PIXELS


def import_paths_outcome(path):
    from studio.library.records import ImportOutcome

    outcome = ImportOutcome()
    for item in read_drafts(path):
        if isinstance(item, ArticleDraft):
            outcome.imported.append(0)
        else:
            outcome.refused.append(item)
    return outcome


def test_deeply_nested_or_unclosed_html_does_not_hang(tmp_path):
    path = tmp_path / "deep.html"
    path.write_text("<div>" * 50_000 + "<p>deep <b>text" + "<ul><li>" * 5_000, "utf-8")
    draft = _only_draft(path)
    assert "deep" in draft.body


# -- DOCX --------------------------------------------------------------------------------------


def _structure(markdown: str) -> list[str]:
    """Kinds of blocks in order (a list item counts as a block): how a round trip is judged.
    Line breaks inside a paragraph do not count: Markdown reads them as spaces."""
    kinds = []
    for block in markdown.split("\n\n"):
        lines = [line.strip() for line in block.strip().splitlines()]
        if not lines:
            continue
        if lines[0].startswith("#"):
            kinds.append("h" + str(len(lines[0]) - len(lines[0].lstrip("#"))))
        elif lines[0].startswith(">"):
            kinds.append("quote")
        elif lines[0].startswith("- ") or re.match(r"\d+\. ", lines[0]):
            for line in lines:
                if line.startswith("- "):
                    kinds.append("bullet")
                elif re.match(r"\d+\. ", line):
                    kinds.append("number " + line.split(".")[0])
        else:
            kinds.append("text")
    return kinds


@pytest.mark.parametrize("stem", sorted(sample_articles()))
def test_docx_round_trip_keeps_the_structure(stem, tmp_path):
    article = sample_articles()[stem]
    path = tmp_path / "a.docx"
    path.write_bytes(docx_bytes(article))
    draft = _only_draft(path)
    assert draft.title == article.title
    assert draft.author == article.author
    assert _structure(draft.body) == _structure(article.body)
    for marked in ("**", "](http"):
        assert article.body.count(marked) == draft.body.count(marked)


def test_docx_round_trip_keeps_images_and_links(tmp_path, library):
    import hashlib

    digest = hashlib.sha256(PNG).hexdigest()
    body = f"Intro with [a link](https://example.com) and *emphasis*.\n\n![A dot](asset:{digest})\n"
    article = make_article(body, title="With picture")
    path = tmp_path / "pic.docx"
    path.write_bytes(docx_bytes(article, {digest: AssetFile(digest, "image/png", "p", PNG)}.get))
    outcome = import_paths(library, [path])
    back = library.get(outcome.imported[0])
    assert back.body == body.rstrip("\n") + "\n"
    assert library.asset(digest).data == PNG


def _zip(parts: dict[str, bytes], compression=zipfile.ZIP_DEFLATED) -> bytes:
    stream = io.BytesIO()
    with zipfile.ZipFile(stream, "w", compression) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return stream.getvalue()


@pytest.mark.parametrize(
    ("content", "template"),
    [
        (b"not a zip at all", DOCX_DAMAGED),
        (b"", DOCX_DAMAGED),
        (_zip({"hello.txt": b"x"}), DOCX_DAMAGED),
        (_zip({"word/document.xml": b"<not xml", "[Content_Types].xml": b"<"}), DOCX_DAMAGED),
        (_zip({"word/document.xml": b"\0" * (40 * 1024 * 1024)}), DOCX_SUSPICIOUS_COMPRESSION),
    ],
)
def test_corrupt_or_bomb_docx_is_refused_with_a_clear_error(tmp_path, content, template):
    path = tmp_path / "bad.docx"
    path.write_bytes(content)
    refusal = only_refusal(import_paths_outcome(path))
    assert refusal.template == template
    check_refusal(refusal)


def test_docx_that_unpacks_too_far_is_refused_before_reading(tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "MAX_DOCX_UNPACKED_BYTES", 1000)
    path = tmp_path / "big.docx"
    path.write_bytes(docx_bytes(make_article("text " * 1000)))
    assert only_refusal(import_paths_outcome(path)).template == DOCX_TOO_LARGE_UNPACKED


def test_truncated_docx_is_refused(tmp_path):
    data = docx_bytes(make_article("Some text."))
    path = tmp_path / "cut.docx"
    path.write_bytes(data[: len(data) // 2])
    assert only_refusal(import_paths_outcome(path)).template == DOCX_DAMAGED


def test_docx_with_huge_image_is_refused(tmp_path, monkeypatch):
    import hashlib

    digest = hashlib.sha256(PNG).hexdigest()
    article = make_article(f"![x](asset:{digest})")
    data = docx_bytes(article, {digest: AssetFile(digest, "image/png", "p", PNG)}.get)
    monkeypatch.setattr(limits, "MAX_IMAGE_BYTES", 50)
    path = tmp_path / "img.docx"
    path.write_bytes(data)
    assert only_refusal(import_paths_outcome(path)).template == IMAGE_TOO_LARGE


def test_arabic_docx_import(tmp_path):
    article = replace(sample_articles()["01-web-writing-ar"])
    path = tmp_path / "ar.docx"
    path.write_bytes(docx_bytes(article))
    draft = _only_draft(path)
    assert "## القارئ على الشاشة ليس قارئ الكتاب" in draft.body
    assert "- **الفقرة القصيرة:** ثلاث جمل" in draft.body


@pytest.mark.parametrize("stem", sorted(sample_articles()))
def test_html_export_imports_back_with_the_same_structure(stem):
    from studio.export import HtmlOptions, html_page

    article = sample_articles()[stem]
    page = html_page(article, HtmlOptions(table_of_contents=True)).html
    draft = html_draft(page, "page.html", None)
    assert draft.title == article.title
    assert _structure(draft.body) == _structure(article.body)
    # Same words in the same order (a quote's line break comes back as a space).
    assert [w for w in draft.body.split() if w != ">"] == [
        w for w in article.body.split() if w != ">"
    ]


def test_figure_caption_becomes_the_image_title():
    page = (
        '<figure><img src="https://x.example/a.png" alt="Alt">'
        "<figcaption>The <b>caption</b></figcaption></figure>"
        '<figure><img src="https://x.example/b.png" alt="Same"><figcaption>Same</figcaption>'
        "</figure><figure><p>A quote</p><figcaption>Who said it</figcaption></figure>"
    )
    body = html_draft(page, "p.html", None).body
    assert body == (
        '![Alt](https://x.example/a.png "The caption")\n\n![Same](https://x.example/b.png)\n\n'
        "A quote\n\nWho said it\n"
    )


def test_a_heading_broken_by_a_line_break_gives_a_one_line_title(tmp_path):
    from studio.importers.html_files import html_draft

    draft = html_draft("<body><h1>عنوان<br>المقال</h1><p>نص.</p></body>", "x.html", tmp_path)
    assert draft.title == "عنوان المقال"


def test_a_bold_phrase_word_cut_into_runs_stays_one_bold_phrase(tmp_path):
    # Word cuts a phrase into runs by direction and by edit: "**تحرير** **edit**" came back
    # as "**تحرير ****edit**", which Markdown does not read as bold.
    document = Document()
    paragraph = document.add_paragraph("المصطلح ")
    for piece in ("تحرير ", "edit", " (مراجعة)"):
        paragraph.add_run(piece).bold = True
    paragraph.add_run(" في الجملة، و")
    paragraph.add_run("مائل").italic = True
    path = tmp_path / "runs.docx"
    document.save(str(path))
    draft = _only_draft(path)
    assert draft.body.strip() == "المصطلح **تحرير edit (مراجعة)** في الجملة، و*مائل*"
