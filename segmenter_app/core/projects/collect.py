"""Collect what account managers send back: their workbooks and their own copies of the
project, three-way against the baseline they carry.

Per customer and field: changed only in the returned file → *taken*; changed only in
the project since the export → *kept*; changed on both sides to different values → a
*conflict* (keep, take, or for texts both); the same change on both sides is no change.
Read-only values a manager corrected (a wallet, a satisfaction) are *suggestions*,
never applied unless accepted.  A returned file is never written.  A file of another
project, or exported before what was already collected from that manager, is refused
(an export time after now counts as now: it never locks out later files).  Where no
baseline says what was sent — the sheet deleted or lost in a re-save, one row of it
damaged, a customer added by hand — nothing that may have changed here is replaced
(:func:`_plan_without_baseline`), and the plan says so.  One file that cannot be read
or planned is refused; the others are collected.  :func:`plan_collect` only reads
(workbooks in reader child processes, see ``returned_sheets``); :func:`apply_collect`
makes the plan one undo step and returns the history record.

A conflict a person decided stays decided: the history record of a collect reviewed in
the window keeps, for each conflict kept or joined, the returned value and the value the
project got (:func:`decided_conflicts`; the command line decides nothing: it keeps and
lists, and a later ``--prefer-returned`` takes).  Collecting the same file again — or another that returns
the same value — finds that value decided and the project's value as the decision left
it: it is *kept*, not asked again.  A value changed since on either side is a new
conflict.
"""

from __future__ import annotations

import datetime
import json
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from segmenter_app.core.errors import ProjectError, ReadCancelled
from segmenter_app.core.model.document import CustomerDocument
from segmenter_app.core.projects.manager_copy import COPY_FIELDS, copy_baseline, customer_key
from segmenter_app.core.projects.returned_sheets import (
    EDITABLE_FIELDS,
    READ_ONLY_FIELDS,
    ReturnedFile,
    Unusable,
    read_workbook_files,
)
from segmenter_app.core.projects.snapshot import ImportRecord, utc_now
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
    """Manager → the export time of the newest file collected from them so far (UTC,
    ISO 8601).  A time after the collect that recorded it (a baseline dated in the
    future, by a wrong clock or by hand) counts as that collect's time: it never locks
    out the manager's later files."""
    newest: dict[str, str] = {}
    for record in history:
        if record.kind != "collect":
            continue
        try:
            collected = json.loads(record.signature).get("collected", {})
        except (ValueError, AttributeError, TypeError, RecursionError):
            continue
        if not isinstance(collected, dict):
            continue
        ceiling = moment(record.imported_at)
        if ceiling is not None and ceiling.microsecond == 0:
            # A record kept to the second (written before collects kept microseconds):
            # a file exported within that second is not after the collect.
            ceiling = ceiling.replace(microsecond=999_999)
        for manager, exported_at in collected.items():
            when = moment(exported_at)
            if when is None or not isinstance(manager, str):
                continue
            if ceiling is not None and when > ceiling:
                when = ceiling
            if manager not in newest or when > moment(newest[manager]):
                newest[manager] = iso(when)
    return newest


def decided_conflicts(history: list[ImportRecord]) -> dict[tuple[str, str], list[tuple[Any, Any]]]:
    """(customer key, field) → [(the returned value, the value the project kept)] of every
    conflict a collect of ``history`` decided as "keep" or "both"."""
    decided: dict[tuple[str, str], list[tuple[Any, Any]]] = {}
    for record in history:
        if record.kind != "collect":
            continue
        try:
            entries = json.loads(record.signature).get("decided", [])
        except (ValueError, AttributeError, TypeError, RecursionError):
            continue
        for entry in entries if isinstance(entries, list) else ():
            if isinstance(entry, list) and len(entry) == 4 and all(isinstance(v, str) for v in entry[:2]):
                decided.setdefault((entry[0], entry[1]), []).append((entry[2], entry[3]))
    return decided


def _decided_before(
    conflict: Conflict, key: str, decided: dict[tuple[str, str], list[tuple[Any, Any]]]
) -> bool:
    """The same returned value was decided before, and the project holds what the
    decision left."""
    column = conflict.column
    return any(
        _same(column, conflict.theirs, theirs) and _same(column, conflict.ours, kept)
        for theirs, kept in decided.get((key, column), ())
    )


def moment(text: Any) -> datetime.datetime | None:
    """An ISO 8601 time as an aware UTC datetime (a time without a zone is UTC), or None."""
    if not isinstance(text, str) or not text or len(text) > 64:
        return None
    try:
        when = datetime.datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=datetime.timezone.utc)
    return when.astimezone(datetime.timezone.utc)


def iso(when: datetime.datetime) -> str:
    return when.isoformat(timespec="microseconds")


