"""Two versions of an article compared word by word, as HTML for Qt's rich text.

Additions are green, deletions red and struck through. The comparison is cut into paragraphs on
the new text's line breaks and every paragraph carries its own direction (`dir` and `align`), so
an Arabic paragraph reads right to left with its changes in place. Pure Python: no Qt here.
"""

from __future__ import annotations

from html import escape

from studio.text import Direction, block_direction

INSERTED = "background-color:#d8f0d2; color:#1d5a16;"
DELETED = "background-color:#f8d7d3; color:#8a1f11; text-decoration: line-through;"
PARAGRAPH = "margin-top:0px; margin-bottom:8px;"


def _paragraph(parts: list[tuple[str, str]], default: Direction) -> str:
    plain = "".join(text for kind, text in parts if kind != "delete") or "".join(
        text for _kind, text in parts
    )
    direction = block_direction(plain, default) or default
    align = "right" if direction is Direction.RTL else "left"
    inner = []
    for kind, text in parts:
        if not text:
            continue
        if kind == "insert":
            inner.append(f'<span style="{INSERTED}">{escape(text)}</span>')
        elif kind == "delete":
            inner.append(f'<span style="{DELETED}">{escape(text)}</span>')
        else:
            inner.append(escape(text))
    body = "".join(inner) or "&nbsp;"
    return f'<p dir="{direction.value}" align="{align}" style="{PARAGRAPH}">{body}</p>'


def _paragraphs(ops: list[tuple[str, str]], default: Direction) -> str:
    paragraphs: list[list[tuple[str, str]]] = [[]]
    for kind, text in ops:
        pieces = text.split("\n")
        for index, piece in enumerate(pieces):
            if index:
                if kind == "delete":
                    # A removed line break joins the lines: show it as a marked pilcrow, the
                    # removed line struck through after it.
                    paragraphs[-1].append((kind, "¶"))
                else:
                    paragraphs.append([])
            paragraphs[-1].append((kind, piece))
    return "".join(_paragraph(p, default) for p in paragraphs)


def word_changes(old: str, new: str) -> list[tuple[str, str]]:
    """(kind, text) operations from `studio.text.diff.word_diff`: equal, insert, delete.

    A rewritten phrase comes back word by word (delete, space, insert, delete, space, insert);
    it reads better as the old phrase struck through, then the new one, so changes separated
    only by spaces are grouped, deletions first."""
    from studio.text.diff import word_diff

    ops = [(op.kind, op.text) for op in word_diff(old, new)]
    grouped: list[tuple[str, str]] = []
    run: list[tuple[str, str]] = []

    def close_run() -> None:
        deleted = "".join(text for kind, text in run if kind != "insert")
        inserted = "".join(text for kind, text in run if kind != "delete")
        if deleted:
            grouped.append(("delete", deleted))
        if deleted and inserted:
            # A space of their own between the two, so the words do not run together.
            grouped.append(("equal", " "))
        if inserted:
            grouped.append(("insert", inserted))
        run.clear()

    for index, (kind, text) in enumerate(ops):
        between_changes = (
            kind == "equal"
            and run
            and text.strip(" ") == ""
            and index + 1 < len(ops)
            and ops[index + 1][0] != "equal"
        )
        if kind != "equal" or between_changes:
            run.append((kind, text))
            continue
        if run:
            close_run()
        grouped.append((kind, text))
    if run:
        close_run()
    return grouped


def diff_html(old: str, new: str, default: Direction) -> str:
    return f"<html><body>{_paragraphs(word_changes(old, new), default)}</body></html>"


def text_html(text: str, default: Direction) -> str:
    return f"<html><body>{_paragraphs([('equal', text)], default)}</body></html>"
