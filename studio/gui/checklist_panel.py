"""The checklist panel beside an open article: the verdict (flag and AI-only score), then every
item of the article's template — pass, fail, needs attention, or not known yet — with the
findings behind it, each with its message in the interface language and its evidence.

The panel shows what it is given (`show_outcome`) and reports what the user asks for through
signals; `editor_checks.ChecksSide` talks to the library. Clicking an item or a finding asks to
show its passage; manual items carry a check box; a finding can be dismissed with a reason and a
dismissed one restored.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import (
    QDateTime,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTime,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from studio.checks import Finding, Flag
from studio.checks import checklist as cl
from studio.gui.check_marks import (
    SEVERITY_COLOURS,
    finding_evidence,
    finding_message,
    interface_lang,
    severity_label,
    severity_labels,
)
from studio.gui.checks_worker import CheckOutcome

# What each row is: an item (its id), an active finding, or a dismissed one.
KIND_ROLE = Qt.ItemDataRole.UserRole + 1
DATA_ROLE = Qt.ItemDataRole.UserRole + 2
MAX_FINDINGS_PER_ITEM = 100
EVIDENCE_CHARS = 48
FSI, PDI = "\u2068", "\u2069"
STATE_MARKS = {
    cl.ItemState.PASS: ("✓", QColor("#2e7d32")),
    cl.ItemState.FAIL: ("✗", QColor("#c62828")),
    cl.ItemState.ATTENTION: ("!", QColor("#b26a00")),
    cl.ItemState.UNKNOWN: ("?", QColor("#757575")),
}
FLAG_COLOURS = {
    Flag.OK: "#2e7d32",
    Flag.NEEDS_ATTENTION: "#b26a00",
    Flag.AI_ONLY: "#c62828",
    Flag.TOO_SHORT: "#616161",
}
PANEL_STYLE = """
QLabel#checkVerdict { font-weight: 600; padding: 2px 0; }
QLabel#checkDetail { color: #444; background: #f7f5ef; border-radius: 4px; padding: 6px; }
"""


class ChecklistPanel(QWidget):
    passage_requested = Signal(int, int)  # start, end in code points of the checked text
    tick_requested = Signal(str, bool)  # item id, done
    dismiss_requested = Signal(object)  # Finding
    restore_requested = Signal(str, str)  # rule, fingerprint

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checklistPanel")
        self.setStyleSheet(PANEL_STYLE)
        self.outcome: CheckOutcome | None = None
        self.title = QLabel(self.tr("Checklist"), self)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.verdict = QLabel(self.tr("Checking…"), self)
        self.verdict.setObjectName("checkVerdict")
        self.verdict.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("checklistTree")
        # Tab leaves the list for the next control, as in every other pane (arrows walk it).
        self.tree.setTabKeyNavigation(False)
        self.tree.setHeaderHidden(True)
        self.tree.setColumnCount(1)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.tree.setIndentation(14)
        self.tree.setItemDelegate(WrappedRows(self.tree))
        self.tree.itemClicked.connect(self._on_clicked)
        self.tree.itemActivated.connect(self._on_clicked)
        self.tree.itemChanged.connect(self._on_changed)
        self.tree.currentItemChanged.connect(lambda *_: self._show_detail())
        self.detail = QLabel(self)
        self.detail.setObjectName("checkDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.hide()
        self.dismiss_button = QPushButton(self.tr("Dismiss…"), self)
        self.dismiss_button.setObjectName("dismissFinding")
        self.dismiss_button.setToolTip(
            self.tr("Set this finding aside, with a reason; it comes back if its passage changes.")
        )
        self.dismiss_button.clicked.connect(self._dismiss_current)
        self.restore_button = QPushButton(self.tr("Restore"), self)
        self.restore_button.setObjectName("restoreFinding")
        self.restore_button.clicked.connect(self._restore_current)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.dismiss_button)
        buttons.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.title)
        layout.addWidget(self.verdict)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.detail)
        layout.addLayout(buttons)
        self._building = False
        self._severities = severity_labels()
        self._show_detail()

    # -- what is shown ---------------------------------------------------------------------

    def show_outcome(self, outcome: CheckOutcome) -> None:
        """Shows a check of the article; keeps the open branches and the current row."""
        expanded, current = self._view_state()
        # Re-checks come at every pause in typing: the list must not jump back to its top.
        scrolled = self.tree.verticalScrollBar().value()
        chosen = self.tree.currentItem()
        chosen_key = self._row_key(chosen) if chosen is not None else None
        chosen_finding = _finding_of(chosen) if chosen_key is not None else None
        self.outcome = outcome
        lang = interface_lang()
        self._severities = severity_labels()
        self._show_verdict(outcome)
        self._building = True
        try:
            self.tree.clear()
            for item in outcome.items:
                self.tree.addTopLevelItem(self._item_row(item, outcome, lang))
        finally:
            self._building = False
        for index in range(self.tree.topLevelItemCount()):
            row = self.tree.topLevelItem(index)
            row.setExpanded(row.data(0, DATA_ROLE) in expanded)
            if row.data(0, DATA_ROLE) == current:
                self.tree.setCurrentItem(row)
                same = self._same_finding(row, chosen_finding, chosen_key)
                if same is not None:
                    self.tree.setCurrentItem(same)
        self.tree.verticalScrollBar().setValue(scrolled)
        self._show_detail()

    def show_failure(self) -> None:
        self.verdict.setText(self.tr("The checklist could not be worked out for this text."))

    def _view_state(self) -> tuple[set[str], str | None]:
        expanded = set()
        for index in range(self.tree.topLevelItemCount()):
            row = self.tree.topLevelItem(index)
            if row.isExpanded():
                expanded.add(str(row.data(0, DATA_ROLE)))
        current = self.tree.currentItem()
        while current is not None and current.parent() is not None:
            current = current.parent()
        return expanded, (str(current.data(0, DATA_ROLE)) if current is not None else None)

    def _same_finding(
        self, row: QTreeWidgetItem, before: Finding | None, key: tuple[str, str] | None
    ) -> QTreeWidgetItem | None:
        """The child of `row` showing the finding that was chosen before a re-check: the same
        words at the same place if still there, else the first with the same words."""
        if before is None or key is None:
            return None
        matches = [
            row.child(i) for i in range(row.childCount()) if self._row_key(row.child(i)) == key
        ]
        for match in matches:
            finding = _finding_of(match)
            if finding is not None and (finding.start, finding.end) == (before.start, before.end):
                return match
        return matches[0] if matches else None

    def _row_key(self, row: QTreeWidgetItem) -> tuple[str, str] | None:
        """A finding's row by its rule and fingerprint, which survive a re-check."""
        if self.outcome is None:
            return None
        kind = row.data(0, KIND_ROLE)
        if kind == "finding":
            finding = row.data(0, DATA_ROLE)
            return kind, self.outcome.fingerprints.get(finding, "")
        if kind == "dismissed":
            return kind, row.data(0, DATA_ROLE)[1]
        return None

    def verdict_text(self, outcome: CheckOutcome) -> str:
        result = outcome.result
        locale = QLocale()
        words = self.tr("%Ln word(s)", "", result.words)
        if result.flag is Flag.TOO_SHORT or result.ai_score is None:
            return self.tr("Too short to judge ({words}; {minimum} needed)").format(
                words=words, minimum=locale.toString(150)
            )
        flag = {
            Flag.OK: self.tr("Reads as worked by a person"),
            Flag.NEEDS_ATTENTION: self.tr("Needs attention"),
            Flag.AI_ONLY: self.tr("Likely AI-only"),
        }[result.flag]
        return self.tr("{flag} · AI-only score {score} · {words}").format(
            flag=flag, score=locale.toString(result.ai_score, "f", 2), words=words
        )

    def _show_verdict(self, outcome: CheckOutcome) -> None:
        self.verdict.setText(self.verdict_text(outcome))
        colour = FLAG_COLOURS[outcome.result.flag]
        self.verdict.setStyleSheet(f"color: {colour};")

    def _item_row(self, item: cl.ItemResult, outcome: CheckOutcome, lang: str) -> QTreeWidgetItem:
        mark, colour = STATE_MARKS[item.state]
        label = _label(item, lang)
        count = len(item.findings)
        text = f"{mark}  {label}"
        if count:
            text += f" ({QLocale().toString(count)})"
        row = QTreeWidgetItem([text])
        row.setData(0, KIND_ROLE, "item")
        row.setData(0, DATA_ROLE, item.id)
        row.setForeground(0, QBrush(colour))
        font = QFont(self.tree.font())
        font.setBold(item.state in (cl.ItemState.FAIL, cl.ItemState.ATTENTION))
        row.setFont(0, font)
        row.setToolTip(0, self._item_tip(item))
        if item.kind is cl.ItemKind.MANUAL:
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            done = item.state is cl.ItemState.PASS
            row.setCheckState(0, Qt.CheckState.Checked if done else Qt.CheckState.Unchecked)
        for finding in item.findings[:MAX_FINDINGS_PER_ITEM]:
            row.addChild(self._finding_row(finding, outcome.text, lang))
        if count > MAX_FINDINGS_PER_ITEM:
            hidden = count - MAX_FINDINGS_PER_ITEM
            more = QTreeWidgetItem([self.tr("…and %Ln more (underlined in the text)", "", hidden)])
            more.setData(0, KIND_ROLE, "more")
            row.addChild(more)
        for finding, dismissal in outcome.dismissed:
            if finding.rule in _rules_of(outcome, item.id):
                row.addChild(self._dismissed_row(finding, dismissal, outcome, lang))
        return row

    def _item_tip(self, item: cl.ItemResult) -> str:
        state = {
            cl.ItemState.PASS: self.tr("Passes"),
            cl.ItemState.FAIL: self.tr("Fails"),
            cl.ItemState.ATTENTION: self.tr("Needs attention"),
            cl.ItemState.UNKNOWN: self.tr("Not known yet"),
        }[item.state]
        if item.kind is cl.ItemKind.MANUAL:
            if item.tick is None:
                return self.tr("{state}: tick it when it is done").format(state=state)
            return self.tr("{state}: ticked by {who}, {when}").format(
                state=state,
                # Isolated: an Arabic name in the English interface took the date after it
                # into its own right-to-left run ("ticked by 11/28/26 ,هدى").
                who=f"{FSI}{item.tick.by}{PDI}",
                when=_when(item.tick.at),
            )
        if item.detail == "too short":
            return self.tr("{state}: too short to judge").format(state=state)
        if item.id == "original" and item.state is cl.ItemState.UNKNOWN:
            not_yet = self.tr("{state}: the library has not been searched for reused passages yet")
            return not_yet.format(state=state)
        if item.id == "target_length" and item.state is cl.ItemState.UNKNOWN:
            return self.tr("{state}: the article has no target length").format(state=state)
        if item.id == "target_length" and self.outcome is not None:
            # "Fails" alone left the editor to count: say how far the piece is from its target.
            target = self.outcome.job.target_words or 0
            return self.tr("{state}: {words} of the {target} words asked for").format(
                state=state,
                words=QLocale().toString(self.outcome.result.words),
                target=QLocale().toString(target),
            )
        if item.dismissed:
            return self.tr("{state} ({dismissed} dismissed)").format(
                state=state, dismissed=QLocale().toString(item.dismissed)
            )
        return state

    def rule_label(self, rule: str) -> str:
        """A short name of what a rule noticed, for the finding's row."""
        labels = {
            "stock_phrase": self.tr("Stock phrase"),
            "filler": self.tr("Filler"),
            "hedging": self.tr("Hedging"),
            "connective_opener": self.tr("Connective opening"),
            "repeated_opener": self.tr("Repeated opening"),
            "uniform_rhythm": self.tr("Even sentence lengths"),
            "few_specifics": self.tr("Few specifics"),
            "template_intro": self.tr("Template opening"),
            "template_conclusion": self.tr("Template conclusion"),
            "bold_lead_list": self.tr("“Bold lead: explanation” list"),
            "uniform_sections": self.tr("Sections of even length"),
            "reused_passage": self.tr("Reused passage"),
            "ai_declared": self.tr("Declared AI or pasted"),
        }
        return labels.get(rule, rule)

    def finding_text(self, finding: Finding, text: str, lang: str = "en") -> str:
        """The row of a finding: what was noticed and its evidence; the panel's detail box and
        the tooltip give the whole message."""
        rule = self.rule_label(finding.rule)
        # The words underlined when they are few (a phrase, an opening), else the figure.
        passage = " ".join(text[finding.start : finding.end].split())
        evidence = (
            passage if 0 < len(passage) <= EVIDENCE_CHARS else finding_evidence(finding, lang)
        )
        evidence = " ".join(evidence.split())
        if not evidence:
            return rule
        if len(evidence) > EVIDENCE_CHARS:
            evidence = evidence[: EVIDENCE_CHARS - 1] + "…"
        return self.tr("{rule}: “{evidence}”").format(rule=rule, evidence=f"{FSI}{evidence}{PDI}")

    def _finding_row(self, finding: Finding, text: str, lang: str) -> QTreeWidgetItem:
        message = finding_message(finding, lang)
        row = QTreeWidgetItem([self.finding_text(finding, text, lang)])
        row.setData(0, KIND_ROLE, "finding")
        row.setData(0, DATA_ROLE, finding)
        row.setForeground(0, QBrush(SEVERITY_COLOURS[finding.severity].darker(130)))
        row.setToolTip(0, f"{self._severities[finding.severity]}: {message}")
        return row

    def _dismissed_row(
        self, finding: Finding, dismissal: cl.Dismissal, outcome: CheckOutcome, lang: str
    ) -> QTreeWidgetItem:
        text = self.tr("Dismissed: {finding} — {reason} ({who})").format(
            finding=self.finding_text(finding, outcome.text, lang),
            reason=f"{FSI}{dismissal.reason}{PDI}",
            who=f"{FSI}{dismissal.by}{PDI}",
        )
        row = QTreeWidgetItem([text])
        row.setData(0, KIND_ROLE, "dismissed")
        row.setData(0, DATA_ROLE, (finding, outcome.fingerprints.get(finding, "")))
        row.setForeground(0, QBrush(QColor("#8a8a8a")))
        font = QFont(self.tree.font())
        font.setItalic(True)
        row.setFont(0, font)
        row.setToolTip(0, f"{finding_message(finding, lang)}\n{dismissal.reason}")
        return row

    # -- what the user asks for ------------------------------------------------------------

    def current_finding(self) -> tuple[str, Finding, str] | None:
        """(kind, finding, fingerprint) of the current row when it is a finding."""
        row = self.tree.currentItem()
        if row is None or self.outcome is None:
            return None
        kind = row.data(0, KIND_ROLE)
        if kind == "finding":
            finding = row.data(0, DATA_ROLE)
            return kind, finding, self.outcome.fingerprints.get(finding, "")
        if kind == "dismissed":
            finding, fingerprint = row.data(0, DATA_ROLE)
            return kind, finding, fingerprint
        return None

    def _show_detail(self) -> None:
        current = self.current_finding()
        # The authorship record's evidence is what happened to the text, not a reading of it:
        # there is nothing to set aside (the verdict would stand), so it cannot be dismissed.
        self.dismiss_button.setEnabled(
            current is not None
            and current[0] == "finding"
            and current[1].rule not in cl.AUTHORSHIP_RULES
        )
        self.restore_button.setEnabled(current is not None and current[0] == "dismissed")
        if current is None:
            row = self.tree.currentItem()
            if row is not None and row.data(0, KIND_ROLE) == "item" and row.toolTip(0):
                # Who ticked a manual item and when, or why an item stands as it does: in the
                # box, not only in a tooltip the keyboard never shows.
                self.detail.setText(row.toolTip(0))
                self.detail.show()
                return
            self.detail.hide()
            return
        _kind, finding, _print = current
        lang = interface_lang()
        message = finding_message(finding, lang)
        text = f"{severity_label(finding.severity)}: {message}"
        evidence = finding_evidence(finding, lang)
        # Many findings quote their evidence in the message already (“في ظل”): a second line
        # repeating it only makes the box longer.
        if evidence and evidence not in message:
            text += "\n" + self.tr("Evidence: {evidence}").format(evidence=evidence)
        self.detail.setText(text)
        self.detail.show()

    def _on_clicked(self, row: QTreeWidgetItem, _column: int = 0) -> None:
        kind = row.data(0, KIND_ROLE)
        finding: Finding | None = None
        if kind == "finding":
            finding = row.data(0, DATA_ROLE)
        elif kind == "dismissed":
            finding = row.data(0, DATA_ROLE)[0]
        elif kind == "item" and row.childCount():
            row.setExpanded(True)
            first = row.child(0)
            if first.data(0, KIND_ROLE) == "finding":
                finding = first.data(0, DATA_ROLE)
        if finding is not None:
            self.passage_requested.emit(finding.start, finding.end)

    def _on_changed(self, row: QTreeWidgetItem, _column: int) -> None:
        if self._building or row.data(0, KIND_ROLE) != "item":
            return
        if not row.flags() & Qt.ItemFlag.ItemIsUserCheckable:
            return
        done = row.checkState(0) == Qt.CheckState.Checked
        self.tick_requested.emit(str(row.data(0, DATA_ROLE)), done)

    def _dismiss_current(self) -> None:
        current = self.current_finding()
        if current is not None and current[0] == "finding":
            self.dismiss_requested.emit(current[1])

    def _restore_current(self) -> None:
        current = self.current_finding()
        if current is not None and current[0] == "dismissed":
            self.restore_requested.emit(current[1].rule, current[2])

    # -- for tests and the window ----------------------------------------------------------

    def item_row(self, item_id: str) -> QTreeWidgetItem | None:
        for index in range(self.tree.topLevelItemCount()):
            row = self.tree.topLevelItem(index)
            if row.data(0, DATA_ROLE) == item_id:
                return row
        return None


