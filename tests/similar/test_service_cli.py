"""The library-level service (persistence, catching up, edits and deletions) and the `qalam
similar` contract."""

from __future__ import annotations

import gzip
import json

from studio.cli import main
from studio.library import ArticleDraft, Library
from studio.similar.service import SimilarService
from tests.similar.texts import AR_FILLER, AR_MARKET, AR_OTHER, AR_SOURCE, EN_OTHER, EN_SOURCE


def _fill(library: Library) -> list[int]:
    drafts = [
        ArticleDraft(title="السوق", body=AR_SOURCE, external_id="ar-1"),
        ArticleDraft(title="الواحات", body=AR_OTHER, external_id="ar-2"),
        ArticleDraft(title="Libraries", body=EN_SOURCE, external_id="en-1"),
        ArticleDraft(title="Oases", body=EN_OTHER, external_id="en-2"),
    ]
    return library.add_articles(drafts).imported


def test_index_catches_up_and_reports_what_is_pending(library):
    ids = _fill(library)
    service = SimilarService(library)
    assert service.status().pending == 4 and service.status().catching_up
    assert service.catch_up() == 4
    assert not service.status().catching_up
    results = service.similar_to_text(AR_FILLER + "\n\n" + AR_MARKET)
    assert results[0].article_id == ids[0] and results[0].passages
    # A second service (the next start) loads the stored rows and re-indexes nothing.
    again = SimilarService(library)
    assert again.status().pending == 0
    assert again.similar_to_text(AR_MARKET)[0].article_id == ids[0]


def test_edit_and_delete_remove_stale_results(library):
    ids = _fill(library)
    service = SimilarService(library)
    service.catch_up()
    query = AR_FILLER + "\n\n" + AR_MARKET
    assert service.similar_to_text(query)[0].passages
    library.update(ids[0], body=AR_SOURCE.replace(AR_MARKET, AR_FILLER + " " + AR_FILLER))
    assert service.status().pending == 1
    service.index_pending()
    assert all(not r.passages for r in service.similar_to_text(AR_MARKET))
    reused = [r for r in service.similar_to_text(query) if r.passages]
    assert [r.article_id for r in reused] == [ids[0]]  # now through the filler it holds
    library.delete([ids[0]])
    service.index_pending()
    assert ids[0] not in {r.article_id for r in service.similar_to_text(query)}


def test_similar_to_article_leaves_the_article_itself_out(library):
    ids = _fill(library)
    extra = library.add_article(ArticleDraft(title="نسخة", body=AR_FILLER + "\n\n" + AR_MARKET))
    service = SimilarService(library)
    service.catch_up()
    results = service.similar_to_article(extra)
    assert extra not in {r.article_id for r in results}
    assert results[0].article_id == ids[0]


def test_cli_jsonl_contract(library, tmp_path, capsys):
    ids = _fill(library)
    path = library.path
    library.close()
    queries = tmp_path / "q.jsonl.gz"
    with gzip.open(queries, "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "q1", "text": AR_FILLER + "\n\n" + AR_MARKET}) + "\n")
        fh.write(json.dumps({"id": 7, "text": "نص لا يشبه شيئا"}) + "\n")
    code = main(["--library", str(path), "similar", "--jsonl", str(queries)])
    assert code == 0
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [x["id"] for x in lines] == ["q1", 7]
    first = lines[0]["results"][0]
    assert set(first) == {"article_id", "external_id", "title", "score", "reused_share", "passages"}
    assert first["article_id"] == ids[0] and first["external_id"] == "ar-1"
    passage = first["passages"][0]
    assert set(passage) == {"start", "end", "source_start", "source_end"}
    text = AR_FILLER + "\n\n" + AR_MARKET
    assert text[passage["start"] : passage["end"]].split()[:3] == AR_MARKET.split()[:3]
    where = AR_SOURCE.index(AR_MARKET)
    covered = min(passage["source_end"], where + len(AR_MARKET)) - max(
        passage["source_start"], where
    )
    assert covered >= 0.9 * len(AR_MARKET)
    assert passage["source_end"] - passage["source_start"] <= 1.1 * len(AR_MARKET)


def test_cli_by_id_file_and_stdin(library, tmp_path, capsys, monkeypatch):
    import io

    ids = _fill(library)
    path = library.path
    library.close()
    assert main(["--library", str(path), "similar", str(ids[0]), "--json"]) == 0
    out = json.loads(capsys.readouterr().out.splitlines()[-1])
    assert out["id"] == ids[0] and ids[0] not in [r["article_id"] for r in out["results"]]
    file = tmp_path / "draft.txt"
    file.write_text(AR_FILLER + "\n\n" + AR_MARKET, encoding="utf-8")
    assert main(["--library", str(path), "similar", str(file), "--limit", "1", "--json"]) == 0
    out = json.loads(capsys.readouterr().out.splitlines()[-1])
    assert len(out["results"]) == 1 and out["results"][0]["article_id"] == ids[0]
    monkeypatch.setattr("sys.stdin", io.StringIO(AR_MARKET))
    assert main(["--library", str(path), "similar", "-"]) == 0
    assert "السوق" in capsys.readouterr().out
    assert main(["--library", str(path), "similar"]) == 2


def _source_offsets_hold(library, body: str, passage_text: str) -> None:
    library.add_article(ArticleDraft(title="مصدر", body=body))
    service = SimilarService(library)
    service.catch_up()
    text = AR_FILLER + "\n\n" + passage_text
    reused = [r for r in service.similar_to_text(text) if r.passages]
    assert len(reused) == 1 and len(reused[0].passages) == 1
    p = reused[0].passages[0]
    where = body.index(AR_MARKET)
    # The source offsets point into the stored body, whatever the words around the passage.
    assert abs(p.source_start - where) <= 5
    assert abs(p.source_end - (where + len(AR_MARKET))) <= 5


def test_stored_words_give_source_offsets_in_the_body(library):
    # Candidates are aligned on the stored words; only the matching body is read for offsets.
    _source_offsets_hold(library, AR_OTHER + "\n\n" + AR_MARKET + "\n\n" + EN_OTHER, AR_MARKET)


def test_source_offsets_hold_when_a_body_splits_words_differently(library):
    # "don't" and a word of tatweel alone make the body's words differ from a plain split:
    # the body is then analysed afresh rather than read with the stored word positions.
    body = "They don't ـــ stop. " + AR_OTHER + "\n\n" + AR_MARKET + "\n\nIt isn't over."
    _source_offsets_hold(library, body, AR_MARKET)
