"""Thresholds → segments, MOVE triage, untapped potential, worth, priorities: vectorised.

Everything that does not depend on the thresholds (the two measures, potential, the
revenue at stake, the order of customers by id, manager codes) is computed once per
data change in :func:`prepare`.  :func:`segment` then compares, counts, weighs and
sorts: a threshold drag re-segments on every mouse move and re-ranks when it rests.

**Worth** (PRODUCT.md §6) = the group's weight × the value at stake: the untapped
potential for GROW, MOVE and MODEL, the revenue at risk (its revenue) for FIX.
**Priority** (rank 1..n within each manager): pinned customers first, then by worth,
largest first; ties by group order, then customer id.  *Segment first* (a setting,
:class:`Ranking`) ranks by group order, then worth, then id.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import numpy as np
import pandas as pd

from segmenter_app.core.errors import ThresholdError
from segmenter_app.core.importing.scales import Scale
from segmenter_app.core.model.collation import name_key
from segmenter_app.core.model.wallet import WalletEstimate, WalletResult, effective_wallets

SEGMENTS: tuple[str, ...] = ("MODEL", "FIX", "GROW", "MOVE")
MODEL, FIX, GROW, MOVE = range(4)
UNCLASSIFIED = -1

OBSERVE, PRIORITISE = 0, 1
NO_TRIAGE = -1
TRIAGE_NAMES = {OBSERVE: "observe", PRIORITISE: "prioritise"}

#: The groups priorities are ranked by, and their default order.
GROUPS: tuple[str, ...] = ("GROW", "FIX", "MOVE_PRIORITISE", "MODEL", "MOVE_OBSERVE")
GROW_GROUP, FIX_GROUP, MOVE_PRIORITISE_GROUP, MODEL_GROUP, MOVE_OBSERVE_GROUP = range(5)
NO_GROUP = -1
DEFAULT_GROUP_ORDER: tuple[str, ...] = GROUPS
#: How much a euro at stake counts, per group of GROUPS: GROW 1, FIX 1 (its revenue is
#: at risk), MOVE·prioritise 0.5, MODEL 0.5, MOVE·observe 0.
DEFAULT_WEIGHTS: tuple[float, ...] = (1.0, 1.0, 0.5, 0.5, 0.0)
#: How priorities rank (``Ranking.by``).
BY_WORTH, SEGMENT_FIRST = "worth", "segment"

# Why a row is unclassified or needs a look (bit flags, several may be set).
NO_SATISFACTION = 1 << 0  # no satisfaction value
OUT_OF_SCALE = 1 << 1  # satisfaction outside the scale
NO_SCALE = 1 << 2  # no scale known for the satisfaction column
NO_WALLET = 1 << 3  # no SoW and no wallet to derive it
WALLET_ZERO = 1 << 4  # no SoW and a wallet of 0
NO_REVENUE = 1 << 5  # no SoW and no revenue to derive it
SOW_CLIPPED = 1 << 6  # SoW above 100 % (revenue above wallet), clipped
NO_REVENUE_TO_ESTIMATE = 1 << 10  # no wallet, and no revenue to estimate one from
UNCLASSIFIED_FLAGS = (
    NO_SATISFACTION | OUT_OF_SCALE | NO_SCALE | NO_WALLET | WALLET_ZERO | NO_REVENUE | NO_REVENUE_TO_ESTIMATE
)

#: Customers in the top quartile of untapped potential are MOVE·prioritise.
TRIAGE_PERCENTILE = 75.0


@dataclass(frozen=True)
class Threshold:
    """One axis's threshold: ``mode`` fixed / median / mean / percentile.

    ``value`` is the fixed value in axis units (SoW as a fraction 0–1, KZI in points
    0–100) or the percentile (0–100).
    """

    mode: str = "median"
    value: float | None = None

    MODES = ("fixed", "median", "mean", "percentile")

    def __post_init__(self) -> None:
        if self.mode not in self.MODES:
            raise ThresholdError(self.mode)
        if self.mode in ("fixed", "percentile"):
            if self.value is None or not np.isfinite(self.value):
                raise ThresholdError(f"{self.mode} needs a value")
            if self.mode == "percentile" and not 0 <= self.value <= 100:
                raise ThresholdError("percentile must be 0–100")

    @classmethod
    def parse(cls, text: str, axis: str) -> Threshold:
        """'median', 'mean', 'p60' / '60th', '0.35' / '35%' (SoW) or '64' (KZI points)."""
        cleaned = text.strip().lower().replace(" ", "")
        if cleaned in ("median", "mean"):
            return cls(cleaned)
        if cleaned.startswith("p") and _is_number(cleaned[1:]):
            return cls("percentile", float(cleaned[1:].replace(",", ".")))
        if cleaned.endswith("th") and _is_number(cleaned[:-2]):
            return cls("percentile", float(cleaned[:-2]))
        percent = cleaned.endswith("%")
        number = cleaned.rstrip("%").replace(",", ".")
        if not _is_number(number):
            raise ThresholdError(text)
        value = float(number)
        if axis == "sow":
            value = value / 100.0 if percent or value > 1.0 else value
            if not 0.0 <= value <= 1.0:
                raise ThresholdError(text)
        elif not 0.0 <= value <= 100.0:
            raise ThresholdError(text)
        return cls("fixed", value)

    def resolve(self, values: np.ndarray) -> float:
        """The threshold's value over the classified customers' values."""
        if self.mode == "fixed":
            return float(self.value)
        if len(values) == 0:
            return float("nan")
        if self.mode == "median":
            return float(np.median(values))
        if self.mode == "mean":
            return float(np.mean(values))
        return float(np.percentile(values, self.value))


def _is_number(text: str) -> bool:
    try:
        float(text.replace(",", "."))
    except ValueError:
        return False
    return True


@dataclass(frozen=True)
class Thresholds:
    sow: Threshold = Threshold()
    kzi: Threshold = Threshold()

    def with_axis(self, axis: str, threshold: Threshold) -> Thresholds:
        return replace(self, **{axis: threshold})


@dataclass(frozen=True)
class Ranking:
    """What priorities are ranked by: the weight of a euro at stake per group of
    GROUPS, and ``by`` worth (the default) or segment first."""

    weights: tuple[float, ...] = DEFAULT_WEIGHTS
    by: str = BY_WORTH


DEFAULT_RANKING = Ranking()


@dataclass
class Prepared:
    """Per-customer values that do not depend on the thresholds."""

    sow: np.ndarray  #: fraction 0–1 (clipped), NaN when unknown
    kzi: np.ndarray  #: points 0–100, NaN when unknown
    potential: np.ndarray  #: untapped potential, NaN when the wallet is unknown
    classified: np.ndarray  #: bool
    flags: np.ndarray  #: int32 bit flags (see NO_SATISFACTION …)
    manager_codes: np.ndarray  #: int64 code per customer
    managers: list[str]  #: code → manager name
    top_potential: np.ndarray  #: bool, top quartile of potential (MOVE triage)
    triage_override: np.ndarray  #: int8, NO_TRIAGE or OBSERVE / PRIORITISE
    pinned: np.ndarray  #: bool
    #: the wallet each customer is measured with and its source (given, derived, estimated)
    wallets: WalletResult | None = None
    #: the revenue, or where only the SoW is given the revenue it implies (NaN unknown):
    #: a FIX customer's value at stake
    revenue: np.ndarray | None = None
    #: position in natural id order (9 before 10): priorities break ties by it
    id_rank: np.ndarray | None = None

    @property
    def size(self) -> int:
        return len(self.sow)


@dataclass
class Segmentation:
    """The result for one set of thresholds."""

    sow_threshold: float
    kzi_threshold: float
    segment: np.ndarray  #: int8, UNCLASSIFIED or MODEL…MOVE
    triage: np.ndarray  #: int8, NO_TRIAGE or OBSERVE / PRIORITISE
    priority: np.ndarray  #: int32, 1..n within the manager, 0 when unclassified
    counts: np.ndarray  #: customers per segment (MODEL, FIX, GROW, MOVE)
    potential_by_segment: np.ndarray
    unclassified: int
    group_order: tuple[str, ...] = field(default=DEFAULT_GROUP_ORDER)
    #: the group of GROUPS per customer (int8; NO_GROUP when unclassified)
    group: np.ndarray | None = None
    #: weight × value at stake (NaN when unclassified or the value is unknown)
    worth: np.ndarray | None = None
    ranking: Ranking = field(default=DEFAULT_RANKING)


def measures(
    table: pd.DataFrame, scale: Scale | None, wallets: WalletResult | None = None
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(SoW fraction clipped, KZI points, untapped potential, flags) per customer.
    ``wallets``: the wallets to measure with (derived and estimated ones filled in);
    by default the given and derived ones."""
    revenue = table["revenue"].to_numpy(dtype=np.float64)
    if wallets is None:
        wallets = effective_wallets(table, None)
    wallet = wallets.wallet
    given = table["sow_input"].to_numpy(dtype=np.float64)
    raw = table["satisfaction_input"].to_numpy(dtype=np.float64)
    flags = np.zeros(len(table), dtype=np.int32)

    with np.errstate(divide="ignore", invalid="ignore"):
        derived = np.where(wallet > 0, revenue / wallet, np.nan)
    sow = np.where(np.isnan(given), derived, given)
    missing_sow = np.isnan(sow)
    flags[missing_sow & np.isnan(wallet)] |= NO_WALLET
    if wallets.requested:
        flags[missing_sow & np.isnan(wallet) & np.isnan(revenue)] |= NO_REVENUE_TO_ESTIMATE
    flags[missing_sow & (wallet == 0)] |= WALLET_ZERO
    flags[missing_sow & (wallet > 0) & np.isnan(revenue)] |= NO_REVENUE
    clipped = sow > 1.0
    flags[clipped] |= SOW_CLIPPED
    sow = np.where(clipped, 1.0, sow)

    if scale is None:
        kzi = np.full(len(table), np.nan)
        flags[~np.isnan(raw)] |= NO_SCALE
    else:
        kzi = scale.normalise(raw)
        flags[scale.outside(raw)] |= OUT_OF_SCALE
    flags[np.isnan(raw)] |= NO_SATISFACTION

    # Revenue, or where only the SoW is given, the revenue it implies.
    spent = np.where(np.isnan(revenue), sow * wallet, revenue)
    potential = np.where(np.isnan(wallet) | np.isnan(spent), np.nan, np.maximum(wallet - spent, 0.0))
    return sow, kzi, potential, flags


