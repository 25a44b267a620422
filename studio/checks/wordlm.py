"""How predictable English text is to a small word bigram language model of human news writing.

Machine text is picked from a model's likely continuations; a person surprises a language model
more than the model itself expects. Strong zero-shot detectors measure exactly that with a large
model (Fast-DetectGPT's sampling discrepancy: observed log-probability minus the model's own
expectation of it, over its standard deviation). We do it analytically with a smoothed word
bigram model derived from human English (benchmarks/wordlm_build.py): for every context the
entropy and the second moment of its next-word distribution are precomputed, so each word costs
one lookup.

On the development data a bigram model is too far from the models that wrote the machine texts
for the discrepancy itself to separate them (docs/checklist.md); what holds in every collection,
and is scored, is how much each word's predecessor tells about it (less in machine text) and how
often a word after a content word is the model's first choice (more often in machine text). The
raw predictability figures are measured too, never scored: plain learner English is the most
predictable writing of all.

The model file is loaded on first use only (not when the window or `qalam` starts).
"""

from __future__ import annotations

import gzip
import json
import math
import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from itertools import accumulate, repeat
from operator import truediv

from studio.checks.function_words import ENGLISH
from studio.text.sentences import split_sentences

START = "<s>"  # the context of a sentence's first word
UNKNOWN = "<unk>"  # every word outside the vocabulary
NUMBER = "<num>"
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*|\d+(?:[.,]\d+)*")
FILE_NAME = "wordlm_en.json.gz"
# Probabilities are stored as integers in these units.
UNIGRAM_SCALE = 1e9
PAIR_SCALE = 1e6


def normal_token(raw: str) -> str:
    if raw[0].isdigit():
        return NUMBER
    return raw.lower().replace("’", "'")


def sentence_tokens(text: str) -> list[list[str]]:
    """The words of each sentence of `text`, lowercased, numbers as one token."""
    out = []
    for start, end in split_sentences(text):
        words = [normal_token(w) for w in _WORD.findall(text, start, end)]
        if words:
            out.append(words)
    return out


@dataclass(frozen=True, slots=True)
class WordLM:
    """An interpolated bigram model: p(w|h) = pair(h, w) + backoff(h) * unigram(w).

    `pairs` maps h * size + w to the discounted bigram share. Per context h the model keeps the
    entropy of p(·|h) (nats), its second moment E[(log p)^2], how much h tells about the next
    word (KL(p(·|h) || unigram), the expected pointwise mutual information), and the
    probabilities of its 1st, 10th and 100th most likely next words (a word at least that likely
    is among the top 1/10/100).
    """

    ids: dict[str, int]
    unigram: list[float]
    backoff: list[float]
    entropy: list[float]
    moment2: list[float]
    info: list[float]
    top1: list[float]
    top10: list[float]
    top100: list[float]
    pairs: dict[int, float]
    # per context: a content word, not a closed-class one (the, of, and…)
    content: list[bool]

    @property
    def size(self) -> int:
        return len(self.unigram)


def parse_wordlm(data: dict) -> WordLM:
    vocab = data["vocab"]
    # Keys are stored as gaps between the sorted h * size + w, which compress far better; the
    # dict is built in C (accumulate, map), as this runs when the first English text is checked.
    pairs = dict(
        zip(
            accumulate(data["pair_keys"]),
            map(truediv, data["pair_shares"], repeat(PAIR_SCALE)),
            strict=True,
        )
    )
    ctx = data["contexts"]
    return WordLM(
        {w: i for i, w in enumerate(vocab)},
        list(map(truediv, data["unigram"], repeat(UNIGRAM_SCALE))),
        ctx["backoff"],
        ctx["entropy"],
        ctx["moment2"],
        ctx["info"],
        ctx["top1"],
        ctx["top10"],
        ctx["top100"],
        pairs,
        [w not in ENGLISH and w[0] != "<" for w in vocab],
    )


@cache
def word_lm() -> WordLM | None:
    """The shipped English model (read on first use), or None when the file is missing."""
    path = resources.files("studio.resources") / FILE_NAME
    if not path.is_file():
        return None
    with path.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as fh:
        return parse_wordlm(json.load(fh))


