"""The classified customer list as a table, and writing it safely (``classify -o``)."""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np
import pandas as pd

from segmenter_app.core import columns as registry
from segmenter_app.core.errors import WriteError
from segmenter_app.core.fileio import write_atomically
from segmenter_app.core.importing.importer import ImportReport
from segmenter_app.core.model.plan import SERVICE_NAMES, VisitPlan
from segmenter_app.core.model.segmentation import SEGMENTS, TRIAGE_NAMES, Prepared, Segmentation
from segmenter_app.core.model.wallet import SOURCE_NAMES, effective_wallets
from segmenter_app.core.outputs.csv_cells import write_csv_to
from segmenter_app.core.text import texts

#: The columns ``segmenter classify`` writes, in this order (PRODUCT.md §5): the
#: registry's places in the "classify" output (``core/columns.py``).
CLASSIFY_COLUMNS: tuple[str, ...] = registry.output_names("classify")
OUTPUT_FORMATS = (".csv", ".xlsx", ".json")


def row_problems(
    table: pd.DataFrame, report: ImportReport, prepared: Prepared, language: str = "en"
) -> pd.Categorical:
    """Per customer: what was refused on import and why it is unclassified, as text
    ("" for none).  Each different text is one category (a million rows without a
    problem make no million Python strings)."""
    by_index = report.problems_by_index()
    scale_label = texts.scale_label(report.scale, language)
    codes = np.zeros(len(table), dtype=np.int64)
    problems = {"": 0}
    flagged = np.flatnonzero(prepared.flags)
    for index in set(by_index) | set(flagged.tolist()):
        issues, flags = by_index.get(index, ()), int(prepared.flags[index])
        parts = texts.customer_problems(issues, flags, language, scale_label)
        codes[index] = problems.setdefault("; ".join(parts), len(problems))
    return _named(codes, list(problems))


def classified_frame(
    table: pd.DataFrame,
    report: ImportReport,
    prepared: Prepared,
    result: Segmentation,
    language: str = "en",
    plan: VisitPlan | None = None,
) -> pd.DataFrame:
    """One row per customer row of the input with :data:`CLASSIFY_COLUMNS` (the plan's
    columns empty when no ``plan`` is given)."""
    size = len(table)
    if plan is not None:
        plan_columns = {
            "effort": plan.effort,
            # PRODUCT.md §6: an unclassified customer gets 0 visits (not "unknown").
            "visits_planned": np.where(prepared.classified, plan.planned, 0),
            "overflow": _named(plan.overflow.astype(np.int64), ["", "yes"]),
            "service": _named(plan.service.astype(np.int64), [SERVICE_NAMES[code] for code in range(3)]),
        }
        worth = plan.worth
    else:
        plan_columns = {
            "effort": np.full(size, np.nan),
            "visits_planned": np.full(size, np.nan),
            "overflow": _named(np.zeros(size, dtype=np.int64), [""]),
            "service": _named(np.zeros(size, dtype=np.int64), [""]),
        }
        worth = result.worth if result.worth is not None else np.full(size, np.nan)
    priority = pd.array(np.where(result.priority > 0, result.priority, 0), dtype="Int64")
    priority[result.priority <= 0] = pd.NA
    wallets = prepared.wallets if prepared.wallets is not None else effective_wallets(table, None)
    computed = {
        # The wallet measured with: given, derived (revenue ÷ SoW) or estimated.
        "wallet": wallets.wallet,
        # Rounded so that 0.35 reads 0.35, not 0.35000000000000003.
        "share_of_wallet": np.round(prepared.sow, 6),
        "satisfaction": np.round(prepared.kzi, 4),
        "segment": _named(result.segment.astype(np.int64) + 1, ["", *SEGMENTS]),
        "move_triage": _named(result.triage.astype(np.int64) + 1, ["", TRIAGE_NAMES[0], TRIAGE_NAMES[1]]),
        "potential": np.round(prepared.potential, 2),
        "priority": priority,
        "problems": row_problems(table, report, prepared, language),
        "wallet_source": _named(wallets.source.astype(np.int64), list(SOURCE_NAMES)),
        **plan_columns,
        # Weight × value at stake (PRODUCT.md §6): what the priorities and the plan follow.
        "worth": np.round(worth, 2),
    }
    # Every other column as the document holds it: the list's values, the manager's
    # note and actions (dates as ISO text); empty where the list has none.  Text columns
    # are handed on as they are (Arrow strings stay Arrow strings: no copy per cell).
    frame = {}
    for column, place in registry.places("classify"):
        name = place.name or column.key
        if name in computed:
            frame[name] = computed[name]
        elif column.table_column in table:
            values = table[column.table_column]
            if column.numeric:
                frame[name] = values.to_numpy(dtype=None)
            elif _all_empty(values):
                # The actions of a list just read: no text per cell to hand to the writer.
                frame[name] = _named(np.zeros(size, np.int64), [""])
            else:
                frame[name] = values.reset_index(drop=True)
        else:
            frame[name] = np.full(size, np.nan) if column.numeric else _named(np.zeros(size, np.int64), [""])
    # copy=False: the columns are made for this frame; pandas would copy (and stack) them.
    return pd.DataFrame(frame, copy=False)


