"""Starting the desktop studio: `qalam gui` (studio/cli.py) calls `run`."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from studio.gui import idle_gc, screen_fit
from studio.gui import settings as keys
from studio.gui.busy_cursor import busy_cursor
from studio.gui.desktop import after_first_paint, apply_identity, attach_to_desktop
from studio.gui.i18n import choose_language, install_language
from studio.gui.library_model import PAGE_SIZE
from studio.gui.main_window import MainWindow
from studio.gui.messages import cannot_open_headline, error_box
from studio.gui.settings import APPLICATION, ORGANISATION, open_settings, stored_language
from studio.gui.style import apply_style
from studio.library import LibraryError
from studio.library.deferred import DeferredLibrary, open_deferred
from studio.library.errors import LibraryCorrupt
from studio.library.paths import default_library_path

if TYPE_CHECKING:
    from studio.library import Library

EXIT_OK = 0
EXIT_LIBRARY_ERROR = 2
# Opens the library in the background this long after showing the window even if its table has
# not painted yet (a window shown minimised, say).
OPEN_AT_THE_LATEST_MS = 1000


def application(argv: list[str] | None = None) -> QApplication:
    """The process's QApplication, created once, named so QSettings finds its place."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    apply_identity(app)
    # Before any dialog: the recovery offered for a damaged library comes before the window.
    screen_fit.install(app)
    return app


def open_library(path: Path | None) -> Library:
    """The library for the window. A library already at the current schema is checked now but
    opened on a background thread after the window is shown (its first page read directly, see
    studio/library/deferred.py): SQLAlchemy then loads behind a window that is already there."""
    return open_deferred(path, PAGE_SIZE)


def _recover_at_start(library_path: Path | None, error: LibraryCorrupt) -> Library | None:
    """The library is damaged: offer its newest good backup before the window opens."""
    from studio.gui.library_recovery import recover

    path = (library_path or default_library_path()).expanduser().absolute()
    if not recover(None, path, error):
        return None
    try:
        return open_library(path)
    except LibraryError as again:
        error_box(None, cannot_open_headline(), again).exec()
        return None


def should_install_samples(library: Library, is_default: bool) -> bool:
    """Only a brand-new default library gets the samples, and only once: a writer who emptied
    their library on purpose does not find the samples back at the next start."""
    if not is_default or not library.is_empty():
        return False
    offered = open_settings().value(keys.SAMPLES_OFFERED)
    return offered != str(library.path)


def start(
    library_path: Path | None, lang: str | None, argv: list[str] | None = None
) -> MainWindow | None:
    """Everything `run` does before the event loop; None when the library could not be opened
    (the user has been told why)."""
    app = application(argv)
    language = choose_language(lang, stored_language())
    install_language(app, language)
    apply_style(app)
    try:
        library = open_library(library_path)
    except LibraryCorrupt as error:
        library = _recover_at_start(library_path, error)
        if library is None:
            return None
    except LibraryError as error:
        box = error_box(None, cannot_open_headline(), error)
        box.exec()
        return None
    window = MainWindow(library, language)
    window.show()
    # Starting two timers costs nothing; the first backup check waits well after start-up.
    window.backups.start_automatic()
    attach_to_desktop(window, window.switch_library)
    if isinstance(library, DeferredLibrary):
        library.waiting = busy_cursor
        # Once the first rows are painted, so the thread importing SQLAlchemy does not compete
        # with that paint for the interpreter.
        after_first_paint(window.table.viewport(), library.start)
        QTimer.singleShot(OPEN_AT_THE_LATEST_MS, library.start)
    if should_install_samples(library, is_default=library_path is None):
        window.install_samples()
    return window


def run(library_path: Path | None, lang: str | None, argv: list[str] | None = None) -> int:
    window = start(library_path, lang, argv)
    if window is None:
        return EXIT_LIBRARY_ERROR
    app = QCoreApplication.instance()
    assert app is not None
    collector = idle_gc.install(app)
    try:
        code = app.exec()
    finally:
        collector.uninstall()
    window.library.close()
    return code
