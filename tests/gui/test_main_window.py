"""The main window: searching, filtering, sorting, importing, switching libraries, settings."""

from __future__ import annotations

import threading
from pathlib import Path

import shiboken6
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from studio.gui.import_dialogs import ImportProgressDialog, ImportSummaryDialog
from studio.gui.library_model import Column
from studio.gui.main_window import MainWindow
from studio.library import ImportOutcome, Library, Status
from tests.gui.conftest import library_titles, type_text


def _search(qtbot, win: MainWindow, text: str) -> None:
    win.filters.search.clear()
    with qtbot.waitSignal(win.model.modelReset, timeout=3000):
        type_text(win.filters.search, text)


def _message_boxes() -> list[QMessageBox]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]


def test_shows_the_library_with_count_and_path(window: MainWindow, filled_library: Library) -> None:
    assert window.model.rowCount() == 4
    assert window.count_label.text() == "4 articles"
    assert str(filled_library.path) in window.path_label.text()
    assert "test" in window.windowTitle()


def test_typed_arabic_with_diacritics_finds_the_plain_article(qtbot, window: MainWindow) -> None:
    # Stored as الذكاء الاصطناعي; typed with tashkeel, one key event per character.
    _search(qtbot, window, "الذَّكاءُ")
    assert library_titles(window) == ["مستقبل العمل الحر"]
    assert window.count_label.text() == "1 result"
    # The first hit is opened, with the matched words highlighted above the text.
    qtbot.waitUntil(lambda: window.reader.article_id is not None)
    assert "Matches your search" in window.reader.toPlainText()
    assert "background-color" in window.reader.toHtml()


def test_typed_plain_arabic_finds_the_vowelled_article(qtbot, window: MainWindow) -> None:
    _search(qtbot, window, "المراجعة")
    assert "فن المراجعة" in library_titles(window)
    window.filters.search.clear()
    qtbot.waitUntil(lambda: window.model.rowCount() == 4)


def test_search_waits_for_a_pause_in_typing(qtbot, window: MainWindow) -> None:
    resets: list[int] = []
    window.model.modelReset.connect(lambda: resets.append(1))
    with qtbot.waitSignal(window.model.modelReset, timeout=3000):
        type_text(window.filters.search, "clients")
    qtbot.wait(300)
    # Seven key presses, one search.
    assert len(resets) == 1


def test_status_filter(qtbot, window: MainWindow) -> None:
    combo = window.filters.status
    combo.setCurrentIndex(combo.findData(Status.APPROVED.value))
    assert library_titles(window) == ["Writing for clients"]
    assert window.count_label.text() == "1 matching article"
    combo.setCurrentIndex(0)
    assert window.model.rowCount() == 4


def test_author_and_tag_choices_come_from_the_library(window: MainWindow) -> None:
    authors = [window.filters.author.itemText(i) for i in range(window.filters.author.count())]
    tags = [window.filters.tag.itemText(i) for i in range(window.filters.tag.count())]
    assert authors == ["All authors", "Omar Haddad", "سارة الحسن"]
    assert "freelance" in tags and "editing" in tags
    window.filters.tag.setCurrentIndex(window.filters.tag.findData("editing"))
    assert library_titles(window) == ["فن المراجعة"]


def test_clicking_a_header_sorts(qtbot, window: MainWindow) -> None:
    header = window.table.horizontalHeader()

    def click(column: Column) -> None:
        x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
        QTest.mouseClick(
            header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2)
        )

    click(Column.TITLE)
    first = library_titles(window)
    assert window.model.current_sort.column == Column.TITLE  # type: ignore[union-attr]
    click(Column.TITLE)
    assert library_titles(window) == list(reversed(first))
    assert header.sortIndicatorSection() == Column.TITLE
    # Ratings sort too (mean stars of the reviews); the indicator follows.
    click(Column.RATING)
    assert header.sortIndicatorSection() == Column.RATING
    assert window.model.current_sort.column == Column.RATING  # type: ignore[union-attr]


def test_selecting_a_row_opens_the_article(qtbot, window: MainWindow) -> None:
    window.table.selectRow(window.model.row_of(window.model.row_at(0).id))  # type: ignore[arg-type, union-attr]
    assert window.reader.article_id == window.model.row_at(0).id  # type: ignore[union-attr]
    assert window.model.row_at(0).title in window.reader.toPlainText()  # type: ignore[union-attr]


