"""Phrase lexicons: hand-written cue lists and the data-derived stock-phrase weights.

Both live in resources/lexicons/ (see the README there for how stock_*.tsv is regenerated).
Matching works on normalised, casefolded word tokens so diacritics, letter variants and case do
not hide a phrase; Arabic words are also tried without a leading و / ف conjunction.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from studio.text import normalise

LANGS = ("ar", "en")


@dataclass(frozen=True, slots=True)
class Entry:
    words: tuple[str, ...]
    kind: str  # hedge, filler, opener, intro, conclusion, first_person, month, stock
    weight: float  # stock phrases: log-odds weight derived from data; cues: 0


class Lexicon:
    """All phrases of one language, indexed by their first normalised word, then by length and
    words: a lookup costs a few dict probes however many phrases share a first word."""

    def __init__(self, entries: list[Entry]) -> None:
        # first word -> [(length, {words: [entries]})], longest first
        by_len: dict[str, dict[int, dict[tuple[str, ...], list[Entry]]]] = {}
        for entry in entries:
            lengths = by_len.setdefault(entry.words[0], {})
            lengths.setdefault(len(entry.words), {}).setdefault(entry.words, []).append(entry)
        self.by_first: dict[str, list[tuple[int, dict[tuple[str, ...], list[Entry]]]]] = {
            first: sorted(lengths.items(), key=lambda kv: -kv[0])
            for first, lengths in by_len.items()
        }
        self.entries = entries

    def match(self, norms: list[str], i: int, first: str) -> list[Entry]:
        """Entries that start at token `i` (whose first word is read as `first`), longest first."""
        buckets = self.by_first.get(first)
        if not buckets:
            return []
        found: list[Entry] = []
        for n, table in buckets:
            if n == 1:
                found.extend(table.get((first,), ()))
            elif i + n <= len(norms):
                found.extend(table.get((first, *norms[i + 1 : i + n]), ()))
        return found

    def kinds(self, kind: str) -> list[Entry]:
        return [e for e in self.entries if e.kind == kind]


def norm_word(word: str) -> str:
    return normalise(word).replace("’", "'")


def phrase_words(phrase: str) -> tuple[str, ...]:
    return tuple(norm_word(w) for w in phrase.split())


def _resource_dir() -> Path:
    return Path(str(resources.files("studio.resources") / "lexicons"))


def read_tsv(path: Path) -> list[list[str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(line.split("\t"))
    return rows


def cue_entries(lang: str, folder: Path | None = None) -> list[Entry]:
    folder = folder or _resource_dir()
    return [
        Entry(phrase_words(p), kind, 0.0) for kind, p, *_ in read_tsv(folder / f"cues_{lang}.tsv")
    ]


def stock_entries(lang: str, folder: Path | None = None) -> list[Entry]:
    """Derived stock phrases: phrase<TAB>weight<TAB>the per-set figures behind the weight."""
    path = (folder or _resource_dir()) / f"stock_{lang}.tsv"
    if not path.exists():
        return []
    return [Entry(phrase_words(p), "stock", float(w)) for p, w, *_ in read_tsv(path)]


def excess_entries(lang: str, folder: Path | None = None) -> list[Entry]:
    """Words whose use in writing jumped once LLMs arrived (excess_*.tsv: one word a line)."""
    path = (folder or _resource_dir()) / f"excess_{lang}.tsv"
    if not path.exists():
        return []
    return [Entry(phrase_words(row[0]), "excess", 0.0) for row in read_tsv(path)]


@cache
def lexicon(lang: str) -> Lexicon:
    return Lexicon(cue_entries(lang) + excess_entries(lang) + stock_entries(lang))
