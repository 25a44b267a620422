"""`qalam checklist-template list|show|set|delete`: the review checklist's templates, the
library's default and one per client, from a terminal (the same as Review › Checklist
Templates… in the studio).

`set` takes the JSON form of a template (what `show --json` prints); automatic items need only
their id and kind, manual items their id, kind and both labels.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any


def register(sub: Any, kit: Any) -> None:
    p = sub.add_parser(
        "checklist-template",
        help="the review checklist's templates: the default and one per client",
    )
    actions = p.add_subparsers(dest="template_action", metavar="ACTION", required=True)

    a = actions.add_parser("list", help="the stored templates and the clients without one")
    a.set_defaults(handler=_handler(_list, kit))
    kit.library_option(a)
    kit.output_options(a)

    a = actions.add_parser("show", help="the template a client's articles follow")
    a.set_defaults(handler=_handler(_show, kit))
    a.add_argument("--client", metavar="NAME", help="the client (default: the default template)")
    kit.library_option(a)
    kit.output_options(a)

    a = actions.add_parser("set", help="store a template from a JSON file ('-': stdin)")
    a.set_defaults(handler=_handler(_set, kit))
    a.add_argument("file", metavar="FILE.json", help="the template, as `show --json` prints it")
    a.add_argument(
        "--client", metavar="NAME", help="the client it is for (default: the file's own client)"
    )
    kit.library_option(a)
    kit.output_options(a)

    a = actions.add_parser(
        "delete", help="remove a client's template (its articles follow the default again)"
    )
    a.set_defaults(handler=_handler(_delete, kit))
    group = a.add_mutually_exclusive_group(required=True)
    group.add_argument("--client", metavar="NAME", help="the client whose template goes")
    group.add_argument(
        "--default", action="store_true", help="reset the default to the built-in template"
    )
    kit.library_option(a)
    kit.output_options(a)


def _handler(run: Any, kit: Any) -> Any:
    def handle(lib: Any, args: argparse.Namespace, printer: Any) -> Any:
        return run(lib, args, printer, kit.Exit)

    return handle


def _list(lib: Any, args: argparse.Namespace, printer: Any, codes: Any) -> Any:
    from studio.checks.checklist import DEFAULT_TEMPLATE
    from studio.library import checks_store

    stored = checks_store.templates(lib)
    default = next((t for t in stored if t.client is None), None)
    own = sorted((t for t in stored if t.client), key=lambda t: t.client or "")
    with_own = {t.client for t in own}
    others = [c for c in lib.clients() if c not in with_own]
    if args.json:
        printer.json(
            {
                "default": {
                    "items": len((default or DEFAULT_TEMPLATE).items),
                    "edited": bool(default),
                },
                "clients": [{"client": t.client, "items": len(t.items)} for t in own],
                "clients_on_default": others,
            }
        )
        return codes.OK
    state = "edited" if default else "built-in"
    printer.line(f"default ({state}): {len((default or DEFAULT_TEMPLATE).items)} items")
    for t in own:
        printer.line(f"client {t.client}: {len(t.items)} items")
    if others:
        printer.line(f"clients on the default: {', '.join(others)}")
    return codes.OK


def _show(lib: Any, args: argparse.Namespace, printer: Any, codes: Any) -> Any:
    from studio.checks import checklist as cl
    from studio.library import checks_store

    template = cl.template_for(args.client, checks_store.templates(lib))
    if args.json:
        printer.json(template.to_json())
        return codes.OK
    own = "its own template" if template.client else "the default template"
    printer.line(f"{args.client}: {own}" if args.client else "the default template")
    for n, item in enumerate(template.items, start=1):
        kind = "auto" if item.kind is cl.ItemKind.AUTO else "manual"
        printer.line(f"  {n}. [{kind}] {item.id}: {item.label_en} / {item.label_ar}")
    printer.line("  target length: each article's own target (words)")
    return codes.OK


def _set(lib: Any, args: argparse.Namespace, printer: Any, codes: Any) -> Any:
    import sys

    from studio.checks import templates as tpl
    from studio.library import checks_store

    try:
        raw = sys.stdin.read() if args.file == "-" else Path(args.file).read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        raise ValueError(f"{args.file}: not UTF-8 text") from error
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as error:
        raise ValueError(f"{args.file}: not JSON ({error.msg}, line {error.lineno})") from error
    given = args.client is not None
    template = tpl.from_json(data, args.client, set_client=given)
    checks_store.save_template(lib, template)
    if args.json:
        printer.json(template.to_json())
    else:
        owner = f"client {template.client}" if template.client else "the default"
        printer.line(f"stored the template of {owner}: {len(template.items)} items")
    return codes.OK


def _delete(lib: Any, args: argparse.Namespace, printer: Any, codes: Any) -> Any:
    from studio.library import checks_store

    client = None if args.default else args.client
    gone = checks_store.delete_template(lib, client)
    owner = f"client {client}" if client else "the default"
    if args.json:
        printer.json({"client": client, "deleted": gone})
    elif gone:
        printer.line(f"deleted the template of {owner}")
    else:
        printer.line(f"{owner} had no template of its own")
    return codes.OK if gone else codes.NOT_FOUND
