"""The `qalam` command: every core capability, scriptable and testable without a screen.

`qalam` alone opens the studio window; sub-commands work on the library from the terminal.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import sys
from collections.abc import Sequence
from dataclasses import asdict
from datetime import datetime
from enum import IntEnum
from pathlib import Path
from typing import Any, TextIO

from studio import __version__


class Exit(IntEnum):
    """Exit codes scripts can rely on."""

    OK = 0
    FAILED = 1  # the command ran but part of the work failed (e.g. files refused on import)
    USAGE = 2  # wrong arguments (argparse's own code)
    LIBRARY = 3  # not a library, damaged, too new, cannot be written
    NOT_FOUND = 4
    CONFLICT = 5  # the article changed elsewhere; nothing was overwritten
    BUSY = 6  # another program holds the library
    REFUSED = 7  # not allowed as asked (a status move, a rating outside 1–5); nothing changed
    CANCELLED = 130


def _library_option(parser: argparse.ArgumentParser, *, top: bool) -> None:
    parser.add_argument(
        "--library",
        metavar="PATH",
        type=Path,
        # Given after the sub-command it must not reset a value given before it.
        default=None if top else argparse.SUPPRESS,
        help="library file to use (created if missing); default: the library in your data folder",
    )


def _output_options(parser: argparse.ArgumentParser, *, json_flag: bool = True) -> None:
    if json_flag:
        parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument(
        "--visual",
        action="store_true",
        help="shape and reorder Arabic for terminals that cannot (display only)",
    )


def build_parser(
    *, commands: bool = True, lazy: bool = False, command: str | None = None
) -> argparse.ArgumentParser:
    """The whole command line; with commands=False, without the sub-commands that live in
    their own modules (importing them costs the studio window a second of start-up). With
    lazy=True only the module of `command` (the command word given) is imported: the others are
    listed by name and help alone (`COMMANDS`), which is all `qalam --help` shows of them."""
    parser = argparse.ArgumentParser(
        prog="qalam",
        description="Qalam Studio: draft, review and rate articles in Arabic and English. "
        "Without a command, opens the studio window (`qalam FILE.qalam` opens that library).",
    )
    parser.add_argument("--version", action="version", version=f"Qalam Studio {__version__}")
    _library_option(parser, top=True)
    parser.add_argument(
        "--lang", choices=["ar", "en"], help="interface language of the studio window"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("import", help="import .txt, .md, .jsonl(.gz) files or folders")
    p.set_defaults(handler=_cmd_import)
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    _library_option(p, top=False)
    _output_options(p)

    p = sub.add_parser("list", help="list articles")
    p.set_defaults(handler=_cmd_list)
    p.add_argument("--status", help="only articles with this status")
    p.add_argument("--author", help="only articles by this author")
    p.add_argument("--client", help="only articles for this client")
    p.add_argument("--tag", help="only articles with this tag")
    p.add_argument(
        "--sort",
        default="updated",
        choices=[
            "updated",
            "created",
            "title",
            "status",
            "author",
            "client",
            "words",
            "id",
            "rating",
        ],
    )
    p.add_argument("--asc", action="store_true", help="ascending order (default: descending)")
    p.add_argument("--limit", type=int, default=50, help="at most this many (0: all)")
    p.add_argument("--offset", type=int, default=0)
    _library_option(p, top=False)
    _output_options(p)

    p = sub.add_parser(
        "search", help="full-text search, insensitive to diacritics and letter forms"
    )
    p.set_defaults(handler=_cmd_search)
    p.add_argument("query")
    p.add_argument("--limit", type=int, default=20)
    _library_option(p, top=False)
    _output_options(p)

    p = sub.add_parser("show", help="show one article")
    p.set_defaults(handler=_cmd_show)
    p.add_argument("id", type=int)
    p.add_argument(
        "--authorship", action="store_true", help="who wrote which parts: spans and shares"
    )
    _library_option(p, top=False)
    _output_options(p)

    p = sub.add_parser("info", help="figures about the library")
    p.set_defaults(handler=_cmd_info)
    _library_option(p, top=False)
    _output_options(p)

    p = sub.add_parser(
        "update",
        help="change an article's title or body (recorded as a revision), "
        "or its author, client, tags and target length",
    )
    p.set_defaults(handler=_cmd_update)
    p.add_argument("id", type=int)
    p.add_argument("--title")
    p.add_argument("--body-file", type=Path, metavar="FILE", help="new body ('-' for stdin)")
    _details_options(p)
    p.add_argument(
        "--expected-version",
        type=int,
        metavar="N",
        help="refuse if the article is no longer at this version",
    )
    _library_option(p, top=False)
    _output_options(p)

    for module, listed in COMMANDS.items() if commands else ():
        if lazy and command not in {name for name, _help in listed}:
            for name, help_text in listed:
                sub.add_parser(name, help=help_text)
        else:
            importlib.import_module(module).register(sub, CommandKit())
    return parser


# -- output -------------------------------------------------------------------------------------


class Printer:
    def __init__(self, out: TextIO, *, visual: bool) -> None:
        self.out = out
        self.visual = visual

    def line(self, text: str = "") -> None:
        if self.visual:
            text = to_visual(text)
        print(text, file=self.out)

    def json(self, value: Any) -> None:
        print(json.dumps(value, ensure_ascii=False, default=_json_default), file=self.out)


def to_visual(text: str) -> str:
    """Shaped and reordered for display on a terminal without bidi or Arabic shaping."""
    import arabic_reshaper
    from bidi import get_display

    return "\n".join(get_display(arabic_reshaper.reshape(line)) for line in text.split("\n"))


def _json_default(value: object) -> object:
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, Path):
        return str(value)
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def _row_json(row: Any) -> dict[str, Any]:
    data = asdict(row)
    data["status"] = str(row.status)
    return data


# -- commands -----------------------------------------------------------------------------------


def _cmd_import(lib: Any, args: argparse.Namespace, printer: Printer) -> Exit:
    from studio.importers import import_paths

    progress = _TerminalProgress(sys.stderr) if sys.stderr.isatty() and not args.json else None
    try:
        outcome = import_paths(lib, args.paths, on_progress=progress)
    except KeyboardInterrupt:
        return Exit.CANCELLED
    finally:
        if progress:
            progress.finish()
    if args.json:
        printer.json(
            {
                "imported": len(outcome.imported),
                "ids": outcome.imported,
                "skipped": outcome.skipped,
                "refused": [{"source": r.source, "error": r.message} for r in outcome.refused],
            }
        )
    else:
        printer.line(
            f"Imported {len(outcome.imported)}, skipped {len(outcome.skipped)} "
            f"(already in the library), refused {len(outcome.refused)}."
        )
        for refusal in outcome.refused:
            printer.line(f"  refused {refusal.source}: {refusal.message}")
    return Exit.FAILED if outcome.refused else Exit.OK


class _TerminalProgress:
    """A one-line progress bar on stderr, only when stderr is a terminal."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.shown = False

    def __call__(self, progress: Any) -> None:
        total = max(progress.total_bytes, 1)
        share = min(progress.done_bytes / total, 1.0)
        filled = int(share * 30)
        self.stream.write(
            f"\r[{'#' * filled}{'.' * (30 - filled)}] {share:4.0%}  {progress.imported} articles"
        )
        self.stream.flush()
        self.shown = True

    def finish(self) -> None:
        if self.shown:
            self.stream.write("\n")
            self.stream.flush()


