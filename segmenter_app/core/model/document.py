"""CustomerDocument: the one customer table, its thresholds, notes and overrides.

The table model and the chart are views of this document.  Every change goes through a
command on :attr:`CustomerDocument.undo_stack`; once the change is complete (inputs,
originals and derived values updated) the document emits ``changed`` once with a
:class:`~segmenter_app.core.model.events.DocumentChange`: which rows, which input
columns, which derived values and which parts of its state changed.  The document
finds the changed rows itself (one vectorised comparison of the old and new
segmentation), so its listeners never compare arrays.
"""

from __future__ import annotations

import math
import uuid
from types import EllipsisType
from typing import Any

import numpy as np
import pandas as pd

from segmenter_app.core import columns as registry
from segmenter_app.core.errors import EditRefused  # noqa: F401 (re-exported)
from segmenter_app.core.importing.currency import DEFAULT_CURRENCY
from segmenter_app.core.importing.importer import ImportReport, ImportResult
from segmenter_app.core.importing.scales import Scale
from segmenter_app.core.importing.values import MAX_ABS_VALUE
from segmenter_app.core.model import segmentation as sg
from segmenter_app.core.model.actions import ACTION_COLUMNS, ensure_action_columns, parse_action
from segmenter_app.core.model.bulk_edits import BulkEdits
from segmenter_app.core.model.commands import Command, UndoStack
from segmenter_app.core.model.currency import CurrencySetting
from segmenter_app.core.model.customer import Customer  # noqa: F401 (re-exported)
from segmenter_app.core.model.events import DERIVED_PARTS, DocumentChange, signal
from segmenter_app.core.model.plan import PlanInputs, VisitPlan, plan_inputs, plan_visits
from segmenter_app.core.model.plan_settings import PlanSettings
from segmenter_app.core.model.wallet import WalletEstimate
from segmenter_app.core.model.wallet_edits import WalletEstimating

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

DEFAULT_BAND_POINTS = 5.0


