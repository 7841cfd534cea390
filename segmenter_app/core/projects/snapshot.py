"""A document's whole state as rows of an SQLite database.

The project file (:mod:`.project`) and the recovery file (:mod:`.recovery`) share this
layout, so a recovery is a project plus a journal of changes.  Schema version 3 (the
snapshot is the current period's; the earlier periods are in the ``periods`` table,
written and read by :mod:`.periods`):

``meta(key, value)``
    text: ``format``, ``kind`` (project / recovery), ``schema_version``,
    ``app_version``, ``saved_at``, ``source_path``, ``project_path``, ``rows``, and JSON:
    ``columns`` (the table's column names and how each is stored), ``report`` (the
    import report), ``settings`` (thresholds, group order, band, scale).
``blobs(name, data, crc)``
    ``table``: the customer table as one zstd-compressed Arrow IPC stream.  The notes
    are its ``notes`` column; edited cells hold the edited value.  ``previous_positions``
    (only after an update from a newer list): each customer's SoW and KZI before it, two
    little-endian float64 arrays, zlib-compressed; a reader that does not know it
    ignores it.  ``keys``: each row's customer key (:mod:`segmenter_app.core.model.keys`),
    one Arrow text column in row order.
``triage(key, value)``, ``pins(key)``
    the overrides, by customer key (only customers that have one).
``originals(key, col, value)``
    the value the file had for each input a user edited (JSON), by customer key.
``history(...)``, ``gone(...)``
    every import and update, and the customers an update no longer found (with their
    key in the list they were in).

Schema 1 (until the customer key) kept the overrides and originals by table row and
had no keys; schema 2 (until periods) held one list; :mod:`.migrations` lifts such a
file in memory when it is opened.

Arrow keeps every column's dtype: ids stay text ("000123"), numbers float64.  An
object column (an edited text column, or an extra column mixing numbers and text) is
stored as two Arrow columns, its numbers and its texts, and put back together on
reading, so even its Python types come back as they were.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import math
import sqlite3
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from segmenter_app.core.errors import SnapshotError
from segmenter_app.core.importing.currency import DEFAULT_CURRENCY
from segmenter_app.core.importing.report import ImportReport, ImportResult, RowIssue
from segmenter_app.core.importing.scales import Scale
from segmenter_app.core.model import segmentation as sg
from segmenter_app.core.model.document import CustomerDocument
from segmenter_app.core.model.keys import CustomerKeys
from segmenter_app.core.model.plan_settings import PlanSettings
from segmenter_app.core.model.wallet import WalletEstimate
from segmenter_app.core.projects.table_codec import (
    decode_keys,
    decode_table,
    decode_value,
    encode_keys,
    encode_table,
    encode_value,
    is_nan,
    json_default,
)

FORMAT = "segmenter"
SCHEMA_VERSION = 3

SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE blobs (name TEXT PRIMARY KEY, data BLOB NOT NULL, crc INTEGER NOT NULL);
CREATE TABLE triage (key TEXT PRIMARY KEY, value INTEGER NOT NULL);
CREATE TABLE pins (key TEXT PRIMARY KEY);
CREATE TABLE originals (key TEXT NOT NULL, col TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY (key, col));
CREATE TABLE history (
    id INTEGER PRIMARY KEY, imported_at TEXT NOT NULL, kind TEXT NOT NULL, source_path TEXT,
    sheet TEXT, rows INTEGER NOT NULL, signature TEXT NOT NULL, summary TEXT NOT NULL
);
CREATE TABLE gone (
    history_id INTEGER NOT NULL REFERENCES history (id), customer_id TEXT NOT NULL,
    customer_name TEXT NOT NULL, account_manager TEXT NOT NULL, revenue REAL, wallet REAL,
    share_of_wallet REAL, satisfaction REAL, segment TEXT NOT NULL, notes TEXT NOT NULL,
    key TEXT NOT NULL
);
"""


