"""`qalam status`, `qalam review`, `qalam comment` and the rating in `qalam show`."""

import json

import pytest

from studio.cli import Exit, main

BODY = (
    "يفتح أغلب القرّاء المقالات على هواتفهم في دقائق متفرقة من يومهم.\n\n"
    "ضع خلاصة المقال في الفقرة الأولى، ثم فصّل بعدها لمن يريد الاستزادة."
)


@pytest.fixture
def lib(tmp_path, monkeypatch):
    monkeypatch.setenv("QALAM_USER", "سلمى")
    path = tmp_path / "cli.qalam"
    source = tmp_path / "a.jsonl"
    source.write_text(json.dumps({"id": "x-1", "text": BODY}, ensure_ascii=False), "utf-8")
    assert main(["--library", str(path), "import", str(source)]) == Exit.OK
    return path


def _run(lib, *args):
    return main(["--library", str(lib), *args])


def _json(capsys):
    return [json.loads(line) for line in capsys.readouterr().out.splitlines() if line.strip()]


def test_workflow_from_the_terminal(lib, capsys):
    capsys.readouterr()
    assert _run(lib, "status", "1", "in_review", "--json") == Exit.OK
    (change,) = _json(capsys)
    assert (change["old"], change["new"], change["by"]) == ("draft", "in_review", "سلمى")

    assert _run(lib, "status", "1", "published") == Exit.REFUSED
    err = capsys.readouterr().err
    assert "cannot be moved to published" in err

    assert _run(lib, "status", "1", "changes_requested", "--by", "Omar") == Exit.REFUSED
    assert "needs a reason" in capsys.readouterr().err

    assert (
        _run(lib, "status", "1", "changes_requested", "--by", "Omar", "--reason", "أضف مصدرًا")
        == Exit.OK
    )
    capsys.readouterr()
    assert _run(lib, "status", "1", "--json") == Exit.OK
    (history,) = _json(capsys)
    assert history["status"] == "changes_requested"
    assert [h["new"] for h in history["history"]] == ["in_review", "changes_requested"]
    assert history["history"][1]["reason"] == "أضف مصدرًا"

    assert _run(lib, "status", "1", "nonsense") == Exit.USAGE


def test_reviews_and_rating_in_show(lib, capsys):
    capsys.readouterr()
    assert _run(lib, "show", "1", "--json") == Exit.OK
    (shown,) = _json(capsys)
    assert (shown["rating"], shown["review_count"]) == (None, 0)
    assert _run(lib, "show", "1") == Exit.OK
    assert "no ratings yet" in capsys.readouterr().out

    _run(lib, "status", "1", "in_review")
    capsys.readouterr()
    args = ["review", "1", "--stars", "4", "--verdict", "approve", "--reviewer", "Omar"]
    args += ["--rubric", "clarity=5", "--rubric", "brief=3", "--comment", "جيد", "--json"]
    assert _run(lib, *args) == Exit.OK
    (review,) = _json(capsys)
    assert review["rubric"] == {"brief": 3, "clarity": 5}
    assert review["status"] == "approved"
    assert _run(lib, "review", "1", "--stars", "5", "--verdict", "approve") == Exit.OK
    capsys.readouterr()

    assert _run(lib, "show", "1", "--json") == Exit.OK
    (shown,) = _json(capsys)
    assert (shown["rating"], shown["review_count"]) == (4.5, 2)
    assert _run(lib, "show", "1") == Exit.OK
    assert "4.5 out of 5 · 2 reviews" in capsys.readouterr().out
    assert _run(lib, "list", "--sort", "rating", "--json") == Exit.OK
    (row,) = _json(capsys)
    assert (row["rating"], row["review_count"]) == (4.5, 2)


@pytest.mark.parametrize(
    "bad",
    [
        ["--stars", "6", "--verdict", "approve"],
        ["--stars", "0", "--verdict", "approve"],
        ["--stars", "4", "--verdict", "approve", "--rubric", "clarity=7"],
        ["--stars", "4", "--verdict", "approve", "--rubric", "voice=3"],
    ],
)
def test_bad_reviews_are_refused_and_change_nothing(lib, capsys, bad):
    capsys.readouterr()
    assert _run(lib, "review", "1", *bad) == Exit.REFUSED
    assert capsys.readouterr().err.startswith("qalam: ")
    _run(lib, "show", "1", "--json")
    (shown,) = _json(capsys)
    assert shown["review_count"] == 0


