"""Why a file was not imported, in a few plain words for the import summary.

The core's refusal templates (`studio.importers.errors`) are whole sentences, and several end in
what Python or a library said ("Permission denied", "File is not a zip file", a YAML parser's
complaint). A list of refused files reads best as short reasons a writer can act on, so each
template has one here; the whole sentence, technical detail included, goes to the tooltip.
tests/gui/test_import_reasons.py fails when the core gains a template this table lacks.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from studio.gui.error_texts import fill_message, translate_message

CONTEXT = "ImportReasons"


@cache
def reasons() -> dict[str, str | None]:
    """The short reason for each template; parameters it names are filled as in error_texts.
    Templates without a {detail} that already read plainly keep their own words (None)."""
    # Imported when first needed: the importers bring YAML, python-docx and the library's
    # engine, which the window must not wait for before its first paint.
    from studio.importers import errors

    return {
        errors.NOT_FOUND: QT_TRANSLATE_NOOP("ImportReasons", "File not found"),
        errors.UNREADABLE: QT_TRANSLATE_NOOP(
            "ImportReasons", "Could not be read (no permission, or the disk failed)"
        ),
        errors.FOLDER_UNREADABLE: QT_TRANSLATE_NOOP(
            "ImportReasons", "Folder could not be read (no permission, or the disk failed)"
        ),
        errors.UNSUPPORTED_TYPE: QT_TRANSLATE_NOOP(
            "ImportReasons", "Not a type of file Qalam imports (.txt, .md, .docx, .html, .jsonl)"
        ),
        errors.TOO_LARGE: QT_TRANSLATE_NOOP(
            "ImportReasons", "File too large ({size_mb} MB, limit {limit_mb} MB)"
        ),
        errors.LINE_TOO_LARGE: QT_TRANSLATE_NOOP(
            "ImportReasons", "Line too long (over {limit_mb} MB)"
        ),
        errors.DAMAGED_ARCHIVE: QT_TRANSLATE_NOOP(
            "ImportReasons", "Damaged compressed file: reading stopped here"
        ),
        errors.UNKNOWN_ENCODING: QT_TRANSLATE_NOOP(
            "ImportReasons", "Not valid UTF-8, UTF-16 or Windows-1256 text"
        ),
        errors.DAMAGED_ENCODING: QT_TRANSLATE_NOOP(
            "ImportReasons", "Damaged {encoding} text (at byte {position})"
        ),
        errors.LINE_NOT_UTF8: QT_TRANSLATE_NOOP(
            "ImportReasons", "Line is not valid UTF-8 text (at byte {position})"
        ),
        errors.EMPTY_FILE: QT_TRANSLATE_NOOP("ImportReasons", "Empty file"),
        errors.BAD_FRONT_MATTER: QT_TRANSLATE_NOOP(
            "ImportReasons", "Damaged front matter (the header between --- lines), line {line}"
        ),
        errors.BAD_FRONT_MATTER_VALUE: QT_TRANSLATE_NOOP(
            "ImportReasons", "Damaged front matter (the header between --- lines)"
        ),
        errors.FRONT_MATTER_NOT_MAPPING: QT_TRANSLATE_NOOP(
            "ImportReasons", "Front matter is not a list of “key: value” lines"
        ),
        errors.NOT_JSON: QT_TRANSLATE_NOOP("ImportReasons", "Line is not valid JSON"),
        errors.NOT_AN_OBJECT: QT_TRANSLATE_NOOP(
            "ImportReasons", 'Line is not a JSON object with a "text" field'
        ),
        errors.MISSING_TEXT: QT_TRANSLATE_NOOP("ImportReasons", 'Line has no "text" field'),
        errors.EMPTY_TEXT: QT_TRANSLATE_NOOP("ImportReasons", 'Empty "text" field'),
        errors.FIELD_NOT_TEXT: None,
        errors.FIELD_NOT_TEXT_LIST: None,
        errors.FIELD_NOT_WHOLE_NUMBER: None,
        errors.FIELD_NOT_DATE: None,
        errors.FIELD_TOO_LONG: None,
        errors.FIELD_BAD_CHARACTERS: None,
        errors.UNKNOWN_STATUS: None,
        errors.UNKNOWN_LANGUAGE: None,
        errors.DOCX_DAMAGED: QT_TRANSLATE_NOOP(
            "ImportReasons", "Damaged DOCX (or not a Word document)"
        ),
        errors.DOCX_TOO_LARGE_UNPACKED: QT_TRANSLATE_NOOP(
            "ImportReasons", "DOCX too large once unpacked (over {limit_mb} MB)"
        ),
        errors.DOCX_SUSPICIOUS_COMPRESSION: QT_TRANSLATE_NOOP(
            "ImportReasons", "DOCX not opened: it unpacks like a harmful file ({ratio} times)"
        ),
        errors.IMAGE_TOO_LARGE: QT_TRANSLATE_NOOP(
            "ImportReasons", "Image too large ({size_mb} MB, limit {limit_mb} MB)"
        ),
        errors.IMAGE_TOO_MANY_PIXELS: QT_TRANSLATE_NOOP(
            "ImportReasons", "Image too large ({megapixels} megapixels, limit {limit})"
        ),
        errors.SAMPLES_MISSING: None,
    }


def refusal_reason(template: str, params: dict[str, Any] | None = None) -> tuple[str, str]:
    """The short reason to show and the full message (with any technical detail) for its
    tooltip, both in the interface language."""
    full = translate_message(template, params)
    short = reasons().get(template)
    if short is None:
        return full, full
    values = {key: value for key, value in (params or {}).items() if key != "detail"}
    for text in (QCoreApplication.translate(CONTEXT, short), short):
        try:
            return fill_message(text, values), full
        except (KeyError, IndexError, ValueError):
            # A translation naming a parameter the template lacks: English, then the sentence.
            continue
    return full, full
