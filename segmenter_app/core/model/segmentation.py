"""Thresholds → segments, MOVE triage, untapped potential, priorities: vectorised.

Everything that does not depend on the thresholds (the two measures, potential, the
order of customers by potential and by revenue, manager codes) is computed once per
data change in :func:`prepare`.  :func:`segment` then only compares, counts and sorts
one int64 key: about 10 ms for 100,000 customers, so a threshold drag can re-segment
on every mouse move.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import numpy as np
import pandas as pd

from segmenter_app.core.errors import ThresholdError
from segmenter_app.core.importing.scales import Scale
from segmenter_app.core.model.wallet import WalletEstimate, WalletResult, effective_wallets

SEGMENTS: tuple[str, ...] = ("MODEL", "FIX", "GROW", "MOVE")
MODEL, FIX, GROW, MOVE = range(4)
UNCLASSIFIED = -1

OBSERVE, PRIORITISE = 0, 1
NO_TRIAGE = -1
TRIAGE_NAMES = {OBSERVE: "observe", PRIORITISE: "prioritise"}

#: The groups priorities are ranked by, and their default order.
GROUPS: tuple[str, ...] = ("GROW", "FIX", "MOVE_PRIORITISE", "MODEL", "MOVE_OBSERVE")
DEFAULT_GROUP_ORDER: tuple[str, ...] = GROUPS

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
    potential_rank: np.ndarray  #: position in (potential desc, id) order
    revenue_rank: np.ndarray  #: position in (revenue desc, id) order
    top_potential: np.ndarray  #: bool, top quartile of potential (MOVE triage)
    triage_override: np.ndarray  #: int8, NO_TRIAGE or OBSERVE / PRIORITISE
    pinned: np.ndarray  #: bool
    #: the wallet each customer is measured with and its source (given, derived, estimated)
    wallets: WalletResult | None = None

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


def _descending_rank(values: np.ndarray, id_rank: np.ndarray) -> np.ndarray:
    keyed = np.where(np.isnan(values), -np.inf, values)
    order = np.lexsort((id_rank, -keyed))
    rank = np.empty(len(order), dtype=np.int64)
    rank[order] = np.arange(len(order))
    return rank


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
    codes, uniques = pd.factorize(table["account_manager"].astype(str), sort=True)
    ids = id_order(table["customer_id"])
    known = classified & ~np.isnan(potential)
    if known.any():
        cut = np.percentile(potential[known], TRIAGE_PERCENTILE)
        top = known & (potential >= cut) & (potential > 0)
    else:
        top = np.zeros(len(table), dtype=bool)
    size = len(table)
    return Prepared(
        sow=sow,
        kzi=kzi,
        potential=potential,
        classified=classified,
        flags=flags,
        manager_codes=codes.astype(np.int64),
        managers=[str(u) for u in uniques],
        potential_rank=_descending_rank(potential, ids),
        revenue_rank=_descending_rank(table["revenue"].to_numpy(dtype=np.float64), ids),
        top_potential=top,
        triage_override=(
            np.full(size, NO_TRIAGE, dtype=np.int8)
            if triage_override is None
            else np.asarray(triage_override, dtype=np.int8)
        ),
        pinned=np.zeros(size, dtype=bool) if pinned is None else np.asarray(pinned, dtype=bool),
        wallets=wallets,
    )


def resolve_thresholds(prepared: Prepared, thresholds: Thresholds) -> tuple[float, float]:
    classified = prepared.classified
    return (
        thresholds.sow.resolve(prepared.sow[classified]),
        thresholds.kzi.resolve(prepared.kzi[classified]),
    )


def segment(
    prepared: Prepared, thresholds: Thresholds, group_order: tuple[str, ...] = DEFAULT_GROUP_ORDER
) -> Segmentation:
    """Segments, triage and priorities for one set of thresholds (≥ counts as high)."""
    t_sow, t_kzi = resolve_thresholds(prepared, thresholds)
    return segment_at(prepared, t_sow, t_kzi, group_order)


def segment_at(
    prepared: Prepared,
    t_sow: float,
    t_kzi: float,
    group_order: tuple[str, ...] = DEFAULT_GROUP_ORDER,
    *,
    keep_priority: np.ndarray | None = None,
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

    if keep_priority is not None and len(keep_priority) == len(segments):
        priority = keep_priority
    else:
        priority = _priorities(prepared, segments, triage, group_order)
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


def _priorities(
    prepared: Prepared, segments: np.ndarray, triage: np.ndarray, group_order: tuple[str, ...]
) -> np.ndarray:
    positions = group_positions(group_order)
    size = prepared.size
    # Group position per (segment, triage): MOVE splits by triage.
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
    key_index = np.where(segments == MOVE, np.where(triage == PRIORITISE, 4, 3), segments)
    group = lookup[np.maximum(key_index, 0)]
    # Pinned customers come first, in the same group order among themselves.
    group = np.where(prepared.pinned, group, group + len(GROUPS))
    group = np.where(segments >= 0, group, 2 * len(GROUPS))
    by_potential = (segments == GROW) | (segments == MOVE)
    within = np.where(by_potential, prepared.potential_rank, prepared.revenue_rank)
    slots = 2 * len(GROUPS) + 1
    key = (prepared.manager_codes * slots + group) * max(size, 1) + within
    # Keys are unique (the within-group rank is), so an unstable sort is exact.
    order = np.argsort(key)
    sorted_managers = prepared.manager_codes[order]
    positions = np.arange(size, dtype=np.int64)
    first = np.ones(size, dtype=bool)
    first[1:] = sorted_managers[1:] != sorted_managers[:-1]
    starts = np.maximum.accumulate(np.where(first, positions, 0))
    ranks = np.empty(size, dtype=np.int32)
    ranks[order] = positions - starts + 1
    ranks[segments < 0] = 0
    return ranks


def borderline(prepared: Prepared, result: Segmentation, band_points: float) -> np.ndarray:
    """Customers within ``band_points`` of a threshold (KZI points, SoW percentage
    points); a band of 0 marks no one."""
    if band_points <= 0:
        return np.zeros(prepared.size, dtype=bool)
    near_kzi = np.abs(prepared.kzi - result.kzi_threshold) <= band_points
    near_sow = np.abs(prepared.sow - result.sow_threshold) * 100.0 <= band_points
    return prepared.classified & (near_kzi | near_sow)
