"""Backups in the studio: Back Up Now, automatic backups, the Backups view and Restore, the offer of
a backup for a damaged library (at start and during a session), and saves refused by a full or
vanished disk that keep the edits in the window until they go through."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import event

from studio.gui import app as gui_app
from studio.gui.backup_scheduler import BackupScheduler
from studio.gui.editor_page import ArticleEditor
from studio.gui.main_window import MainWindow
from studio.library import Library, LibraryCorrupt
from studio.library import backups as bk
from tests.gui.conftest import type_text
from tests.library.backup_helpers import damage, make_library


def _window(qtbot, library: Library) -> MainWindow:
    window = MainWindow(library, "en")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _answer(role: QMessageBox.ButtonRole, seen: list[str], name: str = "") -> QTimer:
    """Presses the button of `role` in the next modal message box (named `name` if given)."""
    timer = QTimer()

    def poll() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and (not name or box.objectName() == name):
            seen.append(f"{box.text()}\n{box.informativeText()}")
            for button in box.buttons():
                if box.buttonRole(button) == role:
                    button.click()
                    timer.stop()
                    return

    timer.timeout.connect(poll)
    timer.start(20)
    return timer


def _end(page: ArticleEditor) -> None:
    cursor = page.editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    page.editor.setTextCursor(cursor)


def test_back_up_now_from_the_file_menu(qtbot, filled_library: Library) -> None:
    window = _window(qtbot, filled_library)
    names = [a.objectName() for a in window.file_menu.actions()]
    assert names.index("backUpNow") < names.index("backups") < names.index("quit")
    window.backups.back_up_action.trigger()
    qtbot.waitUntil(lambda: not window.backups.scheduler.busy, timeout=10_000)
    made = bk.list_backups(filled_library.path)
    assert len(made) == 1 and made[0].kind == bk.MANUAL and made[0].articles == 4
    assert "4 articles" in window.statusBar().currentMessage()


def test_the_scheduler_names_the_kinds_of_backup_as_the_core_does() -> None:
    from studio.gui import backup_scheduler

    assert (backup_scheduler.AUTOMATIC, backup_scheduler.MANUAL) == (bk.AUTOMATIC, bk.MANUAL)


def test_automatic_backups_run_when_due_and_only_then(qtbot, tmp_path: Path) -> None:
    path = make_library(tmp_path / "auto.qalam", ["One", "Two"])
    scheduler = BackupScheduler(lambda: path, first_check_ms=10, every_ms=60_000)
    results: list[object] = []
    scheduler.finished.connect(lambda _kind, result: results.append(result))
    scheduler.start()
    qtbot.waitUntil(lambda: len(results) == 1, timeout=10_000)
    assert isinstance(results[0], bk.BackupSummary) and results[0].kind == bk.AUTOMATIC
    # Just made: the next check finds nothing due.
    assert scheduler.back_up(bk.AUTOMATIC, due_after=bk.timedelta(hours=4))
    qtbot.waitUntil(lambda: len(results) == 2, timeout=10_000)
    assert results[1] is None
    scheduler.stop()
    assert len(bk.find_backups(path)) == 1


def test_the_backups_view_shows_what_each_holds_and_restores(
    qtbot, filled_library: Library
) -> None:
    path = filled_library.path
    bk.create_backup(path, bk.MANUAL)
    later = filled_library.new_draft("Written after the backup", "en")
    window = _window(qtbot, filled_library)
    window.workspace.open_article(later)
    dialog = window.backups.show_backups()
    qtbot.waitUntil(lambda: dialog.tree.topLevelItemCount() == 1, timeout=10_000)
    item = dialog.tree.topLevelItem(0)
    assert (item.text(1), item.text(2)) == ("Manual", "4")
    assert dialog.restore_button.isEnabled()
    details = dialog.details.text()
    assert "4 articles" in details and "Most recently changed" in details

    # The rule of how many are kept is stored with the backups.
    dialog.daily.setValue(10)
    dialog.weekly.setValue(0)
    assert bk.load_policy(path) == bk.RetentionPolicy(daily=10, weekly=0)

    dialog.confirm_restore = lambda _summary: True  # the user answers Restore
    assert dialog.ask_restore()
    # Open articles were closed, the library reopened with the backup's content.
    assert window.workspace.editors() == []
    assert window.library is not filled_library
    assert window.library.count() == 4
    assert window.model.rowCount() == 4
    kinds = [b.kind for b in bk.find_backups(path)]
    assert bk.BEFORE_RESTORE in kinds
    assert "Restored the backup" in window.statusBar().currentMessage()
    window.close()
    window.library.close()


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_a_damaged_library_at_start_is_offered_its_backup(qtbot, tmp_path: Path, lang: str) -> None:
    path = make_library(tmp_path / "work.qalam", [f"Article {i}" for i in range(60)])
    bk.create_backup(path, bk.AUTOMATIC)
    damage(path)
    seen: list[str] = []
    timer = _answer(QMessageBox.ButtonRole.AcceptRole, seen, "recoveryBox")
    try:
        window = gui_app.start(path, lang, [])
    finally:
        timer.stop()
    assert window is not None
    try:
        if lang == "en":
            assert "is damaged and cannot be used safely" in seen[0]
            assert "60 articles" in seen[0]
        else:
            assert "تالفة ولا يمكن استعمالها بأمان" in seen[0]
            assert "٦٠ مقالة" in seen[0]
        assert "work.damaged-" in seen[0]
        assert window.library.count() == 60
        kept = sorted(p.name for p in tmp_path.glob("work.damaged-*.qalam"))
        assert len(kept) == 1
    finally:
        window.close()
        window.library.close()


def test_declining_the_offer_leaves_the_damaged_file_alone(qtbot, tmp_path: Path) -> None:
    path = make_library(tmp_path / "work.qalam", [f"Article {i}" for i in range(60)])
    bk.create_backup(path, bk.AUTOMATIC)
    damage(path)
    before = path.read_bytes()
    seen: list[str] = []
    timer = _answer(QMessageBox.ButtonRole.RejectRole, seen, "recoveryBox")
    try:
        assert gui_app.start(path, "en", []) is None
    finally:
        timer.stop()
    assert path.read_bytes() == before and not list(tmp_path.glob("*.damaged-*"))


def test_damage_met_while_writing_keeps_the_unsaved_text(qtbot, tmp_path: Path) -> None:
    path = make_library(tmp_path / "work.qalam", [f"Article {i}" for i in range(60)])
    bk.create_backup(path, bk.AUTOMATIC)
    library = Library.open(path)
    window = _window(qtbot, library)
    article_id = library.list()[0].id
    page = window.workspace.open_article(article_id)
    assert page is not None
    page._idle.setInterval(60_000)
    _end(page)
    type_text(page.editor, " unsaved words")
    typed = page.editor.text()
    damage(path)
    seen: list[str] = []
    timer = _answer(QMessageBox.ButtonRole.AcceptRole, seen, "recoveryBox")
    try:
        window.workspace.damaged.emit(
            LibraryCorrupt(path=str(path), detail="database disk image is malformed")
        )
        qtbot.waitUntil(lambda: window.library is not library, timeout=15_000)
    finally:
        timer.stop()
    assert seen and len(list(tmp_path.glob("work.damaged-*.qalam"))) == 1
    # The text typed before the damage is back in a tab, unsaved, and then saved.
    restored_page = window.workspace.editor_for(article_id)
    assert restored_page is not None and restored_page.editor.text() == typed
    assert restored_page.dirty
    restored_page.save("manual")
    qtbot.waitUntil(lambda: not restored_page.dirty, timeout=10_000)
    assert window.library.get(article_id).body == typed
    window.workspace.close_all()
    window.close()
    window.library.close()


@contextmanager
def failing_writes(lib: Library, message: str) -> Iterator[None]:
    def execute(cursor, statement, parameters, context):
        if statement.lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE")):
            raise sqlite3.OperationalError(message)
        cursor.execute(statement, parameters)
        return True

    event.listen(lib.engine, "do_execute", execute)
    try:
        yield
    finally:
        event.remove(lib.engine, "do_execute", execute)


@pytest.mark.parametrize(
    ("message", "said"),
    [
        ("database or disk is full", "is full"),
        ("attempt to write a readonly database", "read-only"),
        ("disk I/O error", "cannot be reached"),
    ],
)
def test_a_refused_save_keeps_the_edits_and_retries(
    qtbot, filled_library: Library, message: str, said: str
) -> None:
    window = _window(qtbot, filled_library)
    article_id = filled_library.list()[0].id
    page = window.workspace.open_article(article_id)
    assert page is not None
    page._idle.setInterval(100)
    _end(page)
    with failing_writes(filled_library, message):
        type_text(page.editor, " kept")
        qtbot.waitUntil(lambda: page.last_error is not None, timeout=10_000)
        assert page.dirty
        assert said in window.statusBar().currentMessage()
        assert "Not saved yet" in window.statusBar().currentMessage()
        tab = window.workspace.tabText(window.workspace.indexOf(page))
        assert tab.startswith("●")
        assert not filled_library.get(article_id).body.endswith(" kept")
    # The disk has room again: the retry goes through by itself.
    qtbot.waitUntil(lambda: not page.dirty, timeout=10_000)
    assert filled_library.get(article_id).body.endswith(" kept")
    assert not window.workspace.tabText(window.workspace.indexOf(page)).startswith("●")
    window.workspace.close_all()


def test_quitting_while_the_drive_is_gone_saves_the_texts_as_files(
    qtbot, tmp_path: Path, monkeypatch
) -> None:
    drive = tmp_path / "usb"
    drive.mkdir()
    library = Library.open(make_library(drive / "work.qalam", ["On the stick"]))
    window = _window(qtbot, library)
    page = window.workspace.open_article(library.list()[0].id)
    assert page is not None
    page._idle.setInterval(100)
    drive.rename(tmp_path / "usb-gone")
    _end(page)
    page.details.client_box.set_name("عميل جديد")
    type_text(page.editor, " typed after the drive went")
    qtbot.waitUntil(lambda: page.last_error is not None, timeout=10_000)
    assert "cannot be reached" in window.statusBar().currentMessage()
    # Keep Open: the window stays, the text with it.
    seen: list[str] = []
    timer = _answer(QMessageBox.ButtonRole.RejectRole, seen, "unsavedOnQuit")
    try:
        assert not window.close()
    finally:
        timer.stop()
    assert window.workspace.editors() == [page] and page.dirty
    # Save as Files and Quit.
    rescued = tmp_path / "rescued"
    monkeypatch.setattr("studio.gui.unsaved_rescue.choose_folder", lambda _window: rescued)
    timer = _answer(QMessageBox.ButtonRole.AcceptRole, seen, "unsavedOnQuit")
    try:
        assert window.close()
    finally:
        timer.stop()
    assert "Articles not saved in the library: 1" in seen[-1]
    files = list(rescued.glob("*.md"))
    assert len(files) == 1
    rescued_text = files[0].read_text(encoding="utf-8")
    assert rescued_text.endswith(" typed after the drive went")
    assert "client: عميل جديد" in rescued_text  # the details row is not lost either
    library.close()


def test_switching_to_a_damaged_library_offers_its_backup(
    qtbot, filled_library: Library, tmp_path: Path
) -> None:
    other = make_library(tmp_path / "other.qalam", [f"Article {i}" for i in range(60)])
    bk.create_backup(other, bk.MANUAL)
    damage(other)
    window = _window(qtbot, filled_library)
    seen: list[str] = []
    timer = _answer(QMessageBox.ButtonRole.AcceptRole, seen, "recoveryBox")
    try:
        assert window.switch_library(other)
    finally:
        timer.stop()
    assert window.library.path == other and window.library.count() == 60
    assert len(list(tmp_path.glob("other.damaged-*.qalam"))) == 1
    window.close()
    window.library.close()


def test_an_automatic_backup_that_finds_damage_offers_the_backup_once(
    qtbot, filled_library: Library
) -> None:
    bk.create_backup(filled_library.path, bk.MANUAL)
    window = _window(qtbot, filled_library)
    seen: list[str] = []
    timer = _answer(QMessageBox.ButtonRole.RejectRole, seen, "recoveryBox")
    damaged = LibraryCorrupt(
        path=str(filled_library.path), detail="database disk image is malformed"
    )
    try:
        window.backups._on_finished(bk.AUTOMATIC, damaged)
        qtbot.waitUntil(lambda: len(seen) == 1, timeout=10_000)
        qtbot.waitUntil(lambda: not window.backups._recovering, timeout=10_000)
        # Declined: not asked again for this library in this session.
        window.backups._on_finished(bk.AUTOMATIC, damaged)
        qtbot.wait(100)
    finally:
        timer.stop()
    assert len(seen) == 1 and "malformed" in seen[0]
    assert window.library is filled_library