def test_find_shortcut_focuses_the_search_box(qtbot, window: MainWindow) -> None:
    window.activateWindow()
    window.table.setFocus()
    window.find_action.trigger()
    qtbot.waitUntil(window.filters.search.hasFocus)
    assert window.find_action.shortcut().toString() == "Ctrl+F"
    assert window.import_files_action.shortcut().toString() == "Ctrl+I"
    assert window.open_library_action.shortcut().toString() == "Ctrl+O"
    assert window.quit_action.shortcut().toString() == "Ctrl+Q"


def test_layout_is_remembered(qtbot, filled_library: Library) -> None:
    first = MainWindow(filled_library, "en")
    qtbot.addWidget(first)
    first.show()
    # Within the offscreen platform's 800×600 screen, which restoreGeometry respects.
    first.resize(760, 560)
    first.splitter.setSizes([450, 300])
    first.table.horizontalHeader().resizeSection(Column.AUTHOR, 177)
    sizes = first.splitter.sizes()
    first.close()

    second = MainWindow(filled_library, "en")
    qtbot.addWidget(second)
    second.show()
    assert second.size() == first.size()
    assert second.splitter.sizes() == sizes
    assert second.table.horizontalHeader().sectionSize(Column.AUTHOR) == 177


def test_opening_a_file_that_is_not_a_library_explains_and_leaves_it_untouched(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_bytes(b"My shopping list\n\xd8\xb4\xd8\xa7\xd9\x8a\n")
    before = notes.read_bytes()
    library = window.library
    assert not window.switch_library(notes)
    boxes = _message_boxes()
    assert len(boxes) == 1
    assert "is not a Qalam library" in boxes[0].text()
    assert "Traceback" not in boxes[0].text()
    assert notes.read_bytes() == before
    assert window.library is library
    box = boxes[0]
    box.button(QMessageBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: not shiboken6.isValid(box))


def test_switching_to_another_library(qtbot, window: MainWindow, tmp_path: Path) -> None:
    other = tmp_path / "other.qalam"
    Library.open(other).close()
    assert window.switch_library(other)
    assert window.library.path == other.absolute()
    assert window.model.rowCount() == 0
    assert window.count_label.text() == "0 articles"
    assert "other" in window.windowTitle()
    window.library.close()


def _folder_of_articles(folder: Path, count: int) -> Path:
    folder.mkdir()
    for i in range(count):
        (folder / f"note-{i:03d}.md").write_text(
            f"# Note {i}\n\nA distinct article number {i} about subject {i * 13}.\n",
            encoding="utf-8",
        )
    return folder


def test_import_runs_on_a_worker_and_can_be_cancelled(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    from studio.importers import import_paths

    folder = _folder_of_articles(tmp_path / "many", 60)
    library = window.library
    threads: list[int] = []
    gate = threading.Event()

    def job(on_progress, should_cancel) -> ImportOutcome:
        threads.append(threading.get_ident())

        def progress(report) -> None:
            on_progress(report)
            # Hold the worker until the test has pressed Cancel: the race is then decided.
            gate.wait(5)

        return import_paths(
            library, [folder], on_progress=progress, should_cancel=should_cancel, batch_size=5
        )

    with qtbot.waitSignal(window.import_finished, timeout=15000) as finished:
        assert window.start_import([folder], job=job)
        assert window.importing
        assert not window.import_files_action.isEnabled()
        dialog = window.findChild(ImportProgressDialog)
        assert dialog is not None
        qtbot.waitUntil(lambda: dialog.count.text() != "", timeout=5000)
        # The worker holds at its first report, before any file is done.
        assert dialog.files.text() == "Imported 0 of 60 files"
        dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
        assert "Stopping" in dialog.current.text()
        gate.set()
    outcome = finished.args[0]
    assert isinstance(outcome, ImportOutcome)
    assert outcome.cancelled
    assert len(outcome.imported) < 60
    assert threads and threads[0] != threading.get_ident()
    qtbot.waitUntil(lambda: not window.importing)
    assert window.import_files_action.isEnabled()
    assert window.model.total() == 4 + len(outcome.imported)

    summary = window.findChild(ImportSummaryDialog)
    assert summary is not None and summary.windowTitle() == "Import cancelled"
    summary.close()
    qtbot.waitUntil(lambda: not shiboken6.isValid(summary))
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog))


