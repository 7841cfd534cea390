"""Update a project from a newer customer list: who is new, who is gone, what changed,
who moved between segments, and a new document that keeps the user's work.

Matching.  Customers are matched by their key (``core/model/keys.py``): the same key
in both lists is the same customer.  So they are matched by ``customer_id``; an id that
appears several times in a list is matched by occurrence: the first "K-7" of the old
list with the first "K-7" of the newer one, and so on (lists keep their order, so this
pairs the rows a person would pair).  A row without an id is matched by its customer
name as the list had it (case and surrounding spaces ignored), again by occurrence; a
row with neither never matches and counts as new / gone.

What the new document keeps (:func:`apply_update`).  The newer list is the truth for
every value: edits made in the old document are not carried over (they are listed in
:attr:`UpdateReport.dropped_edits` so the UI can say so).  Kept by customer (its key):
the note, the actions, the MOVE triage flip and the pin; kept as they are: thresholds (a median stays a
median, over the newer data), group order, band and the visit plan's capacities and
cadences.  Notes: when only one list has a
note, that note is kept (an app note survives a list without notes); when both have
different text, both are kept, the app's first, then the list's, on separate lines,
unless one already contains the other.

Segment moves compare what the user saw (the old document's segments) with the
newer list under the same thresholds, triage flips and pins.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from segmenter_app.core import columns as registry
from segmenter_app.core.importing.report import ImportResult
from segmenter_app.core.importing.scales import Scale
from segmenter_app.core.model import segmentation as sg
from segmenter_app.core.model.actions import ACTION_COLUMNS, ensure_action_columns
from segmenter_app.core.model.document import CustomerDocument
from segmenter_app.core.model.keys import (
    NAME_PREFIX,
    NO_KEY,
    CustomerKeys,
    base_keys,
    key_rows,
    list_keys,
    unique_keys,
)
from segmenter_app.core.model.wallet import WalletEstimate
from segmenter_app.core.projects.snapshot import GoneCustomer, ImportRecord, utc_now

#: Rows and columns of the migration matrix: the four segments, then unclassified.
MATRIX_SEGMENTS: tuple[int, ...] = (sg.MODEL, sg.FIX, sg.GROW, sg.MOVE, sg.UNCLASSIFIED)
MATRIX_LABELS: tuple[str, ...] = (*sg.SEGMENTS, "UNCLASSIFIED")
#: The rules that make a segment move an alert, each with the moves it covers: into FIX
#: from anywhere (the relationship broke while the customer spends with us: churn
#: risk), and a satisfied customer turning unsatisfied and low-share (MODEL or GROW into
#: MOVE).  The moves' ``rule`` column names the rule (``history_texts.alert_rule_text`` words it).
ALERT_RULES: dict[str, frozenset[tuple[int, int]]] = {
    "into_fix": frozenset({(sg.MODEL, sg.FIX), (sg.GROW, sg.FIX), (sg.MOVE, sg.FIX)}),
    "model_to_move": frozenset({(sg.MODEL, sg.MOVE)}),
    "grow_to_move": frozenset({(sg.GROW, sg.MOVE)}),
}
ALERT_MOVES: frozenset[tuple[int, int]] = frozenset().union(*ALERT_RULES.values())
#: The inputs compared between the lists, as the table names them (the column registry).
COMPARED_COLUMNS: tuple[str, ...] = registry.columns_with("compared")
NOTE_SEPARATOR = "\n"


@dataclass
class UpdateReport:
    """What changed from the document to the newer list (all rows are table rows)."""

    #: matched customers: old_rows[i] (document) is new_rows[i] (newer list)
    old_rows: np.ndarray
    new_rows: np.ndarray
    #: rows of the newer list that match no customer of the document
    added_rows: np.ndarray
    #: rows of the document that the newer list no longer has
    gone_rows: np.ndarray
    #: the gone customers with their last values (see :func:`_gone_frame`)
    gone: pd.DataFrame
    #: one row per changed value: customer_id, old_row, new_row, column, old, new
    changes: pd.DataFrame
    #: one row per matched customer whose segment changed: customer_id, customer_name,
    #: account_manager, old_row, new_row, from_segment, to_segment (ints), alert, rule
    #: (the key of ``ALERT_RULES`` that made it an alert, "" for none), values_changed
    #: (False: only a threshold moved under it)
    moves: pd.DataFrame
    #: customers per (old segment, new segment), in :data:`MATRIX_SEGMENTS` order
    matrix: np.ndarray
    added_by_segment: np.ndarray  #: new customers per segment of the newer list
    gone_by_segment: np.ndarray  #: gone customers per segment they had
    #: per row of the newer list: where it was before (NaN / UNCLASSIFIED when new),
    #: for the chart's "previous position" arrows
    previous_sow: np.ndarray
    previous_kzi: np.ndarray
    previous_segment: np.ndarray
    new_segment: np.ndarray  #: per row of the newer list, under the document's settings
    #: the scale the newer list is read with, and why ("newer": as detected or chosen
    #: on import; "document": the user had changed the document's scale)
    scale: Scale | None
    scale_source: str
    #: edited values of the old document that the newer list replaces: customer_id,
    #: customer_name, old_row, new_row (-1 when gone), column, edited, file_value, newer_value
    dropped_edits: pd.DataFrame
    #: rows of the newer list whose note joins the app's note and the list's
    notes_joined: np.ndarray
    #: how rows were matched: {"by_id": n, "by_id_occurrence": n, "by_name": n}
    matched_by: dict[str, int] = field(default_factory=dict)
    #: (SoW fraction, KZI points) in force before and, over the newer list, after: a
    #: median or percentile moves with the data, and customers whose values did not
    #: change can move with it
    thresholds_before: tuple[float, float] = (float("nan"), float("nan"))
    thresholds_after: tuple[float, float] = (float("nan"), float("nan"))
    #: the newer list's customer keys (the project's confirmed renamed ids applied):
    #: the keys of the document an update makes
    keys: CustomerKeys | None = None
    #: customers that may have got a new id: a gone customer and a new one with the same
    #: name (each name once on both sides) — customer_name, old_row, new_row, old_id,
    #: new_id, old_key, new_key; offered for confirmation, never matched by themselves
    renamed_ids: pd.DataFrame = field(default_factory=lambda: _renamed_ids_frame([]))
    #: the aliases the keys were made with (key as the list writes it → the customer's)
    aliases: dict[str, str] = field(default_factory=dict)

    @property
    def alerts(self) -> pd.DataFrame:
        return self.moves[self.moves["alert"]]

    @property
    def value_changes(self) -> pd.DataFrame:
        """The changed values other than names: the changed-values tab."""
        return self.changes[self.changes["column"] != "customer_name"]

    @property
    def renames(self) -> pd.DataFrame:
        """One row per matched customer whose name changed (old and new name)."""
        return self.changes[self.changes["column"] == "customer_name"]

    def counts(self) -> dict[str, int]:
        """Each count says what it counts and equals what is listed: ``matched``,
        ``added``, ``gone``, ``moved``, ``alerts`` (customers); ``changed_customers``
        (customers with a changed value other than their name) and ``changed_values``
        (the rows of :attr:`value_changes`); ``renamed`` (the rows of :attr:`renames`,
        counted apart); ``renamed_ids`` (candidates offered); ``dropped_edits``."""
        values = self.value_changes
        return {
            "matched": len(self.old_rows),
            "added": len(self.added_rows),
            "gone": len(self.gone_rows),
            "moved": len(self.moves),
            "alerts": int(self.moves["alert"].sum()) if len(self.moves) else 0,
            "changed_customers": int(values["new_row"].nunique()) if len(values) else 0,
            "changed_values": len(values),
            "renamed": len(self.renames),
            "renamed_ids": len(self.renamed_ids),
            "dropped_edits": len(self.dropped_edits),
        }

    def summary(self) -> dict[str, int]:
        return {
            "matched": len(self.old_rows),
            "added": len(self.added_rows),
            "gone": len(self.gone_rows),
            # Customers, not ids: a list without ids has many customers with the id "".
            "changed": int(self.changes["new_row"].nunique()) if len(self.changes) else 0,
            "moved": len(self.moves),
            "alerts": int(self.moves["alert"].sum()) if len(self.moves) else 0,
            "dropped_edits": len(self.dropped_edits),
        }

    def history_record(
        self, newer: ImportResult, source_path: Path | str | None = None, imported_at: str | None = None
    ) -> ImportRecord:
        """The project history's entry for this update, gone customers included."""
        gone = tuple(
            GoneCustomer(
                customer_id=str(row.customer_id),
                customer_name=str(row.customer_name),
                account_manager=str(row.account_manager),
                revenue=float(row.revenue),
                wallet=float(row.wallet),
                share_of_wallet=float(row.share_of_wallet),
                satisfaction=float(row.satisfaction),
                segment=str(row.segment),
                notes=str(row.notes),
                key=str(row.key),
            )
            for row in self.gone.itertuples(index=False)
        )
        report = newer.report
        return ImportRecord(
            imported_at=imported_at or utc_now(),
            source_path=str(source_path if source_path is not None else report.path),
            sheet=report.sheet,
            rows=int(report.rows_read),
            signature=report.signature,
            kind="update",
            summary=self.summary(),
            gone=gone,
        )


