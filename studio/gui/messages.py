"""Message boxes for errors: translated text a user can act on, never a traceback."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from studio.gui.bidi_text import isolate_path
from studio.gui.error_texts import error_message, has_long_detail
from studio.library import LibraryError

__all__ = ["cannot_open_headline", "error_box", "isolate_path"]


def error_box(parent: QWidget | None, headline: str, error: BaseException) -> QMessageBox:
    """A warning box (deleted when closed) for `error`; the caller shows it with open() or
    exec(). Errors of the core speak through their translated template; anything else is a
    fault in the studio and says so briefly."""
    if isinstance(error, LibraryError):
        details = error_message(error)
    else:
        details = QCoreApplication.translate(
            "Messages", "The studio met an unexpected problem: {detail}"
        ).format(detail=str(error) or type(error).__name__)
    box = QMessageBox(parent)
    box.setObjectName("errorBox")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Messages", "Qalam Studio"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    # One plain-text body: an informative text would be guessed as rich text when a path or a
    # file's content holds "<".
    box.setText(f"{headline}\n\n{details}")
    if isinstance(error, LibraryError) and has_long_detail(error):
        # All of it, for whoever repairs the file, behind "Show Details…".
        box.setDetailedText(str(error))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    return box


def cannot_open_headline() -> str:
    return QCoreApplication.translate("Messages", "The library could not be opened.")
