"""PDF of an article through Qt (QTextDocument laid out on a QPdfWriter): Qt shapes Arabic itself
and embeds the fonts, so no reshaping is needed and the PDF's text stays searchable.

The body is the export's own sanitised HTML (`studio.export`), the same every format starts from;
Qt's rich-text engine honours `dir` on blocks, and `align` is added because Qt aligns by it.
Pages carry their number at the foot. Works without a screen: the command line creates an
offscreen QGuiApplication when there is none.
"""

from __future__ import annotations

import os
import re
from html import escape
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from studio.export.body import article_direction, render_body
from studio.export.images import AssetLookup, asset_id
from studio.export.labels import labels_for
from studio.export.writing import ExportOptions, PaperSize, write_atomically
from studio.library.records import ArticleDetail
from studio.text import Direction, block_direction

RESOLUTION_DPI = 300
MARGINS_MM = QMarginsF(22, 20, 22, 18)
FOOTER_PT = 22
_PAGE_SIZES = {PaperSize.A4: QPageSize.PageSizeId.A4, PaperSize.LETTER: QPageSize.PageSizeId.Letter}
_RESOURCE_PREFIX = "qalam-assets/"
# Serif faces with Arabic fallbacks; Qt falls through the list per character.
FONT_FAMILIES = ["Noto Serif", "DejaVu Serif", "Noto Naskh Arabic", "Amiri", "Times New Roman"]
_RTL_BLOCK = re.compile(r'(<(?:p|h[1-6]|li|td|th)\b[^>]*?)dir="rtl"')
_RTL_TABLE = re.compile(r'<table dir="rtl">.*?</table>', re.DOTALL)
_ROW = re.compile(r"(<tr>)(.*?)</tr>", re.DOTALL)
_CELL = re.compile(r"<t[hd]\b.*?</t[hd]>", re.DOTALL)
# Qt lays images out at 96 pixels an inch whatever the printer's resolution: wider images are
# given this width (the text block of A4 and Letter), and giants are scaled down in memory.
TEXT_WIDTH_PX = 620
MAX_IMAGE_PX = 2400
_IMAGE_TAG = re.compile(r'<img src="(qalam-assets/[0-9a-f]{64})"')
_TABLE_TAG = re.compile(r'<table dir="(ltr|rtl)">')

# Qt's rich-text CSS reads margins only in px (96 an inch, whatever the printer): a margin in
# pt is dropped without a word, which left paragraphs, headings and quotes with no space.
STYLE = """
h1 { font-size: 20pt; font-weight: 700; margin-bottom: 5px; }
h2 { font-size: 15pt; font-weight: 700; margin-top: 21px; margin-bottom: 8px; }
h3 { font-size: 13pt; font-weight: 700; margin-top: 16px; margin-bottom: 5px; }
h4, h5, h6 { font-size: 11.5pt; font-weight: 700; margin-top: 13px; margin-bottom: 5px; }
p { margin-top: 0px; margin-bottom: 11px; line-height: 140%; }
li { margin-bottom: 4px; line-height: 140%; }
blockquote { color: #4a4540; margin-left: 24px; margin-right: 24px; }
pre { font-family: "DejaVu Sans Mono", monospace; font-size: 9pt; background-color: #f1ede4; }
code { font-family: "DejaVu Sans Mono", monospace; font-size: 9.5pt; }
.byline { color: #6b655b; font-size: 10pt; margin-bottom: 24px; }
a { color: #8a4b14; }
th { background-color: #f1ede4; font-weight: 700; }
"""


def ensure_application() -> QGuiApplication:
    """The running Qt application, or an offscreen one for scripts without a screen."""
    app = QGuiApplication.instance()
    if app is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication([])
    return app  # type: ignore[return-value]


class _Images:
    """Library images named for Qt's resource table instead of embedded as data URIs."""

    def __init__(self, lookup: AssetLookup | None) -> None:
        self.lookup = lookup
        self.images: dict[str, QImage] = {}

    def __call__(self, source: str, _alt: str) -> str | None:
        digest = asset_id(source)
        asset = self.lookup(digest) if digest and self.lookup else None
        if asset is None:
            return None
        image = QImage.fromData(asset.data)
        if image.isNull():
            return None
        if image.width() > MAX_IMAGE_PX:
            image = image.scaledToWidth(MAX_IMAGE_PX, Qt.TransformationMode.SmoothTransformation)
        name = f"{_RESOURCE_PREFIX}{digest}"
        self.images[name] = image
        return name


