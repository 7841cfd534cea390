"""Resources in proportion to potential (PRODUCT.md §6), vectorised.

**Visit plan.**  Each account manager walks their customers in priority order; a
customer gets its group's cadence when that still fits in what is left of the
manager's capacity, else 0 and it is *overflow* (first fit: a later customer with a
smaller cadence may still fit).  Priorities put a manager's customers into at most ten
runs of one group each (pinned customers first, then the rest, each in group order),
and within a run every customer asks for the same cadence ``c``: the first
``min(n, ⌊left / c⌋)`` of the run fit and no other can.  So first fit is one step per
run, for all managers at once — a loop of ten numpy steps, whatever the team's size.

**Effort against potential.**  Over classified customers with known effort and known
untapped potential, each customer's share of the effort ``e/E`` against its share of
the potential ``p/P``; the misallocation index ``½ Σ |e/E − p/P| × 100`` (0: effort in
exact proportion to potential; 100: all effort where there is no potential), for the
team and per manager over that manager's customers.  *Under-served*: potential ≥ the
75th percentile and effort ≤ the median effort; *over-served*: potential ≤ the 25th
percentile and effort ≥ the 75th percentile of effort (percentiles linear, over the
team's classified customers).  A customer with no potential is never under-served and
one without effort never over-served (else an all-zero column would flag everyone);
one that meets both rules (all values tied) is neither: the list shows no contrast.

A figure that cannot be had is NaN together with a reason code (``REASONS``), never a
number made up from a division by zero.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from segmenter_app.core.model import segmentation as sg
from segmenter_app.core.model.plan_settings import PlanSettings

#: Why a figure is empty (worded by ``text.plan_texts``).
NO_EFFORT_COLUMN = "no_effort_column"  # the list has no effort column
NO_EFFORT_KNOWN = "no_effort_known"  # no classified customer with known effort
ONE_EFFORT_KNOWN = "one_effort_known"  # one: a share of one says nothing
NO_EFFORT = "no_effort"  # the known effort adds up to 0
NO_POTENTIAL = "no_potential"  # no untapped potential (all 0 or unknown)
NO_CLASSIFIED = "no_classified"  # no classified customer
NO_CAPACITY = "no_capacity"  # capacity 0: load has no meaning
REASONS = (
    NO_EFFORT_COLUMN,
    NO_EFFORT_KNOWN,
    ONE_EFFORT_KNOWN,
    NO_EFFORT,
    NO_POTENTIAL,
    NO_CLASSIFIED,
    NO_CAPACITY,
)

#: Service flags per customer.
SERVED, UNDER_SERVED, OVER_SERVED = 0, 1, 2
SERVICE_NAMES = {SERVED: "", UNDER_SERVED: "under", OVER_SERVED: "over"}
#: How many managers a reassignment suggestion names at most.
SUGGESTIONS = 3


@dataclass
class Figures:
    """One row of the team table: a manager, or the whole team."""

    name: str
    customers: int
    classified: int
    segment_counts: tuple[int, int, int, int]  #: MODEL, FIX, GROW, MOVE
    potential: float
    capacity: float
    demand: float
    planned: float
    load: float  #: demand ÷ capacity; NaN with ``load_reason``
    overflow: int
    effort: float  #: NaN with ``effort_reason``
    effort_share: float
    potential_share: float
    misallocation: float  #: 0–100; NaN with ``misallocation_reason``
    load_reason: str | None = None
    effort_reason: str | None = None
    potential_reason: str | None = None
    misallocation_reason: str | None = None

    @property
    def spare(self) -> float:
        return self.capacity - self.planned


@dataclass
class SegmentShares:
    """Per segment (MODEL, FIX, GROW, MOVE): share of the effort, of the untapped
    potential and of the revenue, each over the classified customers where it is known."""

    effort: np.ndarray
    potential: np.ndarray
    revenue: np.ndarray
    effort_reason: str | None
    potential_reason: str | None
    revenue_reason: str | None


@dataclass
class VisitPlan:
    settings: PlanSettings
    #: per customer
    cadence: np.ndarray  #: float, the group's cadence (0 when unclassified)
    planned: np.ndarray  #: float, visits planned (cadence, or 0 for overflow)
    overflow: np.ndarray  #: bool
    effort: np.ndarray  #: float, NaN when unknown
    service: np.ndarray  #: int8, SERVED / UNDER_SERVED / OVER_SERVED
    has_effort: bool  #: the list has an effort column
    #: per manager (in ``managers`` order), and the team
    managers: list[str]
    rows: list[Figures]
    team: Figures
    shares: SegmentShares
    #: why no customer carries a service flag (None when the flags could be computed)
    service_reason: str | None = None
    #: the percentiles the flags used: potential p25, p75; effort median, p75
    cuts: tuple[float, float, float, float] = field(default=(np.nan,) * 4)

    def figures(self, manager: str) -> Figures:
        return self.rows[self.managers.index(manager)]

    def suggestions(self, row: int, manager_codes: np.ndarray) -> list[tuple[str, float]]:
        """Managers with spare capacity for an overflow customer's cadence, most spare
        first: (name, spare visits).  Empty for a customer that is no overflow."""
        if not self.overflow[row]:
            return []
        need = float(self.cadence[row])
        own = int(manager_codes[row])
        spare = [(i, f.spare) for i, f in enumerate(self.rows) if i != own and f.spare >= need]
        spare.sort(key=lambda item: (-item[1], self.managers[item[0]]))
        return [(self.managers[i], value) for i, value in spare[:SUGGESTIONS]]


def effort_values(table: pd.DataFrame, mapped: bool = True) -> tuple[np.ndarray, bool]:
    """The effort column (NaN where unknown), and whether the list has one at all: not
    when no column was mapped to effort, nor in a project saved before effort was read."""
    if "effort" not in table.columns or not mapped:
        return np.full(len(table), np.nan), False
    return table["effort"].to_numpy(dtype=np.float64, na_value=np.nan), True


@dataclass
class PlanInputs:
    """What the plan needs that depends on the data only, not on the thresholds: the
    columns it reads, the effort and potential figures per manager, the misallocation
    index and the service flags (their percentiles are over all classified customers).
    Computed once per data change, so a re-plan after a drag only walks the priorities."""

    effort: np.ndarray  #: NaN where unknown (or negative)
    revenue: np.ndarray
    has_effort: bool
    potential: np.ndarray  #: classified customers' untapped potential, NaN elsewhere
    known_effort: np.ndarray  #: classified, effort known
    both: np.ndarray  #: classified, effort and potential known
    by_manager: dict[str, np.ndarray]  #: data-only sums per manager (see _effort_figures)
    team_index: tuple[float, str | None]
    service: tuple[np.ndarray, str | None, tuple[float, float, float, float]]


def plan_inputs(table: pd.DataFrame, prepared: sg.Prepared, effort_mapped: bool = True) -> PlanInputs:
    effort, has_effort = effort_values(table, effort_mapped)
    effort = np.where(effort >= 0, effort, np.nan)
    revenue = table["revenue"].to_numpy(dtype=np.float64, na_value=np.nan)
    classified = prepared.classified
    potential = np.where(classified & ~np.isnan(prepared.potential), prepared.potential, np.nan)
    known_effort = classified & ~np.isnan(effort)
    both = known_effort & ~np.isnan(potential)
    team_index = misallocation(np.where(both, effort, np.nan), np.where(both, potential, np.nan))
    if not has_effort:
        team_index = (np.nan, NO_EFFORT_COLUMN)
    if not classified.any():
        team_index = (np.nan, NO_CLASSIFIED)
    return PlanInputs(
        effort=effort,
        revenue=revenue,
        has_effort=has_effort,
        potential=potential,
        known_effort=known_effort,
        both=both,
        by_manager=_effort_figures(prepared, potential, effort, known_effort, both),
        team_index=team_index,
        service=_service(classified, potential, effort, known_effort, has_effort),
    )


def plan_visits(
    prepared: sg.Prepared,
    result: sg.Segmentation,
    inputs: PlanInputs | pd.DataFrame,
    settings: PlanSettings,
) -> VisitPlan:
    """The visit plan, the effort figures and the service flags for one segmentation
    (``inputs``: :func:`plan_inputs`, or the table to take them from)."""
    if isinstance(inputs, pd.DataFrame):
        inputs = plan_inputs(inputs, prepared)
    size = prepared.size
    managers = prepared.managers
    count = len(managers)
    codes = prepared.manager_codes
    classified = prepared.classified
    effort, has_effort = inputs.effort, inputs.has_effort

    # ---- cadence per customer and the run it belongs to (pinned first, group order)
    positions = sg.group_positions(result.group_order)
    by_group = settings.cadence_by_group()
    groups = len(sg.GROUPS)
    # group position per (segment, triage) as the priorities use it; MOVE splits by triage
    lookup = np.array(
        [
            positions["MODEL"],
            positions["FIX"],
            positions["GROW"],
            positions["MOVE_OBSERVE"],
            positions["MOVE_PRIORITISE"],
        ],
        dtype=np.int64,
    )
    segment = result.segment
    key_index = np.where(segment == sg.MOVE, np.where(result.triage == sg.PRIORITISE, 4, 3), segment)
    position = lookup[np.maximum(key_index, 0)]
    run_cadence = np.array([by_group[name] for name in result.group_order] * 2, dtype=np.float64)
    run = np.where(prepared.pinned, position, position + groups)
    walking = classified & (segment >= 0)
    cadence = np.where(walking, run_cadence[run], 0.0)

    # ---- first fit, one step per run for all managers at once
    capacity = np.array([settings.capacity_for(name) for name in managers], dtype=np.float64)
    members = np.flatnonzero(walking)
    runs = 2 * groups
    group_key = codes[members] * runs + run[members]
    run_sizes = np.bincount(group_key, minlength=count * runs).reshape(count, runs)
    place = _places(result.priority[members].astype(np.int64), group_key, run_sizes, members)
    fitting = np.zeros((count, runs), dtype=np.int64)
    left = capacity.copy()
    for index in range(runs):
        need = run_cadence[index]
        sizes = run_sizes[:, index]
        if need <= 0:
            fitting[:, index] = sizes
            continue
        # The small epsilon keeps 3 × 0.1 of cadence from failing on float rounding.
        fits = np.minimum(sizes, np.floor(left / need + 1e-9).astype(np.int64))
        fitting[:, index] = fits
        left = left - fits * need
    fit = place < fitting.ravel()[group_key]
    planned = np.zeros(size)
    planned[members] = np.where(fit, cadence[members], 0.0)
    overflow = np.zeros(size, dtype=bool)
    overflow[members] = ~fit & (cadence[members] > 0)

    # ---- figures per manager and for the team
    potential, known_effort = inputs.potential, inputs.known_effort
    rows = _manager_figures(managers, codes, segment, inputs, capacity, cadence, planned, overflow)
    team = _team_figures(rows, classified, segment, potential, effort, known_effort, capacity, inputs)
    shares = _segment_shares(segment, classified, potential, effort, known_effort, inputs.revenue, has_effort)
    service, service_reason, cuts = inputs.service
    return VisitPlan(
        settings=settings,
        cadence=cadence,
        planned=planned,
        overflow=overflow,
        effort=effort,
        service=service,
        has_effort=has_effort,
        managers=list(managers),
        rows=rows,
        team=team,
        shares=shares,
        service_reason=service_reason,
        cuts=cuts,
    )


def _places(
    priority: np.ndarray, group_key: np.ndarray, run_sizes: np.ndarray, members: np.ndarray
) -> np.ndarray:
    """Each customer's place in its run (0 first).  Priorities rank a manager's
    customers run after run, so the place is the priority less the customers of the
    manager's earlier runs — no sort.  Priorities kept during a drag may no longer fit
    the segments: then the runs are sorted by priority (ties by row)."""
    if not len(members):
        return np.zeros(0, dtype=np.int64)
    flat = run_sizes.ravel()
    starts = np.cumsum(flat) - flat  # where each run begins among all members
    before = (np.cumsum(run_sizes, axis=1) - run_sizes).ravel()  # the manager's earlier runs
    place = priority - 1 - before[group_key]
    if place.min() >= 0 and (place < flat[group_key]).all():
        if np.bincount(starts[group_key] + place, minlength=len(members)).max() <= 1:
            return place
    order = np.lexsort((members, priority, group_key))
    place = np.empty(len(members), dtype=np.int64)
    place[order] = np.arange(len(members)) - starts[group_key[order]]
    return place


def _sums(codes: np.ndarray, mask: np.ndarray | None, values: np.ndarray | None, count: int) -> np.ndarray:
    """Per manager: how many customers of ``mask``, or the sum of ``values`` over them
    (``values`` already 0 where they do not count, when ``mask`` is None)."""
    if values is None:
        chosen = codes if mask is None else codes[mask]
        return np.bincount(chosen, minlength=count).astype(np.float64)
    weights = values if mask is None else np.where(mask, values, 0.0)
    return np.bincount(codes, weights=weights, minlength=count)


def _effort_reason(has_effort: bool, known: int, total: float) -> str | None:
    if not has_effort:
        return NO_EFFORT_COLUMN
    if known == 0:
        return NO_EFFORT_KNOWN
    if known == 1:
        return ONE_EFFORT_KNOWN
    if total <= 0:
        return NO_EFFORT
    return None


def misallocation(effort: np.ndarray, potential: np.ndarray) -> tuple[float, str | None]:
    """½ Σ |e/E − p/P| × 100 over customers whose effort and potential are both known
    (NaN elsewhere), with the reason when it cannot be had."""
    both = ~np.isnan(effort) & ~np.isnan(potential)
    if not both.any():
        return np.nan, NO_EFFORT_KNOWN
    e, p = effort[both], potential[both]
    reason = _effort_reason(True, len(e), float(e.sum()))
    if reason is None and p.sum() <= 0:
        reason = NO_POTENTIAL
    if reason is not None:
        return np.nan, reason
    return float(np.abs(e / e.sum() - p / p.sum()).sum() * 50.0), None


def _effort_figures(prepared: sg.Prepared, potential, effort, known_effort, both) -> dict[str, np.ndarray]:
    """Per manager, what depends on the data only: customers, classified, potential,
    effort, and the misallocation index over the manager's customers ½ Σ |e/Eₘ − p/Pₘ|."""
    codes, count = prepared.manager_codes, len(prepared.managers)
    potential0 = np.where(np.isnan(potential), 0.0, potential)
    effort0 = np.where(known_effort, effort, 0.0)
    e_both, p_both = np.where(both, effort0, 0.0), np.where(both, potential0, 0.0)
    e_total, p_total = _sums(codes, None, e_both, count), _sums(codes, None, p_both, count)
    with np.errstate(divide="ignore", invalid="ignore"):
        gap = np.abs(e_both / e_total[codes] - p_both / p_total[codes])
    return {
        "customers": _sums(codes, None, None, count),
        "classified": _sums(codes, prepared.classified, None, count),
        "potential": _sums(codes, None, potential0, count),
        "effort_known": _sums(codes, known_effort, None, count),
        "effort": _sums(codes, None, effort0, count),
        "both": _sums(codes, both, None, count),
        "e_total": e_total,
        "p_total": p_total,
        "distance": np.bincount(codes, weights=np.where(both, gap, 0.0), minlength=count) * 50.0,
    }


