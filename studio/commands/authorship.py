"""`qalam show ID --authorship`: who wrote which parts of an article."""

from __future__ import annotations

import argparse
from typing import Any


def authorship_json(lib: Any, article_id: int) -> dict[str, Any]:
    article = lib.get(article_id)
    record = lib.authorship(article_id)
    summary = record.summary()
    return {
        "id": article.id,
        "external_id": article.external_id,
        "version": article.version,
        "length": len(record),
        "spans": [
            {"start": s.start, "end": s.end, "origin": str(s.origin)} for s in record.spans()
        ],
        "shares": {str(k): round(v, 6) for k, v in record.shares().items()},
        "summary": {k: round(v, 6) for k, v in summary.as_dict().items()},
        "events": [
            {
                "origin": str(e.origin),
                "arrived": e.arrived,
                "remaining": e.remaining,
                "typed_inside": e.typed_inside,
                "reworked": e.reworked,
                "ranges": [list(r) for r in e.ranges],
            }
            for e in record.events()
        ],
    }


def show_authorship(lib: Any, args: argparse.Namespace, printer: Any) -> None:
    data = authorship_json(lib, args.id)
    if args.json:
        printer.json(data)
        return
    labels = {
        "typed": "typed",
        "pasted": "pasted",
        "pasted_reworked": "pasted, reworked",
        "imported": "imported",
        "ai": "AI (declared)",
        "ai_reworked": "AI (declared), reworked",
        "unknown": "unknown",
    }
    parts = [f"{v:.0%} {labels[k]}" for k, v in data["summary"].items() if v >= 0.005]
    printer.line(" · ".join(parts) or "empty")
    for span in data["spans"]:
        printer.line(f"{span['start']:>8}-{span['end']:<8} {span['origin']}")
