"""The "Reused passages" dialog opens with the report kept in the library and brings only what
changed up to date in the background."""

from __future__ import annotations

from studio.gui.reuse_report_dialog import ReuseReportDialog
from studio.gui.similar_worker import ReportProgress, SimilarWorker
from studio.library import Library
from studio.library import reuse_store as store
from studio.similar import kept_report
from tests.gui.conftest import hold_report_steps
from tests.gui.similar_texts import AR_PARAGRAPHS
from tests.similar.texts import EN_FILLER

WAIT_MS = 60_000  # a bound for a noisy machine, not a speed assertion


def _report(qtbot, worker: SimilarWorker) -> tuple[ReuseReportDialog, list[ReportProgress]]:
    seen: list[ReportProgress] = []
    worker.report_progressed.connect(seen.append)
    dialog = ReuseReportDialog(worker)
    qtbot.addWidget(dialog)
    # The list hears each progress after the dialog (both queued, the dialog connected first):
    # wait for it to have heard the last one too, or it may lag by one.
    qtbot.waitUntil(
        lambda: dialog.finished_building and bool(seen) and seen[-1].finished, timeout=WAIT_MS
    )
    worker.report_progressed.disconnect(seen.append)
    return dialog, seen


def _freshness_said(monkeypatch) -> list[str]:
    """Every line the dialog says about the kept report's freshness, in order (several
    progresses may be handled between two looks at the label)."""
    said: list[str] = []
    original = ReuseReportDialog._say_freshness

    def spy(self, *args) -> None:
        original(self, *args)
        said.append(self.freshness.text())

    monkeypatch.setattr(ReuseReportDialog, "_say_freshness", spy)
    return said


def test_the_report_reopens_with_the_kept_pairs_and_looks_only_at_what_changed(
    qtbot, library, worker
):
    first, seen = _report(qtbot, worker)
    pairs = [(p.first_id, p.second_id, p.share) for p in first.pairs]
    assert len(pairs) == 2
    assert seen[0].kept and seen[0].to_look == 7 and seen[0].pairs == []
    assert first.freshness.text().startswith("Up to date (looked at ")
    first.close()

    # Opened again: the kept pairs come first, before anything is looked at.
    second, seen = _report(qtbot, worker)
    assert seen[0].kept and seen[0].to_look == 0
    assert [(p.first_id, p.second_id, p.share) for p in seen[0].pairs] == pairs
    assert seen[-1].finished and seen[-1].total == 0
    assert [(p.first_id, p.second_id, p.share) for p in second.pairs] == pairs
    assert second.state.text() == "2 pairs of pieces share passages."
    second.close()

    # An edit (here by another connection, as another process would): one piece to look at
    # again, then it and its former partner only.
    ids = worker.ids  # type: ignore[attr-defined]
    with Library.open(library.path) as other:
        other.update(ids["en_copy"], body=EN_FILLER)
    third, seen = _report(qtbot, worker)
    assert seen[0].kept and seen[0].to_look == 1
    assert seen[-1].done == 2  # the edited piece and the one it shared text with
    assert {(p.first_id, p.second_id) for p in third.pairs} == {(ids["source"], ids["draft"])}
    assert third.freshness.text().startswith("Up to date")


def test_the_dialog_says_how_much_is_to_look_at_and_keeps_it_when_stopped(
    qtbot, library, worker, monkeypatch
):
    from studio.gui import similar_worker

    _report(qtbot, worker)[0].close()
    before = store.last_looked(library)
    ids = worker.ids  # type: ignore[attr-defined]
    library.update(ids["oases"], body=AR_PARAGRAPHS[0])
    library.update(ids["topic"], body=AR_PARAGRAPHS[1])
    monkeypatch.setattr(similar_worker, "REPORT_BATCH", 1)
    # The worker holds after its first piece looked at, until the test has pressed Stop.
    stepped, go = hold_report_steps(monkeypatch, WAIT_MS / 1000)
    said = _freshness_said(monkeypatch)
    dialog = ReuseReportDialog(worker)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: bool(said) and stepped.is_set(), timeout=WAIT_MS)
    assert said[0] == "2 pieces to look at again."
    assert dialog.table.model().rowCount() == 2  # the kept pairs, at once
    dialog.cancel()
    go.set()
    assert dialog.state.text().startswith("Stopped: what was looked at is kept")
    assert dialog.freshness.text().endswith("to look at again.")
    # The piece looked at before stopping is kept; the rest is looked at next time.
    assert store.last_looked(library) > before
    assert store.pending_count(library) >= 1
    dialog.close()


def test_the_dialog_says_when_the_matching_rules_changed(qtbot, library, worker, monkeypatch):
    _report(qtbot, worker)[0].close()
    monkeypatch.setattr(kept_report, "REPORT_RULES", kept_report.REPORT_RULES + 1)
    said = _freshness_said(monkeypatch)
    dialog = ReuseReportDialog(worker)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: bool(said), timeout=WAIT_MS)
    assert said[0].startswith("The matching rules have changed")
    qtbot.waitUntil(lambda: dialog.finished_building, timeout=WAIT_MS)
    assert dialog.freshness.text().startswith("Up to date")
    assert len(dialog.pairs) == 2


def test_look_at_everything_again_forgets_the_kept_report(qtbot, library, worker):
    dialog, _seen = _report(qtbot, worker)
    pairs = [(p.first_id, p.second_id, p.share) for p in dialog.pairs]
    before = store.last_looked(library)
    assert dialog.fresh_button.isEnabled() and not dialog.cancel_button.isEnabled()
    seen: list[ReportProgress] = []
    worker.report_progressed.connect(seen.append)
    dialog.fresh_button.click()
    assert not dialog.finished_building and dialog.cancel_button.isEnabled()
    # The dialog and `seen` each get the worker's progress as a queued call of their own: the
    # dialog's can be handled before `seen`'s is even posted.
    qtbot.waitUntil(
        lambda: dialog.finished_building and bool(seen) and seen[-1].finished, timeout=WAIT_MS
    )
    assert seen[0].kept and seen[0].to_look == 7 and seen[0].pairs == []
    assert seen[-1].done == 7
    assert [(p.first_id, p.second_id, p.share) for p in dialog.pairs] == pairs
    assert store.last_looked(library) > before
