"""An article's reviews, newest first: who reviewed it and when, the stars, the rubric, the
verdict and the summary, and the checklist as it stood when the review was saved (kept with each
review; `studio.checks.checklist.snapshot`). Read-only: reviews are written in the review form."""

from __future__ import annotations

import contextlib
import html
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt, QTime, QTimeZone
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from studio.checks import checklist as cl
from studio.checks.model import Flag
from studio.gui.check_marks import in_interface_digits, interface_lang
from studio.gui.checklist_panel import FLAG_COLOURS, STATE_MARKS
from studio.gui.reader_html import block_direction
from studio.gui.review_dialog import CONTEXT as FORM_CONTEXT
from studio.review.rating import DEFAULT_CRITERIA, STARS_MAX, Verdict
from studio.review.records import Review
from studio.text import Direction

FSI, PDI = "\u2068", "\u2069"

# The size it opens at: room for a review's rubric and checklist without scrolling much.
WIDTH, HEIGHT = 720, 620
MIN_WIDTH, MIN_HEIGHT = 520, 380
# Kept free around the dialog on a screen smaller than that (window frame, title bar).
SCREEN_MARGIN = 40
# The list of reviews shows this many rows before it scrolls: most articles have one or two.
LIST_ROWS = 4
LIST_PADDING = 2


def _stars(count: int) -> str:
    count = max(0, min(STARS_MAX, count))
    return "★" * count + "☆" * (STARS_MAX - count)


def _when(moment: datetime, utc: bool) -> str:
    stamp = QDateTime(moment.date(), QTime(moment.hour, moment.minute))
    if utc:
        stamp = QDateTime(moment.date(), QTime(moment.hour, moment.minute), QTimeZone.utc())
        stamp = stamp.toLocalTime()
    return QLocale().toString(stamp, QLocale.FormatType.ShortFormat)


