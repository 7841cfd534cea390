"""Recovery files found at start: what each holds, and the work replayed into a project."""

from __future__ import annotations

import json
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from segmenter_app.core.errors import ProjectError
from segmenter_app.core.fileio import remove_stale_temporaries
from segmenter_app.core.projects.locks import OsLock
from segmenter_app.core.projects.period_info import PeriodInfo
from segmenter_app.core.projects.project import (
    OpenedProject,
    opened_project,
    read_checked_periods,
    read_checked_snapshot,
    read_database,
)
from segmenter_app.core.projects.project_files import RECOVERY_APPLICATION_ID
from segmenter_app.core.projects.recovery import EXTENSION, journal_lock_path, remove_database_files
from segmenter_app.core.projects.snapshot import Snapshot, record_from_json, settings_from_json
from segmenter_app.core.projects.table_codec import decode_table, decode_value


@dataclass(frozen=True)
class RecoveryInfo:
    """A recovery file a crash left behind, for the "restore your work?" offer."""

    path: Path
    source_path: Path | None
    project_path: Path | None  #: None: the work was never saved as a project
    started_at: str  #: ISO 8601, UTC
    last_change_at: str  #: ISO 8601, UTC ("" when nothing changed after the base)
    changes: int  #: changes recorded after the base
    rows: int
    app_version: str
    damaged: bool = False
    #: written by a newer Segmenter: left alone
    too_new: bool = False
    #: the base itself holds work no file has (a restored recovery, an update from a
    #: newer list): worth restoring even with no change after it
    unsaved_base: bool = False

    @property
    def worth_restoring(self) -> bool:
        return not self.damaged and not self.too_new and (self.changes > 0 or self.unsaved_base)


#: Where recovery files that cannot be used are moved (inside the recovery folder).
UNUSABLE_FOLDER = "unusable"


@dataclass
class RecoveryScan:
    """What :func:`scan_recoveries` found in the recovery folder at start."""

    #: files left by a crash, newest first (restore them, or delete the empty ones)
    found: list[RecoveryInfo]
    #: files this version cannot use (damaged, cut short, an older schema with no
    #: migration), moved to :attr:`unusable_folder`: never deleted, tell the user
    set_aside: list[Path]
    unusable_folder: Path
    #: files of a newer Segmenter: left where they are, for that version
    newer: list[Path]
    #: temporary files of killed saves, removed
    removed_temporaries: list[Path]


def scan_recoveries(folder: Path | str) -> RecoveryScan:
    """The recovery folder sorted out: crashes to offer, unusable files moved aside,
    newer versions' files left alone, stale temporaries removed.  A live journal
    (another running Segmenter holds its lock) is never opened, moved or deleted."""
    folder = Path(folder)
    unusable = folder / UNUSABLE_FOLDER
    scan = RecoveryScan([], [], unusable, [], remove_stale_temporaries(folder))
    _remove_orphan_locks(folder)
    for path in sorted(folder.glob(f"*{EXTENSION}")):
        lock = OsLock.try_acquire(journal_lock_path(path))
        if lock is None:
            continue  # live: another Segmenter is writing it
        try:
            if not path.exists():
                continue  # discarded between the listing and the lock
            info = _recovery_info(path)
            if info is None:
                continue  # SQLite says another Segmenter has it open
            if info.too_new:
                scan.newer.append(path)
            elif info.damaged:
                moved = _set_aside(path, unusable)
                if moved is not None:
                    scan.set_aside.append(moved)
            else:
                scan.found.append(info)
        finally:
            lock.release(remove=True)
    scan.found.sort(key=lambda info: info.last_change_at or info.started_at, reverse=True)
    return scan


def find_recoveries(folder: Path | str) -> list[RecoveryInfo]:
    """Recovery files in ``folder`` that no running Segmenter holds, newest first
    (:func:`scan_recoveries` sorts the folder out first)."""
    return scan_recoveries(folder).found


