"""What the indexes see of a text: its words, normalised and lightly stemmed, as 32-bit hashes.

Hashes (CRC-32 of the stem) rather than a vocabulary: they are stable across runs and machines,
so they can be stored in the library, and two texts are compared without a shared dictionary.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass

import numpy as np

from studio.similar.word_spans import CodePointClasses, WordSpans
from studio.text import normalise
from studio.text.stem import light_stems
from studio.text.tokens import _TOKEN_RE, WORD_MARKS

# Normalised text has no marks, joiners or tatweel left (the same split as the search index).
_WORD_RE = re.compile(r"[^\W_]+")
_HASHES: dict[str, int] = {}
_WORD_HASHES: dict[str, int] = {}
_TOKEN_CACHE: dict[str, tuple[int, ...]] = {}
# The tokeniser's words and numbers, plus anything `normalise` turns into a word (ligatures).
_ORIGINAL_TOKEN_RE = re.compile(rf"(?:{_TOKEN_RE.pattern})|[^\W_]+")
_HASH_LIMIT = 1 << 21
# The spans of the matches of _ORIGINAL_TOKEN_RE, found without it (see `word_spans`).
_token_spans = WordSpans(WORD_MARKS, joins=True).spans


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
    return _hashes_of_words(_WORD_RE.findall(normalise(text)))


def _hashes_of_words(words: list[str]) -> np.ndarray:
    if len(_WORD_HASHES) >= _HASH_LIMIT:
        _WORD_HASHES.clear()
    # Each word's hash read once, in order: once the table knows a library's words (nearly
    # always, after the first articles) that is all there is to it.
    values = list(map(_WORD_HASHES.get, words))
    if None in values:
        # New words: stemmed and hashed once, then read like the others.
        fresh = list(set(words).difference(_WORD_HASHES))
        _WORD_HASHES.update(zip(fresh, _hash_all(light_stems(fresh)).tolist(), strict=True))
        values = list(map(_WORD_HASHES.get, words))
        if None in values:
            # Another thread (the GUI's indexer) cleared the table meanwhile: a local one.
            distinct = list(set(words))
            local = dict(zip(distinct, _hash_all(light_stems(distinct)).tolist(), strict=True))
            values = list(map(local.__getitem__, words))
    return np.array(values, dtype=np.uint32)


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
    offset. The whole text is stemmed at once (`stem_hashes`), and each word found there given
    the span of the word of the original it comes from ("world's" and "2.5" give two, a lone
    tatweel none); when the whole text does not fold word for word like that, each word is
    folded on its own."""
    fast = stem_hashes(text)
    found = _spans(text, len(fast))
    if found is not None:
        return Analysed(fast, *found)
    return _analyse_by_word(text)


def spans_of(text: str, hashes: np.ndarray) -> Analysed | None:
    """`analyse(text)` when `hashes` are `stem_hashes(text)` (stored earlier): only the word
    spans are looked for, each word of the original given as many hashes as it folds into
    words ("world's", "2.5": two; a lone tatweel: none). None when that does not come to one
    span per hash (then `analyse` must work word by word)."""
    found = _spans(text, len(hashes))
    if found is None:
        return None
    return Analysed(np.asarray(hashes, dtype=np.uint32), *found)


def _spans(text: str, words: int) -> tuple[np.ndarray, np.ndarray] | None:
    """The span of each of the `words` folded words of `text`: the span of the word of the
    original it comes from (counted by `_pieces`, so a "2.5" beside a lone tatweel does not
    pass for two words of one piece each). None when the counts do not add up to `words`."""
    starts, ends = _token_spans(text)
    pieces = _pieces(text, starts, ends)
    if pieces is None or int(pieces.sum()) != words:
        return None
    if len(starts) == words and bool((pieces == 1).all()):
        return starts, ends
    return np.repeat(starts, pieces), np.repeat(ends, pieces)


def _fold_class(code: int) -> int:
    """What `normalise` makes of a code point: 0 nothing, 1 letters and digits only, 2 no letter
    or digit, 3 both."""
    folded = normalise(chr(code))
    if not folded:
        return 0
    letters = len("".join(_WORD_RE.findall(folded)))
    return 1 if letters == len(folded) else 2 if letters == 0 else 3


_folds_to = CodePointClasses(_fold_class).of


def _pieces(text: str, starts: np.ndarray, ends: np.ndarray) -> np.ndarray | None:
    """How many words each word `text[starts[i]:ends[i]]` of the original folds into, when the
    words of the whole text folded are exactly those of its words folded one by one (else
    None): nothing between two words may fold into letters, and something between them must
    fold into a separator. A word made only of characters that fold to letters and digits (or
    to nothing) folds into one word (none if all fold to nothing); the few others are folded
    one by one."""
    classes = _folds_to(text)
    words = np.concatenate(([0], np.cumsum(classes == 1)))
    others = np.concatenate(([0], np.cumsum(classes >= 2)))
    inside = np.bincount(starts, minlength=len(text) + 1)
    inside -= np.bincount(ends, minlength=len(text) + 1)
    outside = np.cumsum(inside[:-1]) == 0
    if (outside & ((classes == 1) | (classes == 3))).any():
        return None
    if len(starts) > 1 and (others[starts[1:]] - others[ends[:-1]] == 0).any():
        return None
    pieces = np.minimum(words[ends] - words[starts], 1)
    for i in np.flatnonzero(others[ends] - others[starts]).tolist():
        pieces[i] = len(_WORD_RE.findall(normalise(text[starts[i] : ends[i]])))
    return pieces


def analyse_by_word(text: str) -> Analysed:
    """`analyse(text)` for a text known not to split into one word per stem (`spans_of` said
    so): the same answer without first stemming the whole text for the fast path."""
    return _analyse_by_word(text)


def _analyse_by_word(text: str) -> Analysed:
    cache = _TOKEN_CACHE
    if len(cache) >= _HASH_LIMIT:
        cache.clear()
    found = [(m.group(), m.start(), m.end()) for m in _ORIGINAL_TOKEN_RE.finditer(text)]
    if not found:
        return Analysed(np.zeros(0, np.uint32), np.zeros(0, np.int64), np.zeros(0, np.int64))
    tokens, starts, ends = zip(*found, strict=True)
    # A local table: another thread (the GUI's indexer) may clear the shared one meanwhile.
    pieces: dict[str, tuple[int, ...]] = {}
    fresh: list[str] = []
    for token in set(tokens):
        value = cache.get(token)
        if value is None:
            fresh.append(token)
        else:
            pieces[token] = value
    if fresh:
        # All new words folded and stemmed in one go (the text's own words are mostly known
        # already: `analyse` has just hashed the whole text).
        words_of = [_WORD_RE.findall(normalise(token)) for token in fresh]
        values = _hashes_of_words([w for words in words_of for w in words]).tolist()
        at = 0
        for token, words in zip(fresh, words_of, strict=True):
            pieces[token] = cache[token] = tuple(values[at : at + len(words)])
            at += len(words)
    per_token = [pieces[token] for token in tokens]
    counts = np.fromiter(map(len, per_token), dtype=np.int64, count=len(per_token))
    hashes = np.fromiter(
        (h for piece in per_token for h in piece), dtype=np.uint32, count=int(counts.sum())
    )
    return Analysed(
        hashes,
        np.repeat(np.array(starts, dtype=np.int64), counts),
        np.repeat(np.array(ends, dtype=np.int64), counts),
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