# --------------------------------------------------------------------------- compare


def compare(
    document: CustomerDocument, newer: ImportResult, aliases: Mapping[str, str] | None = None
) -> UpdateReport:
    """Match the newer list's customers with the document's and say what changed.
    ``aliases``: key as the list writes it → the customer's key, for ids the user
    confirmed as renamed (``renamed_ids``; kept by the project for later lists)."""
    old_table, new_table = document.table, newer.table
    new_keys = list_keys(new_table, aliases)
    old_rows, new_rows, matched_by = match_customers(document, new_table, new_keys)
    added_rows = np.setdiff1d(np.arange(len(new_table)), new_rows)
    gone_rows = np.setdiff1d(np.arange(len(old_table)), old_rows)

    scale, scale_source = _newer_scale(document, newer)
    triage = np.full(len(new_table), sg.NO_TRIAGE, dtype=np.int8)
    pinned = np.zeros(len(new_table), dtype=bool)
    triage[new_rows] = document.triage_override[old_rows]
    pinned[new_rows] = document.pinned[old_rows]
    prepared = sg.prepare(
        new_table,
        scale,
        triage_override=triage,
        pinned=pinned,
        wallet_estimate=estimate_for(document, new_table),
    )
    newer_result = sg.segment(prepared, document.thresholds, document.group_order)
    new_segment = newer_result.segment
    old_segment = document.result.segment

    previous_sow = np.full(len(new_table), np.nan)
    previous_kzi = np.full(len(new_table), np.nan)
    previous_segment = np.full(len(new_table), sg.UNCLASSIFIED, dtype=np.int8)
    previous_sow[new_rows] = document.prepared.sow[old_rows]
    previous_kzi[new_rows] = document.prepared.kzi[old_rows]
    previous_segment[new_rows] = old_segment[old_rows]

    position = _matrix_positions
    matrix = np.bincount(
        position(old_segment[old_rows]) * 5 + position(new_segment[new_rows]), minlength=25
    ).reshape(5, 5)

    changes = _changes(document, new_table, old_rows, new_rows)
    moves = _moves(old_table, new_table, old_rows, new_rows, old_segment, new_segment)
    moves["values_changed"] = np.isin(moves["new_row"].to_numpy(), changes["new_row"].to_numpy())
    return UpdateReport(
        old_rows=old_rows,
        new_rows=new_rows,
        added_rows=added_rows,
        gone_rows=gone_rows,
        gone=_gone_frame(document, gone_rows),
        changes=changes,
        moves=moves,
        matrix=matrix,
        added_by_segment=np.bincount(position(new_segment[added_rows]), minlength=5),
        gone_by_segment=np.bincount(position(old_segment[gone_rows]), minlength=5),
        previous_sow=previous_sow,
        previous_kzi=previous_kzi,
        previous_segment=previous_segment,
        new_segment=new_segment,
        scale=scale,
        scale_source=scale_source,
        dropped_edits=_dropped_edits(document, new_table, old_rows, new_rows),
        notes_joined=_notes(document, new_table, old_rows, new_rows)[1],
        matched_by=matched_by,
        thresholds_before=document.resolved_thresholds(),
        thresholds_after=(float(newer_result.sow_threshold), float(newer_result.kzi_threshold)),
        keys=new_keys,
        aliases=dict(aliases or {}),
        renamed_ids=_renamed_ids(document, new_table, new_keys, gone_rows, added_rows),
    )


