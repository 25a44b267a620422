"""`qalam check` on input as it really arrives: broken lines, wrong encodings, damaged or misnamed
gzip, pipes. Every readable line is answered; every unreadable one gets an error line or, when
the whole input cannot be read, a message naming it and a non-zero exit."""

from __future__ import annotations

import codecs
import gzip
import io
import json
from pathlib import Path

import pytest

from studio.cli import Exit, main
from tests.checks import texts


def _run(tmp_path: Path, *args: str) -> int:
    return main(["--library", str(tmp_path / "l.qalam"), "check", *args])


def _lines(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def _good(n: int) -> str:
    return "".join(json.dumps({"id": i, "text": f"note {i}"}) + "\n" for i in range(n))


def test_every_kind_of_bad_line_gets_a_plain_error_and_the_rest_is_checked(
    tmp_path: Path, capsys
) -> None:
    path = tmp_path / "in.jsonl"
    path.write_bytes(
        b'{"id": 1, "text": "fine"}\n'
        b"{broken\n"
        b'{"id": 3}\n'
        b'{"id": 4, "text": 5}\n'
        b"[1, 2]\n"
        b"null\n"
        b'{"id": 7, "text": "caf\xe9"}\n'
        b'{"id": 8, "text": "also fine"}\n'
    )
    assert _run(tmp_path, "--jsonl", str(path)) == Exit.FAILED
    out = _lines(capsys.readouterr().out)
    assert [o.get("line") for o in out] == [None, 2, 3, 4, 5, 6, 7, None]
    assert [o["id"] for o in out] == [1, None, 3, 4, None, None, None, 8]
    errors = [o["error"] for o in out if "error" in o]
    assert errors == [
        "The line is not valid JSON: Expecting property name enclosed in double quotes (column 2)",
        'The line has no "text" field.',
        'The field "text" must be text.',
        'The line must be a JSON object with a "text" field.',
        'The line must be a JSON object with a "text" field.',
        "The line is not valid UTF-8 text (byte 23).",
    ]
    assert out[-1]["flag"] == "too_short"


@pytest.mark.parametrize("bom", [codecs.BOM_UTF8, codecs.BOM_UTF16_LE])
def test_a_file_with_a_byte_order_mark_loses_no_line(tmp_path: Path, capsys, bom: bytes) -> None:
    # Notepad writes the UTF-8 mark; PowerShell's `>` writes UTF-16 with its mark.
    payload = json.dumps({"id": "ar", "text": texts.AR_MACHINE}, ensure_ascii=False) + "\n"
    payload += _good(2)
    codec = "utf-16-le" if bom == codecs.BOM_UTF16_LE else "utf-8"
    path = tmp_path / "in.jsonl"
    path.write_bytes(bom + payload.encode(codec))
    assert _run(tmp_path, "--jsonl", str(path)) == Exit.OK
    out = _lines(capsys.readouterr().out)
    assert [o["id"] for o in out] == ["ar", 0, 1]
    assert out[0]["flag"] == "ai_only"


def test_gzip_damaged_part_way_keeps_what_came_before_and_says_where(
    tmp_path: Path, capsys
) -> None:
    whole = gzip.compress(_good(3000).encode())
    path = tmp_path / "in.jsonl.gz"
    path.write_bytes(whole[: len(whole) // 2])
    assert _run(tmp_path, "--jsonl", str(path)) == Exit.FAILED
    out = _lines(capsys.readouterr().out)
    assert len(out) > 100
    assert [o["id"] for o in out[:-1]] == list(range(len(out) - 1))
    assert out[-1]["line"] == len(out) and out[-1]["id"] is None
    assert out[-1]["error"].startswith("The compressed file is damaged, so reading stopped here")


def test_a_gz_that_is_not_gzip_is_refused_whole(tmp_path: Path, capsys) -> None:
    path = tmp_path / "in.jsonl.gz"
    path.write_bytes(b"\x83s this is not gzip at all\n")
    # Reported as a file that cannot be read is: "qalam: WHY: FILE", exit status 1.
    assert _run(tmp_path, "--jsonl", str(path)) == Exit.FAILED
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == (f"qalam: the file is named .gz but is not gzip-compressed: {path}\n")


def test_a_broken_utf16_line_costs_that_line_only(tmp_path: Path, capsys) -> None:
    path = tmp_path / "in.jsonl"
    good = _good(3).encode("utf-16-le")
    rest = _good(2).encode("utf-16-le")
    path.write_bytes(codecs.BOM_UTF16_LE + good + b"\x00\xd8" + rest)
    assert _run(tmp_path, "--jsonl", str(path)) == Exit.FAILED
    out = _lines(capsys.readouterr().out)
    assert [o["id"] for o in out] == [0, 1, 2, None, 1]
    assert out[3] == {"id": None, "line": 4, "error": "The line is not valid UTF-16 text (byte 1)."}


def test_gzip_without_the_gz_name_still_reads(tmp_path: Path, capsys) -> None:
    path = tmp_path / "in.jsonl"
    path.write_bytes(gzip.compress(_good(3).encode()))
    assert _run(tmp_path, "--jsonl", str(path)) == Exit.OK
    assert [o["id"] for o in _lines(capsys.readouterr().out)] == [0, 1, 2]


def test_missing_and_empty_inputs(tmp_path: Path, capsys) -> None:
    assert _run(tmp_path, "--jsonl", str(tmp_path / "none.jsonl")) == Exit.FAILED
    assert "No such file or directory" in capsys.readouterr().err
    empty = tmp_path / "empty.jsonl"
    empty.write_bytes(b"")
    assert _run(tmp_path, "--jsonl", str(empty)) == Exit.OK
    assert capsys.readouterr().out == ""


class _Stdin(io.TextIOWrapper):
    """Standard input as a terminal or pipe gives it: text over raw bytes."""

    def __init__(self, data: bytes) -> None:
        super().__init__(io.BufferedReader(io.BytesIO(data)), encoding="utf-8")


def test_jsonl_from_standard_input_plain_and_gzip(tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.setattr("sys.stdin", _Stdin(_good(2).encode()))
    assert _run(tmp_path, "--jsonl", "-") == Exit.OK
    assert [o["id"] for o in _lines(capsys.readouterr().out)] == [0, 1]
    monkeypatch.setattr("sys.stdin", _Stdin(gzip.compress(_good(3).encode())))
    assert _run(tmp_path, "--jsonl", "-") == Exit.OK
    assert [o["id"] for o in _lines(capsys.readouterr().out)] == [0, 1, 2]


@pytest.mark.parametrize("codec", ["cp1256", "utf-16"])
def test_standard_input_in_an_arabic_windows_encoding_is_read_as_a_file_is(
    tmp_path: Path, capsys, monkeypatch, codec: str
) -> None:
    monkeypatch.setattr("sys.stdin", _Stdin(texts.AR_MACHINE.encode(codec)))
    assert _run(tmp_path, "-", "--json") == Exit.OK
    data = json.loads(capsys.readouterr().out)
    assert data["lang"] == "ar" and data["flag"] == "ai_only"


def test_standard_input_that_is_not_text_is_refused(tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.setattr("sys.stdin", _Stdin(bytes(range(256)) * 4))
    assert _run(tmp_path, "-") == Exit.USAGE
    assert "standard input: Could not tell the encoding" in capsys.readouterr().err


def test_a_reader_that_stops_early_gets_no_error_message(tmp_path: Path) -> None:
    """`qalam check --jsonl big.jsonl | head -1` printed "qalam: Broken pipe:"."""
    import subprocess
    import sys

    path = tmp_path / "in.jsonl"
    path.write_text(_good(20_000), encoding="utf-8")
    command = [sys.executable, "-m", "studio.cli", "--library", str(tmp_path / "l.qalam")]
    process = subprocess.Popen(
        [*command, "check", "--jsonl", str(path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None and process.stderr is not None
    first = process.stdout.readline()
    process.stdout.close()
    errors = process.stderr.read()
    assert process.wait(timeout=120) == Exit.FAILED
    assert json.loads(first)["id"] == 0
    assert errors == b""
