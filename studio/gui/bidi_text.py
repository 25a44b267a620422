"""Paths and file names inside sentences of either direction.

A path reads left to right as a unit, whatever the sentence around it: "مقالاتي.qalam" must not
become "qalam.مقالاتي" inside an Arabic message. A first-strong isolate (FSI) is not enough —
a file name that starts with an Arabic letter would be isolated right to left — so a path gets
a left-to-right isolate (LRI … PDI). A left-to-right mark opens and closes the isolate's
content so that where a path stands alone (a status-bar label, a tooltip) the paragraph is
left to right even for a text engine or window manager that looks through isolates.
"""

from __future__ import annotations

FSI = "\u2068"  # first-strong isolate: a title or a name keeps its own direction
LRI = "\u2066"
PDI = "\u2069"
LRM = "\u200e"

# Parameters of messages that hold a path or a file name (see error_texts and messages).
PATH_PARAMETERS = frozenset({"path", "name", "folder", "library", "file"})


def isolate_path(path: object) -> str:
    """`path` as a left-to-right unit inside text of any direction."""
    return f"{LRI}{LRM}{path}{LRM}{PDI}"


__all__ = ["FSI", "LRI", "LRM", "PATH_PARAMETERS", "PDI", "isolate_path"]
