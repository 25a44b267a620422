"""The installed package must contain every subpackage and the resources it needs at run time."""

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _project() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))


def test_every_studio_package_is_listed_for_installation():
    listed = set(_project()["tool"]["setuptools"]["packages"])
    on_disk = {
        ".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "studio").rglob("__init__.py")
    }
    assert on_disk <= listed, f"add to pyproject.toml packages: {sorted(on_disk - listed)}"


def test_core_packages_do_not_import_qt():
    core = ["text", "library", "importers", "review", "checks", "similar", "export"]
    offenders = []
    for name in core:
        for path in (
            (ROOT / "studio" / name).rglob("*.py") if (ROOT / "studio" / name).exists() else []
        ):
            source = path.read_text("utf-8")
            if "PySide6" in source or "from studio.gui" in source or "import studio.gui" in source:
                offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []


def test_resources_are_importable_as_package_data():
    from importlib.resources import files

    samples = files("studio.resources") / "samples"
    assert any(p.name.endswith(".md") for p in samples.iterdir())