def _cmd_list(lib: Any, args: argparse.Namespace, printer: Printer) -> Exit:
    from studio.library import ListQuery, Status

    status = Status.parse(args.status) if args.status else None
    query = ListQuery(
        sort=args.sort,
        descending=not args.asc,
        status=status,
        author=args.author,
        tag=args.tag,
        client=args.client,
    )
    limit = args.limit if args.limit > 0 else lib.count(query)
    rows = lib.list(query, offset=args.offset, limit=limit)
    if args.json:
        for row in rows:
            printer.json(_row_json(row))
    else:
        for row in rows:
            printer.line(f"{row.id:>6}  {row.status.value:<17} {row.words:>6}  {row.title}")
    return Exit.OK


def _cmd_search(lib: Any, args: argparse.Namespace, printer: Printer) -> Exit:
    hits = lib.search(args.query, limit=args.limit)
    if args.json:
        for hit in hits:
            printer.json(_row_json(hit))
        return Exit.OK
    bold = printer.out.isatty() and not printer.visual
    for hit in hits:
        printer.line(f"{hit.id:>6}  {hit.title}")
        printer.line("        " + (_mark(hit.snippet, hit.highlights) if bold else hit.snippet))
    if not hits:
        print("No matches.", file=sys.stderr)
    return Exit.OK


def _mark(snippet: str, spans: Sequence[tuple[int, int]]) -> str:
    out, last = [], 0
    for start, end in spans:
        out += [snippet[last:start], "\033[1m", snippet[start:end], "\033[0m"]
        last = end
    out.append(snippet[last:])
    return "".join(out)


