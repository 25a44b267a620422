"""Carrying a record across a change made outside the editor.

When a body changed where no record was kept (a scripted `qalam update`, another program), the
text that is still the same keeps its origin and everything else becomes `Origin.UNKNOWN`: the
record may say less than before, but it never says something wrong.
"""

from __future__ import annotations

from studio.authorship.record import AuthorshipMismatch, AuthorshipRecord, Origin
from studio.text.diff import word_diff


def follow_edit(record: AuthorshipRecord, old: str, new: str) -> AuthorshipRecord:
    """`record` (describing `old`) re-mapped onto `new`, word by word."""
    if len(record) != len(old):
        raise AuthorshipMismatch(
            f"a record of {len(record)} does not cover a text of {len(old)} characters"
        )
    if old == new:
        return record.copy()
    runs = record.runs()
    out = AuthorshipRecord()
    out._events = dict(record._events)  # surviving pieces stay the same paste, same import
    out._next = record._next
    index, run_start = 0, 0  # equal stretches come in text order: one pass over the runs
    for op in word_diff(old, new):
        if op.kind == "insert":
            out._append(op.new_end - op.new_start, Origin.UNKNOWN, 0)
            continue
        if op.kind != "equal":
            continue
        while index < len(runs) and run_start + runs[index][0] <= op.old_start:
            run_start += runs[index][0]
            index += 1
        i, pos = index, run_start
        while i < len(runs) and pos < op.old_end:
            length, origin, event = runs[i]
            lo, hi = max(op.old_start, pos), min(op.old_end, pos + length)
            if lo < hi:
                out._append(hi - lo, origin, event)
            pos += length
            i += 1
    return out
