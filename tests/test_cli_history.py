import json

from studio.cli import Exit, main


def _lines(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def test_history_show_authorship_diff_and_restore(tmp_path, capsys):
    lib = str(tmp_path / "h.qalam")
    source = tmp_path / "a.md"
    source.write_text("# عنوان\n\nالكتابة مهنة قديمة.\n", "utf-8")
    assert main(["--library", lib, "import", str(source)]) == Exit.OK
    capsys.readouterr()
    assert main(["--library", lib, "history", "1", "--json"]) == Exit.OK
    assert _lines(capsys.readouterr().out) == []

    changed = tmp_path / "b.md"
    changed.write_text("الكتابة مهنة قديمة جدا.\n", "utf-8")
    assert main(["--library", lib, "update", "1", "--body-file", str(changed)]) == Exit.OK
    capsys.readouterr()
    assert main(["--library", lib, "history", "1", "--json"]) == Exit.OK
    revisions = _lines(capsys.readouterr().out)
    assert [r["reason"] for r in revisions] == ["update", "original"]
    assert {"id", "created", "reason", "words", "title"} <= revisions[0].keys()

    assert main(["--library", lib, "show", "1", "--authorship", "--json"]) == Exit.OK
    data = json.loads(capsys.readouterr().out)
    assert data["id"] == 1
    assert sum(data["summary"].values()) == 1.0 or abs(sum(data["summary"].values()) - 1) < 1e-5
    assert data["spans"][-1]["end"] == data["length"]
    assert "unknown" in {s["origin"] for s in data["spans"]}

    original = revisions[-1]["id"]
    assert main(["--library", lib, "diff", "1", str(original)]) == Exit.OK
    assert "{+" in capsys.readouterr().out

    assert main(["--library", lib, "restore", "1", str(original), "--json"]) == Exit.OK
    assert json.loads(capsys.readouterr().out)["version"] == 3
    assert main(["--library", lib, "restore", "1", "999"]) == Exit.NOT_FOUND
    assert (
        main(["--library", lib, "restore", "1", str(original), "--expected-version", "1"])
        == Exit.CONFLICT
    )