def pdf_html(article: ArticleDetail, images: _Images) -> str:
    default = article_direction(article.direction, article.lang)
    body = render_body(
        article.body,
        default,
        title=article.title,
        resolve_image=images,
        local_image_prefix=_RESOURCE_PREFIX,
        overrides=article.paragraph_directions,
    )
    labels = labels_for(article.lang)
    byline = [f"{labels.by} {article.author}"] if article.author else []
    byline.append(labels.date(article.created.date()))
    if article.reading_minutes:
        byline.append(labels.reading_time(article.reading_minutes))
    title_dir = block_direction(article.title, default) or default
    align = "right" if default is Direction.RTL else "left"
    title_align = "right" if title_dir is Direction.RTL else "left"
    html = (
        f'<h1 dir="{title_dir.value}" align="{title_align}">{escape(article.title)}</h1>'
        f'<p class="byline" dir="{default.value}" align="{align}">'
        f"{escape(labels.separator.join(byline))}</p>{body.html}"
    )
    # Qt aligns by `align`; `dir` alone sets the order of the text but not its side.
    html = _RTL_BLOCK.sub(r'\1dir="rtl" align="right"', html)
    html = _RTL_TABLE.sub(_mirror_table, html)
    # Qt's tables have no borders or padding unless told, and stand left unless aligned.
    html = _TABLE_TAG.sub(_table_attributes, html)

    def sized(match: re.Match[str]) -> str:
        image = images.images.get(match.group(1))
        if image is not None and image.width() > TEXT_WIDTH_PX:
            return f'{match.group(0)} width="{TEXT_WIDTH_PX}"'
        return match.group(0)

    return _IMAGE_TAG.sub(sized, html)


def _table_attributes(match: re.Match[str]) -> str:
    align = ' align="right"' if match.group(1) == "rtl" else ""
    return (
        f'<table dir="{match.group(1)}" border="1" cellspacing="0" cellpadding="6"'
        f' width="100%"{align}>'
    )


def _mirror_table(table: re.Match[str]) -> str:
    """Qt lays table columns out left to right whatever the table's `dir`: a right-to-left
    table is written with each row's cells reversed, so its first column stands on the right."""

    def mirror_row(row: re.Match[str]) -> str:
        cells = _CELL.findall(row.group(2))
        return f"{row.group(1)}{''.join(reversed(cells))}</tr>"

    return _ROW.sub(mirror_row, table.group(0))


def write_pdf(
    article: ArticleDetail, path: Path, options: ExportOptions, lookup: AssetLookup | None
) -> None:
    ensure_application()
    images = _Images(lookup)
    document = QTextDocument()
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPointSizeF(12.5 if article.lang == "ar" else 11)
    document.setDefaultFont(font)
    document.setDefaultStyleSheet(STYLE)
    html = pdf_html(article, images)
    for name, image in images.images.items():
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
    document.setHtml(html)

    temporary = path.with_name(f".qalam-{path.name}.part")
    writer = QPdfWriter(str(temporary))
    writer.setResolution(RESOLUTION_DPI)
    writer.setTitle(article.title)
    writer.setCreator("Qalam Studio")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(_PAGE_SIZES[options.paper]),
            QPageLayout.Orientation.Portrait,
            MARGINS_MM,
            QPageLayout.Unit.Millimeter,
        )
    )
    try:
        _paint(document, writer, article)
        data = temporary.read_bytes()
    finally:
        temporary.unlink(missing_ok=True)
    write_atomically(path, data)


def _paint(document: QTextDocument, writer: QPdfWriter, article: ArticleDetail) -> None:
    document.documentLayout().setPaintDevice(writer)
    width = writer.width()
    footer = FOOTER_PT * RESOLUTION_DPI / 72
    body_height = writer.height() - footer
    document.setPageSize(QSizeF(width, body_height))
    pages = document.pageCount()
    painter = QPainter(writer)
    try:
        number_font = QFont(FONT_FAMILIES[0])
        number_font.setPointSizeF(8.5)
        for page in range(pages):
            if page:
                writer.newPage()
            painter.save()
            painter.translate(0, -page * body_height)
            document.drawContents(painter, QRectF(0, page * body_height, width, body_height))
            painter.restore()
            painter.setFont(number_font)
            painter.setPen(Qt.GlobalColor.darkGray)
            painter.drawText(
                QRectF(0, body_height, width, footer),
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom),
                f"{page + 1} / {pages}",
            )
    finally:
        painter.end()
