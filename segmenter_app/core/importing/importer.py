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
from pathlib import Path

import numpy as np
import pandas as pd

from segmenter_app.core import columns as registry
from segmenter_app.core.errors import ImportFailure
from segmenter_app.core.headers.roles import header_signature, normalise_header
from segmenter_app.core.headers.search import score_row
from segmenter_app.core.headers.sheet_set import choose_layout_and_sheets
from segmenter_app.core.headers.units import AMOUNT_UNITS
from segmenter_app.core.importing import rows as layout
from segmenter_app.core.importing.cells import (
    duplicate_issues,
    extra_series,
    raw_texts,
    text_series,
)
from segmenter_app.core.importing.column_meta import detect_list_scale, list_currency
from segmenter_app.core.importing.dates import date_series
from segmenter_app.core.importing.lines import combine_lines
from segmenter_app.core.importing.report import (
    SETTING_PREFIX,
    ImportOptions,
    ImportReport,
    ImportResult,
    RowIssue,
)
from segmenter_app.core.importing.stacking import StackedSheets, stack_sheets
from segmenter_app.core.importing.values import NumericReader
from segmenter_app.core.reading.rawdata import RawColumn, RawSheet, RawWorkbook, empty_texts
from segmenter_app.core.reading.reader import FastRead, WorkbookSource, start_reading

#: The columns every customer table has, in this order: the file's row, then the roles
#: of the registry (``core/columns.py``), each in its document column; a date role is
#: a column only where the list has it.
TABLE_COLUMNS: tuple[str, ...] = (
    "source_row",
    *(role.table_column for role in registry.roles() if role.kind != "date"),
)
#: The roles whose cells are text as a user sees it.
TEXT_ROLES: tuple[str, ...] = tuple(role.key for role in registry.of_kind("text"))
EXTRA_PREFIX = "x:"

#: Header words that make a list German (its numbers then default to "1.234,5"): the
#: German words of the registry's roles, and a few other German column names.
_GERMAN_HINTS = frozenset(
    {word for role in registry.roles() for phrase in role.words.get("de", ()) for word in phrase.split()}
    - {word for role in registry.roles() for phrase in role.words.get("en", ()) for word in phrase.split()}
    | {"kunden", "branche"}
)


def import_workbook(
    workbook: RawWorkbook,
    options: ImportOptions | None = None,
    progress: Callable[[float], None] | None = None,
) -> ImportResult:
    """Find the customer table in a whole workbook and read it."""
    options = options or ImportOptions()
    primary, header_index, confident, chosen = choose_layout_and_sheets(
        workbook.sheets, options.sheet, options.header_row, options.sheets
    )
    members = [(workbook.sheet(member.name), member.index) for member in chosen.members]
    return _import_members(
        workbook, primary, header_index, members, chosen.skipped, confident, options, progress
    )


