"""Full garbage collections wait for a pause in typing (studio/gui/idle_gc.py)."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication

from studio.gui import app as gui_app
from studio.gui import idle_gc
from studio.gui.editor_text import MarkdownEdit
from studio.gui.main_window import MainWindow
from studio.library import Library


class Clock:
    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


class Node:
    def __init__(self) -> None:
        self.other: Node | None = None


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Iterator[Clock]:
    fake = Clock()
    monkeypatch.setattr(idle_gc, "_now", fake)
    monkeypatch.setattr(idle_gc, "_last_input", float("-inf"))
    yield fake
    gc.unfreeze()


@pytest.fixture
def collector(qtbot, clock: Clock) -> Iterator[idle_gc.IdleCollector]:  # type: ignore[no-untyped-def]
    owner = QObject()
    made = idle_gc.IdleCollector(owner)
    yield made
    made.uninstall()


def old_cycle() -> weakref.ref[Node]:
    """A reference cycle that grew old while in use and has just become garbage: only a full
    collection frees it."""
    a, b = Node(), Node()
    a.other, b.other = b, a
    gc.collect(1)
    gc.collect(1)  # survived both young generations: now in the oldest
    gone = weakref.ref(a)
    del a, b
    return gone


def test_only_the_collector_starts_a_full_collection(collector: idle_gc.IdleCollector) -> None:
    young, middle, full = collector.python_thresholds
    assert gc.get_threshold() == (young, middle, idle_gc._NEVER)
    assert gc.get_freeze_count() > 0  # what was made before it is left out of collections
    collector.uninstall()
    assert gc.get_threshold() == (young, middle, full)
    assert gc.get_freeze_count() == 0


def test_a_full_collection_waits_while_the_writer_types(
    collector: idle_gc.IdleCollector, clock: Clock
) -> None:
    gone = old_cycle()
    for _ in range(40):
        gc.collect(1)  # what a busy check makes Python do: young collections only
    clock.t += idle_gc.EVERY_S + 1
    for _ in range(3):
        idle_gc.note_input()  # a key a second
        clock.t += 1
        assert not collector.tick()
    assert gone() is not None  # still waiting for the pause
    clock.t += idle_gc.IDLE_S
    assert collector.tick()
    assert gone() is None
    # Right after one, the next waits its turn even in a pause.
    for _ in range(40):
        gc.collect(1)
    clock.t += idle_gc.IDLE_S
    assert not collector.tick()


def test_a_writer_who_never_pauses_still_gets_memory_back(
    collector: idle_gc.IdleCollector, clock: Clock
) -> None:
    gone = old_cycle()
    for _ in range(40):
        gc.collect(1)
    while clock.t - collector.last_full < idle_gc.LATEST_S:
        idle_gc.note_input()
        assert not collector.tick()
        clock.t += 0.5
    assert collector.tick()
    assert gone() is None


def test_nothing_is_collected_before_python_would(
    collector: idle_gc.IdleCollector, clock: Clock
) -> None:
    gc.collect()  # the young collections since the last full one start again from zero
    clock.t += idle_gc.LATEST_S + 1
    assert not collector.tick()


def test_keys_typed_in_the_editor_count_as_typing(qtbot, clock: Clock) -> None:  # type: ignore[no-untyped-def]
    editor = MarkdownEdit()
    qtbot.addWidget(editor)
    clock.t = 5000.0
    qtbot.keyClick(editor, Qt.Key.Key_A)
    assert idle_gc._last_input == 5000.0


def test_the_studio_collects_at_pauses_while_it_runs(qtbot, library: Library) -> None:  # type: ignore[no-untyped-def]
    python_thresholds = gc.get_threshold()
    during: list[tuple[int, int, int]] = []
    windows: list[MainWindow] = []

    def finish() -> None:
        during.append(gc.get_threshold())
        windows.extend(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
        QApplication.instance().exit(0)  # type: ignore[union-attr]

    QTimer.singleShot(200, finish)
    assert gui_app.run(library.path, "en", []) == 0
    for window in windows:
        window.close()
    assert during == [(*python_thresholds[:2], idle_gc._NEVER)]
    assert gc.get_threshold() == python_thresholds