def _cmd_show(lib: Any, args: argparse.Namespace, printer: Printer) -> Exit:
    if args.authorship:
        from studio.commands.authorship import show_authorship

        show_authorship(lib, args, printer)
        return Exit.OK
    article = lib.get(args.id)
    rating, reviews = lib.rating(args.id)
    if args.json:
        printer.json(_row_json(article) | {"rating": rating, "review_count": reviews})
        return Exit.OK
    printer.line(article.title)
    byline = [article.status.value, f"{article.words} words", f"{article.reading_minutes} min"]
    if article.author:
        byline.insert(0, article.author)
    if article.client:
        byline.append(f"for {article.client}")
    if article.trashed_at:
        byline.append("in the Trash")
    printer.line(" · ".join(byline))
    if article.tags:
        printer.line("tags: " + ", ".join(article.tags))
    printer.line(
        f"{rating} out of 5 · {reviews} review{'s' if reviews != 1 else ''}"
        if reviews
        else "no ratings yet"
    )
    printer.line()
    printer.line(article.body)
    return Exit.OK


def _cmd_info(lib: Any, args: argparse.Namespace, printer: Printer) -> Exit:
    info = lib.info()
    if args.json:
        printer.json(asdict(info))
        return Exit.OK
    printer.line(f"library   {info.path}")
    printer.line(f"schema    {info.schema}")
    printer.line(f"articles  {info.articles}  ({info.words} words)")
    for status, count in sorted(info.by_status.items()):
        printer.line(f"  {status:<18}{count}")
    for lang, count in sorted(info.by_lang.items()):
        printer.line(f"  lang {lang:<13}{count}")
    printer.line(f"people    {info.people}")
    printer.line(f"tags      {info.tags}")
    printer.line(f"revisions {info.revisions}")
    printer.line(f"size      {info.size_bytes / 1_048_576:.1f} MB")
    return Exit.OK


def _details_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--author", metavar="NAME", help="who wrote it ('' for nobody)")
    p.add_argument("--client", metavar="NAME", help="who it is for ('' for no client)")
    tags = p.add_mutually_exclusive_group()
    tags.add_argument(
        "--tag",
        action="append",
        metavar="TAG",
        help="a tag; repeat it for several: together they replace the article's tags",
    )
    tags.add_argument("--no-tags", action="store_true", help="remove every tag")
    target = p.add_mutually_exclusive_group()
    target.add_argument(
        "--target-words", metavar="N", help="the length the client asked for, in words"
    )
    target.add_argument("--no-target", action="store_true", help="remove the target length")


def _details_given(args: argparse.Namespace) -> dict[str, Any]:
    """The details asked for on the command line, as `Library.set_details` takes them, after
    checking them (ValueError, told as a usage error, before anything is written)."""
    from studio.library.details import MAX_TARGET_WORDS, ArticleDetails

    given: dict[str, Any] = {}
    if args.author is not None:
        given["author"] = args.author
    if args.client is not None:
        given["client"] = args.client
    if args.tag is not None or args.no_tags:
        given["tags"] = args.tag or []
    if args.no_target:
        given["target_words"] = None
    elif args.target_words is not None:
        # isdecimal: Arabic-Indic digits (١٢٠٠) count too, as int() reads them.
        text = args.target_words.strip()
        if not text.isdecimal() or not 1 <= int(text) <= MAX_TARGET_WORDS:
            raise ValueError(
                f"--target-words must be a whole number of words from 1 to {MAX_TARGET_WORDS}"
                f" (--no-target removes it), not {args.target_words!r}"
            )
        given["target_words"] = int(text)
    ArticleDetails(
        given.get("author"), given.get("client"), tuple(given.get("tags", ())), None
    ).clean()
    return given


