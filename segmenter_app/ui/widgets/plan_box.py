"""The customer panel's part on the visit plan: how often the customer is to be
visited (between its minimum and its group's maximum, by its worth), why it is beyond
capacity or under-/over-served, and for an overflow customer the managers with room
for its minimum — accepting one is one undoable reassignment."""

from __future__ import annotations

import math

from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from segmenter_app.core.model import plan as vp
from segmenter_app.core.model import segmentation as sg
from segmenter_app.core.model.document import CustomerDocument
from segmenter_app.core.text import plan_texts, texts


class CustomerPlanBox(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.document: CustomerDocument | None = None
        self.row: int | None = None
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.buttons = [QPushButton() for _ in range(vp.SUGGESTIONS)]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text)
        for button in self.buttons:
            button.clicked.connect(lambda _checked=False, button=button: self._on_reassign(button))
            layout.addWidget(button)
        self._targets: dict[QPushButton, str] = {}

    def show_customer(self, document: CustomerDocument | None, row: int | None, language: str) -> None:
        self.document, self.row = document, row
        self._targets.clear()
        for button in self.buttons:
            button.hide()
        if (
            document is None
            or row is None
            or not 0 <= row < len(document)
            or not document.prepared.classified[row]
        ):
            self.text.setText("")
            return
        plan = document.plan
        manager = str(document.table["account_manager"].iat[row])
        lines = [
            plan_texts.word(
                "planned",
                language,
                n=float(plan.planned[row]),
                visits=plan_texts.visits(float(plan.planned[row]), language),
                group=_group_name(document, row, language),
                minimum=plan_texts.visits(float(plan.minimum[row]), language),
                maximum=plan_texts.visits(float(plan.maximum[row]), language),
                worth=texts.format_money(float(plan.worth[row]), language, document.currency),
            )
        ]
        if plan.overflow[row]:
            figures = plan.figures(manager)
            lines.append(
                plan_texts.word(
                    "why_overflow",
                    language,
                    n=float(plan.minimum[row]),
                    manager=manager,
                    capacity=plan_texts.visits(figures.capacity, language),
                    minimum=plan_texts.visits(float(plan.minimum[row]), language),
                    left=plan_texts.visits(max(figures.spare, 0.0), language),
                )
            )
            suggestions = plan.suggestions(row, document.prepared.manager_codes)
            if not suggestions:
                lines.append(
                    plan_texts.word(
                        "no_suggestion",
                        language,
                        n=float(plan.minimum[row]),
                        minimum=plan_texts.visits(float(plan.minimum[row]), language),
                    )
                )
            for button, (name, spare) in zip(self.buttons, suggestions):
                button.setText(
                    self.tr("Give to {name} ({spare} visits to spare)", "", round(spare)).format(
                        name=name or "–", spare=plan_texts.visits(spare, language)
                    )
                )
                self._targets[button] = name
                button.setVisible(not document.read_only)  # a past period is not changed
        service = int(plan.service[row])
        if service != vp.SERVED:
            low_w, high_w, median_e, high_e = plan.cuts
            worth = float(plan.worth[row])
            effort = float(plan.effort[row])
            lines.append(
                plan_texts.word(
                    "why_under" if service == vp.UNDER_SERVED else "why_over",
                    language,
                    worth=texts.format_money(worth, language, document.currency),
                    cut=texts.format_money(
                        high_w if service == vp.UNDER_SERVED else low_w, language, document.currency
                    ),
                    effort=plan_texts.visits(effort, language),
                    median=plan_texts.visits(median_e, language),
                    high=plan_texts.visits(high_e, language),
                )
            )
        elif plan.service_reason is not None and not math.isnan(float(plan.planned[row])):
            lines.append(
                self.tr("Effort against worth: {reason}").format(
                    reason=plan_texts.reason_text(plan.service_reason, language)
                )
            )
        self.text.setText("\n".join(lines))

    def _on_reassign(self, button: QPushButton) -> None:
        name = self._targets.get(button)
        if self.document is not None and self.row is not None and name is not None:
            self.document.edit_value(self.row, "account_manager", name)


def _group_name(document: CustomerDocument, row: int, language: str) -> str:
    """GROW, FIX, MODEL, and MOVE with its triage in the user's words ("MOVE·priorisieren")."""
    segment = int(document.result.segment[row])
    if segment == sg.MOVE:
        triage = 1 if document.result.triage[row] == sg.PRIORITISE else 0
        return f"MOVE·{texts.tr(texts.TRIAGE_LABELS[triage], language)}"
    return sg.SEGMENTS[segment]