def _manager_figures(
    managers, codes, segment, inputs: PlanInputs, capacity, cadence, planned, overflow
) -> list[Figures]:
    count = len(managers)
    data, has_effort = inputs.by_manager, inputs.has_effort
    customers, classified_count, potential_sum = data["customers"], data["classified"], data["potential"]
    effort_known, effort_sum, both_count = data["effort_known"], data["effort"], data["both"]
    e_total, p_total, distance = data["e_total"], data["p_total"], data["distance"]
    # Customers per (manager, segment) in one count; column 0 is the unclassified.
    by_segment = np.bincount(codes * 5 + (segment.astype(np.int64) + 1), minlength=count * 5).reshape(
        count, 5
    )
    segment_counts = by_segment[:, 1:]
    demand = _sums(codes, None, cadence, count)
    planned_sum = _sums(codes, None, planned, count)
    overflow_count = _sums(codes, overflow, None, count)
    team_effort, team_potential = float(effort_sum.sum()), float(potential_sum.sum())
    rows = []
    for index, name in enumerate(managers):
        effort_reason = _effort_reason(has_effort, int(effort_known[index]), float(effort_sum[index]))
        if classified_count[index] == 0:
            effort_reason = effort_reason or NO_CLASSIFIED
        index_reason = _effort_reason(has_effort, int(both_count[index]), float(e_total[index]))
        if index_reason is None and p_total[index] <= 0:
            index_reason = NO_POTENTIAL
        if classified_count[index] == 0:
            index_reason = NO_CLASSIFIED
        rows.append(
            Figures(
                name=name,
                customers=int(customers[index]),
                classified=int(classified_count[index]),
                segment_counts=tuple(int(v) for v in segment_counts[index]),
                potential=float(potential_sum[index]),
                capacity=float(capacity[index]),
                demand=float(demand[index]),
                planned=float(planned_sum[index]),
                load=float(demand[index] / capacity[index]) if capacity[index] > 0 else np.nan,
                overflow=int(overflow_count[index]),
                effort=float(effort_sum[index]) if effort_known[index] else np.nan,
                effort_share=float(effort_sum[index] / team_effort)
                if team_effort > 0 and effort_known[index]
                else np.nan,
                potential_share=float(potential_sum[index] / team_potential)
                if team_potential > 0
                else np.nan,
                misallocation=float(distance[index]) if index_reason is None else np.nan,
                load_reason=None if capacity[index] > 0 else NO_CAPACITY,
                effort_reason=effort_reason if not effort_known[index] else None,
                potential_reason=None if team_potential > 0 else NO_POTENTIAL,
                misallocation_reason=index_reason,
            )
        )
    return rows


