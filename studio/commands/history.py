"""`qalam history ID`, `qalam restore ID REV` and `qalam diff ID REV [REV]`: an article's
revisions from the terminal."""

from __future__ import annotations

import argparse
from typing import Any

from studio.text.diff import word_diff


def register(sub: Any, kit: Any) -> None:
    p = sub.add_parser("history", help="list an article's revisions, newest first")
    p.set_defaults(handler=_cmd_history, kit=kit)
    p.add_argument("id", type=int)
    kit.library_option(p)
    kit.output_options(p)

    p = sub.add_parser(
        "restore",
        help="put a revision back (ID REV, recorded as a new revision), "
        "or the whole library from a backup (BACKUP: a file, its name, or 'latest')",
    )
    # With one argument it restores a backup, which must work on a library too damaged to open.
    p.set_defaults(
        handler=_cmd_restore, kit=kit, without_library=lambda args: args.revision is None
    )
    p.add_argument("target", metavar="ID|BACKUP")
    p.add_argument("revision", type=int, nargs="?", metavar="REV")
    p.add_argument("--yes", action="store_true", help="restore a backup without asking first")
    p.add_argument(
        "--expected-version",
        type=int,
        metavar="N",
        help="refuse if the article is no longer at this version (default: its current one)",
    )
    kit.library_option(p)
    kit.output_options(p)

    p = sub.add_parser(
        "diff", help="word-by-word changes between two revisions (or a revision and now)"
    )
    p.set_defaults(handler=_cmd_diff, kit=kit)
    p.add_argument("id", type=int)
    p.add_argument("old", type=int, metavar="REV")
    p.add_argument("new", type=int, nargs="?", metavar="REV", help="default: the current text")
    kit.library_option(p)
    kit.output_options(p)


def _cmd_history(lib: Any, args: argparse.Namespace, printer: Any) -> int:
    revisions = lib.revisions(args.id)
    if args.json:
        for rev in revisions:
            printer.json(
                {
                    "id": rev.id,
                    "article_id": rev.article_id,
                    "created": rev.created,
                    "reason": rev.reason,
                    "title": rev.title,
                    "words": rev.words,
                }
            )
    else:
        for rev in revisions:
            when = rev.created.isoformat(sep=" ", timespec="seconds")
            printer.line(f"{rev.id:>6}  {when}  {rev.reason:<15}{rev.words:>7}  {rev.title}")
        if not revisions:
            printer.line("No revisions yet: the article has not been changed since it was added.")
    return int(args.kit.Exit.OK)


def _cmd_restore(lib: Any, args: argparse.Namespace, printer: Any) -> int:
    if args.revision is None:
        from studio.commands.backup import restore_from_backup

        return restore_from_backup(args, printer)
    try:
        args.id = int(args.target)
    except ValueError:
        raise ValueError(f"restore: the article id must be a number, not {args.target!r}") from None
    expected = args.expected_version
    if expected is None:
        expected = lib.get(args.id).version
    article = lib.restore(args.id, args.revision, expected)
    if args.json:
        printer.json({"id": article.id, "version": article.version, "words": article.words})
    else:
        printer.line(
            f"Restored revision {args.revision} of article {article.id} "
            f"(now version {article.version})."
        )
    return int(args.kit.Exit.OK)


def _cmd_diff(lib: Any, args: argparse.Namespace, printer: Any) -> int:
    old = lib.revision(args.old)
    if old.article_id != args.id:
        from studio.library.errors import RevisionNotFound

        raise RevisionNotFound(revision_id=args.old, article_id=args.id)
    if args.new is None:
        new_body = lib.get(args.id).body
    else:
        new = lib.revision(args.new)
        if new.article_id != args.id:
            from studio.library.errors import RevisionNotFound

            raise RevisionNotFound(revision_id=args.new, article_id=args.id)
        new_body = new.body
    ops = word_diff(old.body, new_body)
    if args.json:
        for op in ops:
            printer.json(
                {
                    "kind": op.kind,
                    "text": op.text,
                    "old_start": op.old_start,
                    "old_end": op.old_end,
                    "new_start": op.new_start,
                    "new_end": op.new_end,
                    "marks_only": op.marks_only,
                }
            )
        return int(args.kit.Exit.OK)
    colour = printer.out.isatty() and not printer.visual
    marks = {"insert": ("\033[32m", "\033[0m"), "delete": ("\033[31m", "\033[0m")}
    plain = {"insert": ("{+", "+}"), "delete": ("[-", "-]")}
    out = []
    for op in ops:
        if op.kind == "equal":
            out.append(op.text)
        else:
            start, end = (marks if colour else plain)[op.kind]
            out.append(f"{start}{op.text}{end}")
    printer.line("".join(out))
    return int(args.kit.Exit.OK)
