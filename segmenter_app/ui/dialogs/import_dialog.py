"""The import dialog: sheet (and the sheets read as one list, a check box each), header
row, column mapping, satisfaction scale and its direction, the wallet estimate for
blank wallets, a preview of the rows as they will be read, and the import report.

Shown when the engine is not sure, or on request.  Every change re-reads the list in a
worker (the same ``load_customers`` the command line uses); the preview shows the
result.
"""

from __future__ import annotations

import math
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from segmenter_app.core import columns as registry
from segmenter_app.core.errors import ReadError
from segmenter_app.core.headers.search import ImportFailure
from segmenter_app.core.importing.importer import TABLE_COLUMNS, ImportOptions, ImportResult, load_customers
from segmenter_app.core.importing.report import SETTING_PREFIX
from segmenter_app.core.importing.scales import SCALE_NAMES, SCALES
from segmenter_app.core.model.wallet import DEFAULT_QUANTILE, WalletEstimate, blank_wallets, group_columns
from segmenter_app.core.text import texts
from segmenter_app.ui.i18n import Retranslating
from segmenter_app.ui.screen_fit import fit_to_screen
from segmenter_app.ui.table.columns import column_decimals
from segmenter_app.ui.table.row_heights import RoomForAccents
from segmenter_app.ui.workers import Job

PREVIEW_ROWS = 20


def role_names() -> dict[str, str]:
    """Each role of the column registry by its label, in the user's language."""
    return {role.key: QCoreApplication.translate("columns", role.label) for role in registry.roles()}


#: The amount columns whose unit can be chosen.
UNIT_ROLES = ("revenue", "wallet")


def remembered_mapping_text(mapping: dict[str, str]) -> str:
    """For the status bar: which remembered mapping read a list, and where to change it."""
    names = role_names()
    pair = QCoreApplication.translate("MainWindow", "'{header}' → {role}")  # „…“ in German
    pairs = [
        pair.format(header=header, role=names[role])
        for role, header in mapping.items()
        if role in names and role not in ("customer_id", "customer_name", "notes")
    ]
    return QCoreApplication.translate(
        "MainWindow",
        "Columns as you mapped them for these headers before ({pairs}); File ▸ Import settings… "
        "changes the mapping.",
    ).format(pairs=", ".join(pairs))


