"""Pure string functions that know Arabic and English. No Qt, no database."""

from studio.text.counts import reading_minutes, word_count
from studio.text.direction import Direction, block_direction, paragraph_direction
from studio.text.lang import detect_language
from studio.text.normalise import normalise, normalise_with_map
from studio.text.sentences import split_clauses, split_sentences
from studio.text.stem import light_stem
from studio.text.tokens import Token, TokenKind, tokenise, words

__all__ = [
    "Direction",
    "Token",
    "TokenKind",
    "block_direction",
    "detect_language",
    "light_stem",
    "normalise",
    "normalise_with_map",
    "paragraph_direction",
    "reading_minutes",
    "split_clauses",
    "split_sentences",
    "tokenise",
    "word_count",
    "words",
]
