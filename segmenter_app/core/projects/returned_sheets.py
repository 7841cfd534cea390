"""A manager's workbook as it came back: its customers' values and its baseline.

Read in the reader child process (``xlsx_cells.read_tables``, job ``tables``) with the
memory and time limits a list gets; this module reads what the child found as the
project stores it.  Found by what it holds, not where: the customer sheet is any sheet
whose header names a customer id and an action column (in English or German, as
exported or as an older export wrote it), so a renamed sheet, moved or added columns
and sorted, filtered, hidden, inserted or deleted rows do not matter.  The baseline
sheet is the one whose first cell is the baseline mark (renamed or not).  A workbook
without it is taken only when its header has the layout of our priority list (priority,
segment, id, customer, next step, due, status); a customer list is refused.  Values are
read as the project stores them: dates from date cells, Excel serials or text
(``15.1.27``; ``03/04/2027`` is refused: day or month?), a status from its word in
either language, a formula as its text (never evaluated), a text exported cut to fit a
cell as the whole text when it comes back unchanged.  A cell that cannot be read is
named (sheet, row, column) and left out; the row's other values still count.
"""

from __future__ import annotations

import functools
import json
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from segmenter_app.core.errors import ReadError
from segmenter_app.core.fileio import is_regular_file, open_regular
from segmenter_app.core.importing.dates import DateRefused, parse_date
from segmenter_app.core.importing.scales import Scale
from segmenter_app.core.model.actions import parse_status
from segmenter_app.core.model.baseline import (
    BASELINE_MARK,
    BASELINE_META,
    EDITABLE_KEYS,
)
from segmenter_app.core.model.collation import sorted_names
from segmenter_app.core.projects.manager_copy import customer_key
from segmenter_app.core.reading.reader import detect_format, read_head
from segmenter_app.core.reading.sandbox import read_batch
from segmenter_app.core.reading.xlsx_cells import Formula, Table, WorkbookTables, header_text
from segmenter_app.core.text import texts
from segmenter_app.core.text.export_columns import CELL_UNITS, COLUMNS, OLD_HEADERS, cell_text

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
#: A returned workbook of 200,000 customers reads about 3 million cells: far above that
#: is no workbook of ours (and this process would hold it).
MAX_RETURNED_CELLS = 10_000_000


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
    #: customers whose baseline row cannot be read: compared without a baseline
    unreadable_baseline: set[str] = field(default_factory=set)
    #: (key, field) of texts exported cut to fit a cell and edited there: a conflict
    cut_edits: set[tuple[str, str]] = field(default_factory=set)


@functools.lru_cache(maxsize=1)
def _header_keys() -> dict[str, str]:
    known: dict[str, str] = {}
    for key, title in COLUMNS:
        for language in texts.LANGUAGES:
            known[header_text(texts.tr(title, language, "export"))] = key
    for key, titles in OLD_HEADERS.items():
        for title in titles:
            for language in texts.LANGUAGES:
                known.setdefault(header_text(texts.tr(title, language, "export")), key)
    return known


def _spec() -> dict[str, Any]:
    """What the reader child looks for (``xlsx_cells.TableSpec``), as JSON."""
    return {
        "words": _header_keys(),
        "required": "customer_id",
        # Notes alone are no returned list (the overview has them): an action column is.
        "any_of": [key for key in EDITABLE_KEYS if key != "notes"],
        "mark": BASELINE_MARK,
        "header_rows": _HEADER_ROWS,
    }


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

    if not is_regular_file(path):
        return False  # a pipe named x.xlsx would block the window's thread for ever
    if is_project_file(path):
        try:
            from segmenter_app.core.projects.project import open_project

            return any(record.kind == "copy" for record in open_project(path).history)
        except Exception:  # noqa: BLE001 - a damaged file is opened (and reported) instead
            return False
    try:
        with open_regular(path) as handle, zipfile.ZipFile(handle) as archive:
            names = {name.lower(): name for name in archive.namelist()}
            workbook = names.get("xl/workbook.xml")
            info = archive.getinfo(workbook) if workbook else None
            if info is None or info.file_size > (1 << 20):
                return False
            return BASELINE_MARK.encode() in archive.read(info)
    except (OSError, zipfile.BadZipFile, KeyError, ValueError, EOFError, NotImplementedError):
        return False


