"""The method over time (PRODUCT.md §8): who moved between two periods, and whether the
customers the plan's visits went to improved.  Pure and vectorised: no file, no Qt.

A period is seen through its :class:`PeriodFigures` — per customer of that period's
list: its key, segment, SoW, KZI, potential, revenue, effort (the visits it got in the
period before this list) and the visits the period's plan gave it.  Customers are
followed from period to period by their key (``core/model/keys.py``); rows are
positions inside one period only.

**Who moved** (:func:`movement`), between any two periods: per customer of the later
one, its segment before and after, ΔSoW in percentage points, ΔKZI in points and
Δrevenue; *improved* when no axis went from high to low and at least one from low to
high (GROW→MODEL, FIX→MODEL, MOVE→GROW, MOVE→FIX, MOVE→MODEL), *worsened* for the
reverse, *changed* when one axis rose and the other fell (GROW↔FIX), *unchanged* for
the same segment, *new* when absent from the earlier period.  Each period is judged
with its own thresholds: the high/low flags are the ones its segments were made with.
A customer unclassified in either period has no axis to judge: it is *unjudged*
(its movement word is empty in the outputs; *changed* is GROW↔FIX only), counted apart
like the new and the gone.  Customers of the earlier period the later one lacks are
*gone*, counted apart.

**Did it work** (:func:`effect`), for two consecutive periods k → k+1: the customers
present in both and classified in both, per segment at period k (MOVE not split by
triage; unclassified at k left out: the plan gave them nothing; unclassified at k+1
too: there is nothing to judge), split by what they got against what the plan of
period k gave them — *as planned* when the effort in list k+1 ≥ the visits planned
(so a customer planned 0 is *as planned*), *less* when below, *unknown* without effort —
and *all*, the sum of the three; a second split by whether an action was marked done in
between.  Per group: customers, improved, worsened, unchanged, changed, mean ΔSoW (pp),
mean ΔKZI (points), sum of Δrevenue.  It is an association in the team's own data, not
proof: :meth:`Effect.finding` gives the figures of the one sentence that says so.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from segmenter_app.core.model import segmentation as sg

#: The segment of a customer absent from a period's list (new, or gone).
ABSENT = -2

#: How a customer moved between two periods (:attr:`Movement.kind`).
IMPROVED, WORSENED, CHANGED, UNCHANGED, NEW, UNJUDGED = range(6)
MOVEMENTS: tuple[str, ...] = ("improved", "worsened", "changed", "unchanged", "new", "unjudged")
#: The movement as the outputs write it: an unjudged customer's is empty.
MOVEMENT_WORDS: tuple[str, ...] = (*MOVEMENTS[:UNJUDGED], "")

#: What a customer got against what the plan gave it (:func:`effect`).
AS_PLANNED, LESS, UNKNOWN = range(3)
VISITED: tuple[str, ...] = ("as_planned", "less", "unknown", "all")
#: Whether an action of the customer was marked done between the two lists.
ACTION_DONE: tuple[str, ...] = ("done", "not_done", "all")

#: Rows and columns of a migration matrix: the four segments, then unclassified.
MATRIX_SEGMENTS: tuple[int, ...] = (sg.MODEL, sg.FIX, sg.GROW, sg.MOVE, sg.UNCLASSIFIED)


class PeriodFigures:
    """One period's customers as the history needs them, in that period's row order:
    ``keys`` (object), ``segment`` (int8, UNCLASSIFIED or MODEL…MOVE), ``sow`` (0–1),
    ``kzi`` (points), ``potential``, ``revenue``, ``effort`` (what the customer got
    before this list) — NaN where unknown —, ``planned`` (the visits the period's plan
    gave it, 0 when unclassified) and the thresholds it was judged with.  The texts
    (``customer_id``, ``customer_name``, ``account_manager``, the action's ``status``
    and ``next_step``) are read from the table when first asked: the chart and the
    movements never need them."""

    def __init__(
        self,
        keys: np.ndarray,
        segment: np.ndarray,
        sow: np.ndarray,
        kzi: np.ndarray,
        potential: np.ndarray,
        revenue: np.ndarray,
        effort: np.ndarray,
        planned: np.ndarray,
        *,
        texts: Mapping[str, np.ndarray] | Callable[[str], np.ndarray] | None = None,
        sow_threshold: float = math.nan,
        kzi_threshold: float = math.nan,
    ) -> None:
        self.keys = np.asarray(keys, dtype=object)
        self.segment = segment
        self.sow = sow
        self.kzi = kzi
        self.potential = potential
        self.revenue = revenue
        self.effort = effort
        self.planned = planned
        self.sow_threshold = sow_threshold
        self.kzi_threshold = kzi_threshold
        self._texts: dict[str, np.ndarray] = dict(texts) if isinstance(texts, Mapping) else {}
        self._read = texts if callable(texts) else None
        self._index: pd.Index | None = None

    def __len__(self) -> int:
        return len(self.keys)

    def text(self, column: str) -> np.ndarray:
        """A text column per row ("" where blank), read once."""
        found = self._texts.get(column)
        if found is None:
            found = self._read(column) if self._read is not None else np.full(len(self), "", dtype=object)
            self._texts[column] = found
        return found

    customer_id = property(lambda self: self.text("customer_id"))
    customer_name = property(lambda self: self.text("customer_name"))
    account_manager = property(lambda self: self.text("account_manager"))
    status = property(lambda self: self.text("status"))
    next_step = property(lambda self: self.text("next_step"))

    def rows_of(self, keys: np.ndarray | Sequence[str]) -> np.ndarray:
        """Per key of ``keys``: its row in this period, -1 when the period lacks it (the
        hash of this period's keys is made once)."""
        if self._index is None:
            self._index = pd.Index(self.keys, dtype=object)
        wanted = pd.Index(np.asarray(keys, dtype=object), dtype=object)
        return self._index.get_indexer(wanted).astype(np.int64)

    @classmethod
    def of_document(cls, document) -> PeriodFigures:
        """The figures of a :class:`~segmenter_app.core.model.document.CustomerDocument`
        (its segmentation and its plan as they stand)."""
        table, prepared, result = document.table, document.prepared, document.result
        plan = document.plan
        size = len(table)

        def texts(column: str) -> np.ndarray:
            if column not in table:
                return np.full(size, "", dtype=object)
            series = table[column]
            return series.astype(object).where(series.notna(), "").to_numpy(dtype=object)

        return cls(
            keys=document.keys.array,
            segment=result.segment,
            sow=prepared.sow,
            kzi=prepared.kzi,
            potential=prepared.potential,
            revenue=table["revenue"].to_numpy(dtype=np.float64),
            effort=np.asarray(plan.effort, dtype=np.float64),
            planned=np.where(prepared.classified, plan.planned, 0.0).astype(np.float64),
            texts=texts,
            sow_threshold=float(result.sow_threshold),
            kzi_threshold=float(result.kzi_threshold),
        )


# --------------------------------------------------------------------------- who moved


@dataclass(frozen=True, eq=False)
class Movement:
    """Who moved from one period (*before*) to another (*after*): arrays per customer
    of the later period, in its row order, and the customers it no longer has."""

    #: per row of *after*: the customer's row in *before*, -1 when it is new
    before_row: np.ndarray
    #: rows of *before* whose customer *after* does not have (gone)
    gone_rows: np.ndarray
    #: per row of *after*: segment before (ABSENT when new) and after
    segment_before: np.ndarray
    segment_after: np.ndarray
    delta_sow_pp: np.ndarray  #: percentage points; NaN when new or a SoW is unknown
    delta_kzi: np.ndarray  #: points; NaN likewise
    delta_revenue: np.ndarray  #: NaN likewise
    kind: np.ndarray  #: int8: IMPROVED, WORSENED, CHANGED, UNCHANGED, NEW or UNJUDGED
    #: segment of each gone customer in *before*
    gone_segment: np.ndarray

    @property
    def present(self) -> np.ndarray:
        """Rows of *after* whose customer *before* has too."""
        return self.before_row >= 0

    def counts(self) -> dict[str, int]:
        """Customers per movement (improved … new) and the gone ones."""
        tally = np.bincount(self.kind.astype(np.int64), minlength=len(MOVEMENTS))
        return {**{name: int(n) for name, n in zip(MOVEMENTS, tally)}, "gone": len(self.gone_rows)}

    def matrix(self) -> np.ndarray:
        """Customers in both periods per (segment before, segment after): 5 × 5 in
        :data:`MATRIX_SEGMENTS` order, read from the rows to the columns."""
        present = self.present
        return migration_matrix(self.segment_before[present], self.segment_after[present])

    def new_by_segment(self) -> np.ndarray:
        """New customers per segment of *after* (MATRIX_SEGMENTS order)."""
        return np.bincount(matrix_positions(self.segment_after[~self.present]), minlength=5)

    def gone_by_segment(self) -> np.ndarray:
        """Gone customers per segment they had in *before* (MATRIX_SEGMENTS order)."""
        return np.bincount(matrix_positions(self.gone_segment), minlength=5)

    def kind_names(self) -> np.ndarray:
        """The movement of each row of *after* as its word (``improved`` … ``new``;
        empty when unjudged)."""
        return np.array(MOVEMENT_WORDS, dtype=object)[self.kind.astype(np.int64)]


def matrix_positions(segments: np.ndarray) -> np.ndarray:
    """A segment's place in :data:`MATRIX_SEGMENTS`: MODEL..MOVE are 0..3, unclassified 4."""
    return np.where(segments < 0, 4, segments).astype(np.int64)


def migration_matrix(before: np.ndarray, after: np.ndarray) -> np.ndarray:
    """Customers per (segment before, segment after), 5 × 5 (rows: from)."""
    cells = matrix_positions(before) * 5 + matrix_positions(after)
    return np.bincount(cells, minlength=25).reshape(5, 5)


def movement(before: PeriodFigures, after: PeriodFigures) -> Movement:
    """Who moved from ``before`` to ``after`` (see the module's docstring)."""
    rows = before.rows_of(after.keys)
    present = rows >= 0
    taken = np.where(present, rows, 0)
    segment_before = np.where(present, before.segment[taken], ABSENT).astype(np.int8)
    segment_after = after.segment.astype(np.int8)
    with np.errstate(invalid="ignore"):
        delta_sow = np.where(present, (after.sow - before.sow[taken]) * 100.0, np.nan)
        delta_kzi = np.where(present, after.kzi - before.kzi[taken], np.nan)
        delta_revenue = np.where(present, after.revenue - before.revenue[taken], np.nan)
    kind = movement_kinds(segment_before, segment_after)
    in_after = np.zeros(len(before), dtype=bool)
    in_after[rows[present]] = True
    gone = np.flatnonzero(~in_after)
    return Movement(
        before_row=rows,
        gone_rows=gone,
        segment_before=segment_before,
        segment_after=segment_after,
        delta_sow_pp=delta_sow,
        delta_kzi=delta_kzi,
        delta_revenue=delta_revenue,
        kind=kind,
        gone_segment=before.segment[gone].astype(np.int8),
    )


def movement_kinds(before: np.ndarray, after: np.ndarray) -> np.ndarray:
    """IMPROVED … NEW per customer from its segment before (ABSENT: new) and after.

    A segment code holds both flags: low SoW adds 2, low KZI adds 1 (MODEL 0, FIX 1,
    GROW 2, MOVE 3), each made with its own period's thresholds."""
    before = np.asarray(before, dtype=np.int64)
    after = np.asarray(after, dtype=np.int64)
    both = (before >= 0) & (after >= 0)
    b, a = np.where(both, before, 0), np.where(both, after, 0)
    rises = ((b & 2) > (a & 2)).astype(np.int8) + ((b & 1) > (a & 1)).astype(np.int8)
    falls = ((b & 2) < (a & 2)).astype(np.int8) + ((b & 1) < (a & 1)).astype(np.int8)
    kind = np.full(len(before), UNCHANGED, dtype=np.int8)
    kind[both & (rises > 0) & (falls == 0)] = IMPROVED
    kind[both & (falls > 0) & (rises == 0)] = WORSENED
    kind[both & (rises > 0) & (falls > 0)] = CHANGED
    # Unclassified in either period: no axis to judge.
    kind[~both] = UNJUDGED
    kind[before == ABSENT] = NEW
    return kind


def positions_before(movement: Movement, before: PeriodFigures) -> tuple[np.ndarray, np.ndarray]:
    """Per customer of the later period: where it stood in the earlier one — SoW as a
    fraction and KZI in points, NaN when it is new (the chart's movement lines)."""
    present = movement.before_row >= 0
    rows = np.where(present, movement.before_row, 0)
    sow = np.where(present, before.sow[rows], np.nan) if len(before) else np.full(len(rows), np.nan)
    kzi = np.where(present, before.kzi[rows], np.nan) if len(before) else np.full(len(rows), np.nan)
    return sow, kzi


# --------------------------------------------------------------------------- did it work


@dataclass(frozen=True)
class EffectRow:
    """One group of the *did it work* table."""

    segment_from: int  #: MODEL..MOVE at period k
    group: str  #: a word of VISITED or ACTION_DONE
    customers: int
    improved: int
    worsened: int
    unchanged: int
    changed: int
    mean_delta_sow_pp: float  #: NaN when no customer of the group has both SoWs
    mean_delta_kzi: float  #: NaN likewise
    delta_revenue: float  #: sum over the customers with both revenues (0 when none)


@dataclass(frozen=True)
class Finding:
    """The sentence's figures: how often the customers visited as planned improved,
    against those visited less.  ``share_*`` are fractions (NaN for a group of none)."""

    as_planned: int
    as_planned_improved: int
    less: int
    less_improved: int

    @property
    def share_as_planned(self) -> float:
        return self.as_planned_improved / self.as_planned if self.as_planned else math.nan

    @property
    def share_less(self) -> float:
        return self.less_improved / self.less if self.less else math.nan

    @property
    def comparison(self) -> str:
        """``more``, ``less`` or ``same`` often improved as planned than with fewer
        visits; ``none`` when a group is empty (nothing to compare)."""
        if not self.as_planned or not self.less:
            return "none"
        # Compared as whole-number fractions: no rounding decides "more" or "same".
        left = self.as_planned_improved * self.less
        right = self.less_improved * self.as_planned
        return "more" if left > right else "less" if left < right else "same"


@dataclass(frozen=True)
class Effect:
    """*Did it work* for periods k → k+1 (see the module's docstring)."""

    #: per segment at k (MODEL, FIX, GROW, MOVE) × VISITED, in that order
    by_visits: tuple[EffectRow, ...]
    #: per segment at k × ACTION_DONE, in that order
    by_action: tuple[EffectRow, ...]
    #: the same over all segments: VISITED, then ACTION_DONE (``segment_from`` = -1)
    totals_by_visits: tuple[EffectRow, ...]
    totals_by_action: tuple[EffectRow, ...]
    #: whether period k+1's list says what customers got (an effort column)
    effort_known: bool

    def finding(self) -> Finding:
        as_planned, less = self.totals_by_visits[AS_PLANNED], self.totals_by_visits[LESS]
        return Finding(as_planned.customers, as_planned.improved, less.customers, less.improved)

    def row(self, segment: int, group: str) -> EffectRow:
        rows = self.by_action if group in ACTION_DONE else self.by_visits
        return next(r for r in rows if r.segment_from == segment and r.group == group)


def visited(planned: np.ndarray, effort: np.ndarray) -> np.ndarray:
    """AS_PLANNED when the effort reached the planned visits, LESS below, UNKNOWN
    without effort."""
    with np.errstate(invalid="ignore"):
        reached = effort >= planned
    return np.where(np.isnan(effort), UNKNOWN, np.where(reached, AS_PLANNED, LESS)).astype(np.int8)


def actions_done_between(before: PeriodFigures, earlier: PeriodFigures | None) -> np.ndarray:
    """Per row of ``before`` (period k, as it stood when the next list came): an action
    was marked done during period k — done now, and not the same step done already in
    the period before it (``earlier``; None for the first period)."""
    done = before.status == "done"
    if earlier is None or not done.any():
        return done
    rows = earlier.rows_of(before.keys)
    known = rows >= 0
    taken = np.where(known, rows, 0)
    already = known & (earlier.status[taken] == "done") & (earlier.next_step[taken] == before.next_step)
    return done & ~already


def effect(
    before: PeriodFigures,
    after: PeriodFigures,
    moved: Movement | None = None,
    done: np.ndarray | None = None,
) -> Effect:
    """*Did it work* from ``before`` (period k) to ``after`` (k+1).  ``moved``: their
    :func:`movement` when the caller has it; ``done``: per row of ``before``, an action
    marked done in between (:func:`actions_done_between`; none when not given)."""
    moved = moved if moved is not None else movement(before, after)
    present = moved.present & (moved.segment_before >= 0) & (moved.segment_after >= 0)
    after_rows = np.flatnonzero(present)
    before_rows = moved.before_row[after_rows]
    segment = moved.segment_before[after_rows].astype(np.int64)
    kind = moved.kind[after_rows].astype(np.int64)
    delta_sow = moved.delta_sow_pp[after_rows]
    delta_kzi = moved.delta_kzi[after_rows]
    delta_revenue = moved.delta_revenue[after_rows]
    group = visited(before.planned[before_rows], after.effort[after_rows]).astype(np.int64)
    done_rows = (
        np.zeros(len(before_rows), dtype=bool) if done is None else np.asarray(done, dtype=bool)[before_rows]
    )
    action = np.where(done_rows, 0, 1).astype(np.int64)
    columns = (segment, kind, delta_sow, delta_kzi, delta_revenue)
    by_visits = _grouped(*columns, group, VISITED)
    by_action = _grouped(*columns, action, ACTION_DONE)
    everyone = np.full(len(segment), -1, dtype=np.int64)
    totals_columns = (everyone, kind, delta_sow, delta_kzi, delta_revenue)
    return Effect(
        by_visits=tuple(r for r in by_visits if r.segment_from >= 0),
        by_action=tuple(r for r in by_action if r.segment_from >= 0),
        totals_by_visits=tuple(_grouped(*totals_columns, group, VISITED, segments=(-1,))),
        totals_by_action=tuple(_grouped(*totals_columns, action, ACTION_DONE, segments=(-1,))),
        effort_known=bool(np.isfinite(after.effort).any()),
    )


def _grouped(
    segment: np.ndarray,
    kind: np.ndarray,
    delta_sow: np.ndarray,
    delta_kzi: np.ndarray,
    delta_revenue: np.ndarray,
    group: np.ndarray,
    names: Sequence[str],
    segments: Sequence[int] = (sg.MODEL, sg.FIX, sg.GROW, sg.MOVE),
) -> list[EffectRow]:
    """One row per segment × group name; the last name (``all``) sums the others."""
    parts = len(names)
    # Cell = segment slot × parts + group; the "all" slot (parts − 1) gets every row too.
    slot = {code: index for index, code in enumerate(segments)}
    slots = np.array([slot.get(int(code), -1) for code in range(-1, 4)], dtype=np.int64)[segment + 1]
    keep = slots >= 0
    cells = np.concatenate((slots[keep] * parts + group[keep], slots[keep] * parts + (parts - 1)))
    repeat = np.concatenate((np.flatnonzero(keep), np.flatnonzero(keep)))
    size = len(segments) * parts

    def count(mask: np.ndarray | None = None) -> np.ndarray:
        weights = None if mask is None else mask[repeat].astype(np.float64)
        return np.bincount(cells, weights=weights, minlength=size)

    def total(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        known = ~np.isnan(values)
        sums = np.bincount(cells, weights=np.where(known, values, 0.0)[repeat], minlength=size)
        return sums, np.bincount(cells, weights=known[repeat].astype(np.float64), minlength=size)

    customers = count()
    by_kind = {k: count(kind == k) for k in (IMPROVED, WORSENED, UNCHANGED, CHANGED)}
    sow_sum, sow_known = total(delta_sow)
    kzi_sum, kzi_known = total(delta_kzi)
    revenue_sum, _ = total(delta_revenue)
    rows = []
    for segment_index, code in enumerate(segments):
        for group_index, name in enumerate(names):
            cell = segment_index * parts + group_index
            rows.append(
                EffectRow(
                    segment_from=int(code),
                    group=name,
                    customers=int(customers[cell]),
                    improved=int(by_kind[IMPROVED][cell]),
                    worsened=int(by_kind[WORSENED][cell]),
                    unchanged=int(by_kind[UNCHANGED][cell]),
                    changed=int(by_kind[CHANGED][cell]),
                    mean_delta_sow_pp=float(sow_sum[cell] / sow_known[cell]) if sow_known[cell] else math.nan,
                    mean_delta_kzi=float(kzi_sum[cell] / kzi_known[cell]) if kzi_known[cell] else math.nan,
                    delta_revenue=float(revenue_sum[cell]),
                )
            )
    return rows


# --------------------------------------------------------------------------- per period


@dataclass(frozen=True)
class PeriodSummary:
    """A period's figures for the History view and sheet."""

    customers: int
    #: per segment in MATRIX_SEGMENTS order (MODEL, FIX, GROW, MOVE, unclassified)
    counts: tuple[int, ...]
    potential: tuple[float, ...]  #: untapped potential per segment (unknown counts 0)
    sow_threshold: float
    kzi_threshold: float
    #: the misallocation index (0–100) of the effort in this list against the worth,
    #: and of this period's plan (PRODUCT.md §6); NaN with a reason code (``plan.REASONS``)
    misallocation: float
    misallocation_reason: str | None
    misallocation_planned: float
    misallocation_planned_reason: str | None


def period_summary(document) -> PeriodSummary:
    """The History's figures of one period's document."""
    result, prepared = document.result, document.prepared
    positions = matrix_positions(result.segment)
    potential = np.where(np.isnan(prepared.potential), 0.0, prepared.potential)
    team = document.plan.team
    return PeriodSummary(
        customers=len(document),
        counts=tuple(int(n) for n in np.bincount(positions, minlength=5)),
        potential=tuple(float(v) for v in np.bincount(positions, weights=potential, minlength=5)),
        sow_threshold=float(result.sow_threshold),
        kzi_threshold=float(result.kzi_threshold),
        misallocation=float(team.misallocation),
        misallocation_reason=team.misallocation_reason,
        misallocation_planned=float(team.misallocation_planned),
        misallocation_planned_reason=team.misallocation_planned_reason,
    )


# --------------------------------------------------------------------------- trails


@dataclass(frozen=True)
class Trails:
    """Where some customers stood in each period: arrays of (periods × customers),
    NaN / ABSENT where a customer is not in a period's list."""

    keys: tuple[str, ...]
    sow: np.ndarray  #: fraction 0–1
    kzi: np.ndarray  #: points
    segment: np.ndarray  #: int8


def trails(periods: Sequence[PeriodFigures], keys: Sequence[str]) -> Trails:
    """The positions of the customers ``keys`` through ``periods`` (oldest first)."""
    wanted = np.asarray(list(keys), dtype=object)
    sow = np.full((len(periods), len(wanted)), np.nan)
    kzi = np.full((len(periods), len(wanted)), np.nan)
    segment = np.full((len(periods), len(wanted)), ABSENT, dtype=np.int8)
    for index, figures in enumerate(periods):
        rows = figures.rows_of(wanted)
        found = rows >= 0
        sow[index, found] = figures.sow[rows[found]]
        kzi[index, found] = figures.kzi[rows[found]]
        segment[index, found] = figures.segment[rows[found]]
    return Trails(tuple(wanted.tolist()), sow, kzi, segment)
