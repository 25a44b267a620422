"""The "Reused passages" report kept in the library: it opens with what was found last time,
looks only at what changed (here, in another process, or under new matching rules), keeps what
was looked at when stopped, and always equals the report built from scratch."""

from __future__ import annotations

import json
import subprocess
import sys

from studio.cli import main
from studio.library import ArticleDraft, Library
from studio.library import reuse_store as store
from studio.similar import kept_report, report
from studio.similar.kept_report import KeptReuseReport
from studio.similar.report import ReuseReportBuilder, reuse_report
from studio.similar.service import SimilarService
from tests.similar.report_library import fill_report_library
from tests.similar.texts import (
    AR_FILLER,
    AR_MARKET,
    AR_OTHER,
    AR_SOURCE,
    EN_FILLER,
    EN_OTHER,
    EN_SOURCE,
)

AR_PARAS = AR_SOURCE.split("\n\n")
EN_PARAS = EN_SOURCE.split("\n\n")


def _from_scratch(library: Library) -> list[tuple]:
    """The report built from nothing by a new service, as (ids, shares, passages, duplicate)."""
    service = SimilarService(library)
    service.catch_up()
    builder = ReuseReportBuilder(service)
    while not builder.step(50):
        pass
    return _key(builder.pairs())


def _key(pairs) -> list[tuple]:
    return sorted(
        (p.first_id, p.second_id, p.first_share, p.second_share, p.passages, p.near_duplicate)
        for p in pairs
    )


class _Counting:
    """Counts the articles the kept report looks up."""

    def __init__(self, service: SimilarService) -> None:
        self.looked: list[int] = []
        original = service.reused_in

        def reused_in(article_id, text=None, **options):
            self.looked.append(article_id)
            return original(article_id, text, **options)

        service.reused_in = reused_in  # type: ignore[method-assign]


def _run(service: SimilarService) -> tuple[list, bool]:
    return reuse_report(service, batch=2)


def test_kept_report_equals_a_fresh_one_after_adding_editing_and_deleting(library):
    ids = fill_report_library(library)
    service = SimilarService(library)
    counting = _Counting(service)
    pairs, complete = _run(service)
    assert complete and _key(pairs) == _from_scratch(library)
    assert sorted(counting.looked) == sorted(ids.values())
    assert len(pairs) == 2

    # Nothing changed: nothing is looked up, the same pairs come back.
    counting.looked.clear()
    again, complete = _run(service)
    assert complete and counting.looked == [] and _key(again) == _key(pairs)

    # A title change keeps the look-up (same text).
    library.update(ids["ar_other"], title="الواحات والنخيل")
    counting.looked.clear()
    _run(service)
    assert counting.looked == []

    # A new piece copying an English paragraph: it and the pieces it shares text with.
    new = library.add_article(
        ArticleDraft(title="Harbours", body=EN_PARAS[1] + "\n\n" + EN_OTHER[:200])
    )
    assert new is not None
    counting.looked.clear()
    pairs, _ = _run(service)
    assert new in counting.looked
    assert ids["ar_source"] not in counting.looked and ids["ar_other"] not in counting.looked
    assert _key(pairs) == _from_scratch(library)
    assert any(new in (p.first_id, p.second_id) for p in pairs)

    # An edit that removes the shared paragraph: the piece and its former partner.
    library.update(ids["ar_copy"], body=AR_FILLER + "\n\n" + AR_OTHER[:150])
    counting.looked.clear()
    pairs, _ = _run(service)
    assert set(counting.looked) >= {ids["ar_copy"], ids["ar_source"]}
    assert ids["en_other"] not in counting.looked
    assert _key(pairs) == _from_scratch(library)
    assert (ids["ar_source"], ids["ar_copy"]) not in {(p.first_id, p.second_id) for p in pairs}

    # An edit that makes an unrelated piece copy the Arabic source: it and its new partner.
    library.update(ids["ar_other"], body=AR_OTHER + "\n\n" + AR_PARAS[2])
    counting.looked.clear()
    pairs, _ = _run(service)
    assert set(counting.looked) >= {ids["ar_other"], ids["ar_source"]}
    assert _key(pairs) == _from_scratch(library)

    # Deleting a piece: its rows both ways go, its partners are looked at again.
    library.delete([ids["en_source"]])
    counting.looked.clear()
    pairs, _ = _run(service)
    assert ids["en_copy"] in counting.looked and ids["ar_source"] not in counting.looked
    assert _key(pairs) == _from_scratch(library)
    with library._session() as s:
        from sqlalchemy import func, or_, select

        fd = store.reuse_findings.c
        left = s.scalar(
            select(func.count())
            .select_from(store.reuse_findings)
            .where(or_(fd.article_id == ids["en_source"], fd.other_id == ids["en_source"]))
        )
    assert left == 0


