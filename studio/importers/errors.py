"""Why a file or a line was not imported: English templates the GUI translates before formatting.

Templates never name the file: every `Refusal` carries its source (path, or path:line) beside the
message. Parameters hold values only (numbers, field names, what the file said), never English
words, so a translated template reads whole.
"""

from __future__ import annotations

from typing import Any

from studio.library.records import Refusal

# Reaching the file.
NOT_FOUND = "The file or folder does not exist."
UNREADABLE = "The file could not be read: {detail}"
FOLDER_UNREADABLE = "The folder could not be read: {detail}"
UNSUPPORTED_TYPE = (
    "This type of file cannot be imported. "
    "Qalam imports .txt, .md, .docx, .html, .jsonl and .jsonl.gz files."
)
TOO_LARGE = "The file is too large to import ({size_mb} MB; the limit is {limit_mb} MB)."
LINE_TOO_LARGE = "The line is too long to import (more than {limit_mb} MB)."
DAMAGED_ARCHIVE = "The compressed file is damaged, so reading stopped here: {detail}"

# Telling the encoding.
UNKNOWN_ENCODING = (
    "Could not tell the encoding of the file. Save it as UTF-8 in your editor and import it again."
)
DAMAGED_ENCODING = (
    "The file is marked as {encoding} but is not valid {encoding} text (byte {position})."
)
LINE_NOT_UTF8 = "The line is not valid UTF-8 text (byte {position})."

# Content.
EMPTY_FILE = "The file has no text to import."
BAD_FRONT_MATTER = "The front matter is not valid YAML (line {line}): {detail}"
BAD_FRONT_MATTER_VALUE = "The front matter is not valid YAML: {detail}"
FRONT_MATTER_NOT_MAPPING = "The front matter must be a list of “key: value” lines."
NOT_JSON = "The line is not valid JSON: {detail}"
NOT_AN_OBJECT = 'The line must be a JSON object with a "text" field.'
MISSING_TEXT = 'The line has no "text" field.'
EMPTY_TEXT = 'The "text" field is empty.'

# Fields (front matter keys and JSON fields alike).
FIELD_NOT_TEXT = 'The field "{field}" must be text.'
FIELD_NOT_TEXT_LIST = 'The field "{field}" must be text or a list of texts.'
FIELD_NOT_WHOLE_NUMBER = 'The field "{field}" must be a whole number.'
FIELD_NOT_DATE = 'The field "{field}" is not a date: "{value}". Write dates like 2024-03-31.'
FIELD_TOO_LONG = 'The field "{field}" is longer than {limit} characters.'
FIELD_BAD_CHARACTERS = 'The field "{field}" holds characters that are not valid text.'
UNKNOWN_STATUS = 'Unknown status "{value}". Use one of: {choices}.'
UNKNOWN_LANGUAGE = 'Unknown language "{value}". Use a language code such as ar or en.'

# Word documents and web pages.
DOCX_DAMAGED = "The Word document is damaged or is not a .docx file: {detail}"
DOCX_TOO_LARGE_UNPACKED = (
    "The Word document would unpack to more than {limit_mb} MB, so it was not opened."
)
DOCX_SUSPICIOUS_COMPRESSION = (
    "The Word document holds a part that expands {ratio} times when unpacked, "
    "as harmful files do, so it was not opened."
)
IMAGE_TOO_LARGE = (
    "An image in the document is too large ({size_mb} MB; the limit is {limit_mb} MB)."
)
IMAGE_TOO_MANY_PIXELS = (
    "An image in the document is too large ({megapixels} megapixels; the limit is {limit})."
)

# Samples.
SAMPLES_MISSING = "The sample articles are missing from this installation."

ALL_TEMPLATES: tuple[str, ...] = (
    NOT_FOUND,
    UNREADABLE,
    FOLDER_UNREADABLE,
    UNSUPPORTED_TYPE,
    TOO_LARGE,
    LINE_TOO_LARGE,
    DAMAGED_ARCHIVE,
    UNKNOWN_ENCODING,
    DAMAGED_ENCODING,
    LINE_NOT_UTF8,
    EMPTY_FILE,
    BAD_FRONT_MATTER,
    BAD_FRONT_MATTER_VALUE,
    FRONT_MATTER_NOT_MAPPING,
    NOT_JSON,
    NOT_AN_OBJECT,
    MISSING_TEXT,
    EMPTY_TEXT,
    FIELD_NOT_TEXT,
    FIELD_NOT_TEXT_LIST,
    FIELD_NOT_WHOLE_NUMBER,
    FIELD_NOT_DATE,
    FIELD_TOO_LONG,
    FIELD_BAD_CHARACTERS,
    UNKNOWN_STATUS,
    UNKNOWN_LANGUAGE,
    DOCX_DAMAGED,
    DOCX_TOO_LARGE_UNPACKED,
    DOCX_SUSPICIOUS_COMPRESSION,
    IMAGE_TOO_LARGE,
    IMAGE_TOO_MANY_PIXELS,
    SAMPLES_MISSING,
)


class ImportRefused(Exception):
    """Raised deep inside a reader; the reader turns it into a `Refusal` once it knows the
    source (a file, or a line of one)."""

    def __init__(self, template: str, **params: Any) -> None:
        super().__init__(template.format(**params))
        self.template = template
        self.params = params

    def refusal(self, source: str) -> Refusal:
        return Refusal(source, self.template, self.params)


def refusal_for_os_error(source: str, exc: OSError) -> Refusal:
    """A refusal a user can act on for a file that could not be opened or read."""
    if isinstance(exc, FileNotFoundError):
        return Refusal(source, NOT_FOUND)
    return Refusal(source, UNREADABLE, {"detail": exc.strerror or str(exc)})
