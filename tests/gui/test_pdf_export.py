"""PDF through Qt: pages of the chosen size, numbered, Arabic fonts embedded, text right-aligned."""

from __future__ import annotations

import re
import subprocess
import sys

from studio.export.writing import ExportOptions, PaperSize
from studio.gui.pdf_export import pdf_html, write_pdf
from tests.export.conftest import make_article, make_png

LONG_ARABIC = "\n\n".join(["فقرة عربية طويلة تتكرر لتملأ الصفحات. " * 30] * 12)


def _pages(data: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page(?!s)", data))


def test_pdf_has_numbered_pages_of_the_chosen_size(qapp, tmp_path):
    article = make_article(LONG_ARABIC, title="عنوان", lang="ar")
    target = tmp_path / "a.pdf"
    write_pdf(article, target, ExportOptions(paper=PaperSize.A4), None)
    data = target.read_bytes()
    assert data.startswith(b"%PDF") and _pages(data) >= 2
    assert b"NotoNaskhArabic" in data or b"DejaVu" in data  # an Arabic face is embedded
    assert b"/MediaBox [0 0 595" in data
    write_pdf(article, target, ExportOptions(paper=PaperSize.LETTER), None)
    assert b"/MediaBox [0 0 612" in target.read_bytes()
    assert not list(tmp_path.glob(".qalam-*"))


def test_rtl_blocks_are_aligned_right_for_qt():
    from studio.gui.pdf_export import _Images

    article = make_article("فقرة.\n\n- بند\n\nEnglish.", lang="ar", title="ع")
    html = pdf_html(article, _Images(None))
    assert '<p dir="rtl" align="right">فقرة.</p>' in html
    assert '<li dir="rtl" align="right">بند</li>' in html
    assert '<p dir="ltr">English.</p>' in html


def test_images_become_document_resources(qapp, tmp_path):
    import hashlib

    from studio.gui.pdf_export import _Images
    from studio.library.records import AssetFile

    png = make_png(3000, 10)
    digest = hashlib.sha256(png).hexdigest()
    images = _Images(lambda sha: AssetFile(digest, "image/png", "x.png", png))
    html = pdf_html(make_article(f"![x](asset:{digest})"), images)
    name = f"qalam-assets/{digest}"
    assert f'src="{name}"' in html
    assert images.images[name].width() <= 2400
    assert f'src="{name}" width="620"' in html


def test_command_line_pdf_without_a_running_application(tmp_path, library):
    from studio.library import ArticleDraft

    [article_id] = library.add_articles([ArticleDraft(title="T", body="نص.")]).imported
    target = tmp_path / "out.pdf"
    command = [sys.executable, "-m", "studio", "--library", str(library.path), "export"]
    command += [str(article_id), "--format", "pdf", "-o", str(target)]
    result = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert target.read_bytes().startswith(b"%PDF")


def test_rtl_tables_are_mirrored_for_qt():
    from studio.gui.pdf_export import _Images

    body = "| الأول | الثاني |\n|---|---|\n| ١ | ٢ |\n\n| first | second |\n|---|---|\n| 1 | 2 |\n"
    html = pdf_html(make_article(body, lang="ar", title="ع"), _Images(None))
    arabic, english = html.split("<table")[1:3]
    assert arabic.index("الثاني") < arabic.index("الأول")
    assert arabic.index("٢") < arabic.index("١")
    assert english.index("first") < english.index("second")


def test_paragraphs_headings_and_quotes_keep_their_margins(qapp):
    # Found by looking at an exported PDF: paragraphs ran together with no gap and quotes were
    # not indented, because Qt dropped every margin written in pt.
    from PySide6.QtGui import QTextDocument

    from studio.gui.pdf_export import STYLE, _Images

    article = make_article(body="## عنوان\n\nفقرة أولى.\n\nفقرة ثانية.\n\n> اقتباس قصير.\n")
    document = QTextDocument()
    document.setDefaultStyleSheet(STYLE)
    document.setHtml(pdf_html(article, _Images(None)))
    formats = {}
    block = document.begin()
    while block.isValid():
        formats[block.text().strip()] = block.blockFormat()
        block = block.next()
    assert formats["فقرة أولى."].bottomMargin() >= 10
    assert formats["عنوان"].topMargin() >= 15
    quote = formats["اقتباس قصير."]
    assert quote.leftMargin() + quote.rightMargin() + quote.indent() > 0