@dataclass(slots=True)
class LMStats:
    """Sums over the words of a paragraph, so they add up across paragraphs. Only words whose
    previous word and own word are both in the vocabulary count: an unknown word says more about
    the topic than about who wrote it."""

    words: int = 0
    logp: float = 0.0  # sum of log p(word | previous word), nats
    entropy: float = 0.0  # sum of the entropies of the contexts: minus the expected log p
    variance: float = 0.0  # sum of the variances of log p under the model
    info: float = 0.0  # sum of how much each previous word told about the next, expected
    after_content: int = 0  # words that follow a content word
    top1: int = 0  # of those, the model's first choice after it
    top10: int = 0
    top100: int = 0
    # per sentence of 5 counted words or more: mean of (log p - expected log p) per word
    sentences: list[float] = field(default_factory=list)

    def add(self, other: LMStats) -> None:
        self.words += other.words
        self.logp += other.logp
        self.entropy += other.entropy
        self.variance += other.variance
        self.info += other.info
        self.after_content += other.after_content
        self.top1 += other.top1
        self.top10 += other.top10
        self.top100 += other.top100
        self.sentences.extend(other.sentences)


def measure(text: str, lm: WordLM) -> LMStats:
    stats = LMStats()
    ids, unigram, backoff, pairs = lm.ids, lm.unigram, lm.backoff, lm.pairs
    entropy, moment2, info = lm.entropy, lm.moment2, lm.info
    top1, top10, top100, content = lm.top1, lm.top10, lm.top100, lm.content
    size = lm.size
    unk = ids[UNKNOWN]
    get_id, get_pair, log = ids.get, pairs.get, math.log
    for words in sentence_tokens(text):
        h = ids[START]
        n = 0
        s_logp = s_ent = 0.0
        for word in words:
            w = get_id(word, unk)
            if w != unk and h != unk:
                p = get_pair(h * size + w, 0.0) + backoff[h] * unigram[w]
                ent = entropy[h]
                n += 1
                if content[h]:
                    stats.after_content += 1
                s_logp += log(p)
                s_ent += ent
                stats.variance += moment2[h] - ent * ent
                stats.info += info[h]
                if p >= top100[h]:
                    stats.top100 += 1
                    if p >= top10[h]:
                        stats.top10 += 1
                        if p >= top1[h] and content[h]:
                            stats.top1 += 1
            h = w
        stats.words += n
        stats.logp += s_logp
        stats.entropy += s_ent
        if n >= 5:
            stats.sentences.append((s_logp + s_ent) / n)
    return stats


LM_FEATURES = (
    "lm_logp",
    "lm_entropy",
    "lm_info",
    "lm_disc",
    "lm_top1",
    "lm_top10",
    "lm_top100",
    "lm_sent_sd",
)


def lm_features(stats: LMStats | None) -> dict[str, float]:
    """Per-word rates: mean log p, mean entropy of the contexts, how much a previous word told
    about the next, the sampling discrepancy ((log p - expected) / sd) per word, the shares of
    words among the model's top 10/100 next words, the share of words after a content word that
    are its first choice (after "the" or "of" the first choice says little of style), and how
    the discrepancy varies between sentences. All 0 without statistics (no model, or no
    English)."""
    if stats is None or not stats.words:
        return dict.fromkeys(LM_FEATURES, 0.0)
    n = stats.words
    disc = (stats.logp + stats.entropy) / math.sqrt(max(stats.variance, 1e-9))
    per_sentence = stats.sentences
    sd = 0.0
    if len(per_sentence) >= 2:
        mean = sum(per_sentence) / len(per_sentence)
        sd = math.sqrt(sum((d - mean) ** 2 for d in per_sentence) / len(per_sentence))
    return {
        "lm_logp": stats.logp / n,
        "lm_entropy": stats.entropy / n,
        "lm_info": stats.info / n,
        "lm_disc": disc / math.sqrt(n),
        "lm_top1": stats.top1 / max(1, stats.after_content),
        "lm_top10": stats.top10 / n,
        "lm_top100": stats.top100 / n,
        "lm_sent_sd": sd,
    }
