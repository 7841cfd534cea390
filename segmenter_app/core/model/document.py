"""CustomerDocument: the one customer table, its settings and the user's work on it.

The table model and the chart are views of this document.  Every change goes through a
command on :attr:`CustomerDocument.undo_stack`; once the change is complete (inputs,
originals and derived values updated) the document emits ``changed`` once with a
:class:`~segmenter_app.core.model.events.DocumentChange`: which rows, which input
columns, which derived values and which parts of its state changed.  The document
finds the changed rows itself (one vectorised comparison of the old and new
segmentation), so its listeners never compare arrays.

A customer is its key (:mod:`.keys`): the MOVE triage flips, the pins and the values
the file had before an edit are kept by key; rows are positions in this table, used in
one computation (a cell edit of the table, an event's rows, the segmentation's arrays).
One cell-write path serves one edit and a thousand (a collect): each cell is written,
its original kept, and the change announced the same way.
"""

from __future__ import annotations

import math
import uuid
from collections.abc import Iterable, Mapping
from types import EllipsisType, MappingProxyType
from typing import Any

import numpy as np
import pandas as pd

from segmenter_app.core import columns as registry
from segmenter_app.core.errors import EditRefused
from segmenter_app.core.importing.currency import CURRENCIES, DEFAULT_CURRENCY
from segmenter_app.core.importing.report import ImportReport, ImportResult
from segmenter_app.core.importing.scales import Scale
from segmenter_app.core.importing.values import MAX_ABS_VALUE
from segmenter_app.core.model import segmentation as sg
from segmenter_app.core.model.actions import ACTION_COLUMNS, ensure_action_columns, parse_action
from segmenter_app.core.model.commands import QT_TRANSLATE_NOOP, Command, UndoStack
from segmenter_app.core.model.customer import Customer
from segmenter_app.core.model.events import DERIVED_PARTS, DocumentChange, signal
from segmenter_app.core.model.keys import CustomerKeys
from segmenter_app.core.model.plan import PlanInputs, VisitPlan, plan_inputs, plan_visits
from segmenter_app.core.model.plan_settings import PlanSettings
from segmenter_app.core.model.wallet import SOURCE_NAMES, WalletEstimate

#: Columns a user may edit, and whether they hold numbers (the column registry).
EDITABLE: dict[str, bool] = {role.table_column: role.numeric for role in registry.with_flag("editable")}
#: Input columns whose change moves a customer (re-prepare, re-segment).
MEASURE_INPUTS = frozenset(registry.columns_with("moves"))
#: What every segmentation change touches in a view.
DERIVED_COLUMNS = (
    "segment",
    "triage",
    "priority",
    "potential",
    "why",
    "borderline",
    "share_of_wallet",
    "satisfaction",
)

#: What the Edit menu calls an edit of each column ("Undo revenue of Müller GmbH"): the
#: registry's edit labels; a column without one is named by its key.
EDIT_LABELS: dict[str, str] = {
    role.table_column: role.edit_label for role in registry.with_flag("editable") if role.edit_label
}
GENERIC_EDIT_LABEL = QT_TRANSLATE_NOOP("core", "{column} of {customer}")
#: Text columns typed into key by key: the keystrokes on one customer are one undo step.
TYPED_COLUMNS = frozenset({"notes", "next_step"})
#: A next step and its due date, both given, make an action (status "open").
OPENING_COLUMNS = ("next_step", "due")

DEFAULT_BAND_POINTS = 5.0


