"""The About dialog lists every bundled component with the licence its metadata states."""

from __future__ import annotations

import re
import tomllib
from importlib import metadata
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from studio import __version__
from studio.gui.about_dialog import COMPONENTS, AboutDialog, Component, component_rows, show_about

ROOT = Path(__file__).resolve().parents[2]
# Classifier wording for components whose metadata has no License-Expression.
_CLASSIFIER = {
    "MIT": "MIT License",
    "BSD-3-Clause": "BSD License",
    "LGPL-3.0": "GNU Library or Lesser General Public License (LGPL)",
}


def _name(requirement: str) -> str:
    return re.split(r"[\s;<>=!~\[(]", requirement.strip(), maxsplit=1)[0].lower().replace("_", "-")


def _runtime_closure() -> set[str]:
    """The studio's dependencies and theirs, as installed here (extras and absent optional
    platform packages left out)."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    todo = [_name(r) for r in project["dependencies"]]
    seen: set[str] = set()
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        try:
            requires = metadata.requires(name) or []
        except metadata.PackageNotFoundError:
            continue
        seen.add(name)
        todo += [_name(r) for r in requires if "extra" not in r]
    return seen


@pytest.mark.parametrize("component", COMPONENTS, ids=lambda c: c.distribution)
def test_each_licence_is_the_one_the_metadata_states(component: Component) -> None:
    meta = metadata.metadata(component.distribution)
    # License-Expression (newer metadata), else a one-line License field, else the classifiers.
    expression = meta.get("License-Expression") or meta.get("License")
    if expression and "\n" not in expression.strip():
        # Qt is offered as "LGPL-3.0-only OR GPL-…": the studio takes the LGPL alternative.
        assert component.licence == expression or component.licence in expression.split(" OR ")
    else:
        classifiers = meta.get_all("Classifier") or []
        assert f"License :: OSI Approved :: {_CLASSIFIER[component.licence]}" in classifiers


def test_every_runtime_dependency_is_listed() -> None:
    listed = {_name(c.distribution) for c in COMPONENTS}
    missing = _runtime_closure() - listed
    assert not missing, f"add to studio/gui/about_dialog.py COMPONENTS: {sorted(missing)}"


def test_rows_carry_installed_versions() -> None:
    rows = {name: version for name, version, _ in component_rows()}
    assert rows["SQLAlchemy"] == metadata.version("SQLAlchemy")
    assert rows["Qt"] and rows["Python"]


def test_dialog_shows_version_and_every_component(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = show_about(parent)
    qtbot.waitExposed(dialog)
    assert __version__ in dialog.findChild(QWidget, "aboutTitle").text()
    table = dialog.table
    assert table.rowCount() == len(COMPONENTS) + 2
    names = {table.item(row, 0).text() for row in range(table.rowCount())}
    assert {"Qt", "SQLAlchemy", "Alembic", "python-bidi"} <= names


def test_dialog_is_freed_after_closing(qtbot) -> None:
    dialog = AboutDialog()
    dialog.show()
    qtbot.waitExposed(dialog)
    with qtbot.waitSignal(dialog.destroyed, timeout=2000):
        dialog.close()
    QApplication.processEvents()
