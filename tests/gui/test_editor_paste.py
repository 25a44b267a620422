"""Pasting into the editor: HTML copied from a web page or Google Docs arrives as Markdown, with
its embedded images stored in the library; the studio's own text and Paste as Plain Text arrive
as plain text."""

from __future__ import annotations

import base64

import pytest
from PySide6.QtCore import QMimeData
from PySide6.QtGui import QAction, QTextCursor
from PySide6.QtWidgets import QApplication, QMenu

from studio.gui.editor_page import ArticleEditor
from studio.gui.editor_text import FRAGMENT_MIME
from studio.library import Library
from tests.gui.conftest import shown_page

BODY = "مقدمة المقال.\n\n"
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGP4z8DwHwAFAAH/iZk9HQAAAABJRU5ErkJggg=="
)
WEB_PAGE = (
    '<h2>دليل الزائر</h2><p>ابدأ من <a href="https://example.org/old-town">المدينة القديمة</a> '
    "ثم <strong>القصر الملكي</strong>.</p><ul><li>Chopin museum</li><li>Vistula walk</li></ul>"
    f'<p><img src="data:image/png;base64,{base64.b64encode(PNG).decode()}" alt="خريطة"></p>'
)
PLAIN = "دليل الزائر\nابدأ من المدينة القديمة ثم القصر الملكي.\nChopin museum\nVistula walk"


@pytest.fixture
def page(qtbot, library: Library) -> ArticleEditor:
    editor = shown_page(qtbot, library, "وارسو", BODY, at_end=True)
    yield editor
    editor.close_editor()


def _clipboard(html: str, text: str) -> QMimeData:
    data = QMimeData()
    data.setHtml(html)
    data.setText(text)
    return data


def test_a_web_page_pastes_as_markdown_with_its_image_in_the_library(
    page: ArticleEditor, library: Library
) -> None:
    page.editor.insertFromMimeData(_clipboard(WEB_PAGE, PLAIN))
    text = page.editor.text()
    pasted = text[len(BODY) :]
    sha = library.add_asset(PNG, "image/png", "again.png")  # same content: same name
    assert pasted == (
        "## دليل الزائر\n\n"
        "ابدأ من [المدينة القديمة](https://example.org/old-town) ثم **القصر الملكي**.\n\n"
        "- Chopin museum\n- Vistula walk\n\n"
        f"![خريطة](asset:{sha})"
    )
    stored = library.asset(sha)
    assert stored is not None and stored.data == PNG
    # Still pasted text in the authorship record, all of it.
    spans = [(s.origin.value, s.end - s.start) for s in page.authorship.record.spans()]
    assert spans[-1] == ("pasted", len(pasted))
    # One undo takes the whole paste away.
    page.editor.undo()
    assert page.editor.text() == BODY


def test_paste_as_plain_text_in_the_edit_menu_ignores_the_html(qtbot, window) -> None:
    article_id = window.library.list()[0].id
    page = window.workspace.open_article(article_id)
    assert page is not None
    before = page.editor.text()
    cursor = page.editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    page.editor.setTextCursor(cursor)
    action = next(a for a in window.findChildren(QAction) if a.objectName() == "pastePlain")
    assert action.shortcut().toString() == "Ctrl+Shift+V"
    edit_menu = next(m for m in window.findChildren(QMenu) if m.objectName() == "editMenu")
    assert action in edit_menu.actions()
    QApplication.clipboard().setMimeData(_clipboard(WEB_PAGE, PLAIN))
    action.trigger()
    assert page.editor.text() == before + PLAIN
    window.workspace.close_all()


def test_text_copied_in_the_studio_pastes_as_it_was_written(page: ArticleEditor) -> None:
    # The editor's own copies carry Qt's HTML too; their text is already the Markdown.
    data = _clipboard("<p><b>**bold**</b> and more</p>", "**bold** and more")
    data.setData(FRAGMENT_MIME, b'{"text": "**bold** and more", "runs": [[17, "typed"]]}')
    page.editor.insertFromMimeData(data)
    assert page.editor.text() == BODY + "**bold** and more"


def test_prose_without_structure_pastes_as_its_plain_text(page: ArticleEditor) -> None:
    page.editor.insertFromMimeData(_clipboard("<p>snake_case *stays*</p>", "snake_case *stays*"))
    assert page.editor.text() == BODY + "snake_case *stays*"
