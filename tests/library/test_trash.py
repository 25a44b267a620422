"""The Trash (studio/library/service.py): moving articles to it and back, deleting them for good
only from it, and every listing a user sees leaving trashed articles out."""

from __future__ import annotations

import time
from datetime import datetime
from pathlib import Path

from sqlalchemy import inspect

from studio.library import ArticleDraft, Library, ListQuery, Status, checks_store
from studio.library.deferred import open_deferred, read_first_page
from studio.library.engine import MIGRATIONS


def _fill(library: Library) -> list[int]:
    drafts = [
        ArticleDraft(
            title="الأسواق القديمة",
            body="سوق النحاسين في القاهرة القديمة مزدحم دائما.",
            author="ليلى",
            client="مجلة السفر",
            tags=["سفر", "مدن"],
            status=Status.DRAFT,
        ),
        ArticleDraft(
            title="Old markets",
            body="The coppersmiths' market is always crowded.",
            author="Omar",
            client="Travel Weekly",
            tags=["travel"],
            status=Status.APPROVED,
        ),
        ArticleDraft(
            title="الواحات",
            body="واحة سيوة بعيدة وهادئة ومياهها عذبة.",
            author="ليلى",
            tags=["سفر"],
            status=Status.IN_REVIEW,
        ),
    ]
    return library.add_articles(drafts).imported


def test_the_migration_adds_an_indexed_nullable_trashed_at(library: Library) -> None:
    columns = {c["name"]: c for c in inspect(library.engine).get_columns("articles")}
    assert columns["trashed_at"]["nullable"]
    indexes = {
        i["name"]: i["column_names"] for i in inspect(library.engine).get_indexes("articles")
    }
    assert indexes["ix_articles_trashed_at"] == ["trashed_at"]
    assert (MIGRATIONS / "versions" / "0007_trash.py").exists()
    assert library.info().schema == "0007_trash"


def test_a_library_of_the_previous_schema_is_upgraded_with_nothing_in_the_trash(
    tmp_path: Path,
) -> None:
    from alembic import command
    from alembic.config import Config

    path = tmp_path / "old.qalam"
    with Library.open(path) as lib:
        ids = _fill(lib)
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS))
        with lib.engine.begin() as conn:
            config.attributes["connection"] = conn
            command.downgrade(config, "0006_reuse_findings")
        columns = {c["name"] for c in inspect(lib.engine).get_columns("articles")}
    assert "trashed_at" not in columns
    with Library.open(path) as lib:
        assert lib.info().schema == "0007_trash"
        assert [r.id for r in lib.list(ListQuery(sort="id", descending=False))] == ids
        assert lib.trash_count() == 0


def test_moving_to_the_trash_hides_and_restoring_brings_back(library: Library) -> None:
    ids = _fill(library)
    before = library.get(ids[0])
    assert library.move_to_trash([ids[0], ids[0], 9999]) == [ids[0]]
    # Already there: nothing moved twice (an Undo would otherwise restore it wrongly).
    assert library.move_to_trash([ids[0]]) == []
    assert [r.id for r in library.list()] == [ids[2], ids[1]]
    assert library.count() == 2
    # Still readable, unchanged, with the moment it was trashed.
    trashed = library.get(ids[0])
    assert trashed.body == before.body and trashed.version == before.version
    assert isinstance(trashed.trashed_at, datetime)
    rows = library.list(ListQuery(trashed=True, sort="trashed"))
    assert [r.id for r in rows] == [ids[0]] and rows[0].trashed_at == trashed.trashed_at
    assert library.count(ListQuery(trashed=True)) == library.trash_count() == 1

    assert library.restore_from_trash([ids[0], ids[1]]) == [ids[0]]
    assert library.count() == 3 and library.trash_count() == 0
    back = library.get(ids[0])
    assert back.trashed_at is None and back.updated == before.updated


def test_the_trash_lists_the_newest_trashed_first(library: Library) -> None:
    ids = _fill(library)
    library.move_to_trash([ids[1]])
    time.sleep(0.002)
    library.move_to_trash([ids[0]])
    assert library.trashed_ids() == [ids[0], ids[1]]
    rows = library.list(ListQuery(trashed=True, sort="trashed"))
    assert [r.id for r in rows] == [ids[0], ids[1]]