def test_malformed_rubric_is_a_usage_error(lib, capsys):
    assert _run(lib, "review", "1", "--stars", "4", "--verdict", "approve", "--rubric", "x") == 2


def test_comments_from_the_terminal_follow_edits(lib, tmp_path, capsys):
    capsys.readouterr()
    quote = "خلاصة المقال في الفقرة الأولى"
    assert _run(lib, "comment", "add", "1", "--quote", quote, "--text", "ممتاز", "--json") == 0
    (added,) = _json(capsys)
    assert (added["anchor"], added["author"]) == ("ok", "سلمى")
    assert BODY[added["start"] : added["end"]] == quote

    assert _run(lib, "comment", "add", "1", "--quote", "ليست في النص", "--text", "؟") == (
        Exit.REFUSED
    )
    assert "does not occur" in capsys.readouterr().err

    assert _run(lib, "comment", "reply", str(added["id"]), "--text", "شكرًا") == Exit.OK
    capsys.readouterr()

    edited = "مقدمة.\n\n" + BODY.replace("في الفقرة", "في أول فقرة")
    body_file = tmp_path / "body.md"
    body_file.write_text(edited, "utf-8")
    assert _run(lib, "update", "1", "--body-file", str(body_file)) == Exit.OK
    capsys.readouterr()

    assert _run(lib, "comment", "list", "1", "--json") == Exit.OK
    (thread,) = _json(capsys)
    assert thread["anchor"] == "drifted"
    assert edited[thread["start"] : thread["end"]] == "خلاصة المقال في أول فقرة الأولى"
    assert thread["quote"] == quote
    assert [r["text"] for r in thread["replies"]] == ["شكرًا"]

    assert _run(lib, "comment", "resolve", str(added["id"])) == Exit.OK
    assert _run(lib, "comment", "list", "1", "--open", "--json") == Exit.OK
    capsys.readouterr()
    assert _run(lib, "comment", "list", "1") == Exit.OK
    assert "(resolved)" in capsys.readouterr().out
    assert _run(lib, "comment", "reopen", "999") == Exit.NOT_FOUND


def test_person_page(lib, capsys):
    _run(lib, "review", "1", "--stars", "4", "--verdict", "approve", "--reviewer", "Omar")
    capsys.readouterr()
    assert _run(lib, "person", "Omar", "--json") == Exit.OK
    (page,) = _json(capsys)
    assert (page["role"], page["articles"]) == ("editor", 0)
    assert _run(lib, "person", "Omar", "--role", "writer", "--json") == Exit.OK
    (page,) = _json(capsys)
    assert page["role"] == "writer"
    assert _run(lib, "person", "nobody") == Exit.NOT_FOUND


def test_review_keeps_the_checklist_when_asked(lib, capsys):
    checks_store = pytest.importorskip("studio.library.checks_store")
    from studio.library import Library

    capsys.readouterr()
    args = ["review", "1", "--stars", "3", "--verdict", "approve", "--checklist", "--json"]
    assert _run(lib, *args) == Exit.OK
    (review,) = _json(capsys)
    assert review["checklist_snapshot"] is not None
    with Library.open(lib) as library:
        ((_sid, review_id, payload),) = checks_store.snapshots(library, 1)
    assert review_id == review["id"]
    assert payload["items"]
    assert _run(lib, "review", "1", "--stars", "4", "--verdict", "approve", "--json") == 0
    (plain,) = _json(capsys)
    assert plain["checklist_snapshot"] is None


def test_list_by_client(tmp_path, capsys):
    path = tmp_path / "c.qalam"
    source = tmp_path / "a.jsonl"
    rows = [
        {"id": "a", "text": "نص أول للعميل", "client": "رواق"},
        {"id": "b", "text": "Second text for nobody"},
    ]
    source.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), "utf-8")
    assert main(["--library", str(path), "import", str(source)]) == Exit.OK
    capsys.readouterr()
    assert main(["--library", str(path), "list", "--client", "رواق", "--json"]) == Exit.OK
    assert [r["external_id"] for r in _json(capsys)] == ["a"]