def read_workbook_files(
    paths: list[Path],
    scale: Scale | None,
    *,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[ReturnedFile | Unusable]:
    """Returned workbooks, each read in a reader child process under the limits a list
    gets (memory, time): per file its :class:`ReturnedFile`, or :class:`Unusable` when
    it cannot be collected (unreadable, not an .xlsx, no customers of ours).  One bad
    file is that file's answer; the others are read."""
    results: list[ReturnedFile | Unusable | None] = [None] * len(paths)
    wanted: list[int] = []
    for index, path in enumerate(paths):
        try:
            kind = detect_format(path, read_head(path))
        except ReadError as error:
            results[index] = Unusable("unreadable", error=error)
            continue
        if kind != "xlsx":
            results[index] = Unusable("not_xlsx", kind=kind)
        else:
            wanted.append(index)

    def interpret(number: int, answer: WorkbookTables | ReadError) -> ReturnedFile | Unusable:
        # Here, as each file's answer comes in, while the children read the next ones.
        if isinstance(answer, ReadError):
            return Unusable("unreadable", error=answer)
        try:
            return returned_file(paths[wanted[number]], answer, scale)
        except Unusable as refusal:
            return refusal
        except Exception as error:  # noqa: BLE001 - one odd file is refused, not the whole run
            return Unusable("unplannable", reason=type(error).__name__)

    read = read_batch(
        [paths[index] for index in wanted],
        {"job": "tables", "spec": _spec(), "max_cells": MAX_RETURNED_CELLS},
        progress=progress,
        cancelled=cancelled,
        each=interpret,
    )
    for index, result in zip(wanted, read):
        results[index] = result
    return results  # type: ignore[return-value]


def returned_file(path: Path, found: WorkbookTables, scale: Scale | None) -> ReturnedFile:
    """What the reader child found in a workbook, read as the project stores it."""
    notes: list[tuple[str, dict[str, Any]]] = []
    lock = lock_file(path)
    if lock is not None:
        notes.append(("open_in_excel", {"lock": lock.name}))
    meta: dict[str, str] = {}
    baseline: dict[str, dict[str, Any]] | None = None
    unreadable: set[str] = set()
    if found.marked is not None:
        meta, baseline, unreadable = _baseline(found.marked_sheet or "", found.marked, scale, notes)
    tables = found.tables
    if baseline is None:
        # Without our baseline, only a priority list we exported is taken (and then
        # carefully: see collect.py); a customer list with a note or a last-contact
        # column is no returned workbook.
        tables = [table for table in found.tables if is_priority_list(table.keys)]
        if found.tables and not tables:
            raise Unusable("customer_list")
    if not tables:
        raise Unusable("no_customer_sheet")
    language = meta.get("language") or ""
    theirs: dict[str, dict[str, Any]] = {}
    places: dict[str, dict[str, Any]] = {}
    cut_edits: set[tuple[str, str]] = set()
    for table in tables:
        sheet_language = language or _language_of(table.titles)
        fields = (
            [(key, table.columns[key]) for key in EDITABLE_KEYS if key in table.columns],
            [(key, table.columns[key]) for key in _READ_ONLY_COLUMN if key in table.columns],
        )
        for row_index in sorted(table.rows):
            _read_row(
                table,
                row_index,
                sheet_language,
                found.date1904,
                scale,
                baseline,
                theirs,
                places,
                notes,
                cut_edits,
                fields,
            )
    managers = sorted_names({values.get("account_manager", "") for values in (baseline or {}).values()})
    managers = [name for name in managers if name]
    if baseline is not None:
        for values in baseline.values():
            values.pop("account_manager", None)
    return ReturnedFile(
        path=path,
        kind="workbook",
        # A baseline sheet without its project id is no baseline of this project.
        project_id=meta.get("project_id", "") if baseline is not None else None,
        export_id=meta.get("export_id", ""),
        exported_at=meta.get("exported_at", ""),
        managers=managers,
        baseline=baseline,
        theirs=theirs,
        places=places,
        notes=notes,
        unreadable_baseline=unreadable,
        cut_edits=cut_edits,
    )


#: The columns that make a sheet one of our priority lists (with or without its
#: baseline sheet): a customer list has none of priority, segment, next step, due, status.
PRIORITY_LIST_KEYS = frozenset(
    {"priority", "segment", "customer_id", "customer_name", "next_step", "due", "status"}
)


def is_priority_list(keys: list[str]) -> bool:
    """Does a header row (its known keys) have the layout of our exported priority list?"""
    return set(keys) >= PRIORITY_LIST_KEYS


def _baseline(
    sheet: str,
    rows: dict[int, dict[int, Any]],
    scale: Scale | None,
    notes: list[tuple[str, dict[str, Any]]],
) -> tuple[dict[str, str], dict[str, dict[str, Any]], set[str]]:
    """The meta values, the values as exported per customer key, and the keys (ids) of
    rows whose baseline cannot be read (a row edited by hand): those customers are
    compared as if there were no baseline (collect.py), never as unchanged."""
    meta = {}
    for offset, key in enumerate(BASELINE_META, start=1):
        cells = rows.get(offset, {})
        if cells.get(0) == key and isinstance(cells.get(1), str):
            meta[key] = cells[1]
    header_row = next((r for r in sorted(rows) if rows[r].get(0) == "customer_id"), None)
    baseline: dict[str, dict[str, Any]] = {}
    unreadable: set[str] = set()
    if header_row is None:
        return meta, baseline, unreadable
    for row_index in sorted(r for r in rows if r > header_row):
        cells = rows[row_index]
        record = _baseline_record(cells, scale)
        if record is None:
            if any(value not in (None, "") for value in cells.values()):
                key = customer_key(_id_text(cells.get(0)), None)
                unreadable.add(key)
                notes.append(("baseline_row", {"sheet": sheet, "row": row_index + 1, "customer_id": key}))
            continue
        key, values = record
        baseline[key] = values
    return meta, baseline, unreadable


def _baseline_record(cells: dict[int, Any], scale: Scale | None) -> tuple[str, dict[str, Any]] | None:
    """One customer's row of the baseline sheet, or None when it cannot be read: its JSON
    object is joined from the cells from the third on (pieces of a long object).  (A
    collect of 200 workbooks reads 100,000 of these: no call it can do without.)"""
    text = cells.get(2)
    if type(text) is not str:
        return None
    if 3 in cells:
        pieces, col = [], 2
        while type(cells.get(col)) is str:
            pieces.append(cells[col])
            col += 1
        text = "".join(pieces)
    try:
        values = json.loads(text)
    except (ValueError, RecursionError):
        return None
    if type(values) is not dict:
        return None
    get = values.get
    customer_id = get("customer_id")
    if customer_id is None:
        customer_id = _id_text(cells.get(0))
    manager = get("account_manager")
    if manager is None:
        manager = cells.get(1) or ""
    name = get("customer_name")
    if (
        type(customer_id) is not str
        or type(manager) is not str
        or (name is not None and type(name) is not str)
    ):
        return None
    record: dict[str, Any] = {"account_manager": manager, "customer_name": name or ""}
    for field_name in EDITABLE_KEYS:
        value = get(field_name)
        if value is None:
            value = ""
        elif type(value) is not str:
            return None
        record[field_name] = value
    record["revenue"] = _number(get("revenue"))
    record["wallet"] = _number(get("wallet"))
    record["sow_input"] = to_table_units("sow_input", _number(get("share_of_wallet")), scale)
    record["satisfaction_input"] = to_table_units("satisfaction_input", _number(get("satisfaction")), scale)
    return customer_key(customer_id, name), record


def _number(value: Any) -> float | None:
    """A number of the baseline's JSON, or None (nothing, or not a finite number)."""
    kind = type(value)
    if kind is float or kind is int:
        number = float(value)
        return number if number - number == 0 else None  # NaN and ±inf are not
    return None


def _language_of(titles: dict[str, str]) -> str:
    german = {header_text(texts.tr(title, "de", "export")) for _key, title in COLUMNS}
    english = {header_text(title) for _key, title in COLUMNS}
    names = {header_text(title) for title in titles.values()}
    return "de" if len(names & german - english) >= len(names & english - german) else "en"


def _id_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _read_row(
    table: Table,
    row_index: int,
    language: str,
    date1904: bool,
    scale: Scale | None,
    baseline: dict[str, dict[str, Any]] | None,
    theirs: dict[str, dict[str, Any]],
    places: dict[str, dict[str, Any]],
    notes: list[tuple[str, dict[str, Any]]],
    cut_edits: set[tuple[str, str]],
    fields: tuple[list[tuple[str, int]], list[tuple[str, int]]],
) -> None:
    """One customer's row: its values as the project stores them.  ``fields``: the
    table's (key, column) of the editable and of the read-only columns."""
    cells, columns, titles = table.rows[row_index], table.columns, table.titles
    customer_id = _id_text(cells.get(columns["customer_id"]))
    name = cells.get(columns["customer_name"]) if "customer_name" in columns else None
    edited = [(key, cells.get(col)) for key, col in fields[0]]
    if not customer_id and not any(value not in (None, "") for _key, value in edited):
        return  # the summary under the table, a blank row
    key = customer_key(customer_id, name)
    place = {"sheet": table.sheet, "row": row_index + 1, "customer_name": "" if name is None else str(name)}
    base = (baseline or {}).get(key, {})
    values: dict[str, Any] = {}
    for field_name, raw in edited:
        if raw is None and field_name != "status":
            values[field_name] = ""  # (an empty cell: most of them)
            continue
        try:
            values[field_name] = _editable(field_name, raw, language, date1904)
        except (DateRefused, ValueError):
            notes.append(("refused_cell", {**place, "column": titles[field_name], "value": str(raw)}))
    for export_key, col in fields[1]:
        raw = cells.get(col)
        column = _READ_ONLY_COLUMN[export_key]
        if type(raw) is float and column in ("revenue", "wallet"):
            values[column] = raw if raw - raw == 0 else None  # (a number cell: most of them)
            continue
        try:
            values[column] = to_table_units(column, _read_only(export_key, raw), scale)
        except ValueError:
            notes.append(("refused_cell", {**place, "column": titles[export_key], "value": str(raw)}))
    for column in _CUT_FIELDS:
        # A text longer than a cell was exported cut, with a mark: coming back as it was
        # sent, it is the whole text, unchanged; edited, taking it would drop the rest
        # of the text, so it is a conflict whatever else changed.
        exported = base.get(column)
        if not exported or len(exported) <= CELL_UNITS // 2 or values.get(column, exported) == exported:
            continue
        shown = cell_text(exported, language)
        if shown == exported:
            continue
        if values[column] == shown.strip():
            values[column] = exported
        else:
            cut_edits.add((key, column))
    if key in theirs:
        notes.append(("duplicate_row", {**place, "customer_id": customer_id}))
    theirs[key] = values
    places[key] = place


#: Text fields a workbook cell may hold cut (``export_columns.cell_text``).
_CUT_FIELDS = ("notes", "next_step", "customer_name")
#: A date written with slashes: day and month cannot be told apart when both are ≤ 12.
_SLASHED = re.compile(r"^\s*(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{2}|\d{4})\s*$")


def _editable(field_name: str, raw: Any, language: str, date1904: bool) -> Any:
    if field_name in ("due", "last_contact"):
        if isinstance(raw, Formula):
            raise DateRefused(raw)  # a formula is never evaluated
        if isinstance(raw, str):
            slashed = _SLASHED.match(raw)
            # 03/04/2027: 3 April in Britain and Germany, 4 March in the US; a manager's
            # laptop may be set to either.  Refused and named, never guessed.
            if slashed and int(slashed[1]) <= 12 and int(slashed[2]) <= 12 and slashed[1] != slashed[2]:
                raise DateRefused(raw)
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
