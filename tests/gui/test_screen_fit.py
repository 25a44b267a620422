"""Every dialog opens inside a small laptop's screen (1024 × 600 available), centred on the
window, its content scrolling when it cannot shrink that far."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from studio.gui.i18n import install_language
from studio.gui.main_window import MainWindow
from studio.library import ImportOutcome, Library, Refusal, Status
from studio.text import Direction

SMALL = QRect(0, 0, 1024, 600)
LONG = "نص طويل يتكرر في المقارنة. A long line that repeats. " * 80


def _about(win: MainWindow) -> QDialog:
    from studio.gui.about_dialog import AboutDialog

    return AboutDialog(win)


def _backups(win: MainWindow) -> QDialog:
    from studio.gui.backups_dialog import BackupsDialog

    return BackupsDialog(win.library.path, win)


def _templates(win: MainWindow) -> QDialog:
    from studio.gui.checklist_templates_dialog import ChecklistTemplatesDialog

    return ChecklistTemplatesDialog(win.library, win)


def _conflict(win: MainWindow) -> QDialog:
    from studio.gui.editor_conflict import ConflictDialog

    return ConflictDialog("مقال", LONG, LONG + " mine", Direction.RTL, win)


def _history(win: MainWindow) -> QDialog:
    from studio.gui.editor_history import HistoryDialog

    return HistoryDialog(win.library, 1, LONG, 1, Direction.RTL, win)


def _export(win: MainWindow) -> QDialog:
    from studio.gui.export_dialog import ExportOptionsDialog

    return ExportOptionsDialog(3, win)


def _import_progress(win: MainWindow) -> QDialog:
    from studio.gui.import_dialogs import ImportProgressDialog

    return ImportProgressDialog(win)


def _import_summary(win: MainWindow) -> QDialog:
    from studio.gui.import_dialogs import ImportSummaryDialog
    from studio.importers.errors import EMPTY_FILE

    refused = [Refusal(f"/a/file-{i}.txt", EMPTY_FILE) for i in range(60)]
    return ImportSummaryDialog(ImportOutcome(imported=[1], refused=refused), win)


def _reuse_report(win: MainWindow) -> QDialog:
    from studio.gui.reuse_report_dialog import ReuseReportDialog

    return ReuseReportDialog(win.similar, win)


def _review(win: MainWindow) -> QDialog:
    from studio.gui.review_dialog import ReviewDialog

    return ReviewDialog(win, title="مستقبل العمل الحر")


def _reviews(win: MainWindow) -> QDialog:
    from studio.gui.reviews_dialog import ReviewsDialog

    return ReviewsDialog([], {}, win, title="مستقبل العمل الحر")


def _profile(win: MainWindow) -> QDialog:
    from studio.gui.review_forms import ProfileDialog

    return ProfileDialog(win)


def _comment(win: MainWindow) -> QDialog:
    from studio.gui.review_forms import CommentDialog

    return CommentDialog(LONG[:300], win)


def _compare(win: MainWindow) -> QDialog:
    from studio.gui.similar_compare import ComparedText, SimilarCompareDialog

    return SimilarCompareDialog(
        ComparedText("مقالي", LONG, Direction.RTL),
        ComparedText("الآخر", LONG, Direction.RTL),
        [],
        0.5,
        0.5,
        win,
    )


def _reason(win: MainWindow) -> QDialog:
    from studio.gui.status_controls import ReasonDialog

    return ReasonDialog(Status.IN_REVIEW, Status.CHANGES_REQUESTED, win)


DIALOGS: dict[str, Callable[[MainWindow], QDialog]] = {
    "about": _about,
    "backups": _backups,
    "checklist templates": _templates,
    "conflict": _conflict,
    "history": _history,
    "export": _export,
    "import progress": _import_progress,
    "import summary": _import_summary,
    "reuse report": _reuse_report,
    "review form": _review,
    "reviews": _reviews,
    "profile": _profile,
    "comment": _comment,
    "similar compare": _compare,
    "reason": _reason,
}


@pytest.fixture
def small_screen(monkeypatch) -> QRect:
    """The offscreen platform's one screen is 800 × 800; the studio asks its screen what room
    there is, and here the answer is a netbook's."""
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _self: QRect(SMALL))
    return SMALL


@pytest.fixture
def window(qtbot, filled_library: Library, small_screen: QRect) -> MainWindow:
    win = MainWindow(filled_library, "en")
    qtbot.addWidget(win)
    win.setGeometry(40, 30, 900, 520)
    win.show()
    qtbot.waitExposed(win)
    return win


