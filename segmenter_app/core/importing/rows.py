"""Rows and headers of the customer table: header names, and the rows that are not
customers (blank rows, repeated headers, total rows).  Finding the header row itself
is ``header.py``'s job."""

from __future__ import annotations

import numpy as np
import pandas as pd

from segmenter_app.core.importing.numbers import to_text
from segmenter_app.core.reading.cell_names import column_letter
from segmenter_app.core.reading.rawdata import RawSheet, edge_bytes

_TOTAL_WORDS = (
    r"summe|summen|gesamt|gesamtsumme|gesamtergebnis|zwischensumme|insgesamt"
    r"|ergebnis|total|totals|grand total|subtotal|sub-total|sum"
)
# Plain strings (not compiled): pandas hands them to pyarrow's RE2 on Arrow strings.
_TOTAL_START = rf"^\s*(?:{_TOTAL_WORDS})\b"
_TOTAL_EXACT = rf"^\s*(?:{_TOTAL_WORDS})\b[\s:.\-–]*[\d\s.,/€%-]*$"


#: The first letters of the total words, either case, as bytes: a total row's label
#: starts with one of them, with a space, or with a non-ASCII character.
_TOTAL_INITIALS = np.frombuffer(
    "".join({word[0] + word[0].upper() for word in _TOTAL_WORDS.split("|")}).encode("ascii"), dtype=np.uint8
)


def matches(texts: pd.Series, pattern: str, initials: np.ndarray | None = None) -> np.ndarray:
    """Case-insensitive regular-expression match per cell, in pyarrow (RE2): pandas
    sends a case-insensitive match through Python's re, one call per cell.

    ``initials``: the bytes a matching cell can start with besides spaces, control
    bytes and non-ASCII characters; the pattern then runs on those cells alone (a
    column of a million names holds a few)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    array = pa.array(texts.astype("str"), from_pandas=True)
    if initials is not None:
        first, _last = edge_bytes(array)
        candidates = np.flatnonzero(np.isin(first, initials) | (first <= 0x20) | (first >= 0x80))
        if len(candidates) < len(first) // 2:
            result = np.zeros(len(first), dtype=bool)
            if len(candidates):
                found = pc.match_substring_regex(array.take(pa.array(candidates)), pattern, ignore_case=True)
                result[candidates] = pc.fill_null(found, False).to_numpy(zero_copy_only=False)
            return result
    found = pc.match_substring_regex(array, pattern, ignore_case=True)
    return pc.fill_null(found, False).to_numpy(zero_copy_only=False)


def header_texts(sheet: RawSheet, index: int) -> list[str]:
    """The headers of a row; empty header cells are named after their column letter."""
    texts = [to_text(sheet.cell(index, c)) for c in range(sheet.n_cols)]
    seen: dict[str, int] = {}
    result = []
    for column, text in enumerate(texts):
        text = text.replace("\n", " ").strip() or column_letter(sheet.first_col + column)
        count = seen.get(text.lower(), 0)
        seen[text.lower()] = count + 1
        result.append(text if count == 0 else f"{text} ({count + 1})")
    return result


def total_row_mask(labels: list[pd.Series], ids: pd.Series | None) -> np.ndarray:
    """Total rows: a label cell starting with Summe / Gesamt / Total… and no customer id.

    ``labels`` are the label-like columns (name, manager, first column) as text, ""
    where empty.  A row with a real customer id is a customer even when its name is
    "Total Energies"; without an id column the label must be the total word alone
    ("Summe", "Gesamt 2025:").
    """
    columns = list(labels) + ([ids] if ids is not None else [])
    if not columns:
        return np.zeros(0, dtype=bool)
    pattern = _TOTAL_START if ids is not None else _TOTAL_EXACT
    mask = np.zeros(len(columns[0]), dtype=bool)
    for column in columns:
        mask |= matches(column, pattern, _TOTAL_INITIALS)
    if ids is not None and mask.any():
        real_id = (ids != "").to_numpy(dtype=bool) & ~matches(ids, _TOTAL_START, _TOTAL_INITIALS)
        mask &= ~real_id
    return mask


def repeated_header_mask(columns: dict[int, pd.Series], headers: list[str]) -> np.ndarray:
    """Rows that repeat the header (lists pasted together, page breaks of a print)."""
    if not columns:
        return np.zeros(0, dtype=bool)
    hits = np.zeros(len(next(iter(columns.values()))), dtype=np.int32)
    for column_index, texts in columns.items():
        hits += (texts == headers[column_index].strip()).to_numpy(dtype=bool)
    return hits >= max(2, min(3, len(columns)))
