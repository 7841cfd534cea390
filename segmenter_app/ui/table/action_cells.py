"""The action columns of the table (next step, due, status, last contact): their text in
the window's language, what an editor starts with, and the overdue mark."""

from __future__ import annotations

import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QColor

#: Column kinds of the action columns (see columns.py).
ACTION_KINDS = frozenset({"date", "status"})
OVERDUE_BRUSH = QBrush(QColor("#B00020"))


def status_text(status: str) -> str:
    names = {
        "open": QCoreApplication.translate("ActionFields", "open"),
        "done": QCoreApplication.translate("ActionFields", "done"),
        "dropped": QCoreApplication.translate("ActionFields", "dropped"),
    }
    return names.get(status, "")


def date_text(value, language: str) -> str:
    """An ISO date as the window's language writes it (15.01.2027, 2027-01-15)."""
    if not isinstance(value, str) or not value:
        return ""
    try:
        date = datetime.date.fromisoformat(value)
    except ValueError:
        return value
    return date.strftime("%d.%m.%Y") if language == "de" else date.isoformat()


def cell_text(kind: str, value, language: str) -> str:
    if kind == "status":
        return status_text(str(value or ""))
    return date_text(value, language)


def is_overdue(document, row: int, today: datetime.date | None = None) -> bool:
    """An open action whose due date has passed."""
    table = document.table
    due = table["due"].iat[row]
    return (
        table["status"].iat[row] == "open"
        and isinstance(due, str)
        and bool(due)
        and due < (today or datetime.date.today()).isoformat()
    )


def refusal_messages() -> dict[str, str]:
    return {
        "not_a_date": QCoreApplication.translate(
            "CustomerTableModel", "{column}: '{value}' is not a date (write it as 15.01.2027 or 2027-01-15)."
        ),
        "not_a_status": QCoreApplication.translate(
            "CustomerTableModel", "{column}: '{value}' is no status (open, done, dropped or none)."
        ),
    }
