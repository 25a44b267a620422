"""Reading a source file's bytes safely: bounded in size, and never a traceback for the user."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from studio.importers import limits
from studio.importers.errors import TOO_LARGE, ImportRefused


@dataclass(slots=True)
class ByteCounter:
    """How many bytes of the current file a reader has consumed, for honest progress."""

    done: int = 0


def read_capped(path: Path, counter: ByteCounter | None = None) -> bytes:
    """The whole file, refused (`ImportRefused`) beyond `limits.MAX_TEXT_BYTES`. `OSError` is
    left to the caller, which knows how to name the source."""
    limit = limits.MAX_TEXT_BYTES
    with open(path, "rb") as fh:
        size = os.fstat(fh.fileno()).st_size
        if size > limit:
            raise ImportRefused(
                TOO_LARGE, size_mb=limits.megabytes_over(size), limit_mb=limits.megabytes(limit)
            )
        # The file may grow between stat and read (or report no size at all, like a pipe).
        data = fh.read(limit + 1)
    if len(data) > limit:
        raise ImportRefused(
            TOO_LARGE,
            size_mb=limits.megabytes_over(max(size, len(data))),
            limit_mb=limits.megabytes(limit),
        )
    if counter is not None:
        counter.done = len(data)
    return data