class ImportDialog(Retranslating, QDialog):
    def __init__(self, path: Path, result: ImportResult, language: str, parent=None) -> None:
        super().__init__(parent)
        self.path = path
        self.result = result
        self.language = language
        self._job: Job | None = None
        self._updating = False
        self.sheet = QComboBox()
        self.header_row = QSpinBox()
        self.header_row.setRange(1, 1_048_576)
        self.scale = QComboBox()
        # "Automatisch" and "NPS (−100…100)" whole, never "Automatis".
        self.scale.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        #: the direction of the scale: checked when the low end is the best (1 = best)
        self.low_best = QCheckBox()
        #: asked when neither header nor values say which end is the best (1–5 …)
        self.direction_question = QLabel()
        self.direction_question.setWordWrap(True)
        self.high_is_best = QRadioButton()
        self.low_is_best = QRadioButton()
        self.direction_box = QWidget()
        direction_layout = QVBoxLayout(self.direction_box)
        direction_layout.setContentsMargins(0, 0, 0, 0)
        direction_layout.addWidget(self.direction_question)
        answers = QHBoxLayout()
        answers.addWidget(self.high_is_best)
        answers.addWidget(self.low_is_best)
        answers.addStretch(1)
        direction_layout.addLayout(answers)
        self.direction_box.setVisible(False)
        #: rows with one id and name (order lines) summed into one customer
        self.sum_lines = QCheckBox()
        #: the unit each amount column is read in, over its header ("Einkaufsvolumen"
        #: without a unit beside "Umsatz (T€)": every share of wallet was 100 %)
        self.units = {role: QComboBox() for role in UNIT_ROLES}
        self.unit_labels = {role: QLabel() for role in UNIT_ROLES}
        self.sum_lines.setChecked(True)
        self.sum_lines.setVisible(False)
        self._lines_chosen = False
        #: the sheets read as one list, a check box each
        self.sheets = QListWidget()
        RoomForAccents(self.sheets)
        self.sheets.setMaximumHeight(110)
        self.estimate = QCheckBox()
        self.estimate_group = QComboBox()
        self.quantile = QDoubleSpinBox()
        self.quantile.setRange(0.5, 1.0)
        self.quantile.setSingleStep(0.05)
        self.quantile.setDecimals(2)
        self.quantile.setValue(DEFAULT_QUANTILE)
        self.blank_label = QLabel()
        self.blank_label.setWordWrap(True)
        self._direction_chosen = False
        self._sheets_chosen = False
        self.mapping: dict[str, QComboBox] = {role: QComboBox() for role in registry.role_keys()}
        self.remember = QCheckBox()
        self.remember.setChecked(True)
        self.preview = QTableWidget()
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.preview.verticalHeader().hide()  # the "Row" column numbers the rows as the file does
        self.report = QPlainTextEdit()
        self.report.setReadOnly(True)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setVisible(False)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        self.layout_box = QGroupBox()
        form = QFormLayout(self.layout_box)
        self.sheet_label, self.header_label, self.scale_label = QLabel(), QLabel(), QLabel()
        form.addRow(self.sheet_label, self.sheet)
        self.sheets_label = QLabel()
        form.addRow(self.sheets_label, self.sheets)
        form.addRow(self.header_label, self.header_row)
        # The direction below the scale: beside it, a German label column and "Kleinster
        # Wert ist der beste" squeezed the scale box to "Automatis".
        form.addRow(self.scale_label, self.scale)
        form.addRow("", self.low_best)
        form.addRow(self.direction_box)
        for role in UNIT_ROLES:
            form.addRow(self.unit_labels[role], self.units[role])
        form.addRow(self.sum_lines)
        self.wallet_box = QGroupBox()
        wallet_form = QFormLayout(self.wallet_box)
        wallet_form.addRow(self.blank_label)
        wallet_form.addRow(self.estimate)
        self.group_label, self.quantile_label = QLabel(), QLabel()
        wallet_form.addRow(self.group_label, self.estimate_group)
        wallet_form.addRow(self.quantile_label, self.quantile)
        self.mapping_box = QGroupBox()
        grid = QGridLayout(self.mapping_box)
        self.role_labels: dict[str, QLabel] = {}
        for index, role in enumerate(self.mapping):
            label = QLabel()
            self.role_labels[role] = label
            grid.addWidget(label, index, 0)
            grid.addWidget(self.mapping[role], index, 1)
        grid.addWidget(self.remember, len(self.mapping), 0, 1, 2)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.layout_box)
        left_layout.addWidget(self.mapping_box)
        left_layout.addWidget(self.wallet_box)
        left_layout.addStretch(1)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.preview)
        right.addWidget(self.report)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 1)
        body = QSplitter(Qt.Orientation.Horizontal)
        # The settings scroll where a laptop screen is too short for all of them (the
        # direction question, order lines and blank wallets each add rows).
        self._settings = QScrollArea()
        self._settings.setWidgetResizable(True)
        self._settings.setFrameShape(QScrollArea.Shape.NoFrame)
        self._settings.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._settings.setWidget(left)
        body.addWidget(self._settings)
        body.addWidget(right)
        body.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(body, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.busy)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)
        fit_to_screen(self, 1100, 640)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self._reload)
        self.sheet.currentIndexChanged.connect(self._on_sheet_changed)
        self.header_row.valueChanged.connect(lambda _v: self._changed(layout=True))
        self.scale.currentIndexChanged.connect(lambda _i: self._changed())
        for combo in self.units.values():
            combo.currentIndexChanged.connect(lambda _i: self._changed())
        self.low_best.toggled.connect(self._on_low_best_toggled)
        self.high_is_best.toggled.connect(lambda on: on and self._on_direction_answered(low=False))
        self.low_is_best.toggled.connect(lambda on: on and self._on_direction_answered(low=True))
        self.sum_lines.toggled.connect(self._on_sum_lines_toggled)
        self.sheets.itemChanged.connect(self._on_sheet_checked)
        self.estimate.toggled.connect(self._on_estimate_toggled)
        for combo in self.mapping.values():
            combo.currentIndexChanged.connect(lambda _i: self._changed())
        self.retranslate()
        self._show(result)
        # As wide as the settings need (in the user's language), the scroll bar beside them.
        scroll_bar = self._settings.verticalScrollBar().sizeHint().width()
        self._settings.setMinimumWidth(left.sizeHint().width() + scroll_bar)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import {file}").format(file=self.path.name))
        self.layout_box.setTitle(self.tr("Where the list is"))
        self.mapping_box.setTitle(self.tr("Columns"))
        self.sheet_label.setText(self.tr("Sheet"))
        self.header_label.setText(self.tr("Header row"))
        self.scale_label.setText(self.tr("Satisfaction scale"))
        self.unit_labels["revenue"].setText(self.tr("Revenue in"))
        self.unit_labels["wallet"].setText(self.tr("Wallet in"))
        self.sheets_label.setText(self.tr("Sheets read as one list"))
        self.low_best.setText(self.tr("Lowest value is the best"))
        self.low_best.setToolTip(
            self.tr("For school grades, ranks, '1 = very satisfied': the scale is read the other way round.")
        )
        self.wallet_box.setTitle(self.tr("Wallets"))
        self.estimate.setText(self.tr("Estimate blank wallets from the revenue of similar customers"))
        self.estimate.setToolTip(
            self.tr(
                "A blank wallet becomes the larger of the customer's revenue and a high percentile of the "
                "revenue of the customers in the same group (groups of fewer than 5 use the whole list). "
                "Estimated wallets are marked; a typed wallet replaces them."
            )
        )
        self.group_label.setText(self.tr("Group by"))
        self.quantile_label.setText(self.tr("Percentile"))
        self.remember.setText(self.tr("Remember these columns for lists with the same headers"))
        self.sum_lines.setText(self.tr("One customer per id and name: sum its order lines"))
        self.sum_lines.setToolTip(
            self.tr(
                "Rows with the same customer id and name are one customer's order or product lines: "
                "revenue summed; wallet, satisfaction, manager and effort taken where the lines agree."
            )
        )
        self._word_direction_question()
        for role, name in role_names().items():
            self.role_labels[role].setText(name)

    # ----------------------------------------------------------------- showing

    def _show(self, result: ImportResult) -> None:
        self.result = result
        report = result.report
        self._updating = True
        try:
            self.sheet.clear()
            self.sheet.addItems(report.sheets)
            self.sheet.setCurrentText(report.sheet)
            self.header_row.setValue(report.header_row)
            self.scale.clear()
            self.scale.addItem(self.tr("Automatic"), "auto")
            for name in SCALE_NAMES:
                self.scale.addItem(texts.scale_label(SCALES[name], self.language), name)
            if report.scale is not None and report.scale_source == "user":
                self.scale.setCurrentIndex(self.scale.findData(report.scale.name))
            self._show_units(report)
            self._show_sheets(report)
            self.low_best.setEnabled(
                report.scale is not None and report.scale.name != "nps" and not report.scale.levels
            )
            self.low_best.setChecked(bool(report.scale is not None and report.scale.reversed))
            # Asked once the list leaves it open; the question stays while it is answered.
            if report.direction_unclear:
                self.direction_box.setVisible(True)
            self._word_direction_question()
            self.sum_lines.setVisible(bool(report.lines_summed) or report.lines == "keep")
            self.sum_lines.setChecked(report.lines != "keep")
            self._show_wallets(result)
            for role, combo in self.mapping.items():
                combo.clear()
                combo.addItem(self.tr("— not in this list —"), None)
                for header in report.headers:
                    combo.addItem(header, header)
                header = report.mapping.get(role)
                combo.setCurrentIndex(combo.findData(header) if header else 0)
        finally:
            self._updating = False
        self._fill_preview(result)
        self._fill_report(result)

    def _show_sheets(self, report) -> None:
        self.sheets.clear()
        combined = set(report.combined_sheets or [report.sheet])
        for name in report.sheets:
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if name in combined else Qt.CheckState.Unchecked)
            self.sheets.addItem(item)

    def checked_sheets(self) -> list[str]:
        return [
            self.sheets.item(i).text()
            for i in range(self.sheets.count())
            if self.sheets.item(i).checkState() == Qt.CheckState.Checked
        ]

    def _show_wallets(self, result: ImportResult) -> None:
        blank = blank_wallets(result.table)
        chosen = self.estimate_group.currentData()
        self.estimate_group.clear()
        self.estimate_group.addItem(self.tr("the whole list"), None)
        for header, column in group_columns(result.table, result.report.mapping).items():
            if column != "x:sheet" or result.report.sheet_names_as != "account_manager":
                self.estimate_group.addItem(header, column)
        if chosen is not None and self.estimate_group.findData(chosen) >= 0:
            self.estimate_group.setCurrentIndex(self.estimate_group.findData(chosen))
        self.blank_label.setText(
            self.tr(
                "{count} customers have no wallet: without one they stay unclassified.", "", blank
            ).format(count=texts.format_number(blank, self.language))
        )
        self.wallet_box.setVisible(blank > 0 or self.estimate.isChecked())
        self._on_estimate_toggled(self.estimate.isChecked())

    def _on_estimate_toggled(self, on: bool) -> None:
        self.estimate_group.setEnabled(on)
        self.quantile.setEnabled(on)

    def wallet_estimate(self) -> WalletEstimate | None:
        """The estimate the user asked for (None: blank wallets stay blank)."""
        if not self.estimate.isChecked():
            return None
        return WalletEstimate(self.estimate_group.currentData(), round(self.quantile.value(), 4))

    def _on_low_best_toggled(self, _on: bool) -> None:
        if not self._updating:
            self._direction_chosen = True
            self._changed()

    def _word_direction_question(self) -> None:
        scale = self.result.report.scale
        low, high = (scale.low, scale.high) if scale is not None else (1, 5)
        low_text, high_text = (texts.format_number(v, self.language) for v in (low, high))
        self.direction_question.setText(
            self.tr(
                "Which end of the satisfaction scale is the best? The list does not say (many German "
                "lists mean {low} = very satisfied)."
            ).format(low=low_text)
        )
        self.high_is_best.setText(self.tr("{high} = most satisfied").format(high=high_text))
        self.low_is_best.setText(self.tr("{low} = most satisfied").format(low=low_text))

    def _on_direction_answered(self, low: bool) -> None:
        if self._updating:
            return
        self._direction_chosen = True
        self._updating = True
        try:
            self.low_best.setChecked(low)
        finally:
            self._updating = False
        self._changed()

    def _on_sum_lines_toggled(self, _on: bool) -> None:
        if not self._updating:
            self._lines_chosen = True
            self._changed()

    def mapping_to_remember(self) -> dict[str, str]:
        """The mapping and the choices to remember for these headers.  A direction the
        dialog asked for and the user left as shown is remembered as shown: asked once."""
        remembered = self.result.report.mapping_to_remember()
        if self.direction_box.isVisible() or self.result.report.direction_unclear:
            best = "low" if self.low_best.isChecked() else "high"
            remembered.setdefault(SETTING_PREFIX + "kzi_best", best)
        return remembered

    def _on_sheet_checked(self, _item: QListWidgetItem) -> None:
        if not self._updating:
            self._sheets_chosen = True
            self._changed(layout=True)

    def _fill_preview(self, result: ImportResult) -> None:
        table = result.table.head(PREVIEW_ROWS)
        keys = TABLE_COLUMNS
        names = role_names()
        # The table's columns are the roles' columns, but for the row number.
        headers = [
            self.tr("Row") if key == "source_row" else names[registry.role_of_column(key).key] for key in keys
        ]
        self.preview.clear()
        self.preview.setColumnCount(len(keys))
        self.preview.setRowCount(len(table))
        self.preview.setHorizontalHeaderLabels(headers)
        # One number of decimals per column, as the window's table: "129.700" beside
        # "303.100", never "129.700,00".
        decimals = {key: column_decimals(table[key]) for key in keys if table[key].dtype.kind == "f"}
        for row in range(len(table)):
            for column, key in enumerate(keys):
                value = table[key].iat[row]
                scale = result.report.scale
                if key == "satisfaction_input" and scale is not None and scale.levels:
                    value = scale.level_name(value)  # the rating word, as the list has it
                if isinstance(value, float):
                    if math.isnan(value):
                        text = ""
                    elif key == "sow_input":
                        text = texts.format_percent(value, self.language, 1)
                    else:
                        text = texts.format_number(value, self.language, decimals.get(key, 2))
                else:
                    text = "" if value is None else str(value)
                item = QTableWidgetItem(text)
                if isinstance(value, float):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.preview.setItem(row, column, item)
        self.preview.resizeColumnsToContents()

    def _fill_report(self, result: ImportResult) -> None:
        report, language = result.report, self.language
        lines = [
            self.tr(
                "{customers} customers read from sheet '{sheet}', header row {row}.", "", report.rows_read
            ).format(
                customers=texts.format_number(report.rows_read, language),
                sheet=report.sheet,
                row=report.header_row,
            )
        ]
        lines += texts.lines_summed_lines(report, language)
        if report.scale is not None:
            lines.append(texts.scale_line(report, language))
        elif report.scale_unknown:
            lines.append(
                self.tr(
                    "Satisfaction scale unknown ({why}): choose it under Satisfaction scale — until then "
                    "no customer gets a segment."
                ).format(why=texts.scale_reason_text(report, language))
            )
        lines += texts.sheet_lines(report, language) + texts.direction_lines(report, language)
        lines += self._unit_mismatch(result)
        if report.missing_roles:
            lines.append(
                self.tr("Missing: {roles}. Choose the columns on the left.").format(
                    roles=", ".join(
                        texts.tr(texts.REQUIREMENT_NAMES[r], language) for r in report.missing_roles
                    )
                )
            )
        for code, params in report.file_notes:
            if code == "format_differs":
                lines.append(
                    self.tr("The file is a {actual} file despite its {extension} name.").format(**params)
                )
            elif code == "columns_cut":
                lines.append(
                    self.tr("The file has {columns} columns; only the first {kept} were read.").format(
                        **params
                    )
                )
        for skipped in report.skipped[:50]:
            lines.append(
                self.tr("Row {row} skipped: {reason}").format(
                    row=self._where(skipped), reason=texts.issue_text(skipped, language)
                )
            )
        if len(report.skipped) > 50:
            more = len(report.skipped) - 50
            lines.append(self.tr("… and {count} more skipped rows", "", more).format(count=more))
        for problem in report.problems[:50]:
            lines.append(
                self.tr("Row {row}: {problem}").format(
                    row=self._where(problem), problem=texts.issue_text(problem, language)
                )
            )
        if len(report.problems) > 50:
            more = len(report.problems) - 50
            lines.append(self.tr("… and {count} more problems", "", more).format(count=more))
        self.report.setPlainText("\n".join(lines))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not report.missing_roles)

    def _where(self, issue) -> str:
        """'12', or "12 ('Nord')" when the list spans several sheets."""
        if getattr(issue, "sheet", None):
            return self.tr("{row} (sheet '{sheet}')").format(row=issue.row, sheet=issue.sheet)
        return str(issue.row)

    # ----------------------------------------------------------------- changes

    def _on_sheet_changed(self, _index: int) -> None:
        self._changed(layout=True, sheet_changed=True)

    def _changed(self, layout: bool = False, sheet_changed: bool = False) -> None:
        if self._updating:
            return
        self._layout_changed = getattr(self, "_layout_changed", False) or layout
        self._sheet_changed = getattr(self, "_sheet_changed", False) or sheet_changed
        self._debounce.start()

    def _unit_mismatch(self, result: ImportResult) -> list[str]:
        """Revenue above the wallet for most customers (T€ beside €), and where to fix it."""
        report = result.report
        if not {"revenue", "wallet"} <= set(report.mapping) or not len(result.table):
            return []
        lines = texts.unit_mismatch_of_table(report, result.table, self.language)
        if lines:
            lines.append(self.tr("Choose the unit of each under Revenue in and Wallet in."))
        return lines

    def _show_units(self, report) -> None:
        """Each amount column's unit: as its header says (naming what that is), or as
        chosen; a column the list lacks has none to choose."""
        names = {
            1.0: self.tr("As written (×1)"),
            1e3: self.tr("Thousands (×1,000)"),
            1e6: self.tr("Millions (×1,000,000)"),
        }
        for role, combo in self.units.items():
            combo.clear()
            header = report.mapping.get(role)
            factor = texts.format_number(float(report.multipliers.get(role, 1.0)), self.language)
            combo.addItem(self.tr("As the header says (×{factor})").format(factor=factor), None)
            for factor, name in names.items():
                combo.addItem(name, factor)
            if role in report.units:
                combo.setCurrentIndex(max(combo.findData(report.units[role]), 0))
            combo.setEnabled(header is not None)
            combo.setToolTip(header or "")

    def options(self) -> ImportOptions:
        mapping: dict[str, str | None] = {}
        layout_changed = getattr(self, "_layout_changed", False)
        if not layout_changed:
            for role, combo in self.mapping.items():
                mapping[role] = combo.currentData()
        scale = self.scale.currentData() or "auto"
        header_row = None if getattr(self, "_sheet_changed", False) else self.header_row.value()
        kzi_best = "auto"
        if self._direction_chosen:
            kzi_best = "low" if self.low_best.isChecked() else "high"
        checked = self.checked_sheets()
        sheet: str | None = self.sheet.currentText() or None
        sheets: tuple[str, ...] | None = None
        if getattr(self, "_sheet_changed", False) and not self._sheets_chosen:
            pass  # another sheet picked in the list above: that sheet alone
        elif len(checked) > 1 or (self._sheets_chosen and checked):
            # Several sheets: each finds its own header; the list's header row is theirs.
            sheet, sheets, header_row = None, tuple(checked), None
        elif len(self.result.report.combined_sheets) > 1 and not self._sheets_chosen:
            sheet, sheets, header_row = None, tuple(self.result.report.combined_sheets), None
        lines = "auto"
        if self._lines_chosen:
            lines = "sum" if self.sum_lines.isChecked() else "keep"
        units = {role: combo.currentData() for role, combo in self.units.items() if combo.currentData()}
        return ImportOptions(
            sheet=sheet,
            sheets=sheets,
            header_row=header_row,
            mapping=mapping,
            satisfaction_scale=scale,
            kzi_best=kzi_best,
            lines=lines,
            units=units,
        )

    def _reload(self) -> None:
        if self._job is not None:
            self._job.cancel()
        options = self.options()
        self._layout_changed = False
        self._sheet_changed = False
        self._sheets_chosen = False
        self.busy.setVisible(True)
        self.status.setText(self.tr("Reading…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        job = Job(load_customers, self.path, options)
        job.finished.connect(lambda result, job=job: self._on_loaded(job, result))
        job.failed.connect(lambda error, job=job: self._on_failed(job, error))
        job.cancelled.connect(lambda job=job: self._on_cancelled(job))
        self._job = job.start()

    def _on_loaded(self, job: Job, result: ImportResult) -> None:
        if job is not self._job:
            return
        self._job = None
        self.busy.setVisible(False)
        self.status.setText("")
        self._show(result)

    def _on_failed(self, job: Job, error: Exception) -> None:
        if job is not self._job:
            return
        self._job = None
        self.busy.setVisible(False)
        if isinstance(error, ReadError):
            self.status.setText(texts.read_error_message(error, self.language))
        elif isinstance(error, ImportFailure):
            self.status.setText(texts.import_failure_message(error, self.language))
        else:
            self.status.setText(self.tr("The list could not be read: {error}").format(error=error))

    def _on_cancelled(self, job: Job) -> None:
        if job is self._job:
            self._job = None
            self.busy.setVisible(False)

    def done(self, result: int) -> None:
        if self._job is not None:
            self._job.cancel()
            self._job = None
        super().done(result)
