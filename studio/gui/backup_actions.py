"""The main window's backups: File ▸ Back Up Now and Backups…, automatic backups, restoring one,
and the offer of a backup when the library turns out to be damaged.

Restoring closes the open articles first (saving them), then replaces the library's content and
opens it again, so no editor or cache keeps the old state. When damage is found during a
session, the unsaved texts of the open articles are carried over the restore and put back as
unsaved edits, so nothing typed is lost.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction

from studio.gui.backup_scheduler import MANUAL, BackupScheduler
from studio.gui.busy_cursor import busy_cursor
from studio.gui.error_texts import error_message
from studio.gui.messages import error_box
from studio.library import LibraryCorrupt, LibraryError

if TYPE_CHECKING:
    from studio.gui.backups_dialog import BackupsDialog
    from studio.library import Library


class BackupController(QObject):
    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: BackupsDialog | None = None
        self._recovering = False
        self._declined: Path | None = None
        self.scheduler = BackupScheduler(lambda: self.window.library.path, self)
        self.scheduler.started.connect(self._on_started)
        self.scheduler.finished.connect(self._on_finished)
        self.back_up_action = QAction(self.tr("&Back Up Now"), window)
        self.back_up_action.setObjectName("backUpNow")
        self.back_up_action.triggered.connect(self.back_up_now)
        self.backups_action = QAction(self.tr("Bac&kups…"), window)
        self.backups_action.setObjectName("backups")
        self.backups_action.triggered.connect(self.show_backups)
        window.workspace.damaged.connect(self.library_damaged)
        window.model.load_failed.connect(self._maybe_damaged)

    def install(self, file_menu: Any, before: QAction) -> None:
        file_menu.insertAction(before, self.back_up_action)
        file_menu.insertAction(before, self.backups_action)
        file_menu.insertSeparator(before)

    def start_automatic(self) -> None:
        """Automatic backups from now on (the first check waits; see backup_scheduler.py)."""
        self.scheduler.start()

    # -- backing up ------------------------------------------------------------------------------

    def back_up_now(self) -> bool:
        if not self.scheduler.back_up(MANUAL):
            self._status(self.tr("A backup is already being made."))
            return False
        return True

    def _on_started(self, kind: str) -> None:
        self.back_up_action.setEnabled(False)
        if kind == MANUAL:
            self._status(self.tr("Backing up the library…"), 0)

    def _on_finished(self, kind: str, result: object) -> None:
        self.back_up_action.setEnabled(True)
        if isinstance(result, LibraryCorrupt):
            self.library_damaged(result)
        elif isinstance(result, LibraryError):
            headline = self.tr("The backup could not be made.")
            if kind == MANUAL:
                error_box(self.window, headline, result).open()
            else:
                self._status(f"{headline} {error_message(result)}")
        elif isinstance(result, Exception):
            error_box(self.window, self.tr("The backup could not be made."), result).open()
        elif result is not None and kind == MANUAL:
            articles = int(getattr(result, "articles", 0))
            self._status(self.tr("Backed up: %Ln article(s).", "", articles))
        if self.dialog is not None and result is not None:
            self.dialog.reload()

    def _status(self, text: str, timeout: int = 8000) -> None:
        self.window.statusBar().showMessage(text, timeout)

    # -- the restore view ------------------------------------------------------------------------

    def show_backups(self) -> BackupsDialog:
        from studio.gui.backups_dialog import BackupsDialog

        if self.dialog is None:
            dialog = BackupsDialog(self.window.library.path, self.window)
            dialog.back_up_requested.connect(self.back_up_now)
            dialog.restore_requested.connect(self._restore_from_dialog)
            dialog.finished.connect(self._forget_dialog)
            self.dialog = dialog
        self.dialog.show()
        self.dialog.raise_()
        return self.dialog

    def _forget_dialog(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None

    def _restore_from_dialog(self, backup: Path) -> None:
        if self.dialog is not None:
            self.dialog.close()
        self.restore(backup)

    def restore(self, backup: Path) -> bool:
        """Restores `backup` over the library on show: open articles are saved and closed, the
        current state is backed up, and the library is opened again."""
        from studio.gui.library_recovery import restore_in_place, restored_message

        window = self.window
        if window.importing:
            self._status(self.tr("Wait for the import to finish before restoring."))
            return False
        if not window.workspace.close_all():
            self._status(self.tr("An open article could not be saved; restoring was not started."))
            return False
        self.scheduler.wait()
        path = window.library.path
        window.library.close()
        outcome = restore_in_place(window, path, backup)
        self._reopen(path)
        if outcome is None:
            return False
        self._status(restored_message(outcome), 15000)
        return True

    def _reopen(self, path: Path) -> bool:
        try:
            from studio.library import Library

            with busy_cursor():
                library = Library.open(path)
        except LibraryError as error:
            error_box(self.window, self.tr("The library could not be opened."), error).open()
            return False
        self.window.replace_library(library)
        return True

    # -- damage found ----------------------------------------------------------------------------

    def _maybe_damaged(self, error: object) -> None:
        if isinstance(error, LibraryCorrupt):
            self.library_damaged(error)

    def library_damaged(self, error: object) -> None:
        """Damage met during the session: offered once per library, after the current event."""
        if self._recovering or self._declined == self.window.library.path:
            return
        self._recovering = True
        QTimer.singleShot(0, lambda: self._offer(error))

    def _offer(self, error: object) -> None:
        from studio.gui.library_recovery import ask_to_recover, restore_in_place, restored_message

        window = self.window
        path = window.library.path
        try:
            assert isinstance(error, LibraryError)
            chosen = ask_to_recover(window, path, error)
            if chosen is None:
                self._declined = path
                return
            kept = window.workspace.discard_all()
            self.scheduler.wait()
            window.library.close()
            outcome = restore_in_place(window, path, chosen.path)
            self._reopen(path)
            window.workspace.keep_texts(kept)
            if outcome is not None:
                self._status(restored_message(outcome), 15000)
        finally:
            self._recovering = False

    def open_damaged(self, path: Path, error: LibraryCorrupt) -> Library | None:
        """Opening `path` failed as damaged (switching library): offer its backup; the library
        opened after the restore, or None."""
        from studio.gui.library_recovery import recover

        if not recover(self.window, path, error):
            return None
        try:
            from studio.library import Library

            return Library.open(path)
        except LibraryError as again:
            error_box(self.window, self.tr("The library could not be opened."), again).open()
            return None

    def shutdown(self) -> None:
        self.scheduler.stop()
