"""A manager's workbook as it came back: its customers' values and its baseline.

Found by what it holds, not where: the customer sheet is any sheet whose header names a
customer id and an editable column (in English or German, as exported or as an older
export wrote it), so a renamed sheet, moved or added columns and sorted, filtered,
hidden, inserted or deleted rows do not matter.  The baseline sheet is the one whose
first cell is the baseline mark (renamed or not).  Values are read as the project stores
them: dates from date cells, Excel serials or text (``15.1.27``), a status from its word
in either language, a formula as its text (never evaluated).  A cell that cannot be
read is named (sheet, row, column) and left out; the row's other values still count.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from segmenter_app.core.importing.dates import DateRefused, parse_date
from segmenter_app.core.importing.scales import Scale
from segmenter_app.core.model.actions import parse_status
from segmenter_app.core.model.baseline import (
    BASELINE_COLUMNS,
    BASELINE_MARK,
    BASELINE_META,
    EDITABLE_KEYS,
)
from segmenter_app.core.projects.manager_copy import customer_key
from segmenter_app.core.reading.reader import detect_format, read_head
from segmenter_app.core.reading.xlsx_cells import Formula, SheetCells, read_cells
from segmenter_app.core.text import texts
from segmenter_app.core.text.export_columns import COLUMNS, OLD_HEADERS

#: Fields compared, as table columns.
EDITABLE_FIELDS: tuple[str, ...] = EDITABLE_KEYS
READ_ONLY_FIELDS: tuple[str, ...] = ("customer_name", "revenue", "wallet", "sow_input", "satisfaction_input")
#: A workbook column (export key) → the table column it corrects.
_READ_ONLY_COLUMN = {
    "customer_name": "customer_name",
    "revenue": "revenue",
    "wallet": "wallet",
    "share_of_wallet": "sow_input",
    "satisfaction": "satisfaction_input",
}
_HEADER_ROWS = 40


class Unusable(Exception):
    """A returned file that cannot be collected; ``code`` and ``params`` say why."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code, params)
        self.code = code
        self.params = params


@dataclass
class ReturnedFile:
    path: Path
    kind: str  #: "workbook" or "copy"
    project_id: str | None  #: None: unknown (no baseline)
    export_id: str
    exported_at: str
    managers: list[str]
    #: key → field → value as exported (None: no baseline sheet)
    baseline: dict[str, dict[str, Any]] | None
    #: key → field → value as returned
    theirs: dict[str, dict[str, Any]]
    #: key → where the row is ({"sheet": …, "row": …}) for messages
    places: dict[str, dict[str, Any]]
    notes: list[tuple[str, dict[str, Any]]] = field(default_factory=list)


def _normal(text: Any) -> str:
    value = str(text or "")
    value = re.sub(r"-\s*\n\s*", "", value)  # a header split with a hyphen: "Einkaufs-\nvolumen"
    return " ".join(value.split()).casefold()


def _header_keys() -> dict[str, str]:
    known: dict[str, str] = {}
    for key, title in COLUMNS:
        for language in texts.LANGUAGES:
            known[_normal(texts.tr(title, language, "export"))] = key
    for key, titles in OLD_HEADERS.items():
        for title in titles:
            for language in texts.LANGUAGES:
                known.setdefault(_normal(texts.tr(title, language, "export")), key)
    return known


def lock_file(path: Path) -> Path | None:
    """Excel's owner file beside a workbook it has open (``~$name.xlsx``; Word-style
    names drop the first two letters of long names), or None."""
    for name in (f"~${path.name}", f"~${path.name[2:]}"):
        candidate = path.with_name(name)
        if candidate.exists():
            return candidate
    return None


def is_returned_file(path: Path) -> bool:
    """A cheap look: an .xlsx with our baseline sheet, or a manager's copy (a project
    whose history holds a copy record).  Dropped on the window, these are collected."""
    import zipfile

    from segmenter_app.core.projects.project_files import is_project_file

    if is_project_file(path):
        try:
            from segmenter_app.core.projects.project import open_project

            return any(record.kind == "copy" for record in open_project(path).history)
        except Exception:  # noqa: BLE001 - a damaged file is opened (and reported) instead
            return False
    try:
        with zipfile.ZipFile(path) as archive:
            names = {name.lower(): name for name in archive.namelist()}
            workbook = names.get("xl/workbook.xml")
            info = archive.getinfo(workbook) if workbook else None
            if info is None or info.file_size > (1 << 20):
                return False
            return BASELINE_MARK.encode() in archive.read(info)
    except (OSError, zipfile.BadZipFile, KeyError, ValueError):
        return False


