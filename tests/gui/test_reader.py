"""The reading pane in Qt: per-block direction as Qt lays it out, and links kept in check."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QTextBlock, QTextDocument
from PySide6.QtWidgets import QApplication

from studio.gui.reader import ReaderPane
from studio.library import ArticleDetail, Status

ARABIC = "الكتابة الحرة تحتاج إلى صبر ومراجعة دقيقة."
ENGLISH = "Freelance writing needs patience and careful review."


def _article(body: str, lang: str = "ar", direction: str = "auto") -> ArticleDetail:
    moment = datetime(2024, 5, 1, 10, 0)
    return ArticleDetail(
        id=7,
        external_id=None,
        title="مقال تجريبي",
        body=body,
        lang=lang,
        direction=direction,
        status=Status.DRAFT,
        author="سارة",
        client="Acme",
        tags=[],
        target_words=None,
        words=20,
        reading_minutes=1,
        created=moment,
        updated=moment,
        version=1,
        revisions=0,
    )


def _block(document: QTextDocument, text: str) -> QTextBlock:
    block = document.begin()
    while block.isValid():
        if block.text() == text:
            return block
        block = block.next()
    raise AssertionError(f"no block {text!r}")


def _line_edges(pane: ReaderPane, block: QTextBlock) -> tuple[float, float, float]:
    """(left, right) of the block's first line on the page, and the page's text width."""
    layout = block.layout()
    assert layout is not None and layout.lineCount() > 0
    line = layout.lineAt(0).naturalTextRect()
    origin = pane.document().documentLayout().blockBoundingRect(block).x()
    return origin + line.left(), origin + line.right(), pane.document().textWidth()


@pytest.fixture
def pane(qtbot):
    widget = ReaderPane()
    qtbot.addWidget(widget)
    widget.resize(700, 600)
    widget.show()
    return widget


@pytest.mark.parametrize(
    "interface", [Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft]
)
def test_arabic_paragraph_is_laid_out_right_to_left_and_english_left_to_right(
    pane: ReaderPane, qapp: QApplication, interface: Qt.LayoutDirection
) -> None:
    pane.setLayoutDirection(interface)
    pane.show_article(_article(f"{ARABIC}\n\n{ENGLISH}\n"))
    QApplication.processEvents()
    document = pane.document()
    arabic, english = _block(document, ARABIC), _block(document, ENGLISH)
    assert arabic.textDirection() == Qt.LayoutDirection.RightToLeft
    assert english.textDirection() == Qt.LayoutDirection.LeftToRight

    # Where the lines really are: the short Arabic line hugs the right margin, the English one
    # the left margin.
    margin = document.documentMargin()
    left, right, width = _line_edges(pane, arabic)
    assert right == pytest.approx(width - margin, abs=2)
    assert left > margin + 20
    left, right, width = _line_edges(pane, english)
    assert left == pytest.approx(margin, abs=2)
    assert right < width - margin - 20


def test_arabic_line_starting_with_an_english_word_stays_right_to_left(
    pane: ReaderPane,
) -> None:
    body = "ChatGPT أداة مفيدة للكتابة\n\n١٢٣ نص عربي بعد أرقام\n\nTighten the lede, then cut.\n"
    pane.show_article(_article(body))
    document = pane.document()
    rtl, ltr = Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight
    assert _block(document, "ChatGPT أداة مفيدة للكتابة").textDirection() == rtl
    assert _block(document, "١٢٣ نص عربي بعد أرقام").textDirection() == rtl
    # An English sentence quoted in the Arabic article keeps its own direction.
    assert _block(document, "Tighten the lede, then cut.").textDirection() == ltr
    # In an English article, the same kind of line is left to right.
    pane.show_article(_article("ChatGPT is useful أداة\n", lang="en"))
    assert _block(pane.document(), "ChatGPT is useful أداة").textDirection() == ltr


def test_article_direction_setting_decides_blocks_without_letters(pane: ReaderPane) -> None:
    pane.show_article(_article("2024\n", lang="en", direction="rtl"))
    assert _block(pane.document(), "2024").textDirection() == Qt.LayoutDirection.RightToLeft
    pane.show_article(_article("2024\n", lang="ar", direction="ltr"))
    assert _block(pane.document(), "2024").textDirection() == Qt.LayoutDirection.LeftToRight


def test_title_and_byline_are_shown(pane: ReaderPane) -> None:
    pane.show_article(_article(ARABIC))
    text = pane.toPlainText()
    assert "مقال تجريبي" in text
    assert "by سارة" in text and "for Acme" in text and "Draft" in text
    assert "20 words" in text
    assert _block(pane.document(), "مقال تجريبي").textDirection() == Qt.LayoutDirection.RightToLeft


def test_rtl_table_stays_inside_the_page_margin(pane: ReaderPane) -> None:
    pane.show_article(_article("| المنصة | العمولة |\n|---|---|\n| خمسات | 20% |\n"))
    QApplication.processEvents()
    document = pane.document()
    tables = document.rootFrame().childFrames()
    assert len(tables) == 1
    box = document.documentLayout().frameBoundingRect(tables[0])
    right_edge = box.right() - tables[0].format().rightMargin()
    assert right_edge <= document.textWidth() - document.documentMargin() + 1
    # The first column (المنصة) is on the right.
    first = document.documentLayout().blockBoundingRect(_block(document, "المنصة")).x()
    second = document.documentLayout().blockBoundingRect(_block(document, "العمولة")).x()
    assert first > second


def test_only_web_links_open_and_never_inside_the_pane(
    pane: ReaderPane, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(
        "studio.gui.reader.QDesktopServices.openUrl", lambda url: opened.append(url.toString())
    )
    pane.show_article(_article("[site](https://example.com) [file](file:///etc/passwd)"))
    before = pane.toPlainText()
    pane.anchorClicked.emit(QUrl("https://example.com"))
    pane.anchorClicked.emit(QUrl("file:///etc/passwd"))
    pane.anchorClicked.emit(QUrl("javascript:alert(1)"))
    assert opened == ["https://example.com"]
    assert pane.toPlainText() == before
    assert pane.loadResource(0, QUrl("file:///etc/passwd")) is None


def test_nothing_selected_shows_a_hint(pane: ReaderPane) -> None:
    pane.show_article(_article(ARABIC))
    pane.show_nothing()
    assert pane.article_id is None
    assert "Select an article" in pane.toPlainText()
