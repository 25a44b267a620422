"""Start-up stays light: the studio window's path imports neither the sub-commands' modules nor
Alembic when the library is already current (benchmarks/startup.py measures the whole)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from studio.library import Library
from studio.library.engine import _script, head_from_scripts

ROOT = Path(__file__).resolve().parents[1]


def _modules_after(code: str) -> set[str]:
    probe = code + "\nimport sys\nprint('\\n'.join(sys.modules))"
    result = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True
    )
    return set(result.stdout.split())


def test_head_read_from_the_scripts_is_alembics_head():
    assert head_from_scripts() == _script().get_current_head()


def test_version_and_window_form_skip_the_command_modules():
    modules = _modules_after(
        "from studio.cli import main\ntry:\n    main(['--version'])\nexcept SystemExit:\n    pass"
    )
    assert not {m for m in modules if m.startswith("studio.commands.")}
    assert "studio.export" not in modules


def test_a_command_still_finds_its_module():
    modules = _modules_after("from studio.cli import build_parser\nbuild_parser()")
    assert "studio.commands.export" in modules


def test_opening_a_current_library_does_not_import_alembic(tmp_path: Path):
    path = tmp_path / "current.qalam"
    Library.open(path).close()
    modules = _modules_after(
        f"from studio.library import Library\nLibrary.open({str(path)!r}).close()"
    )
    assert not {m for m in modules if m == "alembic" or m.startswith("alembic.")}
