"""Smoke test of a BUILT bundle (dist/qalam/), not of the source tree: its version, an import,
a listing and a search, an HTML export, and its main window opened offscreen and closed by itself.

    python packaging/smoke_test.py [dist/qalam]

Only the standard library here: the bundle must stand on its own. Runs in a temporary folder
with a private HOME, so neither the checkout nor the user's settings and library are touched.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHOWN_MARKER = "qalam-smoke: main window shown at"  # studio/gui/desktop.py

ARTICLE = """---
title: "الكتابة للويب بلغتين"
author: Smoke Test
tags: [packaging]
---
يقرأ أغلب القراء المقالات على هواتفهم، لذلك نكتب فقرات قصيرة وعناوين واضحة.

A second paragraph in English stays left to right inside the Arabic article.
"""


def expected_version() -> str:
    text = (ROOT / "studio" / "__init__.py").read_text("utf-8")
    match = re.search(r'^__version__ = "([^"]+)"', text, re.M)
    assert match, "studio/__init__.py has no __version__"
    return match.group(1)


class Bundle:
    def __init__(self, folder: Path, work: Path) -> None:
        exe = folder / ("qalam.exe" if os.name == "nt" else "qalam")
        if not exe.exists():
            raise SystemExit(f"smoke test: no executable at {exe}")
        self.exe = exe
        self.work = work
        home = work / "home"
        home.mkdir()
        # A clean environment: no PYTHONPATH or virtualenv leaking the source tree in.
        keep = ("PATH", "LANG", "LC_ALL", "SYSTEMROOT", "TMPDIR", "TEMP", "TMP")
        self.env = {k: v for k, v in os.environ.items() if k in keep}
        self.env.update(
            HOME=str(home),
            XDG_CONFIG_HOME=str(home / ".config"),
            XDG_DATA_HOME=str(home / ".local" / "share"),
            XDG_CACHE_HOME=str(home / ".cache"),
            XDG_RUNTIME_DIR=str(home / "runtime"),
            QT_QPA_PLATFORM="offscreen",
            LANG=os.environ.get("LANG", "C.UTF-8"),
        )
        (home / "runtime").mkdir(mode=0o700)

    def run(self, *args: str, timeout: float = 60, **env: str) -> subprocess.CompletedProcess[str]:
        started = time.perf_counter()
        result = subprocess.run(
            [str(self.exe), *args],
            cwd=self.work,
            env={**self.env, **env},
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=timeout,
        )
        took = time.perf_counter() - started
        print(f"  qalam {' '.join(args)}  -> exit {result.returncode} in {took:.1f} s")
        if "Traceback" in result.stderr:
            raise AssertionError(f"Python error from the bundle:\n{result.stderr}")
        return result


def check(condition: bool, what: str, result: subprocess.CompletedProcess[str] | None = None):
    if not condition:
        detail = f"\nstdout: {result.stdout}\nstderr: {result.stderr}" if result else ""
        raise AssertionError(f"smoke test failed: {what}{detail}")


def smoke(folder: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="qalam-smoke-") as tmp:
        work = Path(tmp)
        bundle = Bundle(folder, work)
        library = work / "smoke.qalam"

        result = bundle.run("--version")
        check(result.stdout.strip() == f"Qalam Studio {expected_version()}", "version", result)

        source = work / "article.md"
        source.write_text(ARTICLE, "utf-8")
        result = bundle.run("--library", str(library), "import", str(source), "--json")
        check(result.returncode == 0, "import", result)
        check(json.loads(result.stdout)["imported"] == 1, "one article imported", result)

        result = bundle.run("--library", str(library), "list", "--json")
        rows = [json.loads(line) for line in result.stdout.splitlines()]
        check(len(rows) == 1 and rows[0]["title"] == "الكتابة للويب بلغتين", "list", result)
        article_id = str(rows[0]["id"])

        # Written with ه for ة: exercises the normalised full-text index.
        result = bundle.run("--library", str(library), "search", "الكتابه", "--json")
        check(result.returncode == 0 and article_id in result.stdout, "search", result)

        page = work / "article.html"
        result = bundle.run(
            "--library", str(library), "export", article_id, "--format", "html", "-o", str(page)
        )
        check(result.returncode == 0 and page.exists(), "HTML export", result)
        html = page.read_text("utf-8")
        check('dir="rtl"' in html and "الكتابة للويب بلغتين" in html, "HTML page content")

        # The spelling word lists are data files of a package the code never imports by name.
        typo = work / "typo.txt"
        typo.write_text("كتبت الكتاابة for the clinet.", "utf-8")
        result = bundle.run("--library", str(library), "spell", str(typo), "--json")
        words = [w["word"] for w in json.loads(result.stdout)["words"]] if result.stdout else []
        check(result.returncode == 0 and words == ["الكتاابة", "clinet"], "spelling", result)

        # The form desktop launchers use (`qalam %f`), in Arabic: catalogues and Qt's own
        # translations must load from the bundle; the window closes itself once shown.
        for lang in ("ar", "en"):
            result = bundle.run(
                "--lang", lang, str(library), timeout=120, QALAM_SMOKE_EXIT_AFTER_MS="300"
            )
            check(result.returncode == 0, f"main window ({lang}) exits cleanly", result)
            check(SHOWN_MARKER in result.stderr, f"main window ({lang}) was shown", result)

        internal = folder / "_internal" if (folder / "_internal").is_dir() else folder
        for needed in (
            "studio/resources/translations/qalam_ar.qm",
            "studio/resources/icons/qalam-256.png",
            "studio/library/migrations/script.py.mako",
            "studio/library/migrations/env.py",
        ):
            check((internal / needed).is_file(), f"bundled {needed}")


def main(argv: list[str]) -> int:
    folder = Path(argv[0]) if argv else ROOT / "dist" / "qalam"
    print(f"smoke test of {folder}")
    smoke(folder.resolve())
    print("smoke test passed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