def test_only_trashed_articles_are_deleted_for_good(library: Library) -> None:
    ids = _fill(library)
    assert library.delete_permanently([ids[0]]) == []  # not in the Trash: kept
    library.get(ids[0])
    library.move_to_trash([ids[0], ids[1]])
    assert library.delete_permanently([ids[0], ids[2]]) == [ids[0]]
    assert library.trashed_ids() == [ids[1]]
    assert library.search("النحاسين") == []
    assert library.empty_trash() == [ids[1]]
    assert library.trash_count() == 0 and [r.id for r in library.list()] == [ids[2]]
    # Deleted for good also leaves the search index (as `delete` always did).
    from studio.library import fts

    with library._session() as s:
        assert fts.index_problems(s.connection()) == []


def test_search_leaves_trashed_articles_out_but_keeps_the_limit(library: Library) -> None:
    ids = library.add_articles(
        [ArticleDraft(title=f"سوق {i}", body=f"سوق النحاسين رقم {i}.") for i in range(6)]
    ).imported
    assert len(library.search("النحاسين", limit=3)) == 3
    library.move_to_trash(ids[:4])
    hits = library.search("النحاسين", limit=3)
    assert sorted(h.id for h in hits) == sorted(ids[4:])
    library.restore_from_trash(ids[:4])
    assert len(library.search("النحاسين", limit=10)) == 6


def test_filter_choices_and_figures_leave_trashed_articles_out(library: Library) -> None:
    ids = _fill(library)
    library.move_to_trash([ids[1]])
    assert library.authors() == ["ليلى"]
    assert library.clients() == ["مجلة السفر"]
    assert library.tags() == ["سفر", "مدن"]  # "travel" was only on the trashed article
    info = library.info()
    assert info.articles == 2 and info.trashed == 1
    assert info.by_status == {"draft": 1, "in_review": 1}
    assert info.by_lang == {"ar": 2}
    assert info.words == library.get(ids[0]).words + library.get(ids[2]).words
    assert library.count(ListQuery(author="Omar")) == 0
    assert library.count(ListQuery(status=Status.APPROVED)) == 0
    assert library.count(ListQuery(tag="travel", trashed=True)) == 1

    library.move_to_trash([ids[0]])
    page = library.person_page("ليلى")
    assert page is not None and page.articles == 1 and page.by_status == {"in_review": 1}
    client = library.person_page("مجلة السفر")
    assert client is not None and client.client_articles == 0
    assert library.tags() == ["سفر"]


def test_a_trashed_article_is_not_queued_for_the_checklist_badge(library: Library) -> None:
    ids = _fill(library)
    assert checks_store.unchecked_count(library) == 3
    library.move_to_trash([ids[0]])
    assert checks_store.unchecked_count(library) == 2
    assert ids[0] not in [a for a, _ in checks_store.unchecked(library, 10)]
    library.restore_from_trash([ids[0]])
    assert checks_store.unchecked_count(library) == 3


def test_the_first_page_at_start_up_leaves_trashed_articles_out(library: Library) -> None:
    ids = _fill(library)
    library.move_to_trash([ids[1]])
    first = read_first_page(library.path, rows=10)
    assert first.rows == library.list(ListQuery(), 0, 10)
    assert first.total == 2 and ids[1] not in [r.id for r in first.rows]
    assert first.authors == library.authors()
    assert first.clients == library.clients()
    assert first.tags == library.tags()


def test_a_library_whose_articles_are_all_trashed_is_not_empty(library: Library) -> None:
    # Otherwise the sample articles would be installed again on the next start.
    ids = _fill(library)
    library.move_to_trash(ids)
    assert not library.is_empty()
    deferred = open_deferred(library.path, 10)
    try:
        assert not deferred.is_empty() and deferred.count() == 0
    finally:
        deferred.close()


def test_trashing_a_thousand_articles_is_one_quick_transaction(library: Library) -> None:
    ids = library.add_articles(
        ArticleDraft(title=f"Piece {i}", body=f"Body number {i} of many.") for i in range(1000)
    ).imported
    started = time.perf_counter()
    moved = library.move_to_trash(ids)
    took = time.perf_counter() - started
    assert len(moved) == 1000 and library.count() == 0
    # Measured at about 30 ms; a generous bound still catches one transaction per article.
    assert took < 1.5, took
    started = time.perf_counter()
    assert len(library.restore_from_trash(ids)) == 1000
    assert time.perf_counter() - started < 1.5


def test_a_backup_says_what_it_holds_outside_its_trash(library: Library) -> None:
    from studio.library import backups as bk

    ids = _fill(library)
    library.move_to_trash([ids[2]])
    summary = bk.create_backup(library.path, bk.MANUAL)
    assert summary.articles == 2 == library.info().articles
    assert "الواحات" not in summary.newest_titles
    assert summary.words == library.info().words
