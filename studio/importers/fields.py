"""Article metadata from front matter or a JSON object, checked and turned into draft fields.

Both formats are written by hand or by other people's scripts, so values arrive as whatever YAML or
JSON made of them (a number for an id, a date object, a comma string for tags). Anything that
cannot be understood refuses the article with a message naming the field, rather than guessing.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import UTC, date, datetime
from typing import Any

from studio.importers import limits
from studio.importers.errors import (
    FIELD_BAD_CHARACTERS,
    FIELD_NOT_DATE,
    FIELD_NOT_TEXT,
    FIELD_NOT_TEXT_LIST,
    FIELD_NOT_WHOLE_NUMBER,
    FIELD_TOO_LONG,
    UNKNOWN_LANGUAGE,
    UNKNOWN_STATUS,
    ImportRefused,
)
from studio.library.records import Status

# JSON "\ud800" escapes and YAML's "\ud800" decode to lone surrogates, which SQLite cannot store.
_SURROGATE_RE = re.compile("[\ud800-\udfff]")
# Tags arrive as "a, b" from people typing in either language.
_TAG_SEPARATOR_RE = re.compile("[,،]")
_LANG_CODE_RE = re.compile(r"([a-z]{2,3})(?:[-_][a-z0-9]{1,8})*")
# The studio's checks and reading speeds are keyed by primary language, so "ar-SA" is kept as
# "ar"; people also write the language's name.
_LANG_NAMES = {
    "arabic": "ar",
    "english": "en",
    "عربي": "ar",
    "عربية": "ar",
    "العربية": "ar",
    "انجليزي": "en",
    "إنجليزي": "en",
    "الانجليزية": "en",
    "الإنجليزية": "en",
}


def lowered_keys(fields: Mapping[Any, Any]) -> dict[str, Any]:
    """Keys as people mean them: "Title" and "title " are the same field."""
    return {str(key).strip().lower(): value for key, value in fields.items()}


def check_characters(value: str, field: str) -> str:
    if _SURROGATE_RE.search(value):
        raise ImportRefused(FIELD_BAD_CHARACTERS, field=field)
    return value


def optional_text(
    fields: Mapping[str, Any], name: str, max_chars: int | None = limits.MAX_NAME_CHARS
) -> str | None:
    """A short text field, trimmed; numbers are taken as written (an id of 42 is "42")."""
    value = fields.get(name)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise ImportRefused(FIELD_NOT_TEXT, field=name)
    text = check_characters(str(value), name).strip()
    if max_chars is not None and len(text) > max_chars:
        raise ImportRefused(FIELD_TOO_LONG, field=name, limit=max_chars)
    return text or None


def optional_name(fields: Mapping[str, Any], name: str) -> str | None:
    """A person's name. Scraped data sets put whole sentences there; the article matters more
    than the name, so an over-long one is cut to what the library keeps rather than refused."""
    text = optional_text(fields, name, max_chars=None)
    return _clip(text) if text else None


def _clip(text: str) -> str:
    if len(text) <= limits.MAX_NAME_CHARS:
        return text
    return text[: limits.MAX_NAME_CHARS - 1].rstrip() + "…"


def text_list(fields: Mapping[str, Any], name: str) -> list[str]:
    """A list of short texts (tags), given as a list or as one comma-separated text; over-long
    items are cut like names."""
    value = fields.get(name)
    if value is None:
        return []
    if isinstance(value, str):
        items: list[Any] = _TAG_SEPARATOR_RE.split(value)
    elif isinstance(value, list | tuple):
        items = list(value)
    else:
        raise ImportRefused(FIELD_NOT_TEXT_LIST, field=name)
    result = []
    for item in items:
        if item is None:
            continue
        if isinstance(item, bool) or not isinstance(item, str | int | float):
            raise ImportRefused(FIELD_NOT_TEXT_LIST, field=name)
        text = check_characters(str(item), name).strip()
        if text:
            result.append(_clip(text))
    return result


def status(fields: Mapping[str, Any]) -> Status:
    value = fields.get("status")
    if value is None:
        return Status.DRAFT
    if not isinstance(value, str):
        raise ImportRefused(FIELD_NOT_TEXT, field="status")
    try:
        return Status.parse(value)
    except ValueError:
        raise ImportRefused(
            UNKNOWN_STATUS, value=value, choices=", ".join(s.value for s in Status)
        ) from None


def language(fields: Mapping[str, Any]) -> str | None:
    """The primary language code, or None to let the library detect it from the text."""
    value = optional_text(fields, "lang", max_chars=None)
    if value is None:
        return None
    key = value.lower()
    if key in _LANG_NAMES:
        return _LANG_NAMES[key]
    match = _LANG_CODE_RE.fullmatch(key)
    if match is None:
        raise ImportRefused(UNKNOWN_LANGUAGE, value=value)
    return match.group(1)


def created(fields: Mapping[str, Any]) -> datetime | None:
    """When the article was written: `created` (or `date`, as static site generators call it),
    as a naive UTC datetime like every time the library stores."""
    name = "created" if fields.get("created") is not None else "date"
    value = fields.get(name)
    if value is None:
        return None
    # YAML reads an unquoted 2024-03-31 as a date already; JSON only has strings.
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, date):
        moment = datetime(value.year, value.month, value.day)
    elif isinstance(value, str):
        parsed = parse_date_text(value)
        if parsed is None:
            raise ImportRefused(FIELD_NOT_DATE, field=name, value=value)
        moment = parsed
    else:
        raise ImportRefused(FIELD_NOT_DATE, field=name, value=str(value))
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment


_NUMERIC_DATE_RE = re.compile(
    r"(\d{1,4})[/.\-](\d{1,2})[/.\-](\d{1,4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?"
)


def parse_date_text(value: str) -> datetime | None:
    """ISO 8601 first; then the numeric forms Arabic and European sites print: day first
    (17/05/2015, 17-05-2015, 17.05.2015), year first (2015/05/17), and month first only when
    the day-first reading is impossible (05/17/2015)."""
    text = value.strip()
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        pass
    match = _NUMERIC_DATE_RE.fullmatch(text)
    if match is None:
        return None
    first, second, third = (int(match.group(i)) for i in (1, 2, 3))
    hour, minute, second_of_minute = (int(match.group(i) or 0) for i in (4, 5, 6))
    if len(match.group(1)) == 4:
        readings = [(first, second, third)]
    elif len(match.group(3)) == 4:
        readings = [(third, second, first), (third, first, second)]
    else:
        return None
    for year, month, day in readings:
        try:
            return datetime(year, month, day, hour, minute, second_of_minute)
        except ValueError:
            continue
    return None


def whole_number(fields: Mapping[str, Any], name: str) -> int | None:
    value = fields.get(name)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ImportRefused(FIELD_NOT_WHOLE_NUMBER, field=name)
    return value


def external_id(fields: Mapping[str, Any]) -> str | None:
    """The id the article has elsewhere (a client's CMS, a data set), always kept as text."""
    name = "id" if fields.get("id") is not None else "external_id"
    return optional_text(fields, name)


def draft_metadata(fields: Mapping[str, Any]) -> dict[str, Any]:
    """Every `ArticleDraft` field but title and body, from lowered keys."""
    tags = text_list(fields, "tags")
    # A data set's category is how a writer would have tagged the piece.
    tags.extend(text_list(fields, "category"))
    return {
        "author": optional_name(fields, "author"),
        "client": optional_name(fields, "client"),
        "tags": list(dict.fromkeys(tags)),
        "status": status(fields),
        "lang": language(fields),
        "created": created(fields),
        "external_id": external_id(fields),
        "target_words": whole_number(fields, "target_words"),
    }


def first_line_title(text: str) -> str | None:
    """The first non-empty line of `text`, when it is short enough to be a title."""
    match = re.search(r"\S", text)
    if match is None:
        return None
    start = match.start()
    ends = [i for i in (text.find("\n", start), text.find("\r", start)) if i != -1]
    line = text[start : min(ends) if ends else len(text)].strip()
    # A Markdown heading saved as .txt (or converted from a page without a <title>): the title
    # is its words, not the "# " that marks it (the body keeps it).
    line = _HEADING_MARKER.sub("", line) or line
    return line if len(line) <= limits.MAX_TITLE_CHARS else None


_HEADING_MARKER = re.compile(r"^#{1,6}[ \t]+")
