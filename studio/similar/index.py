"""The in-memory indexes: BM25 postings for topic neighbours and rare-word candidates, and a
sampled word 5-gram shingle table for reused passages.

Why our own arrays rather than bm25s or scikit-learn: the index must take one article at a time
(import, edit, delete) without rebuilding, and answer in milliseconds at 100,000 articles.
Postings live in immutable numpy *segments* (as in Lucene): new articles form a small segment,
deletions are a mask, and segments are merged by concatenating arrays, never by re-reading text.
BM25 weights are computed at query time from global document frequencies, so they stay right as
articles come and go. numpy alone (BSD) is enough: no scipy, no model files.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from studio.similar.features import shingles

K1 = 1.2
B = 0.75
SHINGLE = 5
# Only shingles whose hash falls in 1/SAMPLE of the space are indexed: a reused passage of 30
# words still has about six of them, and the table is a quarter of the size.
SAMPLE = 4
_MAX_SEGMENTS = 6
_NO_SHINGLES = np.zeros(0, dtype=np.uint64)


def sampled(sh: np.ndarray) -> np.ndarray:
    return sh[(sh % np.uint64(SAMPLE)) == 0]


def _top(scores: np.ndarray, take: int) -> np.ndarray:
    """Indices of the positive scores among the `take` highest, and of any score tied with the
    lowest of those (so which of two equal articles is kept does not depend on the sort).
    Partitioning all of a large library's scores took a millisecond or two: the highest score
    of each block of 64 gives a floor that only a few scores reach, and only those are sorted."""
    block = 64
    blocks = len(scores) // block
    reached = np.arange(len(scores))
    if blocks > 4 * take:
        maxima = scores[: blocks * block].reshape(blocks, block).max(axis=1)
        # `take` blocks each hold a score at least this high, so the `take` highest reach it.
        floor = np.partition(maxima, blocks - take)[blocks - take]
        reached = np.flatnonzero(scores >= floor)
    values = scores[reached]
    lowest = np.partition(values, len(values) - take)[len(values) - take]
    return reached[(values >= lowest) & (values > 0)]


def _first_of_runs(ordered: np.ndarray) -> np.ndarray:
    """Whether each value of a sorted array differs from the one before it."""
    new = np.ones(len(ordered), dtype=bool)
    np.not_equal(ordered[1:], ordered[:-1], out=new[1:])
    return new


# Words of the articles whose shingles are made at once when a segment is built: arrays of a
# few MB whatever the library's size (at 2,000,000 words the allocator kept 50 MB more of
# them after a 100,000-article load; at 250,000 it is as fast, and keeps less than before).
_SHINGLE_CHUNK_WORDS = 250_000


def _sampled_shingles(
    flat: np.ndarray, lengths: np.ndarray
) -> tuple[list[np.ndarray], list[np.ndarray]]:
    """The distinct sampled shingles of each article (`np.unique(sampled(shingles(h, SHINGLE)))`
    of one article at a time) with the article's local index, in parts sorted by hash then
    article: made over many articles' words at once, dropping the runs that straddle two
    articles. One article at a time was two thirds of loading the index."""
    ends = np.cumsum(lengths)
    starts = ends - lengths
    sh_parts: list[np.ndarray] = []
    sh_docs: list[np.ndarray] = []
    first = 0
    while first < len(lengths):
        # Articles [first, last) hold at most _SHINGLE_CHUNK_WORDS words (at least one article).
        last = int(np.searchsorted(ends, starts[first] + _SHINGLE_CHUNK_WORDS, "right"))
        last = max(last, first + 1)
        lo, hi = int(starts[first]), int(ends[last - 1])
        sh = shingles(flat[lo:hi], SHINGLE)
        doc = np.repeat(np.arange(first, last, dtype=np.int32), lengths[first:last])
        # A run starting at word p lies inside one article when its last word does too.
        inside = doc[: len(sh)] == doc[SHINGLE - 1 :] if len(sh) else np.zeros(0, bool)
        keep = inside & ((sh % np.uint64(SAMPLE)) == 0)
        sh, doc = sh[keep], doc[: len(keep)][keep]
        # Sorted by hash, then article (a stable sort keeps the articles' order), one of each
        # (hash, article): a few long sorted runs, which the segment's final sort merges fast.
        order = np.argsort(sh, kind="stable")
        sh, doc = sh[order], doc[order]
        if len(sh):
            new = np.ones(len(sh), dtype=bool)
            new[1:] = (sh[1:] != sh[:-1]) | (doc[1:] != doc[:-1])
            sh, doc = sh[new], doc[new]
        sh_parts.append(sh)
        sh_docs.append(doc)
        first = last
    return sh_parts, sh_docs


@dataclass
class _Segment:
    doc_ids: np.ndarray  # int64 article ids, by local index
    lengths: np.ndarray  # words per article
    terms: np.ndarray  # sorted unique uint32 term hashes
    indptr: np.ndarray  # postings of terms[i] are [indptr[i], indptr[i+1])
    post_doc: np.ndarray  # int32 local article index
    post_tf: np.ndarray  # uint16 term frequency
    sh: np.ndarray  # sorted uint64 sampled shingle hashes
    sh_doc: np.ndarray  # int32 local article index
    alive: np.ndarray  # bool by local index

    @classmethod
    def build(cls, docs: Sequence[tuple[int, np.ndarray]]) -> _Segment:
        ids = np.array([d for d, _ in docs], dtype=np.int64)
        lengths = np.array([len(h) for _, h in docs], dtype=np.int64)
        flat = np.concatenate([h for _, h in docs]) if docs else np.zeros(0, np.uint32)
        local = np.repeat(np.arange(len(docs), dtype=np.uint64), lengths)
        # (term, article) keys sorted in place and counted: what `np.unique` does, without its
        # copies of a library-sized array, and the terms read off the sorted keys.
        keys = (flat.astype(np.uint64) << np.uint64(32)) | local
        keys.sort()
        starts = np.flatnonzero(_first_of_runs(keys))
        counts = np.diff(starts, append=len(keys))
        keys = keys[starts]
        term_of = (keys >> np.uint64(32)).astype(np.uint32)
        first = np.flatnonzero(_first_of_runs(term_of))
        terms = term_of[first]
        indptr = np.append(first, len(keys)).astype(np.int64)
        post_doc = (keys & np.uint64(0xFFFFFFFF)).astype(np.int32)
        post_tf = np.minimum(counts, 65535).astype(np.uint16)
        sh_parts, sh_docs = _sampled_shingles(flat, lengths)
        return cls._with_shingles(ids, lengths, terms, indptr, post_doc, post_tf, sh_parts, sh_docs)

    @classmethod
    def _with_shingles(cls, ids, lengths, terms, indptr, post_doc, post_tf, sh_parts, sh_docs):
        sh = np.concatenate(sh_parts) if sh_parts else np.zeros(0, np.uint64)
        sh_doc = np.concatenate(sh_docs) if sh_docs else np.zeros(0, np.int32)
        order = np.argsort(sh, kind="stable")
        return cls(
            ids,
            lengths,
            terms,
            indptr,
            post_doc,
            post_tf,
            sh[order],
            sh_doc[order],
            np.ones(len(ids), dtype=bool),
        )

    @classmethod
    def merge(cls, segments: Sequence[_Segment]) -> _Segment:
        """One segment holding the live articles of `segments`, from their arrays alone."""
        ids, lengths, t_all, d_all, tf_all, sh_parts, sh_docs = [], [], [], [], [], [], []
        offset = 0
        for seg in segments:
            remap = np.full(len(seg.doc_ids), -1, dtype=np.int64)
            live = np.flatnonzero(seg.alive)
            remap[live] = np.arange(offset, offset + len(live))
            ids.append(seg.doc_ids[live])
            lengths.append(seg.lengths[live])
            term_per_post = np.repeat(seg.terms, np.diff(seg.indptr))
            keep = seg.alive[seg.post_doc]
            t_all.append(term_per_post[keep])
            d_all.append(remap[seg.post_doc[keep]])
            tf_all.append(seg.post_tf[keep])
            keep_sh = seg.alive[seg.sh_doc]
            sh_parts.append(seg.sh[keep_sh])
            sh_docs.append(remap[seg.sh_doc[keep_sh]].astype(np.int32))
            offset += len(live)
        t = np.concatenate(t_all)
        d = np.concatenate(d_all)
        tf = np.concatenate(tf_all)
        order = np.lexsort((d, t))
        t, d, tf = t[order], d[order], tf[order]
        terms, first = np.unique(t, return_index=True)
        indptr = np.append(first, len(t)).astype(np.int64)
        return cls._with_shingles(
            np.concatenate(ids),
            np.concatenate(lengths),
            terms,
            indptr,
            d.astype(np.int32),
            tf,
            sh_parts,
            sh_docs,
        )

    def postings(self, term_hashes: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """For each query term: where its postings start and end (empty when absent)."""
        pos = np.searchsorted(self.terms, term_hashes)
        pos = np.minimum(pos, max(len(self.terms) - 1, 0))
        found = (self.terms[pos] == term_hashes) if len(self.terms) else np.zeros(len(pos), bool)
        lo = np.where(found, self.indptr[pos], 0)
        hi = np.where(found, self.indptr[pos + 1], 0)
        return lo, hi, found


@dataclass(frozen=True, slots=True)
class Neighbour:
    article_id: int
    score: float  # BM25 over the query's self-score: about 1 for the same text


class SimilarIndex:
    """Every indexed article's hashed stems, searchable three ways. Not thread-safe: one owner."""

    def __init__(self) -> None:
        self._segments: list[_Segment] = []
        self._pending: dict[int, np.ndarray] = {}
        # The last text's sampled shingles and their counts of articles (`shingle_df`).
        self._df_memo: tuple[np.ndarray, np.ndarray] = (_NO_SHINGLES, _NO_SHINGLES)
        self._where: dict[int, tuple[int, int]] = {}  # article id -> (segment, local index)
        self._total_len = 0

    # -- changes ---------------------------------------------------------------------------

    def __len__(self) -> int:
        self._flush()
        return len(self._where)

    def __contains__(self, article_id: int) -> bool:
        self._flush()
        return article_id in self._where

    def ids(self) -> set[int]:
        self._flush()
        return set(self._where)

    def add_many(self, docs: Iterable[tuple[int, np.ndarray]]) -> None:
        """Adds (or replaces) articles; they become searchable at the next query."""
        for article_id, hashes in docs:
            self.remove(article_id)
            self._pending[article_id] = np.asarray(hashes, dtype=np.uint32)

    def add(self, article_id: int, hashes: np.ndarray) -> None:
        self.add_many([(article_id, hashes)])

    def remove(self, article_id: int) -> None:
        self._pending.pop(article_id, None)
        where = self._where.pop(article_id, None)
        if where is not None:
            seg = self._segments[where[0]]
            seg.alive[where[1]] = False
            self._total_len -= int(seg.lengths[where[1]])

    def _flush(self) -> None:
        if not self._pending:
            return
        docs, self._pending = list(self._pending.items()), {}
        self._df_memo = (_NO_SHINGLES, _NO_SHINGLES)
        self._segments.append(_Segment.build(docs))
        index = len(self._segments) - 1
        for local, (article_id, hashes) in enumerate(docs):
            self._where[article_id] = (index, local)
            self._total_len += len(hashes)
        if len(self._segments) > _MAX_SEGMENTS:
            self._compact()

    def _compact(self) -> None:
        """Merges the small segments (the big first one stays unless it is small itself)."""
        big = self._segments[0]
        rest = self._segments[1:]
        if sum(len(s.doc_ids) for s in rest) * 4 >= len(big.doc_ids):
            self._segments = [_Segment.merge(self._segments)]
            self._where = {}
        else:
            # The big segment's articles keep their place: only the merged ones are looked
            # at, so an edit's step costs what the small segments hold, not the library size
            # (rebuilding every article's place took 30 ms at 40,000 articles).
            self._segments = [big, _Segment.merge(rest)]
        for si, seg in enumerate(self._segments):
            if si == 0 and len(self._segments) == 2:
                continue
            for local, article_id in enumerate(seg.doc_ids.tolist()):
                self._where[article_id] = (si, local)

    # -- statistics ------------------------------------------------------------------------

    def df(self, term_hashes: np.ndarray) -> np.ndarray:
        """How many live articles hold each term (counting dead postings too, until a merge:
        close enough for weights, and it keeps the lookup vectorised)."""
        self._flush()
        total = np.zeros(len(term_hashes), dtype=np.int64)
        for seg in self._segments:
            lo, hi, _ = seg.postings(term_hashes)
            total += hi - lo
        return total

    def idf(self, term_hashes: np.ndarray) -> np.ndarray:
        n = max(len(self._where), 1)
        # Dead postings stay counted until a merge; never let them push df past the live count.
        df = np.minimum(self.df(term_hashes), n)
        return np.log(1.0 + (n - df + 0.5) / (df + 0.5))

    def shingle_df(self, sh: np.ndarray) -> np.ndarray:
        """In how many articles each (sampled) shingle occurs."""
        self._flush()
        known, df = self._df_memo
        if len(known) and len(sh):
            # The text's shingles were just counted for its candidates: its boilerplate asks
            # about the same ones (each a binary search in a table of millions).
            at = np.minimum(np.searchsorted(known, sh), len(known) - 1)
            if bool((known[at] == sh).all()):
                return df[at]
        total = np.zeros(len(sh), dtype=np.int64)
        for seg in self._segments:
            total += np.searchsorted(seg.sh, sh, "right") - np.searchsorted(seg.sh, sh, "left")
        return total

    def common_limit(self) -> int:
        """A shingle in more articles than this is boilerplate (greetings, quotations, bylines),
        not reuse. Wire copy runs through a dozen outlets, so the floor stays above that."""
        return max(8, int(len(self._where) * 0.002))

    # -- queries ---------------------------------------------------------------------------

    def topic(
        self, hashes: np.ndarray, k: int = 10, exclude: int | None = None, max_terms: int = 60
    ) -> list[Neighbour]:
        """The `k` articles nearest in topic by BM25, using the query's most telling terms."""
        self._flush()
        if not len(hashes) or not self._where:
            return []
        terms, qtf = np.unique(hashes, return_counts=True)
        idf = self.idf(terms)
        # Long queries: only the terms that weigh most (tf x idf) are looked up; the rest change
        # the order of the top ten very little and cost most of the time (frequent words).
        if len(terms) > max_terms:
            top = np.argpartition(-(np.log1p(qtf) * idf), max_terms)[:max_terms]
            terms, qtf, idf = terms[top], qtf[top], idf[top]
        qw = idf * np.log1p(qtf)
        avgdl = self._total_len / max(len(self._where), 1)
        best: list[tuple[float, int]] = []
        for seg in self._segments:
            lo, hi, found = seg.postings(terms)
            sel = np.flatnonzero(found)
            if not len(sel):
                continue
            lens = hi[sel] - lo[sel]
            # The terms' postings copied slice by slice (no index array to gather through).
            spans = list(zip(lo[sel].tolist(), hi[sel].tolist(), strict=True))
            weight = np.repeat(qw[sel], lens)
            docs = np.concatenate([seg.post_doc[a:b] for a, b in spans])
            tf = np.concatenate([seg.post_tf[a:b] for a, b in spans]).astype(np.float64)
            dl = seg.lengths[docs]
            part = weight * tf * (K1 + 1) / (tf + K1 * (1 - B + B * dl / avgdl))
            scores = np.bincount(docs, weights=part, minlength=len(seg.doc_ids))
            scores[~seg.alive] = 0
            take = min(k + 1, len(scores))
            top = _top(scores, take)
            best.extend((float(scores[i]), int(seg.doc_ids[i])) for i in top.tolist())
        best.sort(reverse=True)
        self_score = float(np.sum(qw * (K1 + 1))) or 1.0
        out = [Neighbour(a, min(s / self_score, 1.0)) for s, a in best if a != exclude]
        return out[:k]

    def shingle_candidates(
        self, hashes: np.ndarray, exclude: int | None = None, min_shared: int = 2
    ) -> dict[int, int]:
        """Articles sharing at least `min_shared` uncommon sampled 5-gram shingles with the
        query, with how many they share."""
        self._flush()
        sh = np.unique(sampled(shingles(hashes, SHINGLE)))
        if not len(sh):
            return {}
        # Where each shingle's postings are in each segment, found once: they give its count
        # of articles (kept for the boilerplate check) and its articles.
        bounds = [
            (np.searchsorted(seg.sh, sh, "left"), np.searchsorted(seg.sh, sh, "right"))
            for seg in self._segments
        ]
        df = sum((hi - lo for lo, hi in bounds), np.zeros(len(sh), dtype=np.int64))
        self._df_memo = (sh, df)
        uncommon = df <= self.common_limit()
        counts: dict[int, int] = {}
        for seg, (lo, hi) in zip(self._segments, bounds, strict=True):
            lo, hi = lo[uncommon], hi[uncommon]
            sel = np.flatnonzero(hi > lo)
            if not len(sel):
                continue
            idx = np.concatenate([np.arange(a, b) for a, b in zip(lo[sel], hi[sel], strict=True)])
            docs = seg.sh_doc[idx]
            docs = docs[seg.alive[docs]]
            uniq, cnt = np.unique(docs, return_counts=True)
            for d, c in zip(seg.doc_ids[uniq].tolist(), cnt.tolist(), strict=True):
                if d != exclude and c >= min_shared:
                    counts[d] = counts.get(d, 0) + c
        return counts

    def chunk_candidates(
        self,
        hashes: np.ndarray,
        exclude: int | None = None,
        chunk: int = 30,
        step: int = 15,
        rare: int = 12,
        need: float = 0.6,
        strong: float = 0.75,
        per_chunk: int = 3,
    ) -> dict[int, float]:
        """Articles holding most of the rarest words of some stretch of the query, in any order:
        this finds sources of word-shuffled and reworded passages, which share no shingles.
        Each article's score is the sum of its stretches' shares (see `StretchHits.strong`)."""
        hits = self.stretch_hits(hashes, exclude, chunk, step, rare, need, per_chunk)
        return hits.strong(need, strong) if hits is not None else {}

    def stretch_hits(
        self,
        hashes: np.ndarray,
        exclude: int | None = None,
        chunk: int = 30,
        step: int = 15,
        rare: int = 12,
        need: float = 0.6,
        per_chunk: int = 3,
        rare_need: float | None = None,
        rare_share: float = 0.02,
    ) -> StretchHits | None:
        """For each stretch of `chunk` words of the query (one every `step`), the `per_chunk`
        articles (per segment) holding the most of its `rare` rarest words, at least `need` of
        them — or `rare_need` of them (a lower floor) in a stretch whose words read for that
        floor are all in at most `rare_share` of the articles: holding a few uncommon words is
        worth a look, and their short posting lists keep the lower floor cheap. None when no
        stretch has four rare words the library knows.

        An article holding `t` of a stretch's `r` rare words holds at least three of its
        `r - t + 3` rarest: only those words' postings (the shortest) are read to find the
        articles worth counting; the other words are then looked up for those articles alone
        (a binary search in each posting list). The answer is the same as counting every rare
        word's postings, without reading the long lists of the stretch's commoner words
        (a tenth of the postings, a third of the time at 30,000 articles)."""
        self._flush()
        if not self._where or not len(hashes):
            return None
        stretches = _rare_words(hashes, self.df, chunk, step, rare, 1 if exclude is None else 2)
        if stretches is None:
            return None
        words, sizes, starts = stretches
        needs = np.maximum(3, np.ceil(need * sizes)).astype(np.int64)
        if rare_need is not None:
            low = np.maximum(3, np.ceil(rare_need * sizes)).astype(np.int64)
            # Cheap when the stretch's `sizes - low + 2` rarest words are uncommon (the words an
            # article must hold two of to reach the lower floor).
            last = np.clip(sizes - low + 1, 0, sizes - 1)
            last_df = self.df(words[np.arange(len(words)), last])
            cheap = last_df <= rare_share * len(self._where)
            needs = np.where(cheap, np.minimum(low, needs), needs)
        col = np.arange(words.shape[1])
        # Rarest first in each row: the first `sizes - needs + 3` find the articles, the rest
        # (up to `sizes`) only count for them.
        is_prefix = col[None, :] < np.minimum(sizes - needs + _FOUND_BY, sizes)[:, None]
        is_suffix = ~is_prefix & (col[None, :] < sizes[:, None])
        art_parts: list[np.ndarray] = []
        row_parts: list[np.ndarray] = []
        cnt_parts: list[np.ndarray] = []
        for seg in self._segments:
            found = _chunk_hits(seg, words, is_prefix, is_suffix, needs)
            if found is None:
                continue
            which, docs, cnt = found
            ok = cnt >= needs[which]
            which, docs, cnt = which[ok], docs[ok], cnt[ok]
            # The `per_chunk` best articles of each chunk (ties: lower local index first).
            order = np.lexsort((docs, -cnt, which))
            which, docs, cnt = which[order], docs[order], cnt[order]
            first_of = np.searchsorted(which, which)
            top = (np.arange(len(which)) - first_of) < per_chunk
            articles = seg.doc_ids[docs[top]]
            keep = articles != exclude if exclude is not None else np.ones(len(articles), bool)
            art_parts.append(articles[keep])
            row_parts.append(which[top][keep])
            cnt_parts.append(cnt[top][keep])
        empty = np.zeros(0, dtype=np.int64)
        return StretchHits(
            words,
            sizes,
            starts,
            needs,
            np.concatenate(art_parts) if art_parts else empty,
            np.concatenate(row_parts) if row_parts else empty,
            np.concatenate(cnt_parts) if cnt_parts else empty,
        )


