import time
from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from studio.authorship import (
    AuthorshipMismatch,
    AuthorshipRecord,
    Origin,
    UndoSnapshots,
    follow_edit,
)


def _origins(record: AuthorshipRecord) -> list[Origin]:
    out: list[Origin] = []
    for length, origin, _event in record.runs():
        out += [origin] * length
    return out


def test_typing_then_paste_then_rework():
    record = AuthorshipRecord()
    for i in range(10):  # type "0123456789"
        record.apply_change(i, 0, 1, Origin.TYPED)
    record.apply_change(10, 0, 100, Origin.PASTED)
    assert [(s.start, s.end, s.origin) for s in record.spans()] == [
        (0, 10, Origin.TYPED),
        (10, 110, Origin.PASTED),
    ]
    # One word of the paste retyped: select 5 characters, type 6.
    record.apply_change(50, 5, 1, Origin.TYPED)
    for i in range(5):
        record.apply_change(51 + i, 0, 1, Origin.TYPED)
    assert len(record) == 111
    assert [s.origin for s in record.spans()] == [
        Origin.TYPED,
        Origin.PASTED,
        Origin.TYPED,
        Origin.PASTED,
    ]
    summary = record.summary()
    assert summary.typed == pytest.approx(16 / 111)
    # One changed word does not make the pasted paragraph human.
    assert summary.pasted > 0.8
    assert 0 < summary.pasted_reworked < 0.05
    assert sum(summary.as_dict().values()) == pytest.approx(1.0)
    (event,) = record.events()
    assert (event.arrived, event.remaining, event.typed_inside) == (100, 95, 6)
    assert event.ranges == ((10, 50), (56, 111))
    start, end, origin = record.spans()[1]
    assert (start, end, origin) == (10, 50, Origin.PASTED)


def test_heavily_reworked_paste_counts_mostly_as_reworked_and_typed():
    record = AuthorshipRecord()
    record.apply_change(0, 0, 200, Origin.PASTED)
    # The writer rewrites every other 20-character stretch.
    for start in range(0, 200, 40):
        record.apply_change(start, 20, 20, Origin.TYPED)
    summary = record.summary()
    assert summary.typed == pytest.approx(0.5)
    assert summary.pasted_reworked > summary.pasted * 0.3
    assert record.events()[0].reworked == pytest.approx(1 - 2 * 100 / (200 + 100 + 80), rel=1e-4)


def test_deleting_all_pasted_text_leaves_no_event():
    record = AuthorshipRecord(5)
    record.apply_change(5, 0, 10, Origin.PASTED)
    record.apply_change(5, 10, 0)
    assert record.events() == []
    assert record.shares()[Origin.TYPED] == 1.0


def test_ai_paste_and_mark():
    record = AuthorshipRecord(10)
    record.apply_change(10, 0, 30, Origin.AI)
    record.mark(0, 5, Origin.AI)
    shares = record.shares()
    assert shares[Origin.AI] == pytest.approx(35 / 40)
    summary = record.summary()
    assert summary.ai == pytest.approx(35 / 40)
    assert summary.ai_reworked == 0
    # Marking part of a paste as AI is a relabelling, not rework.
    record2 = AuthorshipRecord()
    record2.apply_change(0, 0, 100, Origin.PASTED)
    record2.mark(0, 50, Origin.AI)
    assert record2.summary().pasted_reworked == 0
    assert record2.summary().pasted == pytest.approx(0.5)


def test_typing_at_the_edge_of_a_paste_is_not_rework():
    record = AuthorshipRecord()
    record.apply_change(0, 0, 50, Origin.PASTED)
    record.apply_change(50, 0, 10, Origin.TYPED)
    record.apply_change(0, 0, 10, Origin.TYPED)
    assert record.events()[0].reworked == 0
    assert record.summary().pasted == pytest.approx(50 / 70)


