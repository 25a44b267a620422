"""`qalam status`, `qalam review` and `qalam comment`: the editorial workflow from a terminal.

Who acts: `--by`/`--reviewer`/`--author`, else the `QALAM_USER` environment variable, else the
login name — so a script's actions are attributed without asking.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from typing import Any

from studio.review.rating import DEFAULT_CRITERIA, Verdict


def register(sub: Any, kit: Any) -> None:
    p = sub.add_parser(
        "status", help="move an article through the workflow, or show its status history"
    )
    p.set_defaults(handler=_cmd_status, kit=kit)
    p.add_argument("id", type=int)
    p.add_argument(
        "new",
        nargs="?",
        metavar="NEW",
        help="draft, in_review, changes_requested, approved, published or archived "
        "(omit to show the history)",
    )
    p.add_argument("--reason", help="why (required when sending back or rejecting)")
    p.add_argument("--by", metavar="NAME", help="who makes the change")
    kit.library_option(p)
    kit.output_options(p)

    p = sub.add_parser("review", help="rate an article: stars, rubric, verdict")
    p.set_defaults(handler=_cmd_review, kit=kit)
    p.add_argument("id", type=int)
    p.add_argument("--stars", type=int, required=True, help="1 to 5")
    p.add_argument(
        "--rubric",
        action="append",
        default=[],
        metavar="NAME=N",
        help=f"a criterion scored 1 to 5 (repeatable): {', '.join(DEFAULT_CRITERIA)}",
    )
    p.add_argument("--verdict", required=True, choices=[v.value for v in Verdict])
    p.add_argument(
        "--comment", default="", metavar="TEXT", help="summary (the reason when sending back)"
    )
    p.add_argument("--reviewer", metavar="NAME")
    p.add_argument(
        "--checklist",
        action="store_true",
        help="keep the article's review checklist as it stands with the review (runs the checks)",
    )
    kit.library_option(p)
    kit.output_options(p)

    p = sub.add_parser("comment", help="comments anchored to passages")
    actions = p.add_subparsers(dest="comment_action", metavar="ACTION", required=True)
    c = actions.add_parser("add", help="comment on a passage, given by its text")
    c.set_defaults(handler=_cmd_comment_add, kit=kit)
    c.add_argument("id", type=int)
    c.add_argument("--quote", required=True, help="the passage, as it appears in the article")
    c.add_argument("--text", required=True, help="the comment")
    c.add_argument("--author", metavar="NAME")
    kit.library_option(c)
    kit.output_options(c)

    c = actions.add_parser("list", help="threads in text order with their anchor state")
    c.set_defaults(handler=_cmd_comment_list, kit=kit)
    c.add_argument("id", type=int)
    c.add_argument("--open", action="store_true", help="hide resolved threads")
    kit.library_option(c)
    kit.output_options(c)

    c = actions.add_parser("reply", help="reply in a comment's thread")
    c.set_defaults(handler=_cmd_comment_reply, kit=kit)
    c.add_argument("comment", type=int, metavar="COMMENT_ID")
    c.add_argument("--text", required=True)
    c.add_argument("--author", metavar="NAME")
    kit.library_option(c)
    kit.output_options(c)

    p = sub.add_parser(
        "person", help="an author's or client's page: articles, words, rating, statuses"
    )
    p.set_defaults(handler=_cmd_person, kit=kit)
    p.add_argument("name")
    p.add_argument(
        "--role",
        choices=["writer", "editor", "client"],
        help="set the person's role (creating the profile if new)",
    )
    p.add_argument("--limit", type=int, default=50, help="list at most this many articles")
    kit.library_option(p)
    kit.output_options(p)

    for action, help_text in (("resolve", "mark a thread resolved"), ("reopen", "reopen it")):
        c = actions.add_parser(action, help=help_text)
        c.set_defaults(handler=_cmd_comment_resolve, kit=kit, resolve=action == "resolve")
        c.add_argument("comment", type=int, metavar="COMMENT_ID")
        c.add_argument("--by", metavar="NAME")
        kit.library_option(c)
        kit.output_options(c)


def _who(name: str | None) -> str:
    if name and name.strip():
        return name.strip()
    env = os.environ.get("QALAM_USER", "").strip()
    if env:
        return env
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


# -- status -------------------------------------------------------------------------------------


def _cmd_status(lib: Any, args: argparse.Namespace, printer: Any) -> int:
    if args.new is None:
        history = lib.status_history(args.id)
        if args.json:
            printer.json(
                {
                    "id": args.id,
                    "status": lib.get(args.id).status.value,
                    "history": [_change_json(c) for c in history],
                }
            )
        else:
            printer.line(f"{args.id}: {lib.get(args.id).status.value}")
            for c in history:
                when = c.created.isoformat(sep=" ", timespec="seconds")
                why = f" — {c.reason}" if c.reason else ""
                printer.line(f"  {when}  {c.old} → {c.new}  ({c.by or '?'}){why}")
        return int(args.kit.Exit.OK)
    change = lib.set_status(args.id, args.new, by=_who(args.by), reason=args.reason)
    if args.json:
        printer.json(_change_json(change))
    else:
        printer.line(f"Article {args.id}: {change.old} → {change.new}.")
    return int(args.kit.Exit.OK)


def _change_json(change: Any) -> dict[str, Any]:
    return {
        "article_id": change.article_id,
        "old": change.old.value if change.old else None,
        "new": change.new.value,
        "by": change.by,
        "reason": change.reason,
        "created": change.created,
    }


# -- reviews ------------------------------------------------------------------------------------


def _rubric(pairs: list[str]) -> dict[str, int]:
    scores: dict[str, int] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise ValueError(f"--rubric takes NAME=N, not {pair!r}")
        try:
            scores[name.strip()] = int(value)
        except ValueError:
            raise ValueError(f"--rubric {name.strip()}: {value!r} is not a whole number") from None
    return scores


def _cmd_review(lib: Any, args: argparse.Namespace, printer: Any) -> int:
    review = lib.add_review(
        args.id,
        stars=args.stars,
        verdict=args.verdict,
        reviewer=_who(args.reviewer),
        rubric=_rubric(args.rubric),
        summary=args.comment,
    )
    snapshot = _keep_checklist(lib, args.id, review.id) if args.checklist else None
    mean, count = lib.rating(args.id)
    status = lib.get(args.id).status.value
    if args.json:
        printer.json(
            {
                "id": review.id,
                "article_id": review.article_id,
                "reviewer": review.reviewer,
                "stars": review.stars,
                "rubric": review.rubric,
                "verdict": review.verdict.value,
                "summary": review.summary,
                "created": review.created,
                "status": status,
                "rating": mean,
                "review_count": count,
                "checklist_snapshot": snapshot,
            }
        )
    else:
        printer.line(
            f"Review {review.id} of article {args.id}: {review.stars}★, {review.verdict.value}. "
            f"Rating now {mean} out of 5 · {count} review{'s' if count != 1 else ''}; "
            f"status {status}."
        )
    return int(args.kit.Exit.OK)


def _keep_checklist(lib: Any, article_id: int, review_id: int) -> int:
    from studio.checks.review_snapshot import keep_checklist

    return keep_checklist(lib, article_id, review_id)


# -- comments -----------------------------------------------------------------------------------


def _comment_json(comment: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": comment.id,
        "article_id": comment.article_id,
        "parent_id": comment.parent_id,
        "author": comment.author,
        "text": comment.text,
        "created": comment.created,
        "resolved": comment.resolved,
        "resolved_by": comment.resolved_by,
        "resolved_at": comment.resolved_at,
    }
    if comment.anchor is not None:
        data["quote"] = comment.anchor.quote
        data["anchored_start"] = comment.anchor.start
        data["anchored_end"] = comment.anchor.end
    if comment.located is not None:
        data["anchor"] = comment.located.state.value
        data["start"] = comment.located.start
        data["end"] = comment.located.end
        data["similarity"] = comment.located.similarity
    if comment.parent_id is None:
        data["replies"] = [_comment_json(r) for r in comment.replies]
    return data


def _cmd_comment_add(lib: Any, args: argparse.Namespace, printer: Any) -> int:
    comment = lib.add_comment(args.id, args.text, author=_who(args.author), quote=args.quote)
    if args.json:
        printer.json(_comment_json(comment))
    else:
        assert comment.anchor is not None
        printer.line(
            f"Comment {comment.id} on article {args.id}, "
            f"characters {comment.anchor.start}–{comment.anchor.end}."
        )
    return int(args.kit.Exit.OK)


def _cmd_comment_list(lib: Any, args: argparse.Namespace, printer: Any) -> int:
    threads = lib.comments(args.id, include_resolved=not args.open)
    if args.json:
        for thread in threads:
            printer.json(_comment_json(thread))
        return int(args.kit.Exit.OK)
    for thread in threads:
        where = thread.located
        place = (
            f"{where.start}–{where.end}" if where is not None and where.found else "passage gone"
        )
        state = where.state.value if where is not None else "?"
        mark = " (resolved)" if thread.resolved else ""
        quote = thread.anchor.quote if thread.anchor else ""
        printer.line(f"#{thread.id} [{state} {place}]{mark} «{quote}»")
        printer.line(f"    {thread.author or '?'}: {thread.text}")
        for reply in thread.replies:
            printer.line(f"    ↳ {reply.author or '?'}: {reply.text}")
    return int(args.kit.Exit.OK)


def _cmd_comment_reply(lib: Any, args: argparse.Namespace, printer: Any) -> int:
    reply = lib.reply(args.comment, args.text, author=_who(args.author))
    if args.json:
        printer.json(_comment_json(reply))
    else:
        printer.line(f"Reply {reply.id} in thread {reply.parent_id}.")
    return int(args.kit.Exit.OK)


def _cmd_comment_resolve(lib: Any, args: argparse.Namespace, printer: Any) -> int:
    if args.resolve:
        lib.resolve(args.comment, by=_who(args.by))
    else:
        lib.reopen(args.comment, by=_who(args.by))
    state = "resolved" if args.resolve else "reopened"
    if args.json:
        printer.json({"comment": args.comment, "state": state})
    else:
        printer.line(f"Thread of comment {args.comment} {state}.")
    return int(args.kit.Exit.OK)


# -- people -------------------------------------------------------------------------------------


def _cmd_person(lib: Any, args: argparse.Namespace, printer: Any) -> int:
    from studio.library import ListQuery

    if args.role:
        lib.set_person(args.name, args.role)
    page = lib.person_page(args.name)
    if page is None:
        print(f"qalam: nobody called {args.name!r} is in this library", file=sys.stderr)
        return int(args.kit.Exit.NOT_FOUND)
    limit = max(0, args.limit)
    written = lib.list(ListQuery(author=page.name), limit=limit) if page.articles else []
    ordered = lib.list(ListQuery(client=page.name), limit=limit) if page.client_articles else []
    if args.json:
        printer.json(
            {
                "name": page.name,
                "role": page.role,
                "articles": page.articles,
                "words": page.words,
                "rating": page.rating,
                "review_count": page.reviews,
                "by_status": page.by_status,
                "client_articles": page.client_articles,
                "written": [_article_brief(r) for r in written],
                "ordered": [_article_brief(r) for r in ordered],
            }
        )
        return int(args.kit.Exit.OK)
    printer.line(f"{page.name} ({page.role})")
    rating = (
        f"{page.rating} out of 5 · {page.reviews} review{'s' if page.reviews != 1 else ''}"
        if page.reviews
        else "no ratings yet"
    )
    printer.line(f"{page.articles} articles · {page.words} words · {rating}")
    if page.by_status:
        printer.line("  " + ", ".join(f"{k} {v}" for k, v in sorted(page.by_status.items())))
    for row in written:
        printer.line(f"{row.id:>6}  {row.status.value:<17} {row.title}")
    if page.client_articles:
        printer.line(f"As client: {page.client_articles} articles")
        for row in ordered:
            printer.line(f"{row.id:>6}  {row.status.value:<17} {row.title}")
    return int(args.kit.Exit.OK)


def _article_brief(row: Any) -> dict[str, Any]:
    return {
        "id": row.id,
        "external_id": row.external_id,
        "title": row.title,
        "status": row.status.value,
        "words": row.words,
        "rating": row.rating,
        "review_count": row.review_count,
    }
