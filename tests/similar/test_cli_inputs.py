"""`qalam similar` and `qalam reuse-report` on the inputs scripts and writers really give them:
broken JSON lines, other encodings, damaged archives, stdin, unknown ids and a library another
process is writing to. Each gets a clear answer, and no line around a bad one is lost."""

from __future__ import annotations

import gzip
import io
import json
import sqlite3
from pathlib import Path

import pytest

from studio.cli import Exit, main
from studio.importers.errors import (
    DAMAGED_ARCHIVE,
    FIELD_NOT_TEXT,
    LINE_NOT_UTF8,
    MISSING_TEXT,
    NOT_AN_OBJECT,
)
from studio.library import ArticleDraft, Library, engine
from tests.similar.texts import AR_FILLER, AR_MARKET, AR_SOURCE, EN_SOURCE


@pytest.fixture
def path(library: Library) -> Path:
    library.add_articles(
        [
            ArticleDraft(title="السوق", body=AR_SOURCE, external_id="ar-1"),
            ArticleDraft(title="Libraries", body=EN_SOURCE, external_id="en-1"),
        ]
    )
    where = library.path
    library.close()
    return where


def _similar(path: Path, *args: str) -> int:
    return main(["--library", str(path), "similar", *args])


def _lines(capsys) -> list[dict]:
    return [json.loads(x) for x in capsys.readouterr().out.splitlines()]


QUERY = AR_FILLER + "\n\n" + AR_MARKET


def _good(id_: object) -> bytes:
    return json.dumps({"id": id_, "text": QUERY}, ensure_ascii=False).encode() + b"\n"


def test_each_broken_line_gets_its_own_error_and_the_others_are_answered(path, tmp_path, capsys):
    queries = tmp_path / "q.jsonl"
    queries.write_bytes(
        _good("first")
        + b"{broken\n"
        + b'{"id": "no-text"}\n'
        + b'{"id": "number", "text": 5}\n'
        + b"[1, 2]\n"
        + b"\n"
        + _good("last")
    )
    assert _similar(path, "--jsonl", str(queries)) == Exit.FAILED
    lines = _lines(capsys)
    assert [x["id"] for x in lines] == ["first", None, "no-text", "number", None, "last"]
    assert lines[0]["results"] and lines[-1]["results"]
    # The importer's words for a bad line (the same in `qalam check --jsonl` and `qalam import`).
    assert [x.get("error") for x in lines[2:5]] == [
        "line 3: " + MISSING_TEXT,
        "line 4: " + FIELD_NOT_TEXT.format(field="text"),
        "line 5: " + NOT_AN_OBJECT,
    ]
    assert lines[1]["error"].startswith("line 2: ") and lines[1]["results"] == []


def test_a_line_in_another_encoding_loses_no_line_around_it(path, tmp_path, capsys):
    queries = tmp_path / "q.jsonl"
    windows = json.dumps({"id": "w", "text": AR_MARKET}, ensure_ascii=False).encode("cp1256")
    queries.write_bytes(_good("before") + windows + b"\n" + _good("after"))
    assert _similar(path, "--jsonl", str(queries)) == Exit.FAILED
    lines = _lines(capsys)
    assert [x["id"] for x in lines] == ["before", None, "after"]
    assert lines[1]["error"].startswith("line 2: " + LINE_NOT_UTF8.split("{")[0])
    assert lines[0]["results"] and lines[2]["results"]


def test_files_saved_by_notepad_are_read(path, tmp_path, capsys):
    with_bom = tmp_path / "bom.jsonl"
    with_bom.write_bytes(b"\xef\xbb\xbf" + _good("bom"))
    utf16 = tmp_path / "utf16.jsonl"
    utf16.write_bytes((_good("u1") + _good("u2")).decode().replace("\n", "\r\n").encode("utf-16"))
    assert _similar(path, "--jsonl", str(with_bom)) == Exit.OK
    [line] = _lines(capsys)
    assert line["id"] == "bom" and line["results"][0]["external_id"] == "ar-1"
    assert _similar(path, "--jsonl", str(utf16)) == Exit.OK
    lines = _lines(capsys)
    assert [x["id"] for x in lines] == ["u1", "u2"]
    assert all(x["results"][0]["external_id"] == "ar-1" for x in lines)


