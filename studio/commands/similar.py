"""`qalam similar (ID | FILE | -) [--limit N] [--json]` and `qalam similar --jsonl IN.jsonl[.gz]`.

The JSON shape is a contract other tools rely on: one object per query,
`{"id", "results": [{"article_id", "external_id", "title", "score", "reused_share",
"passages": [{"start", "end", "source_start", "source_end"}]}]}`, where `start`/`end` are
character offsets in the given text and `source_*` in the stored body of the library article.
The index catches up with new and edited articles before the first answer.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from studio.commands.jsonl_input import read_text_records


def register(sub: Any, kit: Any) -> None:
    p = sub.add_parser(
        "similar",
        help="pieces in the library similar to an article, a file or stdin; reused passages",
        description="Topic neighbours and reused passages for an article ID, a text file or "
        '\'-\' (stdin); or, with --jsonl, for every {"id", "text"} line of a file.',
    )
    p.set_defaults(handler=_handler(kit))
    p.add_argument("target", nargs="?", metavar="ID|FILE|-")
    p.add_argument("--jsonl", type=Path, metavar="IN", help="queries as JSON lines (.gz too)")
    p.add_argument("--limit", type=int, default=10, help="at most this many results (default 10)")
    kit.library_option(p)
    kit.output_options(p)


def _handler(kit: Any):
    def run(lib: Any, args: argparse.Namespace, printer: Any) -> int:
        from studio.similar.service import SimilarService

        if (args.target is None) == (args.jsonl is None):
            print("qalam similar: give an ID, a FILE or '-', or --jsonl IN", file=sys.stderr)
            return kit.Exit.USAGE
        if args.limit < 0:
            # Said plainly here: deeper down a negative count fails inside the index's arrays.
            print("qalam similar: --limit is a number of results (0 or more)", file=sys.stderr)
            return kit.Exit.USAGE
        service = SimilarService(lib)
        service.catch_up()
        if args.jsonl is not None:
            return _run_jsonl(service, args, printer, kit)
        if args.target.isdigit():
            query_id: object = int(args.target)
            results = service.similar_to_article(int(args.target), limit=args.limit)
            text = lib.get(int(args.target)).body
        else:
            text = _read_text(args.target)
            query_id = args.target
            results = service.similar_to_text(text, limit=args.limit)
        if args.json:
            printer.json({"id": query_id, "results": [r.to_json() for r in results]})
            return kit.Exit.OK
        for r in results:
            printer.line(
                f"{r.article_id:>6}  {r.score:5.2f}  reused {r.reused_share:4.0%}  {r.title}"
            )
            for p in r.passages:
                excerpt = " ".join(text[p.start : p.end].split())
                printer.line(
                    f"        [{p.start}-{p.end}] ~ [{p.source_start}-{p.source_end}]  "
                    f"{excerpt[:70]}{'…' if len(excerpt) > 70 else ''}"
                )
        if not results:
            print("Nothing similar.", file=sys.stderr)
        return kit.Exit.OK

    return run


def _read_text(target: str) -> str:
    from studio.importers.encoding import decode_bytes

    # Bytes, told apart like a file's: a UTF-16 or Windows-1256 text piped in would otherwise be
    # read in the terminal's encoding and answered as garbage.
    if target == "-":
        raw = getattr(sys.stdin, "buffer", None)  # None when a caller put a text stream there
        return sys.stdin.read() if raw is None else decode_bytes(raw.read(), "stdin")
    return decode_bytes(Path(target).read_bytes(), target)


def _run_jsonl(service: Any, args: argparse.Namespace, printer: Any, kit: Any) -> int:
    failed = False
    for item in read_text_records(args.jsonl):
        if item.text is None:
            # Still one output line per input line, so outputs can be zipped with inputs.
            failed = True
            printer.json({"id": item.id, "results": [], "error": f"line {item.line}: {item.error}"})
            continue
        results = service.similar_to_text(item.text, limit=args.limit)
        printer.json({"id": item.id, "results": [r.to_json() for r in results]})
    return kit.Exit.FAILED if failed else kit.Exit.OK
