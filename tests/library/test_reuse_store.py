"""Storage of the kept reuse report: a batch of look-ups is kept whole or not at all, a deleted
article's rows go with those naming it, and the pieces that shared text are marked due."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from studio.library import ArticleDraft
from studio.library import reuse_store as store
from studio.library.models import utcnow

RULES = "index 1, report 1"


def _articles(library, n: int) -> list[int]:
    return library.add_articles(
        ArticleDraft(title=f"مقال {i}", body=f"نص المقال رقم {i} " * (i + 3)) for i in range(n)
    ).imported


def _lookup(library, article_id: int, found: list[tuple[int, float]]) -> store.Lookup:
    text = store.texts(library, [article_id])[article_id]
    return store.Lookup(
        article_id,
        text.version,
        store.text_sha1(text.body),
        [store.Found(o, share, 1, False) for o, share in found],
    )


def _rows(library) -> set[tuple[int, int]]:
    return {(r.article_id, r.other_id) for r in store.found_rows(library)}


def test_a_batch_is_kept_whole_or_not_at_all(library, monkeypatch):
    a, b, c = _articles(library, 3)
    now = utcnow()
    batch = [_lookup(library, a, [(b, 0.5)]), _lookup(library, b, [(a, 0.4)])]
    store.save_lookups(library, RULES, batch, now, now)
    assert _rows(library) == {(a, b), (b, a)} and store.looked_count(library) == 2

    # A failure half-way through the next batch (a crash, a full disk) leaves the first one.
    calls = {"n": 0}
    original = store._partners

    def failing(s, ids):
        calls["n"] += 1
        if calls["n"] == 2:
            raise OSError("disk full")
        return original(s, ids)

    monkeypatch.setattr(store, "_partners", failing)
    later = utcnow()
    with pytest.raises(OSError):
        store.save_lookups(
            library,
            RULES,
            [_lookup(library, a, [(c, 0.9)]), _lookup(library, c, [(a, 0.8)])],
            later,
            later,
        )
    assert _rows(library) == {(a, b), (b, a)}
    assert store.pending_ids(library) == [c]


def test_deleted_articles_rows_go_both_ways_and_partners_become_due(library):
    a, b, c, d = _articles(library, 4)
    earlier = utcnow() - timedelta(minutes=1)
    store.save_lookups(
        library,
        RULES,
        [
            _lookup(library, a, [(b, 0.5)]),
            _lookup(library, b, []),
            _lookup(library, c, [(b, 0.3)]),
            _lookup(library, d, []),
        ],
        earlier,
        earlier,
    )
    assert store.pending_ids(library) == [] and store.pending_count(library) == 0
    library.delete([b])
    assert store.deleted_articles(library) == [b]
    assert store.pending_count(library) == 1  # b itself, gone
    marked = store.drop_deleted(library, [b], utcnow())
    assert marked == {a, c}
    assert _rows(library) == set()
    assert store.pending_ids(library) == [a, c]
    with library._session() as s:
        kept = set(s.scalars(select(store.reuse_looked.c.article_id)))
    assert kept == {a, c, d}


def test_a_title_change_is_not_a_text_change(library):
    (a,) = _articles(library, 1)
    now = utcnow()
    store.save_lookups(library, RULES, [_lookup(library, a, [])], now, now)
    library.update(a, title="عنوان آخر")
    changed = store.version_changed(library)
    assert [x for x, _sha in changed] == [a]
    text = store.texts(library, [a])[a]
    assert changed[0][1] == store.text_sha1(text.body)
    store.set_versions(library, {a: text.version})
    assert store.pending_ids(library) == []


def test_other_rules_and_forgetting(library):
    (a,) = _articles(library, 1)
    now = utcnow()
    store.save_lookups(library, RULES, [_lookup(library, a, [])], now, now)
    assert not store.other_rules(library, RULES)
    assert store.other_rules(library, "index 2, report 1")
    store.forget_all(library)
    assert store.looked_count(library) == 0 and store.last_looked(library) is None