def plan_collect(
    document: CustomerDocument,
    paths: list[Path | str],
    history: list[ImportRecord] | None = None,
    *,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> CollectPlan:
    """What collecting ``paths`` would change (nothing is changed).  Run off the UI
    thread, it reports ``progress`` and stops (ReadCancelled) when ``cancelled``.
    A file that cannot be read or planned is refused with its reason; the others are
    collected."""
    plan = CollectPlan()
    index = _Index(document)
    newest = last_collected(history or [])
    now = datetime.datetime.now(datetime.timezone.utc)
    unique: list[Path] = []
    seen: set[Path] = set()
    for raw in paths:
        path = Path(raw)
        if path.resolve() in seen:
            continue
        seen.add(path.resolve())
        unique.append(path)
    read = _read_all(unique, document, progress, cancelled)
    returned: list[ReturnedFile] = []
    for path, item in zip(unique, read):
        if isinstance(item, Unusable):
            plan.refused.append(Note(path, item.code, item.params))
            continue
        if item.project_id is not None and item.project_id != document.project_id:
            plan.refused.append(Note(path, "other_project", {}))
            continue
        exported = moment(item.exported_at)
        if exported is not None and exported > now:
            # Dated after now: a wrong clock, or typed by hand.  Taken as exported now,
            # so that it never makes the manager's later files look older.
            plan.notes.append(Note(path, "exported_later", {"exported_at": item.exported_at}))
            exported = now
        item.exported_at = iso(exported) if exported is not None else ""
        older = [
            m for m in item.managers if exported is not None and m in newest and exported < moment(newest[m])
        ]
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
        part, part_current = CollectPlan(), dict(current)
        try:
            _plan_file(part, item, index, part_current, document)
        except Exception as error:  # noqa: BLE001 - one bad file is refused, the others collected
            plan.refused.append(Note(item.path, "unplannable", {"reason": f"{type(error).__name__}"}))
            continue
        current = part_current
        plan.files.append(item.path)
        plan.notes.extend(Note(item.path, code, params) for code, params in item.notes)
        if item.baseline is None:
            plan.notes.append(Note(item.path, "no_baseline", {}))
        for name in ("notes", "taken", "kept", "conflicts", "suggestions", "unknown"):
            getattr(plan, name).extend(getattr(part, name))
        for manager in item.managers:
            if item.exported_at and item.exported_at > plan.collected.get(manager, ""):
                plan.collected[manager] = item.exported_at
    decided = decided_conflicts(history or [])
    if decided:
        keys = document.keys
        open_conflicts = []
        for conflict in plan.conflicts:
            if _decided_before(conflict, keys[conflict.row], decided):
                plan.kept.append(
                    Change(
                        conflict.row,
                        conflict.column,
                        conflict.ours,
                        conflict.base,
                        conflict.customer_id,
                        conflict.customer_name,
                        conflict.file,
                    )
                )
            else:
                open_conflicts.append(conflict)
        plan.conflicts = open_conflicts
    if progress is not None:
        progress(1.0)
    return plan


def _read_all(
    paths: list[Path],
    document: CustomerDocument,
    progress: Callable[[float], None] | None,
    cancelled: Callable[[], bool] | None,
) -> list[ReturnedFile | Unusable]:
    """Every file read: workbooks together in reader children (``read_workbook_files``),
    managers' copies here (a project file: SQLite, checked as any project)."""
    from segmenter_app.core.projects.project_files import is_project_file

    results: list[ReturnedFile | Unusable | None] = [None] * len(paths)
    workbooks = []
    for number, path in enumerate(paths):
        if cancelled is not None and cancelled():
            raise ReadCancelled()
        if is_project_file(path):
            try:
                results[number] = _read_copy(path)
            except Unusable as refusal:
                results[number] = refusal
            except Exception as error:  # noqa: BLE001 - one bad copy is refused, not the run
                results[number] = Unusable("unplannable", reason=type(error).__name__)
        else:
            workbooks.append(number)
    share = len(workbooks) / max(len(paths), 1)
    read = read_workbook_files(
        [paths[number] for number in workbooks],
        document.scale,
        progress=None if progress is None else (lambda done: progress(0.9 * share * done)),
        cancelled=cancelled,
    )
    for number, item in zip(workbooks, read):
        results[number] = item
    return results  # type: ignore[return-value]


def _read_copy(path: Path) -> ReturnedFile:
    from segmenter_app.core.projects.project import open_project

    try:
        opened = open_project(path)
    except ProjectError as error:
        raise Unusable("unreadable_project", error=error) from None
    baseline = copy_baseline(opened.history)
    if baseline is None or not isinstance(baseline.get("values"), dict):
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
    values = {key: record for key, record in baseline["values"].items() if isinstance(record, dict)}
    return ReturnedFile(
        path=path,
        kind="copy",
        project_id=str(baseline.get("project_id") or ""),
        export_id=str(baseline.get("export_id") or ""),
        exported_at=str(baseline.get("exported_at") or ""),
        managers=[str(baseline.get("manager") or "")],
        baseline=values,
        theirs=theirs,
        places={},
        unreadable_baseline={
            key for key, record in baseline["values"].items() if not isinstance(record, dict)
        },
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
        #: column → the values as plain Python (None for a missing one), once: a collect
        #: of 200 files compares a million of them
        self.columns = {
            name: [None if value is None or value != value else value for value in table[name].tolist()]
            for name in (*EDITABLE_FIELDS, *READ_ONLY_FIELDS)
        }

    def value(self, row: int, column: str) -> Any:
        return self.columns[column][row]


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
        base_values = None
        if item.baseline is not None and key not in item.unreadable_baseline:
            base_values = item.baseline.get(key)
            if base_values is None:
                # A customer the export did not have (added to the file by hand) that the
                # project knows: compared without a baseline.
                plan.notes.append(Note(item.path, "not_in_baseline", {"customer_id": key}))
        customer_id, customer_name = str(index.ids[row]), str(index.names[row])
        for column, theirs in theirs_values.items():
            ours_value = index.columns[column][row]
            other_file = None
            if current and (row, column) in current:
                ours_value, other_file = current[(row, column)]
            if base_values is None or column not in base_values:
                _plan_without_baseline(
                    plan,
                    item,
                    row,
                    column,
                    theirs,
                    ours_value,
                    customer_id,
                    customer_name,
                    current,
                    other_file,
                )
                continue
            base = base_values[column]
            if item.cut_edits and (key, column) in item.cut_edits:
                if not _same(column, theirs, ours_value):
                    _conflict(
                        plan,
                        item,
                        row,
                        column,
                        base,
                        ours_value,
                        theirs,
                        customer_id,
                        customer_name,
                        other_file,
                    )
                continue
            if theirs == base or _same(column, theirs, base):  # (equal: most values, at once)
                if (
                    column in EDITABLE_FIELDS
                    and ours_value != base
                    and not _same(column, ours_value, base)
                    and other_file is None
                ):
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
                _conflict(
                    plan, item, row, column, base, ours_value, theirs, customer_id, customer_name, other_file
                )


def _plan_without_baseline(
    plan: CollectPlan,
    item: ReturnedFile,
    row: int,
    column: str,
    theirs: Any,
    ours: Any,
    customer_id: str,
    customer_name: str,
    current: dict[tuple[int, str], tuple[Any, Path]],
    other_file: Path | None,
) -> None:
    """No baseline says what the file had when it was sent (its sheet deleted or lost in
    a re-save, a row of it damaged, a customer added by hand): nothing that may have
    changed here is overwritten.  An empty value here takes the returned one; a last
    contact only ever moves forward (an older one is kept, and listed); any other
    difference is a conflict, kept as it is here unless the user takes it."""
    if _same(column, theirs, ours):
        return
    if column in READ_ONLY_FIELDS:
        if column not in ("sow_input", "satisfaction_input"):  # shown derived: no telling
            plan.suggestions.append(Change(row, column, theirs, ours, customer_id, customer_name, item.path))
        return
    if _text(ours) == "" or (column == "last_contact" and _text(theirs) > _text(ours)):
        plan.taken.append(Change(row, column, theirs, ours, customer_id, customer_name, item.path))
        current[(row, column)] = (theirs, item.path)
    elif column == "last_contact":
        plan.kept.append(Change(row, column, ours, theirs, customer_id, customer_name, item.path))
    else:
        _conflict(plan, item, row, column, None, ours, theirs, customer_id, customer_name, other_file)


def _conflict(
    plan: CollectPlan,
    item: ReturnedFile,
    row: int,
    column: str,
    base: Any,
    ours: Any,
    theirs: Any,
    customer_id: str,
    customer_name: str,
    other_file: Path | None,
) -> None:
    plan.conflicts.append(
        Conflict(
            row, column, base, ours, theirs, customer_id, customer_name, item.path, other_file=other_file
        )
    )
    if other_file is not None:
        plan.notes.append(Note(item.path, "also_in", {"customer_id": customer_id, "other": other_file.name}))


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
            changes[(conflict.row, conflict.column)] = JOIN.join(text for text in (ours, theirs) if text)
    for suggestion in plan.suggestions:
        if suggestion.accepted:
            changes[(suggestion.row, suggestion.column)] = _stored(suggestion.column, suggestion.value)
    return [(row, column, value) for (row, column), value in changes.items()]


def _stored(column: str, value: Any) -> Any:
    if column in NUMBER_FIELDS:
        return math.nan if value is None else float(value)
    return _text(value)


def apply_collect(
    document: CustomerDocument, plan: CollectPlan, *, prefer_returned: bool = False, decided: bool = False
) -> ImportRecord:
    """Write the plan into the document as one undo step (none when nothing changes)
    and return the record for the project's history; ``decided``: a person chose for
    each conflict (the review), and the record remembers the choices."""
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
    written = {(row, column): value for row, column, value in changes}
    decided = [
        [
            document.keys[conflict.row],
            conflict.column,
            _plain(conflict.theirs),
            _plain(written.get((conflict.row, conflict.column), conflict.ours)),
        ]
        for conflict in plan.conflicts
        if decided and not prefer_returned and conflict.choice != "take"
    ]
    signature = {"collected": plan.collected, "files": [path.name for path in plan.files]}
    if decided:
        signature["decided"] = decided
    return ImportRecord(
        imported_at=utc_now("microseconds"),
        source_path="; ".join(str(path) for path in plan.files),
        sheet=None,
        rows=len(changes),
        signature=json.dumps(signature, ensure_ascii=False),
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
