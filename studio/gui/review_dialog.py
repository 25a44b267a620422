"""The editor's review form: overall stars, a rubric of criteria each rated 1–5, a verdict and
a summary. The dialog only collects; the caller stores with `Library.add_review`, which checks
the same rules again (this form just keeps the Save button honest)."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from studio.gui.star_rating import StarRating
from studio.review.rating import DEFAULT_CRITERIA, Verdict

CONTEXT = "ReviewDialog"
# The default criteria's labels, listed so lupdate collects them (studio.review keeps the
# English originals and knows nothing of Qt).
CRITERION_LABELS = (
    QT_TRANSLATE_NOOP("ReviewDialog", "Clarity"),
    QT_TRANSLATE_NOOP("ReviewDialog", "Originality and human voice"),
    QT_TRANSLATE_NOOP("ReviewDialog", "Accuracy"),
    QT_TRANSLATE_NOOP("ReviewDialog", "Structure"),
    QT_TRANSLATE_NOOP("ReviewDialog", "Language"),
    QT_TRANSLATE_NOOP("ReviewDialog", "Fit to the client's brief"),
)


@dataclass(slots=True)
class ReviewInput:
    stars: int
    verdict: Verdict
    summary: str
    # Only the criteria the reviewer rated.
    rubric: dict[str, int] = field(default_factory=dict)


class ReviewDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        title: str = "",
        criteria: dict[str, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reviewDialog")
        self.setWindowTitle(self.tr("Review"))
        self.setMinimumWidth(460)
        criteria = dict(criteria if criteria is not None else DEFAULT_CRITERIA)

        heading = QLabel(self)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        heading.setWordWrap(True)
        heading.setText(self.tr("Review of “{title}”").format(title=title) if title else "")
        heading.setVisible(bool(title))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        heading.setFont(font)

        self.stars = StarRating(self, star_size=30, name=self.tr("Overall rating"))
        self.stars_text = QLabel(self.stars.description(), self)
        overall = QHBoxLayout()
        overall.addWidget(self.stars)
        overall.addSpacing(8)
        overall.addWidget(self.stars_text)
        overall.addStretch(1)

        rubric_box = QGroupBox(self.tr("Rubric"), self)
        form = QFormLayout(rubric_box)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        self.criteria: dict[str, StarRating] = {}
        for key, label in criteria.items():
            shown = QCoreApplication.translate(CONTEXT, label)
            widget = StarRating(rubric_box, star_size=20, name=shown)
            caption = QLabel(shown, rubric_box)
            # A final Arabic letter's tail (ي، ن) reaches past the text's advance: without room
            # it was cut against the stars.
            caption.setContentsMargins(4, 0, 4, 0)
            caption.setBuddy(widget)
            form.addRow(caption, widget)
            self.criteria[key] = widget

        verdict_box = QGroupBox(self.tr("Verdict"), self)
        verdicts = QHBoxLayout(verdict_box)
        self.verdicts = QButtonGroup(self)
        self._verdict_buttons: dict[Verdict, QRadioButton] = {}
        for verdict, text in (
            (Verdict.APPROVE, self.tr("Approve")),
            (Verdict.REQUEST_CHANGES, self.tr("Request changes")),
            (Verdict.REJECT, self.tr("Reject")),
        ):
            button = QRadioButton(text, verdict_box)
            self.verdicts.addButton(button)
            verdicts.addWidget(button)
            self._verdict_buttons[verdict] = button
        self._verdict_buttons[Verdict.APPROVE].setChecked(True)
        verdicts.addStretch(1)

        self.summary = QPlainTextEdit(self)
        self.summary.setObjectName("reviewSummary")
        self.summary.setAccessibleName(self.tr("Summary"))
        self.summary.setPlaceholderText(
            self.tr("A summary for the writer (required when asking for changes or rejecting)")
        )
        self.summary.setTabChangesFocus(True)
        self.summary.setFixedHeight(96)

        self.hint = QLabel(self)
        self.hint.setObjectName("reviewHint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #8a5a00;")

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 14)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addLayout(overall)
        layout.addWidget(rubric_box)
        layout.addWidget(verdict_box)
        layout.addWidget(self.summary)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)

        self.stars.valueChanged.connect(self._refresh)
        self.verdicts.buttonToggled.connect(self._refresh)
        self.summary.textChanged.connect(self._refresh)
        self._refresh()
        self.stars.setFocus()

    def verdict(self) -> Verdict:
        for verdict, button in self._verdict_buttons.items():
            if button.isChecked():
                return verdict
        return Verdict.APPROVE

    def set_verdict(self, verdict: Verdict) -> None:
        self._verdict_buttons[Verdict(verdict)].setChecked(True)

    def problem(self) -> str:
        """What still keeps the review from being saved; empty when it can be."""
        if self.stars.value() == 0:
            return self.tr("Choose how many stars the piece earns.")
        if self.verdict() is not Verdict.APPROVE and not self.summary.toPlainText().strip():
            return self.tr("Say what should change: the writer acts on your summary.")
        return ""

    def values(self) -> ReviewInput:
        return ReviewInput(
            stars=self.stars.value(),
            verdict=self.verdict(),
            summary=self.summary.toPlainText().strip(),
            rubric={key: w.value() for key, w in self.criteria.items() if w.value()},
        )

    def _refresh(self, *_args: object) -> None:
        self.stars_text.setText(self.stars.description())
        problem = self.problem()
        self.hint.setText(problem)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not problem)

    def accept(self) -> None:
        if self.problem():
            return
        super().accept()
