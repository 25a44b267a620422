"""A damaged library's message stays on the screen: SQLite's integrity check reports a line for
every damaged page, and those hundreds of lines made the box taller than the screen, its OK
button out of reach. The box shows the first of them; "Show Details…" holds them all."""

from __future__ import annotations

from pathlib import Path

from studio.gui.error_texts import error_message
from studio.gui.messages import cannot_open_headline, error_box
from studio.library.errors import LibraryCorrupt

REPORT = "*** in database main ***\n" + "\n".join(
    f"Page {n} is never used" for n in range(500, 1100)
)


def test_a_long_integrity_report_is_cut_in_the_box_and_kept_in_its_details(qtbot) -> None:
    error = LibraryCorrupt(path=str(Path("/tmp/x/lib.qalam")), detail=REPORT)
    message = error_message(error)
    assert "\n" not in message
    assert "Page 500 is never used" in message and "Page 1099" not in message
    assert message.count("…") == 1
    box = error_box(None, cannot_open_headline(), error)
    qtbot.addWidget(box)
    assert "Page 1099 is never used" in box.detailedText()
    assert box.sizeHint().height() < 400


def test_a_short_detail_is_shown_whole(qtbot) -> None:
    error = LibraryCorrupt(path="/tmp/x/lib.qalam", detail="file is not a database")
    assert "file is not a database" in error_message(error)
    assert "…" not in error_message(error)
    box = error_box(None, cannot_open_headline(), error)
    qtbot.addWidget(box)
    assert box.detailedText() == ""
