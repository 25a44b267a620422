"""Which language a text is mostly written in: Arabic or English (Latin script)."""

from __future__ import annotations

from studio.text.tokens import TokenKind, tokenise


def detect_language(text: str, default: str = "en") -> str:
    """'ar' when Arabic words are at least as many as Latin ones, 'en' when Latin words lead,
    `default` when there are no words at all."""
    arabic = latin = 0
    for token in tokenise(text[:20000]):
        if token.kind is TokenKind.ARABIC:
            arabic += 1
        elif token.kind is TokenKind.LATIN:
            latin += 1
    if not arabic and not latin:
        return default
    return "ar" if arabic >= latin else "en"
