"""The open article's details, in a slim row under its title: author, client, tags and target
length, edited in place (as a writing app shows a document's properties beside the text).

The row only shows and collects values; the page (`editor_page.py`) saves them with the text,
through the same background save and the same conflict handling, so a detail changed in another
window is never overwritten silently. Names complete from the library's people and tags, and
each field lays out its text in the text's own direction: an Arabic name reads right to left in
the English interface too.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QLocale, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QSpinBox,
    QWidget,
)

from studio.gui.editor_text import DOCUMENT_MARGIN
from studio.library.details import MAX_NAME_LENGTH, MAX_TARGET_WORDS, ArticleDetails
from studio.text import Direction, block_direction

# Separators between tags as typed: the Latin comma and the Arabic one (،).
TAG_SEPARATORS = (",", "،")


# Marks the field may put before the tags to set their reading direction: never part of a tag.
RLM = "\u200f"
_MARKS = str.maketrans("", "", "\u200e\u200f\u061c")


def split_tags(text: str) -> tuple[str, ...]:
    text = text.translate(_MARKS)
    for separator in TAG_SEPARATORS[1:]:
        text = text.replace(separator, TAG_SEPARATORS[0])
    return tuple(t.strip() for t in text.split(TAG_SEPARATORS[0]) if t.strip())


def _interface_direction() -> Direction:
    rtl = QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    return Direction.RTL if rtl else Direction.LTR


def text_direction(text: str) -> Direction | None:
    """The direction a field's text reads in: as the title's (mostly one script wins; a tie
    goes to the interface's direction, so "SEO، سفر، عُمان" reads right to left in Arabic)."""
    return block_direction(text, _interface_direction())


def _follow_text_direction(edit: QLineEdit) -> None:
    """Lays the field out in its text's direction (an Arabic name right-aligned and read from
    the right even in the English interface); an empty field follows the interface."""
    direction = text_direction(edit.text())
    if direction is None:
        edit.unsetLayoutDirection()
    else:
        edit.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft
            if direction is Direction.RTL
            else Qt.LayoutDirection.LeftToRight
        )


class NameBox(QComboBox):
    """An editable choice of a person's name: the library's names to pick from, completing
    anywhere in the name, a new name typed as it is."""

    committed = Signal()

    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        # A name typed is the article's detail, not a new entry in the list.
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        # Narrow enough for a small screen's window; the row gives the names more room.
        self.setMinimumContentsLength(4)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        edit = self.lineEdit()
        edit.setPlaceholderText(placeholder)
        edit.setMaxLength(MAX_NAME_LENGTH)
        completer = self.completer()
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        edit.textChanged.connect(lambda _t: _follow_text_direction(edit))
        edit.editingFinished.connect(self.committed.emit)
        self.activated.connect(lambda _i: self.committed.emit())

    def set_names(self, names: Sequence[str]) -> None:
        text = self.currentText()
        self.blockSignals(True)
        self.clear()
        self.addItems(list(names))
        self.setCurrentIndex(-1)
        self.setEditText(text)
        self.blockSignals(False)

    def name(self) -> str | None:
        return self.currentText().strip() or None

    def set_name(self, name: str | None) -> None:
        self.blockSignals(True)
        self.setEditText(name or "")
        self.blockSignals(False)


class TagsEdit(QLineEdit):
    """Tags as one line, separated by commas (Latin or Arabic); the tag being typed completes
    from the library's tags."""

    committed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setClearButtonEnabled(True)
        self._names = QStringListModel(self)
        self._completer = QCompleter(self._names, self)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setFilterMode(Qt.MatchFlag.MatchStartsWith)
        self._completer.setWidget(self)
        self._completer.activated.connect(self._complete)
        self.textEdited.connect(self._suggest)
        self.textChanged.connect(lambda _t: _follow_text_direction(self))
        self.editingFinished.connect(self.committed.emit)

    def set_names(self, names: Sequence[str]) -> None:
        self._names.setStringList(list(names))

    def tags(self) -> tuple[str, ...]:
        return split_tags(self.text())

    def set_tags(self, tags: Sequence[str]) -> None:
        # Arabic tags read better with the Arabic comma; either is read back.
        rtl = text_direction(" ".join(tags)) is Direction.RTL
        text = ("، " if rtl else ", ").join(tags)
        if rtl and block_direction(text, None) is Direction.LTR:
            # A line edit reads its text in the direction of the first letter, whatever its
            # layout: "SEO، سفر، عُمان" would read left to right. A right-to-left mark first
            # makes it read as the Arabic it mostly is.
            text = RLM + text
        self.blockSignals(True)
        self.setText(text)
        self.blockSignals(False)
        _follow_text_direction(self)

    def _current_start(self) -> int:
        """Where the tag under the cursor starts."""
        before = self.text()[: self.cursorPosition()]
        return max(before.rfind(s) for s in TAG_SEPARATORS) + 1

    def _suggest(self, _text: str) -> None:
        start = self._current_start()
        prefix = self.text()[start : self.cursorPosition()].strip()
        if not prefix:
            self._completer.popup().hide()
            return
        self._completer.setCompletionPrefix(prefix)
        if self._completer.completionCount() > 0:
            self._completer.complete()
        else:
            self._completer.popup().hide()

    def _complete(self, tag: str) -> None:
        text, cursor = self.text(), self.cursorPosition()
        start = self._current_start()
        end = min((i for s in TAG_SEPARATORS if (i := text.find(s, cursor)) >= 0), default=-1)
        rest = text[end:] if end >= 0 else ""
        head = text[:start] + (" " if start else "") + tag
        self.setText(head + (rest or ", "))
        self.setCursorPosition(len(head) + (0 if rest else 2))


