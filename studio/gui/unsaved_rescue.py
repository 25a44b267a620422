"""Quitting while the library cannot be written (a full disk, a drive pulled out).

The window would otherwise refuse to close, since closing an article saves it. The writer may
keep it open (autosave goes on trying) or save the unsaved articles as Markdown files in a
folder of their choice and quit; `qalam import` or File ▸ Import Folder… brings them back.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QMessageBox

from studio.export.unsaved_texts import UnsavedText, write_unsaved_texts
from studio.gui.editor_page import ArticleEditor
from studio.gui.file_dialogs import existing_directory
from studio.gui.messages import error_box, isolate_path
from studio.library.errors import LibraryUnwritable


def _stuck(window: Any) -> list[ArticleEditor]:
    return [
        page
        for page in window.workspace.editors()
        if page.dirty and isinstance(page.last_error, LibraryUnwritable)
    ]


def _unsaved(page: ArticleEditor) -> UnsavedText:
    details = page.details.details()
    return UnsavedText(
        page.article_id,
        page.title_edit.text(),
        page.editor.text(),
        author=details.author,
        client=details.client,
        tags=tuple(details.tags),
        target_words=details.target_words,
    )


def choose_folder(window: Any) -> Path | None:
    name = existing_directory(
        window,
        QCoreApplication.translate("UnsavedRescue", "Folder for the Unsaved Articles"),
        str(Path.home()),
    )
    return Path(name) if name else None


def rescue_on_quit(window: Any) -> bool:
    """True when the window may close: every article the library refused was written to a
    folder the writer chose. False (window stays open) otherwise."""
    pages = _stuck(window)
    if not pages or len(pages) != len(window.workspace.editors()):
        return False
    box = QMessageBox(window)
    box.setObjectName("unsavedOnQuit")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("UnsavedRescue", "Unsaved Articles"))
    # A count in the text rather than a plural form: pyside6-lupdate reads plural forms from
    # self.tr() calls only.
    box.setText(
        QCoreApplication.translate(
            "UnsavedRescue", "Articles not saved in the library: {count}"
        ).format(count=QLocale().toString(len(pages)))
    )
    box.setInformativeText(
        pages[0].error_text()
        + "\n\n"
        + QCoreApplication.translate(
            "UnsavedRescue",
            "Keep the studio open and they are saved as soon as the library can be written, or "
            "save them as Markdown files in a folder and quit (import them later to bring them "
            "back).",
        )
    )
    keep = box.addButton(
        QCoreApplication.translate("UnsavedRescue", "Keep Open"), QMessageBox.ButtonRole.RejectRole
    )
    save = box.addButton(
        QCoreApplication.translate("UnsavedRescue", "Save as Files and Quit…"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.setDefaultButton(keep)
    box.exec()
    chosen = box.clickedButton() is save
    box.deleteLater()
    if not chosen:
        return False
    folder = choose_folder(window)
    if folder is None:
        return False
    texts = [_unsaved(page) for page in pages]
    try:
        written = write_unsaved_texts(folder, texts)
    except OSError as error:
        error_box(
            window,
            QCoreApplication.translate("UnsavedRescue", "The articles could not be written there."),
            error,
        ).exec()
        return False
    for page in pages:
        page.discard()
        window.workspace.removeTab(window.workspace.indexOf(page))
        page.deleteLater()
    window.statusBar().showMessage(
        QCoreApplication.translate("UnsavedRescue", "Saved as files in {folder}.").format(
            folder=isolate_path(written[0].parent)
        )
    )
    return True