def read_workbook_file(path: Path, scale: Scale | None) -> ReturnedFile:
    """Read a returned workbook (ReadError when it cannot be read, :class:`Unusable`
    when it holds no customers of ours)."""
    notes: list[tuple[str, dict[str, Any]]] = []
    lock = lock_file(path)
    if lock is not None:
        notes.append(("open_in_excel", {"lock": lock.name}))
    kind = detect_format(path, read_head(path))
    if kind != "xlsx":
        raise Unusable("not_xlsx", kind=kind)
    workbook = read_cells(path)
    baseline_sheet = next((sheet for sheet in workbook.sheets if sheet.cell(0, 0) == BASELINE_MARK), None)
    meta, baseline = _baseline(baseline_sheet, scale) if baseline_sheet is not None else ({}, None)
    language = meta.get("language") or ""
    known = _header_keys()
    theirs: dict[str, dict[str, Any]] = {}
    places: dict[str, dict[str, Any]] = {}
    found = False
    for sheet in workbook.sheets:
        if sheet is baseline_sheet:
            continue
        header = _find_header(sheet.head(_HEADER_ROWS), known)
        if header is None:
            continue
        found = True
        header_row, columns, titles = header
        sheet_language = language or _language_of(titles)
        rows = sheet.rows(set(columns.values()))
        for row_index in sorted(r for r in rows if r > header_row):
            cells = rows[row_index]
            _read_row(
                sheet,
                row_index,
                cells,
                columns,
                titles,
                sheet_language,
                workbook.date1904,
                scale,
                theirs,
                places,
                notes,
            )
    if not found:
        raise Unusable("no_customer_sheet")
    managers = sorted({values.get("account_manager", "") for values in (baseline or {}).values()} - {""})
    if baseline is not None:
        for values in baseline.values():
            values.pop("account_manager", None)
    return ReturnedFile(
        path=path,
        kind="workbook",
        project_id=meta.get("project_id") if baseline is not None else None,
        export_id=meta.get("export_id", ""),
        exported_at=meta.get("exported_at", ""),
        managers=managers,
        baseline=baseline,
        theirs=theirs,
        places=places,
        notes=notes,
    )


def _baseline(sheet: SheetCells, scale: Scale | None) -> tuple[dict[str, str], dict[str, dict[str, Any]]]:
    rows = sheet.rows(set(range(len(BASELINE_COLUMNS))))
    meta = {}
    for offset, key in enumerate(BASELINE_META, start=1):
        cells = rows.get(offset, {})
        if cells.get(0) == key:
            meta[key] = str(cells.get(1, ""))
    header_row = next((r for r in sorted(rows) if rows[r].get(0) == "customer_id"), None)
    baseline: dict[str, dict[str, Any]] = {}
    if header_row is None:
        return meta, baseline
    for row_index in sorted(r for r in rows if r > header_row):
        cells = rows[row_index]
        try:
            values = json.loads(cells.get(2) or "{}")
        except ValueError:
            continue  # a row typed into the hidden sheet by hand: no baseline of ours
        if not isinstance(values, dict):
            continue
        key = customer_key(_id_text(cells.get(0)), values.get("customer_name"))
        record: dict[str, Any] = {"account_manager": str(cells.get(1) or "")}
        for name in EDITABLE_KEYS:
            value = values.get(name)
            record[name] = "" if value is None else str(value)
        for export_key, column in _READ_ONLY_COLUMN.items():
            value = values.get(export_key)
            if export_key == "customer_name":
                record[column] = "" if value is None else str(value)
            else:
                number = float(value) if isinstance(value, (int, float)) else None
                record[column] = to_table_units(column, number, scale)
        baseline[key] = record
    return meta, baseline


