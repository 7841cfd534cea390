"""The current customer: note, why, distance to each threshold, triage and pin."""

from __future__ import annotations

import math
import re

import numpy as np
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from segmenter_app.core.model import segmentation as sg
from segmenter_app.core.model.document import CustomerDocument
from segmenter_app.core.model.events import DocumentChange
from segmenter_app.core.text import texts
from segmenter_app.ui.i18n import Retranslating
from segmenter_app.ui.widgets.action_fields import ActionFields
from segmenter_app.ui.widgets.guide_button import guide_button
from segmenter_app.ui.widgets.plan_box import CustomerPlanBox

#: A note is written to the document this long after the last key press.
NOTE_DELAY_MS = 250

#: A space between a number and its unit, or a measure's name and its number: where a
#: wrapped line must not break ("63,9" at a line's end and "% · 263 k€" on the next).
_UNIT_SPACE = re.compile(
    r"(?<=\d) (?=%|[kKMT]?€|Mio|Mrd|bn|points|Punkte|percentage|Prozentpunkte)|(?<=KZI|SoW) (?=\d)"
)


def keep_units(text: str) -> str:
    """Non-breaking spaces where a number meets its unit."""
    return _UNIT_SPACE.sub("\u00a0", text)


class NotesPanel(Retranslating, QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.document: CustomerDocument | None = None
        self.language = "en"
        self.row: int | None = None
        self._updating = False
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-weight: bold; font-size: 11pt;")
        self.subtitle = QLabel()
        self.subtitle.setWordWrap(True)
        #: says that a past period is shown: read, never changed
        self.read_only_label = QLabel()
        self.read_only_label.setWordWrap(True)
        self.read_only_label.setStyleSheet("QLabel { color: #7A4B00; }")
        self.read_only_label.hide()
        self.why = QLabel()
        self.why.setWordWrap(True)
        self.distance = QLabel()
        self.distance.setWordWrap(True)
        self.action = QLabel()
        self.action.setWordWrap(True)
        # Room for three lines whatever the advice: the switches below stay where they
        # are when the advice changes under the mouse.
        self.action.setMinimumHeight(self.action.fontMetrics().lineSpacing() * 3)
        self.action.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.action.setStyleSheet("color: #444444; font-style: italic;")
        self.triage = QComboBox()
        for _ in range(3):
            self.triage.addItem("")
        self.pin = QCheckBox()
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.triage_label, self.note_label = QLabel(), QLabel()
        #: planned visits, why overflow or under-served, reassignment (the visit plan)
        self.plan = CustomerPlanBox()
        form = QFormLayout()
        # The label above the switch, as the action fields below: "Automatisch
        # (beobachten)" keeps the panel's width.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        triage_row = QHBoxLayout()
        triage_row.addWidget(self.triage, 1)
        triage_row.addWidget(guide_button("triage"))
        form.addRow(self.triage_label, triage_row)
        form.addRow(self.pin)
        layout = QVBoxLayout(self)
        for widget in (
            self.title,
            self.subtitle,
            self.read_only_label,
            self.why,
            self.distance,
            self.action,
            self.plan,
        ):
            layout.addWidget(widget)
        layout.addLayout(form)
        self.actions = ActionFields(self)
        layout.addWidget(self.actions)
        layout.addWidget(self.note_label)
        layout.addWidget(self.note, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(NOTE_DELAY_MS)
        self._timer.timeout.connect(self.commit_note)
        self.note.textChanged.connect(self._on_note_typed)
        self.note.installEventFilter(self)
        self.triage.currentIndexChanged.connect(self._on_triage_changed)
        self.pin.toggled.connect(self._on_pin_toggled)
        self.retranslate()
        self.show_row(None)

    def retranslate(self) -> None:
        self.triage_label.setText(self.tr("MOVE triage"))
        self.triage.setItemText(0, self.tr("Automatic"))
        self.triage.setItemText(1, self.tr("Observe"))
        self.triage.setItemText(2, self.tr("Prioritise"))
        self.pin.setText(self.tr("Pin to the top of the priority list"))
        self.note_label.setText(self.tr("Note"))
        self.read_only_label.setText(
            self.tr(
                "A past period, shown read-only: notes, actions, triage and pins are changed in the "
                "current period."
            )
        )
        self.note.setPlaceholderText(self.tr("Write a note for this customer…"))
        self.refresh()

    def set_document(self, document: CustomerDocument | None, language: str) -> None:
        """Show ``document``'s customers from now on: the note being typed goes into
        the document shown until now, and no customer is shown until :meth:`show_row`
        names a row of the new one (a row of the document before would be another
        customer there — its note once went into the wrong one)."""
        self.commit_note()
        if self.document is not None:
            self.document.changed.disconnect(self._on_document_changed)
        self.document = document
        self.language = language
        if document is not None:
            document.changed.connect(self._on_document_changed)
        self.row = None
        self.refresh(note=True)

    def set_language(self, language: str) -> None:
        self.language = language
        self.refresh()

    def show_row(self, row: int | None) -> None:
        """Show a customer (a document row), or nothing."""
        if row != self.row:
            self.commit_note()
        self.row = row
        self.refresh(note=True)

    def refresh(self, note: bool = False) -> None:
        document, row = self.document, self.row
        enabled = document is not None and row is not None and 0 <= row < len(document)
        past = document is not None and document.read_only
        self.read_only_label.setVisible(past)
        self.actions.show(document, row if enabled else None, self.language)
        for widget in (self.triage, self.pin):
            widget.setEnabled(enabled and not past)
        # A past period's note can be read and copied, not changed.
        self.note.setEnabled(enabled)
        self.note.setReadOnly(past)
        self.plan.show_customer(document if enabled else None, row, self.language)
        self._updating = True
        try:
            if not enabled:
                self.title.setText(self.tr("No customer selected"))
                self.subtitle.setText(self.tr("Select a customer in the table or the chart."))
                for label in (self.why, self.distance, self.action):
                    label.setText("")
                self.note.setPlainText("")
                self.pin.setChecked(False)
                self.triage.setCurrentIndex(0)
                return
            customer = document.customer(row)
            self.title.setText(f"{customer.customer_name}")
            manager = customer.account_manager or "–"
            # A list without ids: the manager alone, no dangling separator.
            self.subtitle.setText(
                self.tr("{id} · {manager}").format(id=customer.customer_id.strip(), manager=manager)
                if customer.customer_id.strip()
                else manager
            )
            self.why.setText(keep_units(self._why(customer)))
            self.distance.setText(keep_units(self._distance(customer)))
            self.action.setText(
                texts.action_text(sg.SEGMENTS[customer.segment], customer.triage, self.language)
                if customer.segment >= 0
                else ""
            )
            automatic = sg.PRIORITISE if document.prepared.top_potential[row] else sg.OBSERVE
            override = int(document.triage_override[row])
            if customer.segment == sg.MOVE:
                automatic_text = self.tr("prioritise") if automatic == sg.PRIORITISE else self.tr("observe")
                self.triage.setItemText(0, self.tr("Automatic ({triage})").format(triage=automatic_text))
            else:
                self.triage.setItemText(0, self.tr("Automatic"))
            self.triage.setCurrentIndex(0 if override < 0 else 1 + override)
            self.triage.setEnabled(customer.segment == sg.MOVE and not past)
            self.pin.setChecked(customer.pinned)
            if note and self.note.toPlainText() != customer.notes:
                self.note.setPlainText(customer.notes)
        finally:
            self._updating = False

    def _why(self, customer) -> str:
        why = texts.customer_why(self.document, customer.row, self.language)
        if customer.segment >= 0:
            return why
        # Why there is no segment, and what in the file caused it ("Row 5: KZI 'gut' is
        # not a number"): the same words as the import report.
        problems = [
            self.tr("Row {row}: {problem}").format(
                row=issue.row, problem=texts.issue_text(issue, self.language)
            )
            for issue in self.document.report.problems_by_index().get(customer.row, ())
        ]
        return "\n".join([why, *problems])

    def _distance(self, customer) -> str:
        if customer.segment < 0:
            return ""
        t_sow, t_kzi = self.document.resolved_thresholds()
        kzi = customer.kzi - t_kzi
        sow = (customer.sow - t_sow) * 100.0
        if math.isnan(kzi) or math.isnan(sow):
            return ""

        def part(value: float, above: str, below: str) -> str:
            number = texts.format_number(abs(value), self.language, 1)
            return (above if value >= 0 else below).format(points=number)

        return "\n".join(
            [
                part(
                    kzi,
                    self.tr("KZI {points} points above the threshold"),
                    self.tr("KZI {points} points below the threshold"),
                ),
                part(
                    sow,
                    self.tr("SoW {points} percentage points above the threshold"),
                    self.tr("SoW {points} percentage points below the threshold"),
                ),
            ]
        )

    # ----------------------------------------------------------------- edits

    def _on_note_typed(self) -> None:
        if not self._updating:
            self._timer.start()

    def commit_note(self) -> None:
        """Write the note being typed to the document (one undo step per customer)."""
        self._timer.stop()
        document, row = self.document, self.row
        if document is None or row is None or not 0 <= row < len(document):
            return
        text = self.note.toPlainText()
        if not document.read_only and text != str(document.table["notes"].iat[row]):
            document.edit_value(row, "notes", text)

    def _on_document_changed(self, change: DocumentChange) -> None:
        if self.row is None:
            return
        mine = change.rows is None or bool(np.isin(self.row, change.rows))
        if mine and change.inputs:
            self.refresh(note="notes" in change.inputs and not self._timer.isActive())
        elif mine or change.thresholds_moved or change.state or "priority" in change.derived:
            # its segment, rank or the thresholds it is measured against; others' ranks
            # move its place in the visit plan
            self.refresh()

    def _on_triage_changed(self, index: int) -> None:
        if self._updating or self.document is None or self.row is None:
            return
        self.document.set_triage(self.row, None if index == 0 else index - 1)

    def _on_pin_toggled(self, checked: bool) -> None:
        if self._updating or self.document is None or self.row is None:
            return
        self.document.set_pinned(self.row, checked)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.note and event.type() == QEvent.Type.FocusOut:
            self.commit_note()
        return super().eventFilter(watched, event)
