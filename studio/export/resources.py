"""Templates and themes shipped in resources/export (installed as studio.resources.export)."""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path

# A source checkout that was never installed keeps them at the top of the repository.
_CHECKOUT = Path(__file__).resolve().parents[2] / "resources" / "export"


@cache
def _root() -> resources.abc.Traversable | Path:
    try:
        root = resources.files("studio.resources") / "export"
    except ModuleNotFoundError:
        return _CHECKOUT
    return root if root.is_dir() else _CHECKOUT


def read_resource(folder: str, name: str) -> str:
    return (_root() / folder / name).read_text(encoding="utf-8")


def resource_names(folder: str, suffix: str) -> list[str]:
    return [p.name for p in (_root() / folder).iterdir() if p.name.endswith(suffix)]
