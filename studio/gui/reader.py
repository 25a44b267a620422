"""The reading pane: the selected article, rendered read-only with per-paragraph direction."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont, QTextTable
from PySide6.QtWidgets import QFrame, QTextBrowser, QWidget

from studio.gui import size_limits
from studio.gui.fonts import READING_FAMILIES
from studio.gui.i18n import status_label
from studio.library import ArticleDetail, SearchHit
from studio.text import Direction, word_count

DOCUMENT_MARGIN = 28
# Qt sets a left-to-right table this far in from the text's edge; the same on the right.
TABLE_INSET = 8


class ReaderPane(QTextBrowser):
    """Shows one article. Links never navigate inside the pane: web addresses open in the
    user's browser, anything else is ignored."""

    external_link_opened = Signal(QUrl)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reader")
        self.setReadOnly(True)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.anchorClicked.connect(self._open_link)
        font = QFont()
        font.setFamilies(READING_FAMILIES)
        font.setPointSizeF(max(self.font().pointSizeF(), 10.0) * 1.2)
        self.document().setDefaultFont(font)
        self.document().setDocumentMargin(DOCUMENT_MARGIN)
        self.article_id: int | None = None
        self.show_nothing()

    def loadResource(self, _type: int, _name: QUrl) -> Any:
        # Articles are text from anywhere: never let one make the pane read a file.
        return None

    def show_nothing(self) -> None:
        self.article_id = None
        message = self.tr("Select an article in the list to read it here.")
        self.setHtml(f'<p style="color:#8a8a8a" align="center"><br/><br/>{message}</p>')

    def show_article(self, article: ArticleDetail, hit: SearchHit | None = None) -> None:
        # Imported for the first article shown: the renderer (markdown-it, the export's HTML)
        # is not needed to paint the window.
        from studio.gui.reader_html import ReaderPage, article_default_direction, render_page

        interface = Direction.RTL if self.isRightToLeft() else Direction.LTR
        byline = [
            self.tr("by {author}").format(author=article.author) if article.author else "",
            self.tr("for {client}").format(client=article.client) if article.client else "",
            status_label(article.status),
            self.tr("%Ln word(s)", "", article.words),
            self.tr("%Ln min read", "", max(article.reading_minutes, 1)) if article.words else "",
        ]
        body = size_limits.beginning(article.body, size_limits.READER_MAX_CHARS)
        if len(body) < len(article.body):
            # Laying out the whole of a very long article would freeze the window for seconds.
            body += (
                "\n\n---\n\n*"
                + self.tr(
                    "This article is very long: the pane shows its first {shown} of {total} words. "
                    "Export it (File ▸ Export…) to read it whole."
                ).format(
                    shown=self.locale().toString(word_count(body)),
                    total=self.locale().toString(article.words),
                )
                + "*\n"
            )
        page = ReaderPage(
            title=article.title,
            byline=byline,
            body=body,
            default=article_default_direction(article.direction, article.lang),
            interface=interface,
            match_label=self.tr("Matches your search") if hit else None,
            snippet=hit.snippet if hit else None,
            highlights=hit.highlights if hit else (),
            empty_body=self.tr("This article has no text yet."),
            font_pt=self.document().defaultFont().pointSizeF(),
            overrides=article.paragraph_directions,
        )
        self.article_id = article.id
        self.setHtml(render_page(page))
        self._inset_rtl_tables()

    def _inset_rtl_tables(self) -> None:
        # Qt aligns a right-aligned table to the page's edge, ignoring the document margin that
        # every paragraph respects; a right margin puts it back in line with the text.
        for frame in self.document().rootFrame().childFrames():
            if isinstance(frame, QTextTable):
                fmt = frame.format()
                if fmt.layoutDirection() == Qt.LayoutDirection.RightToLeft:
                    fmt.setRightMargin(DOCUMENT_MARGIN + TABLE_INSET)
                    frame.setFormat(fmt)

    def _open_link(self, url: QUrl) -> None:
        from studio.gui.reader_html import SAFE_LINK_SCHEMES

        if url.toString().lower().startswith(SAFE_LINK_SCHEMES):
            QDesktopServices.openUrl(url)
            self.external_link_opened.emit(url)
