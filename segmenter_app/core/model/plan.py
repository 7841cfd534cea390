"""Resources in proportion to potential (PRODUCT.md §6), vectorised.

**Capacity.**  Visits a manager can make in a year: set for the manager, or set for the
team, or — where the effort column counts visits ("Besuche 2025") — what the manager
made in the last period (the sum of their customers' effort, rounded), else 200.

**Visit plan**, per manager, by the definition a team lead reads:

1. the minimums, in priority order, while capacity lasts (first fit: a later customer
   with a smaller minimum may still fit); a classified customer left without its
   minimum is *overflow*;
2. every whole visit left goes, one at a time, to the customer whose *next* visit is
   worth most — the n-th visit is worth ``worth / n`` — never beyond its group's
   maximum; ties go to the higher priority; a visit worth nothing is not planned.

Step 2 is not walked visit by visit (a plan of 100,000 customers would take seconds):
the visits it gives are the R largest of all the "slots" ``worth_i / n`` (R visits
left; ties by priority), because each customer's slots fall with n.  A customer gets
every slot worth at least a threshold λ — ``min(max, ⌊worth/λ⌋)`` visits — so λ is
found per manager by a bracketing search on the count of slots ≥ λ (one numpy pass per
step, all managers at once), and the slots between the bracket's ends, few, are sorted
exactly (value, then priority).  Counting uses the same float divisions as the walk,
so the result is the walk's, visit for visit (``tests/core/test_plan.py`` checks it
against a plain greedy on many random teams).

**Effort and plan against worth.**  Over classified customers with known effort and
known worth, each customer's share of the effort ``e/E`` against its share of the
worth ``w/W``; the misallocation index ``½ Σ |e/E − w/W| × 100`` (0: effort in exact
proportion to worth; 100: all effort where nothing is at stake), for the team and per
manager over that manager's customers.  The same index of the plan (planned visits
against worth, over the classified customers with known worth) stands beside it.
*Under-served*: worth ≥ the 75th percentile and effort ≤ the median effort;
*over-served*: worth ≤ the 25th percentile and effort ≥ the 75th percentile of effort
(percentiles linear, over the team's classified customers).  A customer with no worth
is never under-served and one without effort never over-served (else an all-zero column
would flag everyone); one that meets both rules (all values tied) is neither.

A figure that cannot be had is NaN together with a reason code (``REASONS``), never a
number made up from a division by zero.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from segmenter_app.core.headers.roles import effort_unit
from segmenter_app.core.model import segmentation as sg
from segmenter_app.core.model.plan_settings import PlanSettings

#: Why a figure is empty (worded by ``text.plan_texts``).
NO_EFFORT_COLUMN = "no_effort_column"  # the list has no effort column
NO_EFFORT_KNOWN = "no_effort_known"  # no classified customer with known effort
ONE_EFFORT_KNOWN = "one_effort_known"  # one: a share of one says nothing
NO_EFFORT = "no_effort"  # the known effort adds up to 0
NO_WORTH = "no_worth"  # nothing at stake (worth all 0 or unknown)
NO_CLASSIFIED = "no_classified"  # no classified customer
NO_CAPACITY = "no_capacity"  # capacity 0: load has no meaning
NO_PLANNED = "no_planned"  # no visit planned
REASONS = (
    NO_EFFORT_COLUMN,
    NO_EFFORT_KNOWN,
    ONE_EFFORT_KNOWN,
    NO_EFFORT,
    NO_WORTH,
    NO_CLASSIFIED,
    NO_CAPACITY,
    NO_PLANNED,
)

#: Where a manager's capacity comes from (``PlanSettings.capacity_source``).
CAPACITY_SOURCES = ("manager", "team", "list", "default")

#: Service flags per customer.
SERVED, UNDER_SERVED, OVER_SERVED = 0, 1, 2
SERVICE_NAMES = {SERVED: "", UNDER_SERVED: "under", OVER_SERVED: "over"}
#: How many managers a reassignment suggestion names at most.
SUGGESTIONS = 3
#: How many under-served customers the team's "largest moves" name.
MOVES = 5
#: A capacity compares with the visits it holds up to this (3 × 0.1 is not 0.3).
EPSILON = 1e-9
#: The plan's search stops when a manager's bracket holds this many visits or fewer.
BAND = 48


@dataclass
class Figures:
    """One row of the team table: a manager, or the whole team."""

    name: str
    customers: int
    classified: int
    segment_counts: tuple[int, int, int, int]  #: MODEL, FIX, GROW, MOVE
    worth: float  #: the classified customers' worth (unknown counts 0)
    capacity: float
    capacity_source: str  #: one of CAPACITY_SOURCES; "" for a team of mixed sources
    demand: float
    planned: float
    minimums: float  #: visits the plan gives as minimums (step 1)
    load: float  #: demand ÷ capacity; NaN with ``load_reason``
    overflow: int
    effort: float  #: NaN with ``effort_reason``
    effort_share: float
    worth_share: float
    misallocation: float  #: effort against worth, 0–100; NaN with ``misallocation_reason``
    misallocation_planned: float  #: the plan against worth; NaN with its reason
    under: int = 0  #: under-served customers
    over: int = 0  #: over-served customers
    load_reason: str | None = None
    effort_reason: str | None = None
    worth_reason: str | None = None
    misallocation_reason: str | None = None
    misallocation_planned_reason: str | None = None

    @property
    def spare(self) -> float:
        """Visits not taken by minimums: room for another customer's minimum (the
        plan would give it one of the visits now spent on worth)."""
        return self.capacity - self.minimums


@dataclass
class SegmentShares:
    """Per segment (MODEL, FIX, GROW, MOVE): share of the effort, of the planned visits
    and of the worth, each over the classified customers where it is known."""

    effort: np.ndarray
    planned: np.ndarray
    worth: np.ndarray
    effort_reason: str | None
    planned_reason: str | None
    worth_reason: str | None


@dataclass
class VisitPlan:
    settings: PlanSettings
    #: per customer
    worth: np.ndarray  #: weight × value at stake (NaN when unclassified or unknown)
    minimum: np.ndarray  #: float, the visits it needs at least (0 when unclassified)
    maximum: np.ndarray  #: float, its group's maximum (0 when unclassified)
    planned: np.ndarray  #: float, visits planned (0 for overflow and unclassified)
    overflow: np.ndarray  #: bool
    effort: np.ndarray  #: float, NaN when unknown
    service: np.ndarray  #: int8, SERVED / UNDER_SERVED / OVER_SERVED
    has_effort: bool  #: the list has an effort column
    #: per manager (in ``managers`` order), and the team
    managers: list[str]
    rows: list[Figures]
    team: Figures
    shares: SegmentShares
    #: the effort column's header, and what it counts: "visits", "hours" or ""
    effort_label: str = ""
    effort_unit: str = ""
    #: why no customer carries a service flag (None when the flags could be computed)
    service_reason: str | None = None
    #: the percentiles the flags used: worth p25, p75; effort median, p75
    cuts: tuple[float, float, float, float] = field(default=(np.nan,) * 4)
    #: the largest moves: under-served customers (rows), most worth first, at most MOVES
    moves: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))

    def figures(self, manager: str) -> Figures:
        return self.rows[self.managers.index(manager)]

    def suggestions(self, row: int, manager_codes: np.ndarray) -> list[tuple[str, float]]:
        """Managers with room for an overflow customer's minimum, most room first:
        (name, spare visits).  Empty for a customer that is no overflow."""
        if not self.overflow[row]:
            return []
        need = float(self.minimum[row])
        own = int(manager_codes[row])
        spare = [(i, f.spare) for i, f in enumerate(self.rows) if i != own and f.spare >= need - EPSILON]
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
    """What the plan needs that depends on the data only, not on thresholds or
    settings: the effort, what it counts, the capacity the list gives each manager and
    the per-manager sums of effort.  Computed once per data change."""

    effort: np.ndarray  #: NaN where unknown (or negative)
    has_effort: bool
    effort_label: str  #: the effort column's header ("" when unknown)
    effort_unit: str  #: "visits", "hours" or ""
    #: per manager: the visits the list says they made (rounded), NaN where it says none
    list_capacity: np.ndarray
    known_effort: np.ndarray  #: classified, effort known
    customers: np.ndarray  #: per manager
    classified: np.ndarray  #: per manager
    effort_known: np.ndarray  #: per manager: classified customers with known effort
    effort_sum: np.ndarray  #: per manager: their effort
    #: the effort's median and 75th percentile over the classified customers (NaN: none)
    effort_cuts: tuple[float, float] = (np.nan, np.nan)


def plan_inputs(table: pd.DataFrame, prepared: sg.Prepared, effort_header: str | None = "") -> PlanInputs:
    """``effort_header``: the effort column's header; None when the list has no effort
    column mapped ("" when it has one whose header is not known)."""
    effort, has_effort = effort_values(table, effort_header is not None)
    effort = np.where(effort >= 0, effort, np.nan)
    label = effort_header or ""
    unit = effort_unit(label) if has_effort else ""
    codes, count = prepared.manager_codes, len(prepared.managers)
    classified = prepared.classified
    known = ~np.isnan(effort)
    known_effort = classified & known
    list_capacity = np.full(count, np.nan)
    if unit == "visits":
        made = np.round(np.bincount(codes, weights=np.where(known, effort, 0.0), minlength=count))
        list_capacity = np.where(made > 0, made, np.nan)
    return PlanInputs(
        effort=effort,
        has_effort=has_effort,
        effort_label=label,
        effort_unit=unit,
        list_capacity=list_capacity,
        known_effort=known_effort,
        customers=_count(codes, None, count),
        classified=_count(codes, classified, count),
        effort_known=_count(codes, known_effort, count),
        effort_sum=np.bincount(codes, weights=np.where(known_effort, effort, 0.0), minlength=count),
        effort_cuts=tuple(float(cut) for cut in np.percentile(effort[known_effort], [50.0, 75.0]))
        if known_effort.any()
        else (np.nan, np.nan),
    )


def _count(codes: np.ndarray, mask: np.ndarray | None, count: int) -> np.ndarray:
    return np.bincount(codes if mask is None else codes[mask], minlength=count).astype(np.float64)


def _sum(codes: np.ndarray, values: np.ndarray, count: int) -> np.ndarray:
    return np.bincount(codes, weights=values, minlength=count)


# --------------------------------------------------------------------------- the plan


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
    managers = prepared.managers
    codes = prepared.manager_codes
    segment = result.segment
    group = result.group if result.group is not None else sg.groups_of(segment, result.triage)
    worth = result.worth
    if worth is None or result.ranking.weights != settings.ranking.weights:
        worth = sg.worth_of(prepared, segment, group, settings.ranking.weights)
    classified = group >= 0

    # ---- each customer's bounds, each manager's capacity
    maximum = np.array([*settings.maximum_by_group(), 0], dtype=np.float64)[group]
    minimum = np.array([*settings.minimum_by_group(), 0], dtype=np.float64)[group]
    sources = [
        settings.capacity_source(name, float(inputs.list_capacity[i])) for i, name in enumerate(managers)
    ]
    capacity = np.array([value for value, _ in sources], dtype=np.float64)
    known_worth = classified & ~np.isnan(worth)
    valued = np.where(known_worth, worth, 0.0)

    planned, overflow = allocate(codes, result.priority, classified, valued, minimum, maximum, capacity)
    demand = np.where(valued > 0, maximum, minimum)

    # ---- figures per manager and for the team
    effort = inputs.effort
    both = inputs.known_effort & known_worth
    service, service_reason, cuts = _service(classified, worth, known_worth, effort, inputs)
    moves = _moves(service, valued)
    rows = _manager_figures(
        managers, codes, segment, inputs, valued, known_worth, both, capacity, sources,
        demand, planned, minimum, overflow, service,
    )  # fmt: skip
    team = _team_figures(rows, segment, valued, known_worth, both, inputs, planned, service)
    shares = _segment_shares(segment, classified, valued, known_worth, planned, inputs)
    return VisitPlan(
        settings=settings,
        worth=worth,
        minimum=minimum,
        maximum=maximum,
        planned=planned,
        overflow=overflow,
        effort=effort,
        service=service,
        has_effort=inputs.has_effort,
        managers=list(managers),
        rows=rows,
        team=team,
        shares=shares,
        effort_label=inputs.effort_label,
        effort_unit=inputs.effort_unit,
        service_reason=service_reason,
        cuts=cuts,
        moves=moves,
    )


class _Runs:
    """Customers sorted by manager: per-manager sums by ``np.add.reduceat`` over the
    runs (ten times quicker than a weighted ``bincount``), a manager's value for each
    of its customers by ``np.repeat``."""

    def __init__(self, codes: np.ndarray, count: int) -> None:
        self.count = count
        self.size = len(codes)
        self.starts = np.flatnonzero(np.r_[True, codes[1:] != codes[:-1]]) if len(codes) else np.zeros(0, int)
        self.managers = codes[self.starts]
        self.lengths = np.diff(np.r_[self.starts, len(codes)])

    def sum(self, values: np.ndarray) -> np.ndarray:
        sums = np.zeros(self.count)
        if self.size:
            sums[self.managers] = np.add.reduceat(values, self.starts)
        return sums

    def reduce(self, function, values: np.ndarray, empty: float) -> np.ndarray:
        result = np.full(self.count, empty)
        if self.size:
            result[self.managers] = function.reduceat(values, self.starts)
        return result

    def spread(self, per_manager: np.ndarray) -> np.ndarray:
        return np.repeat(per_manager[self.managers], self.lengths)


def allocate(
    codes: np.ndarray,
    priority: np.ndarray,
    classified: np.ndarray,
    worth: np.ndarray,
    minimum: np.ndarray,
    maximum: np.ndarray,
    capacity: np.ndarray,
) -> tuple[np.ndarray, np.ndarray]:
    """Visits per customer and the overflow, by the two steps of the module's doc.
    ``priority``: rank 1..n within each manager (the classified customers); ``worth``
    ≥ 0 (unknown as 0); ``minimum`` ≤ ``maximum``, whole numbers; ``capacity`` per
    manager.  Returns (planned visits, overflow)."""
    size = len(codes)
    planned = np.zeros(size)
    overflow = np.zeros(size, dtype=bool)
    members = _in_priority_order(codes, priority, classified, len(capacity))
    if not len(members):
        return planned, overflow
    member_codes = codes[members]
    runs = _Runs(member_codes, len(capacity))
    fits, left = _minimums(runs, member_codes, minimum[members], capacity)
    given = np.where(fits, minimum[members], 0.0)
    needs = minimum[members] > 0
    overflow[members] = needs & ~fits
    extra = _extra_visits(
        runs,
        member_codes,
        worth[members],
        given,
        np.where(fits, maximum[members], 0.0),
        np.floor(np.maximum(left, 0.0) + EPSILON),
        np.arange(len(members)),  # members are in priority order: the position ranks ties
    )
    planned[members] = given + extra
    return planned, overflow


def _in_priority_order(
    codes: np.ndarray, priority: np.ndarray, classified: np.ndarray, count: int
) -> np.ndarray:
    """The classified customers by manager, then priority.  Priorities rank 1..n within
    each manager, so each one's place is known without a sort; priorities kept during a
    drag may no longer be a ranking: then they are sorted (ties by row)."""
    members = np.flatnonzero(classified)
    if not len(members):
        return members
    member_codes = codes[members]
    sizes = np.bincount(member_codes, minlength=count)
    starts = np.cumsum(sizes) - sizes
    place = starts[member_codes] + priority[members].astype(np.int64) - 1
    inside = (place >= starts[member_codes]) & (place < starts[member_codes] + sizes[member_codes])
    if inside.all() and np.bincount(place, minlength=len(members)).max() <= 1:
        order = np.empty(len(members), dtype=np.int64)
        order[place] = members
        return order
    return members[np.lexsort((members, priority[members], member_codes))]


def _minimums(
    runs: _Runs, codes: np.ndarray, sizes: np.ndarray, capacity: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Step 1, first fit in order (``codes`` grouped by manager, in priority order):
    which customers get their minimum, and the capacity left per manager.

    Once a customer's minimum s does not fit (left < s), no later minimum ≥ s fits:
    so a manager's walk is a few runs, each ended by a failure that retires every size
    above what is left — one numpy pass per run for all managers, as many runs as
    there are distinct minimums (one, unless a group's maximum is below the minimum)."""
    count = len(capacity)
    total = len(codes)
    position = np.arange(total)
    fits = sizes <= 0  # no minimum: nothing to fit
    decided = fits.copy()
    left = capacity.astype(np.float64).copy()
    sizes_per = np.bincount(codes, minlength=count)
    start = np.cumsum(sizes_per) - sizes_per
    resume = start.copy()  # per manager: the walk goes on from here
    limit = np.full(count, np.inf)  # per manager: minimums above this no longer fit
    while True:
        active = ~decided & (sizes <= limit[codes] + EPSILON) & (position >= resume[codes])
        if not active.any():
            break
        taken = np.where(active, sizes, 0.0)
        running = np.cumsum(taken)
        before = running - taken  # taken before each position, all managers
        base = np.append(before, running[-1] if total else 0.0)[start]  # at each manager's start
        left_before = left[codes] - (before - base[codes])
        fails = active & (left_before < sizes - EPSILON)
        failed_managers, first = np.unique(codes[fails], return_index=True)
        stop = np.full(count, total)
        stop[failed_managers] = position[fails][first]
        ok = active & (position < stop[codes])
        fits |= ok
        decided |= ok
        spent = runs.sum(np.where(ok, sizes, 0.0))
        # A manager without a failure is done: every active minimum fit.
        left = left - spent
        done = np.ones(count, dtype=bool)
        done[failed_managers] = False
        if not len(failed_managers):
            break
        at = stop[failed_managers]
        decided[at] = True  # the failed customer: overflow
        limit[failed_managers] = left[failed_managers]
        resume[failed_managers] = at + 1
        resume[done] = start[done] + sizes_per[done]
    return fits, left