def _import_members(
    workbook: RawWorkbook,
    primary: RawSheet,
    header_index: int,
    members: list[tuple[RawSheet, int]],
    skipped_sheets: list[tuple[str, str]],
    confident: bool,
    options: ImportOptions,
    progress: Callable[[float], None] | None,
) -> ImportResult:
    """One sheet read as it is, or several stacked on the primary's header."""
    if len(members) <= 1:
        result = _import_sheet(workbook, primary, header_index, confident, options, progress)
        result.report.combined_sheets = [primary.name]
        result.report.sheet_rows = {primary.name: result.report.rows_read}
    else:
        stacked = stack_sheets(members, primary.name)
        result = _import_sheet(workbook, stacked.sheet, 0, confident, options, progress, stacked)
        result.report.combined_sheets = [sheet.name for sheet, _index in members]
        result.report.sheet_differences = [[name, lacks, own] for name, lacks, own in stacked.differences]
    # A sheet left out because the user chose others is no finding.
    result.report.skipped_sheets = [[name, why] for name, why in skipped_sheets if why != "not_chosen"]
    return result


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
        # A sheet that fits in the preview was not loaded again: the preview is all of it.
        loads = {name: (index, truncated, loaded) for name, index, truncated, loaded in outcome.others}
        loads[outcome.sheet] = (outcome.header_index, outcome.truncated, outcome.loaded)
        members = []
        for preview_sheet in outcome.preview.sheets:
            if preview_sheet.name in loads:
                index, truncated, loaded = loads[preview_sheet.name]
                members.append((_join(preview_sheet, index, loaded) if truncated else preview_sheet, index))
        primary = next(sheet for sheet, _index in members if sheet.name == outcome.sheet)
        return _import_members(
            outcome.preview,
            primary,
            outcome.header_index,
            members,
            outcome.skipped_sheets,
            outcome.confident,
            options,
            stage(0.7, 1.0),
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
    stacked: StackedSheets | None = None,
) -> ImportResult:
    headers = layout.header_texts(sheet, header_index)
    signature = header_signature(headers)
    columns, source, remembered = _resolve_mapping(sheet, header_index, headers, signature, options)
    # Choices remembered for these headers hold where the call asks nothing else.
    kzi_best = options.kzi_best if options.kzi_best != "auto" else remembered.get("kzi_best", "auto")
    lines = options.lines if options.lines != "auto" else remembered.get("lines", "sum")
    units = {**_remembered_units(remembered), **options.units}
    start, stop = header_index + 1, sheet.n_rows
    excel_rows = np.arange(start, stop, dtype=np.int64) + sheet.first_row + 1
    row_sheets = None
    sheet_names_as = ""
    if stacked is not None:
        excel_rows, row_sheets = stacked.row_numbers[start:stop], stacked.row_sheets[start:stop]
        sheet_names_as = _sheet_names_role(columns, headers, options)

    texts = {
        role: text_series(sheet.columns[c], start, stop) for role, c in columns.items() if role in TEXT_ROLES
    }
    skipped, keep = _skip_rows(sheet, columns, headers, texts, start, stop, excel_rows, row_sheets)
    kept = np.flatnonzero(keep)
    if progress:
        progress(0.4)

    problems: list[RowIssue] = []
    table = pd.DataFrame({"source_row": excel_rows[kept]})
    for role in TEXT_ROLES:
        values = texts[role].iloc[kept].reset_index(drop=True) if role in texts else empty_texts(len(kept))
        table[role] = values
    german_headers = any(set(normalise_header(h).split()) & _GERMAN_HINTS for h in headers)
    numeric = NumericReader(
        sheet, columns, headers, start, stop, kept, excel_rows, problems, row_sheets, units
    )
    numeric.read(german_headers)
    for role, values in numeric.values.items():
        table[registry.entry(role).table_column] = values
    table = table[list(TABLE_COLUMNS)]
    for role in registry.of_kind("date"):
        if role.key in columns:
            table[role.table_column] = date_series(
                sheet.columns[columns[role.key]],
                start,
                stop,
                kept,
                excel_rows,
                headers[columns[role.key]],
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
            {EXTRA_PREFIX + headers[c]: extra_series(sheet.columns[c], start, stop, kept) for c in extras}
        )
        table = pd.concat([table, others], axis=1)
    if progress:
        progress(0.8)

    customer_sheets = None if row_sheets is None else row_sheets[kept]
    lines_summed = None
    repeated = None
    if lines == "sum" and "customer_id" in columns:
        role_headers = {role: headers[c] for role, c in columns.items()}
        combined = combine_lines(table, problems, role_headers)
        repeated = combined.repeated
        if combined.customers < combined.rows:
            table = combined.table
            lines_summed = [combined.rows, combined.customers]
            customer_sheets = None if customer_sheets is None else customer_sheets[combined.kept]
    scale_info = detect_list_scale(
        options, headers, columns, table, numeric.percent_satisfaction, numeric.rating_scale, kzi_best
    )
    problems += _outside_scale_issues(table, scale_info.scale, headers, columns, customer_sheets)
    duplicates, repeated_ids = duplicate_issues(
        table,
        headers[columns["customer_id"]] if "customer_id" in columns else "",
        customer_sheets,
        repeated,
    )
    problems += repeated_ids
    # In file order: by the customer's place in the table (sheet by sheet), then the row.
    problems.sort(key=lambda issue: (issue.index if issue.index is not None else -1, issue.row, issue.code))
    missing = [_missing_name(role, columns) for role in _REQUIRED_ANY if not _role_available(role, columns)]
    report = ImportReport(
        path=workbook.path,
        format=workbook.format,
        sheet=sheet.name,
        sheets=[s.name for s in workbook.sheets],
        header_row=int(stacked.row_numbers[0]) if stacked is not None else sheet.excel_row(header_index),
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
        currency=list_currency(sheet, columns, headers, start, stop),
        direction_source=scale_info.direction.source,
        direction_words=scale_info.direction.words,
        direction_conflict=(
            (scale_info.direction.conflict, dict(scale_info.direction.conflict_params))
            if scale_info.direction.conflict
            else None
        ),
        cell_units=dict(numeric.cell_units),
        sheet_names_as=sheet_names_as,
        scale_reason=[scale_info.reason, dict(scale_info.reason_params)] if scale_info.reason else None,
        direction_unclear=scale_info.direction.unclear,
        kzi_best=kzi_best,
        lines=lines,
        lines_summed=lines_summed,
        units={role: factor for role, factor in units.items() if role in columns},
    )
    if progress:
        progress(1.0)
    return ImportResult(table.reset_index(drop=True), report)


