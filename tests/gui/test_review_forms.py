"""Comment highlights in a QTextEdit, the selection as a passage, the profile and comment forms."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QDialogButtonBox, QTextEdit

from studio.gui.comment_highlights import (
    ACTIVE,
    DRIFTED,
    OPEN,
    comment_selections,
    from_qt,
    selected_passage,
    to_qt,
)
from studio.gui.review_forms import CommentDialog, ProfileDialog, stored_profile
from studio.library import ArticleDraft, Library
from tests.gui.conftest import type_text

BODY = "مقدمة 🙂 قصيرة.\n\nضع خلاصة المقال في الفقرة الأولى.\n\nA good brief saves two rounds."


def test_offsets_between_python_and_qt():
    text = "a🙂b"
    assert to_qt(text, 2) == 3 and from_qt(text, 3) == 2
    assert from_qt(text, to_qt(text, 3)) == 3


def _edit(qtbot, text: str) -> QTextEdit:
    edit = QTextEdit()
    qtbot.addWidget(edit)
    edit.setPlainText(text)
    return edit


def _covered(edit: QTextEdit, selection) -> str:
    return selection.cursor.selectedText()


def test_highlights_follow_unsaved_edits(qtbot, library: Library):
    article = library.add_article(ArticleDraft(title="t", body=BODY))
    ar = library.add_comment(article, "جيد", quote="خلاصة المقال")
    en = library.add_comment(article, "ok", quote="saves two rounds")
    done = library.add_comment(article, "x", quote="A good brief")
    library.resolve(done.id)
    threads = library.comments(article)
    # The writer typed (unsaved): text before the passages and inside the English one.
    edit = _edit(qtbot, "سطر جديد 🙂\n" + BODY.replace("saves two", "saves at least two"))
    selections = comment_selections(edit, threads, active=ar.id)
    assert [_covered(edit, s) for s in selections] == [
        "خلاصة المقال",
        "saves at least two rounds",
    ]
    assert selections[0].format.background().color() == ACTIVE
    assert selections[1].format.background().color() == DRIFTED
    everything = comment_selections(edit, threads, include_resolved=True)
    colours = {_covered(edit, s): s.format.background().color() for s in everything}
    assert colours == {
        "خلاصة المقال": OPEN,
        "A good brief": OPEN,
        "saves at least two rounds": DRIFTED,
    }
    assert en.id != done.id


def test_selected_passage_in_code_points(qtbot):
    edit = _edit(qtbot, BODY)
    cursor = edit.textCursor()
    qt_start = to_qt(BODY, BODY.index("قصيرة")) - 1  # a space before is trimmed
    cursor.setPosition(qt_start)
    cursor.setPosition(qt_start + 1 + len("قصيرة"), QTextCursor.MoveMode.KeepAnchor)
    edit.setTextCursor(cursor)
    start, end = selected_passage(edit)
    assert BODY[start:end] == "قصيرة"
    cursor.clearSelection()
    edit.setTextCursor(cursor)
    assert selected_passage(edit) is None


def test_profile_is_stored(qtbot):
    assert stored_profile() is None
    dialog = ProfileDialog()
    qtbot.addWidget(dialog)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert not save.isEnabled()
    type_text(dialog.name, "سلمى")
    dialog.role.setCurrentIndex(1)
    assert save.isEnabled()
    dialog.accept()
    assert stored_profile() == ("سلمى", "editor")
    again = ProfileDialog()
    qtbot.addWidget(again)
    assert again.values() == ("سلمى", "editor")


def test_comment_dialog(qtbot, qapp):
    dialog = CommentDialog("ضع خلاصة المقال في الفقرة الأولى")
    qtbot.addWidget(dialog)
    assert dialog.quote.layoutDirection() == Qt.LayoutDirection.RightToLeft
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    type_text(dialog.text, "Add a source")
    assert ok.isEnabled() and dialog.comment() == "Add a source"


def test_forms_in_arabic(qtbot, qapp):
    from studio.gui.i18n import install_language

    install_language(qapp, "ar")
    dialog = ProfileDialog()
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "ملفك الشخصي"
    assert dialog.role.itemText(1) == "محرر"
    comment = CommentDialog("A good brief")
    qtbot.addWidget(comment)
    assert comment.windowTitle() == "إضافة تعليق"
    assert comment.quote.layoutDirection() == Qt.LayoutDirection.LeftToRight
