import json
import subprocess
import sys
from pathlib import Path

import pytest

from studio.cli import Exit, main


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    path = tmp_path / "in.jsonl"
    rows = [
        {
            "id": "a-1",
            "title": "الكتابة للويب",
            "text": "يقرأ الناسُ على الهاتف فقرات قصيرة.",
            "category": "tech",
        },
        {"id": "a-2", "title": "Pricing", "text": "Count the words first.", "author": "Omar"},
    ]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", "utf-8")
    return path


def _json_lines(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def test_import_list_search_show_info(tmp_path, corpus, capsys):
    lib = tmp_path / "cli.qalam"
    assert main(["--library", str(lib), "import", str(corpus)]) == Exit.OK
    assert "Imported 2" in capsys.readouterr().out

    # --library is accepted after the sub-command too.
    assert main(["list", "--json", "--library", str(lib)]) == Exit.OK
    rows = _json_lines(capsys.readouterr().out)
    assert {r["external_id"] for r in rows} == {"a-1", "a-2"}
    assert all({"id", "external_id", "title", "status", "words"} <= r.keys() for r in rows)

    assert main(["--library", str(lib), "search", "الناس", "--json"]) == Exit.OK
    (hit,) = _json_lines(capsys.readouterr().out)
    assert hit["external_id"] == "a-1"
    assert "الناسُ" in hit["snippet"]

    assert main(["--library", str(lib), "show", str(hit["id"]), "--json"]) == Exit.OK
    shown = json.loads(capsys.readouterr().out)
    assert shown["body"] == "يقرأ الناسُ على الهاتف فقرات قصيرة."
    assert shown["tags"] == ["tech"]

    assert main(["--library", str(lib), "info", "--json"]) == Exit.OK
    info = json.loads(capsys.readouterr().out)
    assert info["articles"] == 2
    assert info["by_lang"] == {"ar": 1, "en": 1}


def test_update_records_a_revision_and_detects_conflicts(tmp_path, corpus, capsys):
    lib = tmp_path / "cli.qalam"
    main(["--library", str(lib), "import", str(corpus)])
    capsys.readouterr()
    new_body = tmp_path / "body.md"
    new_body.write_text("نصٌّ جديد تماماً", "utf-8")
    args = ["--library", str(lib), "update", "1", "--body-file", str(new_body)]
    assert main([*args, "--expected-version", "1", "--json"]) == Exit.OK
    assert json.loads(capsys.readouterr().out)["version"] == 2
    assert main([*args, "--expected-version", "1"]) == Exit.CONFLICT
    assert "changed elsewhere" in capsys.readouterr().err
    main(["--library", str(lib), "show", "1", "--json"])
    shown = json.loads(capsys.readouterr().out)
    assert shown["body"] == "نصٌّ جديد تماماً"
    assert shown["revisions"] == 2


def test_errors_have_meaningful_exit_codes(tmp_path, capsys):
    lib = tmp_path / "cli.qalam"
    assert main(["--library", str(lib), "show", "42"]) == Exit.NOT_FOUND
    assert "no article with id 42" in capsys.readouterr().err
    not_library = tmp_path / "notes.txt"
    not_library.write_text("hello", "utf-8")
    assert main(["--library", str(not_library), "list"]) == Exit.LIBRARY
    err = capsys.readouterr().err
    assert "not a Qalam library" in err
    assert "Traceback" not in err
    assert not_library.read_text("utf-8") == "hello"
    assert main(["--library", str(lib), "list", "--status", "nonsense"]) == Exit.USAGE


def test_visual_output_reorders_arabic_for_dumb_terminals(tmp_path, corpus, capsys):
    lib = tmp_path / "cli.qalam"
    main(["--library", str(lib), "import", str(corpus)])
    capsys.readouterr()
    main(["--library", str(lib), "list", "--visual"])
    visual = capsys.readouterr().out
    main(["--library", str(lib), "list"])
    logical = capsys.readouterr().out
    assert "الكتابة للويب" in logical
    assert "الكتابة للويب" not in visual
    # Shaped presentation forms (U+FE70-U+FEFF) appear only in the visual output.
    assert any("\ufe70" <= ch <= "\ufeff" for ch in visual)


def test_python_dash_m_studio_runs(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "studio", "--version"], capture_output=True, text=True, check=True
    )
    assert done.stdout.startswith("Qalam Studio ")


def test_without_a_display_the_window_command_explains_instead_of_aborting(monkeypatch, capsys):
    monkeypatch.setattr(sys, "platform", "linux")
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    assert main([]) == Exit.FAILED
    assert "no graphical display" in capsys.readouterr().err


def test_spell_lists_unknown_words_outside_code_with_offsets_and_suggestions(tmp_path, capsys):
    text = "كتبت الكتاابة عن المدينة for the clinet.\n\n```\nconfigg\n```\n"
    source = tmp_path / "draft.md"
    source.write_text(text, encoding="utf-8")
    lib = str(tmp_path / "lib.qalam")
    assert main(["--library", lib, "spell", str(source), "--json"]) == Exit.OK
    words = json.loads(capsys.readouterr().out)["words"]
    assert [(w["word"], w["lang"]) for w in words] == [("الكتاابة", "ar"), ("clinet", "en")]
    assert [text[w["start"] : w["end"]] for w in words] == ["الكتاابة", "clinet"]
    assert words[0]["suggestions"][0] == "الكتابة" and "client" in words[1]["suggestions"]
