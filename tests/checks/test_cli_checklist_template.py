"""`qalam checklist-template`: list, show, set from a JSON file, delete; and the checklist of an
article follows its client's template."""

from __future__ import annotations

import json
from pathlib import Path

from studio.cli import Exit, main
from tests.checks import texts


def _library(tmp_path: Path, capsys) -> str:
    lib = str(tmp_path / "lib.qalam")
    src = tmp_path / "a.jsonl"
    rows = [
        {"id": "a", "text": texts.EN_HUMAN, "client": "Acme"},
        {"id": "b", "text": texts.EN_NONNATIVE_ESSAY, "client": "Zed"},
    ]
    src.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    assert main(["--library", lib, "import", str(src)]) == Exit.OK
    capsys.readouterr()
    return lib


def test_round_trip_a_clients_template(tmp_path: Path, capsys) -> None:
    lib = _library(tmp_path, capsys)
    cmd = ["--library", lib, "checklist-template"]
    assert main([*cmd, "show", "--json"]) == Exit.OK
    shown = json.loads(capsys.readouterr().out)
    assert shown["client"] is None and len(shown["items"]) == 10

    # Acme's editors drop the rhythm item and add one of their own, in Arabic too.
    shown["items"] = [i for i in shown["items"] if i["id"] != "varied_rhythm"]
    shown["items"].insert(
        0,
        {
            "id": "quotes",
            "kind": "manual",
            "label_en": "Quotes checked",
            "label_ar": "الاقتباسات مدققة",
        },
    )
    path = tmp_path / "acme.json"
    path.write_text(json.dumps(shown, ensure_ascii=False), encoding="utf-8")
    assert main([*cmd, "set", "--client", "Acme", str(path)]) == Exit.OK
    assert "client Acme: 10 items" in capsys.readouterr().out

    assert main([*cmd, "show", "--client", "Acme", "--json"]) == Exit.OK
    acme = json.loads(capsys.readouterr().out)
    assert acme["client"] == "Acme" and acme["items"][0]["label_ar"] == "الاقتباسات مدققة"
    assert "varied_rhythm" not in [i["id"] for i in acme["items"]]

    assert main([*cmd, "list", "--json"]) == Exit.OK
    listed = json.loads(capsys.readouterr().out)
    assert listed["clients"] == [{"client": "Acme", "items": 10}]
    assert listed["clients_on_default"] == ["Zed"]

    # The client's articles follow it; another client's do not.
    assert main(["--library", lib, "checklist", "1", "--no-reuse", "--json"]) == Exit.OK
    first = json.loads(capsys.readouterr().out)
    assert first["items"][0]["id"] == "quotes" and first["template"] == "client:Acme"
    assert main(["--library", lib, "checklist", "2", "--no-reuse", "--json"]) == Exit.OK
    assert json.loads(capsys.readouterr().out)["template"] == "default"
    # A manual item of the client's template can be ticked from the command line.
    tick = ["--library", lib, "checklist", "1", "--no-reuse", "--tick", "quotes", "--by", "Mona"]
    assert main(tick) == Exit.OK
    capsys.readouterr()

    assert main([*cmd, "delete", "--client", "Acme"]) == Exit.OK
    assert "deleted" in capsys.readouterr().out
    assert main([*cmd, "delete", "--client", "Acme"]) == Exit.NOT_FOUND
    assert "no template of its own" in capsys.readouterr().out
    assert main([*cmd, "show", "--client", "Acme", "--json"]) == Exit.OK
    assert json.loads(capsys.readouterr().out)["client"] is None


def test_set_refuses_a_bad_file_and_changes_nothing(tmp_path: Path, capsys) -> None:
    lib = _library(tmp_path, capsys)
    cmd = ["--library", lib, "checklist-template"]
    bad = tmp_path / "bad.json"
    bad.write_text('{"items": [{"id": "x", "kind": "manual", "label_en": "X"}]}', "utf-8")
    assert main([*cmd, "set", "--client", "Acme", str(bad)]) == Exit.USAGE
    assert "Arabic label" in capsys.readouterr().err
    bad.write_text("{not json", "utf-8")
    assert main([*cmd, "set", str(bad)]) == Exit.USAGE
    assert "not JSON" in capsys.readouterr().err
    assert main([*cmd, "set", str(tmp_path / "missing.json")]) == Exit.FAILED
    capsys.readouterr()
    assert main([*cmd, "list", "--json"]) == Exit.OK
    assert json.loads(capsys.readouterr().out)["clients"] == []


def test_the_default_can_be_edited_and_reset(tmp_path: Path, capsys) -> None:
    lib = _library(tmp_path, capsys)
    cmd = ["--library", lib, "checklist-template"]
    small = tmp_path / "small.json"
    small.write_text('{"items": [{"id": "original", "kind": "auto"}]}', "utf-8")
    assert main([*cmd, "set", str(small)]) == Exit.OK
    capsys.readouterr()
    assert main([*cmd, "show", "--client", "Zed", "--json"]) == Exit.OK
    assert [i["id"] for i in json.loads(capsys.readouterr().out)["items"]] == ["original"]
    assert main([*cmd, "delete", "--default"]) == Exit.OK
    capsys.readouterr()
    assert main([*cmd, "show", "--json"]) == Exit.OK
    assert len(json.loads(capsys.readouterr().out)["items"]) == 10
