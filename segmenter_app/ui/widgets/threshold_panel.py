"""Thresholds panel: mode and value per axis, live counts, the borderline band."""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from segmenter_app.core.model import segmentation as sg
from segmenter_app.core.model.document import CustomerDocument
from segmenter_app.core.model.events import DocumentChange
from segmenter_app.core.outputs.chart_style import COLOURS, SYMBOLS
from segmenter_app.core.text import texts
from segmenter_app.ui.i18n import Retranslating
from segmenter_app.ui.widgets.guide_button import guide_button

MODES = ("median", "mean", "percentile", "fixed")


class AxisEditor(QGroupBox):
    """Mode and value of one axis's threshold."""

    changed = Signal()

    def __init__(self, axis: str, parent=None) -> None:
        super().__init__(parent)
        self.axis = axis
        self.mode = QComboBox()
        self.value = QDoubleSpinBox()
        self.value.setDecimals(1)
        self.value.setRange(0.0, 100.0)
        self.value.setSingleStep(1.0)
        self.value.setKeyboardTracking(False)
        self.resolved = QLabel()
        #: the threshold in force, in the box's units (% or points); NaN when none
        self._in_force = math.nan
        #: the percentile (0–100) at which a threshold in the box's units lies; set by the
        #: panel, so that a change of mode keeps the line where it is
        self.rank_of: Callable[[float], float] | None = None
        layout = QFormLayout(self)
        self.mode_label, self.value_label = QLabel(), QLabel()
        mode_row = QHBoxLayout()
        mode_row.addWidget(self.mode, 1)
        mode_row.addWidget(guide_button("thresholds" if axis == "sow" else "measures"))
        layout.addRow(self.mode_label, mode_row)
        layout.addRow(self.value_label, self.value)
        layout.addRow(self.resolved)
        for _mode in MODES:
            self.mode.addItem("")
        self.mode.currentIndexChanged.connect(self._on_mode_changed)
        self.value.valueChanged.connect(lambda _value: self.changed.emit())
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(
            self.tr("Share of wallet (SoW)") if self.axis == "sow" else self.tr("Satisfaction (KZI)")
        )
        self.mode_label.setText(self.tr("Mode"))
        names = {
            "median": self.tr("Median"),
            "mean": self.tr("Mean"),
            "percentile": self.tr("Percentile"),
            "fixed": self.tr("Fixed value"),
        }
        for index, mode in enumerate(MODES):
            self.mode.setItemText(index, names[mode])
        self._update_value_label()

    def _update_value_label(self) -> None:
        mode = MODES[self.mode.currentIndex()]
        if mode == "percentile":
            self.value_label.setText(self.tr("Percentile"))
            self.value.setSuffix("")
        elif self.axis == "sow":
            self.value_label.setText(self.tr("Value"))
            self.value.setSuffix(" %")
        else:
            self.value_label.setText(self.tr("Value"))
            self.value.setSuffix(self.tr(" points"))
        self.value.setEnabled(mode in ("percentile", "fixed"))

    def _on_mode_changed(self, _index: int) -> None:
        # A new mode starts where the line is: "fixed" at the value in force,
        # "percentile" at the rank of that value (60.8 % is not the 60.8th percentile).
        mode = MODES[self.mode.currentIndex()]
        if not math.isnan(self._in_force) and mode in ("fixed", "percentile"):
            start = self._in_force
            if mode == "percentile":
                start = self.rank_of(self._in_force) if self.rank_of is not None else 50.0
            self.value.blockSignals(True)
            self.value.setValue(start)
            self.value.blockSignals(False)
        self._update_value_label()
        self.changed.emit()

    def threshold(self) -> sg.Threshold:
        mode = MODES[self.mode.currentIndex()]
        if mode == "fixed":
            value = self.value.value()
            return sg.Threshold("fixed", value / 100.0 if self.axis == "sow" else value)
        if mode == "percentile":
            return sg.Threshold("percentile", self.value.value())
        return sg.Threshold(mode)

    def show_threshold(self, threshold: sg.Threshold, resolved: float, language: str) -> None:
        """Show the document's threshold (signals blocked by the caller)."""
        self._in_force = resolved * 100.0 if self.axis == "sow" else resolved
        self.mode.setCurrentIndex(MODES.index(threshold.mode))
        if threshold.mode == "percentile":
            self.value.setValue(threshold.value)
        elif not math.isnan(resolved):
            self.value.setValue(resolved * 100.0 if self.axis == "sow" else resolved)
        self._update_value_label()
        if math.isnan(resolved):
            self.resolved.setText("")
        elif self.axis == "sow":
            self.resolved.setText(
                self.tr("In force: {value}").format(value=texts.format_percent(resolved, language, 1))
            )
        else:
            self.resolved.setText(
                self.tr("In force: {value} points").format(value=texts.format_number(resolved, language, 1))
            )


