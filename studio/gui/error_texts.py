"""Messages of the core's errors and import refusals, as the interface shows them.

The core raises English templates with parameters (`LibraryError.template`, `Refusal.template`);
they are listed here once more so `pyside6-lupdate` collects them into the context "Errors".
tests/gui/test_translations.py fails when the core gains a template this list lacks.
"""

from __future__ import annotations

from pathlib import PurePath
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from studio.gui.bidi_text import PATH_PARAMETERS, isolate_path
from studio.gui.i18n import status_label
from studio.library.errors import InvalidTransition, LibraryError, ReasonRequired
from studio.library.records import Status

CONTEXT = "Errors"

LIBRARY_TEMPLATES = (
    QT_TRANSLATE_NOOP("Errors", "The library could not be used: {detail}"),
    QT_TRANSLATE_NOOP("Errors", "{path} is not a Qalam library. It was left untouched."),
    QT_TRANSLATE_NOOP("Errors", "The library {path} is damaged ({detail}). It was left untouched."),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The library {path} was written by a newer version of Qalam Studio. "
        "Update the studio to open it; the file was left untouched.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The library {path} is busy: another program is writing to it. Try again in a moment.",
    ),
    QT_TRANSLATE_NOOP("Errors", "The library {path} cannot be written: {detail}"),
    QT_TRANSLATE_NOOP("Errors", "There is no article with id {article_id}."),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The article {article_id} was changed elsewhere (now version {current}, "
        "you edited version {expected}). Nothing was overwritten.",
    ),
    # Review: status workflow, ratings, comments (studio.library.reviews_store).
    QT_TRANSLATE_NOOP("Errors", "The change was refused: {detail}"),
    QT_TRANSLATE_NOOP(
        "Errors",
        "An article that is {old} cannot be moved to {new}. From {old} it can go to: {allowed}.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Moving an article to {new} needs a reason, so the writer knows what to change.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "A rating must be a whole number of stars from 1 to 5, not {value}.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        'The rubric score "{criterion}" = {value} is not allowed: use one of {criteria}, '
        "each scored from 1 to 5.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        'The passage "{quote}" does not occur in article {article_id}. Nothing was added.',
    ),
    QT_TRANSLATE_NOOP("Errors", "A comment needs some text."),
    QT_TRANSLATE_NOOP("Errors", "There is no comment with id {comment_id}."),
    QT_TRANSLATE_NOOP("Errors", "There is no revision {revision_id} of that article."),
    # A full disk, a read-only folder, a drive that went away; backups (studio.library.backups).
    QT_TRANSLATE_NOOP(
        "Errors",
        "The disk holding the library {path} is full. Nothing was half-written; your changes "
        "are kept in the window and saved as soon as there is room.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The library {path} cannot be written: the file or its folder is read-only. Your "
        "changes are kept in the window and saved as soon as it can be written.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The library {path} cannot be reached: the drive or folder holding it was removed or "
        "renamed. Your changes are kept in the window and saved when it is back.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors", "The backup {path} cannot be used ({detail}). Nothing was changed."
    ),
    QT_TRANSLATE_NOOP("Errors", "There is no usable backup of the library {path} yet."),
    QT_TRANSLATE_NOOP("Errors", "There is no backup {name} (see qalam backup --list)."),
    QT_TRANSLATE_NOOP("Errors", "There is no library at {path}."),
)