def _set_aside(path: Path, unusable: Path) -> Path | None:
    """Move a recovery file (and SQLite's files beside it) into ``unusable``, under a
    name that is free there; None when it cannot be moved (it stays where it is)."""
    try:
        unusable.mkdir(exist_ok=True)
        target = unusable / path.name
        number = 2
        while target.exists():
            target = unusable / f"{path.stem} ({number}){path.suffix}"
            number += 1
        for suffix in ("-wal", "-shm", "-journal"):
            companion = Path(str(path) + suffix)
            if companion.exists():
                os.replace(companion, Path(str(target) + suffix))
        os.replace(path, target)
    except OSError:
        return None
    return target


def _remove_orphan_locks(folder: Path) -> None:
    """Lock files whose journal is gone and whose holder is gone (a crash between the
    two removals)."""
    for lock_file in folder.glob(f"*{EXTENSION}.lock"):
        journal = Path(str(lock_file)[: -len(".lock")])
        if journal.exists():
            continue
        lock = OsLock.try_acquire(lock_file)
        if lock is not None:
            lock.release(remove=True)


def _recovery_info(path: Path) -> RecoveryInfo | None:
    try:
        with read_database(path, RECOVERY_APPLICATION_ID, writable=True) as (connection, _version):
            meta = dict(connection.execute("SELECT key, value FROM meta").fetchall())
        return RecoveryInfo(
            path=path,
            source_path=Path(meta["source_path"]) if meta.get("source_path") else None,
            project_path=Path(meta["project_path"]) if meta.get("project_path") else None,
            started_at=str(meta.get("started_at", "")),
            last_change_at=str(meta.get("last_change_at", "")),
            changes=int(meta.get("changes", "0") or 0),
            rows=int(meta.get("rows", "0") or 0),
            app_version=str(meta.get("app_version", "")),
            unsaved_base=meta.get("unsaved_base") == "1",
        )
    except ProjectError as error:
        if error.code == "in_use":
            return None
        if error.code == "too_new":
            return RecoveryInfo(path, None, None, "", "", 0, 0, "", too_new=True)
        return RecoveryInfo(path, None, None, "", "", 0, 0, "", damaged=True)
    except (sqlite3.Error, ValueError, TypeError, KeyError):
        return RecoveryInfo(path, None, None, "", "", 0, 0, "", damaged=True)


def remove_recovery(path: Path | str) -> bool:
    """Delete a recovery file and SQLite's files beside it, unless another process
    holds it (a live journal is never deleted).  True when it is gone."""
    path = Path(path)
    lock = OsLock.try_acquire(journal_lock_path(path))
    if lock is None:
        return False
    try:
        remove_database_files(path)
    finally:
        lock.release(remove=True)
    return True


def recover(path: Path | str) -> OpenedProject:
    """The document as it was at the last change: the base with the journal replayed.
    ``changes`` says how many changes were replayed; the file is kept (delete it with
    :func:`remove_recovery` once the user has the work back)."""
    target = Path(path)
    lock = OsLock.try_acquire(journal_lock_path(target))
    if lock is None:
        raise ProjectError("in_use", target)  # a live journal of another Segmenter
    try:
        return _recover(target)
    finally:
        lock.release(remove=True)


def _recover(target: Path) -> OpenedProject:
    with read_database(target, RECOVERY_APPLICATION_ID, writable=True) as (connection, version):
        snapshot = read_checked_snapshot(connection, target)
        changes = connection.execute("SELECT kind, data FROM changes ORDER BY seq").fetchall()
        try:
            labels = _replay(snapshot, changes)
            replayed = int(snapshot.meta.get("changes", "0") or 0)
        except Exception as error:  # any damage to a change record: "damaged", no traceback
            raise ProjectError("damaged", target, detail=f"{type(error).__name__}: {error}") from None
        opened = opened_project(snapshot, target, version, changes=replayed)
        periods = read_checked_periods(connection, opened)
    try:
        opened.periods = periods.with_infos(labels)
    except KeyError:
        raise ProjectError("damaged", target, detail="a period the base does not have") from None
    return opened


