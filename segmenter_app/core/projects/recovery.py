"""Autosave and crash recovery: a journal of every change since the last save.

A recovery file (``*.segmenter-recovery``, in a folder the caller chooses: the app's
data folder) is a project snapshot (the *base*, :mod:`.snapshot`) plus a ``changes``
table.  :class:`RecoveryJournal` writes the base once, then listens to the document
and appends each change as it happens, in its own small SQLite transaction: the cells
an edit touched, the overrides that flipped, the settings that moved.  Cells, flips and
pins are recorded by customer key (``core/model/keys.py``), never by row; a column
changed everywhere at once is written whole, in the order of the base's rows.  The
base holds the project's periods (:mod:`.periods`); a period renamed is a record of
the periods' labels, and a period added or taken back starts a new base (the session
makes a new journal for it).
A note edit costs well under a millisecond whatever the size of the list; nothing is
rewritten.

The journal runs SQLite in WAL mode without syncing each commit: a change is in the
file as soon as the call returns, and survives the app being killed (not a power cut
of the last moments, which is the price of staying fast).  It holds an exclusive lock
while the app runs, so :func:`find_recoveries` tells a file left by a crash (its lock
went with its process) from one in use by another running Segmenter.
"""

from __future__ import annotations

import contextlib
import json
import shutil
import sqlite3
import uuid
from pathlib import Path
from typing import Any

import numpy as np

from segmenter_app.core.errors import ProjectError, WriteError
from segmenter_app.core.fileio import write_atomically
from segmenter_app.core.model.document import CustomerDocument
from segmenter_app.core.model.events import STATE_PARTS, DocumentChange, signal
from segmenter_app.core.projects.locks import OsLock
from segmenter_app.core.projects.periods import ProjectPeriods, write_periods
from segmenter_app.core.projects.project import write_database
from segmenter_app.core.projects.project_files import RECOVERY_APPLICATION_ID
from segmenter_app.core.projects.snapshot import (
    ImportRecord,
    record_to_json,
    settings_json,
    utc_now,
    write_snapshot,
)
from segmenter_app.core.projects.table_codec import encode_table, encode_value

EXTENSION = ".segmenter-recovery"
#: Parts of the document's state kept in its settings (the rest: triage and pins rows).
SETTINGS_PARTS = STATE_PARTS - {"triage", "pinned"}

_CHANGES = (
    "CREATE TABLE IF NOT EXISTS changes"
    " (seq INTEGER PRIMARY KEY, at TEXT NOT NULL, kind TEXT NOT NULL, data BLOB NOT NULL)"
)
#: Above this many rows in one change, the whole column is written (one blob) instead
#: of a JSON list of cells.
_WHOLE_COLUMN = 2000