class TargetBox(QSpinBox):
    """The target length in words; its lowest value reads "No target"."""

    committed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(0, MAX_TARGET_WORDS)
        self.setSingleStep(100)
        self.setSpecialValueText(self.tr("No target"))
        self.setSuffix(self.tr(" words"))
        self.setGroupSeparatorShown(True)
        # The value counts once typing is done (Return, leaving the field) or an arrow clicked,
        # not at every digit: 1 then 12 then 120 are not targets the writer meant.
        self.setKeyboardTracking(False)
        self.setAccelerated(True)
        self.valueChanged.connect(lambda _v: self.committed.emit())

    def target(self) -> int | None:
        return self.value() or None

    def set_target(self, target: int | None) -> None:
        self.blockSignals(True)
        self.setValue(target or 0)
        self.blockSignals(False)


class DetailsRow(QWidget):
    """Author, client, tags and target of the open article. `edited` says the writer changed
    one (after a name is chosen or typed and left, not at every keystroke)."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articleDetails")
        self.author_box = NameBox(self.tr("Nobody yet"), self)
        self.author_box.setObjectName("authorBox")
        self.client_box = NameBox(self.tr("No client"), self)
        self.client_box.setObjectName("clientBox")
        self.tags_edit = TagsEdit(self)
        self.tags_edit.setObjectName("tagsEdit")
        self.tags_edit.setPlaceholderText(self.tr("Tags, separated by commas"))
        self.target_box = TargetBox(self)
        self.target_box.setObjectName("targetBox")
        self.author_box.setToolTip(self.tr("Who wrote the article"))
        self.client_box.setToolTip(
            self.tr("Who the article is for: their checklist template applies")
        )
        self.tags_edit.setToolTip(self.tr("Tags, separated by commas"))
        self.target_box.setToolTip(
            self.tr("The length the client asked for: the checklist and the status bar measure it")
        )
        layout = QHBoxLayout(self)
        # In line with the title above (the editor's document margin).
        layout.setContentsMargins(DOCUMENT_MARGIN, 0, DOCUMENT_MARGIN, 6)
        layout.setSpacing(4)
        for text, field, stretch in (
            # Names first: on a narrow window they keep the room to be read whole.
            (self.tr("&Author:"), self.author_box, 3),
            (self.tr("C&lient:"), self.client_box, 3),
            (self.tr("Ta&gs:"), self.tags_edit, 2),
            (self.tr("&Target:"), self.target_box, 0),
        ):
            label = QLabel(text, self)
            label.setBuddy(field)
            layout.addWidget(label)
            layout.addWidget(field, stretch)
            if field is not self.target_box:
                layout.addSpacing(4)
        for field in (self.author_box, self.client_box, self.tags_edit, self.target_box):
            field.committed.connect(self.edited.emit)

    def set_choices(
        self, authors: Sequence[str], clients: Sequence[str], tags: Sequence[str]
    ) -> None:
        self.author_box.set_names(authors)
        self.client_box.set_names(clients)
        self.tags_edit.set_names(tags)

    def details(self) -> ArticleDetails:
        return ArticleDetails(
            self.author_box.name(),
            self.client_box.name(),
            self.tags_edit.tags(),
            self.target_box.target(),
        )

    def show_details(self, details: ArticleDetails, *, keep_focused: bool = False) -> None:
        """Shows `details`; with `keep_focused`, a field the writer is in stays as typed."""
        focused = self.focusWidget() if keep_focused else None

        def free(widget: QWidget) -> bool:
            return focused is None or not (widget is focused or widget.isAncestorOf(focused))

        if free(self.author_box) and self.author_box.name() != details.author:
            self.author_box.set_name(details.author)
        if free(self.client_box) and self.client_box.name() != details.client:
            self.client_box.set_name(details.client)
        if free(self.tags_edit) and self.tags_edit.tags() != tuple(details.tags):
            self.tags_edit.set_tags(details.tags)
        if free(self.target_box) and self.target_box.target() != details.target_words:
            self.target_box.set_target(details.target_words)


def details_summary(details: ArticleDetails) -> str:
    """One line naming the details, for the conflict dialog."""
    none = QCoreApplication.translate("DetailsRow", "none")
    target = (
        QCoreApplication.translate("DetailsRow", "{count} words").format(
            count=QLocale().toString(details.target_words)
        )
        if details.target_words
        else none
    )
    rtl = QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    # A middle dot reads as the Arabic zero beside Arabic digits: Arabic takes a comma.
    separator = "، " if rtl else " · "
    return separator.join(
        (
            QCoreApplication.translate("DetailsRow", "Author: {name}").format(
                name=details.author or none
            ),
            QCoreApplication.translate("DetailsRow", "Client: {name}").format(
                name=details.client or none
            ),
            QCoreApplication.translate("DetailsRow", "Tags: {tags}").format(
                tags=("، " if rtl else ", ").join(details.tags) or none
            ),
            QCoreApplication.translate("DetailsRow", "Target: {target}").format(target=target),
        )
    )
