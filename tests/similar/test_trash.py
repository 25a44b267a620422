"""Similar pieces and the kept reuse report treat an article in the Trash like a deleted one:
no neighbour, no source of reused passages, no pair in the report; restored, it is back."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import update

from studio.library import Library
from studio.library.models import Article
from studio.similar.kept_report import KeptReuseReport
from studio.similar.report import reuse_report
from studio.similar.service import SimilarService
from tests.similar.report_library import fill_report_library
from tests.similar.texts import AR_FILLER, AR_MARKET


def _pair_ids(pairs) -> set[tuple[int, int]]:
    return {(p.first_id, p.second_id) for p in pairs}


def test_a_trashed_article_is_no_neighbour_and_comes_back_when_restored(library: Library) -> None:
    ids = fill_report_library(library)
    service = SimilarService(library)
    service.catch_up()
    query = AR_FILLER + "\n\n" + AR_MARKET
    found = {r.article_id for r in service.similar_to_text(query)}
    assert ids["ar_source"] in found and ids["ar_copy"] in found

    library.move_to_trash([ids["ar_source"]])
    # At once, before the index catches up: an answer never names a trashed piece...
    assert ids["ar_source"] not in {r.article_id for r in service.similar_to_text(query)}
    service.index_pending()
    assert ids["ar_source"] not in service._loaded().ids()
    assert service.status().articles == len(ids) - 1 and not service.status().catching_up
    # ...nor is it a source of reused passages for the piece that copied it.
    reused = service.reused_in(ids["ar_copy"])
    assert ids["ar_source"] not in {r.article_id for r in reused}
    # A new service (the next start) does not load it either.
    fresh = SimilarService(library)
    assert ids["ar_source"] not in {r.article_id for r in fresh.similar_to_text(query)}

    library.restore_from_trash([ids["ar_source"]])
    service.index_pending()
    assert ids["ar_source"] in service._loaded().ids()
    assert ids["ar_source"] in {r.article_id for r in service.reused_in(ids["ar_copy"])}


def test_an_article_trashed_before_it_was_indexed_is_indexed_once_restored(
    library: Library,
) -> None:
    ids = fill_report_library(library)
    # Written long ago: the index's look-up of recent changes does not see them.
    with library._session() as s:
        s.execute(update(Article.__table__).values(updated=datetime(2020, 1, 1)))
    library.move_to_trash([ids["ar_source"]])
    service = SimilarService(library)
    service.catch_up()
    assert ids["ar_source"] not in service._loaded().ids()
    library.restore_from_trash([ids["ar_source"]])
    service.catch_up()
    assert ids["ar_source"] in service._loaded().ids()


def test_pairs_with_a_trashed_piece_leave_the_kept_report(library: Library) -> None:
    ids = fill_report_library(library)
    service = SimilarService(library)
    pairs, complete = reuse_report(service, batch=2)
    pair = tuple(sorted((ids["ar_source"], ids["ar_copy"])))
    assert complete and pair in _pair_ids(pairs)

    library.move_to_trash([ids["ar_copy"]])
    # What is kept no longer shows the pair even before the report looks again.
    assert pair not in _pair_ids(KeptReuseReport(service).pairs())
    pairs, complete = reuse_report(service, batch=2)
    assert complete and pair not in _pair_ids(pairs)
    assert all(ids["ar_copy"] not in p for p in _pair_ids(pairs))

    library.restore_from_trash([ids["ar_copy"]])
    pairs, complete = reuse_report(service, batch=2)
    assert complete and pair in _pair_ids(pairs)
