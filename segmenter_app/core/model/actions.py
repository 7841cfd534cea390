"""Actions per customer, beside the note: the next step, when it is due, its status and
the last contact.

They are columns of the document's table — ``next_step`` (text), ``due`` and
``last_contact`` (ISO dates ``YYYY-MM-DD`` as text, ``""`` when none) and ``status``
(``open``, ``done``, ``dropped`` or ``""`` for none) — so the project file, the recovery
journal and undo carry them as they carry the notes.  Dates are text so that a value
compares, sorts and travels through JSON as it is; :func:`parse_date` reads what people
type (``15.1.27``, ``2027-01-15``, an Excel serial) and refuses impossible dates.
"""

from __future__ import annotations

import datetime
import math
from typing import Any

import numpy as np
import pandas as pd

from segmenter_app.core.errors import EditRefused
from segmenter_app.core.importing.dates import DateRefused, parse_date

#: The action columns, in the order they stand beside the note.
ACTION_COLUMNS: tuple[str, ...] = ("next_step", "due", "status", "last_contact")
DATE_COLUMNS: frozenset[str] = frozenset({"due", "last_contact"})
#: Stored status values; "" is "none".
STATUSES: tuple[str, ...] = ("", "open", "done", "dropped")
#: What a user may type or pick for a status, in either language.
STATUS_WORDS: dict[str, str] = {
    "": "",
    "none": "",
    "-": "",
    "–": "",
    "keiner": "",
    "keine": "",
    "kein": "",
    "open": "open",
    "offen": "open",
    "done": "done",
    "erledigt": "done",
    "dropped": "dropped",
    "verworfen": "dropped",
    "entfallen": "dropped",
}
#: The words of the drop-down in an exported workbook, per language (stored value first).
STATUS_LABELS: dict[str, dict[str, str]] = {
    "en": {"": "none", "open": "open", "done": "done", "dropped": "dropped"},
    "de": {"": "keiner", "open": "offen", "done": "erledigt", "dropped": "verworfen"},
}


def ensure_action_columns(table: pd.DataFrame) -> None:
    """Give a table (an import, an older project) the action columns it lacks, empty."""
    empty = None
    for column in ACTION_COLUMNS:
        if column not in table.columns:
            if empty is None:
                empty = np.full(len(table), "", dtype=object)
            # Each column its own array (copy=False spares pandas' second copy of it).
            table[column] = pd.Series(empty.copy(), dtype=object, index=table.index, copy=False)


def parse_status(value: Any) -> str:
    """A status as stored ("" for none), from a word of either language."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    key = str(value).strip().lower()
    if key not in STATUS_WORDS:
        raise ValueError(str(value))
    return STATUS_WORDS[key]


def parse_action(column: str, value: Any, language: str = "de") -> str:
    """The stored value of an edit of an action column, or :class:`EditRefused`."""
    if column in DATE_COLUMNS:
        try:
            return parse_date(value, language=language)
        except DateRefused:
            raise EditRefused("not_a_date", column=column, value=str(value)) from None
    if column == "status":
        try:
            return parse_status(value)
        except ValueError:
            raise EditRefused("not_a_status", column=column, value=str(value)) from None
    return "" if value is None else str(value).strip()


def overdue_mask(table: pd.DataFrame, today: datetime.date | None = None) -> np.ndarray:
    """Open actions whose due date has passed."""
    if "due" not in table.columns:
        return np.zeros(len(table), dtype=bool)
    today_text = (today or datetime.date.today()).isoformat()
    due = table["due"].to_numpy(dtype=object)
    status = table["status"].to_numpy(dtype=object)
    return np.array(
        [s == "open" and isinstance(d, str) and d != "" and d < today_text for d, s in zip(due, status)],
        dtype=bool,
    )


def action_counts(
    table: pd.DataFrame, manager_codes: np.ndarray, managers: list[str], today: datetime.date | None = None
) -> dict[str, dict[str, int]]:
    """Per manager: how many actions are open, overdue (open and past due) and done."""
    status = table["status"].to_numpy(dtype=object)
    overdue = overdue_mask(table, today)
    counts = {}
    for code, manager in enumerate(managers):
        members = manager_codes == code
        counts[manager] = {
            "open": int(((status == "open") & members).sum()),
            "overdue": int((overdue & members).sum()),
            "done": int(((status == "done") & members).sum()),
        }
    return counts
