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

import math
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


def sampled(sh: np.ndarray) -> np.ndarray:
    return sh[(sh % np.uint64(SAMPLE)) == 0]


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
        keys, counts = np.unique(
            (flat.astype(np.uint64) << np.uint64(32)) | local, return_counts=True
        )
        term_of = (keys >> np.uint64(32)).astype(np.uint32)
        terms, first = np.unique(term_of, return_index=True)
        indptr = np.append(first, len(keys)).astype(np.int64)
        post_doc = (keys & np.uint64(0xFFFFFFFF)).astype(np.int32)
        post_tf = np.minimum(counts, 65535).astype(np.uint16)
        sh_parts, sh_docs = [], []
        for i, (_, h) in enumerate(docs):
            s = np.unique(sampled(shingles(h, SHINGLE)))
            sh_parts.append(s)
            sh_docs.append(np.full(len(s), i, dtype=np.int32))
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
            merged = [_Segment.merge(self._segments)]
        else:
            merged = [big, _Segment.merge(rest)]
        self._segments = merged
        self._where = {}
        for si, seg in enumerate(self._segments):
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
            idx = np.concatenate([np.arange(a, b) for a, b in zip(lo[sel], hi[sel], strict=True)])
            weight = np.repeat(qw[sel], lens)
            docs = seg.post_doc[idx]
            tf = seg.post_tf[idx].astype(np.float64)
            dl = seg.lengths[docs]
            part = weight * tf * (K1 + 1) / (tf + K1 * (1 - B + B * dl / avgdl))
            scores = np.bincount(docs, weights=part, minlength=len(seg.doc_ids))
            scores[~seg.alive] = 0
            take = min(k + 1, len(scores))
            top = np.argpartition(-scores, take - 1)[:take]
            best.extend((float(scores[i]), int(seg.doc_ids[i])) for i in top if scores[i] > 0)
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
        sh = sh[self.shingle_df(sh) <= self.common_limit()]
        counts: dict[int, int] = {}
        for seg in self._segments:
            lo = np.searchsorted(seg.sh, sh, "left")
            hi = np.searchsorted(seg.sh, sh, "right")
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
        this finds sources of word-shuffled and reworded passages, which share no shingles."""
        self._flush()
        if not self._where or not len(hashes):
            return {}
        terms = np.unique(hashes)
        df = self.df(terms)
        hits: dict[int, list[float]] = {}
        min_df = 1 if exclude is None else 2
        picks, owners, thresholds, sizes = [], [], [], []
        for start in range(0, max(len(hashes) - chunk, 0) + 1, step):
            words = np.unique(hashes[start : start + chunk])
            wdf = df[np.searchsorted(terms, words)]
            # A word only this article holds says nothing about where the text came from.
            keep = wdf >= min_df
            pool, pool_df = words[keep], wdf[keep]
            if len(pool) < 4:
                continue
            pick = pool[np.argsort(pool_df, kind="stable")[:rare]]
            picks.append(pick)
            owners.append(np.full(len(pick), len(sizes), dtype=np.int64))
            thresholds.append(max(3, math.ceil(need * len(pick))))
            sizes.append(len(pick))
        if not picks:
            return {}
        # Every chunk's rare words are looked up at once; (chunk, article) pairs are counted.
        pick_all, owner_all = np.concatenate(picks), np.concatenate(owners)
        need_of, size_of = np.array(thresholds), np.array(sizes, dtype=np.float64)
        for seg in self._segments:
            lo, hi, found = seg.postings(pick_all)
            sel = np.flatnonzero(found & (hi > lo))
            if not len(sel):
                continue
            lens = hi[sel] - lo[sel]
            idx = np.repeat(lo[sel] - np.cumsum(lens) + lens, lens) + np.arange(lens.sum())
            docs = seg.post_doc[idx].astype(np.int64)
            which = np.repeat(owner_all[sel], lens)
            live = seg.alive[docs]
            keys, cnt = np.unique(which[live] * len(seg.doc_ids) + docs[live], return_counts=True)
            which, docs = keys // len(seg.doc_ids), keys % len(seg.doc_ids)
            ok = cnt >= need_of[which]
            which, docs, cnt = which[ok], docs[ok], cnt[ok]
            # The `per_chunk` best articles of each chunk.
            order = np.lexsort((-cnt, which))
            which, docs, cnt = which[order], docs[order], cnt[order]
            first_of = np.searchsorted(which, which)
            top = (np.arange(len(which)) - first_of) < per_chunk
            for d, c, w in zip(
                seg.doc_ids[docs[top]].tolist(),
                cnt[top].tolist(),
                which[top].tolist(),
                strict=True,
            ):
                if d != exclude:
                    hits.setdefault(d, []).append(c / size_of[w])
        # A source is usually hit by neighbouring chunks, or by one nearly in full; one chunk
        # sharing some rare words is what two pieces on one subject look like.
        return {d: sum(r) for d, r in hits.items() if max(r) >= strong or len(r) >= 2}