@dataclass(frozen=True)
class StretchHits:
    """Which articles hold most of the rare words of which stretch of a query: one entry per
    (stretch, article) pair found, in stretch order."""

    words: np.ndarray  # (stretches x rare) uint32 rare words, rarest first, padded with zeros
    sizes: np.ndarray  # how many rare words each stretch has
    starts: np.ndarray  # each stretch's first word in the query
    needs: np.ndarray  # how many of them an article had to hold to be found
    article: np.ndarray  # int64 article id, one per hit
    stretch: np.ndarray  # int64 row of `words`
    count: np.ndarray  # int64 rare words of the stretch the article holds

    def share(self) -> np.ndarray:
        return self.count / self.sizes[self.stretch]

    def strong(self, need: float = 0.6, strong: float = 0.75) -> dict[int, float]:
        """Articles hit by two stretches with at least `need` of their rare words, or by one
        with at least `strong`; scored by the sum of those stretches' shares. A source is
        usually hit by neighbouring stretches, or by one nearly in full; one stretch sharing
        some rare words is what two pieces on one subject look like."""
        needs = np.maximum(3, np.ceil(need * self.sizes)).astype(np.int64)
        ok = self.count >= needs[self.stretch]
        hits: dict[int, list[float]] = {}
        for a, s in zip(self.article[ok].tolist(), self.share()[ok].tolist(), strict=True):
            hits.setdefault(a, []).append(s)
        return {a: sum(r) for a, r in hits.items() if max(r) >= strong or len(r) >= 2}

    def margins(self) -> np.ndarray:
        """For each hit, its share less the best share any other article found in the same
        stretch holds (or, when none was found, the most an article not found can hold)."""
        rows = len(self.sizes)
        floor = (self.needs - 1).astype(np.float64)
        # The best and second-best counts of each stretch.
        order = np.lexsort((-self.count, self.stretch))
        s, c = self.stretch[order], self.count[order].astype(np.float64)
        first = np.searchsorted(s, np.arange(rows))
        last = np.searchsorted(s, np.arange(rows), "right")
        has1 = last > first
        has2 = last > first + 1
        best = np.where(has1, c[np.minimum(first, len(c) - 1)] if len(c) else 0.0, floor)
        second = np.where(has2, c[np.minimum(first + 1, len(c) - 1)] if len(c) else 0.0, floor)
        second = np.maximum(second, floor)
        other = np.where(self.count >= best[self.stretch], second[self.stretch], best[self.stretch])
        return (self.count - other) / self.sizes[self.stretch]


