from __future__ import annotations

from pathlib import Path

import pytest

from studio.importers import ALL_TEMPLATES
from studio.library.records import ImportOutcome, Refusal


@pytest.fixture
def write(tmp_path: Path):
    """Writes bytes (or UTF-8 text) to a file under tmp_path, creating folders, and returns it."""

    def _write(name: str, content: bytes | str) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
        return path

    return _write


def only_refusal(outcome: ImportOutcome) -> Refusal:
    assert len(outcome.refused) == 1, outcome.refused
    refusal = outcome.refused[0]
    check_refusal(refusal)
    return refusal


def check_refusal(refusal: Refusal) -> None:
    """Every refusal must be translatable (a known template) and format without error."""
    assert refusal.template in ALL_TEMPLATES
    assert refusal.message