class ReviewsDialog(QDialog):
    def __init__(
        self,
        reviews: Sequence[Review],
        snapshots: Mapping[int, dict[str, Any]],
        parent: QWidget | None = None,
        *,
        title: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reviewsDialog")
        self.setWindowTitle(
            self.tr("Reviews of “{title}”").format(title=f"{FSI}{title}{PDI}")
            if title
            else self.tr("Reviews")
        )
        self.reviews = sorted(reviews, key=lambda r: (r.created, r.id), reverse=True)
        self.snapshots = dict(snapshots)

        self.list = QListWidget(self)
        self.list.setObjectName("reviewsList")
        self.list.setAccessibleName(self.tr("Reviews"))
        self.details = QTextBrowser(self)
        self.details.setObjectName("reviewDetails")
        self.details.setOpenLinks(False)
        self.splitter = splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setObjectName("reviewsSplitter")
        splitter.addWidget(self.list)
        splitter.addWidget(self.details)
        splitter.setChildrenCollapsible(False)
        # Growing the dialog grows the review being read, not the list above it.
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)

        if not self.reviews:
            empty = QListWidgetItem(self.tr("No reviews yet."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(empty)
        for review in self.reviews:
            self.list.addItem(QListWidgetItem(self.line(review)))
        self.list.currentRowChanged.connect(self._show)
        if self.reviews:
            self.list.setCurrentRow(0)
        else:
            self.details.setHtml("")
        self._fit_to_screen()

    def _fit_to_screen(self) -> None:
        """Opens at WIDTH × HEIGHT, or the screen's free area on a small screen, with a few
        rows of reviews above and the chosen review (stars, rubric, summary, checklist) given
        the rest."""
        screen = (self.parentWidget() or self).screen() or QGuiApplication.primaryScreen()
        free = screen.availableGeometry() if screen is not None else None
        width, height = WIDTH, HEIGHT
        if free is not None:
            # The frame and title bar come on top of the size asked for.
            width = min(width, free.width() - SCREEN_MARGIN)
            height = min(height, free.height() - SCREEN_MARGIN)
        self.setMinimumSize(min(MIN_WIDTH, width), min(MIN_HEIGHT, height))
        self.resize(width, height)
        rows = max(1, min(self.list.count(), LIST_ROWS))
        frame = 2 * self.list.frameWidth()
        list_height = rows * max(self.list.sizeHintForRow(0), 1) + frame + 2 * LIST_PADDING
        self.list.setMinimumHeight(max(self.list.sizeHintForRow(0), 1) + frame)
        self.splitter.setSizes([list_height, max(height - list_height, 1)])

    # -- what is shown -----------------------------------------------------------------------

    def verdict_label(self, verdict: Verdict) -> str:
        return {
            Verdict.APPROVE: self.tr("Approved"),
            Verdict.REQUEST_CHANGES: self.tr("Changes requested"),
            Verdict.REJECT: self.tr("Rejected"),
        }[Verdict(verdict)]

    def line(self, review: Review) -> str:
        """One row of the list: when, who, the stars and the verdict."""
        who = review.reviewer or self.tr("Someone")
        return self.tr("{time} · {person} · {stars} · {verdict}").format(
            time=_when(review.created, utc=True),
            person=f"{FSI}{who}{PDI}",
            stars=_stars(review.stars),
            verdict=self.verdict_label(review.verdict),
        )

    def _show(self, row: int) -> None:
        if 0 <= row < len(self.reviews):
            self.details.setHtml(self.details_html(self.reviews[row]))

    def details_html(self, review: Review) -> str:
        direction = "rtl" if self.layoutDirection() == Qt.LayoutDirection.RightToLeft else "ltr"
        overall, rubric, summary = self.tr("Overall"), self.tr("Rubric"), self.tr("Summary")
        parts = [
            f"<p><b>{self._e(overall)}</b>: {_stars(review.stars)}"
            f"&nbsp;&nbsp;{self._e(self.verdict_label(review.verdict))}</p>"
        ]
        if review.rubric:
            # One line a criterion (a table would keep its cells left to right in Arabic).
            # In the order the review form asks them (the library keeps them by name).
            order = list(DEFAULT_CRITERIA)
            keys = sorted(
                review.rubric, key=lambda k: (order.index(k) if k in order else len(order), k)
            )
            rows = "<br>".join(
                f"{self._e(self._criterion(key))}: {_stars(review.rubric[key])}" for key in keys
            )
            parts.append(f"<p><b>{self._e(rubric)}</b></p><p>{rows}</p>")
        if review.summary.strip():
            parts.append(f"<p><b>{self._e(summary)}</b></p>")
            # Each paragraph in its own direction: an Arabic summary in the English interface
            # reads from the right, its full stop at its end.
            for line in review.summary.splitlines():
                if line.strip():
                    rtl = block_direction(line, Direction.LTR) is Direction.RTL
                    side = "dir='rtl' align='right'" if rtl else "dir='ltr' align='left'"
                    parts.append(f"<p {side}>{self._e(line)}</p>")
        parts.append(self._checklist_html(self.snapshots.get(review.id)))
        return f"<div dir='{direction}'>{''.join(parts)}</div>"

    def _checklist_html(self, snapshot: dict[str, Any] | None) -> str:
        if not snapshot:
            missing = self.tr("No checklist was kept with this review.")
            return f"<p style='color:#616161'>{self._e(missing)}</p>"
        heading = self.tr("The checklist when this review was saved")
        taken = snapshot.get("taken_at")
        if isinstance(taken, str):
            with contextlib.suppress(ValueError):  # a snapshot kept by another version
                heading += f" ({_when(datetime.fromisoformat(taken), utc=False)})"
        out = [f"<p><b>{self._e(heading)}</b></p>"]
        flag = str((snapshot.get("result") or {}).get("flag", ""))
        flag_text = {
            "ok": self.tr("Reads as worked by a person"),
            "needs_attention": self.tr("Needs attention"),
            "ai_only": self.tr("Likely AI-only"),
            "too_short": self.tr("Too short to judge"),
        }.get(flag)
        if flag_text:
            colour = FLAG_COLOURS.get(Flag(flag), "#616161")
            out.append(f"<p style='color:{colour}'>{self._e(flag_text)}</p>")
        lang = interface_lang()
        rows = []
        for item in snapshot.get("items") or []:
            try:
                state = cl.ItemState(str(item.get("state")))
            except ValueError:
                state = cl.ItemState.UNKNOWN
            mark, colour = STATE_MARKS[state]
            label = item.get("label_ar") if lang == "ar" else item.get("label_en")
            detail = item.get("detail") or ""
            text = self._e(str(label or item.get("id") or ""))
            if detail:
                # The engine's figures, in the interface's digits as in the checklist panel.
                shown = in_interface_digits(str(detail))
                text += f" <span style='color:#616161'>— {self._e(shown)}</span>"
            rows.append(f"<li><span style='color:{colour.name()}'>{mark}</span> {text}</li>")
        if rows:
            out.append(f"<ul>{''.join(rows)}</ul>")
        return "".join(out)

    def _criterion(self, key: str) -> str:
        label = DEFAULT_CRITERIA.get(key)
        if label is None:
            return key  # a client's own criterion, kept as written
        return QCoreApplication.translate(FORM_CONTEXT, label)

    @staticmethod
    def _e(text: str) -> str:
        return html.escape(text, quote=False)


__all__ = ["ReviewsDialog"]