def test_import_summary_lists_refusals_and_duplicates(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    folder = tmp_path / "mixed"
    folder.mkdir()
    body = "---\nauthor: Nadia Karim\n---\n# جديد\n\nمقالة جديدة تماما عن التحرير.\n"
    (folder / "new.md").write_text(body, encoding="utf-8")
    (folder / "again.md").write_text(body, encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    with qtbot.waitSignal(window.import_finished, timeout=15000) as finished:
        window.start_import([folder])
    outcome = finished.args[0]
    assert len(outcome.imported) == 1 and len(outcome.skipped) == 1 and len(outcome.refused) == 1

    summary = window.findChild(ImportSummaryDialog)
    assert summary is not None
    text = summary.summary.text()
    assert "1 article imported." in text
    assert "1 skipped: already in the library." in text
    assert "1 could not be imported." in text
    reasons = [reason for _file, reason in summary.detail_rows()]
    assert "Empty file" in reasons
    assert "Already in the library" in reasons
    # The new article and its author are in the table and the filters at once.
    assert window.model.total() == 5
    assert window.filters.author.findData("Nadia Karim") >= 0
    summary.close()


def test_dropping_files_imports_them(qtbot, window: MainWindow, tmp_path: Path) -> None:
    folder = _folder_of_articles(tmp_path / "dropped", 3)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(folder))])
    event = QDropEvent(
        QPointF(50, 50),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(window.import_finished, timeout=15000) as finished:
        window.dropEvent(event)
    assert len(finished.args[0].imported) == 3
    assert window.model.total() == 7


def test_a_failing_import_shows_a_message_not_a_traceback(qtbot, window: MainWindow) -> None:
    from studio.library import LibraryLocked

    def job(_on_progress, _should_cancel) -> ImportOutcome:
        raise LibraryLocked(path="/tmp/x.qalam")

    with qtbot.waitSignal(window.import_finished, timeout=5000):
        window.start_import([Path("/nowhere")], job=job)
    boxes = _message_boxes()
    assert len(boxes) == 1
    assert "busy" in boxes[0].text() and "Traceback" not in boxes[0].text()
    boxes[0].close()


def test_language_choice_is_stored_and_explained(qtbot, window: MainWindow) -> None:
    from studio.gui.settings import stored_language

    window.language_actions["ar"].trigger()
    assert stored_language() == "ar"
    boxes = _message_boxes()
    assert len(boxes) == 1 and "العربية" in boxes[0].text()
    box = boxes[0]
    box.close()
    qtbot.waitUntil(lambda: not shiboken6.isValid(box))


def test_about_box_is_freed_when_closed(qtbot, window: MainWindow) -> None:
    from studio.gui.about_dialog import AboutDialog

    window.about_action.trigger()
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, AboutDialog)]
    assert len(boxes) == 1 and "Qalam Studio" in boxes[0].windowTitle()
    box = boxes[0]
    box.close()
    qtbot.waitUntil(lambda: not shiboken6.isValid(box))


def test_arabic_interface_is_mirrored(qtbot, qapp, filled_library: Library) -> None:
    from studio.gui.i18n import install_language

    install_language(qapp, "ar")
    win = MainWindow(filled_library, "ar")
    qtbot.addWidget(win)
    win.show()
    assert win.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert win.table.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert win.file_menu.title() == "&ملف"
    assert win.model.headerData(Column.TITLE, Qt.Orientation.Horizontal) == "العنوان"
    assert win.count_label.text() == "٤ مقالات"
    # Searching opens the best hit in the mirrored window too.
    _search(qtbot, win, "المراجعة")
    qtbot.waitUntil(lambda: win.reader.article_id is not None)
    assert "يطابق بحثك" in win.reader.toPlainText()
    # The mirrored table starts at the right: the title column is the rightmost.
    header = win.table.horizontalHeader()
    assert header.sectionViewportPosition(Column.TITLE) > header.sectionViewportPosition(
        Column.UPDATED
    )


def test_title_keeps_room_in_a_narrow_arabic_window_on_first_start(
    qtbot, qapp, filled_library
) -> None:
    from studio.gui.i18n import install_language

    install_language(qapp, "ar")
    win = MainWindow(filled_library, "ar")
    qtbot.addWidget(win)
    win.resize(760, 560)
    win.show()
    qtbot.waitExposed(win)
    header = win.table.horizontalHeader()
    room = win.table.viewport().width()
    qtbot.waitUntil(lambda: header.sectionSize(Column.TITLE) >= room * 0.2)


def test_switching_library_closes_the_last_import_summary(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    folder = _folder_of_articles(tmp_path / "few", 2)
    with qtbot.waitSignal(window.import_finished, timeout=15000):
        window.start_import([folder])
    summary = window.findChild(ImportSummaryDialog)
    assert summary is not None and summary.isVisible()
    # A library double-clicked in the file manager opens in this window meanwhile.
    other = tmp_path / "other.qalam"
    Library.open(other).close()
    assert window.switch_library(other)
    qtbot.waitUntil(lambda: not shiboken6.isValid(summary))
    assert window.findChild(ImportSummaryDialog) is None
    window.library.close()
