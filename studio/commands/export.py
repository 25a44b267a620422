"""`qalam export (ID… | --all [--status S]) --format html|md|docx|pdf -o PATH [--theme NAME]
[--assets embed|folder]`.

One article goes to the file `-o` names (or into it, when it is an existing folder); several go
into the folder `-o` names, one file each, named after their titles.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from studio.export import AssetMode, themes
from studio.export.writing import (
    BatchProgress,
    ExportFormat,
    ExportOptions,
    FileWriter,
    PaperSize,
    export_article,
    export_batch,
)


def register(sub: Any, kit: Any) -> None:
    p = sub.add_parser(
        "export",
        help="export articles as HTML, Markdown, DOCX or PDF",
        description="Export one article to a file, or several (or every one with a status) "
        "to a folder.",
    )
    p.set_defaults(handler=_handler(kit))
    p.add_argument("ids", nargs="*", type=int, metavar="ID", help="articles to export")
    p.add_argument("--all", action="store_true", help="every article (see --status)")
    p.add_argument("--status", help="with --all: only articles with this status")
    p.add_argument(
        "--format",
        default=ExportFormat.HTML.value,
        choices=[f.value for f in ExportFormat],
        help="default: html",
    )
    p.add_argument(
        "-o",
        "--output",
        required=True,
        type=Path,
        metavar="PATH",
        help="file for one article; folder for several",
    )
    p.add_argument("--theme", default="paper", choices=themes(), help="HTML theme")
    p.add_argument(
        "--assets",
        default=AssetMode.EMBED.value,
        choices=[m.value for m in AssetMode],
        help="HTML images inside the page (embed) or in a folder beside it",
    )
    p.add_argument("--toc", action="store_true", help="HTML: add a table of contents")
    p.add_argument(
        "--paper", default=PaperSize.A4.value, choices=[s.value for s in PaperSize], help="PDF"
    )
    kit.library_option(p)
    kit.output_options(p)


def _handler(kit: Any) -> Any:
    def run(lib: Any, args: argparse.Namespace, printer: Any) -> Any:
        return _run(lib, args, printer, kit.Exit)

    return run


def _pdf_writer(fmt: ExportFormat) -> FileWriter | None:
    if fmt is not ExportFormat.PDF:
        return None
    # Qt lives only in the GUI package, and only PDF needs it: imported on demand.
    from studio.gui.pdf_export import write_pdf

    return write_pdf


def _article_ids(lib: Any, args: argparse.Namespace) -> list[int]:
    from studio.library import ListQuery, Status

    status = Status.parse(args.status) if args.status else None
    query = ListQuery(sort="id", descending=False, status=status)
    return [row.id for row in lib.list(query, limit=max(lib.count(query), 1))]


def _run(lib: Any, args: argparse.Namespace, printer: Any, exit_codes: Any) -> Any:
    if bool(args.ids) == bool(args.all) or (args.status and not args.all):
        print("qalam export: give article ids, or --all [--status S]", file=sys.stderr)
        return exit_codes.USAGE
    options = ExportOptions(
        format=ExportFormat(args.format),
        theme=args.theme,
        table_of_contents=args.toc,
        assets=AssetMode(args.assets),
        paper=PaperSize(args.paper),
    )
    pdf_writer = _pdf_writer(options.format)
    output: Path = args.output
    if len(args.ids) == 1 and not output.is_dir():
        path = export_article(lib, args.ids[0], output, options, pdf_writer=pdf_writer)
        if args.json:
            printer.json({"written": [str(path)], "failed": []})
        else:
            printer.line(f"Exported article {args.ids[0]} to {path}")
        return exit_codes.OK

    ids = args.ids or _article_ids(lib, args)
    progress = _TerminalProgress() if sys.stderr.isatty() and not args.json else None
    try:
        outcome = export_batch(
            lib, ids, output, options, on_progress=progress, pdf_writer=pdf_writer
        )
    finally:
        if progress:
            progress.finish()
    if args.json:
        printer.json(
            {
                "written": [str(p) for p in outcome.written],
                "failed": [{"id": i, "error": e} for i, e in outcome.failed],
            }
        )
    else:
        printer.line(f"Exported {len(outcome.written)} of {len(ids)} articles to {output}")
        for article_id, error in outcome.failed:
            printer.line(f"  failed {article_id}: {error}")
    return exit_codes.FAILED if outcome.failed else exit_codes.OK


class _TerminalProgress:
    def __init__(self) -> None:
        self.shown = False

    def __call__(self, progress: BatchProgress) -> None:
        share = progress.done / max(progress.total, 1)
        filled = int(share * 30)
        sys.stderr.write(
            f"\r[{'#' * filled}{'.' * (30 - filled)}] {progress.done}/{progress.total}"
        )
        sys.stderr.flush()
        self.shown = True

    def finish(self) -> None:
        if self.shown:
            sys.stderr.write("\n")
            sys.stderr.flush()
