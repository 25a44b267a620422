"""Turning what the user picked (files and folders) into the list of files to read.

Everything is listed before anything is read, so progress can be measured against the total size.
Inside folders, hidden entries (dot files, the Windows hidden attribute: .git, .obsidian, editor
swap files) and files of other types (images, .docx) are passed over silently: a writer dropping
their documents folder means "the articles in it". A file picked by name that cannot be imported
is reported instead, since the user asked for it.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from studio.importers.errors import FOLDER_UNREADABLE, UNSUPPORTED_TYPE, refusal_for_os_error
from studio.importers.formats import is_supported
from studio.library.records import Refusal


@dataclass(frozen=True, slots=True)
class PlannedFile:
    path: Path
    size: int


@dataclass(slots=True)
class ImportPlan:
    files: list[PlannedFile] = field(default_factory=list)
    refused: list[Refusal] = field(default_factory=list)

    @property
    def total_bytes(self) -> int:
        return sum(f.size for f in self.files)


def plan_import(paths: Iterable[Path | str]) -> ImportPlan:
    plan = ImportPlan()
    seen: set[str] = set()

    def add(path: Path, size: int) -> None:
        # A file picked by name inside a folder that was picked too is read once.
        key = os.path.normcase(os.path.abspath(path))
        if key not in seen:
            seen.add(key)
            plan.files.append(PlannedFile(path, size))

    for given in paths:
        path = Path(given).expanduser()
        try:
            info = path.stat()
        except OSError as exc:
            plan.refused.append(refusal_for_os_error(str(path), exc))
            continue
        if stat.S_ISDIR(info.st_mode):
            _walk(path, add, plan.refused)
        elif is_supported(path):
            add(path, info.st_size)
        else:
            plan.refused.append(Refusal(str(path), UNSUPPORTED_TYPE))
    return plan


def _walk(root: Path, add: Callable[[Path, int], None], refused: list[Refusal]) -> None:
    # An explicit stack: folder trees can be deeper than Python's recursion limit.
    pending = [root]
    while pending:
        folder = pending.pop()
        try:
            with os.scandir(folder) as listing:
                entries = sorted(listing, key=lambda e: e.name)
        except OSError as exc:
            refused.append(
                Refusal(str(folder), FOLDER_UNREADABLE, {"detail": exc.strerror or str(exc)})
            )
            continue
        subfolders = []
        for entry in entries:
            try:
                if _is_hidden(entry):
                    continue
                # Linked folders are not followed: a link back up the tree would never end.
                if entry.is_dir(follow_symlinks=False):
                    subfolders.append(Path(entry.path))
                elif entry.is_file() and is_supported(Path(entry.name)):
                    add(Path(entry.path), entry.stat().st_size)
            except OSError as exc:
                refused.append(refusal_for_os_error(entry.path, exc))
        pending.extend(reversed(subfolders))


def _is_hidden(entry: os.DirEntry[str]) -> bool:
    if entry.name.startswith("."):
        return True
    if os.name != "nt":
        return False
    # Free on Windows: scandir already holds the attributes.
    attributes = getattr(entry.stat(follow_symlinks=False), "st_file_attributes", 0)
    return bool(attributes & getattr(stat, "FILE_ATTRIBUTE_HIDDEN", 0))
