"""Review ▸ Reviews… opens large enough to read a review (stars, rubric, summary, checklist)
without a cramped pane, never larger than the screen, with the list of reviews kept short."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QScreen

from studio.gui.i18n import install_language
from studio.gui.reviews_dialog import HEIGHT, WIDTH, ReviewsDialog
from studio.review import DEFAULT_CRITERIA
from studio.review.records import Review


def _reviews() -> list[Review]:
    rubric = dict.fromkeys(DEFAULT_CRITERIA, 4)
    return [
        Review(1, 1, "سارة الحسن", 4, rubric, "approve", "مقال جيد.", datetime(2026, 11, 20, 9)),
        Review(
            2, 1, "Omar Haddad", 2, rubric, "request_changes", "Rewrite.", datetime(2026, 11, 18)
        ),
        Review(3, 1, None, 3, {}, "reject", "", datetime(2026, 11, 10)),
    ]


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_it_opens_at_a_reading_size_with_a_short_list(qtbot, qapp, lang) -> None:
    install_language(qapp, lang)
    dialog = ReviewsDialog(_reviews(), {}, None, title="مستقبل العمل الحر")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert (dialog.width(), dialog.height()) == (WIDTH, HEIGHT)
    listed, details = dialog.splitter.sizes()
    # The review being read gets the room; the list shows its three rows, no more.
    assert details >= 3 * listed
    rows = [dialog.list.visualItemRect(dialog.list.item(i)) for i in range(dialog.list.count())]
    assert all(dialog.list.viewport().rect().contains(rect) for rect in rows), rows
    # Growing the dialog grows the review, not the list.
    dialog.resize(WIDTH, HEIGHT + 200)
    qtbot.waitUntil(lambda: dialog.splitter.sizes()[1] > details)
    assert dialog.splitter.sizes()[0] == listed


def test_it_never_opens_larger_than_the_screen(qtbot, monkeypatch) -> None:
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _self: QRect(0, 0, 700, 540))
    dialog = ReviewsDialog(_reviews(), {}, None)
    qtbot.addWidget(dialog)
    assert dialog.width() <= 700 and dialog.height() <= 540
    assert dialog.minimumWidth() <= dialog.width() and dialog.minimumHeight() <= dialog.height()