def _slots_at(worth, given, most, threshold) -> np.ndarray:
    """Per customer: visits n ≤ ``most`` whose value ``worth / n`` (as floats, as the
    walk divides) is ≥ ``threshold``, at least ``given``.  ⌊worth/threshold⌋ is off by
    at most one where the division rounds; the two checks either way settle it."""
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        k = np.clip(np.floor(worth / threshold), given, most)
        for _ in range(2):
            k = np.where((k > given) & (worth / np.maximum(k, 1.0) < threshold), k - 1, k)
        for _ in range(2):
            k = np.where((k < most) & (worth / (k + 1) >= threshold), k + 1, k)
    return k


def _extra_visits(
    runs: _Runs,
    codes: np.ndarray,
    worth: np.ndarray,
    given: np.ndarray,
    most: np.ndarray,
    left: np.ndarray,
    rank: np.ndarray,
) -> np.ndarray:
    """Step 2: per customer, the visits beyond ``given`` — the ``left`` (per manager)
    largest slots ``worth / n`` (n from given + 1 to ``most``), ties to the lower
    ``rank``.  ``codes`` are sorted (``runs`` are theirs).  See the module's doc.

    The search runs on x = 1/λ, where the count of slots is about Σ clip(worth·x,
    given, most) − given: piecewise linear, its slope the worth of the customers no
    bound holds.  Newton steps inside a bracket [xa, xb] (fewer slots than wanted at
    xa, enough at xb; the middle when a step leaves it) narrow each manager's bracket
    to a few dozen slots in a handful of passes.  The counts while searching are quick
    (⌊worth·x⌋); the ends are then counted exactly (:func:`_slots_at`) and an end the
    quick count misjudged goes back to where it surely holds."""
    count = len(left)
    extra = np.zeros(len(codes))
    open_ = (worth > 0) & (most > given)
    room = np.where(open_, most - given, 0.0)
    slots = runs.sum(room)
    everything = open_ & runs.spread(slots <= left)  # room for every slot: all to the maximum
    extra[everything] = room[everything]
    searching = (slots > left) & (left > 0)
    work = np.flatnonzero(open_ & runs.spread(searching))
    if not len(work):
        return extra
    w, g, m, c = worth[work], given[work], most[work], codes[work]
    own = _Runs(c, count)
    wanted = left
    # The outer bracket (as λ): no slot is ≥ ``top``, every slot is ≥ ``bottom``.
    top = np.nextafter(own.reduce(np.maximum, w / (g + 1), 1.0), np.inf)
    bottom = own.reduce(np.minimum, w / m, 1.0)
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        xa, xb = 1.0 / top, 1.0 / bottom
        count_a, count_b = np.zeros(count), slots.copy()
        # First guess: visits in exact proportion to worth, x = (left + given) / worth.
        x = (wanted + own.sum(g)) / own.sum(w)
        active = searching.copy()
        for _step in range(60):
            inside = (x > xa) & (x < xb)
            middle = np.where((xa > 0) & np.isfinite(xb), np.sqrt(xa * xb), xa + (xb - xa) * 0.5)
            x = np.where(inside, x, middle)
            active &= (x > xa) & (x < xb)  # else xa and xb are neighbours
            if not active.any():
                break
            product = w * own.spread(x)
            counted = own.sum(np.clip(np.floor(product), g, m) - g)
            to_b = active & (counted >= wanted)
            to_a = active & (counted < wanted)
            xb = np.where(to_b, x, xb)
            count_b = np.where(to_b, counted, count_b)
            xa = np.where(to_a, x, xa)
            count_a = np.where(to_a, counted, count_a)
            active &= count_b - count_a > BAND
            # Newton on the piecewise linear count (its slope: the free customers'
            # worth), aimed a little past what is wanted, so that the next count lands
            # on the bracket's other side.
            slope = own.sum(np.where((product > g) & (product < m), w, 0.0))
            aim = wanted + np.where(to_a, BAND / 3, -BAND / 3)
            x = x + (aim - counted) / slope
        high, low = 1.0 / xa, 1.0 / xb  # as λ: few slots are ≥ high, enough are ≥ low
    # Exactly counted; an end the quick count misjudged goes back to the outer bracket.
    base = _slots_at(w, g, m, own.spread(high))
    wrong = searching & (own.sum(base - g) >= wanted)
    if wrong.any():
        high = np.where(wrong, top, high)
        base = _slots_at(w, g, m, own.spread(high))
    stop = _slots_at(w, g, m, own.spread(low))
    short = searching & (own.sum(stop - g) < wanted)
    if short.any():
        low = np.where(short, bottom, low)
        stop = _slots_at(w, g, m, own.spread(low))
    # Every slot ≥ high is given; of the slots between, the best that still fit, by
    # value, then rank (as the walk would take them).
    extra_work = base - g
    spread = (stop - base).astype(np.int64)
    rows = np.flatnonzero(spread)
    if len(rows):
        spread = spread[rows]
        owner = np.repeat(rows, spread)
        offset = np.arange(len(owner)) - np.repeat(np.cumsum(spread) - spread, spread)
        n = base[owner] + offset + 1
        value = w[owner] / n
        need = wanted - own.sum(extra_work)
        managers = c[owner]
        order = np.lexsort((rank[work][owner], -value, managers))
        sorted_managers = managers[order]
        first = np.searchsorted(sorted_managers, np.arange(count))
        place = np.arange(len(order)) - first[sorted_managers]
        chosen = order[place < need[sorted_managers]]
        extra_work += np.bincount(owner[chosen], minlength=len(work))
    extra[work] = extra_work
    return extra


