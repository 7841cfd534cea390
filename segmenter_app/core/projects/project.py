"""The project file (``.segmenter``): one SQLite database holding the data, mapping,
thresholds, notes, overrides and the history of imports (layout in :mod:`.snapshot`).

Saving writes a complete new database next to the target and renames it into place,
so a crash or a kill in the middle of a save leaves the previous file as it was.
Opening is read-only: a file is never changed by opening it, not even a damaged one,
and a file of an older schema is migrated in memory only.

Every failure is a :class:`ProjectError` with a code the UI and the CLI word:
``not_found``, ``not_a_file`` (a folder), ``permission``, ``not_a_project`` (another
kind of file), ``damaged``, ``too_new`` (made by a newer Segmenter), ``cannot_write``,
``would_overwrite_source``, and for recovery files ``in_use`` (a running Segmenter
holds it).  ``params`` may carry ``reason`` / ``detail`` (technical, for a log) and,
for ``too_new``, ``version`` and ``supported``.
"""

from __future__ import annotations

import contextlib
import errno
import sqlite3
import struct
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from segmenter_app.core.errors import ProjectError, SnapshotError, WriteError
from segmenter_app.core.fileio import (
    NotRegularFile,
    open_regular,
    same_file,
    write_atomically,
)
from segmenter_app.core.model.document import CustomerDocument
from segmenter_app.core.projects.locks import holder_elsewhere
from segmenter_app.core.projects.migrations import customer_keys_from_rows, periods_from_one_list
from segmenter_app.core.projects.periods import ProjectPeriods, read_periods, write_periods
from segmenter_app.core.projects.project_files import (
    EXTENSION,
    PROJECT_APPLICATION_ID,
    SQLITE_MAGIC,
    database_application_id,
    is_project_file,
)
from segmenter_app.core.projects.snapshot import (
    SCHEMA_VERSION,
    GoneCustomer,
    ImportRecord,
    Snapshot,
    build_document,
    read_snapshot,
    write_snapshot,
)

__all__ = [
    "EXTENSION",
    "SCHEMA_VERSION",
    "GoneCustomer",
    "ImportRecord",
    "OpenedProject",
    "ProjectError",
    "ProjectPeriods",
    "is_project_file",
    "open_project",
    "save_project",
]

#: version → the step that lifts a database of that version to the next one.  Steps
#: run on an in-memory copy when a file is opened; a file on disk is never migrated.
MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {
    1: customer_keys_from_rows,
    2: periods_from_one_list,
}


@dataclass
class OpenedProject:
    document: CustomerDocument
    path: Path
    #: the customer list the data was imported from (None if unknown)
    source_path: Path | None
    history: list[ImportRecord]
    saved_at: str  #: ISO 8601, UTC
    app_version: str  #: the Segmenter that wrote the file
    schema_version: int  #: of the file as it is on disk (before any migration)
    #: a recovery: the project file the work belonged to (None: never saved)
    project_path: Path | None = None
    #: a recovery: the changes replayed on top of its base
    changes: int = 0
    meta: dict[str, str] = field(default_factory=dict, repr=False)
    #: the project's periods, oldest first; the last is ``document`` (a file of schema
    #: 2 or older: one period)
    periods: ProjectPeriods | None = None


# --------------------------------------------------------------------------- saving


def save_project(
    document: CustomerDocument,
    path: Path | str,
    *,
    source_path: Path | str | None = None,
    history: list[ImportRecord] | None = None,
    periods: ProjectPeriods | None = None,
) -> None:
    """Write the project file at ``path`` (replacing it in one rename).

    ``history`` is the project's imports and updates (:attr:`OpenedProject.history`,
    plus a record per update); None records the document's own import as the first.
    ``periods``: the project's periods, ``document`` the last of them (None: a project
    of one period, ``document``).
    """
    target = Path(path)
    source = Path(source_path) if source_path is not None else document.report.path
    if _same_file(target, source) or _same_file(target, document.report.path):
        raise ProjectError("would_overwrite_source", target)
    if target.is_dir():
        raise ProjectError("not_a_file", target)
    holder = holder_elsewhere(target)
    if holder is not None:  # another running Segmenter has this project open
        raise ProjectError("locked", target, user=holder.user, host=holder.host, since=holder.since)

    def fill(connection: sqlite3.Connection) -> None:
        write_snapshot(connection, document, kind="project", source_path=source_path, history=history)
        write_periods(connection, periods, document, source_path)

    write_database(target, fill, application_id=PROJECT_APPLICATION_ID)


