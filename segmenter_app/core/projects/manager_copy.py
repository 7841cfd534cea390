"""A manager's own copy: a project of just one account manager's customers, for a manager
who runs Segmenter on a laptop, and the baseline it came with.

The baseline — the project id, an export id and time, and every value as copied — is
kept as a ``copy`` record of the copy's history (a history travels with every save, so
the baseline survives the manager's saves).  The thresholds are fixed at the values in
force, so the manager sees the segments the sales lead sees.
"""

from __future__ import annotations

import datetime
import json
import sqlite3
import uuid
from pathlib import Path
from typing import Any

import numpy as np

from segmenter_app.core.errors import ProjectError
from segmenter_app.core.fileio import same_file
from segmenter_app.core.importing.report import ImportResult
from segmenter_app.core.model import segmentation as sg
from segmenter_app.core.model.document import CustomerDocument
from segmenter_app.core.projects.locks import holder_anywhere
from segmenter_app.core.projects.project import read_database, save_project
from segmenter_app.core.projects.project_files import PROJECT_APPLICATION_ID, is_project_file
from segmenter_app.core.projects.snapshot import ImportRecord

#: The values a copy's baseline holds, as table columns.
COPY_FIELDS = (
    "notes",
    "next_step",
    "due",
    "status",
    "last_contact",
    "customer_name",
    "revenue",
    "wallet",
    "sow_input",
    "satisfaction_input",
)


def customer_key(customer_id: Any, customer_name: Any) -> str:
    """How a returned row finds its customer: by id, else by name."""
    text = "" if customer_id is None else str(customer_id).strip()
    if text.endswith(".0") and text[:-2].isdigit():
        text = text[:-2]
    return text if text else "name:" + str(customer_name or "").strip()


def manager_document(document: CustomerDocument, manager: str) -> CustomerDocument:
    """A new document of one manager's customers (their overrides and edits kept)."""
    rows = np.flatnonzero(document.table["account_manager"].to_numpy(dtype=object) == manager)
    if not len(rows):
        raise ValueError(manager)
    table = document.table.iloc[rows].reset_index(drop=True).copy()
    # The customers keep their keys (a copy of a list is not a new list: "K-7#2" stays
    # "K-7#2" even where the copy has no other "K-7").
    keys = document.keys.take(rows)
    sow, kzi = document.resolved_thresholds()
    return CustomerDocument(
        ImportResult(table, document.report),
        keys=keys,
        thresholds=sg.Thresholds(sow=sg.Threshold("fixed", sow), kzi=sg.Threshold("fixed", kzi)),
        group_order=document.group_order,
        # The weights and the priority order rank the copy's customers as here.
        plan_settings=document.plan_settings,
        band_points=document.band_points,
        scale=document.scale,
        triage_overrides={key: value for key, value in document.triage_overrides.items() if key in keys},
        pins=[key for key in document.pins if key in keys],
        original_values={
            (key, column): value for (key, column), value in document.original_values.items() if key in keys
        },
        project_id=document.project_id,
    )


def baseline_record(copy: CustomerDocument, manager: str, source: Path | str | None) -> ImportRecord:
    values: dict[str, dict[str, Any]] = {}
    table = copy.table
    columns = {name: table[name].to_numpy(dtype=object) for name in COPY_FIELDS}
    ids = table["customer_id"].to_numpy(dtype=object)
    names = table["customer_name"].to_numpy(dtype=object)
    for row in range(len(table)):
        values[customer_key(ids[row], names[row])] = {
            name: _json_value(columns[name][row]) for name in COPY_FIELDS
        }
    exported_at = datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="microseconds")
    baseline = {
        "project_id": copy.project_id,
        "export_id": uuid.uuid4().hex,
        "exported_at": exported_at,
        "manager": manager,
        "values": values,
    }
    return ImportRecord(
        imported_at=exported_at[:19] + "+00:00",
        source_path=None if source is None else str(source),
        sheet=manager,
        rows=len(table),
        signature=json.dumps(baseline, ensure_ascii=False, separators=(",", ":")),
        kind="copy",
    )


def save_manager_copy(
    document: CustomerDocument,
    manager: str,
    path: Path | str,
    *,
    source_path: Path | str | None = None,
    open_project: Path | str | None = None,
) -> CustomerDocument:
    """Write the copy for ``manager`` to ``path`` (a .segmenter project); the copy.

    A copy is never written over a project: not over ``open_project`` (the project
    this document is, one slip in the "replace?" prompt away), not over one a Segmenter
    holds open (this one included), not over any project that is not itself a
    manager's copy (ProjectError ``copy_over_open``, ``locked``, ``copy_over_project``).
    An older copy of a manager's is replaced."""
    path = Path(path)
    check_copy_target(path, open_project)
    copy = manager_document(document, manager)
    record = baseline_record(copy, manager, source_path)
    first = ImportRecord.from_report(copy.report, source_path)
    save_project(copy, path, source_path=source_path, history=[first, record])
    return copy


def check_copy_target(path: Path, open_project: Path | str | None = None) -> None:
    """Refuse a copy's target that is a project of value (see :func:`save_manager_copy`)."""
    if path.is_dir():
        raise ProjectError("not_a_file", path)
    if open_project is not None and same_file(path, open_project):
        raise ProjectError("copy_over_open", path)
    holder = holder_anywhere(path)
    if holder is not None:
        raise ProjectError("locked", path, user=holder.user, host=holder.host, since=holder.since)
    if is_project_file(path) and not _is_copy(path):
        raise ProjectError("copy_over_project", path)


def _is_copy(path: Path) -> bool:
    """Is the project at ``path`` a manager's copy (its history holds a copy record)?
    A file that cannot be read as a project is no copy: it is never written over."""
    try:
        with read_database(path, PROJECT_APPLICATION_ID) as (connection, _version):
            return (
                connection.execute("SELECT 1 FROM history WHERE kind = 'copy' LIMIT 1").fetchone() is not None
            )
    except (ProjectError, sqlite3.Error):
        return False


def copy_baseline(history: list[ImportRecord]) -> dict[str, Any] | None:
    """The baseline of a manager's copy (its latest ``copy`` record), or None."""
    for record in reversed(history):
        if record.kind == "copy":
            try:
                baseline = json.loads(record.signature)
            except (ValueError, TypeError, RecursionError):
                return None
            return baseline if isinstance(baseline, dict) and "values" in baseline else None
    return None


def _json_value(value: Any) -> Any:
    if isinstance(value, np.generic):
        value = value.item()
    if isinstance(value, float) and value != value:
        return None
    return value