class ThresholdPanel(Retranslating, QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.document: CustomerDocument | None = None
        self.language = "en"
        self._updating = False
        self.sow = AxisEditor("sow")
        self.kzi = AxisEditor("kzi")
        self.counts_box = QGroupBox()
        grid = QGridLayout(self.counts_box)
        # One line per segment: name, customers, untapped potential (right-aligned).
        self.count_labels: dict[str, tuple[QLabel, QLabel, QLabel]] = {}
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        self.count_header = (QLabel(), QLabel())
        for column, label in enumerate(self.count_header, start=1):
            label.setAlignment(right)
            label.setStyleSheet("color: #666666;")
            grid.addWidget(label, 0, column)
        grid.addWidget(guide_button("segments"), 0, 0, Qt.AlignmentFlag.AlignLeft)
        for index, name in enumerate(("MODEL", "FIX", "GROW", "MOVE"), start=1):
            cells = (QLabel(f"{SYMBOLS[name]} {name}"), QLabel(), QLabel())
            for column, label in enumerate(cells):
                label.setStyleSheet(f"color: {COLOURS[name][0]}; font-weight: bold;")
                if column:
                    label.setAlignment(right)
                grid.addWidget(label, index, column)
            self.count_labels[name] = cells
        grid.setColumnStretch(0, 1)
        self.unclassified_label = QLabel()
        self.prioritise_label = QLabel()
        grid.addWidget(self.prioritise_label, 5, 0, 1, 3)
        grid.addWidget(self.unclassified_label, 6, 0, 1, 3)
        self.band_box = QGroupBox()
        band_layout = QFormLayout(self.band_box)
        self.band = QDoubleSpinBox()
        self.band.setRange(0.0, 25.0)
        self.band.setDecimals(1)
        self.band.setSingleStep(0.5)
        self.band.setKeyboardTracking(False)
        self.band_label = QLabel()
        self.borderline_label = QLabel()
        band_row = QHBoxLayout()
        band_row.addWidget(self.band, 1)
        band_row.addWidget(guide_button("borderline"))
        band_layout.addRow(self.band_label, band_row)
        band_layout.addRow(self.borderline_label)
        layout = QVBoxLayout(self)
        for widget in (self.sow, self.kzi, self.counts_box, self.band_box):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.sow.changed.connect(self._on_editor_changed)
        self.kzi.changed.connect(self._on_editor_changed)
        self.sow.rank_of = lambda value: self._rank("sow", value / 100.0)
        self.kzi.rank_of = lambda value: self._rank("kzi", value)
        self.band.valueChanged.connect(self._on_band_changed)
        self.retranslate()
        self.setEnabled(False)

    def retranslate(self) -> None:
        # The thresholds hold for everyone: these counts are the whole list's, whatever
        # the manager filter shows.
        self.counts_box.setTitle(self.tr("All customers per segment"))
        self.counts_box.setToolTip(self.tr("Customers per segment (all managers)"))
        self.count_header[0].setText(self.tr("Customers"))
        self.count_header[1].setText(self.tr("Potential"))
        self.count_header[1].setToolTip(self.tr("Untapped potential"))
        self.band_box.setTitle(self.tr("Borderline"))
        self.band_label.setText(self.tr("Band (± points)"))
        self.band.setToolTip(
            self.tr("Customers this close to a threshold are marked in the table and the chart.")
        )
        self.sow.retranslate()
        self.kzi.retranslate()
        self.refresh()

    def set_document(self, document: CustomerDocument | None, language: str) -> None:
        if self.document is not None:
            self.document.changed.disconnect(self._on_document_changed)
        self.document = document
        self.language = language
        self.setEnabled(document is not None)
        # A past period's thresholds are shown as they were, never changed.
        editable = document is not None and not document.read_only
        for editor in (self.sow, self.kzi, self.band):
            editor.setEnabled(editable)
        if document is not None:
            document.changed.connect(self._on_document_changed)
        self.refresh()

    def set_language(self, language: str) -> None:
        self.language = language
        self.refresh()

    def _on_document_changed(self, change: DocumentChange) -> None:
        if change.recoloured or change.thresholds_moved or change.state:
            self.refresh()

    def refresh(self) -> None:
        document = self.document
        if document is None:
            for _name, count, amount in self.count_labels.values():
                count.setText("")
                amount.setText("")
            return
        self._updating = True
        try:
            t_sow, t_kzi = document.resolved_thresholds()
            shown = document.dragged_thresholds()
            for editor, threshold, resolved in ((self.sow, shown.sow, t_sow), (self.kzi, shown.kzi, t_kzi)):
                editor.blockSignals(True)
                editor.mode.blockSignals(True)
                editor.value.blockSignals(True)
                editor.show_threshold(threshold, resolved, self.language)
                editor.value.blockSignals(False)
                editor.mode.blockSignals(False)
                editor.blockSignals(False)
            self.band.blockSignals(True)
            self.band.setValue(document.band_points)
            self.band.blockSignals(False)
            result = document.result
            for index, name in enumerate(sg.SEGMENTS):
                _name, count, amount = self.count_labels[name]
                count.setText(texts.format_number(result.counts[index], self.language))
                amount.setText(
                    texts.format_money(result.potential_by_segment[index], self.language, document.currency)
                )
            self.prioritise_label.setText(
                self.tr("MOVE to prioritise: {count}").format(
                    count=texts.format_number(int((result.triage == sg.PRIORITISE).sum()), self.language)
                )
            )
            self.unclassified_label.setText(
                self.tr("Unclassified: {count}").format(
                    count=texts.format_number(result.unclassified, self.language)
                )
            )
            near = int(document.borderline.sum())
            self.borderline_label.setText(
                self.tr("{count} customers near a threshold", "", near).format(
                    count=texts.format_number(near, self.language)
                )
            )
        finally:
            self._updating = False

    def _rank(self, axis: str, threshold: float) -> float:
        """The percentile p at which the classified customers' p-th percentile (linear,
        as the engine computes it) is ``threshold``."""
        prepared = self.document.prepared
        values = np.sort((prepared.sow if axis == "sow" else prepared.kzi)[prepared.classified])
        if len(values) < 2:
            return 50.0
        below = int(np.searchsorted(values, threshold, side="left"))
        if below >= len(values):
            return 100.0
        if below == 0:
            return 0.0
        low, high = values[below - 1], values[below]
        fraction = (threshold - low) / (high - low) if high > low else 1.0
        return float(np.clip(100.0 * (below - 1 + fraction) / (len(values) - 1), 0.0, 100.0))

    def _on_editor_changed(self) -> None:
        if self._updating or self.document is None:
            return
        self.document.set_thresholds(sg.Thresholds(sow=self.sow.threshold(), kzi=self.kzi.threshold()))

    def _on_band_changed(self, value: float) -> None:
        if self._updating or self.document is None:
            return
        self.document.set_band(value)
