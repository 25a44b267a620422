"""Word counts and reading time."""

from __future__ import annotations

import math

from studio.text.tokens import TokenKind, tokenise, words

# Silent reading speed of adults, words a minute: Trauzettel-Klosinski et al., "Standardized
# Assessment of Reading Performance: The New International Reading Speed Texts IReST" (2012):
# English 228 ± 30, Arabic 138 ± 20. Arabic words carry clitics, hence fewer per minute.
WORDS_PER_MINUTE = {"ar": 138, "en": 228}


def word_count(text: str) -> int:
    """Words and numbers, as a word processor counts them: والكتاب is one word, so is 2024م."""
    return len(words(text))


def reading_minutes(text: str) -> int:
    """Whole minutes to read `text`, Arabic and Latin words each at their own pace; 0 when empty."""
    arabic = other = 0
    for token in tokenise(text):
        if token.kind is TokenKind.ARABIC:
            arabic += 1
        else:
            other += 1
    if not arabic and not other:
        return 0
    minutes = arabic / WORDS_PER_MINUTE["ar"] + other / WORDS_PER_MINUTE["en"]
    return max(1, math.ceil(minutes - 0.25))