def write_database(
    target: Path, fill: Callable[[sqlite3.Connection], None], *, application_id: int, wal: bool = False
) -> None:
    """Build a database in a temporary file beside ``target`` and put it in place in one
    rename (:func:`fileio.write_atomically`): readers see the old file or the new one,
    never a mix."""

    def build(temporary: Path) -> None:
        # No rollback journal and no syncs while building: a failed build is thrown
        # away whole; write_atomically's fsync makes the finished file durable.
        connection = sqlite3.connect(temporary, isolation_level=None)
        try:
            connection.execute("PRAGMA journal_mode = OFF")
            connection.execute("PRAGMA synchronous = OFF")
            connection.execute(f"PRAGMA application_id = {int(application_id)}")
            connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            connection.execute("BEGIN")
            fill(connection)
            connection.execute("COMMIT")
            if wal:
                connection.execute("PRAGMA journal_mode = WAL")
        finally:
            connection.close()

    try:
        write_atomically(target, build)
    except WriteError as error:
        code = "permission" if error.errno in (errno.EACCES, errno.EPERM) else "cannot_write"
        raise ProjectError(code, target, reason=error.reason, errno=error.errno) from None
    except sqlite3.Error as error:
        raise ProjectError("cannot_write", target, reason=str(error)) from None


def _same_file(a: Path, b: Path | None) -> bool:
    return same_file(a, b)


# --------------------------------------------------------------------------- opening


def open_project(path: Path | str) -> OpenedProject:
    """Read a project file (read-only) and rebuild its document exactly."""
    target = Path(path)
    with read_database(target, PROJECT_APPLICATION_ID) as (connection, version):
        snapshot = read_checked_snapshot(connection, target)
        opened = opened_project(snapshot, target, version)
        opened.periods = read_checked_periods(connection, opened)
    return opened


@contextlib.contextmanager
def read_database(target: Path, application_id: int, *, writable: bool = False):
    """A checked connection to one of our databases, migrated to this schema:
    ``(connection, version on disk)``.  Read-only unless ``writable`` (a recovery file
    is ours to change; a project file is not)."""
    header = _read_header(target)
    if len(header) < 100 or header[:16] != SQLITE_MAGIC or database_application_id(header) != application_id:
        raise ProjectError("not_a_project", target)
    if header[18] == 1:  # rollback-journal mode: a WAL file's size is SQLite's to check
        _check_size(target, header)
    version = struct.unpack(">i", header[60:64])[0]
    if version > SCHEMA_VERSION:
        raise ProjectError("too_new", target, version=version, supported=SCHEMA_VERSION)
    if version < 1:
        raise ProjectError("damaged", target, detail=f"schema version {version}")
    uri = target.resolve().as_uri() + ("" if writable else "?mode=ro")
    connection = None
    try:
        connection = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=0)
        check = connection.execute("PRAGMA quick_check").fetchall()
        if check != [("ok",)]:
            raise ProjectError("damaged", target, detail=str(check[:3]))
        if version < SCHEMA_VERSION:
            connection = _migrated(connection, version, target)
        yield connection, version
    except sqlite3.OperationalError as error:
        if "locked" in str(error):
            raise ProjectError("in_use", target) from None
        raise ProjectError("damaged", target, detail=str(error)) from None
    except sqlite3.Error as error:
        raise ProjectError("damaged", target, detail=str(error)) from None
    finally:
        if connection is not None:
            connection.close()


