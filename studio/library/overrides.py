"""Per-paragraph direction overrides, kept so they survive edits.

A paragraph is a line of the body (a block of the editor). Each override is stored as
``[line index, key, direction]`` where the key is a short hash of the line's text. Reading them
back against the current body:

1. the line at the stored index still has that text: the override stays there;
2. otherwise the line with that text nearest to the stored index (not already claimed) takes it —
   paragraphs inserted or deleted above it moved it;
3. otherwise it is dropped: its paragraph was rewritten elsewhere, and a wrong direction on an
   unrelated paragraph would be worse than the automatic one.

The editor saves the overrides with every save, so keys are always those of the body saved with
them; re-mapping only matters when the body changed elsewhere.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping

DIRECTIONS = ("auto", "rtl", "ltr")


def line_key(line: str) -> str:
    return hashlib.blake2s(line.rstrip("\r").encode("utf-8"), digest_size=4).hexdigest()


def check_direction(direction: str) -> str:
    if direction not in DIRECTIONS:
        raise ValueError(f"direction must be one of {', '.join(DIRECTIONS)}, not {direction!r}")
    return direction


def encode(body: str, overrides: Mapping[int, str]) -> str:
    """JSON for the overrides of `body` (line index -> 'rtl'/'ltr'; 'auto' means none)."""
    lines = body.split("\n")
    rows = []
    for index, direction in sorted(overrides.items()):
        if check_direction(direction) == "auto":
            continue
        if not 0 <= index < len(lines):
            # A line the body does not have (the editor counted differently): nothing to keep.
            continue
        rows.append([index, line_key(lines[index]), direction])
    return json.dumps(rows, separators=(",", ":"))


def decode(stored: str, body: str) -> dict[int, str]:
    """The overrides that still apply to `body`, by line index."""
    try:
        rows = [(int(i), str(k), str(d)) for i, k, d in json.loads(stored)]
    except (ValueError, TypeError):
        return {}
    lines = body.split("\n")
    by_key: dict[str, list[int]] = {}
    wanted = {k for _i, k, _d in rows}
    for index, line in enumerate(lines):
        key = line_key(line)
        if key in wanted:
            by_key.setdefault(key, []).append(index)
    out: dict[int, str] = {}
    later = []
    for index, key, direction in rows:
        if direction not in DIRECTIONS or direction == "auto":
            continue
        if index < len(lines) and index in by_key.get(key, ()) and index not in out:
            out[index] = direction
        else:
            later.append((index, key, direction))
    for index, key, direction in later:
        free = [i for i in by_key.get(key, ()) if i not in out]
        if free:
            out[min(free, key=lambda i: (abs(i - index), i))] = direction
    return out
