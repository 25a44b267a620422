"""A light Arabic stemmer in the spirit of Light10 (Larkey, Ballesteros and Connell, 2002).

It strips a leading conjunction و, one definite-article form, and common suffixes, on text that
has already been through `normalise` (so ة is ه and ى is ي). Latin words are returned as they are.
"""

from __future__ import annotations

from collections.abc import Sequence

_PREFIXES = ("وال", "بال", "كال", "فال", "لل", "ال")
_SUFFIXES = ("ها", "ان", "ات", "ون", "ين", "يه", "ه", "ي")


# A library's vocabulary is small next to its word count: indexing asks for the same words
# again and again. A plain dict (cleared when it grows too big) is cheaper than lru_cache here.
_CACHE: dict[str, str] = {}
_CACHE_LIMIT = 1 << 21


def light_stem(word: str) -> str:
    stem = _CACHE.get(word)
    if stem is None:
        if len(_CACHE) >= _CACHE_LIMIT:
            _CACHE.clear()
        stem = _CACHE[word] = _stem(word)
    return stem


def light_stems(words: Sequence[str]) -> list[str]:
    """`light_stem` of each word, in order; each distinct word is worked out once."""
    # Looked up into a local dict: another thread may clear the shared cache meanwhile.
    local = {word: light_stem(word) for word in set(words)}
    return list(map(local.__getitem__, words))


def _stem(word: str) -> str:
    if not word or not ("\u0621" <= word[0] <= "\u064a"):
        return word
    if len(word) > 3 and word[0] == "و":
        word = word[1:]
    for prefix in _PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 2:
            word = word[len(prefix) :]
            break
    changed = True
    while changed and len(word) > 2:
        changed = False
        for suffix in _SUFFIXES:
            if word.endswith(suffix) and len(word) - len(suffix) >= 2:
                word = word[: -len(suffix)]
                changed = True
                break
    return word