IMPORT_TEMPLATES = (
    QT_TRANSLATE_NOOP("Errors", "The file or folder does not exist."),
    QT_TRANSLATE_NOOP("Errors", "The file could not be read: {detail}"),
    QT_TRANSLATE_NOOP("Errors", "The folder could not be read: {detail}"),
    QT_TRANSLATE_NOOP(
        "Errors",
        "This type of file cannot be imported. "
        "Qalam imports .txt, .md, .docx, .html, .jsonl and .jsonl.gz files.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors", "The file is too large to import ({size_mb} MB; the limit is {limit_mb} MB)."
    ),
    QT_TRANSLATE_NOOP("Errors", "The line is too long to import (more than {limit_mb} MB)."),
    QT_TRANSLATE_NOOP(
        "Errors", "The compressed file is damaged, so reading stopped here: {detail}"
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Could not tell the encoding of the file. "
        "Save it as UTF-8 in your editor and import it again.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The file is marked as {encoding} but is not valid {encoding} text (byte {position}).",
    ),
    QT_TRANSLATE_NOOP("Errors", "The line is not valid UTF-8 text (byte {position})."),
    QT_TRANSLATE_NOOP("Errors", "The file has no text to import."),
    QT_TRANSLATE_NOOP("Errors", "The front matter is not valid YAML (line {line}): {detail}"),
    QT_TRANSLATE_NOOP("Errors", "The front matter is not valid YAML: {detail}"),
    QT_TRANSLATE_NOOP("Errors", "The front matter must be a list of “key: value” lines."),
    QT_TRANSLATE_NOOP("Errors", "The line is not valid JSON: {detail}"),
    QT_TRANSLATE_NOOP("Errors", 'The line must be a JSON object with a "text" field.'),
    QT_TRANSLATE_NOOP("Errors", 'The line has no "text" field.'),
    QT_TRANSLATE_NOOP("Errors", 'The "text" field is empty.'),
    QT_TRANSLATE_NOOP("Errors", 'The field "{field}" must be text.'),
    QT_TRANSLATE_NOOP("Errors", 'The field "{field}" must be text or a list of texts.'),
    QT_TRANSLATE_NOOP("Errors", 'The field "{field}" must be a whole number.'),
    QT_TRANSLATE_NOOP(
        "Errors", 'The field "{field}" is not a date: "{value}". Write dates like 2024-03-31.'
    ),
    QT_TRANSLATE_NOOP("Errors", 'The field "{field}" is longer than {limit} characters.'),
    QT_TRANSLATE_NOOP("Errors", 'The field "{field}" holds characters that are not valid text.'),
    QT_TRANSLATE_NOOP("Errors", 'Unknown status "{value}". Use one of: {choices}.'),
    QT_TRANSLATE_NOOP(
        "Errors", 'Unknown language "{value}". Use a language code such as ar or en.'
    ),
    QT_TRANSLATE_NOOP("Errors", "The Word document is damaged or is not a .docx file: {detail}"),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The Word document would unpack to more than {limit_mb} MB, so it was not opened.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The Word document holds a part that expands {ratio} times when unpacked, "
        "as harmful files do, so it was not opened.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "An image in the document is too large ({size_mb} MB; the limit is {limit_mb} MB).",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "An image in the document is too large ({megapixels} megapixels; the limit is {limit}).",
    ),
    QT_TRANSLATE_NOOP("Errors", "The sample articles are missing from this installation."),
)

# Bidi isolates (FSI … PDI): a quoted value keeps its own direction inside a sentence of the
# other direction; paths and file names are left-to-right units (bidi_text.isolate_path).
_FSI = "\u2068"
_PDI = "\u2069"


def _display(key: str, value: Any) -> str:
    if key in PATH_PARAMETERS and isinstance(value, str | PurePath):
        return isolate_path(value)
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return QLocale().toString(value)
    if isinstance(value, float):
        return QLocale().toString(value, "f", 1)
    return f"{_FSI}{value}{_PDI}"


def fill_message(text: str, params: dict[str, Any] | None = None) -> str:
    """`text` filled with its parameters as the interface shows them (numbers in its digits,
    paths and quoted values isolated). Raises as `str.format` does on a missing parameter."""
    return text.format(**{key: _display(key, value) for key, value in (params or {}).items()})


def translate_message(template: str, params: dict[str, Any] | None = None) -> str:
    """The template in the interface language, filled with its parameters. A translation that
    names a parameter the template lacks falls back to English rather than failing."""
    translated = QCoreApplication.translate(CONTEXT, template)
    try:
        return fill_message(translated, params)
    except (KeyError, IndexError, ValueError):
        return fill_message(template, params)


def _status_names(params: dict[str, Any]) -> dict[str, Any]:
    """A refused move names statuses by their stored keys ("in_review"); the window names them
    as its status button does, in the interface language."""
    named = dict(params)
    for key in ("old", "new"):
        if isinstance(named.get(key), str) and named[key] in Status._value2member_map_:
            named[key] = status_label(named[key])
    allowed = named.get("allowed")
    if isinstance(allowed, str):
        keys = [part.strip() for part in allowed.split(",") if part.strip()]
        if all(key in Status._value2member_map_ for key in keys):
            named["allowed"] = QLocale().createSeparatedList([status_label(k) for k in keys])
    return named


# SQLite's integrity check can report a line for every damaged page: hundreds of them made the
# damaged-library box taller than the screen, its buttons out of reach.
DETAIL_LINES = 3
DETAIL_CHARS = 300


def is_long_detail(detail: object) -> bool:
    text = str(detail)
    return text.count("\n") >= DETAIL_LINES or len(text) > DETAIL_CHARS


def short_detail(detail: object) -> str:
    """The first lines of a long technical detail, marked as cut (the box's details hold all)."""
    text = str(detail)
    if not is_long_detail(text):
        return text
    # On one line, so that the bidi isolate around it holds (a line break ends it).
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return " · ".join(lines[:DETAIL_LINES])[:DETAIL_CHARS].rstrip() + " …"


def has_long_detail(error: LibraryError) -> bool:
    return "detail" in error.params and is_long_detail(error.params["detail"])


def error_message(error: LibraryError) -> str:
    params = error.params
    if has_long_detail(error):
        params = {**params, "detail": short_detail(params["detail"])}
    if isinstance(error, InvalidTransition | ReasonRequired):
        return translate_message(error.template, _status_names(params))
    return translate_message(error.template, params)
