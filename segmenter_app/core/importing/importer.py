"""Raw sheet → the customer table and an import report.

The table has one row per customer row of the file, in file order, with the columns of
:data:`TABLE_COLUMNS` plus every other column of the file (``x:<header>``).  Nothing is
dropped silently: a row that is not a customer (blank, a repeated header, a total) is
listed in the report's ``skipped``; a cell that cannot be read is listed in
``problems`` and left empty in the table, so the row stays and says why it is
unclassified.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from segmenter_app.core.headers.roles import (
    ROLES,
    header_signature,
    normalise_header,
)
from segmenter_app.core.headers.search import ImportFailure, choose_layout, score_row
from segmenter_app.core.importing import rows as layout
from segmenter_app.core.importing.currency import detect_currency
from segmenter_app.core.importing.dates import date_series
from segmenter_app.core.importing.numbers import (
    float_texts,
    strip_texts,
)
from segmenter_app.core.importing.report import (  # noqa: F401 (the import's public face)
    ImportOptions,
    ImportReport,
    ImportResult,
    RowIssue,
)
from segmenter_app.core.importing.scales import Scale, detect_scale, scale_by_name
from segmenter_app.core.importing.values import NumericReader
from segmenter_app.core.reading.rawdata import RawColumn, RawSheet, RawWorkbook
from segmenter_app.core.reading.reader import FastRead, WorkbookSource, start_reading

#: The columns every customer table has, in this order.
TABLE_COLUMNS: tuple[str, ...] = (
    "source_row",
    "customer_id",
    "customer_name",
    "account_manager",
    "revenue",
    "wallet",
    "sow_input",
    "satisfaction_input",
    "notes",
    "effort",
)
TEXT_ROLES = ("customer_id", "customer_name", "account_manager", "notes")
EXTRA_PREFIX = "x:"

_GERMAN_HINTS = frozenset(
    {
        "umsatz",
        "kunde",
        "kunden",
        "kundennummer",
        "kundenname",
        "einkaufsvolumen",
        "bedarf",
        "zufriedenheit",
        "kzi",
        "bemerkung",
        "aussendienst",
        "betreuer",
        "anteil",
        "firma",
        "lieferanteil",
        "kundenbetreuer",
        "notiz",
        "kommentar",
        "branche",
    }
)


def import_workbook(
    workbook: RawWorkbook,
    options: ImportOptions | None = None,
    progress: Callable[[float], None] | None = None,
) -> ImportResult:
    """Find the customer table in a whole workbook and read it."""
    options = options or ImportOptions()
    sheet, header_index, confident = _choose_layout(workbook, options)
    return _import_sheet(workbook, sheet, header_index, confident, options, progress)


def import_source(
    source: WorkbookSource,
    options: ImportOptions | None = None,
    *,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportResult:
    """Import from a file being read (see ``reading.WorkbookSource``).  The source was
    started with ``options.sheet`` and ``options.header_row``."""
    options = options or ImportOptions()

    def stage(low: float, high: float) -> Callable[[float], None] | None:
        return (lambda fraction: progress(low + (high - low) * fraction)) if progress else None

    outcome = source.result(progress=stage(0, 0.7), cancelled=cancelled)
    if isinstance(outcome, FastRead):
        preview_sheet = outcome.preview.sheet(outcome.sheet)
        # A sheet that fits in the preview was not loaded again: the preview is all of it.
        joined = (
            _join(preview_sheet, outcome.header_index, outcome.loaded) if outcome.truncated else preview_sheet
        )
        return _import_sheet(
            outcome.preview, joined, outcome.header_index, outcome.confident, options, stage(0.7, 1.0)
        )
    return import_workbook(outcome, options, stage(0.7, 1.0))


def _join(preview: RawSheet, header_index: int, loaded: list[tuple[int, RawColumn]]) -> RawSheet:
    """The preview's rows down to the header, then the loaded rows below it."""
    length = loaded[0][1].length if loaded else 0
    by_position = dict(loaded)
    width = max([preview.n_cols] + [position + 1 for position in by_position])
    head_rows = header_index + 1
    columns = []
    for position in range(width):
        head = (
            preview.columns[position].head(head_rows)
            if position < preview.n_cols
            else RawColumn.empty(head_rows)
        )
        tail = by_position.get(position) or RawColumn.empty(length)
        columns.append(RawColumn.concat(head, tail))
    return RawSheet(preview.name, columns, head_rows + length, preview.hidden)


