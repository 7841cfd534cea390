"""Several sheets of one list stacked into one sheet the importer reads as any other.

The first sheet's header is the list's header (the primary's, to be exact); each other
sheet's columns are lined up with it by header text, then by role ('Kunde' on one
sheet, 'Kundenname' on the next), then by the header's normalised words.  A column
only some sheets have is kept (empty on the others), and a role a sheet lacks is
reported.  A last column, ``sheet``, holds each row's sheet name: it becomes the
account manager when the list has no manager column, else it stays a column of its
own.  Every row keeps the row number and the sheet it has in the file, for the report.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from segmenter_app.core.headers.roles import normalise_header
from segmenter_app.core.headers.search import score_row
from segmenter_app.core.importing import rows as layout
from segmenter_app.core.reading.rawdata import RawColumn, RawSheet

#: The header of the column that holds each row's sheet name.
SHEET_COLUMN = "sheet"


@dataclass
class StackedSheets:
    sheet: RawSheet  #: row 0 the header, then every sheet's rows below its header
    #: per row of ``sheet``: the row number the file shows, and the sheet's name
    row_numbers: np.ndarray
    row_sheets: np.ndarray
    #: sheet name → customers' rows it contributed (after trimming trailing blanks)
    rows: dict[str, int] = field(default_factory=dict)
    #: (sheet, headers of the list it lacks, headers only it has)
    differences: list[tuple[str, list[str], list[str]]] = field(default_factory=list)


def _fold(text: str) -> str:
    return " ".join(text.split()).lower()


def _align(canonical: list[str], canonical_roles: dict[str, int], headers: list[str]) -> dict[int, int]:
    """Canonical column → this sheet's column."""
    roles, _score = score_row(headers)
    taken: set[int] = set()
    result: dict[int, int] = {}
    folded = [_fold(h) for h in headers]
    for c, header in enumerate(canonical):
        if header and _fold(header) in folded:
            column = folded.index(_fold(header))
            if column not in taken:
                result[c], _ = column, taken.add(column)
    for role, c in canonical_roles.items():
        column = roles.get(role)
        if c not in result and column is not None and column not in taken:
            result[c] = column
            taken.add(column)
    normal = [normalise_header(h) for h in headers]
    for c, header in enumerate(canonical):
        key = normalise_header(header)
        if c in result or not key or normal.count(key) != 1:
            continue
        column = normal.index(key)
        if column not in taken:
            result[c] = column
            taken.add(column)
    return result


def _last_filled(sheet: RawSheet, start: int) -> int:
    """One past the last row at or below ``start`` that holds anything."""
    stop = sheet.n_rows
    if stop <= start:
        return start
    blank = np.ones(stop - start, dtype=bool)
    for column in sheet.columns:
        blank &= column.empty_mask(start, stop)
    filled = np.flatnonzero(~blank)
    return start + int(filled[-1]) + 1 if len(filled) else start


def _part(column: RawColumn | None, start: int, stop: int) -> tuple[np.ndarray, pd.Series | None]:
    size = stop - start
    if column is None:
        return np.full(size, np.nan), None
    numbers = np.full(size, np.nan)
    piece = column.numbers[start:stop]
    numbers[: len(piece)] = piece
    if column.texts is None:
        return numbers, None
    texts = column.texts.iloc[start:stop].reset_index(drop=True)
    if len(texts) < size:
        texts = pd.concat([texts, pd.Series([None] * (size - len(texts)), dtype="str")], ignore_index=True)
    return numbers, texts


def _column(parts: list[tuple[np.ndarray, pd.Series | None]]) -> RawColumn:
    numbers = np.concatenate([numbers for numbers, _texts in parts])
    if all(texts is None for _numbers, texts in parts):
        return RawColumn(numbers, None)
    texts = pd.concat(
        [
            texts if texts is not None else pd.Series([None] * len(numbers_), dtype="str")
            for numbers_, texts in parts
        ],
        ignore_index=True,
    ).astype("str")
    return RawColumn(numbers, texts)


def _common_header(members: list[tuple[RawSheet, int]], primary: str) -> tuple[RawSheet, int]:
    keys = [tuple(_fold(h) for h in layout.header_texts(sheet, index)) for sheet, index in members]
    counts = {key: keys.count(key) for key in keys}
    primary_at = next(i for i, (sheet, _index) in enumerate(members) if sheet.name == primary)
    best = max(range(len(members)), key=lambda i: (counts[keys[i]], i == primary_at))
    return members[best]


def stack_sheets(members: list[tuple[RawSheet, int]], primary: str) -> StackedSheets:
    """Stack ``members`` ((sheet, 0-based header row), in workbook order) on the header
    most of them share (the primary's, between equals): the one sheet with a column
    more or fewer is the one reported."""
    first = _common_header(members, primary)
    canonical = layout.header_texts(*first)
    canonical_roles, _score = score_row(canonical)
    alignments: list[dict[int, int]] = []
    for sheet, index in members:
        headers = layout.header_texts(sheet, index)
        alignment = _align(canonical, canonical_roles, headers)
        used = set(alignment.values())
        # A column this sheet has and the list's header does not: kept, as a new column.
        for column, header in enumerate(headers):
            if (
                column not in used
                and header
                and not sheet.columns[column].empty_mask(index, sheet.n_rows).all()
            ):
                canonical.append(header)
                alignment[len(canonical) - 1] = column
        alignments.append(alignment)

    width = len(canonical)
    parts: list[list[tuple[np.ndarray, pd.Series | None]]] = [[] for _ in range(width + 1)]
    for c, header in enumerate(canonical):
        parts[c].append((np.full(1, np.nan), pd.Series([header], dtype="str")))
    parts[width].append((np.full(1, np.nan), pd.Series([SHEET_COLUMN], dtype="str")))
    numbers = [np.array([first[0].excel_row(first[1])], dtype=np.int64)]
    names = [np.array([first[0].name], dtype=object)]
    result = StackedSheets(RawSheet(first[0].name, [], 0), np.zeros(0), np.zeros(0))
    primary_width = len(layout.header_texts(*first))
    for (sheet, index), alignment in zip(members, alignments, strict=True):
        start, stop = index + 1, _last_filled(sheet, index + 1)
        for c in range(width):
            column = alignment.get(c)
            parts[c].append(_part(sheet.columns[column] if column is not None else None, start, stop))
        parts[width].append(
            (np.full(stop - start, np.nan), pd.Series([sheet.name] * (stop - start), dtype="str"))
        )
        numbers.append(np.arange(start, stop, dtype=np.int64) + sheet.first_row + 1)
        names.append(np.full(stop - start, sheet.name, dtype=object))
        result.rows[sheet.name] = stop - start
        lacks = [canonical[c] for c in range(primary_width) if c not in alignment]
        own = [canonical[c] for c in sorted(alignment) if c >= primary_width]
        if lacks or own:
            result.differences.append((sheet.name, lacks, own))
    columns = [_column(column_parts) for column_parts in parts]
    result.sheet = RawSheet(first[0].name, columns, columns[0].length)
    result.row_numbers = np.concatenate(numbers)
    result.row_sheets = np.concatenate(names)
    return result