def match_customers(
    document: CustomerDocument, new: pd.DataFrame, new_keys: CustomerKeys | None = None
) -> tuple[np.ndarray, np.ndarray, dict[str, int]]:
    """(old rows, new rows) of the customers both have — the same customer key — in
    the order of the newer list; and how many matched by id, by an id repeated in a
    list (then by occurrence), and by name.  ``new_keys``: the newer list's keys (by
    default made from it)."""
    new_bases = base_keys(new)
    if new_keys is None:
        new_keys = CustomerKeys(unique_keys(new_bases))
    matchable = new_bases != NO_KEY  # a customer with neither id nor name
    found = key_rows(document.keys.array, new_keys.array)
    new_rows = np.flatnonzero(matchable & (found >= 0))
    old_rows = found[new_rows]
    by_id = ~pd.Series(new_bases[new_rows], dtype=object).str.startswith(NAME_PREFIX).to_numpy()
    # Ids are never edited: the document's ids are its list's.
    old_bases = base_keys(document.table)
    repeated = _repeated(new_bases)[new_rows] | _repeated(old_bases)[old_rows]
    repeated &= by_id
    counts = {
        "by_id": int((by_id & ~repeated).sum()),
        "by_id_occurrence": int(repeated.sum()),
        "by_name": int((~by_id).sum()),
    }
    return old_rows, new_rows.astype(np.int64), counts


