"""Estimate blank wallets from the window: group by a column (industry, size band) or
the whole list, at a percentile; or stop estimating.  One undoable step."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
)

from segmenter_app.core.model.document import CustomerDocument
from segmenter_app.core.model.wallet import DEFAULT_QUANTILE, WalletEstimate, blank_wallets, group_columns
from segmenter_app.core.text import texts


class WalletDialog(QDialog):
    def __init__(self, document: CustomerDocument, language: str, parent=None) -> None:
        super().__init__(parent)
        self.document = document
        current = document.wallet_estimate
        self.setWindowTitle(self.tr("Estimate wallets"))
        blank = blank_wallets(document.table)
        self.info = QLabel(
            self.tr(
                "{count} customers have no wallet. A blank wallet can be estimated as the larger of the "
                "customer's revenue and a high percentile of the revenue of similar customers (a group of "
                "fewer than 5 uses the whole list). Estimated wallets are marked; a typed wallet replaces "
                "them.",
                "",
                blank,
            ).format(count=texts.format_number(blank, language))
        )
        self.info.setWordWrap(True)
        self.estimate = QCheckBox(self.tr("Estimate blank wallets"))
        self.estimate.setChecked(True)
        self.group = QComboBox()
        self.group.addItem(self.tr("the whole list"), None)
        for header, column in group_columns(document.table, document.report.mapping).items():
            self.group.addItem(header, column)
        if current is not None and current.group is not None and self.group.findData(current.group) >= 0:
            self.group.setCurrentIndex(self.group.findData(current.group))
        self.quantile = QDoubleSpinBox()
        self.quantile.setRange(0.5, 1.0)
        self.quantile.setSingleStep(0.05)
        self.quantile.setValue(current.quantile if current is not None else DEFAULT_QUANTILE)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.info)
        form.addRow(self.estimate)
        form.addRow(self.tr("Group by"), self.group)
        form.addRow(self.tr("Percentile"), self.quantile)
        form.addRow(buttons)

    def chosen(self) -> WalletEstimate | None:
        if not self.estimate.isChecked():
            return None
        return WalletEstimate(self.group.currentData(), round(self.quantile.value(), 4))