def _import_sheet(
    workbook: RawWorkbook,
    sheet: RawSheet,
    header_index: int,
    confident: bool,
    options: ImportOptions,
    progress: Callable[[float], None] | None,
) -> ImportResult:
    headers = layout.header_texts(sheet, header_index)
    signature = header_signature(headers)
    columns, source = _resolve_mapping(sheet, header_index, headers, signature, options)
    start, stop = header_index + 1, sheet.n_rows
    excel_rows = np.arange(start, stop, dtype=np.int64) + sheet.first_row + 1

    texts = {
        role: _text_series(sheet.columns[c], start, stop) for role, c in columns.items() if role in TEXT_ROLES
    }
    skipped, keep = _skip_rows(sheet, columns, headers, texts, start, stop, excel_rows)
    kept = np.flatnonzero(keep)
    if progress:
        progress(0.4)

    problems: list[RowIssue] = []
    table = pd.DataFrame({"source_row": excel_rows[kept]})
    for role in TEXT_ROLES:
        values = (
            texts[role].iloc[kept].reset_index(drop=True)
            if role in texts
            else pd.Series([""] * len(kept), dtype="str")
        )
        table[role] = values
    german_headers = any(set(normalise_header(h).split()) & _GERMAN_HINTS for h in headers)
    numeric = NumericReader(sheet, columns, headers, start, stop, kept, excel_rows, problems)
    numeric.read(german_headers)
    table["revenue"] = numeric.values["revenue"]
    table["wallet"] = numeric.values["wallet"]
    table["sow_input"] = numeric.values["share_of_wallet"]
    table["satisfaction_input"] = numeric.values["satisfaction"]
    table["effort"] = numeric.values["effort"]
    table = table[list(TABLE_COLUMNS)]
    if "last_contact" in columns:
        table["last_contact"] = date_series(
            sheet.columns[columns["last_contact"]],
            start,
            stop,
            kept,
            excel_rows,
            headers[columns["last_contact"]],
            problems,
            "de" if german_headers else "en",
        )

    extras = [
        c
        for c in range(sheet.n_cols)
        if c not in columns.values() and not sheet.columns[c].empty_mask(start, stop).all()
    ]
    if extras:
        others = pd.DataFrame(
            {EXTRA_PREFIX + headers[c]: _extra_series(sheet.columns[c], start, stop, kept) for c in extras}
        )
        table = pd.concat([table, others], axis=1)
    if progress:
        progress(0.8)

    scale_info = _detect_scale(options, headers, columns, table, numeric.percent_satisfaction)
    duplicates = _duplicates(table)
    if duplicates:
        rows = table["source_row"].to_numpy()
        for customer_id, duplicate_rows in duplicates.items():
            for row in duplicate_rows:
                index = int(np.searchsorted(rows, row))
                problems.append(
                    RowIssue(
                        row,
                        "duplicate_id",
                        index,
                        "customer_id",
                        headers[columns["customer_id"]],
                        customer_id,
                    )
                )
    problems.sort(key=lambda issue: (issue.row, issue.code))
    missing = [_missing_name(role, columns) for role in _REQUIRED_ANY if not _role_available(role, columns)]
    report = ImportReport(
        path=workbook.path,
        format=workbook.format,
        sheet=sheet.name,
        sheets=[s.name for s in workbook.sheets],
        header_row=sheet.excel_row(header_index),
        headers=headers,
        mapping={role: headers[c] for role, c in columns.items()},
        mapping_source=source,
        confident=confident and not missing,
        missing_roles=missing,
        extra_columns=[headers[c] for c in extras],
        notation=numeric.notation,
        multipliers=numeric.multipliers,
        sow_unit=numeric.sow_unit,
        scale=scale_info.scale,
        scale_source=scale_info.source,
        skipped=skipped,
        problems=problems,
        duplicate_ids=duplicates,
        signature=signature,
        rows_read=len(table),
        encoding=workbook.encoding,
        delimiter=workbook.delimiter,
        file_notes=list(workbook.notes),
        currency=_currency(sheet, columns, headers, start, stop),
    )
    if progress:
        progress(1.0)
    return ImportResult(table.reset_index(drop=True), report)


#: What a list needs to be segmented at all: who, how satisfied, what share.
_REQUIRED_ANY = ("customer", "satisfaction", "share_of_wallet")


