"""What a newer list changes, before it is applied: new and gone customers, changed
values, segment moves (alerts first) and the migration matrix."""

from __future__ import annotations

import pandas as pd
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
)

from segmenter_app.core.importing.importer import ImportResult
from segmenter_app.core.model import segmentation as sg
from segmenter_app.core.outputs.chart_style import COLOURS
from segmenter_app.core.projects.updating import MATRIX_LABELS, UpdateReport
from segmenter_app.core.text import texts
from segmenter_app.ui.i18n import Retranslating

ALERT_BRUSH = QBrush(QColor("#FDE2D8"))


class UpdateDialog(Retranslating, QDialog):
    def __init__(self, report: UpdateReport, newer: ImportResult, language: str, parent=None) -> None:
        super().__init__(parent)
        self.report = report
        self.newer = newer
        self.language = language
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.tabs = QTabWidget()
        self.moves = QTableWidget()
        self.matrix = QTableWidget()
        self.changes = QTableWidget()
        self.gone = QTableWidget()
        #: the values the user had edited that the newer list replaces
        self.replaced = QTableWidget()
        for table in (self.moves, self.matrix, self.changes, self.gone, self.replaced):
            table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
            table.setSortingEnabled(False)
        self.tabs.addTab(self.moves, "")
        self.tabs.addTab(self.matrix, "")
        self.tabs.addTab(self.changes, "")
        self.tabs.addTab(self.gone, "")
        self.tabs.addTab(self.replaced, "")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self.resize(900, 600)
        self.retranslate()

    def retranslate(self) -> None:
        report, language = self.report, self.language
        counts = report.summary()
        self.setWindowTitle(self.tr("Update from {file}").format(file=self.newer.report.path.name))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Apply the update"))
        self.summary.setText(
            self.tr(
                "<b>{matched}</b> customers found again, <b>{added}</b> new, <b>{gone}</b> no longer "
                "in the list (they stay in the project's history), <b>{changed}</b> with changed values. "
                "<b>{moved}</b> move to another segment, <b>{alerts}</b> of them alerts. Notes, triage "
                "decisions and pins are kept. Values you had edited that the newer list replaces: "
                "{dropped} (see the last tab)."
            ).format(
                matched=texts.format_number(counts["matched"], language),
                added=texts.format_number(counts["added"], language),
                gone=texts.format_number(counts["gone"], language),
                changed=texts.format_number(counts["changed"], language),
                moved=texts.format_number(counts["moved"], language),
                alerts=texts.format_number(counts["alerts"], language),
                dropped=counts["dropped_edits"],
            )
        )
        self.tabs.setTabText(0, self.tr("Segment moves"))
        self.tabs.setTabText(1, self.tr("Migration matrix"))
        self.tabs.setTabText(2, self.tr("Changed values"))
        self.tabs.setTabText(3, self.tr("No longer in the list"))
        self.tabs.setTabText(4, self.tr("Your edits replaced"))
        self._fill_moves()
        self._fill_matrix()
        self._fill_changes()
        self._fill_gone()
        self._fill_replaced()

    def _segment_name(self, code: int) -> str:
        return sg.SEGMENTS[code] if code >= 0 else self.tr("unclassified")

    def _fill_moves(self) -> None:
        moves = self.report.moves.sort_values("alert", ascending=False, kind="stable")
        headers = [
            self.tr("Alert"),
            self.tr("Customer ID"),
            self.tr("Customer"),
            self.tr("Account manager"),
            self.tr("From"),
            self.tr("To"),
        ]
        self.moves.clear()
        self.moves.setColumnCount(len(headers))
        self.moves.setHorizontalHeaderLabels(headers)
        self.moves.setRowCount(len(moves))
        for row, move in enumerate(moves.itertuples(index=False)):
            values = [
                "⚠" if move.alert else "",
                str(move.customer_id),
                str(move.customer_name),
                str(move.account_manager),
                self._segment_name(int(move.from_segment)),
                self._segment_name(int(move.to_segment)),
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if move.alert:
                    item.setBackground(ALERT_BRUSH)
                if column >= 4 and value in COLOURS:
                    item.setForeground(QBrush(QColor(COLOURS[value][0])))
                self.moves.setItem(row, column, item)
        self.moves.resizeColumnsToContents()

    def _fill_matrix(self) -> None:
        labels = [label if label in COLOURS else self.tr("unclassified") for label in MATRIX_LABELS]
        matrix = self.report.matrix
        self.matrix.clear()
        self.matrix.setRowCount(len(labels) + 1)
        self.matrix.setColumnCount(len(labels) + 1)
        self.matrix.setHorizontalHeaderLabels([*labels, self.tr("gone")])
        self.matrix.setVerticalHeaderLabels([*labels, self.tr("new")])
        for row in range(len(labels)):
            for column in range(len(labels)):
                item = QTableWidgetItem(texts.format_number(int(matrix[row, column]), self.language))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if row != column and matrix[row, column]:
                    item.setBackground(QBrush(QColor("#FFF4CC")))
                self.matrix.setItem(row, column, item)
            gone = self.report.gone_by_segment[row] if row < len(self.report.gone_by_segment) else 0
            self.matrix.setItem(row, len(labels), self._count_item(gone))
        for column in range(len(labels)):
            added = self.report.added_by_segment[column] if column < len(self.report.added_by_segment) else 0
            self.matrix.setItem(len(labels), column, self._count_item(added))
        self.matrix.resizeColumnsToContents()

    def _count_item(self, count) -> QTableWidgetItem:
        item = QTableWidgetItem(texts.format_number(int(count), self.language))
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return item

    def _fill_changes(self) -> None:
        changes = self.report.changes.head(5000)
        headers = [
            self.tr("Customer ID"),
            self.tr("Customer"),
            self.tr("Value"),
            self.tr("Before"),
            self.tr("Now"),
        ]
        names = self.newer.table["customer_name"].to_numpy(dtype=object)
        rows = [
            (change.customer_id, names[change.new_row], _value_name(change.column), change.old, change.new)
            for change in changes.itertuples(index=False)
        ]
        self._fill(self.changes, headers, rows)

    def _fill_replaced(self) -> None:
        edits = self.report.dropped_edits
        headers = [
            self.tr("Customer ID"),
            self.tr("Value"),
            self.tr("Your value"),
            self.tr("In the newer list"),
        ]
        rows = [
            (edit.customer_id, _value_name(edit.column), edit.edited, edit.newer_value)
            for edit in edits.itertuples(index=False)
        ]
        self._fill(self.replaced, headers, rows)

    def _fill(self, table: QTableWidget, headers: list[str], rows: list[tuple]) -> None:
        table.clear()
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(rows))
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                item = QTableWidgetItem(_plain(value, self.language))
                if isinstance(value, float):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(row, column, item)
        table.resizeColumnsToContents()

    def _fill_gone(self) -> None:
        gone = self.report.gone
        columns = [c for c in ("customer_id", "customer_name", "account_manager") if c in gone.columns]
        self.gone.clear()
        self.gone.setColumnCount(len(columns))
        self.gone.setHorizontalHeaderLabels(
            [self.tr("Customer ID"), self.tr("Customer"), self.tr("Account manager")][: len(columns)]
        )
        self.gone.setRowCount(len(gone))
        for row in range(len(gone)):
            for column, key in enumerate(columns):
                self.gone.setItem(row, column, QTableWidgetItem(_plain(gone[key].iat[row], self.language)))
        self.gone.resizeColumnsToContents()


def _value_name(column: str) -> str:
    """A table column as the user knows it ("Satisfaction", not satisfaction_input)."""
    from segmenter_app.ui.import_dialog import role_names

    roles = {"sow_input": "share_of_wallet", "satisfaction_input": "satisfaction"}
    return role_names().get(roles.get(column, column), column)


def _plain(value, language: str) -> str:
    """A number with up to two decimals and no trailing zeros ("4", "1,2", "26.790,47")."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return texts.format_number(float(value), language, 2, trim=True)
    return "" if value is None or value is pd.NA else str(value)