class CustomerDocument:
    def __init__(
        self,
        imported: ImportResult,
        *,
        keys: CustomerKeys | None = None,
        thresholds: sg.Thresholds | None = None,
        group_order: tuple[str, ...] = sg.DEFAULT_GROUP_ORDER,
        band_points: float = DEFAULT_BAND_POINTS,
        scale: Scale | None | EllipsisType = ...,
        triage_overrides: Mapping[str, int] | None = None,
        pins: Iterable[str] = (),
        original_values: Mapping[tuple[str, str], Any] | None = None,
        previous_positions: tuple[np.ndarray, np.ndarray] | None = None,
        plan_settings: PlanSettings | None = None,
        currency: str | None = None,
        project_id: str = "",
        wallet_estimate: WalletEstimate | None = None,
    ) -> None:
        """A document of an imported list, or — with the state arguments — one as it was
        saved (a project, a recovery file, an update): prepared once either way.

        ``keys``: the customers' keys (by default made from the list, :mod:`.keys`);
        ``triage_overrides`` (key → OBSERVE / PRIORITISE), ``pins`` (keys) and
        ``original_values`` ((key, column) → the value the file had) name customers by
        key: a key the table does not have is a ValueError."""
        self.table: pd.DataFrame = imported.table
        ensure_action_columns(self.table)
        #: each row's customer key; fixed for the document's life
        self.keys = keys if keys is not None else CustomerKeys.of_table(self.table)
        if len(self.keys) != len(self.table):
            raise ValueError("the keys do not match the table")
        #: identifies the project in the workbooks and copies sent out (see collect)
        self.project_id = project_id or uuid.uuid4().hex
        self.report: ImportReport = imported.report
        self.scale: Scale | None = imported.report.scale if scale is ... else scale
        self.thresholds = thresholds or sg.Thresholds()
        self.group_order = tuple(group_order)
        self.band_points = band_points
        #: the currency amounts are shown in (€, $, £, CHF): as set, else as the list
        #: names it, else €
        self.currency: str = currency or imported.report.currency or DEFAULT_CURRENCY
        self.wallet_estimate: WalletEstimate | None = wallet_estimate  # None: blank stays blank
        size = len(self.table)
        # The user's decisions by customer key, and the same as row arrays for the
        # segmentation (kept in step by the one place that changes each).
        self._triage: dict[str, int] = {}
        self._triage_rows = np.full(size, sg.NO_TRIAGE, dtype=np.int8)
        for key, value in (triage_overrides or {}).items():
            if value not in (sg.OBSERVE, sg.PRIORITISE):
                raise ValueError(f"triage {value!r}")
            self._triage[key] = int(value)
            self._triage_rows[self._known_row(key)] = value
        self._pins: set[str] = set()
        self._pinned_rows = np.zeros(size, dtype=bool)
        for key in pins:
            self._pins.add(key)
            self._pinned_rows[self._known_row(key)] = True
        # What readers get: the same memory, read-only (the arrays change in place only).
        self._triage_view = _read_only(self._triage_rows)
        self._pinned_view = _read_only(self._pinned_rows)
        self._originals: dict[tuple[str, str], Any] = {}
        for (key, column), value in (original_values or {}).items():
            if column not in self.table.columns:
                raise ValueError(f"no column {column!r}")
            self._known_row(key)
            self._originals[(key, column)] = value
        #: where each customer stood before the last update from a newer list (SoW as a
        #: fraction, KZI in points; NaN for a customer the update added), or None
        self.previous_positions = previous_positions
        #: capacity and cadence of the visit plan (PRODUCT.md §6)
        self.plan_settings = plan_settings or PlanSettings()
        self._plan: tuple[np.ndarray, PlanSettings, VisitPlan] | None = None
        self._plan_inputs: tuple[sg.Prepared, PlanInputs] | None = None
        self.undo_stack = UndoStack()
        #: a past period of a project (``core/projects/periods.py``): shown, never
        #: edited — every edit raises EditRefused("past_period")
        self.read_only = False
        #: One DocumentChange per completed change (psygnal: weak references).
        self.changed = signal(DocumentChange)
        #: counts the changes: a cache of something derived from the table keys on it
        self.revision = 0
        self._dragging: tuple[float, float] | None = None
        self._drag_origin: tuple[float, float] = (math.nan, math.nan)
        self._prepare()

    def _check_writable(self) -> None:
        if self.read_only:
            raise EditRefused("past_period")

    def _known_row(self, key: str) -> int:
        try:
            return self.keys.row(key)
        except KeyError:
            raise ValueError(f"no customer has the key {key!r}") from None

    # ----------------------------------------------------------------- reading

    def __len__(self) -> int:
        return len(self.table)

    @property
    def prepared(self) -> sg.Prepared:
        return self._prepared

    @property
    def result(self) -> sg.Segmentation:
        return self._result

    @property
    def borderline(self) -> np.ndarray:
        return self._borderline

    @property
    def dragging(self) -> bool:
        """True while a threshold line is being dragged (nothing recorded yet)."""
        return self._dragging is not None

    @property
    def managers(self) -> list[str]:
        return self._prepared.managers

    @property
    def triage_overrides(self) -> Mapping[str, int]:
        """Customer key → the MOVE triage the user chose (OBSERVE / PRIORITISE)."""
        return MappingProxyType(self._triage)

    @property
    def pins(self) -> frozenset[str]:
        """The keys of the customers pinned to the top."""
        return frozenset(self._pins)

    @property
    def original_values(self) -> Mapping[tuple[str, str], Any]:
        """(customer key, column) → the value the file had, for every input a user
        changed (notes included; not the actions, which are the project's own)."""
        return MappingProxyType(self._originals)

    @property
    def triage_override(self) -> np.ndarray:
        """The triage overrides as a row array (NO_TRIAGE where none), read-only."""
        return self._triage_view

    @property
    def pinned(self) -> np.ndarray:
        """The pins as a row array, read-only."""
        return self._pinned_view

    def row_of(self, customer: int | str) -> int:
        """A customer's row in this table: from its key, or a row as it is."""
        if isinstance(customer, str):
            return self.keys.row(customer)
        return int(customer)

    def display_name(self, row: int) -> str:
        """How a customer is named to the user: its name, else its id, else its key."""
        for column in ("customer_name", "customer_id"):
            value = self.table[column].iat[row]
            if isinstance(value, str) and value.strip():
                return value.strip()
        return self.keys[row]

    def customer(self, row: int) -> Customer:
        table, prepared, result = self.table, self._prepared, self._result
        return Customer(
            row=row,
            key=self.keys[row],
            customer_id=str(table["customer_id"].iat[row]),
            customer_name=str(table["customer_name"].iat[row]),
            account_manager=str(table["account_manager"].iat[row]),
            segment=int(result.segment[row]),
            triage=int(result.triage[row]),
            priority=int(result.priority[row]),
            sow=float(prepared.sow[row]),
            kzi=float(prepared.kzi[row]),
            potential=float(prepared.potential[row]),
            pinned=bool(self._pinned_rows[row]),
            triage_overridden=bool(self._triage_rows[row] >= 0),
            notes=str(table["notes"].iat[row]),
            flags=int(prepared.flags[row]),
        )

    def value(self, row: int, column: str) -> Any:
        value = self.table[column].iat[row]
        if isinstance(value, float) and math.isnan(value):
            return None
        return value

    def wallet_source(self, row: int) -> str:
        """'given', 'derived', 'estimated' or '' (no wallet)."""
        wallets = self._prepared.wallets
        return "" if wallets is None else SOURCE_NAMES[int(wallets.source[row])]

    # ----------------------------------------------------------------- computing

    def _prepare(self) -> None:
        self._prepared = sg.prepare(
            self.table,
            self.scale,
            triage_override=self._triage_rows,
            pinned=self._pinned_rows,
            wallet_estimate=self.wallet_estimate,
        )
        self._segment()

    def _segment(self, rank: bool = True) -> None:
        if self._dragging is not None:
            keep = None if rank else self._result.priority
            self._result = sg.segment_at(
                self._prepared,
                *self._dragging,
                self.group_order,
                keep_priority=keep,
                ranking=self.plan_settings.ranking,
            )
        else:
            self._result = sg.segment(
                self._prepared, self.thresholds, self.group_order, self.plan_settings.ranking
            )
        self._borderline = sg.borderline(self._prepared, self._result, self.band_points)

    def _state(self) -> tuple:
        """What a re-segmentation can change, to compare after it (arrays are replaced,
        never changed in place, so keeping them costs nothing)."""
        result = self._result
        return (
            result.segment,
            result.triage,
            result.priority,
            self._borderline,
            result.sow_threshold,
            result.kzi_threshold,
        )

    def _emit(
        self,
        before: tuple,
        *,
        rows: np.ndarray | None = None,
        inputs: tuple[str, ...] = (),
        derived: frozenset[str] = frozenset(),
        state: frozenset[str] = frozenset(),
    ) -> None:
        """Compare the segmentation with ``before`` and emit what changed; ``rows`` and
        ``derived`` name what the caller changed itself (an edited row)."""
        result = self._result
        changed_derived = set(derived)
        if rows is not None or not derived >= DERIVED_PARTS:
            moved = np.zeros(len(self.table), dtype=bool)
            after = (result.segment, result.triage, result.priority, self._borderline)
            for name, old, new in zip(("segment", "triage", "priority", "borderline"), before[:4], after):
                if old is new:
                    continue
                different = old != new
                if different.any():
                    changed_derived.add(name)
                    moved |= different
            if rows is not None:
                moved[rows] = True
            changed_rows: np.ndarray | None = np.flatnonzero(moved)
        else:
            changed_rows = None  # everything was recomputed from new inputs
        thresholds_moved = not (
            _same(float(before[4]), float(result.sow_threshold))
            and _same(float(before[5]), float(result.kzi_threshold))
        )
        self.revision += 1
        self.changed.emit(
            DocumentChange(
                rows=changed_rows,
                inputs=inputs,
                derived=frozenset(changed_derived),
                state=state,
                thresholds_moved=thresholds_moved,
                dragging=self._dragging is not None,
            )
        )

    # ----------------------------------------------------------------- cell edits

    def parse_value(self, column: str, value: Any) -> Any:
        """The value an edit would store, or EditRefused."""
        if column not in EDITABLE:
            raise EditRefused("not_editable", column=column)
        if column in ACTION_COLUMNS:
            return parse_action(column, value)
        if not EDITABLE[column]:
            text = "" if value is None else str(value).strip()
            if column in ("customer_name",) and not text:
                raise EditRefused("empty", column=column)
            return text
        if value is None or (isinstance(value, str) and not value.strip()):
            return math.nan
        try:
            number = float(value)
        except (TypeError, ValueError):
            raise EditRefused("not_a_number", column=column, value=str(value)) from None
        if not math.isfinite(number):
            raise EditRefused("not_a_number", column=column, value=str(value))
        if abs(number) > MAX_ABS_VALUE:
            raise EditRefused("too_large", column=column, value=str(value))
        if column in ("revenue", "wallet") and number < 0:
            raise EditRefused("negative", column=column, value=number)
        if column == "sow_input" and not 0 <= number <= 1:
            raise EditRefused("share_out_of_range", column=column, value=number)
        if (
            column == "satisfaction_input"
            and self.scale is not None
            and self.scale.outside(np.array([number]))[0]
        ):
            raise EditRefused("outside_scale", column=column, value=number, scale=self.scale.label)
        return number

    def edit_value(self, customer: int | str, column: str, value: Any) -> bool:
        """Change one input cell (validated) as one undoable step; False when the cell
        holds that value already (nothing is recorded).  ``customer``: its key, or its
        row in this table."""
        self._check_writable()
        row = self.row_of(customer)
        new = self.parse_value(column, value)
        if _same(self.table[column].iat[row], new):
            return False
        key = self.keys[row]
        self._push_cells(
            "edit_cell",
            EDIT_LABELS.get(column, GENERIC_EDIT_LABEL),
            [(key, column, new)],
            {"column": column, "customer": self.display_name(row)},
            merge_key=(column, key) if column in TYPED_COLUMNS else None,
        )
        return True

    def edit_action(self, customer: int | str, column: str, value: Any) -> bool:
        """An action typed by a person (the customer panel, the table): as
        :meth:`edit_value`, and a next step that gets its due date (or a due date its
        next step) on a customer without a status makes it an open action — one undo
        step — so that it can become overdue."""
        row = self.row_of(customer)
        new = self.parse_value(column, value)
        if not self._opens_action(row, column, new):
            return self.edit_value(row, column, value)
        self._push_cells(
            "edit_cell",
            EDIT_LABELS[column],
            [(self.keys[row], column, new), (self.keys[row], "status", "open")],
            {"column": column, "customer": self.display_name(row)},
        )
        return True

    def _opens_action(self, row: int, column: str, new: Any) -> bool:
        if column not in OPENING_COLUMNS or not _given(new) or _given(self.table["status"].iat[row]):
            return False
        if _same(self.table[column].iat[row], new):
            return False
        other = next(name for name in OPENING_COLUMNS if name != column)
        return _given(self.table[other].iat[row])

    def edit_cells(
        self,
        changes: list[tuple[str, str, Any]],
        code: str,
        label: str,
        params: dict[str, Any] | None = None,
    ) -> None:
        """Many parsed values, ``(customer key, column, value)``, as one undoable step
        (a collect) called ``label`` (a core text, its fields from ``params``): each
        cell is written, its original kept and the change announced as a single edit
        of it would be, all in one change."""
        if changes:
            self._check_writable()
            self._push_cells(code, label, changes, dict(params or {}))

    def _push_cells(
        self,
        code: str,
        label: str,
        changes: list[tuple[str, str, Any]],
        params: dict[str, Any],
        merge_key: Any = None,
    ) -> None:
        rows = self.keys.rows(key for key, _column, _value in changes).tolist()
        cells = [(row, key, column) for row, (key, column, _value) in zip(rows, changes)]
        new = [value for _key, _column, value in changes]
        old = [self.table[column].iat[row] for row, _key, column in cells]
        # The value the file had: kept from an earlier edit, else the value now.
        originals = [
            self._originals.get((key, column), value) for (_row, key, column), value in zip(cells, old)
        ]

        def apply(values: list[Any], forward: bool) -> None:
            before = self._state()
            for (row, key, column), value, original in zip(cells, values, originals):
                self._write_cell(row, column, value)
                # Recorded before the change is announced: a listener (the recovery
                # journal) writes the cell and its original in one go.  An action is the
                # project's own work: there is no value of the file to keep.
                if column in ACTION_COLUMNS:
                    continue
                if forward:
                    self._originals.setdefault((key, column), original)
                elif _same(value, original):
                    self._originals.pop((key, column), None)
            self._announce_cells(before, rows, [column for _row, _key, column in cells])

        self.undo_stack.push(
            Command(code, lambda: apply(new, True), lambda: apply(old, False), params, merge_key, label),
            merge=merge_key is not None,
        )

    def _write_cell(self, row: int, column: str, value: Any) -> None:
        series = self.table[column]
        if not EDITABLE[column] and series.dtype != object:
            # Arrow-backed strings copy on write; an edited text column becomes a plain
            # object column once, so later edits are O(1).
            self.table[column] = series.astype(object)
        self.table.iat[row, self.table.columns.get_loc(column)] = value

    def _announce_cells(self, before: tuple, rows: list[int], columns: list[str]) -> None:
        """Tell what edited cells changed: the same for one cell as for each of many.
        A measure moves its customer (computed again first: views read the derived
        values when told); with a wallet estimate, a revenue or the grouping column
        moves the whole group's estimated wallets, so every row may have moved."""
        inputs = tuple(dict.fromkeys(columns))
        estimate = self.wallet_estimate
        moving = MEASURE_INPUTS | ({estimate.group} if estimate is not None else set())
        edited = np.unique(np.asarray(rows, dtype=np.int64))
        if moving.isdisjoint(inputs):
            self._emit(before, rows=edited, inputs=inputs)
            return
        self._prepare()
        if estimate is not None:
            self._emit(before, rows=None, inputs=inputs, derived=DERIVED_PARTS)
        else:
            self._emit(before, rows=edited, inputs=inputs, derived=frozenset({"position", "potential"}))

    # ----------------------------------------------------------------- thresholds

    def set_thresholds(self, thresholds: sg.Thresholds) -> None:
        self._check_writable()
        old = self.thresholds
        if thresholds == old and self._dragging is None:
            return

        def apply(value: sg.Thresholds) -> None:
            before = self._state()
            self._dragging = None
            self.thresholds = value
            self._segment()
            self._emit(before, state=frozenset({"thresholds"}))

        label = QT_TRANSLATE_NOOP("core", "threshold change")
        self.undo_stack.push(
            Command("thresholds", lambda: apply(thresholds), lambda: apply(old), label=label)
        )

    def drag_thresholds(self, sow: float, kzi: float, *, rank: bool = True) -> None:
        """Move the thresholds to fixed values while a line is dragged: segments, triage
        and counts follow at once; priorities too unless ``rank`` is False (the window
        re-ranks when the mouse rests).  Nothing is recorded until :meth:`end_drag`."""
        self._check_writable()
        if self._dragging is None:
            self._drag_origin = self.resolved_thresholds()
        before = self._state()
        self._dragging = (sow, kzi)
        self._segment(rank=rank)
        self._emit(before)

    def dragged_thresholds(self) -> sg.Thresholds:
        """The thresholds as they stand during a drag: a moved line is a fixed value,
        the other keeps its mode (what :meth:`end_drag` will record)."""
        if self._dragging is None:
            return self.thresholds
        sow, kzi = self._dragging
        origin_sow, origin_kzi = self._drag_origin
        old = self.thresholds
        return sg.Thresholds(
            sow=old.sow if math.isclose(sow, origin_sow, abs_tol=1e-12) else sg.Threshold("fixed", sow),
            kzi=old.kzi if math.isclose(kzi, origin_kzi, abs_tol=1e-12) else sg.Threshold("fixed", kzi),
        )

    def end_drag(self) -> None:
        """Record the dragged thresholds as one undoable step.  An axis whose line was
        not moved keeps its mode (a median stays a median)."""
        if self._dragging is None:
            return
        new = self.dragged_thresholds()
        old = self.thresholds
        if new == old:
            self.cancel_drag()
        else:
            self.set_thresholds(new)

    def cancel_drag(self) -> None:
        before = self._state()
        self._dragging = None
        self._segment()
        self._emit(before)

    def resolved_thresholds(self) -> tuple[float, float]:
        """(SoW fraction, KZI points) in force now, a drag included."""
        return (self._result.sow_threshold, self._result.kzi_threshold)

    # ----------------------------------------------------------------- per customer

    def set_triage(self, customer: int | str, triage: int | None) -> None:
        """Flip a MOVE customer to OBSERVE / PRIORITISE (None: back to automatic).
        ``customer``: its key, or its row in this table."""
        self._check_writable()
        row = self.row_of(customer)
        key = self.keys[row]
        new = sg.NO_TRIAGE if triage is None else int(triage)
        old = int(self._triage_rows[row])
        if new == old:
            return

        def apply(value: int) -> None:
            before = self._state()
            if value == sg.NO_TRIAGE:
                self._triage.pop(key, None)
            else:
                self._triage[key] = value
            self._triage_rows[row] = value
            self._segment()
            self._emit(before, rows=np.array([row], dtype=np.int64), state=frozenset({"triage"}))

        params = {"customer": self.display_name(row), "triage": new}
        label = QT_TRANSLATE_NOOP("core", "triage of {customer}")
        self.undo_stack.push(Command("triage", lambda: apply(new), lambda: apply(old), params, label=label))

    def set_pinned(self, customer: int | str, pinned: bool) -> None:
        """Pin a customer to the top of its manager's list (or not).  ``customer``: its
        key, or its row in this table."""
        self._check_writable()
        row = self.row_of(customer)
        key = self.keys[row]
        old = bool(self._pinned_rows[row])
        pinned = bool(pinned)
        if old == pinned:
            return

        def apply(value: bool) -> None:
            before = self._state()
            if value:
                self._pins.add(key)
            else:
                self._pins.discard(key)
            self._pinned_rows[row] = value
            self._segment()
            self._emit(before, rows=np.array([row], dtype=np.int64), state=frozenset({"pinned"}))

        params = {"customer": self.display_name(row), "pinned": pinned}
        label = (
            QT_TRANSLATE_NOOP("core", "pin {customer}")
            if pinned
            else QT_TRANSLATE_NOOP("core", "unpin {customer}")
        )
        self.undo_stack.push(Command("pin", lambda: apply(pinned), lambda: apply(old), params, label=label))

    # ----------------------------------------------------------------- settings

    def set_scale(self, scale: Scale) -> None:
        self._check_writable()
        old = self.scale
        if scale == old:
            return

        def apply(value: Scale | None) -> None:
            before = self._state()
            self.scale = value
            self._prepare()
            self._emit(before, derived=DERIVED_PARTS, state=frozenset({"scale"}))

        params = {"scale": scale.range_label if scale is not None else ""}
        label = QT_TRANSLATE_NOOP("core", "satisfaction scale {scale}")
        self.undo_stack.push(Command("scale", lambda: apply(scale), lambda: apply(old), params, label=label))

    def set_group_order(self, order: tuple[str, ...]) -> None:
        self._check_writable()
        sg.group_positions(order)  # validates
        old = self.group_order
        if tuple(order) == old:
            return

        def apply(value: tuple[str, ...]) -> None:
            before = self._state()
            self.group_order = tuple(value)
            self._segment()
            self._emit(before, state=frozenset({"group_order"}))

        label = QT_TRANSLATE_NOOP("core", "priority order")
        self.undo_stack.push(Command("group_order", lambda: apply(order), lambda: apply(old), label=label))

    def set_currency(self, currency: str) -> None:
        """The currency amounts are shown in: one undoable step; views re-word every
        amount (the values themselves do not change)."""
        self._check_writable()
        if currency not in CURRENCIES:
            raise ValueError(f"unknown currency {currency!r}")
        old = self.currency
        if currency == old:
            return

        def apply(value: str) -> None:
            before = self._state()
            self.currency = value
            # No value changed, only how every amount is worded: all rows, as a new
            # scale does (a rare step; the views word everything anew).
            self._emit(before, derived=DERIVED_PARTS, state=frozenset({"currency"}))

        params = {"currency": currency}
        label = QT_TRANSLATE_NOOP("core", "currency {currency}")
        self.undo_stack.push(
            Command("currency", lambda: apply(currency), lambda: apply(old), params, label=label)
        )

    def set_wallet_estimate(self, estimate: WalletEstimate | None) -> None:
        """Estimate blank wallets (grouped by a column, or over the whole list), change
        the grouping or the quantile, or stop estimating: one undoable step."""
        self._check_writable()
        old = self.wallet_estimate
        if estimate == old:
            return

        def apply(value: WalletEstimate | None) -> None:
            before = self._state()
            self.wallet_estimate = value
            self._prepare()
            # No cell of the table changed: the wallets measured with did, everywhere.
            self._emit(before, derived=DERIVED_PARTS, state=frozenset({"wallet_estimate"}))

        label = (
            QT_TRANSLATE_NOOP("core", "wallet estimate")
            if estimate is not None
            else QT_TRANSLATE_NOOP("core", "stopping the wallet estimate")
        )
        self.undo_stack.push(
            Command("wallet_estimate", lambda: apply(estimate), lambda: apply(old), label=label)
        )

    # ----------------------------------------------------------------- visit plan

    @property
    def plan(self) -> VisitPlan:
        """The visit plan and effort figures for the priorities in force.  Computed when
        asked and again only when the priorities or the plan settings changed: during a
        drag it follows the ranks, which the window renews when the mouse rests."""
        priority = self._result.priority
        cached = self._plan
        if cached is None or cached[0] is not priority or cached[1] != self.plan_settings:
            # The columns it reads, once per data change (each edit prepares anew).
            if self._plan_inputs is None or self._plan_inputs[0] is not self._prepared:
                header = self.report.mapping.get("effort")
                self._plan_inputs = (self._prepared, plan_inputs(self.table, self._prepared, header))
            plan = plan_visits(self._prepared, self._result, self._plan_inputs[1], self.plan_settings)
            self._plan = cached = (priority, self.plan_settings, plan)
        return cached[2]

    def set_plan_settings(self, settings: PlanSettings) -> None:
        """New capacities, bounds, weights or priority order, as one undoable step (the
        weights and the order re-rank the customers)."""
        self._check_writable()
        old = self.plan_settings
        if settings == old:
            return

        def apply(value: PlanSettings) -> None:
            before = self._state()
            ranked = value.ranking != self.plan_settings.ranking
            self.plan_settings = value
            if ranked:
                self._segment()
            self._emit(before, state=frozenset({"plan"}))

        label = QT_TRANSLATE_NOOP("core", "visit plan change")
        self.undo_stack.push(Command("plan", lambda: apply(settings), lambda: apply(old), label=label))

    def set_band(self, points: float) -> None:
        """The borderline band (a view setting: not an undo step)."""
        before = self._state()
        self.band_points = max(0.0, float(points))
        self._borderline = sg.borderline(self._prepared, self._result, self.band_points)
        self._emit(before, state=frozenset({"band"}))


def _read_only(array: np.ndarray) -> np.ndarray:
    view = array.view()
    view.flags.writeable = False
    return view


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b):
        return True
    return a == b


def _given(value: Any) -> bool:
    """A cell that holds something (not None, NaN or empty text)."""
    return value is not None and not (isinstance(value, float) and math.isnan(value)) and str(value) != ""