def test_a_damaged_or_misnamed_archive_is_named_after_the_lines_it_held(path, tmp_path, capsys):
    whole = gzip.compress(b"".join(_good(n) for n in range(200)))
    cut = tmp_path / "cut.jsonl.gz"
    cut.write_bytes(whole[: len(whole) // 2])
    assert _similar(path, "--jsonl", str(cut)) == Exit.FAILED
    captured = capsys.readouterr()
    *answered, last = [json.loads(x) for x in captured.out.splitlines()]
    # What was readable, in order, then a line saying where reading stopped.
    assert [x["id"] for x in answered] == list(range(len(answered))) and answered
    assert last["id"] is None and last["results"] == []
    assert last["error"].startswith(f"line {len(answered) + 1}: ")
    assert DAMAGED_ARCHIVE.split("{")[0] in last["error"]
    fake = tmp_path / "fake.jsonl.gz"
    fake.write_bytes(_good("plain"))
    assert _similar(path, "--jsonl", str(fake)) == Exit.FAILED
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "not gzip-compressed" in captured.err and str(fake) in captured.err


def test_empty_input_and_unknown_id(path, tmp_path, capsys):
    empty = tmp_path / "empty.jsonl"
    empty.write_bytes(b"")
    assert _similar(path, "--jsonl", str(empty)) == Exit.OK
    assert capsys.readouterr().out == ""
    assert _similar(path, "999999") == Exit.NOT_FOUND
    assert "There is no article with id 999999" in capsys.readouterr().err


@pytest.mark.parametrize("encoding", ["cp1256", "utf-16"])
def test_stdin_in_another_encoding_is_read_as_a_file_would_be(path, capsys, monkeypatch, encoding):
    data = QUERY.encode(encoding)
    # As a terminal hands it over: bytes under a text stream in the locale's encoding.
    stdin = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8", errors="surrogateescape")
    monkeypatch.setattr("sys.stdin", stdin)
    assert _similar(path, "-", "--json") == Exit.OK
    out = json.loads(capsys.readouterr().out)
    assert out["results"][0]["external_id"] == "ar-1" and out["results"][0]["passages"]


def test_stdin_that_is_not_text_is_refused_plainly(path, capsys, monkeypatch):
    stdin = io.TextIOWrapper(io.BytesIO(bytes(range(256)) * 20), encoding="utf-8")
    monkeypatch.setattr("sys.stdin", stdin)
    assert _similar(path, "-") == Exit.USAGE
    assert capsys.readouterr().err.startswith("qalam: stdin: ")


def test_a_library_another_process_is_writing_is_busy_and_nothing_is_lost(
    path, capsys, monkeypatch
):
    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 100)
    with Library.open(path) as lib:
        [article] = [a for a in lib.list() if a.title == "Libraries"]
        lib.update(article.id, body=EN_SOURCE + "\n\nA new closing paragraph.")
    writer = sqlite3.connect(path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    try:
        assert _similar(path, str(article.id)) == Exit.BUSY
        assert "busy" in capsys.readouterr().err
        assert main(["--library", str(path), "reuse-report", "--json"]) == Exit.BUSY
        assert "busy" in capsys.readouterr().err
    finally:
        writer.rollback()
        writer.close()
    # Once the other program is done, both answer as usual.
    assert main(["--library", str(path), "reuse-report", "--json"]) == Exit.OK
    assert json.loads(capsys.readouterr().out)["articles"] == 2
    assert _similar(path, str(article.id), "--json") == Exit.OK


def test_a_negative_limit_is_refused_plainly(path, capsys):
    assert _similar(path, "1", "--limit", "-1") == Exit.USAGE
    err = capsys.readouterr().err
    assert err == "qalam similar: --limit is a number of results (0 or more)\n"