def _team_figures(
    rows, classified, segment, potential, effort, known_effort, capacity, inputs: PlanInputs
) -> Figures:
    capacity_total = float(capacity.sum())
    demand = float(sum(r.demand for r in rows))
    data = inputs.by_manager
    team_effort, known = float(data["effort"].sum()), int(data["effort_known"].sum())
    team_potential = float(data["potential"].sum())
    has_effort = inputs.has_effort
    index, index_reason = inputs.team_index
    effort_reason = _effort_reason(has_effort, known, team_effort) if known == 0 or not has_effort else None
    return Figures(
        name="(all)",
        customers=int(len(classified)),
        classified=int(classified.sum()),
        segment_counts=tuple(int(count) for count in np.bincount(segment[segment >= 0], minlength=4)[:4]),
        potential=team_potential,
        capacity=capacity_total,
        demand=demand,
        planned=float(sum(r.planned for r in rows)),
        load=demand / capacity_total if capacity_total > 0 else np.nan,
        overflow=int(sum(r.overflow for r in rows)),
        effort=team_effort if effort_reason is None else np.nan,
        effort_share=1.0 if team_effort > 0 else np.nan,
        potential_share=1.0 if team_potential > 0 else np.nan,
        misallocation=index if index_reason is None else np.nan,
        load_reason=None if capacity_total > 0 else NO_CAPACITY,
        effort_reason=effort_reason,
        potential_reason=None if team_potential > 0 else NO_POTENTIAL,
        misallocation_reason=index_reason,
    )


