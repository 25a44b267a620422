"""The demo articles shipped with the studio, so a new library has something to show."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from importlib import resources
from pathlib import Path

from studio.importers.errors import SAMPLES_MISSING
from studio.importers.importing import ImportProgress, import_paths
from studio.library.records import ImportOutcome, Refusal
from studio.library.service import Library

# Where the samples live in a source checkout that was never installed (pyproject maps the
# top-level resources/ folder to the studio.resources package on install).
_CHECKOUT_SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"


def samples_folder() -> AbstractContextManager[Path]:
    """The packaged samples as a real folder for as long as the context lasts (a zipped
    install extracts them to a temporary one)."""
    try:
        packaged = resources.files("studio.resources") / "samples"
    except ModuleNotFoundError:
        return nullcontext(_CHECKOUT_SAMPLES)
    return resources.as_file(packaged)


def install_samples(
    library: Library, *, on_progress: Callable[[ImportProgress], None] | None = None
) -> ImportOutcome:
    """Imports every sample article (`*.md`); samples already in the library are skipped."""
    with samples_folder() as folder:
        files = sorted(p for p in folder.glob("*.md") if not p.name.startswith("."))
        if not files:
            return ImportOutcome(refused=[Refusal(str(folder), SAMPLES_MISSING)])
        return import_paths(library, files, on_progress=on_progress)
