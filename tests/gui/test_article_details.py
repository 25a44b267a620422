"""The open article's details row: author, client, tags and target, saved with the text."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from studio.checks import templates as tpl
from studio.gui.article_details import DetailsRow, split_tags
from studio.gui.editor_conflict import Choice
from studio.gui.editor_page import ArticleEditor
from studio.library import ArticleDraft, Library, checks_store
from studio.library.details import ArticleDetails

BODY = "الكتابة الحرة مهنة تحتاج إلى صبر. " * 10


@pytest.fixture
def article(library: Library) -> int:
    article_id = library.add_article(
        ArticleDraft(title="مقال", body=BODY, lang="ar", author="Omar Haddad", tags=["old"])
    )
    library.add_article(ArticleDraft(title="other", body="x y", client="مستقل", author="سارة"))
    assert article_id is not None
    return article_id


def _page(qtbot, library: Library, article_id: int) -> ArticleEditor:
    page = ArticleEditor(library, library.get(article_id), autosave_ms=100, max_wait_ms=100)
    qtbot.addWidget(page)
    page.resize(1000, 600)
    page.show()
    qtbot.waitExposed(page)
    return page


def _commit_name(box, name: str) -> None:
    # setEditText, not keyClicks: pytest-qt's keyClicks aborts on Arabic text.
    box.setEditText(name)
    box.committed.emit()


def test_row_shows_the_stored_details_and_offers_the_library_names(qtbot, library, article):
    page = _page(qtbot, library, article)
    row = page.details
    assert row.author_box.currentText() == "Omar Haddad"
    assert row.client_box.currentText() == ""
    assert row.tags_edit.text() == "old"
    assert row.target_box.text() == "No target"
    names = [row.client_box.itemText(i) for i in range(row.client_box.count())]
    assert names == ["مستقل"]
    # Focus mode leaves the text alone on the page.
    page.set_focus_mode(True)
    assert not row.isVisible()
    page.set_focus_mode(False)
    assert row.isVisible()
    assert page.close_editor()


def test_changed_details_are_saved_without_touching_the_text(qtbot, library, article):
    page = _page(qtbot, library, article)
    version = page.version
    with qtbot.waitSignal(page.details_changed, timeout=5000):
        _commit_name(page.details.client_box, "  مستقل ")
        page.details.tags_edit.setText("سفر، SEO")
        page.details.tags_edit.committed.emit()
        page.details.target_box.setValue(1200)
        # Shown at once, before any save.
        assert "% of 1,200" in page.status_text()
    qtbot.waitUntil(lambda: not page.dirty, timeout=5000)
    stored = library.get(article)
    assert (stored.client, stored.tags, stored.target_words) == ("مستقل", ["SEO", "سفر"], 1200)
    assert stored.body == BODY
    assert page.version == stored.version > version
    assert page.status_text().startswith("60 words · 1 min read · 5% of 1,200")
    assert page.close_editor()


def test_an_arabic_name_reads_right_to_left_in_the_english_interface(qtbot, library, article):
    page = _page(qtbot, library, article)
    edit = page.details.client_box.lineEdit()
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    edit.setText("مستقل")
    assert edit.layoutDirection() == Qt.LayoutDirection.RightToLeft
    edit.setText("Acme")
    assert edit.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert page.close_editor()


def test_checklist_follows_the_client_template_and_the_target(qtbot, library, article):
    template = tpl.for_client("Acme")
    checks_store.save_template(library, template)
    page = _page(qtbot, library, article)

    def item_state(item_id: str) -> str | None:
        outcome = page.checks.outcome
        if outcome is None:
            return None
        return next((str(i.state) for i in outcome.items if i.id == item_id), None)

    qtbot.waitUntil(lambda: page.checks.outcome is not None, timeout=10_000)
    assert page.checks.outcome.job.template.client is None
    _commit_name(page.details.client_box, "Acme")
    page.details.target_box.setValue(5000)
    qtbot.waitUntil(
        lambda: (
            page.checks.outcome.job.template.client == "Acme"
            and page.checks.outcome.job.target_words == 5000
        ),
        timeout=10_000,
    )
    assert item_state("target_length") == "fail"
    page.details.target_box.setValue(60)
    qtbot.waitUntil(lambda: item_state("target_length") == "pass", timeout=10_000)
    assert page.close_editor()


def test_details_changed_elsewhere_meet_a_conflict_not_an_overwrite(qtbot, library, article):
    page = _page(qtbot, library, article)
    page._idle.setInterval(60_000)
    page._max_wait.setInterval(60_000)
    library.set_details(article, client="Acme")
    _commit_name(page.details.client_box, "مستقل")
    page.save("autosave")
    qtbot.waitUntil(lambda: page._conflict is not None, timeout=5000)
    dialog = page._conflict
    assert library.get(article).client == "Acme"
    assert "Acme" in dialog.details_note.text() and "مستقل" in dialog.details_note.text()
    dialog.choose(Choice.TAKE_THEIRS)
    assert page.details.client_box.currentText() == "Acme"
    assert not page.dirty
    assert page.close_editor()
    assert library.get(article).client == "Acme"


def test_keeping_mine_after_a_conflict_saves_my_details(qtbot, library, article):
    page = _page(qtbot, library, article)
    page._idle.setInterval(60_000)
    page._max_wait.setInterval(60_000)
    library.set_details(article, target_words=300)
    page.details.target_box.setValue(900)
    page.save("autosave")
    qtbot.waitUntil(lambda: page._conflict is not None, timeout=5000)
    page._conflict.choose(Choice.KEEP_MINE)
    qtbot.waitUntil(lambda: library.get(article).target_words == 900, timeout=5000)
    assert page.close_editor()


def test_a_script_changing_details_shows_in_an_untouched_page(qtbot, library, article):
    page = _page(qtbot, library, article)
    library.set_details(article, author="سارة", tags=[])
    assert page.catch_up()
    assert page.details.author_box.currentText() == "سارة"
    assert page.details.tags_edit.text() == ""
    assert page.close_editor()


def test_tags_split_on_both_commas_and_complete_the_tag_being_typed(qtbot):
    assert split_tags(" SEO ,سفر، ,travel") == ("SEO", "سفر", "travel")
    row = DetailsRow()
    qtbot.addWidget(row)
    row.set_choices([], [], ["SEO", "سفر", "travel"])
    row.tags_edit.setText("SEO, tr")
    row.tags_edit._complete("travel")
    assert row.tags_edit.tags() == ("SEO", "travel")
    # Arabic tags are shown with the Arabic comma, and read right to left.
    row.show_details(ArticleDetails(None, None, ("سفر", "عُمان", "SEO"), None))
    assert row.tags_edit.text() == "سفر، عُمان، SEO"
    assert row.tags_edit.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert row.tags_edit.tags() == ("سفر", "عُمان", "SEO")
    # In the Arabic interface, mostly Arabic tags led by a Latin one still read right to left:
    # a right-to-left mark leads them (a line edit takes its direction from its first letter),
    # and is never part of a tag.
    from studio.gui.i18n import install_language

    install_language(QApplication.instance(), "ar")
    row.show_details(ArticleDetails(None, None, ("SEO", "سفر", "عُمان"), None))
    assert row.tags_edit.text() == "\u200fSEO، سفر، عُمان"
    assert row.tags_edit.tags() == ("SEO", "سفر", "عُمان")
    row.tags_edit.setCursorPosition(1)
    assert row.tags_edit.cursorRect().x() > row.tags_edit.width() // 2


def test_the_library_table_and_filters_follow_details_set_in_a_tab(qtbot, filled_library):
    from studio.gui.main_window import MainWindow

    window = MainWindow(filled_library, "en")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    page = window.workspace.open_article(window.model.row_at(0).id)
    assert page is not None
    with qtbot.waitSignal(page.details_changed, timeout=5000):
        _commit_name(page.details.author_box, "نادية كريم")
        _commit_name(page.details.client_box, "Globex")
    window.workspace.setCurrentIndex(0)
    row = window.model.row_at(window.model.row_of(page.article_id))
    assert (row.author, row.client) == ("نادية كريم", "Globex")
    assert window.filters.author.findData("نادية كريم") >= 0
    assert window.filters.client.findData("Globex") >= 0
    window.close()
