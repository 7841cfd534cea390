"""Steps that lift an older project or recovery file to today's schema, in memory.

:func:`~segmenter_app.core.projects.project.read_database` runs them on an in-memory
copy when a file is opened: the file on disk is never changed.

Schema 1 → 2, :func:`customer_keys_from_rows`: schema 1 kept the MOVE triage flips,
the pins and the values the file had before an edit by table row, and a recovery
journal recorded cells, flips and pins by row.  Schema 2 keeps them by customer key.
The step gives every row of the stored table its key — made from the customer's id and
name as the list had them (an edited name is put back first: a key is the list's, see
``core/model/keys.py``) — and rewrites each row as its customer's key; the customers
an update left out get their id, else their name, as their key.

Schema 2 → 3, :func:`periods_from_one_list`: a project keeps periods (``periods.py``).
A file of schema 2 or older held one list (an update replaced it): it becomes a
project of one period, labelled by the rule of ``period_info.py`` from the list's file
name or sheet, else the day of its first import.  Its notes, actions, pins, flips and
edits stay on its customers; a journal's records apply to that period as before.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
import zlib
from typing import Any

import numpy as np
import pandas as pd

from segmenter_app.core.model.keys import CustomerKeys, base_keys
from segmenter_app.core.projects.period_info import PERIODS_TABLE, period_info
from segmenter_app.core.projects.table_codec import decode_table, decode_value, encode_keys


def customer_keys_from_rows(connection: sqlite3.Connection) -> None:
    """Schema 1 → 2 (see the module's docstring).  Raises ValueError (or whatever a
    damaged part raises) when a part cannot be read: the caller calls the file damaged."""
    keys = _keys_of_stored_table(connection)
    size = len(keys)

    def key_of(row: Any) -> str:
        row = int(row)
        if not 0 <= row < size:
            raise ValueError("row outside the table")
        return keys[row]

    blob = encode_keys(keys)
    connection.execute("INSERT INTO blobs VALUES ('keys', ?, ?)", (blob, zlib.crc32(blob)))
    triage = [(key_of(row), value) for row, value in connection.execute("SELECT row, value FROM triage")]
    pins = [(key_of(row),) for (row,) in connection.execute("SELECT row FROM pins")]
    originals = [
        (key_of(row), column, value)
        for row, column, value in connection.execute("SELECT row, col, value FROM originals")
    ]
    connection.execute("DROP TABLE triage")
    connection.execute("DROP TABLE pins")
    connection.execute("DROP TABLE originals")
    connection.execute("CREATE TABLE triage (key TEXT PRIMARY KEY, value INTEGER NOT NULL)")
    connection.execute("CREATE TABLE pins (key TEXT PRIMARY KEY)")
    connection.execute(
        "CREATE TABLE originals (key TEXT NOT NULL, col TEXT NOT NULL, value TEXT NOT NULL,"
        " PRIMARY KEY (key, col))"
    )
    connection.executemany("INSERT INTO triage VALUES (?, ?)", triage)
    connection.executemany("INSERT INTO pins VALUES (?)", pins)
    connection.executemany("INSERT INTO originals VALUES (?, ?, ?)", originals)
    _key_gone_customers(connection)
    if connection.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'changes'").fetchone():
        records = connection.execute("SELECT seq, kind, data FROM changes ORDER BY seq").fetchall()
        connection.executemany(
            "UPDATE changes SET data = ? WHERE seq = ?",
            ((_journal_record(kind, data, key_of), seq) for seq, kind, data in records),
        )


def _keys_of_stored_table(connection: sqlite3.Connection) -> CustomerKeys:
    meta = dict(connection.execute("SELECT key, value FROM meta WHERE key = 'columns'").fetchall())
    (blob,) = connection.execute("SELECT data FROM blobs WHERE name = 'table'").fetchone()
    table = decode_table(blob, json.loads(meta["columns"]))
    identity = pd.DataFrame(
        {
            "customer_id": table["customer_id"].to_numpy(dtype=object),
            "customer_name": table["customer_name"].to_numpy(dtype=object, copy=True),
        }
    )
    # A name edited in the app: the key is made of the name the list had.
    for row, column, value in connection.execute(
        "SELECT row, col, value FROM originals WHERE col IN ('customer_id', 'customer_name')"
    ):
        if 0 <= int(row) < len(identity):
            identity.iat[int(row), identity.columns.get_loc(column)] = decode_value(value)
    return CustomerKeys.of_table(identity)


def _key_gone_customers(connection: sqlite3.Connection) -> None:
    """The customers updates left out get a key: their id, else their name (the list
    they were in is gone, so an id repeated in it cannot be told apart any more)."""
    connection.execute("ALTER TABLE gone ADD COLUMN key TEXT NOT NULL DEFAULT ''")
    gone = connection.execute("SELECT rowid, customer_id, customer_name FROM gone").fetchall()
    if gone:
        rowids, ids, names = zip(*gone)
        keys = base_keys(pd.DataFrame({"customer_id": list(ids), "customer_name": list(names)}))
        connection.executemany("UPDATE gone SET key = ? WHERE rowid = ?", zip(keys.tolist(), rowids))


def _journal_record(kind: str, data: bytes, key_of) -> bytes:
    """One record of a schema-1 journal with its rows as customer keys."""
    if kind == "cells":
        payload = json.loads(data)
        payload["keys"] = [key_of(row) for row in payload.pop("rows")]
        payload["originals"] = [[key_of(entry[0]), *entry[1:]] for entry in payload["originals"]]
        return json.dumps(payload, ensure_ascii=False).encode()
    if kind == "column":
        length = int.from_bytes(data[:4], "big")
        header = json.loads(data[4 : 4 + length])
        header["originals"] = [[key_of(row), value] for row, value in header["originals"]]
        encoded = json.dumps(header).encode()
        return len(encoded).to_bytes(4, "big") + encoded + data[4 + length :]
    if kind in ("triage", "pins"):
        payload = json.loads(data)
        rows = np.asarray(payload.pop("rows"), dtype=np.int64)
        payload = {"keys": [key_of(row) for row in rows.tolist()], **payload}
        return json.dumps(payload).encode()
    return data


def periods_from_one_list(connection: sqlite3.Connection) -> None:
    """Schema 2 → 3 (see the module's docstring): one period, the file's own list."""
    meta = dict(connection.execute("SELECT key, value FROM meta").fetchall())
    report = json.loads(meta["report"])
    first = connection.execute("SELECT imported_at FROM history ORDER BY id LIMIT 1").fetchone()
    added = first[0] if first else str(meta.get("saved_at", ""))
    info = period_info(
        meta.get("source_path") or None, str(report.get("sheet") or ""), date="", added_at=added
    )
    # A file that has periods already is no file of schema 2: "damaged".
    connection.execute(PERIODS_TABLE.replace(" IF NOT EXISTS", ""))
    connection.execute(
        "INSERT INTO periods VALUES (0, ?, ?, NULL)",
        (uuid.uuid4().hex, json.dumps(info.to_json(), ensure_ascii=False)),
    )
