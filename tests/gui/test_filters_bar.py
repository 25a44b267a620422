"""The search box above the library table shows its whole hint, in both interface languages,
however long the authors' names in the filters beside it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyle

from studio.gui.i18n import install_language
from studio.gui.main_window import MainWindow
from studio.library import ArticleDraft, Library


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_search_hint_is_not_cut(qtbot, qapp, filled_library: Library, lang: str) -> None:
    filled_library.add_articles(
        [ArticleDraft(title="t", body="نص قصير للتجربة", author="عبد الرحمن بن عبد الله الأنصاري")]
    )
    install_language(qapp, lang)
    window = MainWindow(filled_library, lang)
    qtbot.addWidget(window)
    window.resize(1000, 700)
    window.show()
    qtbot.waitExposed(window)
    search = window.filters.search
    hint = search.placeholderText()
    frame = search.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, None, search)
    # Qt's line edit keeps 2 pixels each side inside its frame, and one for the cursor.
    room = search.width() - 2 * frame - 2 * 2 - 1
    metrics = search.fontMetrics()
    assert metrics.elidedText(hint, Qt.TextElideMode.ElideRight, room) == hint
    window.close()
