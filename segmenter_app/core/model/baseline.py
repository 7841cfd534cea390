"""The layout of what comes back from account managers: the editable columns of their
workbooks and the hidden baseline sheet (written by ``core/outputs/returnable.py``,
read by ``core/projects/returned_sheets.py``)."""

from __future__ import annotations

#: The columns a manager fills in and sends back.
EDITABLE_KEYS: tuple[str, ...] = ("notes", "next_step", "due", "status", "last_contact")
#: Read-only values kept in the baseline: a manager's correction becomes a suggestion.
READ_ONLY_KEYS: tuple[str, ...] = ("customer_name", "revenue", "wallet", "share_of_wallet", "satisfaction")

BASELINE_SHEET = "segmenter-baseline"
#: The first cell of the baseline sheet: found by it even when the sheet was renamed.
BASELINE_MARK = "segmenter-baseline"
#: 2: the JSON object holds the id and the manager too, in pieces across the row's cells
#: from the third on (version 1: one cell, the id and manager in the first two).
BASELINE_VERSION = 2
#: Rows of the baseline sheet: the mark, the meta keys, a blank row, the header, then a
#: row per customer: its id, its manager and its values as exported, as one JSON object
#: (one cell to read instead of ten: a collect of 200 workbooks reads 100,000 of them).
BASELINE_META: tuple[str, ...] = ("project_id", "export_id", "exported_at", "language")
BASELINE_COLUMNS: tuple[str, ...] = ("customer_id", "account_manager", "values")
#: The keys of each customer's JSON object.
BASELINE_VALUES: tuple[str, ...] = (*EDITABLE_KEYS, *READ_ONLY_KEYS)
BASELINE_HEADER_ROW = 2 + len(BASELINE_META)  # 0-based
#: The JSON object is cut into pieces of this many characters, one per cell: a cell holds
#: 32,767 UTF-16 units, so even a piece of emoji (two units each) fits.
BASELINE_PIECE = 16_000