def read_checked_snapshot(connection: sqlite3.Connection, target: Path) -> Snapshot:
    """The snapshot, or "damaged": whatever part of a file is not what this version
    wrote (text that is not JSON, a value of another type), the user gets one message,
    never a traceback.  sqlite3 errors pass to :func:`read_database`."""
    try:
        return read_snapshot(connection)
    except SnapshotError as error:
        raise ProjectError("damaged", target, detail=str(error)) from None
    except sqlite3.Error:
        raise
    except Exception as error:
        raise ProjectError("damaged", target, detail=f"{type(error).__name__}: {error}") from None


def read_checked_periods(connection: sqlite3.Connection, opened: OpenedProject) -> ProjectPeriods:
    """The periods of the file ``opened`` was read from, or "damaged"."""
    try:
        return read_periods(connection, opened.document, opened.meta)
    except SnapshotError as error:
        raise ProjectError("damaged", opened.path, detail=str(error)) from None


def opened_project(snapshot: Snapshot, target: Path, version: int, **extra: Any) -> OpenedProject:
    """The project a snapshot read from ``target`` holds (a damaged one: "damaged")."""
    meta = snapshot.meta
    try:
        return OpenedProject(
            document=build_document(snapshot),
            path=target,
            source_path=Path(meta["source_path"]) if meta.get("source_path") else None,
            history=snapshot.history,
            saved_at=str(meta.get("saved_at", "")),
            app_version=str(meta.get("app_version", "")),
            schema_version=version,
            project_path=Path(meta["project_path"]) if meta.get("project_path") else None,
            meta=meta,
            **extra,
        )
    except Exception as error:  # a damaged file: any type, as in _read
        raise ProjectError("damaged", target, detail=f"{type(error).__name__}: {error}") from None


def _read_header(target: Path) -> bytes:
    try:
        with open_regular(target) as handle:  # a FIFO would block open() for ever
            return handle.read(100)
    except NotRegularFile:
        raise ProjectError("not_a_file", target) from None
    except FileNotFoundError:
        raise ProjectError("not_found", target) from None
    except IsADirectoryError:
        raise ProjectError("not_a_file", target) from None
    except PermissionError as error:
        # Windows says "permission denied" for a folder, too.
        if target.is_dir():
            raise ProjectError("not_a_file", target) from None
        raise ProjectError("permission", target, reason=error.strerror or str(error)) from None
    except OSError as error:
        raise ProjectError("damaged", target, detail=error.strerror or str(error)) from None


def _check_size(target: Path, header: bytes) -> None:
    """A file cut short (a copy that stopped, a full disk) is smaller than the page
    count its header gives: say "damaged" before SQLite reads zeros for the rest."""
    page_size = struct.unpack(">H", header[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    change_counter, pages, valid_for = (struct.unpack(">I", header[o : o + 4])[0] for o in (24, 28, 92))
    size = target.stat().st_size
    if page_size < 512 or size % page_size:
        raise ProjectError("damaged", target, detail="size is not a whole number of pages")
    if change_counter == valid_for and pages * page_size > size:
        raise ProjectError("damaged", target, detail=f"{size} bytes of {pages * page_size}")


def _migrated(connection: sqlite3.Connection, version: int, target: Path) -> sqlite3.Connection:
    """An in-memory copy of the database, lifted to :data:`SCHEMA_VERSION`."""
    memory = sqlite3.connect(":memory:", isolation_level=None)
    connection.backup(memory)
    connection.close()
    for step_from in range(version, SCHEMA_VERSION):
        step = MIGRATIONS.get(step_from)
        if step is None:
            memory.close()
            raise ProjectError("damaged", target, detail=f"no migration from schema {step_from}")
        memory.execute("BEGIN")
        try:
            step(memory)
        except sqlite3.Error:
            memory.close()
            raise
        except Exception as error:  # a part the step cannot read: the file is damaged
            memory.close()
            raise ProjectError("damaged", target, detail=f"{type(error).__name__}: {error}") from None
        memory.execute("COMMIT")
    return memory
