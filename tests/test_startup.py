"""Start-up stays light: the studio window's path imports neither the sub-commands' modules nor
Alembic when the library is already current, and the window paints its first page of articles
before SQLAlchemy, the editor, the Markdown renderer or the exporters are imported
(benchmarks/startup.py measures the whole; these tests fail when a heavy import creeps back)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from studio.gui.library_model import PAGE_SIZE
from studio.library import ArticleDraft, Library
from studio.library.engine import _script, head_from_scripts

ROOT = Path(__file__).resolve().parents[1]


def _modules_after(code: str, env: dict[str, str] | None = None) -> set[str]:
    probe = code + "\nimport sys\nprint('\\n'.join(sys.modules))"
    result = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        env=env,
    )
    return set(result.stdout.split())


# What the first paint of the window does without: each costs tens to hundreds of milliseconds.
DEFERRED_FROM_FIRST_PAINT = (
    "sqlalchemy",  # the library's ORM: opened behind the shown window
    "alembic",
    "studio.library.service",
    "studio.gui.editor_page",  # the writing desk: when the first article opens
    "studio.gui.reader_html",  # the reading pane's renderer: when the first article is shown
    "markdown_it",
    "jinja2",
    "studio.export",  # exports: when the user exports
    "docx",
    "yaml",
    "studio.checks",  # the checklist and similar pieces: when used
    "studio.similar",
    "studio.review",  # comments, ratings, workflow: when an article or a person is shown
    "studio.importers",
)

_FIRST_PAINT = """
import sys
from pathlib import Path
from studio.gui import app as gui_app
window = gui_app.start(Path({path!r}), "en", [])
# grab() paints the whole window now, table rows included, without running the event loop
# (whose first turn starts opening the real library in the background).
image = window.grab()
assert not image.isNull()
assert window.model.rowCount() == {rows}, window.model.rowCount()
assert window.count_label.text(), "the article count is shown"
"""


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


def test_the_window_paints_its_first_page_without_the_heavy_modules(tmp_path: Path) -> None:
    path = tmp_path / "library.qalam"
    with Library.open(path) as library:
        library.add_articles(
            ArticleDraft(title=f"مقال {i}", body=f"نص {i} body", author=f"كاتب {i % 3}")
            for i in range(250)
        )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path / "home"))
    env["XDG_CONFIG_HOME"] = str(tmp_path / "home" / ".config")
    modules = _modules_after(_FIRST_PAINT.format(path=str(path), rows=PAGE_SIZE), env)
    assert "studio.gui.main_window" in modules and "studio.library.deferred" in modules
    loaded = {
        heavy
        for heavy in DEFERRED_FROM_FIRST_PAINT
        for name in modules
        if name == heavy or name.startswith(heavy + ".")
    }
    assert not loaded, f"imported before the first paint: {sorted(loaded)}"
