"""View ▸ Former customers: the customers updates no longer found, with their notes,
from the project's history — so a note written for a customer who left the list is
never lost from sight.  A filter finds a customer or a word of a note.  Dates are
written as the app writes them (15.01.2027 in German); a note too long for its column
shows whole in its tooltip."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from segmenter_app.core.projects.former import former_customers, matches
from segmenter_app.core.projects.snapshot import ImportRecord

#: the column of the note
NOTE = 5


def _date(moment: str, language: str) -> str:
    """The day a customer left the list, as the app writes dates (local time)."""
    from datetime import datetime

    try:
        day = datetime.fromisoformat(moment.replace("Z", "+00:00")).astimezone().date()
    except ValueError:
        return moment[:10]
    return day.strftime("%d.%m.%Y") if language == "de" else day.isoformat()


class FormerCustomersDialog(QDialog):
    def __init__(self, history: list[ImportRecord], parent=None, *, language: str = "en") -> None:
        super().__init__(parent)
        self.language = language
        self.rows = former_customers(history)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.filter = QLineEdit()
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._apply_filter)
        self.table = QTableWidget()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.filter)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(820, 480)
        self.retranslate()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Former customers"))
        self.explanation.setText(
            self.tr(
                "Customers a newer list no longer had, with the values and notes they had then "
                "({count} in this project's history)."
            ).format(count=len(self.rows))
            if self.rows
            else self.tr("No update of this project has left a customer out.")
        )
        self.filter.setPlaceholderText(self.tr("Find a customer or a word of a note"))
        headers = [
            self.tr("Left the list"),
            self.tr("Customer ID"),
            self.tr("Customer"),
            self.tr("Account manager"),
            self.tr("Segment"),
            self.tr("Note"),
        ]
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(self.rows))
        for row, (moment, customer) in enumerate(self.rows):
            values = [
                _date(moment, self.language),
                customer.customer_id,
                customer.customer_name,
                customer.account_manager,
                customer.segment or self.tr("unclassified"),
                customer.notes,
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(str(value))
                if column == NOTE and value:
                    item.setToolTip(str(value))
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self._apply_filter(self.filter.text())

    def _apply_filter(self, text: str) -> None:
        for row, (_moment, customer) in enumerate(self.rows):
            self.table.setRowHidden(row, not matches(customer, text))

    def shown_customers(self) -> list[str]:
        """The names of the customers the filter shows (for tests and scripts)."""
        return [
            self.rows[row][1].customer_name
            for row in range(len(self.rows))
            if not self.table.isRowHidden(row)
        ]