def _replay(snapshot: Snapshot, changes: list[tuple[str, bytes]]) -> dict[str, PeriodInfo]:
    """Apply a journal's records to its base, in order.  Records name customers by key
    (a key the base does not have: ValueError, the file is damaged); a whole column is
    in the order of the base's rows.  Returns the periods' infos the last ``periods``
    record gives (period id → info; empty when none)."""
    labels: dict[str, PeriodInfo] = {}
    table = snapshot.table
    size = len(table)
    row_of = snapshot.keys.row
    #: column → {row: value}, applied at the end in one assignment per column
    cells: dict[str, dict[int, Any]] = {}
    for kind, data in changes:
        if kind == "cells":
            payload = json.loads(data)
            column = payload["column"]
            column_cells = cells.setdefault(column, {})
            for key, value in zip(payload["keys"], payload["values"]):
                column_cells[_row(row_of, key)] = decode_value(value)
            _replay_originals(snapshot, column, payload["originals"])
        elif kind == "column":
            length = int.from_bytes(data[:4], "big")
            header = json.loads(data[4 : 4 + length])
            column = header["column"]
            values = decode_table(data[4 + length :], header["columns"])[column]
            if len(values) != size:
                raise ValueError("column length")
            table[column] = values
            cells.pop(column, None)
            for key in [key for key in snapshot.original_values if key[1] == column]:
                del snapshot.original_values[key]
            for key, value in header["originals"]:
                _row(row_of, key)
                snapshot.original_values[(key, column)] = decode_value(value)
        elif kind == "settings":
            for name, value in settings_from_json(data).items():
                setattr(snapshot, name, value)
        elif kind == "periods":
            labels = {str(item["id"]): PeriodInfo.from_json(item["info"]) for item in json.loads(data)}
        elif kind == "history":
            snapshot.history.append(record_from_json(json.loads(data)))
        elif kind == "history_undone":
            # The last record equal to the one undone leaves the history again.
            undone = record_from_json(json.loads(data))
            for index in range(len(snapshot.history) - 1, -1, -1):
                if snapshot.history[index] == undone:
                    del snapshot.history[index]
                    break
        elif kind in ("triage", "pins"):
            payload = json.loads(data)
            for key, value in zip(payload["keys"], payload["values"], strict=True):
                _row(row_of, key)
                if kind == "pins":
                    (snapshot.pins.add if value else snapshot.pins.discard)(key)
                elif int(value) < 0:
                    snapshot.triage_overrides.pop(key, None)
                else:
                    snapshot.triage_overrides[key] = int(value)
    for column, column_cells in cells.items():
        series = table[column]
        # As the document does: an edited text column becomes a plain object column.
        numeric = series.dtype.kind == "f"
        values = series.to_numpy(dtype=object if not numeric else None, copy=True)
        rows = np.fromiter(column_cells.keys(), dtype=np.int64, count=len(column_cells))
        replacement = list(column_cells.values())
        if numeric:
            values[rows] = np.array([np.nan if v is None else v for v in replacement], dtype=values.dtype)
            table[column] = pd.Series(values, dtype=series.dtype)
        else:
            for row, value in zip(rows.tolist(), replacement):
                values[row] = np.nan if value is None else value
            table[column] = pd.Series(values, dtype=object)
    return labels


def _replay_originals(snapshot: Snapshot, column: str, originals: list[list[Any]]) -> None:
    row_of = snapshot.keys.row
    for entry in originals:
        key = entry[0]
        _row(row_of, key)
        if len(entry) > 1:
            snapshot.original_values[(key, column)] = decode_value(entry[1])
        else:
            snapshot.original_values.pop((key, column), None)


def _row(row_of, key: Any) -> int:
    try:
        return row_of(key)
    except (KeyError, TypeError):
        raise ValueError("a customer the base does not have") from None
