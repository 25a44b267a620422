"""The status menu offers only allowed moves; sending back asks for a reason; the history list."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from studio.gui.status_controls import ReasonDialog, StatusHistoryList, StatusMenu
from studio.library import ArticleDraft, Library, Status
from tests.gui.conftest import type_text


def test_menu_offers_only_allowed_moves(qtbot):
    menu = StatusMenu(Status.IN_REVIEW)
    qtbot.addWidget(menu)
    assert menu.statuses() == [
        Status.DRAFT,
        Status.CHANGES_REQUESTED,
        Status.APPROVED,
        Status.ARCHIVED,
    ]
    labels = [a.text() for a in menu.actions()]
    assert labels == ["Draft", "Changes requested…", "Approved", "Archived…"]
    with qtbot.waitSignal(menu.move_chosen) as chosen:
        menu.actions()[2].trigger()
    assert chosen.args == [Status.APPROVED]
    archived = StatusMenu(Status.ARCHIVED)
    qtbot.addWidget(archived)
    assert archived.statuses() == [Status.DRAFT]


def test_reason_required_when_sending_back(qtbot):
    dialog = ReasonDialog(Status.IN_REVIEW, Status.CHANGES_REQUESTED)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert dialog.required and not ok.isEnabled()
    dialog.accept()
    assert dialog.result() == 0
    type_text(dialog.reason, "أضف مصدرًا")
    assert ok.isEnabled() and dialog.text() == "أضف مصدرًا"
    optional = ReasonDialog(Status.DRAFT, Status.IN_REVIEW)
    qtbot.addWidget(optional)
    assert not optional.required
    assert optional.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_history_newest_first(qtbot, library: Library):
    article = library.add_article(ArticleDraft(title="t", body="نص قصير للتجربة"))
    history = StatusHistoryList()
    qtbot.addWidget(history)
    history.set_history(library.status_history(article))
    assert history.count() == 1 and "No status changes" in history.item(0).text()
    library.set_status(article, Status.IN_REVIEW, by="سلمى")
    library.set_status(article, Status.CHANGES_REQUESTED, by="Omar", reason="أضف مصدرًا")
    history.set_history(library.status_history(article))
    newest = history.item(0).text()
    assert "In review → Changes requested" in newest and "Omar" in newest
    assert "أضف مصدرًا" in newest
    assert "Draft → In review" in history.item(1).text()


def test_arabic_labels(qtbot, qapp, library: Library):
    from studio.gui.i18n import install_language

    install_language(qapp, "ar")
    menu = StatusMenu(Status.DRAFT)
    qtbot.addWidget(menu)
    assert menu.title() == "نقل إلى"
    article = library.add_article(ArticleDraft(title="t", body="نص"))
    library.set_status(article, Status.IN_REVIEW, by="سلمى")
    history = StatusHistoryList()
    qtbot.addWidget(history)
    history.set_history(library.status_history(article))
    assert "←" in history.item(0).text()
