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


class RevisionNotFound(ArticleNotFound):
    # A kind of "not found" (scripts get the same exit code), with its own message.
    template = "There is no revision {revision_id} of that article."


class ReviewRefused(LibraryError):
    """A review-side request that cannot be carried out as asked; nothing was changed."""

    template = "The change was refused: {detail}"


class InvalidTransition(ReviewRefused):
    template = (
        "An article that is {old} cannot be moved to {new}. From {old} it can go to: {allowed}."
    )


class ReasonRequired(ReviewRefused):
    template = "Moving an article to {new} needs a reason, so the writer knows what to change."


class InvalidRating(ReviewRefused):
    template = "A rating must be a whole number of stars from 1 to 5, not {value}."


class InvalidRubric(ReviewRefused):
    template = (
        'The rubric score "{criterion}" = {value} is not allowed: use one of {criteria}, '
        "each scored from 1 to 5."
    )


class QuoteNotFound(ReviewRefused):
    template = 'The passage "{quote}" does not occur in article {article_id}. Nothing was added.'


class EmptyComment(ReviewRefused):
    template = "A comment needs some text."


class CommentNotFound(ArticleNotFound):
    template = "There is no comment with id {comment_id}."


# -- hostile conditions: a full disk, a read-only folder, a drive that went away ----------------


class LibraryDiskFull(LibraryUnwritable):
    template = (
        "The disk holding the library {path} is full. Nothing was half-written; your changes "
        "are kept in the window and saved as soon as there is room."
    )


class LibraryReadOnly(LibraryUnwritable):
    template = (
        "The library {path} cannot be written: the file or its folder is read-only. Your "
        "changes are kept in the window and saved as soon as it can be written."
    )


class LibraryGone(LibraryUnwritable):
    template = (
        "The library {path} cannot be reached: the drive or folder holding it was removed or "
        "renamed. Your changes are kept in the window and saved when it is back."
    )


def unwritable_error(path: str, error: BaseException) -> LibraryUnwritable:
    """The most precise "cannot be written" error for what SQLite or the system said."""
    import errno

    message = str(error).lower()
    code = getattr(error, "errno", None)
    if code == errno.ENOSPC or "disk is full" in message or "no space" in message:
        return LibraryDiskFull(path=path)
    if code in (errno.EROFS, errno.EACCES, errno.EPERM) or "readonly" in message:
        return LibraryReadOnly(path=path)
    if (
        code in (errno.ENOENT, errno.EIO, errno.ENODEV, errno.ENXIO)
        or "disk i/o error" in message
        or "unable to open database file" in message
    ):
        return LibraryGone(path=path)
    detail = getattr(error, "strerror", None) or str(error)
    return LibraryUnwritable(path=path, detail=detail)


# -- backups ------------------------------------------------------------------------------------


class BackupUnusable(LibraryError):
    template = "The backup {path} cannot be used ({detail}). Nothing was changed."


class NoBackups(ArticleNotFound):
    # Scripts get the exit code of "not found".
    template = "There is no usable backup of the library {path} yet."


class BackupNotFound(ArticleNotFound):
    # A kind of "not found" (scripts get the same exit code).
    template = "There is no backup {name} (see qalam backup --list)."


class NoLibraryFile(NotALibrary):
    template = "There is no library at {path}."
