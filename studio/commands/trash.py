"""`qalam trash`: the library's Trash from a terminal.

`qalam trash ID…` moves articles to the Trash (nothing is lost: `--restore` puts them back);
`--list` shows what it holds, newest trashed first; `--purge ID…` and `--empty` delete for good
and, because nothing brings those back, refuse to run without `--yes` (no question is asked: a
script must never hang on one).
"""

from __future__ import annotations

import argparse
import sys
from typing import Any


def register(sub: Any, kit: Any) -> None:
    p = sub.add_parser(
        "trash", help="move articles to the Trash, list it, restore from it or delete for good"
    )
    p.set_defaults(handler=_cmd_trash, kit=kit)
    p.add_argument("ids", nargs="*", type=int, metavar="ID", help="articles to act on")
    action = p.add_mutually_exclusive_group()
    action.add_argument("--list", action="store_true", help="list the Trash, newest trashed first")
    action.add_argument(
        "--restore", action="store_true", help="take the articles ID… out of the Trash"
    )
    action.add_argument(
        "--purge",
        action="store_true",
        help="delete the articles ID… for good (only articles in the Trash; needs --yes)",
    )
    action.add_argument(
        "--empty", action="store_true", help="delete every article in the Trash for good (--yes)"
    )
    p.add_argument("--yes", action="store_true", help="confirm deleting for good")
    kit.library_option(p)
    kit.output_options(p)


def _fail(message: str) -> None:
    print(f"qalam trash: {message}", file=sys.stderr)


def _cmd_trash(lib: Any, args: argparse.Namespace, printer: Any) -> int:
    exits = args.kit.Exit
    if args.list or args.empty:
        if args.ids:
            _fail("--list and --empty take no article ids")
            return int(exits.USAGE)
        return _list(lib, args, printer) if args.list else _empty(lib, args, printer)
    if not args.ids:
        _fail("give the ids of the articles (or --list, --empty)")
        return int(exits.USAGE)
    ids = list(dict.fromkeys(args.ids))
    unknown = [i for i in ids if i not in lib.existing_ids(ids)]
    if unknown:
        # Nothing is done when an id is wrong: a typo must not half-apply a list.
        from studio.library import ArticleNotFound

        raise ArticleNotFound(article_id=", ".join(str(i) for i in unknown))
    if args.purge:
        return _purge(lib, args, printer, ids)
    if args.restore:
        done = lib.restore_from_trash(ids)
        skipped = [i for i in ids if i not in done]
        if args.json:
            printer.json({"restored": done, "not_in_trash": skipped})
        else:
            printer.line(f"Restored {_articles(len(done))} from the Trash.")
            for i in skipped:
                printer.line(f"  {i} was not in the Trash")
        return int(exits.OK)
    done = lib.move_to_trash(ids)
    skipped = [i for i in ids if i not in done]
    if args.json:
        printer.json({"trashed": done, "already_in_trash": skipped})
    else:
        printer.line(
            f"Moved {_articles(len(done))} to the Trash "
            f"(`qalam trash --restore {' '.join(map(str, done or ids))}` puts them back)."
        )
        for i in skipped:
            printer.line(f"  {i} was already in the Trash")
    return int(exits.OK)


def _articles(count: int) -> str:
    return f"{count} article{'' if count == 1 else 's'}"


def _list(lib: Any, args: argparse.Namespace, printer: Any) -> int:
    from studio.library import ListQuery

    query = ListQuery(trashed=True, sort="trashed")
    rows = lib.list(query, limit=max(lib.count(query), 1))
    for row in rows:
        if args.json:
            data = {
                "id": row.id,
                "external_id": row.external_id,
                "title": row.title,
                "status": str(row.status),
                "words": row.words,
                "trashed_at": row.trashed_at,
            }
            printer.json(data)
        else:
            when = row.trashed_at.strftime("%Y-%m-%d %H:%M UTC") if row.trashed_at else ""
            printer.line(f"{row.id:>6}  {when}  {row.words:>6}  {row.title}")
    if not rows and not args.json:
        print("The Trash is empty.", file=sys.stderr)
    return int(args.kit.Exit.OK)


def _purge(lib: Any, args: argparse.Namespace, printer: Any, ids: list[int]) -> int:
    exits = args.kit.Exit
    outside = [i for i in ids if i not in set(lib.trashed_ids(ids))]
    if outside:
        listed = " ".join(map(str, outside))
        _fail(
            f"not in the Trash: {listed}. Only articles in the Trash are deleted for good; "
            f"move them there first (qalam trash {listed}). Nothing was deleted."
        )
        return int(exits.REFUSED)
    if not args.yes:
        _fail(
            f"deleting {_articles(len(ids))} for good cannot be undone; "
            "add --yes to confirm. Nothing was deleted."
        )
        return int(exits.REFUSED)
    gone = lib.delete_permanently(ids)
    if args.json:
        printer.json({"deleted": gone})
    else:
        printer.line(f"Deleted {_articles(len(gone))} for good.")
    return int(exits.OK)


def _empty(lib: Any, args: argparse.Namespace, printer: Any) -> int:
    if not args.yes:
        count = lib.trash_count()
        _fail(
            f"emptying the Trash deletes {_articles(count)} for good and cannot be undone; "
            "add --yes to confirm. Nothing was deleted."
        )
        return int(args.kit.Exit.REFUSED)
    gone = lib.empty_trash()
    if args.json:
        printer.json({"deleted": gone})
    else:
        printer.line(f"Emptied the Trash: {_articles(len(gone))} deleted for good.")
    return int(args.kit.Exit.OK)