def _missing_name(requirement: str, columns: dict[str, int]) -> str:
    """What exactly is missing: "revenue" when the wallet is there and only the revenue
    is not (and the other way round), else the requirement."""
    if requirement == "share_of_wallet":
        if "wallet" in columns and "revenue" not in columns:
            return "revenue"
        if "revenue" in columns and "wallet" not in columns:
            return "wallet"
    return requirement


def _role_available(requirement: str, columns: dict[str, int]) -> bool:
    if requirement == "customer":
        return "customer_id" in columns or "customer_name" in columns
    if requirement == "share_of_wallet":
        return "share_of_wallet" in columns or {"revenue", "wallet"} <= columns.keys()
    return requirement in columns


# --------------------------------------------------------------------------- layout


def _choose_layout(workbook: RawWorkbook, options: ImportOptions) -> tuple[RawSheet, int, bool]:
    return choose_layout(workbook.sheets, options.sheet, options.header_row)


def _resolve_mapping(
    sheet: RawSheet, header_index: int, headers: list[str], signature: str, options: ImportOptions
) -> tuple[dict[str, int], str]:
    remembered = options.memory.lookup(signature) if options.memory else None
    source = "auto"
    if remembered:
        # Matched by normalised header: 'Umsatz 2026' finds last year's 'Umsatz 2025'.
        found = {role: find_column(headers, header, loose=True) for role, header in remembered.items()}
        columns = {role: column for role, column in found.items() if column is not None}
        source = "remembered"
    else:
        columns, _score = score_row(sheet.row(header_index))
        columns = {role: c for role, c in columns.items() if c < len(headers)}
    for role, header in options.mapping.items():
        if role not in ROLES:
            raise ImportFailure("unknown_role", role=role, roles=list(ROLES))
        columns.pop(role, None)
        if header in (None, ""):
            continue
        column = find_column(headers, header, sheet.first_col)
        if column is None:
            raise ImportFailure("unknown_header", role=role, header=header, headers=headers)
        for other, c in list(columns.items()):
            if c == column:
                columns.pop(other)
        columns[role] = column
        source = "user"
    return columns, source


def find_column(headers: list[str], wanted: str, first_col: int = 0, *, loose: bool = False) -> int | None:
    """A header by its text (case and spacing ignored) or by its column letter;
    ``loose`` also by its normalised words ('Umsatz 2026' finds 'Umsatz 2025')."""
    for column, header in enumerate(headers):
        if header == wanted:
            return column
    folded = " ".join(wanted.split()).lower()
    for column, header in enumerate(headers):
        if " ".join(header.split()).lower() == folded:
            return column
    if loose:
        normal = normalise_header(wanted)
        matches = [c for c, header in enumerate(headers) if normal and normalise_header(header) == normal]
        if len(matches) == 1:
            return matches[0]
    if wanted.isalpha() and len(wanted) <= 3:
        for column in range(len(headers)):
            if layout.column_letter(first_col + column) == wanted.upper():
                return column
    return None


def _skip_rows(
    sheet: RawSheet,
    columns: dict[str, int],
    headers: list[str],
    texts: dict[str, pd.Series],
    start: int,
    stop: int,
    excel_rows: np.ndarray,
) -> tuple[list[RowIssue], np.ndarray]:
    size = stop - start
    blank = np.ones(size, dtype=bool)
    for column in sheet.columns:
        blank &= column.empty_mask(start, stop)
    labels = [texts[r] for r in ("customer_name", "account_manager") if r in texts]
    if 0 not in columns.values() and sheet.n_cols:
        labels.append(_text_series(sheet.columns[0], start, stop))
    ids = texts.get("customer_id")
    total = (
        layout.total_row_mask(labels, ids) & ~blank
        if labels or ids is not None
        else np.zeros(size, dtype=bool)
    )
    mapped = {
        c: (texts[r] if r in texts else _raw_texts(sheet.columns[c], start, stop)) for r, c in columns.items()
    }
    repeated = (
        layout.repeated_header_mask(mapped, headers) & ~blank & ~total
        if mapped
        else np.zeros(size, dtype=bool)
    )
    skipped: list[RowIssue] = []
    for code, mask in (("blank", blank), ("total_row", total), ("repeated_header", repeated)):
        for position in np.flatnonzero(mask):
            value = ""
            if code == "total_row":
                value = next(
                    (
                        str(t.iat[position])
                        for t in labels + ([ids] if ids is not None else [])
                        if t.iat[position]
                    ),
                    "",
                )
            skipped.append(RowIssue(int(excel_rows[position]), code, value=value))
    # Blank rows after the last filled row are the end of the sheet, not a finding.
    filled = np.flatnonzero(~blank)
    last_row = int(excel_rows[filled[-1]]) if len(filled) else -1
    skipped = [s for s in skipped if not (s.code == "blank" and s.row > last_row)]
    skipped.sort(key=lambda s: s.row)
    return skipped, ~(blank | total | repeated)


