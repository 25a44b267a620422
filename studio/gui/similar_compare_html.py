"""One side of the side-by-side comparison: an article's text as HTML, each paragraph in its
own direction, the reused passages highlighted and anchored so both panes can scroll to a pair.

Pure Python (no Qt), so offsets can be tested on their own. The text is shown as written
(Markdown syntax included): passages are character offsets in the stored text, and rendering
the Markdown would move them. One paragraph per line of the text, so the pane can style the
Markdown line by line as the editor does (`similar_compare`).
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from studio.gui.reader_html import block_direction, direction_attrs
from studio.text import Direction

REUSED_STYLE = "background-color:#fbe7a1; color:#1d1d1d;"
CURRENT_STYLE = "background-color:#f2b84b; color:#1d1d1d;"


def anchor(passage: int) -> str:
    return f"passage-{passage}"


def compare_html(
    text: str,
    spans: Sequence[tuple[int, int]],
    current: int | None,
    default: Direction,
    font_pt: float = 12.0,
) -> str:
    """`text` with `spans[k]` (start, end) highlighted and anchored as `anchor(k)`; the span
    numbered `current` stands out. Spans out of range are clipped, never trusted."""
    n = len(text)
    clipped = [(max(0, min(s, n)), max(0, min(e, n))) for s, e in spans]
    anchored: set[int] = set()
    parts = [
        f"<html><head><style>p {{ line-height: 135%; margin-bottom: 10px; }}</style></head>"
        f'<body style="font-size:{font_pt:.1f}pt; color:#222222;">'
    ]
    position = 0
    for line in text.split("\n"):
        start, end = position, position + len(line)
        position = end + 1
        if not line.strip():
            continue
        direction = block_direction(line, default)
        cuts = []
        for k, (s, e) in enumerate(clipped):
            if s < end and e > start and e > s:
                cuts.append((max(s, start), min(e, end), k))
        cuts.sort()
        pieces: list[str] = []
        at = start
        for s, e, k in cuts:
            s = max(s, at)
            if s >= e:
                continue
            pieces.append(escape(text[at:s]))
            mark = ""
            if k not in anchored:
                anchored.add(k)
                mark = f'<a name="{anchor(k)}"></a>'
            style = CURRENT_STYLE if k == current else REUSED_STYLE
            pieces.append(f'{mark}<span style="{style}">{escape(text[s:e])}</span>')
            at = e
        pieces.append(escape(text[at:end]))
        parts.append(f"<p{direction_attrs(direction)}>{''.join(pieces)}</p>")
    parts.append("</body></html>")
    return "".join(parts)