def _remembered_units(settings: dict[str, str]) -> dict[str, float]:
    """The amount units remembered for these headers ({"unit_wallet": "1000"})."""
    units = {}
    for key, value in settings.items():
        if key.startswith("unit_"):
            try:
                factor = float(value)
            except ValueError:
                continue
            if factor in AMOUNT_UNITS:
                units[key[len("unit_") :]] = factor
    return units


def _outside_scale_issues(
    table: pd.DataFrame, scale, headers: list[str], columns: dict[str, int], row_sheets: np.ndarray | None
) -> list[RowIssue]:
    """A satisfaction value outside the list's scale (138 on 0–100): kept, but the
    customer gets no segment — named by row and column, as a refused cell is."""
    if scale is None or "satisfaction_input" not in table or "satisfaction" not in columns:
        return []
    values = table["satisfaction_input"].to_numpy(dtype=np.float64)
    outside = np.flatnonzero(scale.outside(values))
    rows = table["source_row"].to_numpy()
    header = headers[columns["satisfaction"]]
    return [
        RowIssue(
            int(rows[index]),
            "outside_scale",
            int(index),
            "satisfaction",
            header,
            format(float(values[index]), "g"),
            None if row_sheets is None else str(row_sheets[index]),
        )
        for index in outside
    ]


def _sheet_names_role(columns: dict[str, int], headers: list[str], options: ImportOptions) -> str:
    """Sheets without a manager column are the managers' sheets: their names become the
    account manager (unless the user took the role away); else they stay a column."""
    sheet_column = len(headers) - 1
    if "account_manager" not in columns and "account_manager" not in options.mapping:
        columns["account_manager"] = sheet_column
        return "account_manager"
    return "account_manager" if columns.get("account_manager") == sheet_column else "column"


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


def _resolve_mapping(
    sheet: RawSheet, header_index: int, headers: list[str], signature: str, options: ImportOptions
) -> tuple[dict[str, int], str, dict[str, str]]:
    """The columns of the roles, where they came from ("auto", "remembered", "user"),
    and the choices remembered with them ({"kzi_best": "low"})."""
    remembered = options.memory.lookup(signature) if options.memory else None
    source = "auto"
    settings = {
        key[len(SETTING_PREFIX) :]: value
        for key, value in (remembered or {}).items()
        if key.startswith(SETTING_PREFIX)
    }
    remembered = {role: header for role, header in (remembered or {}).items() if role in registry.role_keys()}
    if remembered:
        # Matched by normalised header: 'Umsatz 2026' finds last year's 'Umsatz 2025'.
        found = {role: find_column(headers, header, loose=True) for role, header in remembered.items()}
        columns = {role: column for role, column in found.items() if column is not None}
        source = "remembered"
    else:
        columns, _score = score_row(sheet.row(header_index))
        columns = {role: c for role, c in columns.items() if c < len(headers)}
    for role, header in options.mapping.items():
        if role not in registry.role_keys():
            raise ImportFailure("unknown_role", role=role, roles=list(registry.role_keys()))
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
    return columns, source, settings


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
    row_sheets: np.ndarray | None = None,
) -> tuple[list[RowIssue], np.ndarray]:
    size = stop - start
    blank = np.ones(size, dtype=bool)
    for column in sheet.columns:
        blank &= column.empty_mask(start, stop)
    labels = [texts[r] for r in ("customer_name", "account_manager") if r in texts]
    if 0 not in columns.values() and sheet.n_cols:
        labels.append(text_series(sheet.columns[0], start, stop))
    ids = texts.get("customer_id")
    total = (
        layout.total_row_mask(labels, ids) & ~blank
        if labels or ids is not None
        else np.zeros(size, dtype=bool)
    )
    mapped = {
        c: (texts[r] if r in texts else raw_texts(sheet.columns[c], start, stop)) for r, c in columns.items()
    }
    repeated = (
        layout.repeated_header_mask(mapped, headers) & ~blank & ~total
        if mapped
        else np.zeros(size, dtype=bool)
    )
    found: list[tuple[int, RowIssue]] = []
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
            sheet_name = None if row_sheets is None else str(row_sheets[position])
            issue = RowIssue(int(excel_rows[position]), code, value=value, sheet=sheet_name)
            found.append((int(position), issue))
    # Blank rows after the last filled row are the end of the sheet, not a finding
    # (stacked sheets were cut at their last filled row already).
    filled = np.flatnonzero(~blank)
    last = int(filled[-1]) if len(filled) else -1
    found = [(p, s) for p, s in found if not (s.code == "blank" and p > last)]
    found.sort(key=lambda item: item[0])
    return [issue for _position, issue in found], ~(blank | total | repeated)


# --------------------------------------------------------------------------- values


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
        else start_reading(path, sheet=options.sheet, header_row=options.header_row, sheets=options.sheets)
    )
    try:
        return import_source(source, options, progress=progress, cancelled=cancelled)
    finally:
        source.close()