# --------------------------------------------------------------------------- the figures


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


def misallocation(effort: np.ndarray, worth: np.ndarray) -> tuple[float, str | None]:
    """½ Σ |e/E − w/W| × 100 over customers whose effort and worth are both known (NaN
    elsewhere), with the reason when it cannot be had."""
    both = ~np.isnan(effort) & ~np.isnan(worth)
    if not both.any():
        return np.nan, NO_EFFORT_KNOWN
    e, w = effort[both], worth[both]
    reason = _effort_reason(True, len(e), float(e.sum()))
    if reason is None and w.sum() <= 0:
        reason = NO_WORTH
    if reason is not None:
        return np.nan, reason
    return float(np.abs(e / e.sum() - w / w.sum()).sum() * 50.0), None


def _index_by_manager(codes, mask, amount, worth, count) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per manager over ``mask``: ½ Σ |a/Aₘ − w/Wₘ| × 100, Aₘ and Wₘ."""
    a = np.where(mask, amount, 0.0)
    w = np.where(mask, worth, 0.0)
    a_total, w_total = _sum(codes, a, count), _sum(codes, w, count)
    with np.errstate(divide="ignore", invalid="ignore"):
        gap = np.abs(a / a_total[codes] - w / w_total[codes])
    return _sum(codes, np.where(mask, gap, 0.0), count) * 50.0, a_total, w_total


def _planned_reason(classified: float, planned: float, worth: float) -> str | None:
    if classified == 0:
        return NO_CLASSIFIED
    if worth <= 0:
        return NO_WORTH
    if planned <= 0:
        return NO_PLANNED
    return None


def _manager_figures(
    managers, codes, segment, inputs: PlanInputs, worth, known_worth, both, capacity, sources,
    demand, planned, minimum, overflow, service,
) -> list[Figures]:  # fmt: skip
    count = len(managers)
    has_effort = inputs.has_effort
    effort = np.where(both, inputs.effort, 0.0)
    # Customers per (manager, segment) in one count; column 0 is the unclassified.
    by_segment = np.bincount(codes * 5 + (segment.astype(np.int64) + 1), minlength=count * 5).reshape(
        count, 5
    )
    worth_sum = _sum(codes, worth, count)
    demand_sum = _sum(codes, demand, count)
    planned_sum = _sum(codes, planned, count)
    minimum_sum = _sum(codes, np.where(overflow, 0.0, minimum), count)
    overflow_count = _count(codes, overflow, count)
    under = _count(codes, service == UNDER_SERVED, count)
    over = _count(codes, service == OVER_SERVED, count)
    both_count = _count(codes, both, count)
    index, e_total, w_total = _index_by_manager(codes, both, effort, worth, count)
    planned_index, a_total, pw_total = _index_by_manager(codes, known_worth, planned, worth, count)
    team_effort, team_worth = float(inputs.effort_sum.sum()), float(worth_sum.sum())
    with np.errstate(divide="ignore", invalid="ignore"):
        load = np.where(capacity > 0, demand_sum / capacity, np.nan)
    # Plain Python numbers once (a numpy scalar per figure and manager costs 200 × 30 reads).
    (
        customers, classified_, worth_, capacity_, demand_, planned_, minimums_, load_, overflow_,
        effort_known, effort_sum, both_, e_total_, w_total_, a_total_, pw_total_, index_, planned_index_,
        under_, over_,
    ) = (
        array.tolist()
        for array in (
            inputs.customers, inputs.classified, worth_sum, capacity, demand_sum, planned_sum, minimum_sum,
            load, overflow_count, inputs.effort_known, inputs.effort_sum, both_count, e_total, w_total,
            a_total, pw_total, index, planned_index, under, over,
        )
    )  # fmt: skip
    segment_counts = [tuple(row) for row in by_segment[:, 1:].tolist()]
    nan = float("nan")
    rows = []
    for i, name in enumerate(managers):
        classified = classified_[i]
        effort_reason = _effort_reason(has_effort, int(effort_known[i]), effort_sum[i])
        if classified == 0:
            effort_reason = effort_reason or NO_CLASSIFIED
        index_reason = _effort_reason(has_effort, int(both_[i]), e_total_[i])
        if index_reason is None and w_total_[i] <= 0:
            index_reason = NO_WORTH
        if classified == 0:
            index_reason = NO_CLASSIFIED
        planned_reason = _planned_reason(classified, a_total_[i], pw_total_[i])
        known = effort_known[i] > 0
        rows.append(
            Figures(
                name=name,
                customers=int(customers[i]),
                classified=int(classified),
                segment_counts=segment_counts[i],
                worth=worth_[i],
                capacity=capacity_[i],
                capacity_source=sources[i][1],
                demand=demand_[i],
                planned=planned_[i],
                minimums=minimums_[i],
                load=load_[i],
                overflow=int(overflow_[i]),
                effort=effort_sum[i] if known else nan,
                effort_share=effort_sum[i] / team_effort if team_effort > 0 and known else nan,
                worth_share=worth_[i] / team_worth if team_worth > 0 else nan,
                misallocation=index_[i] if index_reason is None else nan,
                misallocation_planned=planned_index_[i] if planned_reason is None else nan,
                under=int(under_[i]),
                over=int(over_[i]),
                load_reason=None if capacity_[i] > 0 else NO_CAPACITY,
                effort_reason=effort_reason if not known else None,
                worth_reason=None if team_worth > 0 else NO_WORTH,
                misallocation_reason=index_reason,
                misallocation_planned_reason=planned_reason,
            )
        )
    return rows


def _team_figures(rows, segment, worth, known_worth, both, inputs: PlanInputs, planned, service) -> Figures:
    capacity = float(sum(r.capacity for r in rows))
    demand = float(sum(r.demand for r in rows))
    team_effort, known = float(inputs.effort_sum.sum()), int(inputs.effort_known.sum())
    team_worth = float(worth.sum())
    has_effort = inputs.has_effort
    classified = int(inputs.classified.sum())
    index, index_reason = misallocation(np.where(both, inputs.effort, np.nan), np.where(both, worth, np.nan))
    if not has_effort:
        index, index_reason = np.nan, NO_EFFORT_COLUMN
    if classified == 0:
        index, index_reason = np.nan, NO_CLASSIFIED
    planned_total = float(planned.sum())
    planned_reason = _planned_reason(classified, planned_total, team_worth)
    planned_index = np.nan
    if planned_reason is None:
        a = planned[known_worth] / planned_total
        w = worth[known_worth] / team_worth
        planned_index = float(np.abs(a - w).sum() * 50.0)
    effort_reason = _effort_reason(has_effort, known, team_effort) if known == 0 or not has_effort else None
    sources = {r.capacity_source for r in rows}
    return Figures(
        name="(all)",
        customers=int(inputs.customers.sum()),
        classified=classified,
        segment_counts=tuple(int(n) for n in np.bincount(segment[segment >= 0], minlength=4)[:4]),
        worth=team_worth,
        capacity=capacity,
        capacity_source=sources.pop() if len(sources) == 1 else "",
        demand=demand,
        planned=planned_total,
        minimums=float(sum(r.minimums for r in rows)),
        load=demand / capacity if capacity > 0 else np.nan,
        overflow=int(sum(r.overflow for r in rows)),
        effort=team_effort if effort_reason is None else np.nan,
        effort_share=1.0 if team_effort > 0 else np.nan,
        worth_share=1.0 if team_worth > 0 else np.nan,
        misallocation=index if index_reason is None else np.nan,
        misallocation_planned=planned_index,
        under=int((service == UNDER_SERVED).sum()),
        over=int((service == OVER_SERVED).sum()),
        load_reason=None if capacity > 0 else NO_CAPACITY,
        effort_reason=effort_reason,
        worth_reason=None if team_worth > 0 else NO_WORTH,
        misallocation_reason=index_reason,
        misallocation_planned_reason=planned_reason,
    )


def _shares(segment: np.ndarray, mask: np.ndarray, values: np.ndarray) -> tuple[np.ndarray, float]:
    sums = np.bincount(segment[mask].astype(np.int64), weights=values[mask], minlength=4)[:4]
    total = float(sums.sum())
    return (sums / total if total > 0 else np.full(4, np.nan)), total


def _segment_shares(segment, classified, worth, known_worth, planned, inputs: PlanInputs) -> SegmentShares:
    known_effort = inputs.known_effort
    effort_share, effort_total = _shares(segment, known_effort, inputs.effort)
    worth_share, worth_total = _shares(segment, known_worth, worth)
    planned_share, planned_total = _shares(segment, classified, planned)
    effort_reason = _effort_reason(inputs.has_effort, int(known_effort.sum()), effort_total)
    if not classified.any():
        effort_reason = NO_CLASSIFIED
    return SegmentShares(
        effort=effort_share if effort_reason is None else np.full(4, np.nan),
        planned=planned_share,
        worth=worth_share,
        effort_reason=effort_reason,
        planned_reason=None if planned_total > 0 else (NO_CLASSIFIED if not classified.any() else NO_PLANNED),
        worth_reason=None if worth_total > 0 else (NO_CLASSIFIED if not classified.any() else NO_WORTH),
    )


def _service(classified, worth, known_worth, effort, inputs: PlanInputs):
    """Under- and over-served customers, the reason when none can be flagged, the cuts."""
    service = np.zeros(len(classified), dtype=np.int8)
    known_effort = inputs.known_effort
    reason = _effort_reason(inputs.has_effort, int(known_effort.sum()), float(inputs.effort_sum.sum()))
    if reason is None and not (known_worth & (worth > 0)).any():
        reason = NO_WORTH
    if reason is not None:
        return service, reason, (np.nan,) * 4
    # Linear percentiles (Excel's PERCENTILE.INC), over the team's classified customers.
    low_w, high_w = np.percentile(worth[known_worth], [25.0, 75.0])
    median_e, high_e = inputs.effort_cuts  # data only: once per data change
    both = known_effort & known_worth
    with np.errstate(invalid="ignore"):
        under = both & (worth >= high_w) & (worth > 0) & (effort <= median_e)
        over = both & (worth <= low_w) & (effort >= high_e) & (effort > 0)
    service[under & ~over] = UNDER_SERVED
    service[over & ~under] = OVER_SERVED
    return service, None, (float(low_w), float(high_w), float(median_e), float(high_e))


def _moves(service: np.ndarray, worth: np.ndarray) -> np.ndarray:
    """The under-served customers with the most worth (ties by row), at most MOVES."""
    under = np.flatnonzero(service == UNDER_SERVED)
    if len(under) > MOVES:
        # The few at or above the MOVES-th largest worth, then sorted (ties stay whole).
        cut = -np.partition(-worth[under], MOVES - 1)[MOVES - 1]
        under = under[worth[under] >= cut]
    return under[np.lexsort((under, -worth[under]))][:MOVES].astype(np.int64)
