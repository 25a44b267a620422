"""Author and client pages of the library view: when the table is filtered to one author (or
client), a line above it says what they have written (or commissioned), how it was rated and
where each piece stands; the table below lists their articles."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QLabel, QWidget

from studio.gui.i18n import status_label
from studio.library import Status

if TYPE_CHECKING:
    # Only named here: the review package is not needed to paint the window.
    from studio.review import PersonPage


class PersonSummary(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personSummary")
        self.setWordWrap(True)
        self.hide()

    def show_person(self, page: PersonPage | None) -> None:
        """Shows `page`, or hides the line when there is none (no author filter, unknown name)."""
        if page is None:
            self.clear()
            self.hide()
            return
        locale = QLocale()
        parts: list[str] = []
        # A client who writes nothing gets only the client line, not a row of zeros.
        if page.articles or not page.client_articles:
            parts += [
                self.tr("%Ln article(s)", "", page.articles),
                self.tr("%Ln word(s)", "", page.words),
            ]
            if page.rating is None:
                parts.append(self.tr("no ratings yet"))
            else:
                parts.append(
                    self.tr("★ {rating} out of 5 from %Ln review(s)", "", page.reviews).format(
                        rating=locale.toString(page.rating, "f", 1)
                    )
                )
            for status in Status:
                count = page.by_status.get(status.value, 0)
                if count:
                    parts.append(f"{status_label(status)} {locale.toString(count)}")
        if page.client_articles:
            parts.append(self.tr("client of %Ln article(s)", "", page.client_articles))
        separator = self.tr(" · ")
        # The line reads in the interface's direction whatever script the name is in; the name
        # is isolated so an Arabic name in the English interface (or the reverse) stays whole.
        direction = "rtl" if self.layoutDirection() == Qt.LayoutDirection.RightToLeft else "ltr"
        name = f"\u2068{escape(page.name)}\u2069"
        body = escape(separator.join(parts))
        self.setText(f'<p dir="{direction}"><b>{name}</b>{separator}{body}</p>')
        self.show()
