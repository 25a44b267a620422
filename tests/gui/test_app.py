"""Starting the studio: language choice, mirroring, library errors, first-run samples."""

from __future__ import annotations

from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from studio.gui import app as gui_app
from studio.gui.i18n import choose_language
from studio.gui.main_window import MainWindow
from studio.gui.settings import store_language
from studio.library import Library


def _answer_modal_box(seen: list[str]) -> QTimer:
    """Closes the next modal message box once it shows, keeping its text."""
    timer = QTimer()

    def poll() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.button(QMessageBox.StandardButton.Ok).click()
            timer.stop()

    timer.timeout.connect(poll)
    timer.start(20)
    return timer


def _close(window: MainWindow | None) -> None:
    if window is not None:
        window.close()
        window.library.close()


def test_language_explicit_then_stored_then_system(monkeypatch: pytest.MonkeyPatch) -> None:
    assert choose_language("ar", "en") == "ar"
    assert choose_language(None, "ar") == "ar"
    assert choose_language("xx", None) in ("ar", "en")
    monkeypatch.setattr(
        "studio.gui.i18n.QLocale.system", staticmethod(lambda: QLocale(QLocale.Language.Arabic))
    )
    assert choose_language(None, None) == "ar"
    monkeypatch.setattr(
        "studio.gui.i18n.QLocale.system", staticmethod(lambda: QLocale(QLocale.Language.French))
    )
    assert choose_language(None, None) == "en"


def test_arabic_start_mirrors_the_whole_interface(qtbot, library: Library) -> None:
    window = gui_app.start(library.path, "ar", [])
    try:
        assert window is not None
        assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert window.file_menu.title() == "&ملف"
        assert window.help_menu.title() == "م&ساعدة"
        assert window.filters.search.placeholderText() == "ابحث في العناوين والنصوص…"
    finally:
        _close(window)


def test_stored_language_is_used_without_an_explicit_one(qtbot, library: Library) -> None:
    store_language("ar")
    window = gui_app.start(library.path, None, [])
    try:
        assert window is not None and window.language == "ar"
        assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    finally:
        _close(window)


def test_english_start_is_left_to_right(qtbot, library: Library) -> None:
    window = gui_app.start(library.path, "en", [])
    try:
        assert window is not None
        assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight
        assert window.file_menu.title() == "&File"
    finally:
        _close(window)


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_a_file_that_is_not_a_library_gets_a_translated_message(
    qtbot, tmp_path: Path, lang: str
) -> None:
    notes = tmp_path / "notes.qalam"
    notes.write_bytes(b"not a database at all\x00\x01\x02")
    before = notes.read_bytes()
    seen: list[str] = []
    timer = _answer_modal_box(seen)
    try:
        assert gui_app.run(notes, lang, []) == gui_app.EXIT_LIBRARY_ERROR
    finally:
        timer.stop()
    assert len(seen) == 1
    if lang == "en":
        assert "The library could not be opened." in seen[0]
        assert "is not a Qalam library" in seen[0]
    else:
        assert "تعذّر فتح المكتبة." in seen[0] and "ليس مكتبة قلم" in seen[0]
    assert str(notes) in seen[0]
    assert notes.read_bytes() == before
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]


def test_run_returns_the_event_loop_exit_code(qtbot, library: Library) -> None:
    windows: list[MainWindow] = []

    def finish() -> None:
        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        windows.extend(found)
        QApplication.instance().exit(0)  # type: ignore[union-attr]

    QTimer.singleShot(200, finish)
    assert gui_app.run(library.path, "en", []) == 0
    assert windows
    for window in windows:
        window.close()


def test_a_new_default_library_gets_the_samples_once(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    default = tmp_path / "data" / "library.qalam"
    monkeypatch.setattr("studio.library.paths.default_library_path", lambda: default)
    window = gui_app.start(None, "en", [])
    assert window is not None
    try:
        assert window.library.path == default
        qtbot.waitUntil(lambda: not window.importing and window.model.total() > 0, timeout=20000)
        samples = window.model.total()
    finally:
        _close(window)

    # Emptied on purpose: the samples do not come back.
    with Library.open(default) as library:
        library.delete([row.id for row in library.list(limit=1000)])
        assert library.is_empty()
        assert not gui_app.should_install_samples(library, is_default=True)
    assert samples >= 3


def test_samples_are_not_added_to_a_library_chosen_by_path(qtbot, library: Library) -> None:
    assert not gui_app.should_install_samples(library, is_default=False)


def test_error_box_is_freed_after_closing(qtbot, tmp_path: Path) -> None:
    from studio.gui.messages import error_box
    from studio.library import NotALibrary

    box = error_box(None, "Headline", NotALibrary(path=str(tmp_path)))
    box.open()
    box.close()
    qtbot.waitUntil(lambda: not shiboken6.isValid(box))


def test_the_window_is_usable_before_its_library_has_finished_opening(
    qtbot, filled_library: Library
) -> None:
    """The window is built from the first page read directly; what the user does before the
    library has opened in the background (a filter, a row) waits for it and is answered right."""
    from studio.gui.library_model import ViewFilter
    from studio.library.deferred import DeferredLibrary

    path = filled_library.path
    expected = [row.title for row in filled_library.list()]
    by_omar = {row.title for row in filled_library.list() if row.author == "Omar Haddad"}
    filled_library.close()
    window = gui_app.start(path, "en", [])
    try:
        assert window is not None
        assert isinstance(window.library, DeferredLibrary)
        assert [window.model.row_at(i).title for i in range(window.model.rowCount())] == expected
        assert "Omar Haddad" in [
            window.filters.author.itemText(i) for i in range(window.filters.author.count())
        ]
        # No event has run yet, so the background open has not started: this needs it.
        window.filters.changed.emit(ViewFilter(author="Omar Haddad"))
        shown = {window.model.row_at(i).title for i in range(window.model.rowCount())}
        assert shown == by_omar
        window.select_article(window.model.row_at(0).id)
        assert window.reader.article_id == window.model.row_at(0).id
    finally:
        _close(window)
