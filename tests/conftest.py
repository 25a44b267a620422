import os
from pathlib import Path

import pytest
from hypothesis import settings

# CI runs the property tests on a fixed set of examples, so a build fails only for a change and
# never for a newly drawn example; run locally, they keep exploring.
settings.register_profile("ci", derandomize=True, deadline=None)
if os.environ.get("CI"):
    settings.load_profile("ci")

# Without a platform and without DISPLAY, Qt aborts the whole pytest process (DESIGN.md).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SHARED_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"


@pytest.fixture
def library(tmp_path: Path):
    from studio.library import Library

    lib = Library.open(tmp_path / "test.qalam")
    yield lib
    lib.close()