@dataclass(frozen=True)
class GoneCustomer:
    """A customer an update no longer found, with the last values the project had."""

    customer_id: str
    customer_name: str
    account_manager: str
    revenue: float
    wallet: float
    share_of_wallet: float  #: fraction 0–1, NaN when unknown
    satisfaction: float  #: points 0–100, NaN when unknown
    segment: str  #: MODEL / FIX / GROW / MOVE, "" when unclassified
    notes: str
    #: its customer key in the list it was in (before schema 2: its id, else its name)
    key: str = ""


@dataclass(frozen=True)
class ImportRecord:
    """One step of a project's history: the first import, or an update from a newer list."""

    imported_at: str  #: ISO 8601, UTC
    source_path: str | None
    sheet: str | None
    rows: int
    signature: str
    kind: str = "import"  #: "import" or "update"
    #: counts an update found ({"added": 3, "gone": 1, "moved": 7, ...})
    summary: dict[str, int] = field(default_factory=dict)
    gone: tuple[GoneCustomer, ...] = ()

    @classmethod
    def from_report(
        cls, report: ImportReport, source_path: Path | str | None = None, imported_at: str | None = None
    ) -> ImportRecord:
        return cls(
            imported_at=imported_at or utc_now(),
            source_path=str(source_path if source_path is not None else report.path),
            sheet=report.sheet,
            rows=int(report.rows_read),
            signature=report.signature,
        )


def record_to_json(record: ImportRecord) -> dict[str, Any]:
    """A history record as JSON (the recovery journal keeps a collect's record so)."""
    return {**dataclasses.asdict(record), "gone": [dataclasses.asdict(g) for g in record.gone]}


def record_from_json(data: dict[str, Any]) -> ImportRecord:
    """:func:`record_to_json` read back (ValueError/TypeError/KeyError when it is not one)."""
    gone = tuple(GoneCustomer(**customer) for customer in data.get("gone", ()))
    return ImportRecord(
        imported_at=str(data["imported_at"]),
        source_path=None if data.get("source_path") is None else str(data["source_path"]),
        sheet=None if data.get("sheet") is None else str(data["sheet"]),
        rows=int(data["rows"]),
        signature=str(data["signature"]),
        kind=str(data.get("kind", "import")),
        summary=dict(data.get("summary", {})),
        gone=gone,
    )


@dataclass
class Snapshot:
    """Everything a snapshot holds, decoded; :func:`build_document` makes it a document."""

    meta: dict[str, str]
    table: pd.DataFrame
    keys: CustomerKeys
    report: ImportReport
    thresholds: sg.Thresholds
    group_order: tuple[str, ...]
    band_points: float
    scale: Scale | None
    #: customer key → OBSERVE / PRIORITISE
    triage_overrides: dict[str, int]
    pins: set[str]
    #: (customer key, column) → the value the file had
    original_values: dict[tuple[str, str], Any]
    history: list[ImportRecord]
    previous_positions: tuple[np.ndarray, np.ndarray] | None = None
    plan: PlanSettings = field(default_factory=PlanSettings)
    currency: str = "€"
    project_id: str = ""
    wallet_estimate: WalletEstimate | None = None


def utc_now(timespec: str = "seconds") -> str:
    import datetime

    return datetime.datetime.now(datetime.timezone.utc).isoformat(timespec=timespec)


# --------------------------------------------------------------------------- writing