def _rare_words(
    hashes: np.ndarray, df_of, chunk: int, step: int, rare: int, min_df: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray] | None:
    """For each stretch of `chunk` words (one every `step`): its `rare` rarest distinct words
    held by at least `min_df` articles, rarest first (ties by hash), as a (stretches x rare)
    array padded with zeros, how many each row holds, and where each stretch starts. Rows
    with fewer than 4 such words are left out. All stretches at once, no loop per stretch."""
    terms, inverse = np.unique(hashes, return_inverse=True)
    df = np.asarray(df_of(terms), dtype=np.int64)
    n = len(hashes)
    width = min(chunk, n)
    starts = np.arange(0, max(n - chunk, 0) + 1, step)
    rows = inverse[starts[:, None] + np.arange(width)[None, :]]
    rows.sort(axis=1)
    # A word met twice in a stretch counts once; a word only this article holds (or, when
    # the article itself is in the index, only it and one other) says nothing about sources.
    dup = np.zeros(rows.shape, dtype=bool)
    dup[:, 1:] = rows[:, 1:] == rows[:, :-1]
    usable = ~dup & (df[rows] >= min_df)
    # Rarest first, ties by hash (term order is hash order); unusable words go last.
    key = np.where(usable, df[rows] * len(terms) + rows, np.iinfo(np.int64).max)
    order = np.argsort(key, axis=1, kind="stable")[:, :rare]
    picked = np.take_along_axis(rows, order, axis=1)
    sizes = np.minimum(usable.sum(axis=1), rare)
    keep = sizes >= 4
    if not keep.any():
        return None
    picked, sizes = picked[keep], sizes[keep]
    valid = np.arange(picked.shape[1])[None, :] < sizes[:, None]
    words = np.where(valid, terms[picked], 0).astype(np.uint32)
    return words, sizes.astype(np.int64), starts[keep].astype(np.int64)