def test_copy_within_the_document_keeps_origins():
    record = AuthorshipRecord(10)
    record.apply_change(10, 0, 10, Origin.AI)
    fragment = record.slice(5, 15)
    assert fragment == [(5, Origin.TYPED), (5, Origin.AI)]
    record.apply_change(20, 0, 10, Origin.PASTED, runs=fragment)
    assert _origins(record)[20:] == [Origin.TYPED] * 5 + [Origin.AI] * 5
    with pytest.raises(AuthorshipMismatch):
        record.apply_change(0, 0, 3, Origin.PASTED, runs=fragment)


def test_changes_outside_the_text_are_refused():
    record = AuthorshipRecord(10)
    with pytest.raises(AuthorshipMismatch):
        record.apply_change(11, 0, 1)
    with pytest.raises(AuthorshipMismatch):
        record.apply_change(5, 6, 0)
    with pytest.raises(AuthorshipMismatch):
        record.mark(3, 12, Origin.AI)
    assert len(record) == 10


def test_json_round_trip_and_damage():
    record = AuthorshipRecord.imported(20)
    record.apply_change(3, 2, 7, Origin.PASTED)
    record.apply_change(12, 0, 4, Origin.AI)
    record.mark(0, 2, Origin.AI)
    again = AuthorshipRecord.from_json(record.to_json())
    assert again == record
    assert again.summary() == record.summary()
    assert len(record.to_json()) < 200
    for bad in ["", "{", '{"v": 99}', '{"v": 1, "runs": [[0, "t", 0]], "events": {}, "next": 1}']:
        with pytest.raises(AuthorshipMismatch):
            AuthorshipRecord.from_json(bad)


def test_undo_and_redo_restore_the_record():
    # Mirrors what the editor does with QTextDocument.availableUndoSteps().
    record = AuthorshipRecord(10)
    snapshots = UndoSnapshots(record, 0)
    record.apply_change(10, 0, 40, Origin.PASTED)  # step 1: paste
    snapshots.edited(1, record)
    record.apply_change(20, 10, 0)  # step 2: delete part of the paste
    snapshots.edited(2, record)
    after_delete = record.copy()
    # Undo the deletion: Qt re-inserts 10 characters; the editor does not call apply_change
    # but takes the snapshot of step 1, so they are pasted again, not typed.
    record = snapshots.at(1)
    assert _origins(record)[10:50] == [Origin.PASTED] * 40
    record = snapshots.at(2)  # redo
    assert record == after_delete
    record = snapshots.at(0)  # undo the paste too
    assert record == AuthorshipRecord(10)
    record.apply_change(10, 0, 1, Origin.TYPED)  # a new edit drops the redo steps
    snapshots.edited(1, record)
    assert snapshots.at(1) == record
    assert snapshots.at(2) == record != after_delete  # the dropped step's copy is gone


def test_a_step_that_changed_no_text_takes_the_record_of_the_step_below():
    # Return at the end of an article: Qt's count goes 0 -> 2 (a step that changes no text, then
    # the newline), and one undo takes it back to 1, the newline gone.
    record = AuthorshipRecord(43, Origin.IMPORTED)
    snapshots = UndoSnapshots(record, 0)
    record.apply_change(43, 0, 1, Origin.TYPED)
    snapshots.edited(2, record)
    assert snapshots.at(1) == AuthorshipRecord(43, Origin.IMPORTED)
    assert snapshots.at(2) == record
    assert UndoSnapshots(record, 3).at(1) is None  # nothing below: the caller keeps its own


def test_utf16_conversion_around_emoji():
    text = "ab😀cd😀e"
    record = AuthorshipRecord(3)
    record.apply_change(3, 0, 4, Origin.PASTED)  # "cd😀e"
    assert len(record) == len(text)
    utf16 = record.to_utf16(text)
    assert len(utf16) == len(text.encode("utf-16-le")) // 2 == 9
    assert [(s.start, s.end, s.origin) for s in utf16.spans()] == [
        (0, 4, Origin.TYPED),
        (4, 9, Origin.PASTED),
    ]
    assert utf16.from_utf16(text) == record
    plain = AuthorshipRecord(4)
    assert plain.to_utf16("abcd") == plain
    with pytest.raises(AuthorshipMismatch):
        plain.to_utf16("abc")