def _shares(segment: np.ndarray, mask: np.ndarray, values: np.ndarray) -> tuple[np.ndarray, float]:
    sums = np.bincount(segment[mask].astype(np.int64), weights=values[mask], minlength=4)[:4]
    total = float(sums.sum())
    return (sums / total if total > 0 else np.full(4, np.nan)), total


def _segment_shares(
    segment, classified, potential, effort, known_effort, revenue, has_effort
) -> SegmentShares:
    effort_share, effort_total = _shares(segment, known_effort, effort)
    potential_share, potential_total = _shares(segment, classified & ~np.isnan(potential), potential)
    revenue_share, revenue_total = _shares(segment, classified & ~np.isnan(revenue) & (revenue >= 0), revenue)
    effort_reason = _effort_reason(has_effort, int(known_effort.sum()), effort_total)
    if not classified.any():
        effort_reason = NO_CLASSIFIED
    return SegmentShares(
        effort=effort_share if effort_reason is None else np.full(4, np.nan),
        potential=potential_share,
        revenue=revenue_share,
        effort_reason=effort_reason,
        potential_reason=None
        if potential_total > 0
        else (NO_CLASSIFIED if not classified.any() else NO_POTENTIAL),
        revenue_reason=None if revenue_total > 0 else NO_CLASSIFIED,
    )


def _service(classified, potential, effort, known_effort, has_effort):
    """Under- and over-served customers, the reason when none can be flagged, the cuts."""
    service = np.zeros(len(classified), dtype=np.int8)
    known_potential = classified & ~np.isnan(potential)
    reason = _effort_reason(has_effort, int(known_effort.sum()), float(np.nansum(effort[known_effort])))
    if reason is None and not known_potential.any():
        reason = NO_POTENTIAL
    if reason is not None:
        return service, reason, (np.nan,) * 4
    # Linear percentiles (Excel's PERCENTILE.INC), over the team's classified customers.
    low_p, high_p = np.percentile(potential[known_potential], [25.0, 75.0])
    median_e, high_e = np.percentile(effort[known_effort], [50.0, 75.0])
    both = known_effort & known_potential
    under = both & (potential >= high_p) & (potential > 0) & (effort <= median_e)
    over = both & (potential <= low_p) & (effort >= high_e) & (effort > 0)
    service[under & ~over] = UNDER_SERVED
    service[over & ~under] = OVER_SERVED
    return service, None, (float(low_p), float(high_p), float(median_e), float(high_e))