def id_order(customer_ids: pd.Series) -> np.ndarray:
    """Rank of each id in natural order: numbers by value (9 before 10), then text."""
    import pyarrow as pa
    import pyarrow.compute as pc

    ids = pa.array(customer_ids.astype("str"), from_pandas=True)
    numeric = pc.match_substring_regex(ids, r"^[-+]?\d+(\.\d+)?$")
    numbers = pc.cast(pc.if_else(numeric, ids, pa.scalar(None, ids.type)), pa.float64())
    table = pa.table({"text_first": pc.invert(pc.fill_null(numeric, False)), "number": numbers, "text": ids})
    order = pc.sort_indices(
        table, sort_keys=[("text_first", "ascending"), ("number", "ascending"), ("text", "ascending")]
    )
    rank = np.empty(len(customer_ids), dtype=np.int64)
    rank[order.to_numpy()] = np.arange(len(customer_ids))
    return rank


def _manager_codes(managers: pd.Series) -> tuple[np.ndarray, list[str]]:
    """Each customer's manager as a code, and the managers' names in the order people
    read them listed (``collation.name_key``: Özdemir before Weiß, Manager 2 before
    Manager 10): code ``i`` is ``names[i]``."""
    codes, uniques = pd.factorize(managers.astype(str))
    names = [str(name) for name in uniques]
    order = sorted(range(len(names)), key=lambda i: name_key(names[i]))
    recode = np.empty(len(order), dtype=np.int64)
    recode[order] = np.arange(len(order), dtype=np.int64)
    return recode[codes], [names[i] for i in order]


