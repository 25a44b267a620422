"""The import dialogs on their own: progress, cancelling, and long summaries."""

from __future__ import annotations

import shiboken6
from PySide6.QtWidgets import QDialogButtonBox

from studio.gui.bidi_text import isolate_path
from studio.gui.import_dialogs import MAX_DETAIL_ROWS, ImportProgressDialog, ImportSummaryDialog
from studio.importers import ImportProgress
from studio.importers.errors import EMPTY_FILE, FIELD_NOT_DATE
from studio.library import ImportOutcome, Refusal


def test_progress_moves_the_bar_and_cancel_asks_once(qtbot) -> None:
    dialog = ImportProgressDialog()
    qtbot.addWidget(dialog)
    asked: list[int] = []
    dialog.cancel_requested.connect(lambda: asked.append(1))
    dialog.update_progress(ImportProgress(250, 1000, "/data/articles/notes.md", 3))
    assert dialog.bar.value() == 250
    assert dialog.current.text() == f"Reading {isolate_path('notes.md')}"
    assert dialog.count.text() == "3 articles imported so far"
    dialog.update_progress(ImportProgress(1, 1, "", 1))
    assert dialog.count.text() == "1 article imported so far"
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    cancel.click()
    dialog.reject()  # Esc after Cancel
    assert asked == [1]
    assert not dialog.buttons.isEnabled()
    # Still open until the worker has stopped.
    dialog.finish()
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog))


def test_summary_translates_refusals_and_caps_long_lists(qtbot) -> None:
    refusals = [
        Refusal(f"/data/big.jsonl:{i}", FIELD_NOT_DATE, {"field": "date", "value": "17/05/2015"})
        for i in range(MAX_DETAIL_ROWS + 100)
    ]
    outcome = ImportOutcome(imported=[1, 2], refused=[Refusal("/a/empty.txt", EMPTY_FILE)])
    outcome.refused.extend(refusals)
    dialog = ImportSummaryDialog(outcome)
    qtbot.addWidget(dialog)
    rows = dialog.detail_rows()
    assert len(rows) == MAX_DETAIL_ROWS
    assert rows[0] == ("empty.txt", "Empty file")
    assert rows[1][0] == "big.jsonl:0"
    assert '"\u206817/05/2015\u2069"' in rows[1][1] and "{" not in rows[1][1]
    assert dialog.more.text() == "… and 101 more."
    assert "2 articles imported." in dialog.summary.text()


def test_summary_without_problems_has_no_list(qtbot) -> None:
    dialog = ImportSummaryDialog(ImportOutcome(imported=[1]))
    qtbot.addWidget(dialog)
    assert not dialog.details.isVisibleTo(dialog)
    assert dialog.windowTitle() == "Import finished"