def _open(qtbot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


@pytest.mark.parametrize("lang", ["en", "ar"])
@pytest.mark.parametrize("name", list(DIALOGS))
def test_dialog_opens_inside_the_small_screen_centred_on_the_window(
    qtbot, qapp, filled_library: Library, small_screen: QRect, name: str, lang: str
) -> None:
    install_language(qapp, lang)
    win = MainWindow(filled_library, lang)
    qtbot.addWidget(win)
    win.setGeometry(40, 30, 900, 520)
    win.show()
    qtbot.waitExposed(win)
    dialog = _open(qtbot, DIALOGS[name](win))
    frame = dialog.frameGeometry()
    assert small_screen.contains(frame), (name, frame)
    _assert_centred(frame, win.frameGeometry(), small_screen)
    dialog.close()


def _assert_centred(frame: QRect, parent: QRect, screen: QRect) -> None:
    """Centred on the parent, except along an axis where the screen's edge stopped it."""
    centre, wanted = frame.center(), parent.center()
    at_x_edge = frame.left() == screen.left() or frame.right() == screen.right()
    at_y_edge = frame.top() == screen.top() or frame.bottom() == screen.bottom()
    assert abs(centre.x() - wanted.x()) <= 1 or at_x_edge, (frame, parent)
    assert abs(centre.y() - wanted.y()) <= 1 or at_y_edge, (frame, parent)


def test_a_dialog_is_kept_on_the_screen_when_its_window_is_near_the_edge(
    qtbot, window: MainWindow
) -> None:
    window.move(500, 300)
    dialog = _open(qtbot, _compare(window))
    assert SMALL.contains(dialog.frameGeometry())


def test_content_taller_than_the_screen_scrolls_and_the_buttons_stay_in_sight(
    qtbot, window: MainWindow
) -> None:
    dialog = QDialog(window)
    layout = QVBoxLayout(dialog)
    fields = [QLineEdit(f"field {i}", dialog) for i in range(40)]
    for field in fields:
        layout.addWidget(field)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, dialog)
    layout.addWidget(buttons)
    assert layout.totalMinimumSize().height() > SMALL.height()
    _open(qtbot, dialog)
    assert SMALL.contains(dialog.frameGeometry())
    scroll = dialog.findChild(QScrollArea, "screenFitScroll")
    assert scroll is not None and scroll.isAncestorOf(fields[0]) and scroll.isAncestorOf(fields[-1])
    qtbot.waitUntil(lambda: scroll.height() > SMALL.height() // 2)
    assert scroll.verticalScrollBar().maximum() > 0
    assert not scroll.isAncestorOf(buttons)
    bottom = buttons.mapTo(dialog, buttons.rect().bottomLeft()).y()
    assert buttons.isVisible() and bottom <= dialog.height()
    # The last field can still be reached: scrolled to, it shows.
    scroll.ensureWidgetVisible(fields[-1])
    top = fields[-1].mapTo(scroll.viewport(), QPoint(0, 0)).y()
    assert top >= 0 and top + fields[-1].height() <= scroll.viewport().height()


def test_a_minimum_size_larger_than_the_screen_gives_way(qtbot, window: MainWindow) -> None:
    dialog = QDialog(window)
    QVBoxLayout(dialog).addWidget(QWidget(dialog))
    dialog.setMinimumSize(1200, 700)
    _open(qtbot, dialog)
    assert SMALL.contains(dialog.frameGeometry())


_ON_A_SECOND_SCREEN = """
import json, sys
from pathlib import Path
from studio.gui.app import application
from studio.gui.main_window import MainWindow
from studio.gui.similar_compare import ComparedText, SimilarCompareDialog
from studio.library import Library
from studio.text import Direction
app = application([])
small = app.screens()[1]
library = Library.open(Path(sys.argv[1]))
win = MainWindow(library, "en")
win.setGeometry(small.availableGeometry().adjusted(40, 30, -40, -30))
win.show()
text = ComparedText("a", "Some words here. " * 200, Direction.LTR)
dialog = SimilarCompareDialog(text, text, [], 0.5, 0.5, win)
dialog.show()
app.processEvents()
g, w = dialog.frameGeometry(), win.frameGeometry()
print(json.dumps({"dialog": [g.x(), g.y(), g.width(), g.height()],
                  "window": [w.x(), w.y(), w.width(), w.height()],
                  "screen": dialog.screen().name()}))
library.close()
"""


def test_on_a_real_second_small_screen_the_dialog_opens_there(tmp_path: Path) -> None:
    """Qt's own offscreen screens, a large one and a 1024 × 600 one beside it, in a process of
    their own: the dialog opens on the small screen its window is on, inside it."""
    screens = {
        "screens": [
            {"name": "large", "x": 0, "y": 0, "width": 1920, "height": 1080},
            {"name": "small", "x": 1920, "y": 0, "width": 1024, "height": 600},
        ]
    }
    config = tmp_path / "screens.json"
    config.write_text(json.dumps(screens), encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    env["XDG_CONFIG_HOME"] = str(tmp_path / "cfg")
    env["HOME"] = str(tmp_path)
    done = subprocess.run(
        [sys.executable, "-c", _ON_A_SECOND_SCREEN, str(tmp_path / "l.qalam")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout.strip().splitlines()[-1])
    x, y, width, height = found["dialog"]
    small = QRect(1920, 0, 1024, 600)
    assert found["screen"] == "small"
    assert small.contains(QRect(x, y, width, height)), found
    wx, wy, ww, wh = found["window"]
    assert abs((x + width // 2) - (wx + ww // 2)) <= 1, found
    assert abs((y + height // 2) - (wy + wh // 2)) <= 1, found
