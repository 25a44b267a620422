"""How long backing up, listing and restoring a library take, and whether saves go on meanwhile.

    python benchmarks/backup_speed.py [--articles N] [--json]

Builds a library of N generated articles (mixed Arabic and English, about 400 words each) in a
temporary folder, then measures: one backup (online copy + quick check + rename), listing the
backups (each opened read-only and quick-checked), a restore over the live library (safety
backup + copy back), and a restore over a damaged file (moved aside + copy). While the backup
runs a second thread keeps saving an article; the figure `saves_during_backup` shows writers
are not blocked. Prints one JSON object as its last line.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import threading
import time
from pathlib import Path

from studio.library import ArticleDraft, Library
from studio.library import backups as bk
from studio.library import restore as rs

_AR = "الكتابة الحرة مهنة تحتاج إلى صبر ومراجعة دقيقة قبل التسليم للعميل "
_EN = "Clients pay for judgement and clean delivery, not for word counts alone "


def _build(path: Path, count: int) -> None:
    with Library.open(path) as lib:
        lib.add_articles(
            ArticleDraft(
                title=f"مقالة {i} — article {i}",
                body=(_AR * 25 if i % 2 else _EN * 30) + f" {i}",
                author=f"Writer {i % 7}",
            )
            for i in range(count)
        )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.qalam"
        _build(path, args.articles)
        size = path.stat().st_size

        saves = 0
        stop = threading.Event()

        def keep_saving() -> None:
            nonlocal saves
            with Library.open(path) as lib:
                detail = lib.get(1)
                while not stop.is_set():
                    detail = lib.save(
                        1,
                        title=detail.title,
                        body=detail.body + " x",
                        expected_version=detail.version,
                    )
                    saves += 1

        writer = threading.Thread(target=keep_saving)
        writer.start()
        time.sleep(0.2)
        before = saves
        start = time.perf_counter()
        bk.create_backup(path, bk.MANUAL)
        backup_s = time.perf_counter() - start
        during = saves - before
        stop.set()
        writer.join()

        start = time.perf_counter()
        listed = bk.list_backups(path)
        list_s = time.perf_counter() - start

        start = time.perf_counter()
        rs.restore_backup(path, listed[0].path)
        restore_s = time.perf_counter() - start

        with path.open("r+b") as fh:
            fh.seek(size // 2)
            fh.write(b"\x00garbage" * 4096)
        start = time.perf_counter()
        rs.restore_backup(path, listed[0].path)
        recover_s = time.perf_counter() - start

    result = {
        "articles": args.articles,
        "library_mb": round(size / 1_048_576, 1),
        "backup_s": round(backup_s, 3),
        "saves_during_backup": during,
        "list_s": round(list_s, 3),
        "restore_s": round(restore_s, 3),
        "recover_damaged_s": round(recover_s, 3),
    }
    if not args.json:
        for key, value in result.items():
            print(f"{key:>22}  {value}")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
