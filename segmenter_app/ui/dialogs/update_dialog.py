"""What a newer list changes, before it is applied: new and gone customers, changed
values, renamed customers (counted apart), segment moves (alerts first, each saying the
rule that made it one) and the migration matrix.

Every count says what it counts — customers or values — and equals what its tab lists
(``UpdateReport.counts``).  The dialog opens at a size that shows every tab and the
*Why* of each move on a 1366×768 laptop (1366×728 usable)."""

from __future__ import annotations

import numpy as np
import pandas as pd
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from segmenter_app.core.importing.importer import ImportResult
from segmenter_app.core.model import segmentation as sg
from segmenter_app.core.outputs.chart_style import COLOURS
from segmenter_app.core.projects.updating import MATRIX_LABELS, UpdateReport
from segmenter_app.core.text import history_texts, texts
from segmenter_app.ui.i18n import Retranslating
from segmenter_app.ui.table.columns import column_decimals
from segmenter_app.ui.table.row_heights import RowsFitText

ALERT_BRUSH = QBrush(QColor("#FDE2D8"))
#: A move's *Why* shows up to this many lines (all of it in its tooltip).
WHY_LINES = 4


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
        self.added = QTableWidget()
        self.gone = QTableWidget()
        #: the values the user had edited that the newer list replaces
        self.replaced = QTableWidget()
        #: customers whose name changed (matched by id): counted apart from values
        self.renamed = QTableWidget()
        for table in (
            self.moves,
            self.matrix,
            self.changes,
            self.added,
            self.gone,
            self.replaced,
            self.renamed,
        ):
            table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
            table.setSortingEnabled(False)
        # The matrix with a line that says which way it reads.
        self.matrix_caption = QLabel()
        matrix_page = QWidget()
        matrix_layout = QVBoxLayout(matrix_page)
        matrix_layout.addWidget(self.matrix_caption)
        matrix_layout.addWidget(self.matrix, 1)
        self.tabs.addTab(self.moves, "")
        self.tabs.addTab(matrix_page, "")
        self.tabs.addTab(self.changes, "")
        self.tabs.addTab(self.added, "")
        self.tabs.addTab(self.gone, "")
        self.tabs.addTab(self.replaced, "")
        self.tabs.addTab(self.renamed, "")
        # Every tab's title in view: no scroll arrows hiding the last ones.
        self.tabs.setUsesScrollButtons(False)
        # The *Why* of a move wraps in its column instead of being cut, each row as high
        # as its text once the column has its width.
        self.moves_fit = RowsFitText(self.moves, WHY_LINES)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        # Fits 1366×728 (a 1366×768 laptop less its task bar) with every tab readable.
        self.resize(1180, 660)
        self.retranslate()

    def retranslate(self) -> None:
        report, language = self.report, self.language
        counts = report.counts()
        self.setWindowTitle(self.tr("Update from {file}").format(file=self.newer.report.path.name))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Apply the update"))
        number = lambda count: texts.format_number(int(count), language)  # noqa: E731
        noted = self.gone_notes()
        text = self.tr(
            "<b>{matched}</b> customers found again, <b>{added}</b> new, <b>{gone}</b> no longer "
            "in the list (they stay in the project's history), <b>{changed}</b> with changed values. "
            "<b>{moved}</b> move to another segment, <b>{alerts}</b> of them alerts. Notes, triage "
            "decisions and pins are kept. Values you had edited that the newer list replaces: "
            "{dropped} (see the last tab)."
        ).format(
            matched=number(counts["matched"]),
            added=number(counts["added"]),
            gone=number(counts["gone"]),
            changed=number(counts["changed_customers"]),
            moved=number(counts["moved"]),
            alerts=number(counts["alerts"]),
            dropped=number(counts["dropped_edits"]),
        )
        if counts["changed_values"] != counts["changed_customers"]:
            text += " " + self.tr("In all, the newer list changes {values} values.").format(
                values=number(counts["changed_values"])
            )
        if counts["renamed"]:
            text += " " + self.tr("<b>{renamed}</b> renamed (the same id under another name).").format(
                renamed=number(counts["renamed"])
            )
        moved = self.threshold_moves()
        if moved:
            follow = self.tr("The thresholds follow the newer list: {moves}.")
            text += " " + follow.format(moves="; ".join(moved))
        if noted:
            text += " " + self.tr(
                "<b>{count}</b> of the customers no longer in the list have notes: they stay findable "
                "under <i>View ▸ Former customers</i>."
            ).format(count=number(noted))
        self.summary.setText(text)
        self.tabs.setTabText(0, self.tr("Segment moves ({count})").format(count=number(counts["moved"])))
        self.tabs.setTabText(1, self.tr("Migration matrix"))
        if counts["changed_values"] == counts["changed_customers"]:
            changed_title = self.tr("Changed values ({count} customers)").format(
                count=number(counts["changed_customers"])
            )
        else:
            changed_title = self.tr("Changed values ({values} values of {count} customers)").format(
                values=number(counts["changed_values"]), count=number(counts["changed_customers"])
            )
        self.tabs.setTabText(2, changed_title)
        self.tabs.setTabText(3, self.tr("New customers ({count})").format(count=number(counts["added"])))
        self.tabs.setTabText(
            4, self.tr("No longer in the list ({count})").format(count=number(counts["gone"]))
        )
        self.tabs.setTabText(
            5, self.tr("Your edits replaced ({count})").format(count=number(counts["dropped_edits"]))
        )
        self.tabs.setTabText(6, self.tr("Renamed ({count})").format(count=number(counts["renamed"])))
        self.tabs.setTabVisible(6, bool(counts["renamed"]))
        self.matrix_caption.setText(
            self.tr("Rows: the segment before the update (from). Columns: the segment now (to).")
        )
        self._fill_moves()
        self._fill_matrix()
        self._fill_changes()
        self._fill_added()
        self._fill_gone()
        self._fill_replaced()
        self._fill_renamed()

    def gone_notes(self) -> int:
        """How many of the gone customers have a note."""
        notes = self.report.gone["notes"].astype(str).str.strip() if len(self.report.gone) else []
        return int((notes != "").sum()) if len(notes) else 0

    def threshold_moves(self) -> list[str]:
        """ "KZI threshold moved from 62.5 to 62.0" for each axis whose threshold, a median
        or percentile, lies elsewhere over the newer list."""
        (sow_before, kzi_before), (sow_after, kzi_after) = (
            self.report.thresholds_before,
            self.report.thresholds_after,
        )
        language = self.language
        moves = []
        if _differs(sow_before * 100, sow_after * 100, 1):
            moves.append(
                self.tr("SoW threshold moved from {before} to {after}").format(
                    before=texts.format_percent(sow_before, language, 1),
                    after=texts.format_percent(sow_after, language, 1),
                )
            )
        if _differs(kzi_before, kzi_after, 1):
            moves.append(
                self.tr("KZI threshold moved from {before} to {after}").format(
                    before=texts.format_number(kzi_before, language, 1),
                    after=texts.format_number(kzi_after, language, 1),
                )
            )
        return moves

    def move_reason(self, move) -> str:
        """Why a customer moved: its changed values, or — when none changed — the
        threshold that moved under it."""
        if move.values_changed:
            changes = self.report.value_changes
            mine = changes[changes["new_row"] == move.new_row]
            return "; ".join(
                f"{_value_name(change.column)} {_pair(change.old, change.new, self.language)}"
                for change in mine.itertuples(index=False)
            )
        before, after = int(move.from_segment), int(move.to_segment)
        reasons = []
        if before >= 0 and after >= 0:
            high_kzi = (sg.MODEL, sg.GROW)
            high_sow = (sg.MODEL, sg.FIX)
            (sow_before, kzi_before), (sow_after, kzi_after) = (
                self.report.thresholds_before,
                self.report.thresholds_after,
            )
            language = self.language
            if (before in high_sow) != (after in high_sow):
                reasons.append(
                    self.tr("SoW threshold moved from {before} to {after}").format(
                        before=texts.format_percent(sow_before, language, 1),
                        after=texts.format_percent(sow_after, language, 1),
                    )
                )
            if (before in high_kzi) != (after in high_kzi):
                reasons.append(
                    self.tr("KZI threshold moved from {before} to {after}").format(
                        before=texts.format_number(kzi_before, language, 1),
                        after=texts.format_number(kzi_after, language, 1),
                    )
                )
        return "; ".join(reasons) or self.tr("the satisfaction scale changed")

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
            self.tr("Why"),
        ]
        self.moves.clear()
        self.moves.setColumnCount(len(headers))
        self.moves.setHorizontalHeaderLabels(headers)
        rules = [
            history_texts.alert_rule_text(rule, self.language)
            for rule in ("into_fix", "model_to_move", "grow_to_move")
        ]
        self.moves.horizontalHeaderItem(0).setToolTip(
            self.tr("A move is an alert by one of these rules:")
            + "\n"
            + "\n".join(f"⚠ {rule}" for rule in rules)
        )
        self.moves.setRowCount(len(moves))
        for row, move in enumerate(moves.itertuples(index=False)):
            values = [
                "⚠" if move.alert else "",
                str(move.customer_id),
                str(move.customer_name),
                str(move.account_manager),
                self._segment_name(int(move.from_segment)),
                self._segment_name(int(move.to_segment)),
                self.move_reason(move),
            ]
            rule = history_texts.alert_rule_text(str(move.rule), self.language) if move.alert else ""
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if move.alert:
                    item.setBackground(ALERT_BRUSH)
                    if column == 0:
                        item.setToolTip(rule)
                if column == 6:
                    item.setToolTip(value)
                if column in (4, 5) and value in COLOURS:
                    item.setForeground(QBrush(QColor(COLOURS[value][0])))
                self.moves.setItem(row, column, item)
        self.moves.resizeColumnsToContents()
        header = self.moves.horizontalHeader()
        header.setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        self.moves_fit.refit()

    def _fill_matrix(self) -> None:
        labels = list(MATRIX_LABELS)
        matrix = self.report.matrix
        self.matrix.clear()
        self.matrix.setRowCount(len(labels) + 1)
        self.matrix.setColumnCount(len(labels) + 1)
        # "from unclassified" is its own text: "von ohne Segment" is no German.
        self.matrix.setHorizontalHeaderLabels(
            [
                self.tr("to {segment}").format(segment=label)
                if label in COLOURS
                else self.tr("to unclassified")
                for label in labels
            ]
            + [self.tr("gone")]
        )
        self.matrix.setVerticalHeaderLabels(
            [
                self.tr("from {segment}").format(segment=label)
                if label in COLOURS
                else self.tr("from unclassified")
                for label in labels
            ]
            + [self.tr("new")]
        )
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
        changes = self.report.value_changes.head(5000)
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
            self.tr("Customer"),
            self.tr("Value"),
            self.tr("Your value"),
            self.tr("In the newer list"),
        ]
        gone = self.tr("(no longer in the list)")
        rows = [
            (
                edit.customer_id,
                edit.customer_name,
                _value_name(edit.column),
                edit.edited,
                edit.newer_value if edit.new_row >= 0 else gone,
            )
            for edit in edits.itertuples(index=False)
        ]
        self._fill(self.replaced, headers, rows)

    def _fill_renamed(self) -> None:
        renames = self.report.renames
        headers = [self.tr("Customer ID"), self.tr("Name before"), self.tr("Name now")]
        rows = [(change.customer_id, change.old, change.new) for change in renames.itertuples(index=False)]
        self._fill(self.renamed, headers, rows)

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

    def _fill_added(self) -> None:
        newer, report = self.newer.table, self.report
        rows = report.added_rows
        headers = [
            self.tr("Customer ID"),
            self.tr("Customer"),
            self.tr("Account manager"),
            self.tr("Segment"),
        ]
        values = [
            (
                newer["customer_id"].iat[row],
                newer["customer_name"].iat[row],
                newer["account_manager"].iat[row],
                self._segment_name(int(report.new_segment[row])),
            )
            for row in rows.tolist()
        ]
        self._fill(self.added, headers, values)

    def _fill_gone(self) -> None:
        """The gone customers, those with a note first: their notes are shown here before
        the update is applied (and stay findable under View ▸ Former customers)."""
        gone = self.report.gone
        headers = [
            self.tr("Customer ID"),
            self.tr("Customer"),
            self.tr("Account manager"),
            self.tr("Segment"),
            self.tr("Note"),
        ]
        if len(gone):
            noted = gone["notes"].astype(str).str.strip() != ""
            gone = gone.assign(_noted=noted).sort_values("_noted", ascending=False, kind="stable")
        rows = [
            (
                customer.customer_id,
                customer.customer_name,
                customer.account_manager,
                customer.segment or self.tr("unclassified"),
                customer.notes,
            )
            for customer in gone.itertuples(index=False)
        ]
        self._fill(self.gone, headers, rows)