def _cmd_update(lib: Any, args: argparse.Namespace, printer: Printer) -> Exit:
    details = _details_given(args)
    body = None
    if args.body_file is not None:
        body = _read_body(args.body_file)
    if args.title is None and body is None and not details:
        print(
            "qalam update: give --title, --body-file, --author, --client, --tag, --no-tags, "
            "--target-words or --no-target",
            file=sys.stderr,
        )
        return Exit.USAGE
    before = lib.get(args.id)
    expected = args.expected_version
    article = before
    if args.title is not None or body is not None:
        article = lib.update(args.id, title=args.title, body=body, expected_version=expected)
        # The details follow on the version this change made, so a change made elsewhere in
        # between is still refused.
        expected = article.version
    if details:
        article = lib.set_details(args.id, expected_version=expected, **details)
    changes = _changes(before, article)
    if args.json:
        printer.json(
            {
                "id": article.id,
                "version": article.version,
                "words": article.words,
                "author": article.author,
                "client": article.client,
                "tags": article.tags,
                "target_words": article.target_words,
                "changed": {name: {"from": old, "to": new} for name, old, new in changes},
            }
        )
        return Exit.OK
    if not changes and article.version == before.version:
        printer.line(f"Article {article.id} already had these details (version {article.version}).")
        return Exit.OK
    printer.line(f"Updated article {article.id} (version {article.version}).")
    for name, old, new in changes:
        printer.line(f"  {name.replace('_', ' ')}: {_shown(old)} → {_shown(new)}")
    return Exit.OK


def _changes(before: Any, after: Any) -> list[tuple[str, Any, Any]]:
    """(field, old, new) for each field `qalam update` can change that did change; the body as
    its word count."""
    changes = [
        (name, getattr(before, name), getattr(after, name))
        for name in ("title", "author", "client", "tags", "target_words")
        if getattr(before, name) != getattr(after, name)
    ]
    if before.body != after.body:
        changes.insert(1, ("words", before.words, after.words))
    return changes


def _shown(value: Any) -> str:
    if value is None or value == []:
        return "(none)"
    if isinstance(value, list):
        return ", ".join(value)
    return str(value)


def _read_body(path: Path) -> str:
    if str(path) == "-":
        return sys.stdin.read()
    from studio.importers.encoding import decode_bytes

    return decode_bytes(path.read_bytes(), str(path))


# Commands of later features live in their own modules; each has
# `register(subparsers, kit: CommandKit)` which adds its parsers with `set_defaults(handler=…)`,
# a handler being `(library, args, printer) -> Exit`. Beside each module, the commands it
# registers with their help, in its order: `qalam --help` lists them without importing the
# modules (exports, checks and similar pieces bring SQLAlchemy, Jinja, markdown-it…), and a
# command imports only its own module. tests/test_cli_lazy.py keeps this list equal to what
# the modules register: a new command goes here too.
COMMANDS: dict[str, tuple[tuple[str, str], ...]] = {
    "studio.commands.export": (("export", "export articles as HTML, Markdown, DOCX or PDF"),),
    "studio.commands.history": (
        ("history", "list an article's revisions, newest first"),
        (
            "restore",
            "put a revision back (ID REV, recorded as a new revision), "
            "or the whole library from a backup (BACKUP: a file, its name, or 'latest')",
        ),
        ("diff", "word-by-word changes between two revisions (or a revision and now)"),
    ),
    "studio.commands.review": (
        ("status", "move an article through the workflow, or show its status history"),
        ("review", "rate an article: stars, rubric, verdict"),
        ("comment", "comments anchored to passages"),
        ("person", "an author's or client's page: articles, words, rating, statuses"),
    ),
    "studio.commands.similar": (
        (
            "similar",
            "pieces in the library similar to an article, a file or stdin; reused passages",
        ),
    ),
    "studio.commands.reuse_report": (
        ("reuse-report", "pairs of pieces in the library that share passages, most shared first"),
    ),
    "studio.commands.check": (
        ("check", "review checklist findings and the AI-only score of an article, file or JSONL"),
        ("checklist", "an article's review checklist: items, ticks, dismissed findings, snapshots"),
    ),
    "studio.commands.checklist_template": (
        (
            "checklist-template",
            "the review checklist's templates: the default and one per client",
        ),
    ),
    "studio.commands.backup": (
        ("backup", "back up the library now (or list its backups, or set how many to keep)"),
    ),
    "studio.commands.trash": (
        (
            "trash",
            "move articles to the Trash, list it, restore from it or delete for good",
        ),
    ),
    "studio.commands.verify": (
        ("verify", "check the library for damage: the file, each article's rows, the search index"),
    ),
    "studio.commands.spell": (
        ("spell", "words of an article, a file or stdin that the spelling lists do not know"),
    ),
}
COMMAND_MODULES: list[str] = list(COMMANDS)


class CommandKit:
    """What a command module needs from this one, so it never imports private helpers."""

    Exit = Exit
    Printer = Printer

    @staticmethod
    def library_option(parser: argparse.ArgumentParser) -> None:
        _library_option(parser, top=False)

    @staticmethod
    def output_options(parser: argparse.ArgumentParser, *, json_flag: bool = True) -> None:
        _output_options(parser, json_flag=json_flag)