# --------------------------------------------------------------------------- values


def _raw_texts(column: RawColumn, start: int, stop: int) -> pd.Series:
    """The text cells of rows [start, stop), stripped, "" elsewhere."""
    size = stop - start
    if column.texts is None:
        return pd.Series([""] * size, dtype="str")
    part = strip_texts(column.texts.iloc[start:stop].reset_index(drop=True)).fillna("")
    if len(part) < size:
        part = pd.concat([part, pd.Series([""] * (size - len(part)), dtype="str")], ignore_index=True)
    return part


def _currency(sheet: RawSheet, columns: dict[str, int], headers: list[str], start: int, stop: int) -> str | None:
    """The currency the amount columns' headers name, else their text cells (the first
    few hundred: a list writes its amounts one way)."""
    amounts = [columns[role] for role in ("revenue", "wallet") if role in columns]
    cells = []
    for column in amounts:
        texts = _raw_texts(sheet.columns[column], start, min(stop, start + 500))
        cells += [text for text in texts.tolist() if isinstance(text, str) and text]
    return detect_currency([headers[column] for column in amounts], cells)


def _text_series(column: RawColumn, start: int, stop: int) -> pd.Series:
    """Cells as the text a user sees: ids keep their zeros, 10023.0 is '10023'."""
    result = _raw_texts(column, start, stop)
    numbers = column.numbers[start:stop]
    present = np.flatnonzero(~np.isnan(numbers))
    if len(present):
        result = result.astype(object)
        result.iloc[present] = float_texts(numbers[present])
        result = result.astype("str")
    return result


def _extra_series(column: RawColumn, start: int, stop: int, kept: np.ndarray) -> pd.Series:
    """Other columns as the file has them: numbers stay numbers, text stays text."""
    numbers = column.numbers[start:stop][kept]
    has_numbers = bool((~np.isnan(numbers)).any())
    if column.texts is None:
        return pd.Series(numbers)
    texts = column.texts.iloc[start:stop].iloc[kept].reset_index(drop=True)
    if not has_numbers:
        return texts
    if texts.isna().all():
        return pd.Series(numbers)
    mixed = texts.astype(object)
    where = ~np.isnan(numbers)
    mixed[where] = numbers[where]
    return mixed


@dataclass
class _ScaleInfo:
    scale: Scale | None
    source: str


def _detect_scale(
    options: ImportOptions, headers: list[str], columns: dict[str, int], table: pd.DataFrame, percent: bool
) -> _ScaleInfo:
    if options.satisfaction_scale and options.satisfaction_scale != "auto":
        return _ScaleInfo(scale_by_name(options.satisfaction_scale), "user")
    if "satisfaction" not in columns:
        return _ScaleInfo(None, "none")
    detected = detect_scale(
        headers[columns["satisfaction"]], table["satisfaction_input"].to_numpy(), all_percent=percent
    )
    return _ScaleInfo(detected.scale, detected.source)


def _duplicates(table: pd.DataFrame) -> dict[str, list[int]]:
    ids = table["customer_id"]
    filled = ids[ids != ""]
    repeated = filled[filled.duplicated(keep=False)]
    if repeated.empty:
        return {}
    rows = table.loc[repeated.index, "source_row"]
    grouped: dict[str, list[int]] = {}
    for customer_id, row in zip(repeated.tolist(), rows.tolist(), strict=False):
        grouped.setdefault(customer_id, []).append(int(row))
    return grouped


def load_customers(
    path: Path | str | WorkbookSource,
    options: ImportOptions | None = None,
    *,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportResult:
    """Read a file and import its customer table: the one call the CLI and the app share.

    Raises ``ReadError``, ``ReadCancelled`` or :class:`ImportFailure`.
    """
    options = options or ImportOptions()
    source = (
        path
        if isinstance(path, WorkbookSource)
        else start_reading(path, sheet=options.sheet, header_row=options.header_row)
    )
    try:
        return import_source(source, options, progress=progress, cancelled=cancelled)
    finally:
        source.close()
