"""File ▸ Check Library for Damage…: `qalam verify` from the window.

The check reads every article (about half a minute at 100,000), so it runs on its own thread
with its own connection while the writer goes on working; the outcome arrives as a message.
What is derived from the text (word counts, search index rows) can be mended on the spot;
damage to the file itself leads to the backups, which are the only cure for it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from studio.gui.background import BackgroundCall
from studio.gui.messages import error_box
from studio.library import LibraryCorrupt

if TYPE_CHECKING:
    from studio.library.integrity import IntegrityReport


def _check(path: Path, repair: bool) -> IntegrityReport:
    from studio.library import Library
    from studio.library.integrity import verify

    with Library.open(path) as library:
        return verify(library, repair=repair)


class LibraryCheck(QObject):
    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.call: BackgroundCall | None = None
        self.box: QMessageBox | None = None
        self.action = QAction(self.tr("Check Library for Da&mage…"), window)
        self.action.setObjectName("checkLibrary")
        self.action.setStatusTip(
            self.tr("Checks the library file, every article's records and the search index")
        )
        self.action.triggered.connect(lambda: self.start())

    def install(self, file_menu: Any, before: QAction) -> None:
        file_menu.insertAction(before, self.action)

    @property
    def running(self) -> bool:
        return self.call is not None and self.call.running

    def start(self, repair: bool = False) -> bool:
        if self.running:
            self._status(self.tr("The library is already being checked."))
            return False
        path = self.window.library.path
        self.call = BackgroundCall(lambda: _check(path, repair), self)
        self.call.done.connect(self._on_done)
        self.call.start()
        self._status(
            self.tr("Mending the library…") if repair else self.tr("Checking the library…"), 0
        )
        return True

    def _on_done(self, result: object) -> None:
        self.call = None
        self._status("")
        if isinstance(result, LibraryCorrupt):
            self.window.backups.library_damaged(result)
            return
        if isinstance(result, Exception):
            error_box(self.window, self.tr("The library could not be checked."), result).open()
            return
        if getattr(result, "mended", 0):
            # Word counts and search rows changed under the table: show the mended ones.
            self.window.refresh()
        self._show(result)  # type: ignore[arg-type]

    def _show(self, report: IntegrityReport) -> None:
        box = QMessageBox(self.window)
        box.setObjectName("libraryCheckResult")
        box.setWindowTitle(self.tr("Check Library"))
        if report.sound:
            box.setIcon(QMessageBox.Icon.Information)
            text = self.tr("The library is sound.")
            detail = self.tr(
                "%Ln article(s) checked: the file, every article's records and the search "
                "index agree.",
                "",
                report.articles,
            )
            if report.mended:
                detail = (
                    self.tr(
                        "%Ln word count(s) or search index entries were rebuilt from the text.",
                        "",
                        report.mended,
                    )
                    + " "
                    + detail
                )
            box.setText(text)
            box.setInformativeText(detail)
            box.addButton(QMessageBox.StandardButton.Close)
        else:
            box.setIcon(QMessageBox.Icon.Warning)
            box.setText(self.tr("%Ln problem(s) found in the library.", "", len(report.problems)))
            box.setDetailedText("\n".join(report.problems))
            if report.file_damaged:
                box.setInformativeText(
                    self.tr(
                        "The library file itself is damaged. Restore the newest good backup; "
                        "the damaged file is kept aside."
                    )
                )
            else:
                box.setInformativeText(
                    self.tr(
                        "Word counts and the search index can be rebuilt from the articles' "
                        "text, which is not changed. Anything else needs a backup."
                    )
                )
                mend = box.addButton(self.tr("&Mend"), QMessageBox.ButtonRole.AcceptRole)
                mend.setObjectName("mendLibrary")
                mend.clicked.connect(lambda: self.start(repair=True))
            backups = box.addButton(self.tr("&Backups…"), QMessageBox.ButtonRole.ActionRole)
            backups.setObjectName("showBackups")
            backups.clicked.connect(self.window.backups.show_backups)
            box.addButton(QMessageBox.StandardButton.Close)
        box.finished.connect(self._forget_box)
        self.box = box
        box.open()

    def _forget_box(self, _code: int) -> None:
        if self.box is not None:
            self.box.deleteLater()
        self.box = None

    def _status(self, text: str, timeout: int = 8000) -> None:
        self.window.statusBar().showMessage(text, timeout)