def _chunk_hits(
    seg: _Segment,
    words: np.ndarray,
    is_prefix: np.ndarray,
    is_suffix: np.ndarray,
    needs: np.ndarray,
) -> tuple[np.ndarray, np.ndarray, np.ndarray] | None:
    """(stretch, local article, how many of the stretch's rare words it holds) for the live
    articles of `seg` that may hold `needs` of them (at least one prefix word); the caller
    keeps those that do."""
    rows, cols = np.nonzero(is_prefix)
    lo, hi, found = seg.postings(words[rows, cols])
    sel = np.flatnonzero(found & (hi > lo))
    if not len(sel):
        return None
    n_docs = len(seg.doc_ids)
    # Keys (stretch, article) of every posting read, in 32 bits when they fit: they sort faster
    # than 64-bit ones (this is most of the time), and each pass over them costs half.
    key_type = np.uint32 if len(words) * n_docs < 1 << 32 else np.int64
    pairs = np.concatenate(
        [seg.post_doc[a:b] for a, b in zip(lo[sel].tolist(), hi[sel].tolist(), strict=True)]
    ).astype(key_type)
    pairs += np.repeat((rows[sel] * n_docs).astype(key_type), hi[sel] - lo[sel])
    keys, cnt = _repeated(pairs)
    which, docs = keys // n_docs, keys % n_docs
    # Deleted articles are dropped once counted (far fewer keys than postings).
    live = seg.alive[docs]
    which, docs, cnt = which[live], docs[live], cnt[live]
    if not len(which):
        return None
    # Each remaining rare word of the stretch, looked up for these articles only, rarest
    # first; an article that can no longer reach the stretch's `need` is dropped at once (most
    # hold one prefix word by chance and miss the next word), so few are looked up further.
    left = is_suffix.sum(axis=1)
    for c in range(words.shape[1]):
        alive = cnt + left[which] >= needs[which]
        which, docs, cnt = which[alive], docs[alive], cnt[alive]
        asks = is_suffix[which, c]
        if not asks.any():
            continue
        pick = np.flatnonzero(asks)
        cnt[pick] += _held_by(seg, words[:, c], which[pick], docs[pick])
        left = left - is_suffix[:, c]
    return which, docs, cnt


