"""An editor's day on the writing desk, as found by a QA pass on the real window: a move refused
because someone else moved the piece meanwhile says so in the interface's words and shows where
the piece stands now; a status, review or comment made elsewhere shows when the window comes
back; a writer's profile cannot approve, and the menu says whose decision it is; the checklist's
detail box does not repeat its evidence."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMessageBox

from studio.gui.editor_page import ArticleEditor
from studio.gui.error_texts import error_message
from studio.gui.i18n import install_language
from studio.gui.review_forms import ProfileDialog, store_profile, stored_profile
from studio.library import ArticleDraft, Library, LibraryError, Status
from studio.review import is_editor_decision, may_move
from tests.gui.review_pages import open_review_page

BODY = "مقدمة قصيرة عن الكتابة.\n\nضع خلاصة المقال في الفقرة الأولى دائما.\n"


def _page(qtbot, library: Library, status: Status = Status.IN_REVIEW) -> ArticleEditor:
    return open_review_page(qtbot, library, BODY, status)


def _boxes() -> list[QMessageBox]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]


def _close_boxes() -> None:
    for box in _boxes():
        box.close()


def test_a_refused_move_names_the_statuses_in_arabic(qapp, library) -> None:
    """It read 'لا يمكن نقل مقالة حالتها approved إلى draft … changes_requested, published'."""
    article_id = library.add_article(ArticleDraft(title="t", body="نص", status=Status.APPROVED))
    assert article_id is not None
    install_language(qapp, "ar")
    try:
        library.set_status(article_id, Status.DRAFT, by="هدى")
    except LibraryError as error:
        message = error_message(error)
    else:
        raise AssertionError("approved → draft should be refused")
    try:
        for key in ("approved", "draft", "changes_requested", "published", "archived"):
            assert key not in message
        assert "معتمد" in message and "مسودة" in message and "منشور" in message
    finally:
        install_language(qapp, "en")


def test_a_move_refused_after_another_window_moved_the_piece_shows_where_it_stands(
    qtbot, library
) -> None:
    store_profile("Huda", "editor")
    page = _page(qtbot, library)
    # Another window (or `qalam status`) approves it while this one still says "In review".
    library.set_status(page.article_id, Status.APPROVED, by="Other editor")
    assert "In review" in page.review.header.status_button.text()
    page.review.move_to(Status.DRAFT)
    qtbot.waitUntil(lambda: bool(_boxes()))
    text = _boxes()[0].text()
    assert "Approved" in text and "approved" not in text
    _close_boxes()
    # The button and its menu follow the piece as it is now.
    assert "Approved" in page.review.header.status_button.text()
    assert page.review.header.status_button.menu().statuses() == [
        Status.CHANGES_REQUESTED,
        Status.PUBLISHED,
        Status.ARCHIVED,
    ]
    assert library.get(page.article_id).status is Status.APPROVED
    page.close_editor()


def test_coming_back_to_the_window_shows_moves_reviews_and_comments_made_elsewhere(
    qtbot, library
) -> None:
    store_profile("Huda", "editor")
    page = _page(qtbot, library)
    assert not page.review.threads
    # The writer's other window: a comment, then an editor's review elsewhere. None of it
    # changes the article's version.
    library.add_comment(page.article_id, "أين المثال؟", author="سارة", quote="خلاصة المقال")
    library.add_review(
        page.article_id, stars=4, verdict="request_changes", reviewer="Omar", summary="أضف مثالا"
    )
    assert page.catch_up() is False  # the text itself did not change
    assert "Changes requested" in page.review.header.status_button.text()
    assert "4.0 out of 5" in page.review.header.rating_label.text()
    assert [t.text for t in page.review.threads] == ["أين المثال؟"]
    assert page.review.panel.isVisibleTo(page)
    page.close_editor()


def test_the_editors_decisions_are_not_a_writers_to_take() -> None:
    assert is_editor_decision(Status.IN_REVIEW, Status.APPROVED)
    assert is_editor_decision(Status.IN_REVIEW, Status.ARCHIVED)  # a rejection
    assert is_editor_decision(Status.APPROVED, Status.PUBLISHED)
    assert is_editor_decision(Status.PUBLISHED, Status.CHANGES_REQUESTED)
    assert not is_editor_decision(Status.DRAFT, Status.IN_REVIEW)
    assert not is_editor_decision(Status.IN_REVIEW, Status.DRAFT)  # withdrawn
    assert not is_editor_decision(Status.DRAFT, Status.ARCHIVED)
    assert not is_editor_decision(Status.ARCHIVED, Status.DRAFT)
    assert not may_move("writer", Status.IN_REVIEW, Status.APPROVED)
    assert may_move("editor", Status.IN_REVIEW, Status.APPROVED)
    assert may_move(None, Status.IN_REVIEW, Status.APPROVED)  # asked when the move is chosen


def test_a_writer_sees_the_editors_moves_greyed_with_the_reason(qtbot, library) -> None:
    store_profile("سارة", "writer")
    page = _page(qtbot, library)
    menu = page.review.header.status_button.menu()
    assert menu.statuses() == [
        Status.DRAFT,
        Status.CHANGES_REQUESTED,
        Status.APPROVED,
        Status.ARCHIVED,
    ]
    assert menu.enabled_statuses() == [Status.DRAFT]
    greyed = next(a for a in menu.actions() if a.data() == Status.APPROVED.value)
    assert "editors only" in greyed.text()
    assert "Your Profile" in greyed.toolTip()
    # A move chosen anyway (a menu built before the profile was filled in) is refused with why.
    page.review.move_to(Status.APPROVED)
    qtbot.waitUntil(lambda: bool(_boxes()))
    box = _boxes()[0]
    assert box.objectName() == "moveRefusedBox"
    assert "writer" in box.informativeText()
    _close_boxes()
    assert library.get(page.article_id).status is Status.IN_REVIEW
    # Withdrawing is the writer's own move.
    page.review.move_to(Status.DRAFT)
    assert library.get(page.article_id).status is Status.DRAFT
    page.close_editor()


def test_your_profile_in_the_review_menu_changes_the_role_and_the_menus(qtbot, library) -> None:
    from studio.gui.main_window import MainWindow

    store_profile("Huda", "writer")
    window = MainWindow(library, "en")
    qtbot.addWidget(window)
    window.show()
    article_id = library.add_article(
        ArticleDraft(title="t", body="Some text.", status=Status.IN_REVIEW)
    )
    assert article_id is not None
    page = window.workspace.open_article(article_id)
    assert page is not None
    menu = window.workspace.review_menu
    action = next(a for a in menu.actions() if a.objectName() == "yourProfile")
    action.trigger()
    dialog = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, ProfileDialog) and w.isVisible()
    )
    dialog.role.setCurrentIndex(dialog.role.findData("editor"))
    dialog.accept()
    qtbot.waitUntil(lambda: stored_profile() == ("Huda", "editor"))
    assert library.person_role("Huda") == "editor"
    assert Status.APPROVED in page.review.header.status_button.menu().enabled_statuses()
    page.discard()
    window.workspace.close_all()


def test_the_checklist_detail_does_not_repeat_the_evidence_its_message_quotes(
    qtbot, library
) -> None:
    """The box read “Filler that adds no information: “في ظل”.” and then “Evidence: في ظل”."""
    from studio.gui.check_marks import finding_evidence, finding_message
    from studio.gui.checklist_panel import DATA_ROLE, KIND_ROLE
    from tests.gui.test_editor_checks import AR_BODY
    from tests.gui.test_editor_checks import _page as checked_page

    page = checked_page(qtbot, library, AR_BODY + "\n\nوهذا في ظل الظروف الحالية مهم.")
    panel = page.checks.panel
    rows = []
    for i in range(panel.tree.topLevelItemCount()):
        item = panel.tree.topLevelItem(i)
        rows += [
            item.child(k)
            for k in range(item.childCount())
            if item.child(k).data(0, KIND_ROLE) == "finding"
        ]
    quoted = [
        r
        for r in rows
        if (e := finding_evidence(r.data(0, DATA_ROLE), "en"))
        and e in finding_message(r.data(0, DATA_ROLE), "en")
    ]
    told = [r for r in rows if r not in quoted and finding_evidence(r.data(0, DATA_ROLE), "en")]
    assert quoted and told
    panel.tree.setCurrentItem(quoted[0])
    assert "Evidence:" not in panel.detail.text()
    # Evidence that adds something (a rate, a count) is still shown.
    panel.tree.setCurrentItem(told[0])
    assert "Evidence:" in panel.detail.text()
    page.close_editor()


def test_each_line_of_a_reason_keeps_its_own_direction_in_the_history(qtbot) -> None:
    """An English line under an Arabic one was isolated with it, so read right to left."""
    from datetime import datetime

    from studio.gui.status_controls import StatusHistoryList
    from studio.review.records import StatusChange

    history = StatusHistoryList()
    qtbot.addWidget(history)
    change = StatusChange(
        1,
        Status.IN_REVIEW,
        Status.CHANGES_REQUESTED,
        "هدى",
        "أضف أمثلة.\n\nThe English names need checking.",
        datetime(2026, 11, 28, 4, 0),
    )
    history.set_history([change])
    lines = history.item(0).text().split("\n")
    assert lines[1:] == ["\u2068أضف أمثلة.\u2069", "\u2068The English names need checking.\u2069"]


def test_past_reviews_list_the_rubric_in_the_forms_order(qtbot, library) -> None:
    """The library keeps scores by name; the dialog listed them A to Z (accuracy, brief…)."""
    from studio.gui.reviews_dialog import ReviewsDialog
    from studio.review import DEFAULT_CRITERIA

    article_id = library.add_article(ArticleDraft(title="t", body="Some text."))
    assert article_id is not None
    library.add_review(
        article_id,
        stars=4,
        verdict="approve",
        reviewer="Omar",
        rubric={key: 3 for key in DEFAULT_CRITERIA},
    )
    review = library.reviews(article_id)[0]
    dialog = ReviewsDialog([review], {}, None, title="t")
    qtbot.addWidget(dialog)
    html = dialog.details_html(review)
    positions = [html.index(label) for label in DEFAULT_CRITERIA.values()]
    assert positions == sorted(positions)


def test_the_library_table_shows_moves_made_elsewhere_when_the_window_comes_back(
    qtbot, library
) -> None:
    """An editor waiting for pieces to review: a writer's window submitted one meanwhile."""
    from PySide6.QtCore import QEvent

    from studio.gui.filters import ViewFilter
    from studio.gui.main_window import MainWindow

    first = library.add_article(ArticleDraft(title="First", body="One.", status=Status.DRAFT))
    library.add_article(ArticleDraft(title="Second", body="Two.", status=Status.IN_REVIEW))
    window = MainWindow(library, "en")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.filters.status.setCurrentIndex(window.filters.status.findData("in_review"))
    qtbot.waitUntil(lambda: window.model.view_filter != ViewFilter())
    assert window.model.rowCount() == 1
    assert first is not None
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    # Nothing moved: the table, its selection and the reading pane's place are left alone.
    resets: list[int] = []
    window.model.modelReset.connect(lambda: resets.append(1))
    QApplication.sendEvent(window, QEvent(QEvent.Type.ActivationChange))
    assert resets == []
    library.set_status(first, Status.IN_REVIEW, by="سارة")  # the writer's window
    QApplication.sendEvent(window, QEvent(QEvent.Type.ActivationChange))
    qtbot.waitUntil(lambda: window.model.rowCount() == 2)