def prepare(
    table: pd.DataFrame,
    scale: Scale | None,
    *,
    triage_override: np.ndarray | None = None,
    pinned: np.ndarray | None = None,
    wallet_estimate: WalletEstimate | None = None,
) -> Prepared:
    """Compute what the thresholds do not change.  Call again after a data edit."""
    wallets = effective_wallets(table, wallet_estimate)
    sow, kzi, potential, flags = measures(table, scale, wallets)
    classified = ~np.isnan(sow) & ~np.isnan(kzi)
    codes, managers = _manager_codes(table["account_manager"])
    ids = id_order(table["customer_id"])
    known = classified & ~np.isnan(potential)
    if known.any():
        cut = np.percentile(potential[known], TRIAGE_PERCENTILE)
        top = known & (potential >= cut) & (potential > 0)
    else:
        top = np.zeros(len(table), dtype=bool)
    size = len(table)
    revenue = table["revenue"].to_numpy(dtype=np.float64)
    return Prepared(
        sow=sow,
        kzi=kzi,
        potential=potential,
        classified=classified,
        flags=flags,
        manager_codes=codes.astype(np.int64),
        managers=managers,
        top_potential=top,
        triage_override=(
            np.full(size, NO_TRIAGE, dtype=np.int8)
            if triage_override is None
            else np.asarray(triage_override, dtype=np.int8)
        ),
        pinned=np.zeros(size, dtype=bool) if pinned is None else np.asarray(pinned, dtype=bool),
        wallets=wallets,
        revenue=np.where(np.isnan(revenue), sow * wallets.wallet, revenue),
        id_rank=ids,
    )


