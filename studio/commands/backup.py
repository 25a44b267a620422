"""`qalam backup`, `qalam backup --list` and `qalam restore BACKUP`: the library's backups from a
terminal. They work without opening the library, so a damaged one can be listed and restored.

`qalam restore ID REV` (a revision of an article, studio/commands/history.py) keeps its meaning:
`restore` with one argument restores a backup, with two a revision.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from studio.library import backups as bk
from studio.library import restore as rs


def register(sub: Any, kit: Any) -> None:
    p = sub.add_parser(
        "backup", help="back up the library now (or list its backups, or set how many to keep)"
    )
    p.set_defaults(handler=_cmd_backup, kit=kit, without_library=lambda _args: True)
    p.add_argument("--list", action="store_true", help="list the backups and what each holds")
    p.add_argument(
        "--keep-daily", type=int, metavar="DAYS", help="keep one backup a day for this many days"
    )
    p.add_argument(
        "--keep-weekly",
        type=int,
        metavar="WEEKS",
        help="keep one backup a week for this many weeks",
    )
    kit.library_option(p)
    kit.output_options(p)


def library_path(args: argparse.Namespace) -> Path:
    from studio.library import default_library_path

    chosen = getattr(args, "library", None)
    return (Path(chosen).expanduser() if chosen else default_library_path()).absolute()


def _cmd_backup(_lib: Any, args: argparse.Namespace, printer: Any) -> int:
    exit_codes = args.kit.Exit
    path = library_path(args)
    if args.keep_daily is not None or args.keep_weekly is not None:
        current = bk.load_policy(path)
        policy = bk.RetentionPolicy(
            daily=current.daily if args.keep_daily is None else args.keep_daily,
            weekly=current.weekly if args.keep_weekly is None else args.keep_weekly,
        )
        bk.save_policy(path, policy)
        if args.json:
            printer.json({"daily": policy.daily, "weekly": policy.weekly})
        else:
            printer.line(
                f"Keeping one backup a day for {policy.daily} days and one a week for "
                f"{policy.weekly} weeks."
            )
        return int(exit_codes.OK)
    if args.list:
        summaries = bk.list_backups(path)
        for summary in summaries:
            if args.json:
                printer.json(summary.to_json())
            else:
                _print_summary(printer, summary)
        if not summaries and not args.json:
            print(f"No backups yet in {bk.backups_folder(path)}.", file=sys.stderr)
        return int(exit_codes.OK)
    summary = bk.create_backup(path, bk.MANUAL)
    if args.json:
        printer.json(summary.to_json())
    else:
        printer.line(
            f"Backed up to {summary.path} ({summary.articles} articles, {summary.words} words, "
            f"{_size(summary.size_bytes)})."
        )
    return int(exit_codes.OK)


def _size(size: int) -> str:
    return f"{size / 1_048_576:.1f} MB" if size >= 100_000 else f"{size / 1024:.0f} KB"


def _print_summary(printer: Any, summary: bk.BackupSummary) -> None:
    when = summary.created.strftime("%Y-%m-%d %H:%M UTC")
    if not summary.usable:
        printer.line(
            f"{when}  {summary.kind:<14} UNUSABLE ({summary.problem})  {summary.path.name}"
        )
        return
    printer.line(
        f"{when}  {summary.kind:<14} {summary.articles:>6} articles {summary.words:>9} words "
        f"{_size(summary.size_bytes):>9}  {summary.path.name}"
    )
    if summary.newest_titles:
        printer.line("    newest: " + "; ".join(summary.newest_titles))


def restore_from_backup(args: argparse.Namespace, printer: Any) -> int:
    """`qalam restore BACKUP [--yes]`: shows what the backup holds and asks, unless --yes."""
    exit_codes = args.kit.Exit
    path = library_path(args)
    backup = rs.resolve_backup(path, args.target)
    summary = bk.inspect_backup(backup)
    if not summary.usable:
        from studio.library.errors import BackupUnusable

        raise BackupUnusable(path=str(backup), detail=summary.problem)
    if not args.yes:
        if not args.json:
            _print_summary(printer, summary)
        question = (
            f"Replace the content of {path} with this backup? The library as it is now is "
            "backed up first (or, if it is damaged, kept aside). [y/N] "
        )
        print(question, end="", file=sys.stderr, flush=True)
        answer = sys.stdin.readline().strip().lower()
        if answer not in ("y", "yes"):
            print("Nothing was changed.", file=sys.stderr)
            return int(exit_codes.CANCELLED)
    outcome = rs.restore_backup(path, backup)
    if args.json:
        printer.json(
            {
                "library": outcome.library,
                "restored": outcome.restored,
                "backup": summary.to_json(),
                "safety_backup": outcome.safety_backup,
                "damaged_kept": outcome.damaged_kept,
            }
        )
        return int(exit_codes.OK)
    printer.line(f"Restored {backup.name} into {path} ({summary.articles} articles).")
    if outcome.safety_backup is not None:
        printer.line(f"The library as it was is kept as the backup {outcome.safety_backup.name}.")
    for kept in outcome.damaged_kept:
        printer.line(f"The damaged file was kept as {kept}.")
    return int(exit_codes.OK)
