"""Review › Checklist Templates…: the library's default checklist and one per client, edited.

A template is an ordered list of items: automatic ones (decided by the checks; the engine offers
a fixed set) and manual ones (ticked by an editor, labelled in English and Arabic). Ticks are
stored by item id, so an item keeps its id for good: a new manual item gets one from its label
when first saved, relabelling and moving keep it, and removing an item leaves the others' ticks
alone. Saving stores the template and `templates_changed` lets the open articles re-check.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from studio.checks import checklist as cl
from studio.checks import templates as tpl
from studio.gui.check_marks import interface_lang
from studio.gui.messages import error_box
from studio.library import Library, LibraryError, checks_store

CLIENT_ROLE = Qt.ItemDataRole.UserRole
# The combo's entry of the default template (a client's entry holds the client's name).
DEFAULT_KEY = ""


def problem_text(problem: tpl.TemplateProblem, item_label: str) -> str:
    """A validation problem in the interface language, naming the item by its label."""
    return ChecklistTemplatesDialog.problem_texts()[problem.code].format(
        n=problem.item, label=item_label
    )


class ChecklistTemplatesDialog(QDialog):
    """Edits the default template and the clients' templates of `library`."""

    templates_changed = Signal()

    @classmethod
    def problem_texts(cls) -> dict[str, str]:
        """What each validation problem (studio.checks.templates) says, translated."""
        # Spelled out in full: lupdate reads only literal translate() calls.
        return {
            "no_items": QCoreApplication.translate(
                "ChecklistTemplatesDialog", "A template needs at least one item."
            ),
            "no_client": QCoreApplication.translate(
                "ChecklistTemplatesDialog", "A client's template needs the client's name."
            ),
            "bad_id": QCoreApplication.translate(
                "ChecklistTemplatesDialog", "Item {n} has an id that cannot be stored."
            ),
            "duplicate_id": QCoreApplication.translate(
                "ChecklistTemplatesDialog", "Item {n} has the same id as another item."
            ),
            "unknown_auto": QCoreApplication.translate(
                "ChecklistTemplatesDialog", "Item {n} is not an automatic item the checks offer."
            ),
            "fixed_rules": QCoreApplication.translate(
                "ChecklistTemplatesDialog",
                "Item {n}: the rules of an automatic item cannot be changed.",
            ),
            "manual_takes_auto_id": QCoreApplication.translate(
                "ChecklistTemplatesDialog", "Item {n} has the id of an automatic item."
            ),
            "manual_has_rules": QCoreApplication.translate(
                "ChecklistTemplatesDialog", "Item {n}: a manual item has no rules."
            ),
            "missing_label_en": QCoreApplication.translate(
                "ChecklistTemplatesDialog",
                "Item {n} (“{label}”) needs an English label. Type one, or copy the Arabic one.",
            ),
            "missing_label_ar": QCoreApplication.translate(
                "ChecklistTemplatesDialog",
                "Item {n} (“{label}”) needs an Arabic label. Type one, or copy the English one.",
            ),
            "label_too_long": QCoreApplication.translate(
                "ChecklistTemplatesDialog", "Item {n}: a label is longer than 200 characters."
            ),
            "auto_twice": QCoreApplication.translate(
                "ChecklistTemplatesDialog",
                "Item {n} repeats an automatic item already in the list.",
            ),
        }

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checklistTemplatesDialog")
        self.setWindowTitle(self.tr("Checklist Templates"))
        self.library = library
        self.lang = interface_lang()
        self.items: list[cl.ItemTemplate] = []
        self.dirty = False
        self._filling = False
        self._current_key = DEFAULT_KEY

        self.chooser = QComboBox(self)
        self.chooser.setObjectName("templateChooser")
        self.chooser.currentIndexChanged.connect(self._on_chosen)
        self.new_button = QPushButton(self.tr("New Template for Client…"), self)
        self.new_button.setObjectName("newClientTemplate")
        self.new_button.clicked.connect(self._ask_client)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.setObjectName("deleteTemplate")
        self.delete_button.setToolTip(
            self.tr("Remove this client's template: the client's articles follow the default.")
        )
        self.delete_button.clicked.connect(self._on_delete)
        self.reset_button = QPushButton(self.tr("Reset Default"), self)
        self.reset_button.setObjectName("resetDefault")
        self.reset_button.setToolTip(self.tr("Put the built-in items back in the default."))
        self.reset_button.clicked.connect(self._on_reset)
        self.applies = QLabel(self)
        self.applies.setObjectName("templateApplies")
        self.applies.setWordWrap(True)

        self.list = QListWidget(self)
        self.list.setObjectName("templateItems")
        self.list.currentRowChanged.connect(self._show_item)
        self.auto_choice = QComboBox(self)
        self.auto_choice.setObjectName("autoChoice")
        # As wide as the longest automatic item's label, whichever are left to offer: the side
        # column neither clips a label nor jumps as items come and go.
        metrics = self.auto_choice.fontMetrics()
        widest = max(metrics.horizontalAdvance(i.label(self.lang)) for i in tpl.AUTO_ITEMS.values())
        self.auto_choice.setMinimumWidth(widest + 48)
        self.auto_choice.setPlaceholderText(self.tr("Every automatic item is in the list"))
        self.add_auto_button = QPushButton(self.tr("Add Automatic Item"), self)
        self.add_auto_button.setObjectName("addAutoItem")
        self.add_auto_button.clicked.connect(self._add_auto)
        self.add_manual_button = QPushButton(self.tr("Add Manual Item"), self)
        self.add_manual_button.setObjectName("addManualItem")
        self.add_manual_button.clicked.connect(self.add_manual)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setObjectName("removeItem")
        self.remove_button.clicked.connect(self.remove_current)
        self.up_button = QPushButton(self.tr("Move Up"), self)
        self.up_button.setObjectName("moveItemUp")
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button = QPushButton(self.tr("Move Down"), self)
        self.down_button.setObjectName("moveItemDown")
        self.down_button.clicked.connect(lambda: self.move_current(1))

        self.kind_label = QLabel(self)
        self.kind_label.setObjectName("itemKind")
        self.kind_label.setWordWrap(True)
        self.label_en = QLineEdit(self)
        self.label_en.setObjectName("labelEn")
        self.label_en.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.label_en.setMaxLength(tpl.MAX_LABEL_LENGTH)
        self.label_en.textEdited.connect(lambda text: self._set_label(label_en=text))
        self.label_ar = QLineEdit(self)
        self.label_ar.setObjectName("labelAr")
        self.label_ar.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        # Plain AlignRight is mirrored in a right-to-left widget: it put the Arabic label at the
        # left edge, in both interface languages. Absolute keeps it at the right.
        self.label_ar.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
        self.label_ar.setMaxLength(tpl.MAX_LABEL_LENGTH)
        self.label_ar.textEdited.connect(lambda text: self._set_label(label_ar=text))
        self.copy_to_ar = QPushButton(self.tr("Copy English to Arabic"), self)
        self.copy_to_ar.setObjectName("copyToArabic")
        self.copy_to_ar.clicked.connect(lambda: self._copy_label(to_arabic=True))
        self.copy_to_en = QPushButton(self.tr("Copy Arabic to English"), self)
        self.copy_to_en.setObjectName("copyToEnglish")
        self.copy_to_en.clicked.connect(lambda: self._copy_label(to_arabic=False))
        self.label_hint = QLabel(
            self.tr(
                "Both labels are required: editors see the one in their interface language. "
                "With only one at hand, copy it across and translate it later."
            ),
            self,
        )
        self.label_hint.setWordWrap(True)
        self.label_hint.setObjectName("labelHint")
        self.target_note = QLabel(
            self.tr(
                "Target length: a template holds no length. The “Target length met” item uses "
                "each article's own target in words (set on the article)."
            ),
            self,
        )
        self.target_note.setObjectName("targetNote")
        self.target_note.setWordWrap(True)
        self.problem_label = QLabel(self)
        self.problem_label.setObjectName("templateProblem")
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("color: #b3261e;")
        self.problem_label.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self._layout()
        self.resize(820, 560)
        self.reload(DEFAULT_KEY)

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Template:"), self))
        top.addWidget(self.chooser, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.delete_button)
        top.addWidget(self.reset_button)

        side = QVBoxLayout()
        side.addWidget(self.auto_choice)
        side.addWidget(self.add_auto_button)
        side.addWidget(self.add_manual_button)
        side.addSpacing(12)
        side.addWidget(self.remove_button)
        side.addWidget(self.up_button)
        side.addWidget(self.down_button)
        side.addStretch(1)
        middle = QHBoxLayout()
        middle.addWidget(self.list, 1)
        middle.addLayout(side)

        self.item_box = QGroupBox(self.tr("Selected item"), self)
        form = QFormLayout(self.item_box)
        form.addRow(self.kind_label)
        form.addRow(self.tr("English label:"), self.label_en)
        form.addRow(self.tr("Arabic label:"), self.label_ar)
        copies = QHBoxLayout()
        copies.addWidget(self.copy_to_ar)
        copies.addWidget(self.copy_to_en)
        copies.addStretch(1)
        form.addRow(copies)
        form.addRow(self.label_hint)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.applies)
        layout.addLayout(middle, 1)
        layout.addWidget(self.item_box)
        layout.addWidget(self.target_note)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.buttons)

    # -- which template ------------------------------------------------------------------------

    def reload(self, key: str) -> None:
        """Reads the templates again and shows the one of `key` (a client, or the default)."""
        try:
            stored = checks_store.templates(self.library)
            clients = self.library.clients()
        except LibraryError as error:
            error_box(self, self.tr("The checklist templates could not be read."), error).open()
            stored, clients = [], []
        self._stored = {t.client or DEFAULT_KEY: t for t in stored}
        self._clients = clients
        own = sorted(k for k in self._stored if k)
        self._filling = True
        self.chooser.clear()
        self.chooser.addItem(self.tr("Default (clients without their own)"), DEFAULT_KEY)
        for client in own:
            self.chooser.addItem(self.tr("Client: {client}").format(client=client), client)
        self._filling = False
        index = max(self.chooser.findData(key), 0)
        self.chooser.setCurrentIndex(index)
        self._load(self.chooser.itemData(index))

    def template(self, key: str) -> cl.ChecklistTemplate:
        return self._stored.get(key) or self._stored.get(DEFAULT_KEY) or cl.DEFAULT_TEMPLATE

    def _on_chosen(self, index: int) -> None:
        if self._filling or index < 0:
            return
        key = self.chooser.itemData(index)
        if key == self._current_key:
            return
        if self.dirty and not self.confirm(
            self.tr("Unsaved changes"),
            self.tr("Discard the changes to this template?"),
        ):
            self._filling = True
            self.chooser.setCurrentIndex(self.chooser.findData(self._current_key))
            self._filling = False
            return
        self._load(key)

    def _load(self, key: str) -> None:
        self._current_key = key
        template = self.template(key)
        if key and key in self._stored:
            self.applies.setText(self.tr("Applies to the articles of {client}.").format(client=key))
        else:
            others = [c for c in self._clients if c not in self._stored]
            if others:
                self.applies.setText(
                    self.tr(
                        "Applies to articles without a client, and to these clients, who have "
                        "no template of their own: {clients}."
                    ).format(clients=self.tr(", ").join(others))
                )
            else:
                self.applies.setText(
                    self.tr(
                        "Applies to articles without a client and to clients without their own."
                    )
                )
        self.items = list(template.items)
        self.delete_button.setEnabled(bool(key))
        self.reset_button.setEnabled(not key and DEFAULT_KEY in self._stored)
        self._set_dirty(False)
        self._show_problems([])
        self._fill_list(0)

    # -- the list ------------------------------------------------------------------------------

    def _row_text(self, item: cl.ItemTemplate) -> str:
        label = item.label(self.lang) or item.label("ar" if self.lang == "en" else "en")
        kind = self.tr("automatic") if item.kind is cl.ItemKind.AUTO else self.tr("manual")
        if not label:
            label = self.tr("(no label yet)")
        return f"{label} — {kind}"

    def _fill_list(self, current: int) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for item in self.items:
            QListWidgetItem(self._row_text(item), self.list)
        self.list.blockSignals(False)
        if self.items:
            self.list.setCurrentRow(min(max(current, 0), len(self.items) - 1))
        self._show_item(self.list.currentRow())
        self._fill_auto_choice()

    def _fill_auto_choice(self) -> None:
        used = {i.id for i in self.items if i.kind is cl.ItemKind.AUTO}
        self.auto_choice.clear()
        for item in tpl.AUTO_ITEMS.values():
            if item.id not in used:
                self.auto_choice.addItem(item.label(self.lang), item.id)
        # With a placeholder text the combo would otherwise stay on no choice at all.
        self.auto_choice.setCurrentIndex(0 if self.auto_choice.count() else -1)
        self.add_auto_button.setEnabled(self.auto_choice.count() > 0)
        self.auto_choice.setEnabled(self.auto_choice.count() > 0)

    def _show_item(self, row: int) -> None:
        has = 0 <= row < len(self.items)
        self.remove_button.setEnabled(has)
        self.up_button.setEnabled(has and row > 0)
        self.down_button.setEnabled(has and row < len(self.items) - 1)
        item = self.items[row] if has else None
        manual = item is not None and item.kind is cl.ItemKind.MANUAL
        for widget in (self.label_en, self.label_ar, self.copy_to_ar, self.copy_to_en):
            widget.setEnabled(manual)
        self.label_hint.setVisible(manual)
        if item is None:
            self.kind_label.setText(self.tr("No item selected."))
            self.label_en.clear()
            self.label_ar.clear()
        elif manual:
            self.kind_label.setText(self.tr("Manual: an editor ticks it, with who and when."))
        else:
            self.kind_label.setText(
                self.tr("Automatic: decided by the checks; its labels are the studio's own.")
            )
        if item is not None:
            self.label_en.setText(item.label_en)
            self.label_ar.setText(item.label_ar)

    def _set_dirty(self, dirty: bool) -> None:
        self.dirty = dirty
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(dirty)

    def _changed(self, current: int) -> None:
        self._set_dirty(True)
        self._fill_list(current)

    def _add_auto(self) -> None:
        item_id = self.auto_choice.currentData()
        if item_id:
            self.add_auto(item_id)

    def add_auto(self, item_id: str) -> None:
        """Adds the engine's automatic item `item_id` at the end."""
        self.items.append(tpl.auto_item(item_id))
        self._changed(len(self.items) - 1)

    def add_manual(self) -> None:
        """Adds a manual item without labels yet (its id is made from its label on saving)."""
        self.items.append(cl.ItemTemplate("", cl.ItemKind.MANUAL, "", ""))
        self._changed(len(self.items) - 1)
        self.label_en.setFocus()

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.items):
            del self.items[row]
            self._changed(row)

    def move_current(self, step: int) -> None:
        row = self.list.currentRow()
        to = row + step
        if 0 <= row < len(self.items) and 0 <= to < len(self.items):
            self.items[row], self.items[to] = self.items[to], self.items[row]
            self._changed(to)

    def _set_label(self, **label: str) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self.items) or self.items[row].kind is not cl.ItemKind.MANUAL:
            return
        self.items[row] = replace(self.items[row], **label)
        self.list.item(row).setText(self._row_text(self.items[row]))
        self._set_dirty(True)

    def _copy_label(self, *, to_arabic: bool) -> None:
        if to_arabic:
            self.label_ar.setText(self.label_en.text())
            self._set_label(label_ar=self.label_en.text())
        else:
            self.label_en.setText(self.label_ar.text())
            self._set_label(label_en=self.label_ar.text())

    # -- saving, new, delete, reset ------------------------------------------------------------

    def edited(self) -> cl.ChecklistTemplate:
        """The template as edited; new manual items get their lasting id here."""
        taken = {i.id for i in self.items if i.id}
        items = []
        for item in self.items:
            if not item.id:
                item = replace(item, id=tpl.new_id(item.label_en or item.label_ar, taken))
                taken.add(item.id)
            items.append(item)
        self.items = items
        return tpl.for_client(self._current_key or None, cl.ChecklistTemplate("", "", tuple(items)))

    def save(self) -> bool:
        template = self.edited()
        found = tpl.problems(template)
        if found:
            self._show_problems(found)
            return False
        try:
            checks_store.save_template(self.library, tpl.validated(template))
        except LibraryError as error:
            error_box(self, self.tr("The template could not be saved."), error).open()
            return False
        self.reload(self._current_key)
        self.templates_changed.emit()
        return True

    def _show_problems(self, found: list[tpl.TemplateProblem]) -> None:
        lines = []
        for problem in found:
            item = self.items[problem.item - 1] if problem.item else None
            label = item.label(self.lang) or item.label_en or item.label_ar if item else ""
            lines.append(problem_text(problem, label))
        self.problem_label.setText("\n".join(lines))
        self.problem_label.setVisible(bool(lines))
        first = next((p.item for p in found if p.item), 0)
        if first:
            self.list.setCurrentRow(first - 1)

    def _ask_client(self) -> None:
        choices = [c for c in self._clients if c not in self._stored]
        dialog = QInputDialog(self)
        dialog.setObjectName("clientChoice")
        dialog.setWindowTitle(self.tr("New Template for Client"))
        dialog.setLabelText(
            self.tr("Client (from the library, or type a name); it starts from the default:")
        )
        dialog.setComboBoxItems(choices)
        dialog.setComboBoxEditable(True)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.textValueSelected.connect(self.new_for_client)
        dialog.open()

    def new_for_client(self, client: str) -> bool:
        """Stores a copy of the default as `client`'s own template and shows it."""
        client = client.strip()
        if not client:
            return False
        if self.dirty and not self.confirm(
            self.tr("Unsaved changes"), self.tr("Discard the changes to this template?")
        ):
            return False
        if client in self._stored:
            self.reload(client)
            return True
        try:
            checks_store.save_template(self.library, tpl.for_client(client, self.template("")))
        except LibraryError as error:
            error_box(self, self.tr("The template could not be saved."), error).open()
            return False
        self.reload(client)
        self.templates_changed.emit()
        return True

    def _on_delete(self) -> None:
        client = self._current_key
        if client and self.confirm(
            self.tr("Delete Template"),
            self.tr(
                "Delete the template of {client}? Its articles will follow the default."
            ).format(client=client),
        ):
            self.delete_current()

    def delete_current(self) -> bool:
        return self._forget(self._current_key or None)

    def _on_reset(self) -> None:
        if self.confirm(
            self.tr("Reset Default"),
            self.tr("Put the built-in items back in the default template?"),
        ):
            self.reset_default()

    def reset_default(self) -> bool:
        return self._forget(None)

    def _forget(self, client: str | None) -> bool:
        try:
            checks_store.delete_template(self.library, client)
        except LibraryError as error:
            error_box(self, self.tr("The template could not be deleted."), error).open()
            return False
        self.reload(DEFAULT_KEY)
        self.templates_changed.emit()
        return True

    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def reject(self) -> None:
        if self.dirty and not self.confirm(
            self.tr("Unsaved changes"), self.tr("Close without saving the changes?")
        ):
            return
        super().reject()
