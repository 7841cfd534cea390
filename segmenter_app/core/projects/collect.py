"""Collect what account managers send back: their workbooks and their own copies of the
project, three-way against the baseline they carry.

Per customer and field: changed only in the returned file → *taken*; changed only in
the project since the export → *kept*; changed on both sides to different values → a
*conflict* (keep, take, or for texts both); the same change on both sides is no change.
Read-only values a manager corrected (a wallet, a satisfaction) are *suggestions*,
never applied unless accepted.  A returned file is never written.  A file of another
project, or exported before what was already collected from that manager, is refused;
one without its baseline sheet (deleted by hand) is compared with the project, and the
plan says so.  :func:`plan_collect` only reads; :func:`apply_collect` makes the plan one
undo step and returns the history record.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from segmenter_app.core.errors import ProjectError, ReadError
from segmenter_app.core.model.document import CustomerDocument
from segmenter_app.core.projects.manager_copy import COPY_FIELDS, copy_baseline, customer_key
from segmenter_app.core.projects.returned_sheets import (
    EDITABLE_FIELDS,
    READ_ONLY_FIELDS,
    ReturnedFile,
    Unusable,
    read_workbook_file,
)
from segmenter_app.core.projects.snapshot import ImportRecord, utc_now
from segmenter_app.core.reading.rawdata import ReadCancelled
from segmenter_app.core.text.catalog import QT_TRANSLATE_NOOP

#: Texts joined when a conflict on a text is resolved as "both".
JOIN = "\n— "
TEXT_FIELDS = frozenset({"notes", "next_step", "customer_name"})
NUMBER_FIELDS = frozenset({"revenue", "wallet", "sow_input", "satisfaction_input"})


@dataclass(frozen=True)
class Note:
    """Something about a file: ``code`` and ``params`` (worded by the window and the
    command line)."""

    file: Path
    code: str
    params: dict[str, Any] = field(default_factory=dict)


@dataclass
class Change:
    row: int
    column: str
    value: Any  #: what the project will hold (taken, suggested) or holds (kept)
    before: Any  #: the project's value now (taken, suggested) or the baseline's (kept)
    customer_id: str
    customer_name: str
    file: Path
    accepted: bool = False  #: for a suggestion: the user accepted it


@dataclass
class Conflict:
    row: int
    column: str
    base: Any
    ours: Any
    theirs: Any
    customer_id: str
    customer_name: str
    file: Path
    #: "keep" (the project's value), "take" (the returned one) or "both" (texts)
    choice: str = "keep"
    #: another returned file whose change is "ours" here (the same customer in two files)
    other_file: Path | None = None

    @property
    def can_join(self) -> bool:
        return self.column in ("notes", "next_step")


@dataclass
class CollectPlan:
    files: list[Path] = field(default_factory=list)
    refused: list[Note] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    taken: list[Change] = field(default_factory=list)
    kept: list[Change] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    suggestions: list[Change] = field(default_factory=list)
    unknown: list[Note] = field(default_factory=list)
    #: account manager → export time of the newest file collected from them
    collected: dict[str, str] = field(default_factory=dict)

    @property
    def changes_nothing(self) -> bool:
        return not self.taken and not self.conflicts and not self.suggestions


# --------------------------------------------------------------------------- planning


def last_collected(history: list[ImportRecord]) -> dict[str, str]:
    """Manager → the export time of the newest file collected from them so far."""
    newest: dict[str, str] = {}
    for record in history:
        if record.kind != "collect":
            continue
        try:
            collected = json.loads(record.signature).get("collected", {})
        except (ValueError, AttributeError):
            continue
        for manager, exported_at in collected.items():
            if exported_at > newest.get(manager, ""):
                newest[manager] = exported_at
    return newest


def plan_collect(
    document: CustomerDocument,
    paths: list[Path | str],
    history: list[ImportRecord] | None = None,
    *,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> CollectPlan:
    """What collecting ``paths`` would change (nothing is changed).  Run off the UI
    thread, it reports ``progress`` per file and stops (ReadCancelled) when
    ``cancelled``."""
    plan = CollectPlan()
    index = _Index(document)
    newest = last_collected(history or [])
    returned: list[ReturnedFile] = []
    seen: set[Path] = set()
    for number, raw in enumerate(paths):
        if cancelled is not None and cancelled():
            raise ReadCancelled()
        if progress is not None:
            progress(0.9 * number / max(len(paths), 1))
        path = Path(raw)
        if path.resolve() in seen:
            continue
        seen.add(path.resolve())
        try:
            item = _read(path, document)
        except Unusable as refusal:
            plan.refused.append(Note(path, refusal.code, refusal.params))
            continue
        if item.project_id is not None and item.project_id != document.project_id:
            plan.refused.append(Note(path, "other_project", {}))
            continue
        older = [m for m in item.managers if item.exported_at and item.exported_at < newest.get(m, "")]
        if older:
            plan.refused.append(
                Note(
                    path,
                    "older",
                    {"manager": older[0], "exported_at": item.exported_at, "collected": newest[older[0]]},
                )
            )
            continue
        returned.append(item)
    # Older exports first: a later file's change meets an earlier one's as "ours".
    returned.sort(key=lambda item: item.exported_at or "")
    current: dict[tuple[int, str], tuple[Any, Path]] = {}
    for item in returned:
        plan.files.append(item.path)
        plan.notes.extend(Note(item.path, code, params) for code, params in item.notes)
        if item.baseline is None:
            plan.notes.append(Note(item.path, "no_baseline", {}))
        _plan_file(plan, item, index, current, document)
        for manager in item.managers:
            if item.exported_at and item.exported_at > plan.collected.get(manager, ""):
                plan.collected[manager] = item.exported_at
    return plan


def _read(path: Path, document: CustomerDocument) -> ReturnedFile:
    from segmenter_app.core.projects.project_files import is_project_file

    if is_project_file(path):
        return _read_copy(path)
    try:
        return read_workbook_file(path, document.scale)
    except ReadError as error:
        raise Unusable("unreadable", error=error) from None


def _read_copy(path: Path) -> ReturnedFile:
    from segmenter_app.core.projects.project import open_project

    try:
        opened = open_project(path)
    except ProjectError as error:
        raise Unusable("unreadable_project", error=error) from None
    baseline = copy_baseline(opened.history)
    if baseline is None:
        raise Unusable("not_a_copy")
    table = opened.document.table
    columns = {name: table[name].to_numpy(dtype=object) for name in COPY_FIELDS}
    ids = table["customer_id"].to_numpy(dtype=object)
    names = table["customer_name"].to_numpy(dtype=object)
    theirs = {}
    for row in range(len(table)):
        theirs[customer_key(ids[row], names[row])] = {
            name: _plain(columns[name][row]) for name in COPY_FIELDS
        }
    return ReturnedFile(
        path=path,
        kind="copy",
        project_id=str(baseline.get("project_id") or ""),
        export_id=str(baseline.get("export_id") or ""),
        exported_at=str(baseline.get("exported_at") or ""),
        managers=[str(baseline.get("manager") or "")],
        baseline=baseline["values"],
        theirs=theirs,
        places={},
    )


class _Index:
    """The project's customers by key, and their values as the collect compares them."""

    def __init__(self, document: CustomerDocument) -> None:
        table = document.table
        ids = table["customer_id"].to_numpy(dtype=object)
        names = table["customer_name"].to_numpy(dtype=object)
        self.ids, self.names = ids, names
        self.rows: dict[str, int] = {}
        self.ambiguous: set[str] = set()
        for row in range(len(table)):
            key = customer_key(ids[row], names[row])
            if key in self.rows:
                self.ambiguous.add(key)
            self.rows[key] = row
        self.columns = {
            name: table[name].to_numpy(dtype=object) for name in (*EDITABLE_FIELDS, *READ_ONLY_FIELDS)
        }

    def value(self, row: int, column: str) -> Any:
        return _plain(self.columns[column][row])