def _renamed_ids(
    document: CustomerDocument,
    new_table: pd.DataFrame,
    new_keys: CustomerKeys,
    gone_rows: np.ndarray,
    added_rows: np.ndarray,
) -> pd.DataFrame:
    """Gone and new customers with ids that share a name (case and spaces ignored),
    each name once among the gone and once among the new: likely one customer whose id
    changed.  Offered for confirmation; the update counts them as gone and new."""

    def named(table: pd.DataFrame, rows: np.ndarray) -> pd.DataFrame:
        ids = _texts(table["customer_id"]).str.strip().to_numpy(dtype=object)[rows]
        names = _texts(table["customer_name"]).str.strip().to_numpy(dtype=object)[rows]
        frame = pd.DataFrame({"row": rows, "id": ids, "name": names})
        frame["folded"] = frame["name"].str.casefold()
        frame = frame[(frame["id"] != "") & (frame["name"] != "")]
        return frame[~frame["folded"].duplicated(keep=False)]

    gone = named(document.table, np.asarray(gone_rows, dtype=np.int64))
    added = named(new_table, np.asarray(added_rows, dtype=np.int64))
    pairs = gone.merge(added, on="folded", suffixes=("_old", "_new"))
    return _renamed_ids_frame(
        [
            {
                "customer_name": pair.name_new,
                "old_row": int(pair.row_old),
                "new_row": int(pair.row_new),
                "old_id": pair.id_old,
                "new_id": pair.id_new,
                "old_key": document.keys[int(pair.row_old)],
                "new_key": new_keys[int(pair.row_new)],
            }
            for pair in pairs.sort_values("row_new").itertuples(index=False)
        ]
    )


def _renamed_ids_frame(records: list[dict]) -> pd.DataFrame:
    columns = ["customer_name", "old_row", "new_row", "old_id", "new_id", "old_key", "new_key"]
    return pd.DataFrame(records, columns=columns)


def _repeated(bases: np.ndarray) -> np.ndarray:
    series = pd.Series(bases, dtype=object)
    return series.duplicated(keep=False).to_numpy()


def _texts(series: pd.Series) -> pd.Series:
    return series.astype(object).where(series.notna(), "").astype(str)


def _matrix_positions(segments: np.ndarray) -> np.ndarray:
    # MODEL..MOVE are 0..3; unclassified (-1) goes last.
    return np.where(segments < 0, 4, segments).astype(np.int64)


def _newer_scale(document: CustomerDocument, newer: ImportResult) -> tuple[Scale | None, str]:
    """A scale chosen on importing the newer list wins; else a scale the user set in
    the document; else the one detected in the newer list (its header may say 1-7 now)."""
    if newer.report.scale_source == "user":
        return newer.report.scale, "newer"
    if document.scale != document.report.scale:
        return document.scale, "document"
    return newer.report.scale, "newer"


def _file_values(document: CustomerDocument, column: str) -> np.ndarray:
    """The column as the old file had it (edits undone)."""
    values = document.table[column].to_numpy(dtype=object, copy=True)
    for (key, name), original in document.original_values.items():
        if name == column:
            values[document.keys.row(key)] = original
    return values