class WrappedRows(QStyledItemDelegate):
    """Row heights for the width a row really has. Qt measures a wrapped row as if it had the
    whole column, but a finding sits one indentation in (and a manual item beside its box), so
    the last line of a long row — a dismissed finding's reason and who set it aside — was cut
    to "…". The rows are measured again when the panel's width changes."""

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self.tree = tree
        self._width = -1
        self._relayout = QTimer(self)
        self._relayout.setSingleShot(True)
        self._relayout.setInterval(30)
        self._relayout.timeout.connect(tree.doItemsLayout)
        tree.viewport().installEventFilter(self)

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        # One line as the style draws it (its padding included), then as many lines as the
        # text needs at the width the row really has.
        single = QStyleOptionViewItem(option)
        single.rect = QRect(0, 0, 100_000, max(1, option.rect.height()))
        hint = super().sizeHint(single, index)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        if not text:
            return hint
        font = index.data(Qt.ItemDataRole.FontRole)
        metrics = QFontMetrics(font if isinstance(font, QFont) else option.font)
        wrap = Qt.TextFlag.TextWordWrap
        needed = metrics.boundingRect(QRect(0, 0, self._text_width(index), 1_000_000), wrap, text)
        # Measured against the text on one line, fallback fonts (Arabic's are taller) included.
        one_line = metrics.boundingRect(QRect(0, 0, 1_000_000, 1_000_000), wrap, text)
        padding = max(0, hint.height() - one_line.height())
        return QSize(hint.width(), max(hint.height(), needed.height() + padding))

    def _text_width(self, index: QModelIndex | QPersistentModelIndex) -> int:
        depth = 1  # the root's branch marks take one indentation too
        parent = index.parent()
        while parent.isValid():
            depth += 1
            parent = parent.parent()
        style = self.tree.style()
        # The style's text margins either side, and a pixel or two of rounding to spare.
        frame = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self.tree)
        margin = 2 * (frame + 1) + 2
        width = self.tree.viewport().width() - depth * self.tree.indentation() - margin
        # Only rows with a box draw one (every tree item is "user checkable" by default).
        if index.data(Qt.ItemDataRole.CheckStateRole) is not None:
            box = style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, self.tree)
            width -= box + margin
        return max(40, width)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.tree.viewport().width() != self._width:
            self._width = self.tree.viewport().width()
            self._relayout.start()
        return super().eventFilter(watched, event)


def _finding_of(row: QTreeWidgetItem | None) -> Finding | None:
    if row is None:
        return None
    data = row.data(0, DATA_ROLE)
    if row.data(0, KIND_ROLE) == "dismissed":
        return data[0]
    return data if row.data(0, KIND_ROLE) == "finding" else None


def _when(moment: datetime) -> str:
    stamp = QDateTime(moment.date(), QTime(moment.hour, moment.minute))
    return QLocale().toString(stamp, QLocale.FormatType.ShortFormat)


def _label(item: cl.ItemResult, lang: str) -> str:
    return item.label_ar if lang == "ar" else item.label_en


def _rules_of(outcome: CheckOutcome, item_id: str) -> tuple[str, ...]:
    for template_item in outcome.job.template.items:
        if template_item.id == item_id:
            return template_item.rules
    return ()