def _plan_file(
    plan: CollectPlan,
    item: ReturnedFile,
    index: _Index,
    current: dict[tuple[int, str], tuple[Any, Path]],
    document: CustomerDocument,
) -> None:
    for key, theirs_values in item.theirs.items():
        if key in index.ambiguous:
            plan.unknown.append(
                Note(item.path, "ambiguous_id", {"customer_id": key, **item.places.get(key, {})})
            )
            continue
        row = index.rows.get(key)
        if row is None:
            plan.unknown.append(
                Note(item.path, "unknown_row", {"customer_id": key, **item.places.get(key, {})})
            )
            continue
        base_values = item.baseline.get(key) if item.baseline is not None else None
        if item.baseline is not None and base_values is None:
            # A customer the export did not have (added to the file by hand) that the
            # project knows: compare with the project.
            plan.notes.append(Note(item.path, "not_in_baseline", {"customer_id": key}))
        customer_id, customer_name = str(index.ids[row]), str(index.names[row])
        for column, theirs in theirs_values.items():
            ours_value = index.value(row, column)
            other_file = None
            if (row, column) in current:
                ours_value, other_file = current[(row, column)]
            base = base_values.get(column, ours_value) if base_values is not None else ours_value
            if base_values is not None and column not in base_values:
                base = ours_value
            if (
                column in READ_ONLY_FIELDS
                and base_values is None
                and column in ("sow_input", "satisfaction_input")
            ):
                continue  # shown derived or normalised: without the baseline, no telling
            if _same(column, theirs, base):
                if column in EDITABLE_FIELDS and not _same(column, ours_value, base) and other_file is None:
                    plan.kept.append(
                        Change(row, column, ours_value, base, customer_id, customer_name, item.path)
                    )
                continue
            if _same(column, theirs, ours_value):
                continue  # the same change on both sides
            if column in READ_ONLY_FIELDS:
                plan.suggestions.append(
                    Change(row, column, theirs, ours_value, customer_id, customer_name, item.path)
                )
                continue
            if _same(column, ours_value, base):
                plan.taken.append(
                    Change(row, column, theirs, ours_value, customer_id, customer_name, item.path)
                )
                current[(row, column)] = (theirs, item.path)
            else:
                plan.conflicts.append(
                    Conflict(
                        row,
                        column,
                        base,
                        ours_value,
                        theirs,
                        customer_id,
                        customer_name,
                        item.path,
                        other_file=other_file,
                    )
                )
                if other_file is not None:
                    plan.notes.append(
                        Note(item.path, "also_in", {"customer_id": customer_id, "other": other_file.name})
                    )