def test_follow_edit_marks_changed_words_unknown():
    old = "الكتابة مهنة قديمة. Writing is old."
    record = AuthorshipRecord(len(old), Origin.TYPED)
    record.mark(20, len(old), Origin.PASTED)
    new = "الكتابة مهنة جديدة. Writing is old and new."
    moved = follow_edit(record, old, new)
    assert len(moved) == len(new)
    origins = _origins(moved)
    start = new.index("جديدة")
    assert set(origins[start : start + 5]) == {Origin.UNKNOWN}
    assert set(origins[:start]) == {Origin.TYPED}
    assert origins[new.index("Writing")] is Origin.PASTED
    assert set(origins[new.index(" and") : new.index(".", new.index(" and"))]) == {Origin.UNKNOWN}
    # The surviving pasted text is still the same paste.
    assert len(moved.events()) == 1


# -- against a per-character model --------------------------------------------------------------

_ORIGIN = st.sampled_from([Origin.TYPED, Origin.PASTED, Origin.AI, Origin.UNKNOWN])


@st.composite
def _edits(draw):
    length = draw(st.integers(0, 30))
    steps = []
    for _ in range(draw(st.integers(1, 25))):
        kind = draw(st.sampled_from(["change", "mark"]))
        pos = draw(st.integers(0, length))
        span = draw(st.integers(0, length - pos))
        if kind == "change":
            added = draw(st.integers(0, 12))
            steps.append(("change", pos, span, added, draw(_ORIGIN)))
            length += added - span
        else:
            steps.append(("mark", pos, pos + span, 0, draw(_ORIGIN)))
    return steps


@settings(max_examples=300, deadline=None)
@given(st.integers(0, 30), st.data())
def test_record_matches_a_per_character_model(start_length, data):
    record = AuthorshipRecord(start_length)
    model = [Origin.TYPED] * start_length
    for _ in range(data.draw(st.integers(1, 25))):
        pos = data.draw(st.integers(0, len(model)))
        span = data.draw(st.integers(0, len(model) - pos))
        origin = data.draw(_ORIGIN)
        if data.draw(st.booleans()):
            added = data.draw(st.integers(0, 12))
            record.apply_change(pos, span, added, origin)
            model[pos : pos + span] = [origin] * added
        else:
            record.mark(pos, pos + span, origin)
            model[pos : pos + span] = [origin] * span
        assert _origins(record) == model
        assert len(record) == len(model)
        runs = record.runs()
        assert all(n > 0 for n, _o, _e in runs)
        # Neighbouring runs never share origin and event (they would have been merged).
        assert all(a[1:] != b[1:] for a, b in pairwise(runs))
        summary = record.summary()
        if model:
            assert sum(summary.as_dict().values()) == pytest.approx(1.0)
        assert AuthorshipRecord.from_json(record.to_json()) == record


def test_apply_change_is_fast_in_a_long_text_with_many_runs():
    # 100,000 words is about 600,000 characters; 2,000 runs is a heavily mixed article.
    record = AuthorshipRecord(600_000)
    for i in range(1000):
        record.apply_change(600 * i + 17, 0, 5, Origin.PASTED)
    assert len(record.runs()) >= 2000
    middle = len(record) // 2
    started = time.perf_counter()
    for i in range(1000):
        record.apply_change(middle + i, 0, 1, Origin.TYPED)
    per_keystroke = (time.perf_counter() - started) / 1000
    started = time.perf_counter()
    for i in range(200):
        record.apply_change(middle + 1000 - i - 1, 1, 0)  # backspace
    per_delete = (time.perf_counter() - started) / 200
    # About 5 µs each on an idle machine (benchmarks/writing_desk.py); 1 ms is the budget.
    assert per_keystroke < 0.001
    assert per_delete < 0.001
