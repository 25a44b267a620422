"""Two studio processes on one library: both work, one meets the conflict, no update is lost."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

from studio.library import ArticleDraft, Library

# Each process reads the article, says it is ready, waits for the signal, then saves the text
# it was given over the version it read — as two studio windows would.
SAVER = """
import json, sys, time
from pathlib import Path
from studio.library import Library
from studio.library.errors import VersionConflict

library, article_id, text, ready, go = sys.argv[1:]
with Library.open(library) as lib:
    version = lib.get(int(article_id)).version
    Path(ready).write_text("ready")
    while not Path(go).exists():
        time.sleep(0.01)
    try:
        saved = lib.save(int(article_id), title="t", body=text, expected_version=version)
        print(json.dumps({"outcome": "saved", "version": saved.version}))
    except VersionConflict as conflict:
        print(json.dumps({"outcome": "conflict", "current": conflict.params["current"]}))
"""


def test_two_processes_saving_the_same_article(tmp_path: Path) -> None:
    path = tmp_path / "shared.qalam"
    with Library.open(path) as lib:
        article_id = lib.new_draft("t", "en")
        start_version = lib.get(article_id).version
    go = tmp_path / "go"
    processes = []
    for name in ("first", "second"):
        processes.append(
            subprocess.Popen(
                [
                    sys.executable,
                    "-c",
                    SAVER,
                    str(path),
                    str(article_id),
                    f"text of the {name} window",
                    str(tmp_path / f"ready-{name}"),
                    str(go),
                ],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
        )
    deadline = time.monotonic() + 120
    while not all((tmp_path / f"ready-{n}").exists() for n in ("first", "second")):
        assert time.monotonic() < deadline, "the processes did not start"
        assert all(p.poll() is None for p in processes), [p.communicate() for p in processes]
        time.sleep(0.02)
    go.write_text("go")
    results = []
    for process in processes:
        out, err = process.communicate(timeout=120)
        assert process.returncode == 0, err
        results.append(json.loads(out.strip().splitlines()[-1]))
    outcomes = sorted(r["outcome"] for r in results)
    assert outcomes == ["conflict", "saved"]
    winner = 0 if results[0]["outcome"] == "saved" else 1
    assert results[winner]["version"] == start_version + 1
    assert results[1 - winner]["current"] == start_version + 1
    with Library.open(path) as lib:
        stored = lib.get(article_id)
    assert stored.body == f"text of the {('first', 'second')[winner]} window"
    assert stored.version == start_version + 1


# Another program (the `qalam` command, a second studio) reads the library and lets it go.
READER = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], timeout=5)
print(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
conn.close()
"""


def _count_in_another_process(path: Path) -> int:
    done = subprocess.run(
        [sys.executable, "-c", READER, str(path)], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    return int(done.stdout)


def test_a_program_letting_go_of_the_library_keeps_what_the_studio_writes_next(
    tmp_path: Path,
) -> None:
    path = tmp_path / "shared.qalam"
    with Library.open(path) as lib:
        lib.new_draft("first", "en")
        # The studio's workers open the library again while the window holds it open.
        with Library.open(path) as worker:
            assert worker.get(1).title == "first"
            # The last connection of another program closes: it would delete the write-ahead
            # log if it believed nobody else had the library open.
            assert _count_in_another_process(path) == 1
            lib.new_draft("second", "en")
            assert Path(f"{path}-wal").exists()
            # What the studio wrote after that is in the library for everyone, not in a log
            # file nobody else can see any more.
            assert _count_in_another_process(path) == 2
    assert _count_in_another_process(path) == 2


def test_an_update_racing_the_first_record_of_an_article_goes_through(
    tmp_path: Path, monkeypatch
) -> None:
    # `qalam update` reads that the article has no authorship record yet; before it writes, the
    # studio stores one (a save of the same text with its record, which leaves the version as it
    # is). The update's insert used to fail a unique constraint, reported as a damaged library.
    import studio.library.writing as writing
    from studio.authorship import AuthorshipRecord, Origin

    path = tmp_path / "shared.qalam"
    studio = Library.open(path)
    article_id = studio.add_article(ArticleDraft(title="t", body="imported"))
    assert article_id is not None
    studio.snapshot(article_id)  # a history, and still no record
    version = studio.get(article_id).version
    script = Library.open(path)
    real_hash = writing.body_hash
    started: list[bool] = []

    def studio_stores_a_record_first(body: str) -> str:
        if not started:  # the script's own call; the studio's save calls it too
            started.append(True)
            record = AuthorshipRecord(len("imported"), Origin.TYPED)
            studio.save(
                article_id, title="t", body="imported", expected_version=version, authorship=record
            )
        return real_hash(body)

    monkeypatch.setattr(writing, "body_hash", studio_stores_a_record_first)
    updated = script.update(article_id, body="scripted")
    monkeypatch.undo()
    assert started, "the race did not happen"
    assert updated.body == "scripted" and studio.get(article_id).body == "scripted"
    assert len(studio.authorship(article_id)) == len("scripted")
    studio.close()
    script.close()
