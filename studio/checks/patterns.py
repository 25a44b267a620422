"""Sentence-building patterns: a text seen as closed-class words, punctuation and the shape of
every other word, counted as sequences of one to three items.

"The results of the study, however, were clear." reads as `the L of the w , however , were w .`:
what the piece is about is gone (content words become `w`, or `L` when seven letters or more),
how its sentences are built stays. Models that write prose build them in their own habitual ways,
and these habits hold across topics where vocabulary does not. The weights of the patterns are
fitted by benchmarks/checks_fit.py and shipped in checks_model.json; English only for now.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise, repeat

from studio.checks.function_words import ENGLISH

MAX_N = 3
_ITEM = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*|\d+(?:[.,]\d+)*|[.,;:!?()\"“”—–]")
_PUNCT = {"“": '"', "”": '"', "–": "—"}
LONG_WORD_LETTERS = 7


def _item(token: str) -> str:
    first = token[0]
    if first.isdigit():
        return "#"
    if not first.isalpha():
        return _PUNCT.get(token, token)
    word = token.lower().replace("’", "'")
    if word in ENGLISH:
        return word
    if word.endswith("n't"):  # keep the contraction or possessive: n't, 's, 're
        return "n't"
    if "'" in word:
        return "'" + word.rsplit("'", 1)[1]
    return "L" if len(word) >= LONG_WORD_LETTERS else "w"


# token as written -> its item; words repeat, so most lookups skip _item
_ITEMS: dict[str, str] = {}


def _learn(token: str) -> str:
    if len(_ITEMS) > 200_000:
        _ITEMS.clear()
    item = _ITEMS[token] = _item(token)
    return item


def pattern_items(text: str) -> list[str]:
    """The text as the sequence of items the patterns are made of."""
    known = _ITEMS
    return [known[t] if t in known else _learn(t) for t in _ITEM.findall(text)]


def pattern_counts(text: str) -> tuple[Counter[str], int]:
    """Every pattern of one to MAX_N items in one paragraph, and the number of items."""
    items = pattern_items(text)
    counts: Counter[str] = Counter(items)
    for n in range(2, MAX_N + 1):
        counts.update(" ".join(items[i : i + n]) for i in range(len(items) - n + 1))
    return counts, len(items)


def pattern_sum(text: str, weights: dict[str, float]) -> tuple[float, int]:
    """Sum of the weights of the paragraph's patterns, and its number of items: the article's
    pattern score is the sum over paragraphs divided by the items."""
    items = pattern_items(text)
    get = weights.get
    zero = repeat(0.0)
    # map/zip keep the loops in C: this runs on every paragraph of every checked article.
    total = sum(map(get, items, zero))
    if MAX_N >= 2:
        total += sum(map(get, map(" ".join, pairwise(items)), zero))
    if MAX_N >= 3:
        trigrams = map(" ".join, zip(items, items[1:], items[2:], strict=False))
        total += sum(map(get, trigrams, zero))
    return total, len(items)
