"""`qalam backup` and `qalam restore BACKUP`, including on a library too damaged to open."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from studio.cli import Exit, main
from studio.library import Library
from studio.library import backups as bk
from tests.library.backup_helpers import damage, make_library


def _lines(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def test_backup_list_and_restore_with_yes(tmp_path: Path, capsys) -> None:
    lib = make_library(tmp_path / "work.qalam", ["الأولى", "Second"])
    assert main(["--library", str(lib), "backup", "--json"]) == Exit.OK
    made = json.loads(capsys.readouterr().out)
    assert made["articles"] == 2 and made["usable"] and Path(made["path"]).is_file()
    assert made["kind"] == "manual" and made["created"].endswith("Z")

    with Library.open(lib) as opened:
        opened.new_draft("After the backup", "en")
    assert main(["backup", "--list", "--library", str(lib)]) == Exit.OK
    listed = capsys.readouterr().out
    assert made["name"] in listed and "2 articles" in " ".join(listed.split())
    assert "الأولى" in listed

    assert main(["--library", str(lib), "restore", made["name"], "--yes", "--json"]) == Exit.OK
    outcome = json.loads(capsys.readouterr().out)
    assert outcome["backup"]["articles"] == 2
    assert Path(outcome["safety_backup"]).is_file() and outcome["damaged_kept"] == []
    assert main(["--library", str(lib), "list", "--json"]) == Exit.OK
    assert sorted(r["title"] for r in _lines(capsys.readouterr().out)) == ["Second", "الأولى"]


def test_restore_asks_first_and_a_no_changes_nothing(tmp_path: Path, capsys, monkeypatch) -> None:
    lib = make_library(tmp_path / "work.qalam", ["One"])
    summary = bk.create_backup(lib)
    with Library.open(lib) as opened:
        opened.new_draft("Kept", "en")
    monkeypatch.setattr("sys.stdin", io.StringIO("n\n"))
    assert main(["--library", str(lib), "restore", str(summary.path)]) == Exit.CANCELLED
    captured = capsys.readouterr()
    assert "1 articles" in " ".join(captured.out.split()) and "[y/N]" in captured.err
    with Library.open(lib) as opened:
        assert opened.count() == 2
    monkeypatch.setattr("sys.stdin", io.StringIO("y\n"))
    assert main(["--library", str(lib), "restore", "latest"]) == Exit.OK
    assert "Restored" in capsys.readouterr().out
    with Library.open(lib) as opened:
        assert [row.title for row in opened.list()] == ["One"]


def test_a_damaged_library_is_recovered_from_the_command_line(tmp_path: Path, capsys) -> None:
    lib = make_library(tmp_path / "work.qalam", [f"Article {i}" for i in range(60)])
    assert main(["--library", str(lib), "backup"]) == Exit.OK
    damage(lib)
    capsys.readouterr()
    assert main(["--library", str(lib), "list"]) == Exit.LIBRARY
    assert "qalam restore latest" in capsys.readouterr().err
    # A damaged library is never backed up, but its backups can still be listed.
    assert main(["--library", str(lib), "backup"]) == Exit.LIBRARY
    assert main(["--library", str(lib), "backup", "--list", "--json"]) == Exit.OK
    assert [b["usable"] for b in _lines(capsys.readouterr().out)] == [True]
    assert main(["--library", str(lib), "restore", "latest", "--yes", "--json"]) == Exit.OK
    outcome = json.loads(capsys.readouterr().out)
    assert outcome["safety_backup"] is None
    kept = Path(outcome["damaged_kept"][0])
    assert kept.name.startswith("work.damaged-") and kept.suffix == ".qalam"
    assert main(["--library", str(lib), "info", "--json"]) == Exit.OK
    assert json.loads(capsys.readouterr().out)["articles"] == 60


def test_restoring_what_is_not_there(tmp_path: Path, capsys) -> None:
    lib = make_library(tmp_path / "work.qalam", ["One"])
    assert main(["--library", str(lib), "restore", "latest", "--yes"]) == Exit.NOT_FOUND
    assert main(["--library", str(lib), "restore", "nope.qalam-backup", "--yes"]) == Exit.NOT_FOUND
    bogus = tmp_path / "bogus.qalam-backup"
    bogus.write_bytes(b"not a database at all")
    assert main(["--library", str(lib), "restore", str(bogus), "--yes"]) == Exit.LIBRARY
    assert "Nothing was changed" in capsys.readouterr().err


def test_the_revision_form_of_restore_is_unchanged(tmp_path: Path, capsys) -> None:
    lib = make_library(tmp_path / "work.qalam", ["One"])
    assert main(["--library", str(lib), "restore", "1", "999"]) == Exit.NOT_FOUND
    with pytest.raises(SystemExit):
        main(["--library", str(lib), "restore", "1", "x"])
    assert main(["--library", str(lib), "restore", "one", "2"]) == Exit.USAGE


def test_the_retention_policy_is_set_from_the_command_line(tmp_path: Path, capsys) -> None:
    lib = make_library(tmp_path / "work.qalam", ["One"])
    assert main(["--library", str(lib), "backup", "--keep-daily", "3", "--json"]) == Exit.OK
    assert json.loads(capsys.readouterr().out) == {"daily": 3, "weekly": 4}
    assert bk.load_policy(lib) == bk.RetentionPolicy(daily=3, weekly=4)
    assert main(["--library", str(lib), "backup", "--keep-daily", "0"]) == Exit.USAGE


def test_backing_up_a_library_that_is_not_there(tmp_path: Path, capsys) -> None:
    assert main(["--library", str(tmp_path / "typo.qalam"), "backup"]) == Exit.LIBRARY
    assert "There is no library at" in capsys.readouterr().err
    gone = tmp_path / "usb" / "work.qalam"
    assert main(["--library", str(gone), "backup"]) == Exit.LIBRARY
    assert "cannot be reached" in capsys.readouterr().err
