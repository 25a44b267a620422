"""Review › Checklist Templates…: a client's own template made and edited in the dialog, saved,
and followed at once by that client's open article only; validation; ticks kept by item id."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from studio.checks import checklist as cl
from studio.gui.checklist_templates_dialog import ChecklistTemplatesDialog
from studio.gui.editor_page import ArticleEditor
from studio.gui.main_window import MainWindow
from studio.library import Library, checks_store
from tests.gui.conftest import type_text

QUOTES_AR = "الاقتباسات مدققة"


@pytest.fixture
def window(qtbot, filled_library: Library) -> MainWindow:
    win = MainWindow(filled_library, "en")
    qtbot.addWidget(win)
    win.resize(1300, 800)
    win.show()
    qtbot.waitExposed(win)
    return win


def _article(library: Library, client: str) -> int:
    return next(r.id for r in library.list(limit=50) if r.client == client)


def _open(qtbot, win: MainWindow, article_id: int) -> ArticleEditor:
    page = win.workspace.open_article(article_id)
    assert page is not None
    # The first check is shown before the search of the library for reused passages ends
    # (which may take long on a busy machine): the tests need only a checklist on screen.
    qtbot.waitUntil(lambda: page.checks.outcome is not None, timeout=60_000)
    return page


def _item_ids(page: ArticleEditor) -> list[str]:
    assert page.checks.outcome is not None
    return [i.id for i in page.checks.outcome.items]


def _template_of(page: ArticleEditor) -> str:
    assert page.checks.outcome is not None
    return page.checks.outcome.job.template.id


def _dialog(qtbot, win: MainWindow) -> ChecklistTemplatesDialog:
    dialog = win.show_checklist_templates()
    qtbot.waitExposed(dialog)
    # Closing with unsaved changes asks first; tests answer yes rather than block on a box.
    dialog.confirm = lambda _title, _text: True  # type: ignore[method-assign]
    return dialog


def test_the_menu_opens_the_dialog_on_the_default(qtbot, window: MainWindow) -> None:
    assert window.templates_action in window.workspace.review_menu.actions()
    window.templates_action.trigger()
    dialog = window.findChild(ChecklistTemplatesDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.chooser.currentData() == ""
    assert dialog.list.count() == len(cl.DEFAULT_ITEMS)
    assert "Acme" in dialog.applies.text() and "Mostaql" in dialog.applies.text()
    assert "target in words" in dialog.target_note.text()
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()


def test_a_clients_new_manual_item_reaches_its_open_article_only(
    qtbot, window: MainWindow, filled_library: Library
) -> None:
    acme = _open(qtbot, window, _article(filled_library, "Acme"))
    mostaql = _open(qtbot, window, _article(filled_library, "Mostaql"))
    dialog = _dialog(qtbot, window)

    assert dialog.new_for_client("Acme")
    assert dialog.chooser.currentData() == "Acme"
    dialog.add_manual()
    assert dialog.label_en.isEnabled() and dialog.label_hint.isVisible()
    dialog.label_en.setFocus()
    qtbot.keyClicks(dialog.label_en, "Quotes checked")
    dialog.label_ar.setFocus()
    type_text(dialog.label_ar, QUOTES_AR)
    assert dialog.items[-1].label_ar == QUOTES_AR
    # Moved to the top of the list, one step at a time.
    while dialog.list.currentRow() > 0:
        qtbot.mouseClick(dialog.up_button, Qt.MouseButton.LeftButton)
    assert not dialog.up_button.isEnabled()
    assert dialog.list.item(0).text().startswith("Quotes checked")

    with qtbot.waitSignal(acme.checks.shown, timeout=30_000):
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
        )
    assert not dialog.dirty
    stored = cl.template_for("Acme", checks_store.templates(filled_library))
    assert stored.items[0] == cl.ItemTemplate(
        "quotes_checked", cl.ItemKind.MANUAL, "Quotes checked", QUOTES_AR
    )
    # The template was stored when it was made, then again on Save: wait for the check that
    # follows the last of the two.
    qtbot.waitUntil(
        lambda: _template_of(acme) == "client:Acme" and _item_ids(acme)[0] == "quotes_checked",
        timeout=30_000,
    )
    assert acme.checks.panel.item_row("quotes_checked") is not None
    # Saving re-checked every open article: the other client's too, still on the default.
    qtbot.waitUntil(lambda: _template_of(mostaql) == "default", timeout=30_000)
    assert "quotes_checked" not in _item_ids(mostaql)
    assert mostaql.checks.panel.item_row("quotes_checked") is None


def test_a_manual_item_without_its_arabic_label_is_refused(
    qtbot, window: MainWindow, filled_library: Library
) -> None:
    dialog = _dialog(qtbot, window)
    dialog.add_manual()
    qtbot.keyClicks(dialog.label_en, "Client brief followed")
    assert not dialog.save()
    assert dialog.problem_label.isVisible()
    assert "needs an Arabic label" in dialog.problem_label.text()
    assert "Client brief followed" in dialog.problem_label.text()
    assert dialog.list.currentRow() == dialog.list.count() - 1  # the item at fault is selected
    assert checks_store.templates(filled_library) == []
    # The hint's way out: copy the English label across, then it saves.
    qtbot.mouseClick(dialog.copy_to_ar, Qt.MouseButton.LeftButton)
    assert dialog.save()
    assert not dialog.problem_label.isVisible()
    default = cl.template_for(None, checks_store.templates(filled_library))
    assert default.items[-1].id == "client_brief_followed"
    assert default.items[-1].label_ar == "Client brief followed"


def test_removing_an_item_keeps_the_other_items_ticks(
    qtbot, window: MainWindow, filled_library: Library
) -> None:
    article_id = _article(filled_library, "Acme")
    tick = cl.ManualTick("proofread", True, "Mona", datetime(2024, 5, 1, 10, 0))
    checks_store.add_tick(filled_library, article_id, tick)
    page = _open(qtbot, window, article_id)
    dialog = _dialog(qtbot, window)
    assert dialog.new_for_client("Acme")
    ids = [i.id for i in dialog.items]
    dialog.list.setCurrentRow(ids.index("facts_verified"))
    dialog.remove_current()
    with qtbot.waitSignal(page.checks.shown, timeout=30_000):
        assert dialog.save()
    qtbot.waitUntil(lambda: "facts_verified" not in _item_ids(page), timeout=30_000)
    assert page.checks.outcome is not None
    proofread = next(i for i in page.checks.outcome.items if i.id == "proofread")
    assert proofread.state is cl.ItemState.PASS and "Mona" in proofread.detail


def test_delete_and_reset_go_back_to_the_default(
    qtbot, window: MainWindow, filled_library: Library
) -> None:
    dialog = _dialog(qtbot, window)
    assert dialog.new_for_client("Acme")
    assert dialog.delete_button.isEnabled()
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert dialog.chooser.currentData() == "" and dialog.chooser.count() == 1
    assert checks_store.templates(filled_library) == []

    dialog.list.setCurrentRow(0)
    dialog.remove_current()
    assert dialog.save()
    assert len(cl.template_for(None, checks_store.templates(filled_library)).items) == 9
    assert dialog.reset_button.isEnabled()
    qtbot.mouseClick(dialog.reset_button, Qt.MouseButton.LeftButton)
    assert checks_store.templates(filled_library) == []
    assert dialog.list.count() == len(cl.DEFAULT_ITEMS)
    assert not dialog.reset_button.isEnabled()


def test_an_automatic_item_is_chosen_from_what_the_checks_offer(qtbot, window: MainWindow) -> None:
    dialog = _dialog(qtbot, window)
    assert dialog.auto_choice.count() == 0  # the default has every one already
    dialog.list.setCurrentRow(0)
    dialog.remove_current()
    assert dialog.auto_choice.count() == 1 and dialog.auto_choice.currentData() == "not_ai_only"
    qtbot.mouseClick(dialog.add_auto_button, Qt.MouseButton.LeftButton)
    assert dialog.items[-1] == cl.DEFAULT_ITEMS[0]
    assert not dialog.label_en.isEnabled()  # its labels are the studio's own
