"""Dates as people type them (``15.1.27``, ``2027-01-15``, ``1/15/2027``) or as Excel
keeps them (a serial number), read as ISO text; impossible dates refused."""

from __future__ import annotations

import datetime
import math
import re
from typing import Any

import numpy as np
import pandas as pd

from segmenter_app.core.importing.numbers import float_texts
from segmenter_app.core.importing.report import RowIssue
from segmenter_app.core.reading.rawdata import empty_texts

#: Excel's day 0 (the 1900 system, with its phantom 29 February 1900 accounted for).
_EXCEL_EPOCH = datetime.date(1899, 12, 30)
_EXCEL_EPOCH_1904 = datetime.date(1904, 1, 1)
_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?\s*$")
_DOTTED = re.compile(r"^\s*(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{2}|\d{4})?\s*$")
_SLASHED = re.compile(r"^\s*(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})\s*$")


class DateRefused(ValueError):
    """A text or number that is no date (or an impossible one: 31.02.2027)."""


def parse_date(
    value: Any, *, language: str = "de", today: datetime.date | None = None, epoch_1904: bool = False
) -> str:
    """A date as ISO text ("" for nothing), from a date, an Excel serial number or text:
    ``2027-01-15``, ``15.1.27``, ``15.01.2027``, ``15.1.`` (this year), ``1/15/2027``
    (English: month first; German: day first).  :class:`DateRefused` otherwise."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, datetime.datetime):
        return value.date().isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, (int, float, np.integer, np.floating)) and not isinstance(value, bool):
        number = float(value)
        # Serials of 1900-01-01 … 9999-12-31: anything else is no date.
        if not math.isfinite(number) or not 1 <= number < 2958466 or number != math.floor(number):
            if math.isfinite(number) and 1 <= number < 2958466:
                number = math.floor(number)  # a time of day on the date
            else:
                raise DateRefused(str(value))
        epoch = _EXCEL_EPOCH_1904 if epoch_1904 else _EXCEL_EPOCH
        return (epoch + datetime.timedelta(days=int(number))).isoformat()
    text = str(value).strip()
    if not text:
        return ""
    match = _ISO.match(text)
    if match:
        year, month, day = (int(part) for part in match.groups())
        return _date(year, month, day, text)
    match = _DOTTED.match(text)
    if match:
        day, month, year_text = match.groups()
        year = _year(year_text, today)
        return _date(year, int(month), int(day), text)
    match = _SLASHED.match(text)
    if match:
        first, second, year_text = match.groups()
        year = _year(year_text, today)
        month, day = (int(first), int(second)) if language == "en" else (int(second), int(first))
        return _date(year, month, day, text)
    raise DateRefused(text)


def _year(text: str | None, today: datetime.date | None) -> int:
    if not text:
        return (today or datetime.date.today()).year
    year = int(text)
    return 2000 + year if year < 100 else year


def _date(year: int, month: int, day: int, text: str) -> str:
    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        raise DateRefused(text) from None


def date_series(
    column,
    start: int,
    stop: int,
    kept: np.ndarray,
    excel_rows: np.ndarray,
    header: str,
    problems: list[RowIssue],
    language: str,
) -> pd.Series:
    """A date column as ISO texts; a cell that is no date (or an impossible one) is
    refused, listed and left empty."""
    numbers = column.numbers[start:stop][kept]
    texts = _texts(column, start, stop).iloc[kept].tolist()
    values = []
    for index, (number, text) in enumerate(zip(numbers.tolist(), texts)):
        try:
            values.append(parse_date(text if text else number, language=language))
        except DateRefused:
            shown = text or float_texts(np.array([number]))[0]
            problems.append(
                RowIssue(int(excel_rows[kept[index]]), "not_a_date", index, "last_contact", header, shown)
            )
            values.append("")
    return pd.Series(values, dtype=object)


def _texts(column, start: int, stop: int) -> pd.Series:
    """The text cells of rows [start, stop), stripped, "" elsewhere (as the importer reads them)."""
    size = stop - start
    if column.texts is None:
        return empty_texts(size)
    part = column.texts.iloc[start:stop].reset_index(drop=True).str.strip().fillna("")
    if len(part) < size:
        part = pd.concat([part, empty_texts(size - len(part))], ignore_index=True)
    return part
