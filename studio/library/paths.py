"""Where libraries live: kept apart from `service` so finding the default library needs no
SQLAlchemy (the studio window resolves it before the library's ORM is imported)."""

from __future__ import annotations

from pathlib import Path

import platformdirs

LIBRARY_SUFFIX = ".qalam"


def default_library_path() -> Path:
    """The library a user gets without asking: in their data folder, per platform conventions."""
    return (
        Path(platformdirs.user_data_dir("QalamStudio", appauthor=False))
        / f"library{LIBRARY_SUFFIX}"
    )


def library_target(path: Path | str | None) -> Path:
    """The absolute file `Library.open(path)` opens (the default library for None)."""
    target = Path(path).expanduser() if path is not None else default_library_path()
    return target.absolute()
