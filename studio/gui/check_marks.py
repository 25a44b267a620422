"""Wavy underlines under the checklist's findings in the editor, coloured by severity, and the
text of the tooltip that explains them.

They are extra selections, like comment highlights and the authorship dimming: an underline
adds to the Markdown highlighter's formats and to a highlight's background instead of replacing
them. Their cursors belong to the document, so an underline moves with the text typed before it
until the next check redraws them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextEdit

from studio.checks import Finding, Severity
from studio.gui.utf16 import Utf16Positions

SEVERITY_COLOURS = {
    Severity.ERROR: QColor("#c62828"),
    Severity.WARNING: QColor("#e08600"),
    Severity.INFO: QColor("#2f6fd0"),
}
# Beyond this many, underlines stop (the panel still lists every finding): thousands of extra
# selections would cost every keystroke their repaint.
MAX_UNDERLINES = 400
FINDING_PROPERTY = QTextCharFormat.Property.UserProperty + 40


def severity_labels() -> dict[Severity, str]:
    return {
        Severity.ERROR: QCoreApplication.translate("Checks", "Problem"),
        Severity.WARNING: QCoreApplication.translate("Checks", "Warning"),
        Severity.INFO: QCoreApplication.translate("Checks", "Note"),
    }


def severity_label(severity: Severity | str) -> str:
    return severity_labels()[Severity(severity)]


def interface_lang() -> str:
    return "ar" if QLocale().language() == QLocale.Language.Arabic else "en"


# A figure the engine wrote into a message (12, 0.25, 40%), and the quoted words it leaves alone.
_FIGURE = re.compile(r"\d+(?:\.\d+)?%?")
_QUOTED = re.compile(r"«[^»]*»|“[^”]*”|\"[^\"]*\"")


def in_interface_digits(text: str) -> str:
    """The engine's figures (ASCII digits, '.', '%') as the interface writes numbers — Arabic-
    Indic in the Arabic interface, as every other count on screen — leaving quoted words from
    the text or a title untouched: those are the writer's own digits."""
    locale = QLocale()
    zero = locale.zeroDigit()
    if zero == "0":
        return text
    digits = str.maketrans("0123456789", "".join(chr(ord(zero) + i) for i in range(10)))

    def figure(match: re.Match[str]) -> str:
        shown = match.group().replace(".", locale.decimalPoint()).translate(digits)
        # Qt's percent sign carries a letter mark after it; the bare sign reads the same.
        return shown.replace("%", locale.percent()[:1])

    out, at = [], 0
    for quoted in _QUOTED.finditer(text):
        out.append(_FIGURE.sub(figure, text[at : quoted.start()]))
        out.append(quoted.group())
        at = quoted.end()
    out.append(_FIGURE.sub(figure, text[at:]))
    return "".join(out)


def finding_message(finding: Finding, lang: str) -> str:
    """A finding's message as the studio shows it: in `lang`, figures in the interface's digits."""
    return in_interface_digits(finding.message(lang))


def finding_evidence(finding: Finding, lang: str) -> str:
    """The evidence of a finding; a figure in the interface's digits, a passage as written."""
    if lang == "ar" and finding.evidence_ar:
        return in_interface_digits(finding.evidence_ar)
    return finding.evidence_in(lang)


def underline_selections(
    document: QTextDocument,
    text: str,
    findings: Sequence[Finding],
    shown: tuple[int, int] | None = None,
) -> list[QTextEdit.ExtraSelection]:
    """One wavy underline per finding of `text` (the document's text when checked), only for
    those that touch `shown` (Qt positions) when given: placing a cursor in a long document lays
    out its paragraph, so underlines far off screen would cost a tenth of a second per thousand.
    """
    to_qt = Utf16Positions(text)
    last = document.characterCount() - 1
    selections = []
    for index, finding in enumerate(findings):
        start, end = min(to_qt(finding.start), last), min(to_qt(finding.end), last)
        if end <= start:
            continue
        if shown is not None and (end < shown[0] or start > shown[1]):
            continue
        if len(selections) >= MAX_UNDERLINES:
            break
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(document)
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        fmt = QTextCharFormat()
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        fmt.setUnderlineColor(SEVERITY_COLOURS[Severity(finding.severity)])
        fmt.setProperty(FINDING_PROPERTY, index)
        selection.format = fmt
        selections.append(selection)
    return selections


def findings_at(
    selections: Iterable[QTextEdit.ExtraSelection], findings: Sequence[Finding], position: int
) -> list[Finding]:
    """The findings whose underline covers `position` (a Qt position), where the text is now."""
    found = []
    for selection in selections:
        cursor = selection.cursor
        if cursor.selectionStart() <= position < cursor.selectionEnd():
            index = selection.format.property(FINDING_PROPERTY)
            if isinstance(index, int) and 0 <= index < len(findings):
                found.append(findings[index])
    return found


def tooltip_text(findings: Sequence[Finding], lang: str) -> str:
    """Plain text: each finding's severity, message in the interface language and evidence."""
    parts = []
    for finding in findings:
        line = f"{severity_label(finding.severity)}: {finding_message(finding, lang)}"
        evidence = finding_evidence(finding, lang)
        if evidence and evidence not in line:
            label = QCoreApplication.translate("Checks", "Evidence: {evidence}")
            line += "\n" + label.format(evidence=evidence)
        parts.append(line)
    return "\n\n".join(parts)