class RecoveryJournal:
    """Records a document's changes in a recovery file as they happen.

    ``path`` is a folder (a new file is made in it) or the recovery file itself.
    ``base`` is an optional project file that holds exactly the document as it is now
    (it was just opened or saved): it is copied as the base instead of written anew.
    ``unsaved_base``: the document holds work that no file has (it was restored from
    a recovery file, or updated from a newer list), so the recovery file is worth
    restoring even if nothing changes after it; a :meth:`rebase` (after a save) clears it.
    Call :meth:`discard` when the user saved or closed cleanly, and make a new journal
    for a new document (after an update from a newer list).
    """

    def __init__(
        self,
        path: Path | str,
        document: CustomerDocument,
        *,
        source_path: Path | str | None = None,
        project_path: Path | str | None = None,
        history: list[ImportRecord] | None = None,
        base: Path | str | None = None,
        unsaved_base: bool = False,
        periods: ProjectPeriods | None = None,
    ) -> None:
        path = Path(path)
        self.path = path / f"{uuid.uuid4().hex}{EXTENSION}" if path.is_dir() else path
        self.document = document
        self.source_path = source_path
        self.project_path = Path(project_path) if project_path is not None else None
        self.history = history
        #: the project's periods, ``document`` the last (None: one period)
        self.periods = periods
        self.unsaved_base = unsaved_base
        self.changes = 0
        #: emitted with a ProjectError("cannot_write") when recording had to stop
        self.failed = signal(ProjectError)
        self.error: ProjectError | None = None
        self._connection: sqlite3.Connection | None = None
        #: records held for one transaction (:meth:`together`), else None
        self._together: list[tuple[str, bytes]] | None = None
        # Locked before the file exists and until it is closed: another Segmenter
        # starting now sees a live journal and never reads, moves or deletes it.
        self._lock = OsLock.acquire(journal_lock_path(self.path))
        if self._lock is None:
            raise ProjectError("in_use", self.path)
        try:
            self._write_base(Path(base) if base is not None else None)
            self._open()
        except BaseException:
            self._lock.release(remove=True)
            raise
        self._connect_signals()

    # ----------------------------------------------------------------- life

    def _write_base(self, base: Path | None) -> None:
        started = utc_now()
        meta = {
            "started_at": started,
            "last_change_at": "",
            "changes": "0",
            "project_path": "" if self.project_path is None else str(self.project_path),
            "unsaved_base": "1" if self.unsaved_base else "0",
        }
        if base is not None:
            self._copy_base(base, meta)
        else:
            write_database(
                self.path,
                lambda connection: self._fill_base(connection, meta),
                application_id=RECOVERY_APPLICATION_ID,
                wal=True,
            )
        self._remember_state()

    def _fill_base(self, connection: sqlite3.Connection, meta: dict[str, str]) -> None:
        write_snapshot(
            connection,
            self.document,
            kind="recovery",
            source_path=self.source_path,
            history=self.history,
            extra_meta=meta,
        )
        write_periods(connection, self.periods, self.document, self.source_path)
        connection.execute(_CHANGES)

    def _copy_base(self, base: Path, meta: dict[str, str]) -> None:
        # A file copy (milliseconds) instead of encoding the table again (a second at
        # 100,000 customers); then the copy is marked as a recovery file.
        def build(temporary: Path) -> None:
            shutil.copyfile(base, temporary)
            connection = sqlite3.connect(temporary, isolation_level=None)
            try:
                connection.execute(f"PRAGMA application_id = {RECOVERY_APPLICATION_ID}")
                connection.execute("BEGIN")
                connection.execute("UPDATE meta SET value = 'recovery' WHERE key = 'kind'")
                connection.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", meta.items())
                connection.execute(_CHANGES)
                connection.execute("COMMIT")
                connection.execute("PRAGMA journal_mode = WAL")
            finally:
                connection.close()

        try:
            write_atomically(self.path, build)
        except WriteError as error:
            raise ProjectError("cannot_write", self.path, reason=error.reason) from None
        except sqlite3.Error as error:
            raise ProjectError("cannot_write", self.path, reason=str(error)) from None

    def _open(self) -> None:
        connection = sqlite3.connect(self.path, isolation_level=None)
        # Exclusive before the first access: the lock is held until close (a running
        # app's file is "in use"), and WAL needs no shared-memory file.
        connection.execute("PRAGMA locking_mode = EXCLUSIVE")
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("PRAGMA synchronous = NORMAL")
        # A first write takes the lock now, not at the first change.
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("INSERT OR REPLACE INTO meta VALUES ('opened_at', ?)", (utc_now(),))
        connection.execute("COMMIT")
        self._connection = connection

    def _connect_signals(self) -> None:
        self._pending: dict[str, set[int] | None] = {}
        self._listening = True
        self.document.changed.connect(self._on_document_changed)

    def _disconnect_signals(self) -> None:
        if not self._listening:
            return
        self._listening = False
        self.document.changed.disconnect(self._on_document_changed)

    def rebase(self, project_path: Path | str) -> None:
        """The document was just saved to ``project_path``: start over from that file
        (a copy, not a rewrite) with an empty journal.  When that fails (a full disk)
        recording stops as for a failed write: ``failed`` is emitted and the old file
        is kept, since it still holds the work."""
        self._close_connection()
        self._pending.clear()
        try:
            self.project_path = Path(project_path)
            self.unsaved_base = False
            self._write_base(self.project_path)
            self._open()
        except ProjectError as error:
            self._stop(error)
            return
        except sqlite3.Error as error:
            self._stop(ProjectError("cannot_write", self.path, reason=str(error)))
            return
        self.changes = 0
        if not self._listening:  # recording had stopped (a full disk): start again
            self.error = None
            self._connect_signals()

    def close(self) -> None:
        """Stop recording and keep the file (it is then a recovery on the next start)."""
        if self._connection is not None:
            self.flush()
            self._disconnect_signals()
            self._close_connection()
        self._lock.release(remove=True)

    def discard(self) -> None:
        """Stop recording and delete the file: the work was saved or closed cleanly."""
        self._disconnect_signals()
        self._close_connection()
        remove_database_files(self.path)  # ours: this journal holds the lock
        self._lock.release(remove=True)

    def _close_connection(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None

    def __enter__(self) -> RecoveryJournal:
        return self

    def __exit__(self, *exc_info: Any) -> None:
        self.close()

    # ----------------------------------------------------------------- recording

    def _remember_state(self) -> None:
        document = self.document
        self._settings = settings_json(document)
        # Row arrays of this document, to find what flipped (rows of one document
        # compared with themselves: the file gets the keys).
        self._triage = document.triage_override.copy()
        self._pinned = document.pinned.copy()

    def _on_document_changed(self, change: DocumentChange) -> None:
        """Write a change as soon as it is complete; a threshold drag when it ends (its
        mouse moves are not work to recover)."""
        if change.dragging:
            return
        for column in change.inputs:
            if column not in self.document.table.columns:
                continue
            pending = self._pending.get(column, set())
            if change.rows is None or pending is None:
                self._pending[column] = None
            else:
                pending.update(change.rows.tolist())
                self._pending[column] = pending
        self._write(self._cell_records() + self._state_records(change.state))

    def record_periods(self, periods: ProjectPeriods) -> None:
        """The periods' labels changed (a period renamed, or the renaming undone): one
        record of every period's info, by period id."""
        self.periods = periods
        payload = [{"id": period.id, "info": period.info.to_json()} for period in periods]
        self._write([("periods", json.dumps(payload, ensure_ascii=False).encode())])

    def add_history(self, record: ImportRecord) -> None:
        """A step of the project's history taken since the base (a collect): kept with
        the changes, so that a restore after a crash brings it back with the values."""
        self.history = [*(self.history or []), record]
        self._write([("history", json.dumps(record_to_json(record), ensure_ascii=False).encode())])

    def drop_history(self, record: ImportRecord) -> None:
        """A step of the history undone (a collect taken back): a restore leaves it out.
        (A Segmenter that does not know this record keeps the step in the history.)"""
        self.history = [entry for entry in (self.history or []) if entry is not record]
        self._write([("history_undone", json.dumps(record_to_json(record), ensure_ascii=False).encode())])

    @contextlib.contextmanager
    def together(self):
        """The changes recorded inside this block are written in one transaction: a crash
        keeps all of them or none (a collect's values and its history record)."""
        if self._together is not None:
            yield
            return
        self._together = []
        try:
            yield
        finally:
            records, self._together = self._together, None
            self._write(records)

    def flush(self) -> None:
        """Write everything not yet in the file (changes are written as they happen;
        this is for a caller that changed the document behind its commands)."""
        records = self._cell_records() + self._state_records(STATE_PARTS)
        self._write(records)

    def _cell_records(self) -> list[tuple[str, bytes]]:
        document = self.document
        keys = document.keys
        records = []
        for column, rows in self._pending.items():
            if rows is None or len(rows) > _WHOLE_COLUMN:
                blob, columns = encode_table(document.table[[column]])
                originals = [
                    [key, encode_value(value)]
                    for (key, name), value in document.original_values.items()
                    if name == column
                ]
                header = json.dumps({"column": column, "columns": columns, "originals": originals}).encode()
                records.append(("column", len(header).to_bytes(4, "big") + header + blob))
                continue
            ordered = sorted(rows)
            series = document.table[column]
            originals = document.original_values
            payload = {
                "column": column,
                "keys": [keys[row] for row in ordered],
                "values": [encode_value(series.iat[row]) for row in ordered],
                "originals": [
                    [keys[row], encode_value(originals[(keys[row], column)])]
                    if (keys[row], column) in originals
                    else [keys[row]]
                    for row in ordered
                ],
            }
            records.append(("cells", json.dumps(payload, ensure_ascii=False).encode()))
        self._pending.clear()
        return records

    def _state_records(self, parts: frozenset[str]) -> list[tuple[str, bytes]]:
        """Records of the parts of the document's state that ``parts`` says changed."""
        document = self.document
        records = []
        if parts & SETTINGS_PARTS:
            settings = settings_json(document)
            if settings != self._settings:
                records.append(("settings", settings.encode()))
                self._settings = settings
        for kind, part, now, before in (
            ("triage", "triage", document.triage_override, self._triage),
            ("pins", "pinned", document.pinned, self._pinned),
        ):
            if part not in parts or len(now) != len(before):
                continue  # not this journal's document any more
            changed = np.flatnonzero(now != before)
            if len(changed):
                payload = {
                    "keys": document.keys.array[changed].tolist(),
                    "values": now[changed].astype(np.int64).tolist(),
                }
                records.append((kind, json.dumps(payload).encode()))
                before[changed] = now[changed]
        return records

    def _write(self, records: list[tuple[str, bytes]]) -> None:
        if self._together is not None:
            self._together.extend(records)
            return
        if not records or self._connection is None:
            return
        now = utc_now("milliseconds")
        connection = self._connection
        try:
            connection.execute("BEGIN IMMEDIATE")
            connection.executemany(
                "INSERT INTO changes (at, kind, data) VALUES (?, ?, ?)",
                ((now, kind, data) for kind, data in records),
            )
            connection.executemany(
                "UPDATE meta SET value = ? WHERE key = ?",
                ((now, "last_change_at"), (str(self.changes + 1), "changes")),
            )
            connection.execute("COMMIT")
        except sqlite3.Error as error:
            with contextlib.suppress(sqlite3.Error):
                connection.execute("ROLLBACK")
            self._stop(ProjectError("cannot_write", self.path, reason=str(error)))
            return
        self.changes += 1

    def _stop(self, error: ProjectError) -> None:
        """A change could not be written (a full disk): stop here, so that the file
        keeps every change up to this one and none after a gap, and say so.  The edit
        itself goes on: autosave must never break editing."""
        self.error = error
        self._disconnect_signals()
        self._close_connection()
        self.failed.emit(error)


# --------------------------------------------------------------------------- files


def journal_lock_path(path: Path | str) -> Path:
    """The file a live journal holds an OS lock on (beside it)."""
    return Path(str(path) + ".lock")


def remove_database_files(path: Path) -> None:
    """Delete a database and SQLite's files beside it (the caller holds its lock)."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            Path(str(path) + suffix).unlink()