def _exit_for(error: Exception) -> Exit:
    from studio.library import errors

    if isinstance(error, errors.ArticleNotFound):
        return Exit.NOT_FOUND
    if isinstance(error, errors.VersionConflict):
        return Exit.CONFLICT
    if isinstance(error, errors.LibraryLocked):
        return Exit.BUSY
    if isinstance(error, errors.ReviewRefused):
        return Exit.REFUSED
    return Exit.LIBRARY


def display_problem() -> str | None:
    """Why the studio window cannot open here, when Qt would otherwise abort the process with
    a message about plugins; None when it can (or when we cannot tell)."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return None
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        return (
            "no graphical display was found, so the studio window cannot open. "
            "The sub-commands work without one (qalam --help)."
        )
    # Imported here: ctypes is only needed for this check, and it slows every start.
    import ctypes.util

    if not os.environ.get("WAYLAND_DISPLAY") and ctypes.util.find_library("xcb-cursor") is None:
        return (
            "Qt needs the system library libxcb-cursor0 to open a window on X11. "
            "Install it (for example: sudo apt-get install libxcb-cursor0) and try again."
        )
    return None


def library_file_form(argv: Sequence[str]) -> list[str]:
    """`qalam PATH.qalam` as `qalam --library PATH.qalam`: how desktop launchers, file managers
    and Windows file associations open a library. Only when that file is the one positional
    argument, so a sub-command's own arguments are never reinterpreted."""
    args = list(argv)
    positions = _positionals(args)
    if len(positions) == 1 and args[positions[0]].lower().endswith(".qalam"):
        args[positions[0] : positions[0] + 1] = ["--library", args[positions[0]]]
    return args


def _positionals(args: Sequence[str]) -> list[int]:
    """Where the arguments that are neither options nor their values are."""
    positions = []
    skip_value = False
    for index, arg in enumerate(args):
        if skip_value:
            skip_value = False
        elif arg in ("--library", "--lang"):
            skip_value = True
        elif not arg.startswith("-"):
            positions.append(index)
    return positions


def main(argv: Sequence[str] | None = None) -> int:
    arguments = library_file_form(sys.argv[1:] if argv is None else argv)
    # Without a command word (nor --help, which lists them all) this starts the studio window,
    # which must not wait for every sub-command's module to import.
    positions = _positionals(arguments)
    wants_commands = bool(positions) or bool({"-h", "--help"} & set(arguments))
    word = arguments[positions[0]] if positions else None
    parser = build_parser(commands=wants_commands, lazy=True, command=word)
    args = parser.parse_args(arguments)
    if args.command is None:
        problem = display_problem()
        if problem:
            print(f"qalam: {problem}", file=sys.stderr)
            return int(Exit.FAILED)
        from studio.gui.app import run

        return run(args.library, args.lang)

    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")
    from studio.library import Library, LibraryCorrupt, LibraryError

    printer = Printer(sys.stdout, visual=args.visual)
    try:
        # Commands that must work on a library too damaged to open (backups) open it themselves.
        if getattr(args, "without_library", lambda _args: False)(args):
            return int(args.handler(None, args, printer))
        with Library.open(args.library) as lib:
            return int(args.handler(lib, args, printer))
    except LibraryError as error:
        print(f"qalam: {error.message}", file=sys.stderr)
        if isinstance(error, LibraryCorrupt) and args.command != "restore":
            print(
                "qalam: `qalam backup --list` shows its backups; `qalam restore latest` puts the "
                "newest good one in its place and keeps the damaged file aside.",
                file=sys.stderr,
            )
        return int(_exit_for(error))
    except ValueError as error:
        # Bad values given on the command line (an unknown status, say).
        print(f"qalam: {error}", file=sys.stderr)
        return int(Exit.USAGE)
    except BrokenPipeError:
        # The reader stopped early (`qalam check --jsonl … | head`): what it read is whole and
        # there is nothing to tell it; the status says not everything was written. Stdout goes
        # to nothing so that the flush at exit stays quiet too.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return int(Exit.FAILED)
    except OSError as error:
        print(f"qalam: {error.strerror or error}: {error.filename or ''}", file=sys.stderr)
        return int(Exit.FAILED)
    except KeyboardInterrupt:
        return int(Exit.CANCELLED)


if __name__ == "__main__":
    raise SystemExit(main())
