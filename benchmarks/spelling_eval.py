"""How well spell checking works on real text: false flags on human articles, and typos caught.

    python benchmarks/spelling_eval.py --json [--data ../shared/data] [--articles 300] [--seed 1]

Per corpus (English BBC News, Arabic SaudiNewsNet and ANT, from ../shared/data): words checked,
words flagged per 1,000 (every flag on edited news counts as a false alarm, though some are
real misspellings or names), and, on typos made by one random edit (insert, delete, replace or
swap a letter) in listed words of those texts of five letters or more, the share flagged and the
share whose intended word is among the five suggestions. The same figures are given with a
library: the next `--library-articles` articles of the corpus stand for the writer's other
pieces, and a word in two or more of them is known (as the studio does with its search index).
Prints JSON.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from studio.library.fts import stems
from studio.text.spelling import Speller, word_list

CORPORA = {
    "bbc_news (en)": ("corpus/en/bbc_news.jsonl.gz", "en"),
    "saudinewsnet (ar)": ("corpus/ar/saudinewsnet.jsonl.gz", "ar"),
    "ant (ar)": ("corpus/ar/ant_v1_jawharafm.jsonl.gz", "ar"),
}
LETTERS = {"en": "abcdefghijklmnopqrstuvwxyz", "ar": "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"}


def _texts(path: Path, count: int) -> list[str]:
    texts = []
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            texts.append(json.loads(line).get("text") or "")
            if len(texts) >= count:
                break
    return texts


def _typo(word: str, lang: str, rnd: random.Random) -> str:
    i = rnd.randrange(len(word))
    kind = rnd.choice(["insert", "delete", "replace", "swap"])
    if kind == "insert":
        return word[:i] + rnd.choice(LETTERS[lang]) + word[i:]
    if kind == "delete":
        return word[:i] + word[i + 1 :]
    if kind == "swap" and i < len(word) - 1:
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    return word[:i] + rnd.choice(LETTERS[lang].replace(word[i], "")) + word[i + 1 :]


def _in_library(df: Counter[str], word: str) -> bool:
    found = stems(word).split()
    return bool(found) and all(df[stem] >= 2 for stem in found)


def evaluate(data: Path, articles: int, library: int, seed: int) -> dict[str, object]:
    results: dict[str, object] = {}
    for name, (relative, lang) in CORPORA.items():
        path = data / relative
        if not path.exists():
            continue
        speller = Speller()
        texts = _texts(path, articles + library)
        texts, others = texts[:articles], texts[articles:]
        df: Counter[str] = Counter()
        for other in others:
            df.update(set(stems(other).split()))
        words = flagged = flagged_with_library = 0
        started = time.perf_counter()
        candidates: list[str] = []
        for text in texts:
            for line in text.split("\n"):
                found = [m for m in speller.unknown(line) if m.lang == lang]
                flagged += len(found)
                flagged_with_library += sum(1 for m in found if not _in_library(df, m.word))
                for token in line.split():
                    if token.isalpha() and (token.isascii() == (lang == "en")):
                        words += 1
                        if len(token) >= 5 and (lang == "ar" or token.islower()):
                            candidates.append(token)
        seconds = time.perf_counter() - started
        rnd = random.Random(seed)
        listed = [w for w in candidates if w.lower() in word_list(lang)]
        sample = rnd.sample(listed, min(500, len(listed)))
        caught = suggested = tried = caught_with_library = 0
        for word in sample:
            typo = _typo(word.lower(), lang, rnd)
            if typo in word_list(lang):
                continue  # the edit made another listed word: no checker can tell
            tried += 1
            if speller.is_known(typo, lang) or not speller.unknown(typo):
                continue  # missed: read as a listed word with a clitic, or not underlined
            caught += 1
            caught_with_library += not _in_library(df, typo)
            if word.lower() in [s.lower() for s in speller.suggestions(typo, lang)]:
                suggested += 1
        results[name] = {
            "articles": len(texts),
            "words": words,
            "flags_per_1000_words": round(1000 * flagged / max(words, 1), 2),
            "words_per_second": round(words / max(seconds, 1e-9)),
            "typos_tried": tried,
            "typos_flagged": round(caught / max(tried, 1), 3),
            "intended_word_in_top_5": round(suggested / max(tried, 1), 3),
            "library_articles": len(others),
            "with_library_flags_per_1000_words": round(
                1000 * flagged_with_library / max(words, 1), 2
            ),
            "with_library_typos_flagged": round(caught_with_library / max(tried, 1), 3),
        }
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--data", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "data"
    )
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--library-articles", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    results = evaluate(args.data, args.articles, args.library_articles, args.seed)
    print(json.dumps(results, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
