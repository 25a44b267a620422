"""Never lose a word: a writer's process killed mid-typing loses at most the last two seconds and
never damages the library."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from studio.library import ArticleDraft, Library
from tests.gui.crash_typist import TEXT

ROOT = Path(__file__).resolve().parents[2]
ORIGINAL = "مقدمة المقال.\n\n"
LOSS_ALLOWED_S = 2.0


def _typed_by(log: Path, moment: float) -> int:
    """Characters the child had typed at `moment` (monotonic clock, shared by processes)."""
    typed = 0
    for line in log.read_text().splitlines():
        count, when = line.split()
        if float(when) <= moment:
            typed = int(count)
    return typed


def test_killed_while_typing_loses_at_most_two_seconds(tmp_path: Path) -> None:
    path = tmp_path / "crash.qalam"
    with Library.open(path) as library:
        article_id = library.add_article(ArticleDraft(title="crash", body=ORIGINAL, lang="ar"))
    log = tmp_path / "typed.log"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.gui.crash_typist", str(path), str(article_id), str(log)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 60
        # Type for a while (several autosaves), then kill at an arbitrary moment.
        while time.monotonic() < deadline:
            if log.exists() and _typed_by(log, time.monotonic()) >= 1:
                break
            time.sleep(0.05)
        time.sleep(4.3)
    finally:
        killed_at = time.monotonic()
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL, child.stderr.read() if child.stderr else ""
    typed_total = _typed_by(log, killed_at)
    must_have = _typed_by(log, killed_at - LOSS_ALLOWED_S)
    assert typed_total > must_have > 50

    connection = sqlite3.connect(path)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        connection.close()
    with Library.open(path) as library:
        body = library.get(article_id).body
    assert body.startswith(ORIGINAL)
    saved = body[len(ORIGINAL) :]
    # What was saved is exactly what was typed, up to some point no earlier than 2 s ago.
    assert saved == (TEXT * 2)[: len(saved)]
    assert len(saved) >= must_have, (len(saved), must_have, typed_total)
