"""Fixtures for the interface tests: a private settings store, a known interface language,
and libraries with articles whose order and matches the tests can predict."""

from __future__ import annotations

import threading
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QWidget

from studio.gui.library_model import Column
from studio.gui.main_window import MainWindow
from studio.library import ArticleDraft, Library, Status

ARABIC_PLAIN = "الذكاء الاصطناعي يغير سوق العمل الحر"
ARABIC_VOWELLED = "تَعَلَّمَ الكاتِبُ فَنَّ المُراجَعَةِ"


@pytest.fixture(autouse=True)
def private_settings(tmp_path: Path):
    """Every QSettings the studio opens lands in this test's folder, never the user's."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "cfg"))
    yield tmp_path / "cfg"


@pytest.fixture(autouse=True)
def english_interface(qapp: QApplication):
    """Tests start in English, left to right, and leave the application that way."""
    from studio.gui.i18n import install_language

    install_language(qapp, "en")
    yield
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible():
            widget.close()
    install_language(qapp, "en")
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight


def _drafts() -> list[ArticleDraft]:
    base = datetime(2024, 1, 1, 9, 0)
    return [
        ArticleDraft(
            title="مستقبل العمل الحر",
            body=f"{ARABIC_PLAIN}.\n\nThe English paragraph stays left to right.\n",
            author="سارة الحسن",
            client="Mostaql",
            tags=["freelance"],
            status=Status.IN_REVIEW,
            created=base,
        ),
        ArticleDraft(
            title="فن المراجعة",
            body=f"{ARABIC_VOWELLED} قبل التسليم.",
            author="سارة الحسن",
            tags=["editing"],
            status=Status.DRAFT,
            created=base + timedelta(days=1),
        ),
        ArticleDraft(
            title="Writing for clients",
            body="Clients pay for judgement, not for word counts. Deliver clean HTML.",
            author="Omar Haddad",
            client="Acme",
            tags=["freelance", "english"],
            status=Status.APPROVED,
            created=base + timedelta(days=2),
        ),
        ArticleDraft(
            title="Archived notes",
            body="Old notes about pricing and deadlines, kept for the record.",
            author="Omar Haddad",
            status=Status.ARCHIVED,
            created=base + timedelta(days=3),
        ),
    ]


@pytest.fixture
def filled_library(library: Library) -> Library:
    outcome = library.add_articles(_drafts())
    assert len(outcome.imported) == 4
    return library


@pytest.fixture
def big_library(tmp_path: Path):
    """1,050 articles: five full pages of 200 rows and a partial sixth."""
    lib = Library.open(tmp_path / "big.qalam")
    base = datetime(2023, 1, 1)
    lib.add_articles(
        ArticleDraft(
            title=f"Article {i:04d}",
            body=f"Body number {i} with words enough to count {i * 7}.",
            author=f"Writer {i % 5}",
            created=base + timedelta(minutes=i),
        )
        for i in range(1050)
    )
    yield lib
    lib.close()


class CountingLibrary:
    """A `Library` that counts its queries, to prove the model runs one per page."""

    def __init__(self, library: Library) -> None:
        self._library = library
        self.calls: dict[str, int] = {}

    def __getattr__(self, name: str):
        attribute = getattr(self._library, name)
        if not callable(attribute):
            return attribute

        def counted(*args, **kwargs):
            self.calls[name] = self.calls.get(name, 0) + 1
            return attribute(*args, **kwargs)

        return counted


def shown_page(
    qtbot, library: Library, title: str, body: str, lang: str = "ar", *, at_end=False, **timers
):
    """An article of `body` added to `library` and open in an editor of its own, shown at
    800 × 500, the caret at the end with `at_end`; autosave waits a minute unless `timers`
    (autosave_ms, max_wait_ms) say."""
    from PySide6.QtGui import QTextCursor

    from studio.gui.editor_page import ArticleEditor

    article_id = library.add_article(ArticleDraft(title=title, body=body, lang=lang))
    timers = {"autosave_ms": 60_000, "max_wait_ms": 60_000, **timers}
    page = ArticleEditor(library, library.get(article_id), **timers)
    qtbot.addWidget(page)
    page.resize(800, 500)
    page.show()
    qtbot.waitExposed(page)
    if at_end:
        page.editor.moveCursor(QTextCursor.MoveOperation.End)
    return page


def type_text(widget: QWidget, text: str) -> None:
    """Types `text` one key event per character: qtbot.keyClicks aborts on non-ASCII text."""
    from PySide6.QtTest import QTest

    for ch in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
        )


@pytest.fixture
def worker(qtbot, library: Library):
    """The window's similar-pieces worker on a library of the similar-pieces test texts (their
    ids as `worker.ids`)."""
    from studio.gui.similar_worker import SimilarWorker
    from tests.gui.similar_texts import similar_library

    ids = similar_library(library)
    w = SimilarWorker(library, delay_ms=10)
    w.ids = ids  # type: ignore[attr-defined]
    yield w
    w.shutdown()


def hold_report_steps(monkeypatch, wait_s: float = 60.0) -> tuple[threading.Event, threading.Event]:
    """Makes the kept report's worker hold after each step until the test sets `go` (at most
    `wait_s`, a bound for a noisy machine); `stepped` is set once a step has run."""
    from studio.similar import kept_report

    stepped, go = threading.Event(), threading.Event()
    original = kept_report.KeptReuseReport.step

    def step(self, count: int = 10) -> bool:
        finished = original(self, count)
        stepped.set()
        go.wait(wait_s)
        return finished

    monkeypatch.setattr(kept_report.KeptReuseReport, "step", step)
    return stepped, go


@pytest.fixture
def window(qtbot, filled_library: Library) -> MainWindow:
    win = MainWindow(filled_library, "en")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def library_titles(win: MainWindow) -> list[str]:
    """The library table's titles, top to bottom, without their direction isolates."""
    model = win.model
    return [
        model.data(model.index(r, Column.TITLE)).strip("\u2068\u2069")
        for r in range(model.rowCount())
    ]
