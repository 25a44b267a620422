"""Per-paragraph measurements: the unit the engine caches, so one edited paragraph is all that
needs measuring again while the writer types.

Everything here is a count or a list that adds up across paragraphs; article-level figures are
made from the sums in studio.checks.features. Nothing here looks at layout (blank lines, number
of paragraphs, length of the piece): those are artefacts of how data sets were collected.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from studio.checks.function_words import ARABIC as _AR_FUNCTION
from studio.checks.function_words import ENGLISH as _EN_FUNCTION
from studio.checks.lexicon import Entry, Lexicon, lexicon, norm_word
from studio.checks.patterns import pattern_sum
from studio.checks.score import pattern_weights
from studio.checks.wordlm import LMStats, measure, word_lm
from studio.text import detect_language, split_sentences
from studio.text.tokens import _TOKEN_RE

_NORM_CACHE: dict[str, str] = {}
_QUOTE_OPEN = re.compile(r"[“«„]|(?:^|(?<=\s))[\"']")
# "- **Lead:** explanation" or "**Lead**: explanation" (the colon inside or after the bold).
_BOLD_LEAD = re.compile(r"^\s*(?:[-*+•]|\d+[.)])?\s*\*\*[^*\n]{1,80}?(?:[:：]\*\*|\*\*\s*[:：—–-])")
_LIST_ITEM = re.compile(r"^\s*(?:[-*+•]|\d+[.)])\s+")
_HEADING = re.compile(r"^\s*#{1,6}\s")
_CONJUNCTIONS = ("و", "ف")
# A word of this many letters or more counts as long (learned, abstract vocabulary).
LONG_WORD_LETTERS = 7


def _norm(word: str) -> str:
    n = _NORM_CACHE.get(word)
    if n is None:
        if len(_NORM_CACHE) > 500_000:
            _NORM_CACHE.clear()
        n = _NORM_CACHE[word] = norm_word(word)
    return n


_NUMBER, _ARABIC, _LATIN = 0, 1, 2
# raw token -> (normalised, kind, the forms of it that start a lexicon entry); for the shipped
# lexicons only (fitting passes its own and skips the cache).
_INFO: dict[str, tuple[str, int, tuple[str, ...]]] = {}


def _info(
    raw: str, lex_ar: Lexicon, lex_en: Lexicon, cache: bool
) -> tuple[str, int, tuple[str, ...]]:
    info = _INFO.get(raw) if cache else None
    if info is None:
        word = _norm(raw)
        first = raw[0]
        if first.isdigit():
            info = (word, _NUMBER, ())
        elif "\u0600" <= first <= "\u06ff":
            info = (word, _ARABIC, tuple(v for v in _variants(word) if v in lex_ar.by_first))
        else:
            info = (word, _LATIN, (word,) if word in lex_en.by_first else ())
        if cache:
            if len(_INFO) > 500_000:
                _INFO.clear()
            _INFO[raw] = info
    return info


@dataclass(slots=True)
class Hit:
    start: int  # offsets into the paragraph
    end: int
    kind: str
    weight: float
    text: str  # as written
    at_sentence_start: bool
    key: str = ""  # the lexicon entry, normalised


@dataclass(slots=True)
class ParagraphStats:
    lang: str
    words: int = 0
    letters: int = 0
    sent_lengths: list[int] = field(default_factory=list)
    openers: list[str] = field(default_factory=list)  # first word of each sentence, normalised
    opener_spans: list[tuple[int, int]] = field(default_factory=list)
    sent_spans: list[tuple[int, int]] = field(default_factory=list)
    hits: list[Hit] = field(default_factory=list)
    numbers: int = 0
    quotes: int = 0
    names: int = 0  # capitalised words inside English sentences, Latin words inside Arabic ones
    commas: int = 0
    function_words: int = 0  # closed-class words (the, of, في، من…) of the paragraph's language
    long_words: int = 0  # words of LONG_WORD_LETTERS letters or more
    pattern_sum: float = 0.0  # summed weights of sentence-building patterns (English)
    pattern_items: int = 0
    lm: LMStats | None = None  # predictability under the English word model (studio.checks.wordlm)
    bold_lead: int = 0  # end of a "**bold lead:**" at the start of the line, 0 if none
    list_item: bool = False
    heading: bool = False


_VARIANTS: dict[str, tuple[str, ...]] = {}


def _variants(word: str) -> tuple[str, ...]:
    v = _VARIANTS.get(word)
    if v is None:
        if len(_VARIANTS) > 500_000:
            _VARIANTS.clear()
        v = _VARIANTS[word] = _make_variants(word)
    return v


def _make_variants(word: str) -> tuple[str, ...]:
    """An Arabic word as written, without a leading و / ف, and without the alef of tanween fath
    (دوراً is دورا is دور), so one lexicon entry covers the common written forms."""
    out = [word]
    if len(word) > 3 and word[0] in _CONJUNCTIONS:
        out.append(word[1:])
    for w in list(out):
        if len(w) > 3 and w.endswith("ا"):
            out.append(w[:-1])
    return tuple(out)


def analyse_paragraph(
    text: str, lang: str | None = None, lexicons: tuple[Lexicon, Lexicon] | None = None
) -> ParagraphStats:
    """Measure one paragraph (a line of the article). `lang` defaults to its own language;
    `lexicons` (Arabic, English) replace the shipped ones when fitting the model."""
    stats = ParagraphStats(lang or detect_language(text))
    found_tokens = _TOKEN_RE.finditer(text)
    lead = _BOLD_LEAD.match(text)
    stats.bold_lead = lead.end() if lead else 0
    stats.list_item = bool(_LIST_ITEM.match(text))
    stats.heading = bool(_HEADING.match(text))
    stats.quotes = len(_QUOTE_OPEN.findall(text))
    stats.commas = text.count(",") + text.count("،")
    spans = [m.span() for m in found_tokens]
    if not spans:
        return stats
    stats.words = len(spans)
    default = lexicons is None
    if default and stats.lang == "en":
        weights = pattern_weights("en")
        if weights:
            stats.pattern_sum, stats.pattern_items = pattern_sum(text, weights)
    if stats.lang == "en":
        lm = word_lm()
        if lm is not None:
            stats.lm = measure(text, lm)
    lex_ar, lex_en = lexicons or (lexicon("ar"), lexicon("en"))
    infos = [_info(text[a:b], lex_ar, lex_en, default) for a, b in spans]
    norms = [info[0] for info in infos]
    sentences = split_sentences(text)
    counts = [0] * len(sentences)
    first_token: list[int] = [-1] * len(sentences)
    s = 0
    n_sent = len(sentences)
    hits = stats.hits
    is_ar = stats.lang == "ar"
    function = _AR_FUNCTION if is_ar else _EN_FUNCTION
    for i, (start, end) in enumerate(spans):
        # Tokens come in order: move to the sentence this one starts in.
        while s + 1 < n_sent and sentences[s + 1][0] <= start:
            s += 1
        counts[s] += 1
        is_first = first_token[s] < 0
        if is_first:
            first_token[s] = i
        word, kind, firsts = infos[i]
        if kind == _NUMBER:
            stats.numbers += 1
            continue
        stats.letters += end - start
        if word in function:
            stats.function_words += 1
        if len(word) >= LONG_WORD_LETTERS:
            stats.long_words += 1
        if kind == _LATIN and (is_ar or (not is_first and word != "i" and text[start].isupper())):
            stats.names += 1
        if not firsts:
            continue
        lex = lex_ar if kind == _ARABIC else lex_en
        found: list[Entry] = []
        for variant in firsts:
            found = lex.match(norms, i, variant)
            if found:
                break
        if not found:
            continue
        seen_kinds: set[str] = set()  # one hit per cue kind at a position; every stock entry
        for entry in found:  # longest first
            if entry.kind in seen_kinds:
                continue
            if entry.kind != "stock":
                seen_kinds.add(entry.kind)
            stop = spans[i + len(entry.words) - 1][1]
            hits.append(
                Hit(
                    start,
                    stop,
                    entry.kind,
                    entry.weight,
                    text[start:stop],
                    is_first,
                    " ".join(entry.words),
                )
            )
    for s, (start, end) in enumerate(sentences):
        if counts[s]:
            stats.sent_lengths.append(counts[s])
            stats.sent_spans.append((start, end))
            j = first_token[s]
            opener = norms[j]
            if infos[j][1] == _ARABIC and len(opener) > 3 and opener[0] in _CONJUNCTIONS:
                opener = opener[1:]
            stats.openers.append(opener)
            stats.opener_spans.append(spans[j])
    return stats