def write_snapshot(
    connection: sqlite3.Connection,
    document: CustomerDocument,
    *,
    kind: str,
    source_path: Path | str | None,
    history: list[ImportRecord] | None,
    extra_meta: dict[str, str] | None = None,
) -> None:
    """Create the schema and write ``document`` into an empty database (one transaction
    is the caller's)."""
    # Not executescript(): it would commit the caller's transaction first.
    for statement in SCHEMA.split(";"):
        if statement.strip():
            connection.execute(statement)
    table = document.table
    blob, columns = encode_table(table)
    meta = {
        "format": FORMAT,
        "kind": kind,
        "schema_version": str(SCHEMA_VERSION),
        "app_version": _app_version(),
        "saved_at": utc_now(),
        "source_path": "" if source_path is None else str(source_path),
        "rows": str(len(table)),
        "columns": json.dumps(columns, ensure_ascii=False),
        "report": json.dumps(report_to_json(document.report), ensure_ascii=False, default=json_default),
        "settings": settings_json(document),
        **(extra_meta or {}),
    }
    connection.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())
    connection.execute("INSERT INTO blobs VALUES ('table', ?, ?)", (blob, zlib.crc32(blob)))
    keys = encode_keys(document.keys)
    connection.execute("INSERT INTO blobs VALUES ('keys', ?, ?)", (keys, zlib.crc32(keys)))
    if document.previous_positions is not None:
        positions = zlib.compress(np.stack(document.previous_positions).astype("<f8").tobytes())
        connection.execute(
            "INSERT INTO blobs VALUES ('previous_positions', ?, ?)", (positions, zlib.crc32(positions))
        )
    connection.executemany("INSERT INTO triage VALUES (?, ?)", document.triage_overrides.items())
    connection.executemany("INSERT INTO pins VALUES (?)", ((key,) for key in sorted(document.pins)))
    connection.executemany(
        "INSERT INTO originals VALUES (?, ?, ?)",
        ((key, column, encode_value(value)) for (key, column), value in document.original_values.items()),
    )
    records = history if history is not None else [ImportRecord.from_report(document.report, source_path)]
    write_history(connection, records)


def write_history(connection: sqlite3.Connection, records: list[ImportRecord]) -> None:
    for record in records:
        cursor = connection.execute(
            "INSERT INTO history (imported_at, kind, source_path, sheet, rows, signature, summary)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                record.imported_at,
                record.kind,
                record.source_path,
                record.sheet,
                int(record.rows),
                record.signature,
                json.dumps(record.summary),
            ),
        )
        connection.executemany(
            "INSERT INTO gone VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                (
                    cursor.lastrowid,
                    g.customer_id,
                    g.customer_name,
                    g.account_manager,
                    _sql_number(g.revenue),
                    _sql_number(g.wallet),
                    _sql_number(g.share_of_wallet),
                    _sql_number(g.satisfaction),
                    g.segment,
                    g.notes,
                    g.key,
                )
                for g in record.gone
            ),
        )


def settings_json(document: CustomerDocument) -> str:
    """Thresholds, group order, band, scale and the visit plan's capacity and cadence:
    what the user set, as one JSON text."""
    thresholds = document.thresholds
    return json.dumps(
        {
            "thresholds": {axis: dataclasses.asdict(getattr(thresholds, axis)) for axis in ("sow", "kzi")},
            "group_order": list(document.group_order),
            "band_points": float(document.band_points),
            "scale": scale_to_json(document.scale),
            "plan": document.plan_settings.to_json(),
            "currency": document.currency,
            "project_id": document.project_id,
            "wallet_estimate": (
                document.wallet_estimate.to_json() if document.wallet_estimate is not None else None
            ),
        },
        sort_keys=True,
    )


def settings_from_json(text: str | bytes) -> dict[str, Any]:
    """:func:`settings_json` read back: thresholds, group_order, band_points, scale,
    plan (ValueError, KeyError or TypeError when it is not one; a file from before the
    visit plan gets the default plan settings)."""
    data = json.loads(text)
    thresholds = data["thresholds"]
    group_order = tuple(str(group) for group in data["group_order"])
    sg.group_positions(group_order)
    return {
        "thresholds": sg.Thresholds(
            sow=sg.Threshold(**thresholds["sow"]), kzi=sg.Threshold(**thresholds["kzi"])
        ),
        "group_order": group_order,
        "band_points": float(data["band_points"]),
        "scale": scale_from_json(data["scale"]),
        "plan": PlanSettings.from_json(data.get("plan")),
        # Projects of versions before the currency setting: €.
        "currency": str(data.get("currency") or DEFAULT_CURRENCY),
        # Older projects have none: they get one when opened, and keep it once saved.
        "project_id": str(data.get("project_id") or ""),
        # Projects saved before the estimate existed have none.
        "wallet_estimate": WalletEstimate.from_json(data.get("wallet_estimate")),
    }


