"""Who wrote which characters of an article: runs of origins covering the whole text.

A record is a list of contiguous runs ``(length, origin, event)`` whose lengths add up to the
length of the text. ``event`` identifies one paste, one AI paste or mark, or one import: the
record remembers how long that text was when it arrived, so it can say later how much of it the
writer reworked. Typed and unknown text carry event 0 (nothing to compare against).

Positions and lengths are in whatever units the caller counts in, as long as it is consistent.
The library stores records in Python string indices (code points). Qt counts UTF-16 units, which
differ only after characters outside the Basic Multilingual Plane (emoji): convert with
`to_utf16(text)` after loading and `from_utf16(text)` before saving.

Contract for the editor
-----------------------
- Load: ``record = library.authorship(article_id)`` (already matched to the stored body), then
  ``record = record.to_utf16(body)``. Do not call `apply_change` for the initial ``setPlainText``.
- Every change the writer makes (``QTextDocument.contentsChange(position, removed, added)``):
  ``record.apply_change(position, removed, added, origin)`` with `Origin.TYPED` for keystrokes,
  typing over a selection, deleting, drag-moves and formatting shortcuts that insert markers;
  `Origin.PASTED` for a paste; `Origin.AI` for "Paste as AI text". Qt reports a change of
  character format only (no text changed) as ``removed == added``: skip those, they are not
  edits. A paste of text copied from the same document may keep its origins: take
  ``record.slice(start, end)`` on copy and pass it as ``apply_change(..., runs=fragment)``.
- "Mark selection as AI-written": ``record.mark(start, end, Origin.AI)``.
- Undo and redo: Qt reports them as ordinary changes, which would relabel restored pasted text
  as typed. Instead, keep an `UndoSnapshots` beside the document. In the ``contentsChange``
  handler, after `apply_change`, call ``snapshots.edited(document.availableUndoSteps(), record)``
  (measured with PySide6: the undo stack is already updated when ``contentsChange`` fires;
  replacing a selection adds two steps at once, which is fine — steps are only keys). Around
  ``undo()``/``redo()`` set a flag so the handler skips `apply_change`, then take
  ``record = snapshots.at(document.availableUndoSteps())`` (None: keep the record and
  ``snapshots.reset(record, steps)``). Snapshots are copies of the run lists: microseconds.
- Loading with ``setPlainText`` reports ``(0, old length + 1, 0)`` and ``(0, 0, new length)``
  (the +1 is the final block separator): build the record from the library instead and call
  ``snapshots.reset(record, 0)``.
- Save: ``library.save(..., authorship=record.from_utf16(body))``. The library checks that the
  record covers the body exactly and keeps it beside the body with the body's hash.
- `apply_change` costs O(runs) at worst and O(1) amortised for typing in one place (it walks from
  the last position it touched); a document of 100,000 words with 1,000 runs takes about 10 µs.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, NamedTuple

_FORMAT = 1


class Origin(StrEnum):
    TYPED = "typed"
    PASTED = "pasted"
    IMPORTED = "imported"
    AI = "ai"  # declared by the writer: "Paste as AI text" or "Mark selection as AI-written"
    UNKNOWN = "unknown"  # changed outside the editor, or by an editor that kept no record


_CODES = {
    Origin.TYPED: "t",
    Origin.PASTED: "p",
    Origin.IMPORTED: "i",
    Origin.AI: "a",
    Origin.UNKNOWN: "u",
}
_ORIGINS = {code: origin for origin, code in _CODES.items()}
# Text of these origins arrives in one piece that the writer may rework later.
_TRACKED = frozenset({Origin.PASTED, Origin.AI, Origin.IMPORTED})


class AuthorshipMismatch(ValueError):
    """A change or record that does not fit the text (a position beyond its end, say)."""


class Span(NamedTuple):
    """A range of one origin; unpacks as ``(start, end, origin)``."""

    start: int
    end: int
    origin: Origin


@dataclass(frozen=True, slots=True)
class EventInfo:
    """One paste, AI insertion or import, and what became of it.

    `reworked` is 1 − similarity between the text as it arrived and what is left of it, with
    difflib's similarity 2·M/T: M the characters that survive untouched, T the length as it
    arrived plus the length of its present extent (survivors plus text typed between them).
    One word changed in a pasted paragraph scores about 0.01; rewriting half of it about 0.5.
    """

    id: int
    origin: Origin
    arrived: int  # characters when pasted, marked or imported
    remaining: int  # characters of it still in the text
    typed_inside: int  # characters typed between its first and last surviving character
    reworked: float
    # Where what is left of it lies now: (start, end) ranges, for pointing at the passage.
    ranges: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True, slots=True)
class AuthorshipSummary:
    """Shares of the text, summing to 1 (all 0 for an empty text). Pasted and AI text is split
    into the part that counts as untouched and the part that counts as reworked (see
    `EventInfo.reworked`); text the writer typed into it counts as typed."""

    typed: float
    pasted: float
    pasted_reworked: float
    imported: float
    ai: float
    ai_reworked: float
    unknown: float

    def as_dict(self) -> dict[str, float]:
        return {name: getattr(self, name) for name in self.__slots__}


class AuthorshipRecord:
    """The origin of every character of one text, as runs."""

    __slots__ = ("_cursor", "_events", "_lens", "_next", "_origins", "_runev", "_total")

    def __init__(self, length: int = 0, origin: Origin = Origin.TYPED) -> None:
        self._lens: list[int] = []
        self._origins: list[Origin] = []
        self._runev: list[int] = []
        # event id -> (origin, length when it arrived)
        self._events: dict[int, tuple[Origin, int]] = {}
        self._next = 1
        self._total = 0
        # (run index, offset of that run's start): where the last change happened, so typing in
        # one place finds its run without walking from the start.
        self._cursor = (0, 0)
        if length:
            self._lens.append(length)
            self._origins.append(origin)
            self._runev.append(self._new_event(origin, length))
            self._total = length

    # -- building ----------------------------------------------------------------------------

    @classmethod
    def imported(cls, length: int) -> AuthorshipRecord:
        """The record of a text that entered the library by import (or before records existed)."""
        return cls(length, Origin.IMPORTED)

    def _new_event(self, origin: Origin, length: int) -> int:
        if origin not in _TRACKED:
            return 0
        event = self._next
        self._next += 1
        self._events[event] = (origin, length)
        return event

    def copy(self) -> AuthorshipRecord:
        other = AuthorshipRecord.__new__(AuthorshipRecord)
        other._lens = self._lens.copy()
        other._origins = self._origins.copy()
        other._runev = self._runev.copy()
        other._events = self._events.copy()
        other._next = self._next
        other._total = self._total
        other._cursor = self._cursor
        return other

    def __len__(self) -> int:
        return self._total

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, AuthorshipRecord):
            return NotImplemented
        return self.to_json() == other.to_json()

    def __repr__(self) -> str:
        spans = ", ".join(f"{s.start}-{s.end}:{s.origin}" for s in self.spans())
        return f"AuthorshipRecord({spans})"

    # -- changing ----------------------------------------------------------------------------

    def apply_change(
        self,
        position: int,
        removed: int,
        added: int,
        origin: Origin = Origin.TYPED,
        *,
        runs: Sequence[tuple[int, Origin]] | None = None,
    ) -> None:
        """`removed` characters at `position` were replaced by `added` characters of `origin`.

        With `runs` (from `slice` of this record, for text copied within the document) the added
        text keeps the origins it had instead: a writer moving their own paragraph still typed it.
        Their lengths must add up to `added`.
        """
        origin = Origin(origin)
        if position < 0 or removed < 0 or added < 0 or position + removed > self._total:
            raise AuthorshipMismatch(
                f"change at {position} (-{removed} +{added}) outside a text of {self._total}"
            )
        if removed:
            a = self._split(position)
            b = self._split(position + removed)
            del self._lens[a:b], self._origins[a:b], self._runev[a:b]
            self._total -= removed
            self._cursor = (a, position)
        if added:
            if runs is not None and sum(n for n, _ in runs) != added:
                raise AuthorshipMismatch("the runs of a pasted fragment do not add up to it")
            pieces = runs if runs is not None else [(added, origin)]
            a = self._split(position)
            for offset, (length, piece_origin) in enumerate(p for p in pieces if p[0] > 0):
                piece_origin = Origin(piece_origin)
                event = (
                    self._new_event(piece_origin, length)
                    if runs is None or piece_origin is not Origin.TYPED
                    else 0
                )
                self._lens.insert(a + offset, length)
                self._origins.insert(a + offset, piece_origin)
                self._runev.insert(a + offset, event)
            self._total += added
        self._settle(position)

    def mark(self, start: int, end: int, origin: Origin) -> None:
        """Declares `[start, end)` to be of `origin` ("Mark selection as AI-written"). Marked AI
        text counts as untouched from now on; later edits in it count as rework."""
        origin = Origin(origin)
        if not 0 <= start <= end <= self._total:
            raise AuthorshipMismatch(f"range {start}-{end} outside a text of {self._total}")
        if start == end:
            return
        a = self._split(start)
        b = self._split(end)
        # Relabelling is not rework: the events that lose these characters count as if they had
        # arrived without them.
        for length, event in zip(self._lens[a:b], self._runev[a:b], strict=True):
            if event in self._events:
                was, arrived = self._events[event]
                self._events[event] = (was, max(0, arrived - length))
        del self._lens[a:b], self._origins[a:b], self._runev[a:b]
        self._cursor = (a, start)
        self._lens.insert(a, end - start)
        self._origins.insert(a, origin)
        self._runev.insert(a, self._new_event(origin, end - start))
        self._settle(start)

    def _locate(self, pos: int) -> tuple[int, int]:
        """(index, start) of the run holding `pos` ((len(runs), total) at the end of the text),
        walking from the cursor."""
        lens = self._lens
        i, start = self._cursor
        n = len(lens)
        if i > n:
            i, start = 0, 0
        while i > 0 and start > pos:
            i -= 1
            start -= lens[i]
        while i < n and start + lens[i] <= pos:
            start += lens[i]
            i += 1
        return i, start

    def _split(self, pos: int) -> int:
        """Index of the run that starts at `pos`, splitting a run there if needed (len(runs) at
        the end of the text)."""
        lens = self._lens
        i, start = self._locate(pos)
        if i < len(lens) and start < pos:
            head = pos - start
            lens.insert(i + 1, lens[i] - head)
            lens[i] = head
            self._origins.insert(i + 1, self._origins[i])
            self._runev.insert(i + 1, self._runev[i])
            i += 1
            start = pos
        self._cursor = (i, start)
        return i

    def _settle(self, pos: int) -> None:
        """Merges neighbouring runs of the same origin and event around `pos` (the only place a
        change can have made them meet) and leaves the cursor on a run that is still valid."""
        i = self._split(pos)
        lo = max(0, i - 2)
        # The start of run `lo`, from the cursor's run `i` starting at `pos`.
        start = pos - sum(self._lens[lo:i])
        hi = min(len(self._lens), i + 2)
        j = lo
        while j < hi - 1 and j < len(self._lens) - 1:
            if self._origins[j] is self._origins[j + 1] and self._runev[j] == self._runev[j + 1]:
                self._lens[j] += self._lens[j + 1]
                del self._lens[j + 1], self._origins[j + 1], self._runev[j + 1]
                hi -= 1
            else:
                j += 1
        self._cursor = (lo, start)
        self._forget_gone_events()

    def _forget_gone_events(self) -> None:
        # Cheap enough to skip most of the time: only when the event table has grown large.
        if len(self._events) > 2 * len(self._lens) + 64:
            alive = set(self._runev)
            self._events = {k: v for k, v in self._events.items() if k in alive}

    # -- reading -----------------------------------------------------------------------------

    def runs(self) -> list[tuple[int, Origin, int]]:
        """(length, origin, event) of every run, in order."""
        return list(zip(self._lens, self._origins, self._runev, strict=True))

    def spans(self) -> list[Span]:
        """Ranges of one origin each, neighbours of the same origin merged (events ignored)."""
        out: list[Span] = []
        pos = 0
        for length, origin in zip(self._lens, self._origins, strict=True):
            if out and out[-1].origin is origin:
                out[-1] = Span(out[-1].start, pos + length, origin)
            else:
                out.append(Span(pos, pos + length, origin))
            pos += length
        return out

    def origin_at(self, position: int) -> Origin:
        if not 0 <= position < self._total:
            raise AuthorshipMismatch(f"position {position} outside a text of {self._total}")
        i, start = self._locate(position)
        self._cursor = (i, start)
        return self._origins[i]

    def slice(self, start: int, end: int) -> list[tuple[int, Origin]]:
        """(length, origin) runs of `[start, end)`, for copying text within the document."""
        if not 0 <= start <= end <= self._total:
            raise AuthorshipMismatch(f"range {start}-{end} outside a text of {self._total}")
        out: list[tuple[int, Origin]] = []
        pos = 0
        for length, origin in zip(self._lens, self._origins, strict=True):
            lo, hi = max(start, pos), min(end, pos + length)
            if lo < hi:
                out.append((hi - lo, origin))
            pos += length
            if pos >= end:
                break
        return out

    def counts(self) -> dict[Origin, int]:
        totals = dict.fromkeys(Origin, 0)
        for length, origin in zip(self._lens, self._origins, strict=True):
            totals[origin] += length
        return totals

    def shares(self) -> dict[Origin, float]:
        """Share of the text of each origin (all 0 for an empty text)."""
        total = self._total
        return {o: (n / total if total else 0.0) for o, n in self.counts().items()}

    def events(self) -> list[EventInfo]:
        """Every paste, AI insertion and import that still has text in the record."""
        remaining: dict[int, int] = {}
        first: dict[int, int] = {}
        last: dict[int, int] = {}
        ranges: dict[int, list[tuple[int, int]]] = {}
        pos = 0
        for i, event in enumerate(self._runev):
            length = self._lens[i]
            if event:
                remaining[event] = remaining.get(event, 0) + length
                first.setdefault(event, i)
                last[event] = i
                ranges.setdefault(event, []).append((pos, pos + length))
            pos += length
        typed_prefix = [0]
        for length, origin in zip(self._lens, self._origins, strict=True):
            typed_prefix.append(typed_prefix[-1] + (length if origin is Origin.TYPED else 0))
        out = []
        for event in sorted(remaining):
            origin, arrived = self._events.get(event, (Origin.UNKNOWN, remaining[event]))
            inside = typed_prefix[last[event]] - typed_prefix[first[event]]
            left = remaining[event]
            total = arrived + left + inside
            similarity = 2 * left / total if total else 1.0
            reworked = min(1.0, max(0.0, 1.0 - similarity))
            out.append(
                EventInfo(
                    event, origin, arrived, left, inside, round(reworked, 6), tuple(ranges[event])
                )
            )
        return out

    def summary(self) -> AuthorshipSummary:
        counts = self.counts()
        total = self._total
        if not total:
            return AuthorshipSummary(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0)
        reworked = {Origin.PASTED: 0.0, Origin.AI: 0.0}
        for event in self.events():
            if event.origin in reworked:
                reworked[event.origin] += event.remaining * event.reworked
        return AuthorshipSummary(
            typed=counts[Origin.TYPED] / total,
            pasted=(counts[Origin.PASTED] - reworked[Origin.PASTED]) / total,
            pasted_reworked=reworked[Origin.PASTED] / total,
            imported=counts[Origin.IMPORTED] / total,
            ai=(counts[Origin.AI] - reworked[Origin.AI]) / total,
            ai_reworked=reworked[Origin.AI] / total,
            unknown=counts[Origin.UNKNOWN] / total,
        )

    # -- storing -----------------------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        alive = set(self._runev)
        return {
            "v": _FORMAT,
            "runs": [
                [n, _CODES[o], e]
                for n, o, e in zip(self._lens, self._origins, self._runev, strict=True)
            ],
            "events": {
                str(k): [_CODES[o], n] for k, (o, n) in sorted(self._events.items()) if k in alive
            },
            "next": self._next,
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), separators=(",", ":"))

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> AuthorshipRecord:
        if data.get("v") != _FORMAT:
            raise AuthorshipMismatch(f"unknown authorship record format {data.get('v')!r}")
        record = cls()
        try:
            for length, code, event in data["runs"]:
                if length <= 0:
                    raise AuthorshipMismatch("a run of no length")
                record._lens.append(int(length))
                record._origins.append(_ORIGINS[code])
                record._runev.append(int(event))
            record._events = {
                int(k): (_ORIGINS[code], int(n)) for k, (code, n) in data["events"].items()
            }
            record._next = int(data["next"])
        except (KeyError, TypeError, ValueError) as exc:
            raise AuthorshipMismatch(f"damaged authorship record: {exc}") from exc
        record._total = sum(record._lens)
        return record

    @classmethod
    def from_json(cls, text: str) -> AuthorshipRecord:
        try:
            data = json.loads(text)
        except ValueError as exc:
            raise AuthorshipMismatch(f"damaged authorship record: {exc}") from exc
        return cls.from_dict(data)

    @classmethod
    def from_runs(cls, runs: Iterable[tuple[int, Origin]]) -> AuthorshipRecord:
        """A record of fresh events from (length, origin) pieces (used when re-mapping)."""
        record = cls()
        for length, origin in runs:
            record._append(length, Origin(origin), None)
        return record

    def _append(self, length: int, origin: Origin, event: int | None) -> None:
        """Appends a run; `event` None starts a new one. Used when building records in order."""
        if length <= 0:
            return
        if event is None:
            event = self._new_event(origin, length)
        if self._lens and self._origins[-1] is origin and self._runev[-1] == event:
            self._lens[-1] += length
        else:
            self._lens.append(length)
            self._origins.append(origin)
            self._runev.append(event)
        self._total += length

    # -- units -------------------------------------------------------------------------------

    def to_utf16(self, text: str) -> AuthorshipRecord:
        """This record (in code points of `text`) counted in UTF-16 units, as Qt counts."""
        return self._convert(text, to_utf16=True)

    def from_utf16(self, text: str) -> AuthorshipRecord:
        """This record (in UTF-16 units of `text`) counted in code points, as the library does."""
        return self._convert(text, to_utf16=False)

    def _convert(self, text: str, *, to_utf16: bool) -> AuthorshipRecord:
        astral = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF] if _has_astral(text) else []
        utf16_length = len(text) + len(astral)
        if self._total != (len(text) if to_utf16 else utf16_length):
            raise AuthorshipMismatch(
                f"a record of {self._total} does not cover a text of {len(text)} characters"
            )
        if not astral:
            return self.copy()
        # Boundaries move by the number of astral characters before them.
        other = self.copy()
        if to_utf16:
            bounds = _boundaries(self._lens)
            moved = [b + _count_before(astral, b) for b in bounds]
        else:
            utf16_astral = [i + k for k, i in enumerate(astral)]  # their UTF-16 offsets
            moved = [b - _count_before(utf16_astral, b) for b in _boundaries(self._lens)]
        other._lens = [b - a for a, b in zip([0, *moved], moved, strict=False)]
        keep = [i for i, n in enumerate(other._lens) if n > 0]
        other._lens = [other._lens[i] for i in keep]
        other._origins = [other._origins[i] for i in keep]
        other._runev = [other._runev[i] for i in keep]
        other._total = sum(other._lens)
        other._cursor = (0, 0)
        return other


def _has_astral(text: str) -> bool:
    # UTF-16 needs four bytes exactly for characters beyond U+FFFF.
    return len(text.encode("utf-16-le", "surrogatepass")) != 2 * len(text)


def _boundaries(lens: list[int]) -> list[int]:
    out, pos = [], 0
    for n in lens:
        pos += n
        out.append(pos)
    return out


def _count_before(sorted_positions: list[int], bound: int) -> int:
    from bisect import bisect_left

    return bisect_left(sorted_positions, bound)


class UndoSnapshots:
    """Records by undo step, so undo and redo put the record back exactly as it was.

    ``edited(steps)`` after every change applied to the record (``steps`` being the document's
    ``availableUndoSteps()`` afterwards) stores a copy for that step and forgets the redo steps a
    new edit discards; ``at(steps)`` after an undo or redo returns a copy of the record for it.
    Qt merges consecutive keystrokes into one undo step; the copy stored for that step is then
    simply replaced by the newer one, which is what undoing that step must come back to.
    """

    def __init__(self, record: AuthorshipRecord, steps: int = 0) -> None:
        self._states: dict[int, AuthorshipRecord] = {steps: record.copy()}

    def edited(self, steps: int, record: AuthorshipRecord) -> None:
        for key in [k for k in self._states if k > steps]:
            del self._states[key]
        self._states[steps] = record.copy()

    def at(self, steps: int) -> AuthorshipRecord | None:
        """The record for `steps`, or None if unknown (the caller then keeps its own).

        Some keystrokes count as two of Qt's undo steps while one undo takes the text back
        (Return at the end of an article: 0 → 2 steps, then undo → 1). A step that changed no
        text has no copy; its text is that of the nearest step below it that has one."""
        state = self._states.get(steps)
        if state is None:
            earlier = [k for k in self._states if k < steps]
            state = self._states[max(earlier)] if earlier else None
        return state.copy() if state is not None else None

    def reset(self, record: AuthorshipRecord, steps: int = 0) -> None:
        self._states = {steps: record.copy()}
