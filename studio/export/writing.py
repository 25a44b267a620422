"""Writing exports to disk: one article to one file, or many to a folder, with progress and cancel.

Files appear whole or not at all: each is written beside its target under a temporary name and
then moved into place, so a cancelled or failed export never leaves half a file a client might
receive. A batch names its files after the articles' titles (see `filenames`), unique within the
batch; a file of the same name already in the folder is replaced, so exporting again updates the
folder instead of filling it with copies.
"""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Protocol

from studio.export.filenames import safe_stem, unique_path
from studio.export.html_page import DEFAULT_THEME, HtmlOptions, html_page
from studio.export.images import AssetLookup, AssetMode
from studio.export.markdown_export import markdown_document, with_asset_files
from studio.library.records import ArticleDetail, AssetFile

PROGRESS_INTERVAL_S = 0.1


class ExportFormat(StrEnum):
    HTML = "html"
    MARKDOWN = "md"
    DOCX = "docx"
    PDF = "pdf"

    @property
    def suffix(self) -> str:
        return f".{self.value}"


class PaperSize(StrEnum):
    A4 = "a4"
    LETTER = "letter"


@dataclass(frozen=True, slots=True)
class ExportOptions:
    format: ExportFormat = ExportFormat.HTML
    theme: str = DEFAULT_THEME
    table_of_contents: bool = False
    assets: AssetMode = AssetMode.EMBED
    paper: PaperSize = PaperSize.A4


class ArticleSource(Protocol):
    """What an export reads from: a `Library`, or anything with the same two methods."""

    def get(self, article_id: int) -> ArticleDetail: ...

    def asset(self, sha256: str) -> AssetFile | None: ...


# Writes one article to a path; PDF comes from the GUI package (Qt), so it is handed in.
FileWriter = Callable[[ArticleDetail, Path, ExportOptions, AssetLookup | None], None]


@dataclass(frozen=True, slots=True)
class BatchProgress:
    done: int
    total: int
    current: str


@dataclass(slots=True)
class BatchOutcome:
    written: list[Path] = field(default_factory=list)
    # (article id, why) for each article that could not be written.
    failed: list[tuple[int, str]] = field(default_factory=list)
    cancelled: bool = False


def write_atomically(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".qalam-", suffix=".part")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        # mkstemp makes a file only its owner may read: an exported page must be readable as
        # any file the writer saves (by a web server, a shared folder, another account).
        os.chmod(temporary, _file_mode(path))
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _file_mode(path: Path) -> int:
    """The mode a file written over `path` gets: the one it had, else what the user's umask
    gives a new file."""
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        return 0o666 & ~_umask()


def _umask() -> int:
    # Setting the umask to read it would change it for the library's threads meanwhile;
    # Linux tells it in /proc; elsewhere the usual 022.
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    return 0o022


def assets_folder_name(page: Path) -> str:
    """Images of a page exported with a folder of assets go beside it, as browsers save pages."""
    return f"{page.stem}_files"


def _write_html(
    article: ArticleDetail, path: Path, options: ExportOptions, lookup: AssetLookup | None
) -> None:
    folder = assets_folder_name(path)
    export = html_page(
        article,
        HtmlOptions(options.theme, options.table_of_contents, options.assets, folder),
        lookup,
    )
    for name, data in export.files.items():
        target = path.parent / folder / name
        if not target.exists():
            write_atomically(target, data)
    write_atomically(path, export.html.encode("utf-8"))


def _write_markdown(
    article: ArticleDetail, path: Path, _options: ExportOptions, lookup: AssetLookup | None
) -> None:
    folder = assets_folder_name(path)
    body, files = with_asset_files(article.body, folder, lookup)
    for name, data in files.items():
        target = path.parent / folder / name
        if not target.exists():
            write_atomically(target, data)
    write_atomically(path, markdown_document(article, body).encode("utf-8"))


def _write_docx(
    article: ArticleDetail, path: Path, options: ExportOptions, lookup: AssetLookup | None
) -> None:
    from studio.export.docx_export import docx_bytes

    write_atomically(path, docx_bytes(article, lookup, paper=options.paper.value))


def writer_for(fmt: ExportFormat, pdf_writer: FileWriter | None = None) -> FileWriter:
    if fmt is ExportFormat.PDF:
        if pdf_writer is None:
            raise ValueError("PDF export needs the Qt PDF writer (studio.gui.pdf_export)")
        return pdf_writer
    return {
        ExportFormat.HTML: _write_html,
        ExportFormat.MARKDOWN: _write_markdown,
        ExportFormat.DOCX: _write_docx,
    }[fmt]


def export_article(
    source: ArticleSource,
    article_id: int,
    path: Path,
    options: ExportOptions,
    *,
    pdf_writer: FileWriter | None = None,
) -> Path:
    """One article to exactly `path` (replacing a file there)."""
    writer = writer_for(options.format, pdf_writer)
    writer(source.get(article_id), path, options, source.asset)
    return path


def export_batch(
    source: ArticleSource,
    article_ids: Iterable[int],
    folder: Path,
    options: ExportOptions,
    *,
    on_progress: Callable[[BatchProgress], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
    pdf_writer: FileWriter | None = None,
) -> BatchOutcome:
    """Each article to its own file in `folder`, named after its title.

    `on_progress` is called at the start, about ten times a second and at the end; the GUI runs
    this in a worker thread and forwards progress through a signal. `should_cancel` is asked
    before each article: files already written stay, the one in hand is not started.
    An article that fails (a missing article, an unwritable name) is reported, not fatal.
    """
    from studio.library.errors import LibraryError

    ids = list(article_ids)
    writer = writer_for(options.format, pdf_writer)
    folder.mkdir(parents=True, exist_ok=True)
    outcome = BatchOutcome()
    taken: set[str] = set()
    last = float("-inf")
    current = ""

    def report(done: int, force: bool = False) -> None:
        nonlocal last
        if on_progress is None or not (force or time.monotonic() - last >= PROGRESS_INTERVAL_S):
            return
        last = time.monotonic()
        on_progress(BatchProgress(done, len(ids), current))

    report(0, force=True)
    for done, article_id in enumerate(ids):
        if should_cancel is not None and should_cancel():
            outcome.cancelled = True
            break
        try:
            article = source.get(article_id)
            current = article.title
            stem = safe_stem(article.title, fallback=f"article-{article.id}")
            path = unique_path(folder, stem, options.format.suffix, taken, on_disk=False)
            writer(article, path, options, source.asset)
        except (LibraryError, OSError, ValueError) as error:
            message = getattr(error, "message", None) or str(error)
            outcome.failed.append((article_id, message))
        else:
            outcome.written.append(path)
        report(done + 1)
    report(len(outcome.written) + len(outcome.failed), force=True)
    return outcome