def scale_to_json(scale: Scale | None) -> dict[str, Any] | None:
    if scale is None:
        return None
    data = {"name": scale.name, "low": scale.low, "high": scale.high, "reversed": scale.reversed}
    if scale.levels:  # rating words, worst first
        data["levels"] = list(scale.levels)
    return data


def scale_from_json(data: dict[str, Any] | None) -> Scale | None:
    if data is None:
        return None
    levels = tuple(str(level) for level in data.get("levels") or ())
    return Scale(str(data["name"]), data["low"], data["high"], bool(data.get("reversed", False)), levels)


# --------------------------------------------------------------------------- the report


def report_to_json(report: ImportReport) -> dict[str, Any]:
    data = dataclasses.asdict(report)
    data["path"] = str(report.path)
    data["scale"] = scale_to_json(report.scale)
    data["file_notes"] = [[code, params] for code, params in report.file_notes]
    return data


def report_from_json(data: dict[str, Any]) -> ImportReport:
    values: dict[str, Any] = {}
    for item in dataclasses.fields(ImportReport):
        if item.name in data:
            values[item.name] = data[item.name]
        elif item.default is not dataclasses.MISSING:
            values[item.name] = item.default
        elif item.default_factory is not dataclasses.MISSING:
            values[item.name] = item.default_factory()
        else:  # a field a later version added: an empty value of its kind
            values[item.name] = None
    values["path"] = Path(values["path"] or "")
    values["scale"] = scale_from_json(values["scale"])
    values["skipped"] = [RowIssue(**issue) for issue in values["skipped"] or []]
    values["problems"] = [RowIssue(**issue) for issue in values["problems"] or []]
    values["file_notes"] = [(code, params) for code, params in values["file_notes"] or []]
    values["duplicate_ids"] = {str(k): list(v) for k, v in (values["duplicate_ids"] or {}).items()}
    return ImportReport(**values)


# --------------------------------------------------------------------------- reading


def read_snapshot(connection: sqlite3.Connection) -> Snapshot:
    """Decode a snapshot; :class:`SnapshotError` when a part is missing or unreadable
    (sqlite3 errors pass through: the caller decides what they mean)."""
    meta = dict(connection.execute("SELECT key, value FROM meta").fetchall())
    for key in ("format", "rows", "columns", "report", "settings"):
        if key not in meta:
            raise SnapshotError(f"meta {key} missing")
    if meta["format"] != FORMAT:
        raise SnapshotError(f"format {meta['format']!r}")
    blob = _blob(connection, "table")
    if blob is None:
        raise SnapshotError("table missing")
    try:
        table = decode_table(blob, json.loads(meta["columns"]))
        report = report_from_json(json.loads(meta["report"]))
        settings = settings_from_json(meta["settings"])
    except Exception as error:  # ValueError, KeyError, ..., and pyarrow's ArrowInvalid
        raise SnapshotError(f"{type(error).__name__}: {error}") from None
    if not settings["project_id"]:
        # A project saved before projects had ids: the same file always gets the same one.
        crc = zlib.crc32(blob)
        settings["project_id"] = hashlib.sha1(f"{meta.get('saved_at', '')}|{crc}".encode()).hexdigest()[:32]
    size = len(table)
    if size != int(meta["rows"]):
        raise SnapshotError("row count")
    keys = read_keys(connection, size)
    # A key the table does not have, a triage value or a column the document does not
    # take is refused by the document (ValueError: "damaged").
    triage_overrides = dict(connection.execute("SELECT key, value FROM triage").fetchall())
    pins = {key for (key,) in connection.execute("SELECT key FROM pins")}
    original_values = {
        (key, column): decode_value(value)
        for key, column, value in connection.execute("SELECT key, col, value FROM originals")
    }
    return Snapshot(
        meta=meta,
        table=table,
        keys=keys,
        report=report,
        **settings,
        triage_overrides=triage_overrides,
        pins=pins,
        original_values=original_values,
        history=read_history(connection),
        previous_positions=_read_positions(connection, size),
    )