def _all_empty(values: pd.Series) -> bool:
    """True for a column of Python objects that are all "" (a few ms a million)."""
    if values.dtype != object or not len(values):
        return False
    cells = values.to_numpy()
    return cells[0] == "" and bool((cells == "").all())


def _named(codes: np.ndarray, names: list[str]) -> pd.Categorical:
    """A column of a few fixed words, by their codes (no Python string per cell)."""
    return pd.Categorical.from_codes(codes, categories=pd.Index(names, dtype=object))


def write_table(frame: pd.DataFrame, path: Path, sheet: str = "customers") -> None:
    """Write ``frame`` as .csv (UTF-8, comma, '.' decimals), .xlsx (on ``sheet``) or .json."""
    suffix = path.suffix.lower()
    if suffix == ".csv":
        write_atomically(path, lambda target: write_csv_to(frame, target))
    elif suffix == ".xlsx":
        write_atomically(path, lambda target: _write_xlsx(frame, target, sheet))
    elif suffix == ".json":
        write_atomically(path, lambda target: _write_json(frame, target))
    else:
        raise WriteError(path, f"unknown output format {suffix!r}")


def _write_xlsx(frame: pd.DataFrame, target: Path, sheet_name: str = "customers") -> None:
    import xlsxwriter

    # strings_to_formulas off: a name like "=HYPERLINK(...)" stays text, never a formula.
    workbook = xlsxwriter.Workbook(
        str(target),
        {
            "constant_memory": True,
            "strings_to_formulas": False,
            "strings_to_urls": False,
            "strings_to_numbers": False,
            "nan_inf_to_errors": False,
        },
    )
    sheet = workbook.add_worksheet(sheet_name)
    bold = workbook.add_format({"bold": True})
    sheet.write_row(0, 0, list(frame.columns), bold)
    columns = [frame[c].to_numpy(dtype=object) for c in frame.columns]
    for row_index in range(len(frame)):
        for column_index, column in enumerate(columns):
            value = column[row_index]
            if value is None or value is pd.NA or (isinstance(value, float) and not math.isfinite(value)):
                continue
            if isinstance(value, str):
                sheet.write_string(row_index + 1, column_index, value)
            else:
                sheet.write_number(row_index + 1, column_index, float(value))
    sheet.freeze_panes(1, 0)
    workbook.close()


def _write_json(frame: pd.DataFrame, target: Path) -> None:
    records = []
    columns = list(frame.columns)
    for row in frame.itertuples(index=False, name=None):
        record = {}
        for name, value in zip(columns, row, strict=False):
            if isinstance(value, (np.integer,)):
                value = int(value)
            elif isinstance(value, (np.floating,)):
                value = float(value)
            if value is pd.NA or (isinstance(value, float) and not math.isfinite(value)):
                value = None
            record[name] = value
        records.append(record)
    with target.open("w", encoding="utf-8") as stream:
        # allow_nan=False: "Infinity" or "NaN" would make the file invalid JSON.
        json.dump(records, stream, ensure_ascii=False, indent=1, allow_nan=False)