def _changes(
    document: CustomerDocument, new_table: pd.DataFrame, old_rows: np.ndarray, new_rows: np.ndarray
) -> pd.DataFrame:
    """List against list: the old file's values (not the user's edits) against the newer."""
    parts = []
    ids = new_table["customer_id"].to_numpy(dtype=object)[new_rows]
    for column in COMPARED_COLUMNS:
        old = _file_values(document, column)[old_rows]
        new = new_table[column].to_numpy(dtype=object)[new_rows]
        if not registry.role_of_column(column).numeric:
            old_text = pd.Series(old, dtype=object).fillna("").astype(str).str.strip().to_numpy()
            new_text = pd.Series(new, dtype=object).fillna("").astype(str).str.strip().to_numpy()
            differs = old_text != new_text
        else:
            old_number = old.astype(np.float64)
            new_number = new.astype(np.float64)
            both_missing = np.isnan(old_number) & np.isnan(new_number)
            close = np.isclose(old_number, new_number, rtol=1e-9, atol=1e-9)
            differs = ~(both_missing | close)
        where = np.flatnonzero(differs)
        if len(where):
            parts.append(
                pd.DataFrame(
                    {
                        "customer_id": ids[where],
                        "old_row": old_rows[where],
                        "new_row": new_rows[where],
                        "column": column,
                        "old": old[where],
                        "new": new[where],
                    }
                )
            )
    if not parts:
        return pd.DataFrame(
            {name: pd.Series(dtype=object) for name in ("customer_id", "column", "old", "new")}
            | {"old_row": pd.Series(dtype=np.int64), "new_row": pd.Series(dtype=np.int64)}
        )[["customer_id", "old_row", "new_row", "column", "old", "new"]]
    return pd.concat(parts, ignore_index=True).sort_values(["new_row", "column"], ignore_index=True)


def _moves(
    old_table: pd.DataFrame,
    new_table: pd.DataFrame,
    old_rows: np.ndarray,
    new_rows: np.ndarray,
    old_segment: np.ndarray,
    new_segment: np.ndarray,
) -> pd.DataFrame:
    before, after = old_segment[old_rows].astype(np.int64), new_segment[new_rows].astype(np.int64)
    moved = np.flatnonzero(before != after)
    before, after = before[moved], after[moved]
    rule = np.full(len(moved), "", dtype=object)
    for name, pairs in ALERT_RULES.items():
        for source, target in pairs:
            rule[(before == source) & (after == target)] = name
    alert = rule != ""
    rows = new_rows[moved]
    return pd.DataFrame(
        {
            "customer_id": new_table["customer_id"].to_numpy(dtype=object)[rows],
            "customer_name": new_table["customer_name"].to_numpy(dtype=object)[rows],
            "account_manager": new_table["account_manager"].to_numpy(dtype=object)[rows],
            "old_row": old_rows[moved],
            "new_row": rows,
            "from_segment": before,
            "to_segment": after,
            "alert": alert,
            "rule": rule,
        }
    )


def _gone_frame(document: CustomerDocument, gone_rows: np.ndarray) -> pd.DataFrame:
    """The gone customers as the project last had them: values, measures, segment, note,
    overrides."""
    table, prepared, result = document.table, document.prepared, document.result
    names = np.array(("",) + sg.SEGMENTS, dtype=object)
    columns: dict[str, Any] = {"row": gone_rows, "key": document.keys.array[gone_rows]}
    for column in ("customer_id", "customer_name", "account_manager", "notes"):
        columns[column] = _texts(table[column]).to_numpy(dtype=object)[gone_rows]
    for column in ("revenue", "wallet", "sow_input", "satisfaction_input"):
        columns[column] = table[column].to_numpy(dtype=np.float64)[gone_rows]
    columns["share_of_wallet"] = prepared.sow[gone_rows]
    columns["satisfaction"] = prepared.kzi[gone_rows]
    columns["segment"] = names[result.segment[gone_rows].astype(np.int64) + 1]
    columns["pinned"] = document.pinned[gone_rows]
    columns["triage_override"] = document.triage_override[gone_rows]
    return pd.DataFrame(columns)


def _dropped_edits(
    document: CustomerDocument, new_table: pd.DataFrame, old_rows: np.ndarray, new_rows: np.ndarray
) -> pd.DataFrame:
    to_new = dict(zip(old_rows.tolist(), new_rows.tolist()))
    edits = sorted(
        (document.keys.row(key), column, original)
        for (key, column), original in document.original_values.items()
    )
    records = []
    for row, column, original in edits:
        if column == "notes":
            continue  # notes are carried (see the module's docstring)
        new_row = to_new.get(row, -1)
        records.append(
            {
                "customer_id": str(document.table["customer_id"].iat[row]),
                "customer_name": str(document.table["customer_name"].iat[row]),
                "old_row": row,
                "new_row": new_row,
                "column": column,
                "edited": document.table[column].iat[row],
                "file_value": original,
                "newer_value": new_table[column].iat[new_row] if new_row >= 0 else None,
            }
        )
    columns = [
        "customer_id",
        "customer_name",
        "old_row",
        "new_row",
        "column",
        "edited",
        "file_value",
        "newer_value",
    ]
    return pd.DataFrame(records, columns=columns)


