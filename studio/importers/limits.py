"""Sizes beyond which an import refuses rather than risk the memory of a writer's laptop.

Readers look these up at call time (`limits.MAX_TEXT_BYTES`), so tests can lower them.
"""

from __future__ import annotations

import math

# A .txt or .md file, or one JSONL line, is read whole: 20 MB is some 3 million Arabic words,
# far beyond any article, yet small enough to hold several copies of while indexing.
MAX_TEXT_BYTES = 20 * 1024 * 1024

# A first line longer than this is a paragraph, not a title.
MAX_TITLE_CHARS = 200

# Lengths the library's columns hold (people, tags and external ids are VARCHAR(200), languages
# VARCHAR(8)); SQLite would not complain, but PostgreSQL will.
MAX_NAME_CHARS = 200
MAX_LANG_CHARS = 8

# Word documents are zip archives: the file itself, what it unpacks to in all, how many parts
# it may hold, and how much any part may expand (a zip bomb packs gigabytes of zeros into
# kilobytes: ratios in the thousands, where real documents stay far below 100).
MAX_DOCX_BYTES = 100 * 1024 * 1024
MAX_DOCX_UNPACKED_BYTES = 300 * 1024 * 1024
MAX_DOCX_PARTS = 2000
MAX_DOCX_RATIO = 200

# An image in an imported document: bytes, and pixels (what decoding it would cost in memory).
MAX_IMAGE_BYTES = 20 * 1024 * 1024
MAX_IMAGE_PIXELS = 60_000_000


def megabytes(size: int) -> float:
    return round(size / (1024 * 1024), 1)


def megabytes_over(size: int) -> float:
    """The size of something refused for passing a limit, rounded up: a file a few bytes over
    20 MB reads "20.1 MB; the limit is 20.0 MB", never "20.0 MB; the limit is 20.0 MB"."""
    return math.ceil(size * 10 / (1024 * 1024)) / 10
