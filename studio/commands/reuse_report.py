"""`qalam reuse-report [--min-share X] [--fresh] [--json]`: pairs of pieces in the library that
share passages, most shared first (the studio's "Reused passages" report, scriptable).

It uses and updates the report kept in the library, as the studio does: only articles new or
changed since (and the pieces they share text with) are looked at; `--fresh` forgets what is
kept and looks at every article again.

JSON: one object `{"articles", "pairs": [{"first": {"article_id", "title"}, "second": {…},
"share", "first_share", "second_share", "passages", "near_duplicate"}]}` where `first_share` is
the share of the first piece's text found in the second, and `share` the larger of the two.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

# Articles looked at between two lines of progress (and kept in one transaction).
_BATCH = 50


def register(sub: Any, kit: Any) -> None:
    p = sub.add_parser(
        "reuse-report",
        help="pairs of pieces in the library that share passages, most shared first",
        description="Lists the pairs of pieces that share passages, with the share of each "
        "found in the other. What each article's look-up found is kept in the library: only "
        "new or changed articles, and the pieces they share text with, are looked at again.",
    )
    p.set_defaults(handler=_handler(kit))
    p.add_argument(
        "--min-share",
        type=float,
        default=0.0,
        metavar="X",
        help="only pairs where at least this share (0-1) of one piece is in the other",
    )
    p.add_argument(
        "--fresh",
        action="store_true",
        help="forget the kept results and look at every article again",
    )
    kit.library_option(p)
    kit.output_options(p)


def _handler(kit: Any):
    def run(lib: Any, args: argparse.Namespace, printer: Any) -> int:
        from studio.similar.kept_report import KeptReuseReport
        from studio.similar.service import SimilarService

        if not 0.0 <= args.min_share <= 1.0:
            print("qalam reuse-report: --min-share is a share between 0 and 1", file=sys.stderr)
            return kit.Exit.USAGE
        service = SimilarService(lib)
        progress = _Progress() if sys.stderr.isatty() and not args.json else None
        service.catch_up()
        kept = KeptReuseReport(service, args.min_share)
        if args.fresh:
            kept.forget()
        state = kept.prepare()
        if state.rules_changed:
            print(
                "qalam reuse-report: the matching rules have changed; "
                "looking at every article again.",
                file=sys.stderr,
            )
        while not kept.finished:
            kept.step(_BATCH)
            if progress is not None:
                progress(kept.done, kept.total)
        if progress is not None:
            progress.finish()
        pairs = kept.pairs()
        if args.json:
            printer.json(
                {"articles": len(service.article_ids()), "pairs": [p.to_json() for p in pairs]}
            )
            return kit.Exit.OK
        for p in pairs:
            mark = "  near-duplicate" if p.near_duplicate else ""
            printer.line(
                f"{p.share:5.0%}  {p.passages:>3} passage(s)  "
                f"{p.first_id:>6} {p.first_title}  ~  {p.second_id:>6} {p.second_title}{mark}"
            )
        if not pairs:
            print("No pieces share passages.", file=sys.stderr)
        return kit.Exit.OK

    return run


class _Progress:
    """Articles looked at, on one line of stderr (a terminal only)."""

    def __init__(self) -> None:
        self.shown = False

    def __call__(self, done: int, total: int) -> None:
        sys.stderr.write(f"\r{done}/{total} articles")
        sys.stderr.flush()
        self.shown = True

    def finish(self) -> None:
        if self.shown:
            sys.stderr.write("\n")
