"""The review side of the writing desk: comments on a selection, highlights that follow typing,
the comments panel, the profile asked once, and reviews updating the rating in the header."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from studio.gui.editor_page import ArticleEditor
from studio.gui.editor_review import ReviewSide
from studio.gui.review_dialog import ReviewDialog
from studio.gui.review_forms import CommentDialog, ProfileDialog, store_profile, stored_profile
from studio.gui.reviews_dialog import ReviewsDialog
from studio.library import Library, Status, checks_store
from studio.review.rating import Verdict
from tests.gui.conftest import type_text
from tests.gui.review_pages import open_review_page

FIRST = "ضع خلاصة المقال في الفقرة الأولى"
SECOND = "العميل يدفع مقابل الحكم لا عدد الكلمات"
BODY = f"مقدمة قصيرة عن الكتابة.\n\n{FIRST} دائما.\n\n{SECOND}.\n"


def _page(qtbot, library: Library) -> ArticleEditor:
    return open_review_page(qtbot, library, BODY)


def _select(page: ArticleEditor, passage: str) -> None:
    text = page.editor.toPlainText()
    start = text.index(passage)
    cursor = QTextCursor(page.editor.document())
    cursor.setPosition(start)
    cursor.setPosition(start + len(passage), QTextCursor.MoveMode.KeepAnchor)
    page.editor.setTextCursor(cursor)


def _comment(qtbot, review: ReviewSide, text: str) -> None:
    assert review.start_comment()
    dialog = review.dialog
    assert isinstance(dialog, CommentDialog)
    type_text(dialog.text, text)
    dialog.accept()
    qtbot.waitUntil(lambda: review.dialog is None)


def _highlighted(page: ArticleEditor) -> list[str]:
    return [m.cursor.selectedText() for m in page.editor.comment_marks]


def test_comment_on_a_selection_shows_in_the_panel_and_highlights(qtbot, library) -> None:
    store_profile("سارة", "editor")
    page = _page(qtbot, library)
    review = page.review
    _select(page, SECOND)
    _comment(qtbot, review, "مثال؟")
    _select(page, FIRST)
    _comment(qtbot, review, "جيد")
    # In the order of the text, whatever order they were written in.
    assert [card.thread.text for card in review.panel.cards] == ["جيد", "مثال؟"]
    assert [card.thread.author for card in review.panel.cards] == ["سارة", "سارة"]
    assert sorted(_highlighted(page)) == sorted([FIRST, SECOND])
    # Clicking a comment selects its passage.
    page.editor.moveCursor(QTextCursor.MoveOperation.Start)
    review.panel._activate(review.panel.cards[1].thread.id)
    assert page.editor.textCursor().selectedText() == SECOND
    page.close_editor()


def test_typing_before_a_passage_keeps_its_highlight_on_it(qtbot, library) -> None:
    store_profile("Omar", "editor")
    page = _page(qtbot, library)
    _select(page, FIRST)
    _comment(qtbot, page.review, "Move this up.")
    cursor = page.editor.textCursor()
    cursor.setPosition(0)
    page.editor.setTextCursor(cursor)
    type_text(page.editor, "تمهيد جديد ")
    qtbot.waitUntil(lambda: _highlighted(page) == [FIRST], timeout=3000)
    assert page.editor.toPlainText().startswith("تمهيد جديد ")
    page.close_editor()


def test_reply_resolve_and_reopen_from_the_panel(qtbot, library) -> None:
    store_profile("Omar", "editor")
    page = _page(qtbot, library)
    _select(page, FIRST)
    _comment(qtbot, page.review, "Shorter?")
    thread_id = page.review.panel.cards[0].thread.id
    assert page.review.reply("سارة", thread_id, "حسنا")
    assert [r.text for r in page.review.panel.cards[0].thread.replies] == ["حسنا"]
    page.review.panel.cards[0].resolve_button.click()
    assert library.comments(page.article_id)[0].resolved
    assert page.review.panel.cards[0].resolve_button.text() == "Reopen"
    page.review.panel.cards[0].resolve_button.click()
    assert not library.comments(page.article_id)[0].resolved
    page.close_editor()


def test_saved_review_updates_the_rating_and_the_status(qtbot, library) -> None:
    store_profile("Omar", "editor")
    page = _page(qtbot, library)
    label = page.review.header.rating_label
    assert "No ratings yet" in label.text()
    page.review.start_review()
    dialog = page.review.dialog
    assert isinstance(dialog, ReviewDialog)
    dialog.stars.setValue(4)
    dialog.set_verdict(Verdict.APPROVE)
    dialog.accept()
    qtbot.waitUntil(lambda: page.review.dialog is None)
    assert "4.0 out of 5 · 1 review" in label.text()
    # The checklist as it stood is kept with the review.
    (review,) = library.reviews(page.article_id)
    assert [rid for _sid, rid, _payload in checks_store.snapshots(library, page.article_id)] == [
        review.id
    ]
    assert library.get(page.article_id).status is Status.APPROVED
    assert "Approved" in page.review.header.status_button.text()
    library.add_review(page.article_id, stars=5, verdict="approve", reviewer="Lina")
    page.review.reload_header()
    assert "4.5 out of 5 · 2 reviews" in label.text()
    page.close_editor()


def test_the_profile_is_asked_once_at_the_first_comment(qtbot, library) -> None:
    page = _page(qtbot, library)
    assert stored_profile() is None
    _select(page, FIRST)
    assert page.review.start_comment()
    profile = page.review.dialog
    assert isinstance(profile, ProfileDialog)
    type_text(profile.name, "ليلى")
    profile.accept()
    qtbot.waitUntil(lambda: isinstance(page.review.dialog, CommentDialog))
    assert stored_profile() == ("ليلى", "writer")
    assert library.person_role("ليلى") == "writer"
    page.review.dialog.reject()
    qtbot.waitUntil(lambda: page.review.dialog is None)
    # The second time goes straight to the comment.
    assert page.review.start_comment()
    assert isinstance(page.review.dialog, CommentDialog)
    page.review.dialog.reject()
    QApplication.processEvents()
    page.close_editor()


def test_nothing_selected_asks_for_a_selection(qtbot, library) -> None:
    page = _page(qtbot, library)
    assert not page.review.start_comment()
    assert page.review.dialog is None
    page.close_editor()


def test_the_window_offers_comment_and_review_in_menus_and_the_context_menu(
    qtbot, filled_library: Library
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QKeySequence
    from PySide6.QtTest import QTest

    from studio.gui.main_window import MainWindow

    store_profile("Omar", "editor")
    window = MainWindow(filled_library, "en")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    tabs = window.workspace
    action = tabs.comment_action
    assert action.shortcut() == QKeySequence("Ctrl+Alt+M")
    assert action in tabs.review_menu.actions() and tabs.review_action in tabs.review_menu.actions()
    page = tabs.open_article(filled_library.list()[0].id)
    assert page is not None
    assert page.editor.context_actions == [action]
    # No comments yet: the panel leaves the room to the text, until View ▸ Comments asks.
    assert not page.review.panel.isVisible()
    assert not tabs.comments_panel_action.isChecked()
    tabs.comments_panel_action.setChecked(True)
    assert page.review.panel.isVisible()
    tabs.comments_panel_action.setChecked(False)
    assert not page.review.panel.isVisible()
    # The shortcut on a selection opens the comment form.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page.editor.setFocus()
    cursor = page.editor.textCursor()
    cursor.setPosition(0)
    cursor.setPosition(5, QTextCursor.MoveMode.KeepAnchor)
    page.editor.setTextCursor(cursor)
    QTest.keyClick(
        page.editor,
        Qt.Key.Key_M,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier,
    )
    qtbot.waitUntil(lambda: isinstance(page.review.dialog, CommentDialog))
    page.review.dialog.reject()
    # A comment added while the panel was put away brings it back, with the comment in it.
    assert page.review.add_comment("Omar", (0, 5), page.editor.toPlainText()[0:5], "Why?")
    assert page.review.panel.isVisible()
    assert tabs.comments_panel_action.isChecked()  # the menu's tick follows
    # ... and unticking it still puts the panel away.
    tabs.comments_panel_action.setChecked(False)
    assert not page.review.panel.isVisible()
    tabs.comments_panel_action.setChecked(True)
    assert [card.thread.text for card in page.review.panel.cards] == ["Why?"]


def test_an_article_with_comments_opens_with_its_panel(qtbot, filled_library):
    from studio.gui.main_window import MainWindow

    store_profile("Omar", "editor")
    article = filled_library.list()[0]
    body = filled_library.get(article.id).body
    filled_library.add_comment(
        article.id, "Check this", author="Omar", quote=body[:4], start=0, end=4
    )
    window = MainWindow(filled_library, "en")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    page = window.workspace.open_article(article.id)
    assert page is not None
    assert page.review.panel.isVisible()
    assert window.workspace.comments_panel_action.isChecked()
    # Focus mode hides it and gives it back.
    page.set_focus_mode(True)
    assert not page.review.panel.isVisible()
    page.set_focus_mode(False)
    assert page.review.panel.isVisible()


def test_past_reviews_are_read_with_the_checklist_kept_with_each(qtbot, library) -> None:
    store_profile("Omar", "editor")
    page = _page(qtbot, library)
    page.review.start_review()
    dialog = page.review.dialog
    assert isinstance(dialog, ReviewDialog)
    dialog.stars.setValue(4)
    dialog.criteria["clarity"].setValue(3)
    dialog.set_verdict(Verdict.REQUEST_CHANGES)
    dialog.summary.setPlainText("Tighten the second paragraph.")
    dialog.accept()
    qtbot.waitUntil(lambda: page.review.dialog is None)
    # A second review saved without a checklist (by a script, say).
    library.add_review(page.article_id, stars=5, verdict="approve", reviewer="Lina")

    # From the status button's menu, as an editor would.
    action = next(
        a for a in page.review.header.status_button.menu().actions() if a.text() == "Reviews…"
    )
    with qtbot.waitSignal(page.review.reviews_shown, timeout=5_000) as shown:
        action.trigger()
    reviews = shown.args[0]
    assert isinstance(reviews, ReviewsDialog)
    lines = [reviews.list.item(i).text() for i in range(reviews.list.count())]
    assert len(lines) == 2
    assert "Lina" in lines[0] and "★★★★★" in lines[0] and "Approved" in lines[0]
    assert "Omar" in lines[1] and "★★★★☆" in lines[1] and "Changes requested" in lines[1]
    # The newest first, shown at once: no checklist was kept with it.
    assert "No checklist was kept" in reviews.details.toPlainText()
    reviews.list.setCurrentRow(1)
    shown_text = reviews.details.toPlainText()
    assert "Clarity" in shown_text and "★★★☆☆" in shown_text
    assert "Tighten the second paragraph." in shown_text
    assert "The checklist when this review was saved" in shown_text
    assert "Not AI-only" in shown_text and "Proofread" in shown_text
    reviews.close()
    page.close_editor()