def test_greyed_entries_look_greyed(qapp) -> None:
    """The studio's palette set the disabled group's text as dark as the live one's."""
    from PySide6.QtGui import QPalette

    from studio.gui.style import apply_style

    apply_style(qapp)
    palette = qapp.palette()
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText):
        live = palette.color(QPalette.ColorGroup.Active, role)
        greyed = palette.color(QPalette.ColorGroup.Disabled, role)
        assert greyed.lightness() - live.lightness() > 80


def test_a_move_nobody_may_make_is_not_blamed_on_the_writers_role(qtbot, library) -> None:
    store_profile("سارة", "writer")
    page = _page(qtbot, library, status=Status.PUBLISHED)
    page.review.move_to(Status.APPROVED)
    qtbot.waitUntil(lambda: bool(_boxes()))
    box = _boxes()[0]
    assert box.objectName() != "moveRefusedBox"
    assert "Published" in box.text() and "editor" not in box.informativeText()
    _close_boxes()
    page.close_editor()


def test_an_editor_known_from_another_library_is_recorded_here_as_an_editor(qtbot, library) -> None:
    """The profile is the studio's, the people are the library's: an editor's first comment in
    another library recorded them there as a writer."""
    from PySide6.QtGui import QTextCursor

    from studio.gui.review_forms import CommentDialog

    store_profile("Huda", "editor")
    page = _page(qtbot, library)
    assert library.person_role("Huda") is None
    cursor = QTextCursor(page.editor.document())
    cursor.setPosition(0)
    cursor.setPosition(5, QTextCursor.MoveMode.KeepAnchor)
    page.editor.setTextCursor(cursor)
    assert page.review.start_comment()
    dialog = page.review.dialog
    assert isinstance(dialog, CommentDialog)
    dialog.text.setPlainText("Why?")
    dialog.accept()
    qtbot.waitUntil(lambda: page.review.dialog is None)
    assert library.person_role("Huda") == "editor"
    page.close_editor()


