"""`qalam trash`: the Trash's command-line contract, and the read commands leaving trashed
articles out."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from studio.cli import Exit, main
from studio.library import ArticleDraft, Library
from tests.similar.report_library import fill_report_library
from tests.similar.texts import AR_MARKET


@pytest.fixture
def lib_path(tmp_path: Path) -> Path:
    return tmp_path / "trash.qalam"


def _fill(path: Path) -> list[int]:
    with Library.open(path) as lib:
        return lib.add_articles(
            [
                ArticleDraft(title="سوق النحاسين", body="سوق النحاسين مزدحم دائما.", author="ليلى"),
                ArticleDraft(title="Copper market", body="The copper market is crowded."),
                ArticleDraft(title="الواحات", body="واحة سيوة بعيدة وهادئة."),
            ]
        ).imported


def _run(path: Path, *argv: str) -> int:
    return main(["--library", str(path), *argv])


def _json_lines(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def _report_ids(text: str) -> set[int]:
    report = _json_lines(text)[0]
    return {p[side]["article_id"] for p in report["pairs"] for side in ("first", "second")}


def test_trash_list_and_restore(lib_path: Path, capsys) -> None:
    ids = _fill(lib_path)
    assert _run(lib_path, "trash", str(ids[0]), str(ids[1])) == Exit.OK
    out = capsys.readouterr().out
    assert "Moved 2 articles to the Trash" in out and f"--restore {ids[0]} {ids[1]}" in out

    assert _run(lib_path, "list", "--json") == Exit.OK
    assert [r["id"] for r in _json_lines(capsys.readouterr().out)] == [ids[2]]
    assert _run(lib_path, "search", "النحاسين", "--json") == Exit.OK
    assert _json_lines(capsys.readouterr().out) == []

    assert _run(lib_path, "trash", "--list", "--json") == Exit.OK
    listed = _json_lines(capsys.readouterr().out)
    assert {r["id"] for r in listed} == {ids[0], ids[1]}
    assert all(
        {"id", "external_id", "title", "status", "words", "trashed_at"} <= r.keys() for r in listed
    )
    assert _run(lib_path, "trash", "--list") == Exit.OK
    assert "سوق النحاسين" in capsys.readouterr().out

    # Already there: said, not an error.
    assert _run(lib_path, "trash", str(ids[0]), "--json") == Exit.OK
    assert _json_lines(capsys.readouterr().out) == [{"trashed": [], "already_in_trash": [ids[0]]}]

    assert _run(lib_path, "trash", "--restore", str(ids[0]), "--json") == Exit.OK
    assert _json_lines(capsys.readouterr().out) == [{"restored": [ids[0]], "not_in_trash": []}]
    assert _run(lib_path, "show", str(ids[1])) == Exit.OK
    assert "in the Trash" in capsys.readouterr().out
    assert _run(lib_path, "info", "--json") == Exit.OK
    info = _json_lines(capsys.readouterr().out)[0]
    assert info["articles"] == 2 and info["trashed"] == 1


def test_deleting_for_good_needs_yes_and_only_takes_trashed_articles(lib_path, capsys) -> None:
    ids = _fill(lib_path)
    # Not in the Trash: refused, nothing deleted.
    assert _run(lib_path, "trash", "--purge", str(ids[0]), "--yes") == Exit.REFUSED
    assert "not in the Trash" in capsys.readouterr().err
    _run(lib_path, "trash", str(ids[0]), str(ids[1]))
    capsys.readouterr()
    # Without --yes: refused with a clear message, nothing deleted.
    assert _run(lib_path, "trash", "--purge", str(ids[0])) == Exit.REFUSED
    assert "add --yes" in capsys.readouterr().err
    assert _run(lib_path, "trash", "--empty") == Exit.REFUSED
    err = capsys.readouterr().err
    assert "2 articles" in err and "add --yes" in err
    with Library.open(lib_path) as lib:
        assert lib.trash_count() == 2

    assert _run(lib_path, "trash", "--purge", str(ids[0]), "--yes", "--json") == Exit.OK
    assert _json_lines(capsys.readouterr().out) == [{"deleted": [ids[0]]}]
    assert _run(lib_path, "show", str(ids[0])) == Exit.NOT_FOUND
    capsys.readouterr()
    assert _run(lib_path, "trash", "--empty", "--yes") == Exit.OK
    assert "1 article deleted for good" in capsys.readouterr().out
    with Library.open(lib_path) as lib:
        assert lib.trash_count() == 0 and lib.count() == 1


def test_wrong_ids_and_arguments_change_nothing(lib_path, capsys) -> None:
    ids = _fill(lib_path)
    assert _run(lib_path, "trash", str(ids[0]), "9999") == Exit.NOT_FOUND
    assert "9999" in capsys.readouterr().err
    with Library.open(lib_path) as lib:
        assert lib.trash_count() == 0
    assert _run(lib_path, "trash") == Exit.USAGE
    assert _run(lib_path, "trash", "--list", str(ids[0])) == Exit.USAGE
    with pytest.raises(SystemExit):  # argparse: one action at a time
        _run(lib_path, "trash", "--restore", "--purge", str(ids[0]))


def test_similar_and_reuse_report_leave_trashed_articles_out(tmp_path, capsys) -> None:
    path = tmp_path / "reuse.qalam"
    with Library.open(path) as lib:
        ids = fill_report_library(lib)
    assert main(["--library", str(path), "reuse-report", "--json"]) == Exit.OK
    assert ids["ar_source"] in _report_ids(capsys.readouterr().out)
    query = tmp_path / "q.txt"
    query.write_text(AR_MARKET, "utf-8")
    assert main(["--library", str(path), "similar", str(query), "--json"]) == Exit.OK
    assert ids["ar_source"] in {
        r["article_id"] for r in _json_lines(capsys.readouterr().out)[0]["results"]
    }

    assert main(["--library", str(path), "trash", str(ids["ar_source"])]) == Exit.OK
    capsys.readouterr()
    assert main(["--library", str(path), "reuse-report", "--json"]) == Exit.OK
    assert ids["ar_source"] not in _report_ids(capsys.readouterr().out)
    assert main(["--library", str(path), "similar", str(query), "--json"]) == Exit.OK
    found = _json_lines(capsys.readouterr().out)[0]["results"]
    assert ids["ar_source"] not in {r["article_id"] for r in found}
