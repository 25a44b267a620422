"""`qalam check`: the human report, --json, and the --jsonl contract other tools rely on."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from studio.cli import Exit, main
from tests.checks import texts

CONTRACT = {"id", "lang", "words", "ai_score", "flag", "findings"}
FINDING = {"rule", "severity", "start", "end", "message"}
FLAGS = {"ok", "needs_attention", "ai_only", "too_short"}


def _lines(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines() if line.strip()]


@pytest.mark.parametrize("gz", [False, True])
def test_jsonl_contract(tmp_path: Path, capsys, gz: bool) -> None:
    rows = [
        {"id": "ar-1", "text": texts.AR_MACHINE},
        {"id": 2, "text": texts.EN_HUMAN, "lang": "en"},
        {"id": "short", "text": "A short note."},
        {"id": "mixed", "text": texts.MIXED},
        {"id": "essay", "text": texts.EN_NONNATIVE_ESSAY},
    ]
    payload = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    path = tmp_path / ("in.jsonl.gz" if gz else "in.jsonl")
    if gz:
        with gzip.open(path, "wt", encoding="utf-8") as fh:
            fh.write(payload)
    else:
        path.write_text(payload, encoding="utf-8")
    lib = tmp_path / "lib.qalam"
    assert main(["--library", str(lib), "check", "--jsonl", str(path)]) == Exit.OK
    out = _lines(capsys.readouterr().out)
    assert [o["id"] for o in out] == [r["id"] for r in rows]
    for row, o in zip(rows, out, strict=True):
        assert set(o) == CONTRACT
        assert o["flag"] in FLAGS
        assert o["lang"] in ("ar", "en")
        assert isinstance(o["words"], int)
        if o["flag"] == "too_short":
            assert o["ai_score"] is None
        else:
            assert 0.0 <= o["ai_score"] <= 1.0
        for f in o["findings"]:
            assert set(f) == FINDING
            assert 0 <= f["start"] <= f["end"] <= len(row["text"])
            assert f["severity"] in ("info", "warning", "error")
    by_id = {o["id"]: o for o in out}
    assert by_id["ar-1"]["flag"] == "ai_only" and by_id["ar-1"]["lang"] == "ar"
    assert by_id["short"]["flag"] == "too_short" and by_id["short"]["ai_score"] is None
    assert by_id["essay"]["flag"] != "ai_only"
    stock = [f for f in by_id["ar-1"]["findings"] if f["rule"] == "stock_phrase"]
    assert any(texts.AR_MACHINE[f["start"] : f["end"]] == "بالإضافة إلى ذلك" for f in stock)


def test_jsonl_bad_line_reports_error_and_continues(tmp_path: Path, capsys) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text('{"id": 1, "text": "fine text"}\nnot json\n{"id": 3}\n', encoding="utf-8")
    code = main(["--library", str(tmp_path / "l.qalam"), "check", "--jsonl", str(path)])
    assert code == Exit.FAILED
    out = _lines(capsys.readouterr().out)
    assert [o.get("id") for o in out] == [1, None, 3]
    assert "error" in out[1] and "error" in out[2]


def test_check_file_stdin_and_article(tmp_path: Path, capsys, monkeypatch) -> None:
    lib = str(tmp_path / "lib.qalam")
    doc = tmp_path / "piece.txt"
    doc.write_text(texts.EN_MACHINE, encoding="utf-8")
    assert main(["--library", lib, "check", str(doc), "--json"]) == Exit.OK
    data = json.loads(capsys.readouterr().out)
    assert CONTRACT - {"id"} <= set(data)
    assert all(f["message_ar"] and f["message_en"] for f in data["findings"])

    import io

    monkeypatch.setattr("sys.stdin", io.StringIO(texts.AR_HUMAN))
    assert main(["--library", lib, "check", "-", "--messages", "ar"]) == Exit.OK
    report = capsys.readouterr().out
    assert "words (ar)" in report

    src = tmp_path / "a.jsonl"
    src.write_text(json.dumps({"id": "x", "text": texts.AR_MACHINE}) + "\n", encoding="utf-8")
    assert main(["--library", lib, "import", str(src)]) == Exit.OK
    capsys.readouterr()
    assert main(["--library", lib, "check", "1", "--json"]) == Exit.OK
    assert json.loads(capsys.readouterr().out)["flag"] == "ai_only"
    from studio.checks.score import model_version
    from studio.library import Library, checks_store

    with Library.open(lib) as opened:
        stored = checks_store.load_result(opened, 1)
    assert stored is not None and stored.flag == "ai_only"
    assert stored.is_current(texts.AR_MACHINE, model_version())
    assert main(["--library", lib, "check", "99"]) == Exit.NOT_FOUND


def test_check_needs_a_target(tmp_path: Path, capsys) -> None:
    assert main(["--library", str(tmp_path / "l.qalam"), "check"]) == Exit.USAGE


def test_checklist_command_ticks_dismisses_and_snapshots(tmp_path: Path, capsys) -> None:
    lib = str(tmp_path / "lib.qalam")
    src = tmp_path / "a.jsonl"
    src.write_text(json.dumps({"id": "x", "text": texts.EN_MACHINE}) + "\n", encoding="utf-8")
    assert main(["--library", lib, "import", str(src)]) == Exit.OK
    capsys.readouterr()

    assert main(["--library", lib, "checklist", "1", "--json"]) == Exit.OK
    data = json.loads(capsys.readouterr().out)
    states = {i["id"]: i["state"] for i in data["items"]}
    assert states["proofread"] == "unknown" and states["not_ai_only"] in ("fail", "attention")
    stock = next(f for f in data["findings"] if f["rule"] in ("stock_phrase", "filler"))

    args = ["--library", lib, "checklist", "1", "--by", "Mona", "--json"]
    assert main([*args, "--tick", "proofread"]) == Exit.OK
    ticked = json.loads(capsys.readouterr().out)
    proof = next(i for i in ticked["items"] if i["id"] == "proofread")
    assert proof["state"] == "pass" and "Mona" in proof["detail"]

    assert main([*args, "--dismiss", stock["fingerprint"], "--reason", "house style"]) == Exit.OK
    after = json.loads(capsys.readouterr().out)
    item = next(i for i in after["items"] if i["id"] == "no_stock_phrases")
    assert item["dismissed"] >= 1

    assert main([*args, "--dismiss", stock["fingerprint"]]) == Exit.USAGE  # no reason
    assert main([*args, "--tick", "not_ai_only"]) == Exit.USAGE  # automatic item
    capsys.readouterr()
    assert main(["--library", lib, "checklist", "1", "--snapshot", "--review", "3"]) == Exit.OK
    assert "Proofread" in capsys.readouterr().out

    from studio.library import Library, checks_store

    with Library.open(lib) as opened:
        [(_, review_id, payload)] = checks_store.snapshots(opened, 1)
    assert review_id == 3 and payload["result"]["flag"] == after["flag"]


def test_checklist_finds_a_passage_reused_from_another_piece(tmp_path: Path, capsys) -> None:
    lib = str(tmp_path / "lib.qalam")
    first = texts.EN_HUMAN
    # The second piece takes the first one's third paragraph word for word.
    reused = first.split("\n")[2]
    second = texts.EN_NONNATIVE_ESSAY + reused + "\n"
    src = tmp_path / "a.jsonl"
    src.write_text(
        json.dumps({"id": "a", "text": first}) + "\n" + json.dumps({"id": "b", "text": second}),
        encoding="utf-8",
    )
    assert main(["--library", lib, "import", str(src)]) == Exit.OK
    capsys.readouterr()
    assert main(["--library", lib, "checklist", "2", "--json"]) == Exit.OK
    data = json.loads(capsys.readouterr().out)
    original = next(i for i in data["items"] if i["id"] == "original")
    assert original["state"] == "fail"
    spans = [f for f in data["findings"] if f["rule"] == "reused_passage"]
    start = second.index(reused)
    assert any(f["start"] <= start + 20 and f["end"] >= start + len(reused) - 20 for f in spans)

    assert main(["--library", lib, "checklist", "1", "--no-reuse", "--json"]) == Exit.OK
    data = json.loads(capsys.readouterr().out)
    assert next(i for i in data["items"] if i["id"] == "original")["state"] == "unknown"


def test_check_article_weighs_its_stored_authorship_record(tmp_path: Path, capsys) -> None:
    """Text the editor saw pasted or declared AI counts more than how it reads: a human-looking
    piece whose record says it was declared AI is flagged; the contract keeps its shape."""
    from studio.authorship import AuthorshipRecord, Origin
    from studio.library import ArticleDraft, Library

    path = tmp_path / "lib.qalam"
    library = Library.open(path)
    typed_id = library.add_article(ArticleDraft(title="Typed", body=texts.EN_HUMAN, lang="en"))
    # A second copy with one more line (the library skips an exact duplicate).
    body = texts.EN_HUMAN + "Filed from the train.\n"
    ai_id = library.add_article(ArticleDraft(title="Declared", body=body, lang="en"))
    assert typed_id is not None and ai_id is not None
    for article_id, origin in ((typed_id, Origin.TYPED), (ai_id, Origin.AI)):
        stored = library.get(article_id)
        library.save(
            article_id,
            title=stored.title,
            body=stored.body,
            expected_version=stored.version,
            authorship=AuthorshipRecord(len(stored.body), origin),
        )
    library.close()

    flags = {}
    for article_id in (typed_id, ai_id):
        assert main(["--library", str(path), "check", str(article_id), "--json"]) == Exit.OK
        data = json.loads(capsys.readouterr().out)
        assert CONTRACT - {"id"} <= set(data)
        flags[article_id] = data["flag"]
    assert flags[ai_id] == "ai_only"
    assert flags[typed_id] != "ai_only"
    # The same text from a file has no record: style alone does not call it AI-only.
    doc = tmp_path / "same.txt"
    doc.write_text(texts.EN_HUMAN, encoding="utf-8")
    assert main(["--library", str(path), "check", str(doc), "--json"]) == Exit.OK
    assert json.loads(capsys.readouterr().out)["flag"] != "ai_only"


def test_checklist_snapshots_kept_with_reviews_can_be_read(tmp_path: Path, capsys) -> None:
    """Snapshots were kept with each review but nothing showed them."""
    lib = str(tmp_path / "lib.qalam")
    src = tmp_path / "a.jsonl"
    src.write_text(json.dumps({"id": "x", "text": texts.EN_MACHINE}) + "\n", encoding="utf-8")
    assert main(["--library", lib, "import", str(src)]) == Exit.OK
    assert main(["--library", lib, "checklist", "1", "--snapshots"]) == Exit.OK
    captured = capsys.readouterr()
    assert "No checklist has been kept" in captured.err
    assert main(["--library", lib, "checklist", "1", "--tick", "proofread", "--by", "Mona"]) == 0
    assert main(["--library", lib, "checklist", "1", "--snapshot", "--review", "3"]) == Exit.OK
    capsys.readouterr()
    assert main(["--library", lib, "checklist", "1", "--snapshots", "--json"]) == Exit.OK
    data = json.loads(capsys.readouterr().out)
    [kept] = data["snapshots"]
    assert kept["review"] == 3 and kept["result"]["flag"] == "ai_only"
    assert {i["id"]: i["state"] for i in kept["items"]}["proofread"] == "pass"
    assert main(["--library", lib, "checklist", "1", "--snapshots", "--messages", "ar"]) == 0
    report = capsys.readouterr().out
    assert "(review 3," in report and "✓ تمت المراجعة اللغوية" in report
