"""Cell edits of the customer table: what a typed value means for the document, and why a
refused one was refused.  A mixin of CustomerTableModel."""

from __future__ import annotations

import math

import pandas as pd
from PySide6.QtCore import (
    QCoreApplication,
)

from segmenter_app.core.model.document import EditRefused
from segmenter_app.core.text import texts
from segmenter_app.ui.table.action_cells import (
    ACTION_KINDS,
    refusal_messages,
)
from segmenter_app.ui.table.columns import (  # noqa: F401 (the table's public face)
    BASE_COLUMNS,
    MEASURE_COLUMNS,
    THRESHOLD_COLUMNS,
    Column,
    column_decimals,
    header_text,
    header_tooltip,
    triage_text,
)


class CellEditing:
    """Cell edits of the customer table: what a typed value means for the document, and why a refused one was refused.  A mixin of CustomerTableModel."""

    def _to_document(self, column: Column, value):
        """The user's typed text (or number) as the document stores it."""
        if column.kind == "text" or column.kind in ACTION_KINDS:
            return value
        if isinstance(value, str):
            value = value.strip()
            if not value:
                return None
            parsed = self.parse_number(value)
            if parsed is None:
                raise EditRefused("not_a_number", column=column.editable, value=value)
            value = parsed
        if value is None:
            return None
        if column.key == "share_of_wallet":
            return float(value) / 100.0
        return float(value)

    def parse_number(self, text: str) -> float | None:
        from segmenter_app.core.importing.numbers import ENGLISH, GERMAN, parse_text_numbers

        notation = GERMAN if self.language == "de" else ENGLISH
        parsed = parse_text_numbers(pd.Series([text], dtype="str"), notation)
        return None if parsed.invalid[0] or math.isnan(parsed.values[0]) else float(parsed.values[0])

    def refusal_text(self, refused: EditRefused, column: Column) -> str:
        scale = self.document.scale.label if self.document.scale else ""
        name = header_text(column.key, scale)
        value = refused.params.get("value", "")
        if isinstance(value, float):
            value = (
                texts.format_number(value * (100 if column.key == "share_of_wallet" else 1), self.language, 2)
                .rstrip("0")
                .rstrip(",.")
            )
        messages = {
            "not_a_number": QCoreApplication.translate(
                "CustomerTableModel", "{column}: '{value}' is not a number."
            ),
            "negative": QCoreApplication.translate(
                "CustomerTableModel", "{column}: an amount cannot be negative."
            ),
            "too_large": QCoreApplication.translate(
                "CustomerTableModel", "{column}: '{value}' is too large to be an amount."
            ),
            "share_out_of_range": QCoreApplication.translate(
                "CustomerTableModel", "{column}: a share must be between 0 and 100 %."
            ),
            "outside_scale": QCoreApplication.translate(
                "CustomerTableModel", "{column}: {value} is outside the scale {scale}."
            ),
            "empty": QCoreApplication.translate("CustomerTableModel", "{column} cannot be empty."),
            **refusal_messages(),
        }
        return messages.get(
            refused.code, QCoreApplication.translate("CustomerTableModel", "{column}: the value was refused.")
        ).format(column=name, value=value, scale=refused.params.get("scale", scale))
