"""The similar-pieces rows: what a background step is handed once the index has caught up."""

from __future__ import annotations

from datetime import timedelta

from studio.library import ArticleDraft
from studio.library import similar_store as store
from studio.library.models import utcnow


def _draft(n: int) -> ArticleDraft:
    return ArticleDraft(title=f"مقال {n}", body=f"نص المقال رقم {n} عن السوق والأسعار.", lang="ar")


def test_caught_up_step_sees_new_and_edited_articles_in_id_order(library):
    ids = [library.add_article(_draft(n)) for n in range(6)]
    store.save(library, 1, [(a, library.get(a).version, b"\0\0\0\0") for a in ids])
    assert store.pending(library, 1, 10) == []
    since = utcnow() - timedelta(seconds=1)
    top = max(ids)
    library.update(ids[1], body="نص جديد كليا بعد التحرير.")
    new = [library.add_article(_draft(n)) for n in range(6, 9)]
    found = store.pending(library, 1, 10, after_id=top, since=since)
    assert [p.id for p in found] == [ids[1], *new]
    assert found[0].body == "نص جديد كليا بعد التحرير."
    # A step cut short by its limit hands out the rest at the next one.
    first = store.pending(library, 1, 2, after_id=top, since=since)
    assert len(first) == 2
    store.save(library, 1, [(p.id, library.get(p.id).version, b"\0\0\0\0") for p in first])
    rest = store.pending(library, 1, 2, after_id=top, since=since)
    assert sorted(p.id for p in first + rest) == [ids[1], *new]
    # Once their rows are saved, nothing is pending any more.
    store.save(library, 1, [(p.id, library.get(p.id).version, b"\0\0\0\0") for p in found])
    assert store.pending(library, 1, 10, after_id=top, since=since) == []


def test_article_count_follows_deletions(library):
    ids = [library.add_article(_draft(n)) for n in range(4)]
    assert store.article_count(library) == 4
    library.delete([ids[0]])
    assert store.article_count(library) == 3
