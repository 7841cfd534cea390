"""What makes a manager's workbook come back: the editable cells, the protection, the
status drop-down and the hidden baseline sheet.

The columns a manager fills in (:data:`~.report_data.EDITABLE_KEYS`: notes, next step,
due, status, last contact) are unlocked; every other cell is protected against slips,
without a password.  Dates are real date cells; the status is a drop-down in the
workbook's language.  A hidden sheet holds the baseline — the project id, the export id
and time, and every editable (and every read-only value a manager might correct) as it
was exported, per customer — so that a collect (``core/projects/collect.py``) can tell
what the manager changed from what changed in the project since.
"""

from __future__ import annotations

import datetime
import json
import math

from segmenter_app.core.model.actions import STATUS_LABELS
from segmenter_app.core.model.baseline import (
    BASELINE_COLUMNS,
    BASELINE_HEADER_ROW,
    BASELINE_MARK,
    BASELINE_META,
    BASELINE_PIECE,
    BASELINE_SHEET,
    BASELINE_VALUES,
    BASELINE_VERSION,
)
from segmenter_app.core.outputs.report_data import ManagerReport, is_missing
from segmenter_app.core.text.export_columns import cell_text

DATE_FORMATS = {"de": "dd.mm.yyyy", "en": "yyyy-mm-dd"}


class EditableFormats:
    """Unlocked variants of the table's cell formats, for the columns a manager fills in."""

    def __init__(self, book, language: str) -> None:
        plain = {"font_name": "Calibri", "font_size": 10, "valign": "top"}
        base = {**plain, "border": 1, "border_color": "#D4D4D4", "locked": False}
        # A pale fill says "write here" on screen; it prints as a light tint.
        tint = {**base, "bg_color": "#FFFDF0"}
        self.wrap = book.add_format({**tint, "text_wrap": True})
        self.text = book.add_format({**tint})
        # The next step keeps the line to write on by hand, as before.
        self.next_step = book.add_format({**tint, "text_wrap": True, "bottom": 1, "bottom_color": "#BBBBBB"})
        date_format = DATE_FORMATS.get(language, DATE_FORMATS["en"])
        self.date = book.add_format({**tint, "num_format": date_format, "align": "left"})
        self.overdue = book.add_format(
            {
                **base,
                "num_format": date_format,
                "align": "left",
                "bold": True,
                "font_color": "#B00020",
                "bg_color": "#FDE7EA",
            }
        )
        self.status = book.add_format({**tint, "align": "left"})


def write_editable(
    sheet, formats: EditableFormats, row: int, col: int, key: str, value, overdue: bool, language: str
) -> None:
    """One editable cell: a date as a date, a status as its word, text as text."""
    if key in ("due", "last_contact"):
        style = formats.overdue if overdue and key == "due" else formats.date
        if isinstance(value, str) and value:
            sheet.write_datetime(row, col, datetime.date.fromisoformat(value), style)
        else:
            sheet.write_blank(row, col, None, style)
        return
    if key == "status":
        label = STATUS_LABELS.get(language, STATUS_LABELS["en"]).get(str(value or ""), "")
        if label and value:
            sheet.write_string(row, col, label, formats.status)
        else:
            sheet.write_blank(row, col, None, formats.status)
        return
    style = formats.next_step if key == "next_step" else formats.wrap
    if is_missing(value) or not str(value):
        sheet.write_blank(row, col, None, style)
    else:
        sheet.write_string(row, col, cell_text(str(value), language), style)


def protect(sheet, first_row: int, last_row: int, status_col: int | None, language: str) -> None:
    """The status drop-down, and the sheet protected without a password: sorting,
    filtering, row heights and new rows stay allowed."""
    if status_col is not None and last_row >= first_row:
        labels = list(STATUS_LABELS.get(language, STATUS_LABELS["en"]).values())
        sheet.data_validation(
            first_row,
            status_col,
            last_row,
            status_col,
            {"validate": "list", "source": labels, "ignore_blank": True, "show_error": True},
        )
    sheet.protect(
        "",
        {
            "autofilter": True,
            "sort": True,
            "format_rows": True,
            "format_columns": True,
            "insert_rows": True,
            "delete_rows": True,
            "select_locked_cells": True,
            "select_unlocked_cells": True,
        },
    )


def write_baseline(book, reports: list[ManagerReport]) -> None:
    """The hidden sheet: who exported what, when, and every value as exported.

    Each customer's values are one JSON object (its id and manager in it too) written in
    pieces of at most :data:`BASELINE_PIECE` characters across the row's cells from the
    third column on, so that no cell limit can cut it: a note of any length, a name of
    any length, still has its baseline.  The first two cells say whose row it is, for a
    person who unhides the sheet."""
    sheet = book.add_worksheet(BASELINE_SHEET)
    first = reports[0]
    sheet.write_string(0, 0, BASELINE_MARK)
    sheet.write_number(0, 1, BASELINE_VERSION)
    for offset, key in enumerate(BASELINE_META):
        sheet.write_string(1 + offset, 0, key)
        sheet.write_string(1 + offset, 1, str(getattr(first, key)))
    for col, key in enumerate(BASELINE_COLUMNS):
        sheet.write_string(BASELINE_HEADER_ROW, col, key)
    sheet.set_column(2, 2, 120)
    row = BASELINE_HEADER_ROW
    for report in reports:
        columns = {key: report.rows[key].to_numpy(dtype=object) for key in ("customer_id", *BASELINE_VALUES)}
        for offset in range(len(report.rows)):
            row += 1
            customer_id = str(columns["customer_id"][offset])
            values = {key: _json_value(columns[key][offset]) for key in BASELINE_VALUES}
            values["customer_id"] = customer_id
            values["account_manager"] = report.manager
            text = json.dumps(values, ensure_ascii=False, separators=(",", ":"))
            sheet.write_string(row, 0, customer_id[:BASELINE_PIECE])
            sheet.write_string(row, 1, report.manager[:BASELINE_PIECE])
            for piece, start in enumerate(range(0, len(text), BASELINE_PIECE)):
                sheet.write_string(row, 2 + piece, text[start : start + BASELINE_PIECE])
    sheet.protect("")
    sheet.hide()


def _json_value(value):
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if hasattr(value, "item") and not isinstance(value, str):
        return value.item()
    return value