def read_keys(connection: sqlite3.Connection, size: int) -> CustomerKeys:
    """The customers' keys of a snapshot (:class:`SnapshotError` when they are missing,
    damaged, not one per row or not unique)."""
    blob = _blob(connection, "keys")
    if blob is None:
        raise SnapshotError("keys missing")
    try:
        keys = decode_keys(blob)
    except Exception as error:  # pyarrow's ArrowInvalid, ValueError (not unique)
        raise SnapshotError(f"keys: {type(error).__name__}: {error}") from None
    if len(keys) != size:
        raise SnapshotError("keys do not match the table")
    return keys


def _blob(connection: sqlite3.Connection, name: str) -> bytes | None:
    """A stored blob whose checksum holds (None: the file has none of that name)."""
    row = connection.execute("SELECT data, crc FROM blobs WHERE name = ?", (name,)).fetchone()
    if row is None:
        return None
    blob, crc = row
    if zlib.crc32(blob) != crc:
        raise SnapshotError(f"{name} checksum")
    return blob


def _read_positions(connection: sqlite3.Connection, size: int) -> tuple[np.ndarray, np.ndarray] | None:
    blob = _blob(connection, "previous_positions")
    if blob is None:
        return None
    try:
        values = np.frombuffer(zlib.decompress(blob), dtype="<f8")
    except zlib.error as error:
        raise SnapshotError(f"previous positions: {error}") from None
    if len(values) != 2 * size:
        raise SnapshotError("previous positions do not match the table")
    return values[:size].copy(), values[size:].copy()


def read_history(connection: sqlite3.Connection) -> list[ImportRecord]:
    gone: dict[int, list[GoneCustomer]] = {}
    for history_id, *values in connection.execute(
        "SELECT history_id, customer_id, customer_name, account_manager, revenue, wallet,"
        " share_of_wallet, satisfaction, segment, notes, key FROM gone ORDER BY rowid"
    ):
        numbers = [math.nan if v is None else float(v) for v in values[3:7]]
        gone.setdefault(history_id, []).append(GoneCustomer(*values[:3], *numbers, *values[7:]))
    return [
        ImportRecord(
            imported_at=imported_at,
            source_path=source_path,
            sheet=sheet,
            rows=int(rows),
            signature=signature,
            kind=kind,
            summary=json.loads(summary),
            gone=tuple(gone.get(history_id, ())),
        )
        for history_id, imported_at, kind, source_path, sheet, rows, signature, summary in connection.execute(
            "SELECT id, imported_at, kind, source_path, sheet, rows, signature, summary"
            " FROM history ORDER BY id"
        )
    ]


def build_document(snapshot: Snapshot) -> CustomerDocument:
    """The document the snapshot was taken of: same table, settings, overrides, originals."""
    return CustomerDocument(
        ImportResult(snapshot.table, snapshot.report),
        keys=snapshot.keys,
        thresholds=snapshot.thresholds,
        group_order=snapshot.group_order,
        band_points=snapshot.band_points,
        scale=snapshot.scale,
        triage_overrides=snapshot.triage_overrides,
        pins=snapshot.pins,
        original_values=snapshot.original_values,
        previous_positions=snapshot.previous_positions,
        plan_settings=snapshot.plan,
        currency=snapshot.currency,
        project_id=snapshot.project_id,
        wallet_estimate=snapshot.wallet_estimate,
    )


# --------------------------------------------------------------------------- values


def _sql_number(value: float) -> float | None:
    return None if value is None or is_nan(value) else float(value)


def _app_version() -> str:
    from segmenter_app import __version__

    return __version__
