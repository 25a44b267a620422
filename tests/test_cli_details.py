"""`qalam update` changing an article's author, client, tags and target length."""

import json
from pathlib import Path

import pytest

from studio.cli import Exit, main


@pytest.fixture
def lib(tmp_path: Path, capsys) -> Path:
    corpus = tmp_path / "in.jsonl"
    row = {"id": "a-1", "title": "Pricing", "text": "Count the words first.", "author": "Omar"}
    corpus.write_text(json.dumps(row) + "\n", "utf-8")
    path = tmp_path / "cli.qalam"
    assert main(["--library", str(path), "import", str(corpus)]) == Exit.OK
    capsys.readouterr()
    return path


def _show(lib: Path, capsys) -> dict:
    assert main(["--library", str(lib), "show", "1", "--json"]) == Exit.OK
    return json.loads(capsys.readouterr().out)


def test_update_sets_details_and_says_what_changed(lib, capsys):
    args = ["--library", str(lib), "update", "1", "--client", " مستقل ", "--author", "سارة"]
    args += ["--tag", "SEO", "--tag", "سفر", "--target-words", "1200"]
    assert main(args) == Exit.OK
    out = capsys.readouterr().out
    assert "Updated article 1 (version 2)." in out
    assert "client: (none) → مستقل" in out
    assert "author: Omar → سارة" in out
    assert "tags: (none) → SEO, سفر" in out
    assert "target words: (none) → 1200" in out
    shown = _show(lib, capsys)
    assert (shown["client"], shown["author"], shown["tags"], shown["target_words"]) == (
        "مستقل",
        "سارة",
        ["SEO", "سفر"],
        1200,
    )
    assert shown["body"] == "Count the words first."
    # The filters see it.
    assert main(["--library", str(lib), "list", "--client", "مستقل", "--json"]) == Exit.OK
    assert json.loads(capsys.readouterr().out)["id"] == 1


def test_update_clears_details_with_json_output(lib, capsys):
    main(["--library", str(lib), "update", "1", "--tag", "x", "--target-words", "500"])
    capsys.readouterr()
    args = ["--library", str(lib), "update", "1", "--no-tags", "--no-target", "--author", ""]
    assert main([*args, "--json"]) == Exit.OK
    out = json.loads(capsys.readouterr().out)
    assert out["version"] == 3
    assert (out["author"], out["tags"], out["target_words"]) == (None, [], None)
    assert out["changed"] == {
        "author": {"from": "Omar", "to": None},
        "tags": {"from": ["x"], "to": []},
        "target_words": {"from": 500, "to": None},
    }


def test_update_with_title_and_details_keeps_the_version_check(lib, capsys):
    args = ["--library", str(lib), "update", "1", "--title", "Prices", "--client", "Acme"]
    assert main([*args, "--expected-version", "1", "--json"]) == Exit.OK
    out = json.loads(capsys.readouterr().out)
    assert out["client"] == "Acme" and set(out["changed"]) == {"title", "client"}
    stale = ["--library", str(lib), "update", "1", "--client", "Other", "--expected-version", "1"]
    assert main(stale) == Exit.CONFLICT
    assert "changed elsewhere" in capsys.readouterr().err
    assert _show(lib, capsys)["client"] == "Acme"


@pytest.mark.parametrize("value", ["0", "-3", "abc", "100001", "12.5"])
def test_update_refuses_a_bad_target(lib, capsys, value):
    assert main(["--library", str(lib), "update", "1", f"--target-words={value}"]) == Exit.USAGE
    assert "--target-words must be a whole number" in capsys.readouterr().err
    assert _show(lib, capsys)["version"] == 1


def test_update_refuses_contradictions_and_nothing_to_do(lib, capsys):
    with pytest.raises(SystemExit) as stopped:
        main(["--library", str(lib), "update", "1", "--tag", "x", "--no-tags"])
    assert stopped.value.code == Exit.USAGE
    with pytest.raises(SystemExit):
        main(["--library", str(lib), "update", "1", "--target-words", "5", "--no-target"])
    capsys.readouterr()
    assert main(["--library", str(lib), "update", "1"]) == Exit.USAGE
    assert "--client" in capsys.readouterr().err
    assert main(["--library", str(lib), "update", "1", "--client", "x" * 201]) == Exit.USAGE
    assert "at most 200 characters" in capsys.readouterr().err
    assert main(["--library", str(lib), "update", "9", "--client", "Acme"]) == Exit.NOT_FOUND


def test_update_accepts_arabic_indic_digits_and_says_when_nothing_changed(lib, capsys):
    assert main(["--library", str(lib), "update", "1", "--target-words", "١٢٠٠"]) == Exit.OK
    capsys.readouterr()
    assert main(["--library", str(lib), "update", "1", "--target-words", "1200"]) == Exit.OK
    assert "already had these details (version 2)" in capsys.readouterr().out
