"""`qalam check (ID | FILE | -) [--json]`, `qalam check --jsonl IN.jsonl[.gz]`, and
`qalam checklist ID [--tick ITEM | --untick ITEM | --dismiss FINGERPRINT --reason R] [--by NAME]
[--snapshot [--review RID]]`.

The --jsonl output is a contract other tools rely on: one line per input line,
{"id", "lang", "words", "ai_score", "flag", "findings": [{"rule", "severity", "start", "end",
"message"}]}, offsets in characters of the text as given.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, TextIO

from studio.checks import Checker, CheckResult
from studio.checks.unchecked import stored_authorship
from studio.commands.jsonl_input import read_text_records


def register(sub: Any, kit: Any) -> None:
    p = sub.add_parser(
        "check",
        help="review checklist findings and the AI-only score of an article, file or JSONL",
        description="Check one article (library ID), a text file or standard input ('-'); or, "
        "with --jsonl, every line of a JSON Lines file ({id, text, lang?}), writing one JSON "
        "line per input.",
    )
    p.set_defaults(handler=_handler(kit))
    p.add_argument("target", nargs="?", help="article ID, a text file, or '-' for stdin")
    p.add_argument("--jsonl", type=Path, metavar="IN", help="JSON Lines input (.jsonl or .gz)")
    p.add_argument(
        "--messages",
        choices=["en", "ar"],
        default="en",
        help="language of the finding messages (default: en)",
    )
    kit.library_option(p)
    kit.output_options(p)
    register_checklist(sub, kit)


def _handler(kit: Any) -> Any:
    def run(lib: Any, args: argparse.Namespace, printer: Any) -> Any:
        return _run(lib, args, printer, kit.Exit)

    return run


def _run(lib: Any, args: argparse.Namespace, printer: Any, exit_codes: Any) -> Any:
    checker = Checker()
    if args.jsonl is not None:
        if args.target is not None:
            raise ValueError("give either a target or --jsonl, not both")
        return check_jsonl(args.jsonl, sys.stdout, checker, args.messages, exit_codes)
    if args.target is None:
        raise ValueError("nothing to check: give an article ID, a file, '-' or --jsonl")
    text, title, article_id = read_target(lib, args.target)
    # A library article brings what the editor saw happen to its text (typed, pasted, declared
    # AI): the engine weighs that above style.
    authorship = stored_authorship(lib, article_id) if article_id is not None else None
    result = checker.check(text, authorship=authorship)
    if article_id is not None:
        # Kept with the article: the library table's badge and the checklist panel read it.
        from studio.checks.score import model_version
        from studio.library import checks_store

        checks_store.save_result(lib, article_id, text, result, model_version())
    if args.json:
        printer.json(_full_json(result, args.messages, title))
    else:
        _print_report(printer, result, text, args.messages)
    return exit_codes.OK


def read_target(lib: Any, target: str) -> tuple[str, str, int | None]:
    """(text, title, article id when it is a library article)."""
    from studio.importers.encoding import decode_bytes

    if target == "-":
        # Bytes, told apart as a file's are: a Windows-1256 or UTF-16 pipe read as UTF-8 would
        # be checked as mojibake (or as nothing) without a word of warning.
        stdin = getattr(sys.stdin, "buffer", None)
        text = sys.stdin.read() if stdin is None else decode_bytes(stdin.read(), "standard input")
        return text, "-", None
    path = Path(target)
    if target.isdigit() and not path.exists():
        article = lib.get(int(target))
        return article.body, article.title, article.id
    return decode_bytes(path.read_bytes(), str(path)), str(path), None


def check_jsonl(
    path: Path, out: TextIO, checker: Checker, message_lang: str, exit_codes: Any
) -> Any:
    """One output line per input line, in order; a line that cannot be read gets an `error`."""
    failed = False
    for item in read_text_records(path):
        if item.text is None:
            failed = True
            out.write(json.dumps({"id": item.id, "line": item.line, "error": item.error}) + "\n")
            continue
        lang = item.record.get("lang") if item.record.get("lang") in ("ar", "en") else None
        result = checker.check(item.text, lang=lang)
        row = {"id": item.id, **result.contract_json(message_lang)}
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return exit_codes.FAILED if failed else exit_codes.OK


def _full_json(result: CheckResult, message_lang: str, title: str) -> dict[str, Any]:
    data = result.contract_json(message_lang)
    data["title"] = title
    data["style_score"] = None if result.style_score is None else round(result.style_score, 4)
    data["figures"] = result.figures
    for out, finding in zip(data["findings"], result.findings, strict=True):  # type: ignore[arg-type]
        out["message_en"] = finding.message_en
        out["message_ar"] = finding.message_ar
        out["evidence"] = finding.evidence
    return data


_FLAG_TEXT = {
    "en": {
        "ok": "reads as human-worked",
        "needs_attention": "needs attention",
        "ai_only": "likely AI-only",
        "too_short": "too short to judge",
    },
    "ar": {
        "ok": "يبدو من عمل كاتب",
        "needs_attention": "يحتاج إلى مراجعة",
        "ai_only": "على الأرجح مولَّد آليًا بالكامل",
        "too_short": "أقصر من أن يُحكم عليه",
    },
}


def _print_report(printer: Any, result: CheckResult, text: str, lang: str) -> None:
    score = "—" if result.ai_score is None else f"{result.ai_score:.2f}"
    printer.line(
        f"{result.words} words ({result.lang}); AI-only score {score}: "
        f"{_FLAG_TEXT[lang][str(result.flag)]}"
    )
    for f in result.findings:
        line = text.count("\n", 0, f.start) + 1
        printer.line(f"  {line}:{f.start}-{f.end} [{f.severity}] {f.rule}: {f.message(lang)}")


# -- qalam checklist ------------------------------------------------------------------------------


def register_checklist(sub: Any, kit: Any) -> None:
    p = sub.add_parser(
        "checklist",
        help="an article's review checklist: items, ticks, dismissed findings, snapshots",
        description="Show an article's checklist (its client's template or the default), or "
        "tick a manual item, dismiss a finding, or keep a snapshot for a review.",
    )
    p.set_defaults(handler=_checklist_handler(kit))
    p.add_argument("id", type=int, help="article ID")
    p.add_argument("--tick", metavar="ITEM", help="tick a manual item (e.g. proofread)")
    p.add_argument("--untick", metavar="ITEM", help="mark a manual item as not done")
    p.add_argument(
        "--dismiss",
        metavar="FINGERPRINT",
        help="dismiss the finding with this fingerprint (see --json); needs --reason",
    )
    p.add_argument("--reason", help="why a finding is dismissed")
    p.add_argument("--by", default="", help="who ticks or dismisses (kept with the record)")
    p.add_argument("--note", default="", help="a note kept with a tick")
    p.add_argument("--snapshot", action="store_true", help="keep the checklist as it stands")
    p.add_argument("--review", type=int, metavar="RID", help="with --snapshot: the review")
    p.add_argument(
        "--snapshots",
        action="store_true",
        help="list the checklists kept with the article's reviews (nothing is checked)",
    )
    p.add_argument("--messages", choices=["en", "ar"], default="en")
    p.add_argument(
        "--no-reuse",
        action="store_true",
        help="skip looking for passages reused from other pieces of the library",
    )
    kit.library_option(p)
    kit.output_options(p)


def _reused(lib: Any, article_id: int) -> list[Any]:
    """Passages of the article found in other pieces (the similar-pieces index)."""
    from studio.checks.model import reused_spans
    from studio.similar.service import SimilarService

    service = SimilarService(lib)
    service.catch_up()
    return reused_spans(service.reused_in(article_id))


def _checklist_handler(kit: Any) -> Any:
    def run(lib: Any, args: argparse.Namespace, printer: Any) -> Any:
        return _checklist(lib, args, printer, kit.Exit)

    return run


def _checklist(lib: Any, args: argparse.Namespace, printer: Any, exit_codes: Any) -> Any:
    from datetime import datetime

    from studio.checks import checklist as cl
    from studio.checks.score import model_version
    from studio.library import checks_store

    article = lib.get(args.id)
    if args.snapshots:
        return _print_snapshots(lib, article, args, printer, exit_codes)
    text = article.body
    reused = None if args.no_reuse else _reused(lib, article.id)
    result = Checker().check(text, reused=reused, authorship=stored_authorship(lib, article.id))
    checks_store.save_result(lib, article.id, text, result, model_version())
    now = datetime.now().replace(microsecond=0)
    if args.tick or args.untick:
        item = args.tick or args.untick
        manual = {i.id for i in cl.DEFAULT_ITEMS if i.kind is cl.ItemKind.MANUAL}
        template = cl.template_for(article.client, checks_store.templates(lib))
        manual |= {i.id for i in template.items if i.kind is cl.ItemKind.MANUAL}
        if item not in manual:
            raise ValueError(f"not a manual checklist item: {item} ({', '.join(sorted(manual))})")
        tick = cl.ManualTick(item, bool(args.tick), args.by or "?", now, args.note)
        checks_store.add_tick(lib, article.id, tick)
    if args.dismiss:
        if not args.reason:
            raise ValueError("a dismissed finding needs a --reason")
        found = [f for f in result.findings if cl.fingerprint(text, f) == args.dismiss]
        if not found:
            raise ValueError(f"no finding with fingerprint {args.dismiss} in this article")
        d = cl.Dismissal(found[0].rule, args.dismiss, args.reason, args.by or "?", now)
        checks_store.dismiss(lib, article.id, d)
    template = cl.template_for(article.client, checks_store.templates(lib))
    items = cl.evaluate(
        template,
        text,
        result,
        ticks=checks_store.ticks(lib, article.id),
        dismissals=checks_store.dismissals(lib, article.id),
        target_words=article.target_words,
        reuse_checked=reused is not None,
    )
    if args.snapshot:
        payload = cl.snapshot(items, result, text, now)
        checks_store.add_snapshot(lib, article.id, payload, args.review)
    if args.json:
        data = {
            "id": article.id,
            "template": template.id,
            **result.contract_json(args.messages),
            "items": [
                {
                    "id": i.id,
                    "kind": str(i.kind),
                    "state": str(i.state),
                    "label": i.label_ar if args.messages == "ar" else i.label_en,
                    "findings": len(i.findings),
                    "dismissed": i.dismissed,
                    "detail": i.detail,
                }
                for i in items
            ],
        }
        for out, f in zip(data["findings"], result.findings, strict=True):  # type: ignore[arg-type]
            out["fingerprint"] = cl.fingerprint(text, f)
        printer.json(data)
    else:
        score = "—" if result.ai_score is None else f"{result.ai_score:.2f}"
        printer.line(f"{article.title}: {result.words} words, AI-only score {score}")
        marks = {"pass": "✓", "fail": "✗", "attention": "!", "unknown": "?"}
        for i in items:
            label = i.label_ar if args.messages == "ar" else i.label_en
            extra = f" ({i.detail})" if i.detail else ""
            printer.line(f"  {marks[str(i.state)]} {label}{extra}")
    return exit_codes.OK


def _print_snapshots(
    lib: Any, article: Any, args: argparse.Namespace, printer: Any, exit_codes: Any
) -> Any:
    """The checklists kept with reviews, oldest first: what each editor saw when rating."""
    from studio.library import checks_store

    kept = checks_store.snapshots(lib, article.id)
    if args.json:
        printer.json(
            {
                "id": article.id,
                "snapshots": [
                    {"snapshot": sid, "review": rid, **payload} for sid, rid, payload in kept
                ],
            }
        )
        return exit_codes.OK
    if not kept:
        print("No checklist has been kept with a review of this article.", file=sys.stderr)
    marks = {"pass": "✓", "fail": "✗", "attention": "!", "unknown": "?"}
    for sid, rid, payload in kept:
        result = payload.get("result", {})
        review = f"review {rid}" if rid is not None else "no review"
        printer.line(
            f"#{sid} ({review}, {payload.get('taken_at', '?')}): {result.get('flag', '?')}, "
            f"{result.get('words', '?')} words"
        )
        for item in payload.get("items", []):
            label = item.get("label_ar") if args.messages == "ar" else item.get("label_en")
            mark = marks.get(str(item.get("state")), "?")
            printer.line(f"  {mark} {label}")
    return exit_codes.OK
