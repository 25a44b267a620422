"""The bag-of-words matching works through the query in chunks (a 1,000,000-word article against
a 100,000-word one needed over 20 GB at once): chunked or whole, the answer is the same."""

from __future__ import annotations

import numpy as np
import pytest

from studio.similar import align


@pytest.mark.parametrize("seed", range(6))
def test_chunks_give_the_same_matches_as_one_pass(seed: int, monkeypatch) -> None:
    rng = np.random.default_rng(seed)
    n, m, vocab = int(rng.integers(30, 6000)), int(rng.integers(30, 2500)), 300
    query, source = rng.integers(0, vocab, n), rng.integers(0, vocab, m)
    if n > 700 and m > 600:
        query[150:650] = source[50:550]  # a reused passage
    ids = align._Ids(query, source, rng.random(vocab) * 3)
    monkeypatch.setattr(align, "_BAG_CHUNK", 10**9)
    whole = align._bag_matches(ids)
    monkeypatch.setattr(align, "_BAG_CHUNK", 257)
    chunked = align._bag_matches(ids)
    assert (whole == chunked).all()
    if n > 700 and m > 600:
        assert chunked[200:600].all()
