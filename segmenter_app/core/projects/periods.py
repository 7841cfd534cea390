"""The periods of a project (PRODUCT.md §8): in memory, and in the project file.

A project keeps a list of periods, oldest first.  The first list read is period 1;
*Update from a newer list* adds a period after the last; *Add an earlier list* puts
one before the first.  Each period keeps its :class:`~.period_info.PeriodInfo` (label,
list, sheet, the file's date), its customer table as it stood, its thresholds, scale
and plan settings (``PlanSettings`` as a whole, so every setting a later version adds
goes with it), the MOVE triage flips and pins it was planned with — and so its plan:
the one made on that period's list with that period's settings and managers.  Notes,
actions, pins and triage belong to the customer: an update carries them by key to the
new period, and they are edited there.

The **current period** is the last one: its document is the editable
:class:`~segmenter_app.core.model.document.CustomerDocument` everything of §1–7 works
on.  A **past period**'s document is read-only (``document.read_only``; every edit
raises ``EditRefused("past_period")``) and built lazily from what the file holds, once:
:meth:`ProjectPeriods.build` builds them all (in a worker, after opening), so that
switching the period shown costs nothing but drawing.

:class:`ProjectPeriods` is immutable: adding, inserting or renaming a period makes a new
one (sharing the periods that did not change, their documents and their figures), so
the session can undo a step by going back to the object it had.

In the file (schema 3), beside the current period's snapshot (:mod:`.snapshot`):

``periods(position, id, info, state)``
    one row per period, oldest first (position 0); ``info`` the period's JSON info;
    ``state`` NULL for the current period (the file's own snapshot holds it), else a
    JSON text: the table's columns, the import report, the settings, triage flips,
    pins and edited values by customer key, and the row count.
``blobs('period:<id>:table')``, ``blobs('period:<id>:keys')``
    a past period's table and keys, encoded as the snapshot's are.
``meta('key_aliases')``
    JSON {key as a list writes it → the customer's key}: ids the user confirmed as
    the same customer under a new id, applied to every list read later.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import uuid
import zlib
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np

from segmenter_app.core.errors import SnapshotError
from segmenter_app.core.importing.report import ImportResult
from segmenter_app.core.model import history as hs
from segmenter_app.core.model.document import CustomerDocument
from segmenter_app.core.model.keys import list_keys
from segmenter_app.core.projects.period_info import PERIODS_TABLE, PeriodInfo, period_info, unique_label
from segmenter_app.core.projects.snapshot import (
    Snapshot,
    build_document,
    report_from_json,
    report_to_json,
    settings_from_json,
    settings_json,
    utc_now,
)
from segmenter_app.core.projects.table_codec import (
    decode_keys,
    decode_table,
    decode_value,
    encode_keys,
    encode_table,
    encode_value,
    json_default,
)
from segmenter_app.core.projects.updating import apply_update, estimate_for

# --------------------------------------------------------------------------- one period


@dataclass(frozen=True)
class StoredPeriod:
    """A past period as the file holds it: encoded once, written as it is."""

    table: bytes
    keys: bytes
    state: str  #: JSON (see the module's docstring)


class _Customers:
    """A period's customers: its document, its encoded form, its figures — each made
    from the other when first asked, once (a lock keeps two threads from building it
    twice).  A document that changes (the current period's) is encoded and figured
    again after each change: the caches key on its revision."""

    def __init__(self, document: CustomerDocument | None = None, stored: StoredPeriod | None = None) -> None:
        if document is None and stored is None:
            raise ValueError("a period needs its document or its stored form")
        self._document = document
        self._stored = stored
        self._stored_revision = None if stored is None else 0
        self._lock = threading.RLock()
        self._figures: tuple[Any, int, hs.PeriodFigures] | None = None
        self._summary: tuple[Any, int, hs.PeriodSummary] | None = None

    @property
    def built(self) -> bool:
        return self._document is not None

    @property
    def figured(self) -> bool:
        """Its figures are made for the document as it stands (who moved into or out of
        it then costs no decoding, no plan)."""
        document, cached = self._document, self._figures
        return document is not None and cached is not None and cached[0] is document and cached[1] == document.revision

    def document(self) -> CustomerDocument:
        with self._lock:
            if self._document is None:
                self._document = _decoded(self._stored)
                self._document.read_only = True
            return self._document

    def stored(self) -> StoredPeriod:
        with self._lock:
            document = self._document
            if self._stored is None or (document is not None and self._stored_revision != document.revision):
                self._stored = _encoded(document)
                self._stored_revision = document.revision
            return self._stored

    def figures(self) -> hs.PeriodFigures:
        document = self.document()
        cached = self._figures
        if cached is None or cached[0] is not document or cached[1] != document.revision:
            cached = (document, document.revision, hs.PeriodFigures.of_document(document))
            self._figures = cached
        return cached[2]

    def summary(self) -> hs.PeriodSummary:
        document = self.document()
        cached = self._summary
        if cached is None or cached[0] is not document or cached[1] != document.revision:
            cached = (document, document.revision, hs.period_summary(document))
            self._summary = cached
        return cached[2]


class Period:
    """One period: its id (stable for the project's life), its info and its customers."""

    def __init__(self, info: PeriodInfo, customers: _Customers, period_id: str | None = None) -> None:
        self.id = period_id or uuid.uuid4().hex
        self.info = info
        self._customers = customers

    @classmethod
    def of_document(cls, document: CustomerDocument, info: PeriodInfo) -> Period:
        return cls(info, _Customers(document=document))

    @property
    def label(self) -> str:
        return self.info.label

    @property
    def built(self) -> bool:
        """Its document exists already (switching to it costs nothing)."""
        return self._customers.built

    @property
    def figured(self) -> bool:
        """Its document and figures exist (who moved into the next period is quick)."""
        return self._customers.figured

    @property
    def document(self) -> CustomerDocument:
        """The period's document (built from the file on first use)."""
        return self._customers.document()

    def figures(self) -> hs.PeriodFigures:
        return self._customers.figures()

    def summary(self) -> hs.PeriodSummary:
        return self._customers.summary()

    def stored(self) -> StoredPeriod:
        return self._customers.stored()

    def with_info(self, info: PeriodInfo) -> Period:
        """The same period (id, customers, figures) under another label."""
        return Period(info, self._customers, self.id)

    def __repr__(self) -> str:
        return f"Period({self.label!r})"


# --------------------------------------------------------------------------- the periods


class ProjectPeriods:
    """A project's periods, oldest first; the last is the current period.  Immutable:
    every change returns a new object (see the module's docstring)."""

    def __init__(self, periods: Sequence[Period], aliases: Mapping[str, str] | None = None) -> None:
        if not periods:
            raise ValueError("a project has at least one period")
        self._periods = tuple(periods)
        #: key as a list writes it → the customer's key (ids confirmed as renamed)
        self.aliases: Mapping[str, str] = dict(aliases or {})
        self._movements: dict[tuple, hs.Movement] = {}

    @classmethod
    def single(cls, document: CustomerDocument, info: PeriodInfo | None = None) -> ProjectPeriods:
        """A project of one period: ``document`` (its info from its list, by default)."""
        if info is None:
            report = document.report
            info = period_info(report.path if str(report.path) not in ("", ".") else None, report.sheet)
        return cls([Period.of_document(document, info)])

    # ----------------------------------------------------------------- reading

    def __len__(self) -> int:
        return len(self._periods)

    def __getitem__(self, index: int) -> Period:
        return self._periods[index]

    def __iter__(self) -> Iterator[Period]:
        return iter(self._periods)

    @property
    def current_index(self) -> int:
        return len(self._periods) - 1

    @property
    def current(self) -> Period:
        return self._periods[-1]

    @property
    def document(self) -> CustomerDocument:
        """The current period's document: the one that is edited."""
        return self._periods[-1].document

    @property
    def labels(self) -> list[str]:
        return [period.label for period in self._periods]

    def index_of(self, period_id: str) -> int:
        return next(i for i, period in enumerate(self._periods) if period.id == period_id)

    def is_current(self, index: int) -> bool:
        return index in (-1, len(self._periods) - 1)

    def document_of(self, index: int) -> CustomerDocument:
        """A period's document: the current one (editable), or a past one (read-only,
        built on first use — :meth:`build` builds them ahead)."""
        return self._periods[index].document

    def figures(self, index: int) -> hs.PeriodFigures:
        return self._periods[index].figures()

    def summary(self, index: int) -> hs.PeriodSummary:
        return self._periods[index].summary()

    def movement(self, before: int, after: int) -> hs.Movement:
        """Who moved from period ``before`` to period ``after`` (any two; kept until
        either changes)."""
        first, second = self._periods[before], self._periods[after]
        key = (
            first.id,
            second.id,
            first.document.revision,
            second.document.revision,
            id(first.document),
            id(second.document),
        )
        found = self._movements.get(key)
        if found is None:
            found = hs.movement(first.figures(), second.figures())
            self._movements = {k: v for k, v in self._movements.items() if k[:2] != key[:2]}
            self._movements[key] = found
        return found

    def before(self, index: int) -> hs.Movement | None:
        """Who moved into period ``index`` from the one before it (None for the first):
        per customer of that period its segment before, ΔSoW, ΔKZI and trend."""
        index = index % len(self._periods)
        return self.movement(index - 1, index) if index > 0 else None

    def actions_done(self, index: int) -> np.ndarray:
        """Per customer of period ``index``: an action marked done during it (before
        the next list came)."""
        earlier = self.figures(index - 1) if index > 0 else None
        return hs.actions_done_between(self.figures(index), earlier)

    def effect(self, index: int) -> hs.Effect:
        """*Did it work* from period ``index`` to the next one."""
        if not 0 <= index < len(self._periods) - 1:
            raise IndexError("did it work needs a period and the one after it")
        return hs.effect(
            self.figures(index),
            self.figures(index + 1),
            self.movement(index, index + 1),
            self.actions_done(index),
        )

    def trails(self, keys: Sequence[str]) -> hs.Trails:
        """Where the customers ``keys`` stood in every period (periods × customers).
        Read from each period's document by its keys' hash lookup: a few selected
        customers cost microseconds, not a pass over every period's list (the chart
        asks on every change of the selection)."""
        wanted = list(keys)
        sow = np.full((len(self._periods), len(wanted)), np.nan)
        kzi = np.full((len(self._periods), len(wanted)), np.nan)
        segment = np.full((len(self._periods), len(wanted)), hs.ABSENT, dtype=np.int8)
        for index, period in enumerate(self._periods):
            document = period.document
            lookup = document.keys
            rows = np.array([lookup.row(key) if key in lookup else -1 for key in wanted], dtype=np.int64)
            found = np.flatnonzero(rows >= 0)
            sow[index, found] = document.prepared.sow[rows[found]]
            kzi[index, found] = document.prepared.kzi[rows[found]]
            segment[index, found] = document.result.segment[rows[found]]
        return hs.Trails(tuple(wanted), sow, kzi, segment)

    def build(
        self, progress: Callable[[float], None] | None = None, cancelled: Callable[[], bool] | None = None
    ) -> None:
        """Build every period's document and figures (a worker's job after opening:
        switching period then only draws).  Stops early when ``cancelled()``."""
        for index, period in enumerate(self._periods):
            if cancelled is not None and cancelled():
                return
            period.figures()
            if progress is not None:
                progress((index + 1) / len(self._periods))

    # ----------------------------------------------------------------- changing

    def _with(self, periods: Sequence[Period], aliases: Mapping[str, str] | None = None) -> ProjectPeriods:
        changed = ProjectPeriods(periods, self.aliases if aliases is None else aliases)
        changed._movements = dict(self._movements)  # keyed by ids and revisions: still true
        return changed

    def added(self, document: CustomerDocument, info: PeriodInfo) -> ProjectPeriods:
        """A new current period after the last (its label made unique)."""
        info = _unique(info, self.labels)
        return self._with([*self._periods, Period.of_document(document, info)])

    def inserted(self, document: CustomerDocument, info: PeriodInfo) -> ProjectPeriods:
        """A new first period (an earlier list), read-only like every past period."""
        info = _unique(info, self.labels)
        return self._with([Period.of_document(document, info), *self._periods])

    def renamed(self, index: int, label: str) -> ProjectPeriods:
        """Period ``index`` under another label (unique in the project)."""
        index = index % len(self._periods)
        others = [p.label for i, p in enumerate(self._periods) if i != index]
        period = self._periods[index]
        info = period.info.renamed(unique_label(label.strip() or period.label, others))
        periods = list(self._periods)
        periods[index] = period.with_info(info)
        return self._with(periods)

    def with_infos(self, infos: Mapping[str, PeriodInfo]) -> ProjectPeriods:
        """The periods with the infos ``infos`` gives by period id (a journal's record
        of the labels); KeyError for an id no period has."""
        unknown = set(infos) - {period.id for period in self._periods}
        if unknown:
            raise KeyError(sorted(unknown)[0])
        return self._with([period.with_info(infos.get(period.id, period.info)) for period in self._periods])

    def with_current(self, document: CustomerDocument, info: PeriodInfo | None = None) -> ProjectPeriods:
        """The current period's customers replaced (its list read again with other
        settings, a restored recovery): the same period, another document."""
        current = self._periods[-1]
        replaced = Period(info or current.info, _Customers(document=document), current.id)
        return self._with([*self._periods[:-1], replaced])

    def with_aliases(self, aliases: Mapping[str, str]) -> ProjectPeriods:
        return self._with(self._periods, {**self.aliases, **aliases})

    def mark_read_only(self) -> None:
        """Make every past period's document read-only and the current one editable
        (a document that was current is past after an update, and current again after
        its undo)."""
        for period in self._periods[:-1]:
            if period.built:
                period.document.read_only = True
        self._periods[-1].document.read_only = False


def _unique(info: PeriodInfo, taken: list[str]) -> PeriodInfo:
    label = unique_label(info.label, taken)
    return info if label == info.label else replace(info, label=label)


# --------------------------------------------------------------------------- periods from lists


def next_period(
    periods: ProjectPeriods,
    newer: ImportResult,
    source_path: Path | str | None,
    report,
    *,
    label: str | None = None,
    added_at: str | None = None,
) -> ProjectPeriods:
    """The periods with a newer list added after the last: the update's document (it
    carries notes, actions, triage flips and pins by key, and the thresholds and plan
    settings) as the new current period.  ``report``: ``updating.compare`` of the
    current document and the newer list."""
    document = apply_update(periods.document, newer, report)
    info = period_info(source_path, newer.report.sheet, label=label, added_at=added_at or utc_now())
    return periods.added(document, info).with_aliases(report.aliases)


def earlier_period(
    periods: ProjectPeriods,
    older: ImportResult,
    source_path: Path | str | None,
    *,
    label: str | None = None,
    added_at: str | None = None,
) -> ProjectPeriods:
    """The periods with an earlier list put before the first: read with the first
    period's thresholds, group order and plan settings, its customers keyed as the
    project keys them; the triage flips and pins the customers have now go with them
    (they belong to the customer)."""
    first, current = periods.document_of(0), periods.document
    table = older.table.copy()
    keys = list_keys(table, periods.aliases)
    known = set(keys.array.tolist())
    document = CustomerDocument(
        ImportResult(table, older.report),
        keys=keys,
        thresholds=first.thresholds,
        group_order=first.group_order,
        band_points=first.band_points,
        triage_overrides={k: v for k, v in current.triage_overrides.items() if k in known},
        pins=[key for key in current.pins if key in known],
        plan_settings=first.plan_settings,
        currency=older.report.currency or first.currency,
        project_id=current.project_id,
        wallet_estimate=estimate_for(first, table),
    )
    info = period_info(source_path, older.report.sheet, label=label, added_at=added_at or utc_now())
    return periods.inserted(document, info)


# --------------------------------------------------------------------------- the file


#: zstd's level for a past period: encoded once when it becomes past (about a second at
#: 100,000 customers, in the save after), a seventh smaller than the fastest level,
#: read as fast.
PAST_LEVEL = 6


def _encoded(document: CustomerDocument) -> StoredPeriod:
    table, columns = encode_table(document.table, PAST_LEVEL)
    state = {
        "rows": len(document),
        "columns": columns,
        "report": report_to_json(document.report),
        "settings": settings_json(document),
        "triage": dict(document.triage_overrides),
        "pins": sorted(document.pins),
        "originals": [
            [key, column, encode_value(value)] for (key, column), value in document.original_values.items()
        ],
    }
    return StoredPeriod(
        table=table,
        keys=encode_keys(document.keys, PAST_LEVEL),
        state=json.dumps(state, ensure_ascii=False, default=json_default),
    )


def _decoded(stored: StoredPeriod) -> CustomerDocument:
    """A past period's document as stored (SnapshotError when a part is damaged)."""
    try:
        state = json.loads(stored.state)
        table = decode_table(stored.table, state["columns"])
        keys = decode_keys(stored.keys)
        if len(table) != int(state["rows"]) or len(keys) != len(table):
            raise ValueError("rows")
        snapshot = Snapshot(
            meta={},
            table=table,
            keys=keys,
            report=report_from_json(state["report"]),
            **settings_from_json(state["settings"]),
            triage_overrides={str(k): int(v) for k, v in state["triage"].items()},
            pins={str(key) for key in state["pins"]},
            original_values={(key, column): decode_value(value) for key, column, value in state["originals"]},
            history=[],
        )
        return build_document(snapshot)
    except Exception as error:  # any damage: one message, never a traceback
        raise SnapshotError(f"period: {type(error).__name__}: {error}") from None


def write_periods(
    connection: sqlite3.Connection,
    periods: ProjectPeriods | None,
    document: CustomerDocument,
    source_path: Path | str | None = None,
) -> None:
    """Write the periods beside the snapshot of ``document`` (the current period).
    None: a project of one period (its info from its list)."""
    if periods is None or periods.document is not document:
        source = source_path if source_path is not None else document.report.path
        periods = ProjectPeriods.single(document, period_info(source, document.report.sheet, date=""))
    connection.execute(PERIODS_TABLE)
    last = len(periods) - 1
    for position, period in enumerate(periods):
        info = json.dumps(period.info.to_json(), ensure_ascii=False)
        if position == last:
            connection.execute("INSERT INTO periods VALUES (?, ?, ?, NULL)", (position, period.id, info))
            continue
        stored = period.stored()
        connection.execute(
            "INSERT INTO periods VALUES (?, ?, ?, ?)", (position, period.id, info, stored.state)
        )
        for part, blob in (("table", stored.table), ("keys", stored.keys)):
            connection.execute(
                "INSERT INTO blobs VALUES (?, ?, ?)", (f"period:{period.id}:{part}", blob, zlib.crc32(blob))
            )
    if periods.aliases:
        connection.execute(
            "INSERT OR REPLACE INTO meta VALUES ('key_aliases', ?)",
            (json.dumps(dict(periods.aliases), ensure_ascii=False, sort_keys=True),),
        )


def read_periods(
    connection: sqlite3.Connection, document: CustomerDocument, meta: Mapping[str, str]
) -> ProjectPeriods:
    """The periods of a file whose snapshot is ``document`` (SnapshotError when a part
    is damaged).  A file without periods (written by a part that saves one list) is a
    project of one period."""
    has_table = connection.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'periods'"
    ).fetchone()
    try:
        aliases = {str(k): str(v) for k, v in json.loads(meta.get("key_aliases") or "{}").items()}
    except (ValueError, AttributeError) as error:
        raise SnapshotError(f"key aliases: {error}") from None
    if not has_table:
        return ProjectPeriods.single(document, one_period_info(meta, document)).with_aliases(aliases)
    rows = connection.execute("SELECT position, id, info, state FROM periods ORDER BY position").fetchall()
    if not rows:
        raise SnapshotError("no periods")
    periods = []
    for number, (_position, period_id, info_text, state) in enumerate(rows):
        try:
            info = PeriodInfo.from_json(json.loads(info_text))
        except (ValueError, TypeError) as error:
            raise SnapshotError(f"period info: {error}") from None
        if number == len(rows) - 1:
            if state is not None:
                raise SnapshotError("the current period is not the file's own")
            periods.append(Period(info, _Customers(document=document), period_id))
            continue
        if not isinstance(state, str):
            raise SnapshotError("a past period without its state")
        blobs = {}
        for part in ("table", "keys"):
            row = connection.execute(
                "SELECT data, crc FROM blobs WHERE name = ?", (f"period:{period_id}:{part}",)
            ).fetchone()
            if row is None or zlib.crc32(row[0]) != row[1]:
                raise SnapshotError(f"period {info.label}: {part} missing or damaged")
            blobs[part] = bytes(row[0])
        periods.append(
            Period(info, _Customers(stored=StoredPeriod(blobs["table"], blobs["keys"], state)), period_id)
        )
    return ProjectPeriods(periods, aliases)


def one_period_info(meta: Mapping[str, str], document: CustomerDocument) -> PeriodInfo:
    """The info of the one period a file of schema 2 or older holds: labelled from its
    list's name or sheet, else the day it was saved."""
    source = meta.get("source_path") or None
    saved = str(meta.get("saved_at", ""))
    return period_info(source, document.report.sheet, date="", added_at=saved)