def test_a_writer_cannot_approve_through_a_reviews_verdict(qtbot, library) -> None:
    store_profile("سارة", "writer")
    page = _page(qtbot, library)
    page.review.start_review()
    box = page.review.dialog
    assert isinstance(box, QMessageBox) and box.objectName() == "reviewRefusedBox"
    assert "Your Profile" in box.informativeText()
    box.close()
    qtbot.waitUntil(lambda: page.review.dialog is None)
    assert library.reviews(page.article_id) == []
    store_profile("سارة", "editor")
    page.review.start_review()
    assert type(page.review.dialog).__name__ == "ReviewDialog"
    page.review.dialog.reject()
    page.close_editor()


def test_the_checklist_detail_says_who_ticked_a_manual_item(qtbot, library) -> None:
    from PySide6.QtCore import Qt

    from tests.gui.test_editor_checks import AR_BODY
    from tests.gui.test_editor_checks import _page as checked_page

    store_profile("هدى", "editor")
    page = checked_page(qtbot, library, AR_BODY)
    panel = page.checks.panel
    panel.item_row("proofread").setCheckState(0, Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: "هدى" in panel.item_row("proofread").toolTip(0), timeout=20_000)
    panel.tree.setCurrentItem(panel.item_row("proofread"))
    assert panel.detail.isVisibleTo(panel)
    # The Arabic name is isolated, so the date after it stays in the sentence's order.
    assert "ticked by \u2068هدى\u2069, " in panel.detail.text()
    page.close_editor()