def _notes(
    document: CustomerDocument, new_table: pd.DataFrame, old_rows: np.ndarray, new_rows: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """The newer list's notes with the document's joined in, and the rows where both
    had text and both were kept."""
    notes = _texts(new_table["notes"]).to_numpy(dtype=object)
    old_notes = _texts(document.table["notes"]).to_numpy(dtype=object)[old_rows]
    joined = []
    for old_note, new_row in zip(old_notes.tolist(), new_rows.tolist()):
        old_text = old_note.strip()
        if not old_text:
            continue
        new_text = notes[new_row].strip()
        if not new_text or new_text in old_text:
            notes[new_row] = old_note
        elif old_text not in new_text:
            notes[new_row] = old_note.rstrip() + NOTE_SEPARATOR + notes[new_row].lstrip()
            joined.append(new_row)
    return notes, np.array(sorted(joined), dtype=np.int64)


# --------------------------------------------------------------------------- apply


def apply_update(document: CustomerDocument, newer: ImportResult, report: UpdateReport) -> CustomerDocument:
    """A new document of the newer list that keeps the user's notes, triage flips, pins,
    thresholds, group order and band (see the module's docstring).  The old document
    is not changed."""
    if len(report.previous_sow) != len(newer.table) or len(report.gone_rows) + len(report.old_rows) != len(
        document.table
    ):
        raise ValueError("the report was made for another document or list")
    table = newer.table.copy()
    keys = report.keys if report.keys is not None else CustomerKeys.of_table(table)
    notes, _joined = _notes(document, table, report.old_rows, report.new_rows)
    list_notes = _texts(table["notes"]).to_numpy(dtype=object)
    table["notes"] = pd.Series(notes, dtype=table["notes"].dtype)
    _carry_actions(document, table, report.old_rows, report.new_rows)
    # A matched customer has the same key in both lists: its flip and pin go with it.
    kept = set(keys.array[report.new_rows].tolist())
    return CustomerDocument(
        ImportResult(table, newer.report),
        keys=keys,
        thresholds=document.thresholds,
        group_order=document.group_order,
        band_points=document.band_points,
        scale=report.scale,
        triage_overrides={key: value for key, value in document.triage_overrides.items() if key in kept},
        pins=[key for key in document.pins if key in kept],
        # A note that differs from the newer list's is an edit: its original is the list's.
        original_values={
            (keys[row], "notes"): list_notes[row] for row in np.flatnonzero(notes != list_notes).tolist()
        },
        previous_positions=(report.previous_sow, report.previous_kzi),
        plan_settings=document.plan_settings,
        # The project's currency stays, unless the newer list names another.
        currency=newer.report.currency or document.currency,
        project_id=document.project_id,
        wallet_estimate=estimate_for(document, table),
    )


def _carry_actions(
    document: CustomerDocument, table: pd.DataFrame, old_rows: np.ndarray, new_rows: np.ndarray
) -> None:
    """The project's next steps, due dates and statuses go with their customers (a list
    has none of its own, or older ones); the last contact is the later of the two."""
    ensure_action_columns(table)
    for column in ACTION_COLUMNS:
        values = table[column].to_numpy(dtype=object).copy()
        old = document.table[column].to_numpy(dtype=object)[old_rows]
        for old_value, new_row in zip(old.tolist(), new_rows.tolist()):
            if not old_value:
                continue
            if column == "last_contact" and values[new_row] and values[new_row] > old_value:
                continue
            values[new_row] = old_value
        table[column] = pd.Series(values, dtype=object, index=table.index)


def estimate_for(document: CustomerDocument, table: pd.DataFrame) -> WalletEstimate | None:
    """The document's wallet estimate for the newer list: the same grouping when the
    newer list still has that column, else over the whole list."""
    estimate = document.wallet_estimate
    if estimate is None or estimate.group is None or estimate.group in table.columns:
        return estimate
    return WalletEstimate(None, estimate.quantile)
