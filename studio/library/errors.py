"""Errors a user can meet when opening or changing a library.

Each carries an English message template and its parameters; the GUI passes the template through
Qt's translation (context "LibraryError") before formatting, the CLI prints it as is.
"""

from __future__ import annotations

from typing import Any


class LibraryError(Exception):
    template = "The library could not be used: {detail}"

    def __init__(self, **params: Any) -> None:
        self.params = params
        super().__init__(self.template.format(**params))

    @property
    def message(self) -> str:
        return str(self)


class NotALibrary(LibraryError):
    template = "{path} is not a Qalam library. It was left untouched."


class LibraryCorrupt(LibraryError):
    template = "The library {path} is damaged ({detail}). It was left untouched."


class LibraryTooNew(LibraryError):
    template = (
        "The library {path} was written by a newer version of Qalam Studio. "
        "Update the studio to open it; the file was left untouched."
    )


class LibraryLocked(LibraryError):
    template = (
        "The library {path} is busy: another program is writing to it. Try again in a moment."
    )


class LibraryUnwritable(LibraryError):
    template = "The library {path} cannot be written: {detail}"


class ArticleNotFound(LibraryError):
    template = "There is no article with id {article_id}."


class VersionConflict(LibraryError):
    template = (
        "The article {article_id} was changed elsewhere (now version {current}, "
        "you edited version {expected}). Nothing was overwritten."
    )