def resolve_thresholds(prepared: Prepared, thresholds: Thresholds) -> tuple[float, float]:
    classified = prepared.classified
    return (
        thresholds.sow.resolve(prepared.sow[classified]),
        thresholds.kzi.resolve(prepared.kzi[classified]),
    )


def segment(
    prepared: Prepared,
    thresholds: Thresholds,
    group_order: tuple[str, ...] = DEFAULT_GROUP_ORDER,
    ranking: Ranking = DEFAULT_RANKING,
) -> Segmentation:
    """Segments, triage, worth and priorities for one set of thresholds (≥ counts as high)."""
    t_sow, t_kzi = resolve_thresholds(prepared, thresholds)
    return segment_at(prepared, t_sow, t_kzi, group_order, ranking=ranking)


def segment_at(
    prepared: Prepared,
    t_sow: float,
    t_kzi: float,
    group_order: tuple[str, ...] = DEFAULT_GROUP_ORDER,
    *,
    keep_priority: np.ndarray | None = None,
    ranking: Ranking = DEFAULT_RANKING,
) -> Segmentation:
    """:func:`segment` for threshold values already resolved (a dragged line).

    ``keep_priority`` reuses ranks computed before instead of sorting again (two thirds
    of the work): a drag re-ranks when the mouse rests, not on every move."""
    classified = prepared.classified
    # Segment codes by arithmetic on the two comparisons (a threshold drag does this per
    # mouse move for every customer): low SoW adds 2, low KZI adds 1 — MODEL 0, FIX 1,
    # GROW 2, MOVE 3.
    low_sow = ~(prepared.sow >= t_sow)  # NaN compares low, as before any threshold
    low_kzi = ~(prepared.kzi >= t_kzi)
    segments = low_sow.view(np.int8) * np.int8(2) + low_kzi.view(np.int8)
    segments[~classified] = UNCLASSIFIED

    triage = np.where(
        prepared.triage_override >= 0, prepared.triage_override, prepared.top_potential.view(np.int8)
    ).astype(np.int8, copy=False)
    triage[segments != MOVE] = NO_TRIAGE

    group = groups_of(segments, triage)
    worth = worth_of(prepared, segments, group, ranking.weights)
    if keep_priority is not None and len(keep_priority) == len(segments):
        priority = keep_priority
    else:
        priority = _priorities(prepared, group, worth, group_order, ranking.by)
    # Unclassified customers count in bucket 0, which is dropped.
    bucket = segments.astype(np.intp) + 1
    counts = np.bincount(bucket, minlength=5)[1:5]
    by_segment = np.bincount(bucket, weights=_filled_potential(prepared), minlength=5)[1:5]
    return Segmentation(
        t_sow,
        t_kzi,
        segments,
        triage,
        priority,
        counts,
        by_segment,
        int((~classified).sum()),
        tuple(group_order),
        group,
        worth,
        ranking,
    )


def _filled_potential(prepared: Prepared) -> np.ndarray:
    """Untapped potential with unknown as 0, computed once per preparation."""
    filled = getattr(prepared, "_filled_potential", None)
    if filled is None:
        filled = np.where(np.isnan(prepared.potential), 0.0, prepared.potential)
        object.__setattr__(prepared, "_filled_potential", filled)
    return filled


def group_positions(group_order: tuple[str, ...]) -> dict[str, int]:
    if sorted(group_order) != sorted(GROUPS):
        raise ValueError(f"group order must list each of {GROUPS}")
    return {group: position for position, group in enumerate(group_order)}


