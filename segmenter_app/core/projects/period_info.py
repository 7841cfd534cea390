"""What a period is called and where its list came from.

A period's label (PRODUCT.md §8, issue 22): the year or quarter in the file's name
(``Kunden 2025.xlsx`` → "2025", ``Q3-2026 Kunden.xlsx`` → "Q3 2026", also "2026 Q3",
"3. Quartal 2026", "Quartal 3/2026", "Q3/26"), else the one in the sheet's title
(the sheet "Kunden 2026"), else the file's date (its last change, ISO: "2026-01-15").
The user can rename it; the command line can give it (``--period-label``).  Two
periods of one project never share a label: the second "2025" is "2025 (2)".
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

#: The file's table of periods (schema 3; ``periods.py`` reads and writes it).
PERIODS_TABLE = (
    "CREATE TABLE IF NOT EXISTS periods (position INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE,"
    " info TEXT NOT NULL, state TEXT)"
)

#: Where a label came from.
FROM_FILE, FROM_SHEET, FROM_DATE, FROM_USER = "file", "sheet", "date", "user"
LABEL_SOURCES = (FROM_FILE, FROM_SHEET, FROM_DATE, FROM_USER)

_YEAR = r"((?:19|20)\d{2})"
_QUARTERS = (
    # Q3 2026, Q3-2026, Q3_2026, Q3/26, Q3'26
    re.compile(r"(?<![A-Za-z0-9])Q([1-4])[\s._\-/']*((?:19|20)\d{2}|\d{2})(?!\d)", re.IGNORECASE),
    # 2026 Q3, 2026-Q3, 2026/Q3
    re.compile(_YEAR + r"[\s._\-/]*Q([1-4])(?![0-9])", re.IGNORECASE),
    # 3. Quartal 2026, 3 Quartal 2026, 3rd quarter 2026
    re.compile(
        r"(?<!\d)([1-4])(?:\.|st|nd|rd|th)?[\s._\-]*(?:quartal|quarter)[\s._\-/]*" + _YEAR, re.IGNORECASE
    ),
    # Quartal 3/2026, Quarter 3 2026
    re.compile(r"(?:quartal|quarter)[\s._\-]*([1-4])[\s._\-/]*" + _YEAR, re.IGNORECASE),
)
_YEAR_ALONE = re.compile(r"(?<!\d)" + _YEAR + r"(?!\d)")


@dataclass(frozen=True)
class PeriodInfo:
    """A period's label and where its list came from."""

    label: str
    #: how the label was found: FROM_FILE, FROM_SHEET, FROM_DATE or FROM_USER
    label_source: str = FROM_DATE
    source_path: str = ""  #: the list it was read from ("" when unknown)
    sheet: str = ""  #: the sheet(s) read
    file_date: str = ""  #: ISO date of the list file's last change ("" when unknown)
    added_at: str = ""  #: ISO 8601, UTC: when the period was added to the project

    def renamed(self, label: str) -> PeriodInfo:
        return replace(self, label=label.strip() or self.label, label_source=FROM_USER)

    def to_json(self) -> dict[str, str]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> PeriodInfo:
        """As :meth:`to_json` wrote it (TypeError / ValueError when it is not)."""
        if not isinstance(data, dict) or not isinstance(data.get("label"), str):
            raise ValueError("period info")
        known = {name: str(data[name]) for name in cls.__dataclass_fields__ if name in data}
        return cls(**known)


def label_in(text: str) -> str:
    """The quarter ("Q3 2026") or year ("2025") a text names, "" when none.  A quarter
    wins over a year; of several years, the first."""
    for number, pattern in enumerate(_QUARTERS):
        found = pattern.search(text)
        if found is None:
            continue
        quarter, year = found.groups() if number in (0, 2, 3) else reversed(found.groups())
        year = f"20{year}" if len(year) == 2 else year
        return f"Q{quarter} {year}"
    found = _YEAR_ALONE.search(text)
    return found.group(1) if found else ""


def moment_of(label: str) -> tuple[int, int] | None:
    """Where a label made by :func:`label_in` ("2025", "Q3 2026") or a file date
    ("2026-01-15") stands in time, as (year, month), or None for a label of the user's
    own words.  To see lists given out of order in time."""
    label = label.strip()
    quarter = re.fullmatch(r"Q([1-4]) ((?:19|20)\d{2})", label)
    if quarter:
        return int(quarter.group(2)), 3 * int(quarter.group(1))
    if re.fullmatch(_YEAR, label):
        return int(label), 12
    date = re.fullmatch(r"((?:19|20)\d{2})-(\d{2})-\d{2}", label)
    if date:
        return int(date.group(1)), int(date.group(2))
    return None


def out_of_order(labels: Iterable[str]) -> bool:
    """Do periods, given oldest first, name times that go back ("2023, 2025, 2024")?"""
    moments = [moment_of(label) for label in labels]
    known = [moment for moment in moments if moment is not None]
    return len(known) == len(moments) and any(b < a for a, b in zip(known, known[1:]))


def file_date(path: Path | str | None) -> str:
    """The ISO date of a file's last change, "" when it cannot be had."""
    if path is None or str(path) == "":
        return ""
    try:
        stamp = Path(path).stat().st_mtime
    except OSError:
        return ""
    return datetime.date.fromtimestamp(stamp).isoformat()


def period_label(
    source_path: Path | str | None, sheet: str, date: str, fallback: str = ""
) -> tuple[str, str]:
    """(label, where it came from) by the rule of the module's docstring; ``fallback``
    (an ISO date or time) when neither name says it and the file's date is unknown."""
    name = Path(str(source_path)).stem if source_path else ""
    for text, source in ((name, FROM_FILE), (sheet or "", FROM_SHEET)):
        label = label_in(text)
        if label:
            return label, source
    return (date or fallback[:10] or "?"), FROM_DATE


def period_info(
    source_path: Path | str | None,
    sheet: str = "",
    *,
    label: str | None = None,
    added_at: str = "",
    date: str | None = None,
) -> PeriodInfo:
    """The info of a period read from ``source_path`` (its ``sheet``); ``label`` given
    (the command line, the user) wins."""
    when = file_date(source_path) if date is None else date
    if label is not None and label.strip():
        chosen, source = label.strip(), FROM_USER
    else:
        chosen, source = period_label(source_path, sheet, when, added_at)
    return PeriodInfo(
        label=chosen,
        label_source=source,
        source_path="" if source_path is None else str(source_path),
        sheet=sheet or "",
        file_date=when,
        added_at=added_at,
    )


def unique_label(label: str, taken: Iterable[str]) -> str:
    """``label``, or ``label (2)``, ``(3)`` … when another period has it already."""
    used = {text.casefold() for text in taken}
    if label.casefold() not in used:
        return label
    number = 2
    while f"{label} ({number})".casefold() in used:
        number += 1
    return f"{label} ({number})"
