"""Where the interface keeps its preferences (QSettings), and the keys it uses.

Every QSettings object is built here with the *default* format, so tests can redirect all of
them to a temporary folder with `QSettings.setDefaultFormat(IniFormat)` + `QSettings.setPath`;
the `QSettings(organisation, application)` constructor would ignore that and use the native store.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

ORGANISATION = "QalamStudio"
APPLICATION = "Qalam Studio"

LANGUAGE = "interface/language"
WINDOW_GEOMETRY = "window/geometry"
WINDOW_STATE = "window/state"
SPLITTER_STATE = "window/splitter"
TABLE_HEADER = "library/header"
SAMPLES_OFFERED = "library/samplesOfferedFor"
# A group with one entry per library (desk_memory.py): the articles that were open on its desk.
DESKS = "desks"


def open_settings() -> QSettings:
    return QSettings(
        QSettings.defaultFormat(), QSettings.Scope.UserScope, ORGANISATION, APPLICATION
    )


def stored_language() -> str | None:
    value = open_settings().value(LANGUAGE)
    return str(value) if value else None


def store_language(lang: str) -> None:
    settings = open_settings()
    settings.setValue(LANGUAGE, lang)
    settings.sync()
