"""What the indexes see of a text: its words, normalised and lightly stemmed, as 32-bit hashes.

Hashes (CRC-32 of the stem) rather than a vocabulary: they are stable across runs and machines,
so they can be stored in the library, and two texts are compared without a shared dictionary.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass

import numpy as np

from studio.text import normalise
from studio.text.stem import light_stems
from studio.text.tokens import _TOKEN_RE

# Normalised text has no marks, joiners or tatweel left (the same split as the search index).
_WORD_RE = re.compile(r"[^\W_]+")
_HASHES: dict[str, int] = {}
_WORD_HASHES: dict[str, int] = {}
_TOKEN_CACHE: dict[str, tuple[int, ...]] = {}
# The tokeniser's words and numbers, plus anything `normalise` turns into a word (ligatures).
_ORIGINAL_TOKEN_RE = re.compile(rf"(?:{_TOKEN_RE.pattern})|[^\W_]+")
_HASH_LIMIT = 1 << 21


def _hash_all(stems: list[str]) -> np.ndarray:
    if len(_HASHES) >= _HASH_LIMIT:
        _HASHES.clear()
    # A local table: another thread (the GUI's indexer) may clear the shared one meanwhile.
    known = _HASHES.get
    local = {stem: known(stem) for stem in set(stems)}
    for stem, value in local.items():
        if value is None:
            local[stem] = _HASHES[stem] = zlib.crc32(stem.encode("utf-8"))
    return np.fromiter(map(local.__getitem__, stems), dtype=np.uint32, count=len(stems))


def stem_hashes(text: str) -> np.ndarray:
    """The hashed stems of the words of `text`, in order (what is stored per article).
    One lookup per word: a normalised word maps straight to its stem's hash."""
    words = _WORD_RE.findall(normalise(text))
    if len(_WORD_HASHES) >= _HASH_LIMIT:
        _WORD_HASHES.clear()
    known = _WORD_HASHES.get
    local = {word: known(word) for word in set(words)}
    fresh = [word for word, value in local.items() if value is None]
    if fresh:
        for word, value in zip(fresh, _hash_all(light_stems(fresh)).tolist(), strict=True):
            local[word] = _WORD_HASHES[word] = value
    return np.fromiter(map(local.__getitem__, words), dtype=np.uint32, count=len(words))


@dataclass(frozen=True, slots=True)
class Analysed:
    """A text's hashed stems with each word's character span in the ORIGINAL text."""

    hashes: np.ndarray  # uint32, one per word
    starts: np.ndarray  # int64 offsets into the original text
    ends: np.ndarray

    def __len__(self) -> int:
        return len(self.hashes)


def analyse(text: str) -> Analysed:
    """Like `stem_hashes`, keeping each word's span in the original text. Words are found in the
    original (where a word may carry harakat, tatweel and joiners), so diacritics never shift an
    offset. Almost always each word found there folds to exactly one word: then the fast
    `stem_hashes` gives the stems. Otherwise (don't, a word of tatweel alone) each word is folded
    on its own."""
    spans = [m.span() for m in _ORIGINAL_TOKEN_RE.finditer(text)]
    fast = stem_hashes(text)
    if len(fast) == len(spans):
        bounds = np.array(spans, dtype=np.int64).reshape(-1, 2)
        return Analysed(fast, bounds[:, 0].copy(), bounds[:, 1].copy())
    return _analyse_by_word(text)


def spans_of(text: str, hashes: np.ndarray) -> Analysed | None:
    """`analyse(text)` when `hashes` are `stem_hashes(text)` (stored earlier): only the word
    spans are looked for. None when the words found in the original are not one per hash (then
    `analyse` must work word by word)."""
    spans = [m.span() for m in _ORIGINAL_TOKEN_RE.finditer(text)]
    if len(spans) != len(hashes):
        return None
    bounds = np.array(spans, dtype=np.int64).reshape(-1, 2)
    return Analysed(np.asarray(hashes, dtype=np.uint32), bounds[:, 0].copy(), bounds[:, 1].copy())


def analyse_by_word(text: str) -> Analysed:
    """`analyse(text)` for a text known not to split into one word per stem (`spans_of` said
    so): the same answer without first stemming the whole text for the fast path."""
    return _analyse_by_word(text)


def _analyse_by_word(text: str) -> Analysed:
    hashes: list[int] = []
    starts: list[int] = []
    ends: list[int] = []
    cache = _TOKEN_CACHE
    if len(cache) >= _HASH_LIMIT:
        cache.clear()
    for m in _ORIGINAL_TOKEN_RE.finditer(text):
        token = m.group()
        pieces = cache.get(token)
        if pieces is None:
            stems = light_stems(_WORD_RE.findall(normalise(token)))
            pieces = cache[token] = tuple(_hash_all(stems).tolist())
        for h in pieces:
            hashes.append(h)
            starts.append(m.start())
            ends.append(m.end())
    return Analysed(
        np.array(hashes, dtype=np.uint32),
        np.array(starts, dtype=np.int64),
        np.array(ends, dtype=np.int64),
    )


def shingles(hashes: np.ndarray, k: int) -> np.ndarray:
    """Hashes of every run of `k` consecutive words (uint64), one per starting position."""
    n = len(hashes) - k + 1
    if n <= 0:
        return np.zeros(0, dtype=np.uint64)
    h = hashes.astype(np.uint64)
    out = np.zeros(n, dtype=np.uint64)
    # A polynomial rolling combination; numpy's uint64 arithmetic wraps, which is what we want.
    mult = np.uint64(0x9E3779B97F4A7C15)
    with np.errstate(over="ignore"):
        for j in range(k):
            out = out * mult + h[j : j + n] + np.uint64(j + 1)
        out ^= out >> np.uint64(29)
    return out
