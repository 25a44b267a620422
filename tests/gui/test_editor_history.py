"""Revisions from the editor: manual snapshots, the history dialog's word diff, restoring."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor, QTextDocument

from studio.gui.editor_diff_html import diff_html
from studio.gui.editor_history import CURRENT
from studio.gui.editor_page import ArticleEditor
from studio.library import ArticleDraft, Library
from studio.text import Direction
from tests.gui.conftest import type_text

FIRST = "الفقرة الأولى من المقال.\n\nThe English paragraph.\n"


def test_diff_html_colours_changes_and_keeps_each_paragraph_direction() -> None:
    html = diff_html("كلمة قديمة هنا\nold words", "كلمة جديدة هنا\nnew words", Direction.RTL)
    assert 'dir="rtl" align="right"' in html
    assert 'dir="ltr" align="left"' in html
    assert "line-through" in html and "قديمة" in html
    assert "#d8f0d2" in html and "جديدة" in html


def test_snapshot_history_compare_and_restore(qtbot, library: Library) -> None:
    article_id = library.add_article(ArticleDraft(title="تاريخ", body=FIRST, lang="ar"))
    page = ArticleEditor(library, library.get(article_id), autosave_ms=60_000, max_wait_ms=60_000)
    qtbot.addWidget(page)
    page.show()
    cursor = page.editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    page.editor.setTextCursor(cursor)
    type_text(page.editor, "إضافة أولى")
    page.save("manual")
    qtbot.waitUntil(lambda: not page.worker.busy and not page.dirty, timeout=5000)
    type_text(page.editor, " ثم ثانية")
    dialog = page.open_history()
    assert dialog is not None
    reasons = [info.reason for info in dialog.revisions]
    assert "manual" in reasons and "original" in reasons
    original = next(info.id for info in dialog.revisions if info.reason == "original")
    html = dialog.compare(original, CURRENT)
    assert "إضافة" in html and "#d8f0d2" in html
    assert 'dir="rtl"' in html
    # Restoring the original is a new revision; the text written since stays in the history.
    restored = dialog.restore(original)
    assert restored is not None
    assert page.editor.text() == FIRST
    assert library.get(article_id).body == FIRST
    after = [info.reason for info in library.revisions(article_id)]
    assert "restore" in after
    assert any(
        library.revision(info.id).body.endswith("ثم ثانية")
        for info in library.revisions(article_id)
    )
    page.close_editor()


def test_inserted_images_become_library_assets(qtbot, library: Library, tmp_path) -> None:
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QColor, QImage, QTextDocument

    image = QImage(40, 20, QImage.Format.Format_RGB32)
    image.fill(QColor("#2f6f9f"))
    path = tmp_path / "cover.png"
    assert image.save(str(path))
    article_id = library.add_article(ArticleDraft(title="صور", body="نص.\n", lang="ar"))
    page = ArticleEditor(library, library.get(article_id), autosave_ms=60_000, max_wait_ms=60_000)
    qtbot.addWidget(page)
    page.show()
    markdown = page.insert_image(path)
    assert markdown is not None and markdown.startswith("![cover](asset:")
    digest = markdown.split("asset:")[1].rstrip(")")
    stored = library.asset(digest)
    assert stored is not None and stored.mime == "image/png"
    assert markdown in page.editor.text()
    # The preview shows it from the library, not from a file.
    page.set_preview_visible(True)
    assert not page.preview.loadResource(
        QTextDocument.ResourceType.ImageResource.value, QUrl(f"asset:{digest}")
    ).isNull()
    assert page.close_editor()
    assert markdown in library.get(article_id).body


def test_a_removed_paragraph_shows_struck_through_in_the_comparison() -> None:
    # Another window added a line; the writer's own version lacks it. "What you changed"
    # showed only a red ¶, hiding the line that keeping their version would throw away.
    theirs = "قبل الإغلاق مباشرة\nسطر كتبته نافذة أخرى."
    mine = "قبل الإغلاق مباشرة وسطري أنا"
    html = diff_html(theirs, mine, Direction.RTL)
    document = QTextDocument()
    document.setHtml(html)
    shown = document.toPlainText()
    assert "سطر كتبته نافذة أخرى." in shown
    assert "وسطري أنا" in shown
    struck = html.split('line-through;">')[1:]
    assert any("سطر كتبته نافذة أخرى." in part.split("</span>")[0] for part in struck)
    # Several removed lines all show.
    html = diff_html("أ\nب\nج\nد", "أ\nد", Direction.RTL)
    document.setHtml(html)
    assert all(letter in document.toPlainText() for letter in "أبجد")
