"""The library-wide reuse report (core and `qalam reuse-report`), the reused passages of one
article (the checklist's "original" item) and the comparison of two chosen pieces."""

from __future__ import annotations

import json

from studio.cli import main
from studio.similar.report import ReuseReportBuilder, reuse_report
from studio.similar.service import SimilarService
from tests.similar.report_library import fill_report_library
from tests.similar.texts import (
    AR_FILLER,
    AR_MARKET,
    AR_SOURCE,
)


def test_report_lists_each_sharing_pair_once_with_both_shares(library):
    ids = fill_report_library(library)
    pairs, complete = reuse_report(SimilarService(library))
    assert complete
    found = {(p.first_id, p.second_id): p for p in pairs}
    assert set(found) == {
        (ids["ar_source"], ids["ar_copy"]),
        (ids["en_source"], ids["en_copy"]),
    }
    ar = found[(ids["ar_source"], ids["ar_copy"])]
    # The copy is mostly the market paragraph; the source is only one third of it.
    assert ar.second_share > 0.5 > ar.first_share > 0.15
    assert ar.share == ar.second_share and ar.passages >= 1
    assert ar.first_title == "السوق" and ar.second_title == "نسخة السوق"
    # Most shared first.
    assert [p.share for p in pairs] == sorted((p.share for p in pairs), reverse=True)


def test_report_min_share_progress_and_cancel(library):
    ids = fill_report_library(library)
    service = SimilarService(library)
    seen: list[tuple[int, int]] = []
    pairs, complete = reuse_report(
        service, min_share=0.99, on_progress=lambda d, t: seen.append((d, t))
    )
    assert complete and pairs == []
    assert seen[-1] == (len(ids), len(ids))
    # Kept and up to date: nothing to look at, so nothing to stop.
    assert reuse_report(service, should_cancel=lambda: True)[1]
    calls = iter([False, True])
    _pairs, complete = reuse_report(service, should_cancel=lambda: next(calls), batch=1, fresh=True)
    assert not complete


def test_builder_steps_and_skips_articles_deleted_meanwhile(library):
    ids = fill_report_library(library)
    service = SimilarService(library)
    service.catch_up()
    builder = ReuseReportBuilder(service)
    assert builder.total == len(ids) and not builder.finished
    builder.step(1)
    library.delete([ids["en_copy"]])
    service.index_pending()
    while not builder.step(2):
        pass
    assert builder.done == builder.total
    assert {(p.first_id, p.second_id) for p in builder.pairs()} == {
        (ids["ar_source"], ids["ar_copy"])
    }


def test_reused_in_gives_only_passages_at_offsets_of_the_text_as_edited(library):
    ids = fill_report_library(library)
    service = SimilarService(library)
    service.catch_up()
    stored = service.reused_in(ids["ar_copy"])
    assert [r.article_id for r in stored] == [ids["ar_source"]]
    # The article as being edited: a new paragraph in front moves the passage's offsets.
    edited = "مقدمة قصيرة كتبت الآن.\n\n" + AR_FILLER + "\n\n" + AR_MARKET
    results = service.reused_in(ids["ar_copy"], edited)
    assert [r.article_id for r in results] == [ids["ar_source"]]
    p = results[0].passages[0]
    assert edited[p.start : p.end].split()[:4] == AR_MARKET.split()[:4]
    where = AR_SOURCE.index(AR_MARKET)
    covered = min(p.source_end, where + len(AR_MARKET)) - max(p.source_start, where)
    assert covered >= 0.9 * len(AR_MARKET)
    # No topic neighbours: an article sharing nothing gets nothing.
    assert service.reused_in(ids["ar_other"]) == []


def test_checklist_original_item_uses_reused_in(library):
    from studio.checks.model import reused_spans

    ids = fill_report_library(library)
    service = SimilarService(library)
    service.catch_up()
    spans = reused_spans(service.reused_in(ids["en_copy"]))
    assert spans and spans[0].source_article_id == ids["en_source"]
    body = library.get(ids["en_copy"]).body
    assert body[spans[0].start : spans[0].end].startswith("Harbour towns")


def test_compare_two_chosen_pieces(library):
    ids = fill_report_library(library)
    service = SimilarService(library)
    service.catch_up()
    text = library.get(ids["ar_copy"]).body
    result = service.compare(text, ids["ar_source"], exclude=ids["ar_copy"])
    assert result.article_id == ids["ar_source"] and result.passages
    nothing = service.compare(text, ids["en_other"], exclude=ids["ar_copy"])
    assert nothing.article_id == ids["en_other"] and nothing.title == "Oases"
    assert nothing.passages == [] and nothing.reused_share == 0.0


def test_cli_reuse_report(library, capsys):
    ids = fill_report_library(library)
    path = library.path
    library.close()
    assert main(["--library", str(path), "reuse-report", "--json"]) == 0
    out = json.loads(capsys.readouterr().out.splitlines()[-1])
    assert out["articles"] == len(ids)
    first = out["pairs"][0]
    assert set(first) == {
        "first",
        "second",
        "share",
        "first_share",
        "second_share",
        "passages",
        "near_duplicate",
    }
    assert {first["first"]["article_id"], first["second"]["article_id"]} in (
        {ids["ar_source"], ids["ar_copy"]},
        {ids["en_source"], ids["en_copy"]},
    )
    assert main(["--library", str(path), "reuse-report", "--min-share", "0.99", "--json"]) == 0
    assert json.loads(capsys.readouterr().out.splitlines()[-1])["pairs"] == []
    assert main(["--library", str(path), "reuse-report"]) == 0
    text = capsys.readouterr().out
    assert "السوق" in text and "Markets again" in text
    assert main(["--library", str(path), "reuse-report", "--min-share", "2"]) == 2