def _value_name(column: str) -> str:
    """A table column as the user knows it ("Satisfaction", not satisfaction_input)."""
    from segmenter_app.ui.dialogs.import_dialog import role_names

    roles = {"sow_input": "share_of_wallet", "satisfaction_input": "satisfaction"}
    return role_names().get(roles.get(column, column), column)


def _differs(before: float, after: float, decimals: int) -> bool:
    """The two differ as shown with ``decimals`` (NaN: no threshold, never "moved")."""
    if before != before or after != after:
        return False
    return round(before, decimals) != round(after, decimals)


def _pair(old, new, language: str) -> str:
    """"3,2 → 2,0": both numbers with the same decimals (up to two), never "3,2 → 2"."""
    numbers = [v for v in (old, new) if isinstance(v, (int, float)) and not isinstance(v, bool)]
    if len(numbers) == 2 and all(np.isfinite(numbers)):
        decimals = column_decimals(numbers)
        return " → ".join(texts.format_number(float(v), language, decimals) for v in numbers)
    return f"{_plain(old, language)} → {_plain(new, language)}"


def _plain(value, language: str) -> str:
    """A number with up to two decimals and no trailing zeros ("4", "1,2", "26.790,47")."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return texts.format_number(float(value), language, 2, trim=True)
    return "" if value is None or value is pd.NA else str(value)