def _plain(value: Any) -> Any:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if hasattr(value, "item") and not isinstance(value, str):
        value = value.item()
    return value


def _same(column: str, a: Any, b: Any) -> bool:
    if column in NUMBER_FIELDS:
        a = None if a is None or (isinstance(a, float) and math.isnan(a)) else float(a)
        b = None if b is None or (isinstance(b, float) and math.isnan(b)) else float(b)
        if a is None or b is None:
            return a is None and b is None
        return math.isclose(a, b, rel_tol=1e-7, abs_tol=1e-9)
    return _text(a) == _text(b)


def _text(value: Any) -> str:
    if value is None:
        return ""
    return str(value).replace("\r\n", "\n").strip()


# --------------------------------------------------------------------------- applying


def planned_changes(plan: CollectPlan, *, prefer_returned: bool = False) -> list[tuple[int, str, Any]]:
    """(row, column, value) to write: the taken values, the conflicts as chosen (or all
    taken with ``prefer_returned``), the accepted suggestions."""
    changes: dict[tuple[int, str], Any] = {}
    for change in plan.taken:
        changes[(change.row, change.column)] = _stored(change.column, change.value)
    for conflict in plan.conflicts:
        choice = "take" if prefer_returned else conflict.choice
        if choice == "take":
            changes[(conflict.row, conflict.column)] = _stored(conflict.column, conflict.theirs)
        elif choice == "both" and conflict.can_join:
            ours, theirs = _text(conflict.ours), _text(conflict.theirs)
            changes[(conflict.row, conflict.column)] = ours + JOIN + theirs if ours else theirs
    for suggestion in plan.suggestions:
        if suggestion.accepted:
            changes[(suggestion.row, suggestion.column)] = _stored(suggestion.column, suggestion.value)
    return [(row, column, value) for (row, column), value in changes.items()]


def _stored(column: str, value: Any) -> Any:
    if column in NUMBER_FIELDS:
        return math.nan if value is None else float(value)
    return _text(value)


def apply_collect(
    document: CustomerDocument, plan: CollectPlan, *, prefer_returned: bool = False
) -> ImportRecord:
    """Write the plan into the document as one undo step (none when nothing changes)
    and return the record for the project's history."""
    changes = planned_changes(plan, prefer_returned=prefer_returned)
    if changes:
        # The plan's rows are this document's now; the document takes customers by key.
        keys = document.keys
        label = (
            QT_TRANSLATE_NOOP("core", "collect from {file}")
            if len(plan.files) == 1
            else QT_TRANSLATE_NOOP("core", "collect from {files} files")
        )
        document.edit_cells(
            [(keys[row], column, value) for row, column, value in changes],
            "collect",
            label,
            {
                "files": len(plan.files),
                "file": plan.files[0].name if plan.files else "",
                "cells": len(changes),
            },
        )
    accepted = sum(1 for s in plan.suggestions if s.accepted)
    taken_conflicts = sum(1 for c in plan.conflicts if (prefer_returned or c.choice in ("take", "both")))
    return ImportRecord(
        imported_at=utc_now(),
        source_path="; ".join(str(path) for path in plan.files),
        sheet=None,
        rows=len(changes),
        signature=json.dumps(
            {"collected": plan.collected, "files": [path.name for path in plan.files]}, ensure_ascii=False
        ),
        kind="collect",
        summary={
            "files": len(plan.files),
            "refused": len(plan.refused),
            "taken": len(plan.taken),
            "kept": len(plan.kept),
            "conflicts": len(plan.conflicts),
            "conflicts_taken": taken_conflicts,
            "suggestions": len(plan.suggestions),
            "suggestions_accepted": accepted,
            "unknown": len(plan.unknown),
        },
    )
