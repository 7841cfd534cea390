"""The customer panel's actions: next step, due date, status and last contact, each an
undoable edit of the document as soon as the field is left (or a status picked)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from segmenter_app.core.errors import EditRefused
from segmenter_app.core.model.actions import STATUSES
from segmenter_app.core.model.document import CustomerDocument
from segmenter_app.ui.table.action_cells import date_text, is_overdue, status_text

TEXT_FIELDS = ("next_step", "due", "last_contact")


class ActionFields(QWidget):
    #: a refused value, worded (the window shows it in the status bar)
    refused = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.document: CustomerDocument | None = None
        self.row: int | None = None
        self.language = "en"
        self._updating = False
        self.edits = {key: QLineEdit() for key in TEXT_FIELDS}
        self.status = QComboBox()
        for _ in STATUSES:
            self.status.addItem("")
        self.labels = {key: QLabel() for key in (*TEXT_FIELDS, "status")}
        self.overdue = QLabel()
        self.overdue.setStyleSheet("color: #B00020; font-weight: bold;")
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        # Each label above its field: in a panel 250 pixels wide the fields keep their
        # whole width ("Was als Nächstes geschieht…") whatever the labels' language.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(self.labels["next_step"], self.edits["next_step"])
        form.addRow(self.labels["due"], self.edits["due"])
        form.addRow(self.labels["status"], self.status)
        form.addRow(self.labels["last_contact"], self.edits["last_contact"])
        form.addRow(self.overdue)
        for key, edit in self.edits.items():
            edit.editingFinished.connect(lambda key=key: self.commit(key))
        self.status.currentIndexChanged.connect(self._on_status_changed)
        self.retranslate()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.labels["next_step"].setText(self.tr("Next step"))
        self.labels["due"].setText(self.tr("Due"))
        self.labels["status"].setText(self.tr("Status"))
        self.labels["last_contact"].setText(self.tr("Last contact"))
        self.edits["next_step"].setPlaceholderText(self.tr("What happens next…"))
        for key in ("due", "last_contact"):
            self.edits[key].setPlaceholderText(self.tr("e.g. 15.01.2027"))
        for index, status in enumerate(STATUSES):
            self.status.setItemText(index, status_text(status) or self.tr("none"))
        self.refresh()

    def show(self, document: CustomerDocument | None, row: int | None, language: str) -> None:
        self.document, self.row, self.language = document, row, language
        self.refresh()

    def refresh(self) -> None:
        document, row = self.document, self.row
        enabled = document is not None and row is not None and 0 <= row < len(document)
        self._updating = True
        try:
            # A past period's actions are shown, not edited (they belong to the customer,
            # who is edited in the current period).
            for widget in (*self.edits.values(), self.status):
                widget.setEnabled(enabled and not document.read_only)
            if not enabled:
                for edit in self.edits.values():
                    edit.setText("")
                self.status.setCurrentIndex(0)
                self.overdue.setText("")
                return
            values = {key: str(document.value(row, key) or "") for key in (*TEXT_FIELDS, "status")}
            for key, edit in self.edits.items():
                text = values[key] if key == "next_step" else date_text(values[key], self.language)
                if not edit.hasFocus() and edit.text() != text:
                    edit.setText(text)
            status = values["status"]
            self.status.setCurrentIndex(STATUSES.index(status) if status in STATUSES else 0)
            self.overdue.setText(self.tr("Overdue") if is_overdue(document, row) else "")
        finally:
            self._updating = False

    def commit(self, key: str) -> None:
        document, row = self.document, self.row
        if self._updating or document is None or row is None or not 0 <= row < len(document):
            return
        text = self.edits[key].text()
        try:
            document.edit_action(row, key, text)
        except EditRefused:
            self.refused.emit(
                self.tr("'{value}' is not a date (write it as 15.01.2027 or 2027-01-15).").format(value=text)
            )
            self.refresh()
            return
        self.refresh()

    def _on_status_changed(self, index: int) -> None:
        if self._updating or self.document is None or self.row is None:
            return
        self.document.edit_value(self.row, "status", STATUSES[index])
        self.refresh()