# How many of a stretch's rarest words an article must hold to be counted further: it holds
# `_FOUND_BY` of the `r - need + _FOUND_BY` rarest if it holds `need` of all `r`. Three rather
# than two reads one more (commoner) word's postings per stretch, and leaves a tenth as many
# articles to look up the other words for (those lookups were half of the time).
_FOUND_BY = 3


def _repeated(pairs: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The values met at least `_FOUND_BY` times in `pairs`, and how often (an article holding
    fewer of a stretch's first rare words cannot reach the stretch's `need`). `pairs` comes in
    sorted runs (stretch after stretch, each a few sorted posting lists): a stable sort (timsort
    here) merges runs, three to four times faster than `np.unique`'s sort at 100,000 articles."""
    ordered = np.sort(pairs, kind="stable")
    if not len(ordered):
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    new = np.empty(len(ordered), dtype=bool)
    new[0] = True
    np.not_equal(ordered[1:], ordered[:-1], out=new[1:])
    starts = np.flatnonzero(new)
    counts = np.diff(starts, append=len(ordered))
    twice = counts >= _FOUND_BY
    return ordered[starts[twice]].astype(np.int64), counts[twice].astype(np.int64)


def _held_by(seg: _Segment, word_of: np.ndarray, rows: np.ndarray, docs: np.ndarray) -> np.ndarray:
    """Whether each article `docs[i]` holds the word `word_of[rows[i]]`. `rows` is sorted and,
    within a row, `docs` too: a binary search of a row's articles in its word's postings."""
    out = np.zeros(len(rows), dtype=bool)
    firsts = np.flatnonzero(np.diff(rows, prepend=-1))
    ends = np.append(firsts[1:], len(rows))
    lo, hi, _found = seg.postings(word_of[rows[firsts]])
    size = hi - lo
    # Most rows' words have short postings: those are searched together, each row's postings
    # keyed by its rank among them (one search instead of one per row, which cost more in
    # calls than in work). The few long ones would make that copy dear: searched one by one.
    short = np.flatnonzero((size > 0) & (size <= _SEARCHED_TOGETHER))
    if len(short):
        n_docs = np.int64(len(seg.doc_ids))
        post_doc = seg.post_doc
        keys = np.concatenate(
            [post_doc[a:b] for a, b in zip(lo[short].tolist(), hi[short].tolist(), strict=True)]
        ).astype(np.int64)
        keys += np.repeat(np.arange(len(short), dtype=np.int64) * n_docs, size[short])
        rank = np.full(len(firsts), -1, dtype=np.int64)
        rank[short] = np.arange(len(short))
        row_rank = np.repeat(rank, ends - firsts)
        asked = np.flatnonzero(row_rank >= 0)
        wanted = row_rank[asked] * n_docs + docs[asked]
        at = np.minimum(np.searchsorted(keys, wanted), len(keys) - 1)
        out[asked] = keys[at] == wanted
    for g in np.flatnonzero(size > _SEARCHED_TOGETHER).tolist():
        a, b = int(firsts[g]), int(ends[g])
        postings = seg.post_doc[int(lo[g]) : int(hi[g])]
        wanted = docs[a:b]
        at = np.searchsorted(postings, wanted)
        out[a:b] = postings[np.minimum(at, len(postings) - 1)] == wanted
    return out


# Postings up to this long are searched together by `_held_by`.
_SEARCHED_TOGETHER = 4096
