"""Exports of the sample articles match the golden files (see golden_files.py to regenerate)."""

import pytest

from tests.export.golden_files import GOLDEN, expected_files

EXPECTED = expected_files()


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_export_matches_golden_file(name):
    path = GOLDEN / name
    assert path.exists(), f"missing golden file {name}: python -m tests.export.golden_files"
    assert EXPECTED[name] == path.read_text(encoding="utf-8"), (
        f"{name} changed; if intended, regenerate: python -m tests.export.golden_files"
    )


def test_no_stale_golden_files():
    assert sorted(p.name for p in GOLDEN.iterdir()) == sorted(EXPECTED)
