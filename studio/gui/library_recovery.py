"""A damaged library: say so plainly and offer its newest good backup.

Used when opening fails with LibraryCorrupt (at start, when switching library) and when damage
shows up later ("database disk image is malformed"). Accepting moves the damaged file (and its
-wal/-shm) aside under a dated name — never overwritten — and puts the backup in its place
(studio.library.restore.restore_backup).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from studio.gui.background import run_with_progress
from studio.gui.backups_dialog import counts_text, when_text
from studio.gui.error_texts import error_message, has_long_detail
from studio.gui.messages import error_box, isolate_path
from studio.library import LibraryError
from studio.library import backups as bk
from studio.library import restore as rs


# Texts are written out as QCoreApplication.translate("Recovery", …): pyside6-lupdate finds
# literal calls only.
def damaged_name_pattern(library_path: Path) -> str:
    return f"{library_path.stem}.damaged-…{library_path.suffix}"


def recovery_box(
    parent: QWidget | None, library_path: Path, error: LibraryError, backup: bk.BackupSummary
) -> tuple[QMessageBox, QPushButton]:
    """The question, built but not shown; returns it with its Restore button."""
    box = QMessageBox(parent)
    box.setObjectName("recoveryBox")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Recovery", "Damaged Library"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(
        QCoreApplication.translate(
            "Recovery", "The library {library} is damaged and cannot be used safely."
        ).format(library=isolate_path(library_path.name))
    )
    holds = counts_text(backup)
    box.setInformativeText(
        error_message(error)
        + "\n\n"
        + QCoreApplication.translate(
            "Recovery", "The newest good backup is from {when}: {holds}."
        ).format(when=when_text(backup), holds=holds)
        + "\n"
        + QCoreApplication.translate(
            "Recovery",
            "Restore it? The damaged file is kept beside it as {name} and never overwritten. "
            "Changes made after the backup are not in it.",
        ).format(name=isolate_path(damaged_name_pattern(library_path)))
    )
    restore = box.addButton(
        QCoreApplication.translate("Recovery", "Restore the Backup"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(
        QCoreApplication.translate("Recovery", "Not Now"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(restore)
    if has_long_detail(error):
        box.setDetailedText(str(error))
    return box, restore


def no_backup_box(parent: QWidget | None, library_path: Path, error: LibraryError) -> QMessageBox:
    return error_box(
        parent,
        QCoreApplication.translate(
            "Recovery",
            "The library {library} is damaged, and there is no backup of it yet. The file was "
            "left as it is: a copy of it may still be repaired with SQLite's own tools.",
        ).format(library=isolate_path(library_path.name)),
        error,
    )


def ask_to_recover(
    parent: QWidget | None, library_path: Path, error: LibraryError
) -> bk.BackupSummary | None:
    """Tells the user the library is damaged; returns the backup they chose to restore."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        latest = bk.latest_good_backup(library_path)
    finally:
        QGuiApplication.restoreOverrideCursor()
    if latest is None:
        no_backup_box(parent, library_path, error).exec()
        return None
    box, restore = recovery_box(parent, library_path, error, latest)
    box.exec()
    chosen = box.clickedButton() is restore
    box.deleteLater()
    return latest if chosen else None


def restore_in_place(
    parent: QWidget | None, library_path: Path, backup: Path
) -> rs.RestoreOutcome | None:
    """Restores `backup` into the library (the caller has closed it), off the GUI thread; says
    what happened. None (the user told why) when it failed."""
    result = run_with_progress(
        parent,
        QCoreApplication.translate("Recovery", "Restoring the backup…"),
        lambda: rs.restore_backup(library_path, backup),
    )
    if isinstance(result, BaseException):
        error_box(
            parent,
            QCoreApplication.translate("Recovery", "The backup could not be restored."),
            result,
        ).exec()
        return None
    assert isinstance(result, rs.RestoreOutcome)
    return result


def restored_message(outcome: rs.RestoreOutcome) -> str:
    named = bk.parse_backup_name(outcome.restored)
    when = when_text(named) if named else outcome.restored.name
    if outcome.damaged_kept:
        return QCoreApplication.translate(
            "Recovery", "Restored the backup of {when}. The damaged file was kept as {name}."
        ).format(when=when, name=isolate_path(outcome.damaged_kept[0].name))
    return QCoreApplication.translate(
        "Recovery", "Restored the backup of {when}. The library as it was is kept as a backup."
    ).format(when=when)


def recover(parent: QWidget | None, library_path: Path, error: LibraryError) -> bool:
    """The whole offer for a library that is closed: ask, restore. True when restored."""
    chosen = ask_to_recover(parent, library_path, error)
    if chosen is None:
        return False
    return restore_in_place(parent, library_path, chosen.path) is not None
