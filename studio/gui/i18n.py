"""Interface language: which one to use, loading its translations, and mirroring the layout.

The Arabic catalogue is `resources/translations/qalam_ar.ts`, compiled to `qalam_ar.qm`. English
needs a small catalogue too, `qalam_en.ts`, holding only the plural forms ("1 word", "2 words").
How to refresh them is written in `resources/translations/README.md`.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    Qt,
    QTranslator,
)
from PySide6.QtWidgets import QApplication

from studio.library import Status

LANGUAGES = ("ar", "en")
RIGHT_TO_LEFT = frozenset({"ar"})
CATALOGUE = "qalam"

# Languages are offered by their own names (an Arabic reader looks for "العربية" even in an
# English interface), so these are deliberately not translated.
LANGUAGE_NAMES = {"ar": "العربية", "en": "English"}

_STATUS_LABELS = {
    Status.DRAFT: QT_TRANSLATE_NOOP("Status", "Draft"),
    Status.IN_REVIEW: QT_TRANSLATE_NOOP("Status", "In review"),
    Status.CHANGES_REQUESTED: QT_TRANSLATE_NOOP("Status", "Changes requested"),
    Status.APPROVED: QT_TRANSLATE_NOOP("Status", "Approved"),
    Status.PUBLISHED: QT_TRANSLATE_NOOP("Status", "Published"),
    Status.ARCHIVED: QT_TRANSLATE_NOOP("Status", "Archived"),
}

# Translators stay referenced here: Qt does not own them, and a collected QTranslator would
# silently switch the interface back to English.
_installed: list[QTranslator] = []


def translations_dir() -> Path:
    return Path(str(files("studio.resources") / "translations"))


def system_language() -> str:
    return "ar" if QLocale.system().language() == QLocale.Language.Arabic else "en"


def choose_language(explicit: str | None, stored: str | None) -> str:
    """The explicit choice, else the stored preference, else the system's language."""
    for candidate in (explicit, stored):
        if candidate in LANGUAGES:
            return candidate
    return system_language()


def interface_locale(lang: str) -> QLocale:
    """The locale numbers and dates are written in: the system's own when it speaks the
    interface language (so a Moroccan system keeps its digits), else the language's default."""
    system = QLocale.system()
    wanted = QLocale.Language.Arabic if lang == "ar" else QLocale.Language.English
    return system if system.language() == wanted else QLocale(wanted)


def install_language(app: QApplication, lang: str) -> bool:
    """Loads the catalogue for `lang` (removing any earlier one), sets the default locale, and
    mirrors the whole interface for right-to-left languages. False if a catalogue is missing."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    complete = True
    sources = [(f"{CATALOGUE}_{lang}", str(translations_dir()))]
    if lang != "en":
        # Qt's own strings: standard buttons (OK, Cancel), file dialogs, context menus.
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        sources.insert(0, (f"qtbase_{lang}", qt_folder))
    for name, folder in sources:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
        else:
            complete = False
    QLocale.setDefault(interface_locale(lang))
    app.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if lang in RIGHT_TO_LEFT else Qt.LayoutDirection.LeftToRight
    )
    return complete


def status_label(status: Status | str) -> str:
    return QCoreApplication.translate("Status", _STATUS_LABELS[Status(status)])