class CustomerDocument(CurrencySetting, WalletEstimating, BulkEdits):
    def __init__(
        self,
        imported: ImportResult,
        *,
        thresholds: sg.Thresholds | None = None,
        group_order: tuple[str, ...] = sg.DEFAULT_GROUP_ORDER,
        band_points: float = DEFAULT_BAND_POINTS,
        scale: Scale | None | EllipsisType = ...,
        triage_override: np.ndarray | None = None,
        pinned: np.ndarray | None = None,
        original_values: dict[tuple[int, str], Any] | None = None,
        previous_positions: tuple[np.ndarray, np.ndarray] | None = None,
        plan_settings: PlanSettings | None = None,
        currency: str | None = None,
        project_id: str = "",
        wallet_estimate: WalletEstimate | None = None,
    ) -> None:
        """A document of an imported list, or — with the state arguments — one as it was
        saved (a project, a recovery file, an update): prepared once either way."""
        self.table: pd.DataFrame = imported.table
        ensure_action_columns(self.table)
        #: identifies the project in the workbooks and copies sent out (see collect)
        self.project_id = project_id or uuid.uuid4().hex
        self.report: ImportReport = imported.report
        self.scale: Scale | None = imported.report.scale if scale is ... else scale
        self.thresholds = thresholds or sg.Thresholds()
        self.group_order = tuple(group_order)
        self.band_points = band_points
        #: the currency amounts are shown in (€, $, £, CHF): as set, else as the list
        #: names it, else €
        self.currency: str = currency or getattr(imported.report, "currency", None) or DEFAULT_CURRENCY
        self.wallet_estimate: WalletEstimate | None = wallet_estimate  # None: blank stays blank
        size = len(self.table)
        self.triage_override = (
            np.full(size, sg.NO_TRIAGE, dtype=np.int8)
            if triage_override is None
            else np.asarray(triage_override, dtype=np.int8).copy()
        )
        self.pinned = np.zeros(size, dtype=bool) if pinned is None else np.asarray(pinned, dtype=bool).copy()
        #: (row, column) → the value the file had, for every input a user changed.
        self.original_values: dict[tuple[int, str], Any] = dict(original_values or {})
        #: where each customer stood before the last update from a newer list (SoW as a
        #: fraction, KZI in points; NaN for a customer the update added), or None
        self.previous_positions = previous_positions
        #: capacity and cadence of the visit plan (PRODUCT.md §6)
        self.plan_settings = plan_settings or PlanSettings()
        self._plan: tuple[np.ndarray, PlanSettings, VisitPlan] | None = None
        self._plan_inputs: tuple[sg.Prepared, PlanInputs] | None = None
        self.undo_stack = UndoStack()
        #: One DocumentChange per completed change (psygnal: weak references).
        self.changed = signal(DocumentChange)
        #: counts the changes: a cache of something derived from the table keys on it
        self.revision = 0
        self._dragging: tuple[float, float] | None = None
        self._drag_origin: tuple[float, float] = (math.nan, math.nan)
        self._prepare()

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

    def customer(self, row: int) -> Customer:
        table, prepared, result = self.table, self._prepared, self._result
        return Customer(
            row=row,
            customer_id=str(table["customer_id"].iat[row]),
            customer_name=str(table["customer_name"].iat[row]),
            account_manager=str(table["account_manager"].iat[row]),
            segment=int(result.segment[row]),
            triage=int(result.triage[row]),
            priority=int(result.priority[row]),
            sow=float(prepared.sow[row]),
            kzi=float(prepared.kzi[row]),
            potential=float(prepared.potential[row]),
            pinned=bool(self.pinned[row]),
            triage_overridden=bool(self.triage_override[row] >= 0),
            notes=str(table["notes"].iat[row]),
            flags=int(prepared.flags[row]),
        )

    def value(self, row: int, column: str) -> Any:
        value = self.table[column].iat[row]
        if isinstance(value, float) and math.isnan(value):
            return None
        return value

    # ----------------------------------------------------------------- computing

    def _prepare(self) -> None:
        self._prepared = sg.prepare(
            self.table,
            self.scale,
            triage_override=self.triage_override,
            pinned=self.pinned,
            wallet_estimate=self.wallet_estimate,
        )
        self._segment()

    def _segment(self, rank: bool = True) -> None:
        if self._dragging is not None:
            keep = None if rank else self._result.priority
            self._result = sg.segment_at(
                self._prepared, *self._dragging, self.group_order, keep_priority=keep
            )
        else:
            self._result = sg.segment(self._prepared, self.thresholds, self.group_order)
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

    # ----------------------------------------------------------------- edits

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

    def edit_value(self, row: int, column: str, value: Any) -> bool:
        """Change one input cell (validated) as one undoable step; False when the cell
        holds that value already (nothing is recorded)."""
        new = self.parse_value(column, value)
        old = self.table[column].iat[row]
        if _same(old, new):
            return False
        if (row, column) not in self.original_values:
            original = old
        else:
            original = self.original_values[(row, column)]

        def apply(value: Any, remember: bool) -> None:
            # The original is recorded before the change is announced: a listener (the
            # recovery journal) writes the cell and its original in one go.  An action is
            # the project's own work: there is no value of the file to keep.
            if remember and column not in ACTION_COLUMNS:
                self.original_values.setdefault((row, column), original)
            elif not remember and _same(value, original):
                self.original_values.pop((row, column), None)
            self._write(row, column, value)

        merge_key = (column, row) if column in ("notes", "next_step") else None
        self.undo_stack.push(
            Command(
                "edit_cell",
                lambda: apply(new, True),
                lambda: apply(old, False),
                {"row": row, "column": column},
                merge_key,
            ),
            merge=merge_key is not None,
        )
        return True

    def _write(self, row: int, column: str, value: Any) -> None:
        series = self.table[column]
        if not EDITABLE[column] and series.dtype != object:
            # Arrow-backed strings copy on write; an edited text column becomes a plain
            # object column once, so later edits are O(1).
            self.table[column] = series.astype(object)
        self.table.iat[row, self.table.columns.get_loc(column)] = value
        self._emit_edit(self._state(), row, column, column in MEASURE_INPUTS)

    def set_thresholds(self, thresholds: sg.Thresholds) -> None:
        old = self.thresholds
        if thresholds == old and self._dragging is None:
            return

        def apply(value: sg.Thresholds) -> None:
            before = self._state()
            self._dragging = None
            self.thresholds = value
            self._segment()
            self._emit(before, state=frozenset({"thresholds"}))

        self.undo_stack.push(Command("thresholds", lambda: apply(thresholds), lambda: apply(old)))

    def drag_thresholds(self, sow: float, kzi: float, *, rank: bool = True) -> None:
        """Move the thresholds to fixed values while a line is dragged: segments, triage
        and counts follow at once; priorities too unless ``rank`` is False (the window
        re-ranks when the mouse rests).  Nothing is recorded until :meth:`end_drag`."""
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

    def set_triage(self, row: int, triage: int | None) -> None:
        """Flip a MOVE customer to OBSERVE / PRIORITISE (None: back to automatic)."""
        new = sg.NO_TRIAGE if triage is None else int(triage)
        old = int(self.triage_override[row])
        if new == old:
            return

        def apply(value: int) -> None:
            before = self._state()
            self.triage_override[row] = value
            self._segment()
            self._emit(before, rows=np.array([row], dtype=np.int64), state=frozenset({"triage"}))

        self.undo_stack.push(Command("triage", lambda: apply(new), lambda: apply(old), {"row": row}))

    def set_pinned(self, row: int, pinned: bool) -> None:
        old = bool(self.pinned[row])
        if old == pinned:
            return

        def apply(value: bool) -> None:
            before = self._state()
            self.pinned[row] = value
            self._segment()
            self._emit(before, rows=np.array([row], dtype=np.int64), state=frozenset({"pinned"}))

        self.undo_stack.push(Command("pin", lambda: apply(pinned), lambda: apply(old), {"row": row}))

    def set_scale(self, scale: Scale) -> None:
        old = self.scale
        if scale == old:
            return

        def apply(value: Scale | None) -> None:
            before = self._state()
            self.scale = value
            self._prepare()
            self._emit(before, derived=DERIVED_PARTS, state=frozenset({"scale"}))

        self.undo_stack.push(Command("scale", lambda: apply(scale), lambda: apply(old)))

    def set_group_order(self, order: tuple[str, ...]) -> None:
        sg.group_positions(order)  # validates
        old = self.group_order
        if tuple(order) == old:
            return

        def apply(value: tuple[str, ...]) -> None:
            before = self._state()
            self.group_order = tuple(value)
            self._segment()
            self._emit(before, state=frozenset({"group_order"}))

        self.undo_stack.push(Command("group_order", lambda: apply(order), lambda: apply(old)))

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
                mapped = "effort" in self.report.mapping
                self._plan_inputs = (self._prepared, plan_inputs(self.table, self._prepared, mapped))
            plan = plan_visits(self._prepared, self._result, self._plan_inputs[1], self.plan_settings)
            self._plan = cached = (priority, self.plan_settings, plan)
        return cached[2]

    def set_plan_settings(self, settings: PlanSettings) -> None:
        """New capacities or cadences, as one undoable step."""
        old = self.plan_settings
        if settings == old:
            return

        def apply(value: PlanSettings) -> None:
            before = self._state()
            self.plan_settings = value
            self._emit(before, state=frozenset({"plan"}))

        self.undo_stack.push(Command("plan", lambda: apply(settings), lambda: apply(old)))

    def set_band(self, points: float) -> None:
        """The borderline band (a view setting: not an undo step)."""
        before = self._state()
        self.band_points = max(0.0, float(points))
        self._borderline = sg.borderline(self._prepared, self._result, self.band_points)
        self._emit(before, state=frozenset({"band"}))


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b):
        return True
    return a == b
