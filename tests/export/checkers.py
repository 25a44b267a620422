"""Outside tools that check exports for real: the Nu Html Checker and headless Chromium.

Both are optional on a developer's machine (tests skip without them); `.ci/run` installs them
and points QALAM_VNU_JAR at the checker.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
]


def vnu_command() -> list[str] | None:
    java = shutil.which("java")
    jar = os.environ.get("QALAM_VNU_JAR")
    if not jar:
        # Where .ci/run installs it: `npm install --prefix .tools vnu-jar` at the repository root.
        candidate = Path(__file__).resolve().parents[2] / ".tools/node_modules/vnu-jar/build/dist"
        if (candidate / "vnu.jar").exists():
            jar = str(candidate / "vnu.jar")
    if not java or not jar or not Path(jar).exists():
        return None
    return [java, "-jar", jar]


def vnu_messages(paths: list[Path]) -> list[dict]:
    command = vnu_command()
    assert command is not None
    result = subprocess.run(
        [*command, "--format", "json", "--errors-only", *map(str, paths)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    # The checker writes its JSON report to stderr.
    return json.loads(result.stderr or "{}").get("messages", [])


def chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


def chromium_run(args: list[str], profile: Path, timeout: int = 120) -> str:
    binary = chromium()
    assert binary is not None
    result = subprocess.run(
        [binary, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    return result.stdout