def _find_header(rows: dict[int, dict[int, Any]], known: dict[str, str]):
    for row_index in sorted(rows)[:_HEADER_ROWS]:
        columns: dict[str, int] = {}
        titles: dict[str, str] = {}
        for col, value in sorted(rows[row_index].items()):
            if not isinstance(value, str):
                continue
            key = known.get(_normal(value))
            if key is not None and key not in columns:
                columns[key] = col
                titles[key] = " ".join(value.split())
        # Notes alone are no returned list (the overview has them): an action column is.
        if "customer_id" in columns and any(key in columns for key in EDITABLE_KEYS if key != "notes"):
            return row_index, columns, titles
    return None


def _language_of(titles: dict[str, str]) -> str:
    german = {_normal(texts.tr(title, "de", "export")) for _key, title in COLUMNS}
    english = {_normal(title) for _key, title in COLUMNS}
    names = {_normal(title) for title in titles.values()}
    return "de" if len(names & german - english) >= len(names & english - german) else "en"


def _id_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _read_row(
    sheet: SheetCells,
    row_index: int,
    cells: dict[int, Any],
    columns: dict[str, int],
    titles: dict[str, str],
    language: str,
    date1904: bool,
    scale: Scale | None,
    theirs: dict[str, dict[str, Any]],
    places: dict[str, dict[str, Any]],
    notes: list[tuple[str, dict[str, Any]]],
) -> None:
    customer_id = _id_text(cells.get(columns["customer_id"]))
    name = cells.get(columns["customer_name"]) if "customer_name" in columns else None
    edited = {key: cells.get(columns[key]) for key in EDITABLE_KEYS if key in columns}
    if not customer_id and not any(value not in (None, "") for value in edited.values()):
        return  # the summary under the table, a blank row
    key = customer_key(customer_id, name)
    place = {"sheet": sheet.name, "row": row_index + 1, "customer_name": "" if name is None else str(name)}
    values: dict[str, Any] = {}
    for field_name, raw in edited.items():
        try:
            values[field_name] = _editable(field_name, raw, language, date1904)
        except (DateRefused, ValueError):
            notes.append(("refused_cell", {**place, "column": titles[field_name], "value": str(raw)}))
    for export_key, column in _READ_ONLY_COLUMN.items():
        if export_key not in columns:
            continue
        raw = cells.get(columns[export_key])
        try:
            values[column] = to_table_units(column, _read_only(export_key, raw), scale)
        except ValueError:
            notes.append(("refused_cell", {**place, "column": titles[export_key], "value": str(raw)}))
    if key in theirs:
        notes.append(("duplicate_row", {**place, "customer_id": customer_id}))
    theirs[key] = values
    places[key] = place


def _editable(field_name: str, raw: Any, language: str, date1904: bool) -> Any:
    if field_name in ("due", "last_contact"):
        if isinstance(raw, Formula):
            raise DateRefused(raw)  # a formula is never evaluated
        return parse_date(raw, language=language, epoch_1904=date1904)
    if field_name == "status":
        return parse_status(raw)
    if raw is None:
        return ""
    if isinstance(raw, float):
        return str(int(raw)) if raw.is_integer() else repr(raw)
    if isinstance(raw, bool):
        return "TRUE" if raw else "FALSE"
    return str(raw).replace("\r\n", "\n").strip()


def _read_only(export_key: str, raw: Any) -> Any:
    """A read-only cell in the project's units (ValueError: not a value)."""
    if export_key == "customer_name":
        return "" if raw is None else str(raw).strip()
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    if isinstance(raw, (Formula, bool)):
        raise ValueError(raw)
    number = float(raw) if not isinstance(raw, str) else float(raw.replace("€", "").replace("%", "").strip())
    if not math.isfinite(number):
        raise ValueError(raw)
    return number


def to_table_units(column: str, value: Any, scale: Scale | None) -> Any:
    """A compared read-only value as the table stores it: SoW as a fraction, the
    satisfaction on the list's own scale (the workbook shows 0–100 points)."""
    if value is None:
        return None
    if column == "sow_input":
        return value / 100.0 if value > 1 else value
    if column == "satisfaction_input":
        if scale is None:
            return None
        return scale.low + value / 100.0 * (scale.high - scale.low)
    return value
