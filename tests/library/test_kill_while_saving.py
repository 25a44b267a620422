"""Killing the process in the middle of saving never damages the library and loses at most the
save in flight."""

import os
import signal
import subprocess
import sys
import textwrap
import time

import pytest

from studio.library import ArticleDraft, Library
from studio.text import word_count

_CHILD = textwrap.dedent(
    """
    import sys
    from studio.authorship import AuthorshipRecord, Origin
    from studio.library import Library

    path, article_id = sys.argv[1], int(sys.argv[2])
    lib = Library.open(path)
    detail = lib.get(article_id)
    body, version = detail.body, detail.version
    record = lib.authorship(article_id)
    i = 0
    while True:
        addition = f" كلمة{i} word{i}"
        record.apply_change(len(body), 0, len(addition), Origin.TYPED)
        body += addition
        reason = "manual" if i % 7 == 0 else "autosave"
        version = lib.save(
            article_id, title="t", body=body, expected_version=version, authorship=record,
            reason=reason,
        ).version
        print(i, version, flush=True)
        i += 1
    """
)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_killed_mid_save_leaves_a_whole_library(tmp_path):
    path = tmp_path / "kill.qalam"
    start = "بداية. " * 20_000  # a long body, so a save takes a while and can be cut in half
    with Library.open(path) as lib:
        article_id = lib.add_article(ArticleDraft(title="t", body=start))
    child = subprocess.Popen(
        [sys.executable, "-c", _CHILD, str(path), str(article_id)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
    )
    confirmed = []
    deadline = time.monotonic() + 60
    assert child.stdout is not None
    while len(confirmed) < 15 and time.monotonic() < deadline:
        line = child.stdout.readline()
        if not line:
            break
        confirmed.append(tuple(int(x) for x in line.split()))
    # Somewhere inside the next save.
    time.sleep(0.013)
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    # Saves confirmed after we stopped reading are still in the pipe: they count too.
    for line in child.stdout.read().splitlines():
        fields = line.split()
        if len(fields) == 2 and all(f.isdigit() for f in fields):
            confirmed.append((int(fields[0]), int(fields[1])))
    assert len(confirmed) >= 15, "the child did not save"
    last_saved, last_version = confirmed[-1]

    with Library.open(path) as lib:  # opening runs SQLite's quick check
        detail = lib.get(article_id)
        # Every confirmed save is there; at most the one in flight is lost (or also kept).
        assert detail.version in (last_version, last_version + 1)
        expected_words = last_saved + 1 if detail.version == last_version else last_saved + 2
        assert detail.body.startswith(start)
        assert detail.body.endswith(f"word{expected_words - 1}")
        record = lib.authorship(article_id)
        assert len(record) == len(detail.body)
        assert record.origin_at(len(detail.body) - 1).value == "typed"
        # Counts were saved with the body they describe.
        assert detail.words == word_count(detail.body)
        assert lib.revisions(article_id)