def test_state_says_what_is_to_be_looked_at_and_when_it_was_last(library, monkeypatch):
    ids = fill_report_library(library)
    service = SimilarService(library)
    kept = KeptReuseReport(service)
    first = kept.state()
    assert first.to_look == len(ids) and first.looked_at is None and not first.up_to_date
    assert kept.pairs() == []
    _run(service)
    done = KeptReuseReport(service).state()
    assert done.up_to_date and done.looked_at is not None and done.articles == len(ids)
    library.update(ids["en_copy"], body=EN_FILLER)
    library.delete([ids["ar_other"]])
    later = KeptReuseReport(service).state()
    assert later.to_look == 2
    # The kept pairs are there at once, without the index (a new service, nothing loaded).
    fresh_service = SimilarService(library)
    pairs = KeptReuseReport(fresh_service).pairs()
    assert fresh_service.indexed == 0 and len(pairs) == 2
    # Titles read in chunks (a large library's report names more pieces than one query may).
    monkeypatch.setattr(report, "_LABEL_CHUNK", 1)
    assert KeptReuseReport(fresh_service).pairs() == pairs


def test_stopping_keeps_what_was_looked_at_in_whole_batches(library):
    ids = fill_report_library(library)
    service = SimilarService(library)
    service.catch_up()
    kept = KeptReuseReport(service)
    kept.prepare()
    kept.step(2)
    # Stopped here (a closed dialog, a killed process): two articles are kept, whole.
    assert store.looked_count(library) == 2
    state = KeptReuseReport(service).state()
    assert state.to_look == len(ids) - 2
    counting = _Counting(service)
    pairs, complete = _run(service)
    assert complete and len(counting.looked) == len(ids) - 2
    assert _key(pairs) == _from_scratch(library)


def test_new_matching_rules_look_at_everything_again(library, monkeypatch):
    ids = fill_report_library(library)
    service = SimilarService(library)
    _run(service)
    monkeypatch.setattr(kept_report, "REPORT_RULES", kept_report.REPORT_RULES + 1)
    kept = KeptReuseReport(service)
    state = kept.state()
    assert state.rules_changed and state.to_look == len(ids)
    counting = _Counting(service)
    prepared = kept.prepare()
    assert prepared.rules_changed and prepared.to_look == len(ids)
    while not kept.step(3):
        pass
    assert sorted(counting.looked) == sorted(ids.values())
    assert KeptReuseReport(service).state().up_to_date
    assert _key(kept.pairs()) == _from_scratch(library)


def test_a_change_made_by_another_process_is_seen(library, tmp_path):
    ids = fill_report_library(library)
    service = SimilarService(library)
    _run(service)
    # `qalam import` in another process while this one (the studio) keeps its service.
    extra = tmp_path / "extra.jsonl"
    extra.write_text(
        json.dumps({"id": "x1", "title": "نسخة أخرى", "text": AR_MARKET + "\n\n" + AR_OTHER[:120]})
        + "\n",
        encoding="utf-8",
    )
    done = subprocess.run(
        [sys.executable, "-m", "studio", "--library", str(library.path), "import", str(extra)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert KeptReuseReport(service).state().to_look == 1
    counting = _Counting(service)
    pairs, _ = _run(service)
    assert ids["ar_source"] in counting.looked and ids["en_source"] not in counting.looked
    assert _key(pairs) == _from_scratch(library)
    new = max(a for p in pairs for a in (p.first_id, p.second_id))
    partners = {
        p.first_id if p.second_id == new else p.second_id
        for p in pairs
        if new in (p.first_id, p.second_id)
    }
    # The market paragraph (in the source and its copy) and the oases' opening.
    assert partners == {ids["ar_source"], ids["ar_copy"], ids["ar_other"]}


def test_cli_keeps_its_contract_uses_the_kept_report_and_fresh_forgets_it(library, capsys):
    ids = fill_report_library(library)
    path = library.path
    library.close()
    assert main(["--library", str(path), "reuse-report", "--json"]) == 0
    first = json.loads(capsys.readouterr().out.splitlines()[-1])
    assert set(first) == {"articles", "pairs"} and first["articles"] == len(ids)
    with Library.open(path) as lib:
        looked_before = store.last_looked(lib)
        assert store.looked_count(lib) == len(ids)
    assert main(["--library", str(path), "reuse-report", "--json"]) == 0
    second = json.loads(capsys.readouterr().out.splitlines()[-1])
    assert second == first
    with Library.open(path) as lib:
        assert store.last_looked(lib) == looked_before  # nothing looked up again
    assert main(["--library", str(path), "reuse-report", "--fresh", "--json"]) == 0
    third = json.loads(capsys.readouterr().out.splitlines()[-1])
    assert third == first
    with Library.open(path) as lib:
        assert store.last_looked(lib) > looked_before


def test_cli_says_when_the_rules_changed(library, capsys, monkeypatch):
    fill_report_library(library)
    path = library.path
    library.close()
    assert main(["--library", str(path), "reuse-report", "--json"]) == 0
    capsys.readouterr()
    monkeypatch.setattr(kept_report, "REPORT_RULES", kept_report.REPORT_RULES + 1)
    assert main(["--library", str(path), "reuse-report", "--json"]) == 0
    err = capsys.readouterr().err
    assert "matching rules have changed" in err