def groups_of(segments: np.ndarray, triage: np.ndarray) -> np.ndarray:
    """Each customer's group of GROUPS (int8, NO_GROUP when unclassified): its segment,
    MOVE split by triage.  The one place where (segment, triage) becomes a group: the
    priorities, the worth and the visit plan's bounds all read it."""
    # Indexed by segment code + 1 (unclassified first), MOVE·observe in the MOVE slot.
    by_segment = np.array([NO_GROUP, MODEL_GROUP, FIX_GROUP, GROW_GROUP, MOVE_OBSERVE_GROUP], dtype=np.int8)
    group = by_segment[segments.astype(np.intp) + 1]
    group[(segments == MOVE) & (triage == PRIORITISE)] = MOVE_PRIORITISE_GROUP
    return group


def worth_of(
    prepared: Prepared, segments: np.ndarray, group: np.ndarray, weights: tuple[float, ...]
) -> np.ndarray:
    """Weight × value at stake: the untapped potential (GROW, MOVE, MODEL), the revenue
    (FIX).  NaN when unclassified or the value is unknown; 0 where the weight is 0."""
    revenue = prepared.revenue if prepared.revenue is not None else np.full(prepared.size, np.nan)
    value = np.where(segments == FIX, revenue, prepared.potential)
    weight = np.append(np.asarray(weights, dtype=np.float64), np.nan)[group]  # NO_GROUP → NaN
    with np.errstate(invalid="ignore"):
        return np.where(weight == 0.0, 0.0, weight * value)


def _priorities(
    prepared: Prepared, group: np.ndarray, worth: np.ndarray, group_order: tuple[str, ...], by: str
) -> np.ndarray:
    """Rank 1..n within each manager: pinned first, then by worth (largest first; an
    unknown worth counts as 0), ties by group order, then id — or, segment first, by
    group order, then worth, then id.  Unclassified: 0."""
    positions = group_positions(group_order)
    size = prepared.size
    position = np.array([positions[name] for name in GROUPS] + [len(GROUPS)], dtype=np.int64)[group]
    classified = group >= 0
    # Worth as a dense rank (0 = largest; equal worths share a rank, so that their ties
    # are broken by group and id), from one sort of the values.
    keyed = np.where(classified & (worth > 0), worth, 0.0)
    by_worth = np.argsort(-keyed)
    ordered = keyed[by_worth]
    new = np.ones(size, dtype=np.int64)
    new[1:] = ordered[1:] != ordered[:-1]
    dense = np.empty(size, dtype=np.int64)
    dense[by_worth] = np.cumsum(new) - 1
    # Slot 0 pinned, 1 the rest, 2 the unclassified (ranked last, then given 0).
    slot = np.where(classified, np.where(prepared.pinned, 0, 1), 2)
    ids = prepared.id_rank if prepared.id_rank is not None else np.arange(size, dtype=np.int64)
    ranks_worth = int(dense.max()) + 1 if size else 1
    groups = len(GROUPS) + 1
    major = prepared.manager_codes * 3 + slot
    if by == SEGMENT_FIRST:
        keys, sizes = (ids, dense, position), (max(size, 1), ranks_worth, groups)
    else:
        keys, sizes = (ids, position, dense), (max(size, 1), groups, ranks_worth)
    # One int64 key when the parts fit in 63 bits (an unstable sort is exact: keys are
    # unique, the id rank is), else a lexsort.
    span = 1
    for part in sizes:
        span *= part
    if span * (int(major.max()) + 1 if size else 1) < 2**63:
        key = major * span
        scale = 1
        for part, extent in zip(keys, sizes):
            key = key + part * scale
            scale *= extent
        order = np.argsort(key)
    else:
        order = np.lexsort((*keys, major))
    sorted_managers = prepared.manager_codes[order]
    positions_ = np.arange(size, dtype=np.int64)
    first = np.ones(size, dtype=bool)
    first[1:] = sorted_managers[1:] != sorted_managers[:-1]
    starts = np.maximum.accumulate(np.where(first, positions_, 0))
    ranks = np.empty(size, dtype=np.int32)
    ranks[order] = positions_ - starts + 1
    ranks[~classified] = 0
    return ranks


def borderline(prepared: Prepared, result: Segmentation, band_points: float) -> np.ndarray:
    """Customers within ``band_points`` of a threshold (KZI points, SoW percentage
    points); a band of 0 marks no one."""
    if band_points <= 0:
        return np.zeros(prepared.size, dtype=bool)
    near_kzi = np.abs(prepared.kzi - result.kzi_threshold) <= band_points
    near_sow = np.abs(prepared.sow - result.sow_threshold) * 100.0 <= band_points
    return prepared.classified & (near_kzi | near_sow)
