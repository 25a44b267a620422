"""`qalam verify [--json]`: whether the library is sound — SQLite's own check of the file, the
rows of each article against each other (word count, authorship record, revisions), and the
search index against the articles. What a writer asks after a crash or a disk scare, and what a
script runs before trusting a copied library.

`--repair` first mends what is derived from the stored text (word counts, search index rows),
never the text itself. JSON: `{"sound": bool, "articles": N, "mended": N, "problems": ["…"]}`.
Exit 0 when sound, 3 when not (a library too damaged to open exits 3 as well, with the way to
its backups).
"""

from __future__ import annotations

import argparse
import sys
from typing import Any


def register(sub: Any, kit: Any) -> None:
    p = sub.add_parser(
        "verify",
        help="check the library for damage: the file, each article's rows, the search index",
        description="Runs SQLite's integrity check on the library file, then checks that each "
        "article's rows agree (stored word count, authorship record, revisions) and that the "
        "search index holds exactly the library's articles. Changes nothing.",
    )
    p.set_defaults(handler=_handler(kit))
    p.add_argument(
        "--repair",
        action="store_true",
        help="mend what is derived from the text (word counts, the search index), then check again",
    )
    kit.library_option(p)
    kit.output_options(p)


def _handler(kit: Any):
    def run(lib: Any, args: argparse.Namespace, printer: Any) -> int:
        from studio.library.integrity import verify

        report = verify(lib, repair=args.repair)
        if args.json:
            printer.json(
                {
                    "sound": report.sound,
                    "articles": report.articles,
                    "mended": report.mended,
                    "problems": report.problems,
                }
            )
        elif report.problems:
            for problem in report.problems:
                printer.line(problem)
            mendable = not args.repair and not report.file_damaged
            hint = (
                "`qalam verify --repair` mends word counts and the search index; for anything "
                "else, "
                if mendable
                else ""
            )
            print(
                f"qalam verify: {len(report.problems)} problem(s) found in {lib.path}. {hint}"
                "`qalam backup --list` shows its backups and `qalam restore latest` puts the "
                "newest good one in its place, keeping this file aside.",
                file=sys.stderr,
            )
        else:
            if report.mended:
                printer.line(
                    f"Mended {report.mended} derived value(s) (word counts, search index rows)."
                )
            printer.line(
                f"The library is sound: {_articles(report.articles)}; the file, every article's "
                "rows and the search index agree."
            )
        return kit.Exit.LIBRARY if report.problems else kit.Exit.OK

    return run


def _articles(n: int) -> str:
    return "1 article" if n == 1 else f"{n} articles"
