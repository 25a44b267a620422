"""The similar-pieces rows: what a background step is handed once the index has caught up."""

from __future__ import annotations

from datetime import timedelta

import pytest

from studio.library import ArticleDraft, Library
from studio.library import similar_store as store
from studio.library.errors import LibraryGone
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


def test_the_reads_of_an_answer_give_current_rows_only(library):
    ids = [library.add_article(_draft(n)) for n in range(3)]
    store.save(library, 1, [(a, library.get(a).version, a.to_bytes(4, "little")) for a in ids])
    library.update(ids[1], body="نص جديد بعد التحرير.")
    # The edited article's stored words are stale, another scheme's are not asked for.
    assert store.stored_hashes(library, 1, [*ids, 999]) == {
        ids[0]: ids[0].to_bytes(4, "little"),
        ids[2]: ids[2].to_bytes(4, "little"),
    }
    assert store.stored_hashes(library, 2, ids) == {}
    assert store.bodies(library, [ids[1], 999]) == {ids[1]: "نص جديد بعد التحرير."}
    assert store.labels(library, [ids[0]])[ids[0]].title == "مقال 0"
    assert store.statuses(library, ids) == {a: library.get(a).status for a in ids}
    assert store.stored_hashes(library, 1, []) == {} and store.bodies(library, []) == {}


def test_the_reads_of_an_answer_refuse_a_library_that_went_away(tmp_path):
    drive = tmp_path / "usb"
    drive.mkdir()
    with Library.open(drive / "work.qalam") as lib:
        article_id = lib.add_article(_draft(1))
        drive.rename(tmp_path / "usb-gone")
        with pytest.raises(LibraryGone):
            store.bodies(lib, [article_id])
        (tmp_path / "usb-gone").rename(drive)
        assert store.bodies(lib, [article_id]) == {article_id: lib.get(article_id).body}
