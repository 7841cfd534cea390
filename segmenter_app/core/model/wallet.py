"""Where each customer's wallet comes from: given, derived or estimated.

*Given*: the list's own wallet (or one the user typed).  *Derived*: a customer with a
given share of wallet and a revenue has the wallet ``revenue ÷ SoW``.  *Estimated*, on
request: a blank wallet is ``max(revenue, q)``, where ``q`` is the 90th percentile
(the quantile is a setting) of the revenue of the customers in the same group with
revenue > 0 — linear interpolation, as Excel's PERCENTILE.INC and numpy's default; a
group of fewer than five such customers, or a customer without a group, takes the
whole list's percentile.  The method is the "high-quantile" wallet estimate of Perlich,
Rosset et al., "High-quantile modeling for customer wallet estimation" (KDD 2007): the
best customers of a peer group spend about their whole wallet with us.

Vectorised: one sort of the revenue by (group, revenue) and one interpolation per
group, about 20 ms for 100,000 customers.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

#: Codes of :attr:`WalletResult.source`.
NO_WALLET, GIVEN, DERIVED, ESTIMATED = 0, 1, 2, 3
SOURCE_NAMES: tuple[str, ...] = ("", "given", "derived", "estimated")

#: A group needs this many customers with revenue > 0 for its own percentile.
MIN_GROUP = 5
DEFAULT_QUANTILE = 0.9


@dataclass(frozen=True)
class WalletEstimate:
    """The user's request to estimate blank wallets."""

    #: the table column that groups customers (``x:Branche``, ``account_manager``), or
    #: None for the whole list
    group: str | None = None
    quantile: float = DEFAULT_QUANTILE

    def __post_init__(self) -> None:
        if not 0.0 < self.quantile <= 1.0:
            raise ValueError(f"quantile {self.quantile} is not in (0, 1]")

    def to_json(self) -> dict[str, object]:
        return {"group": self.group, "quantile": self.quantile}

    @classmethod
    def from_json(cls, data: dict[str, object] | None) -> WalletEstimate | None:
        if not data:
            return None
        group = data.get("group")
        return cls(None if group in (None, "") else str(group), float(data.get("quantile", DEFAULT_QUANTILE)))


@dataclass
class WalletResult:
    wallet: np.ndarray  #: float64, the wallet each customer is measured with (NaN: none)
    source: np.ndarray  #: int8, NO_WALLET / GIVEN / DERIVED / ESTIMATED
    #: groups that had fewer than MIN_GROUP customers with revenue and took the whole list
    fallback_groups: list[str] = field(default_factory=list)
    #: the whole list's percentile (NaN without any revenue > 0)
    whole_list: float = float("nan")
    #: the group column was not found in the table (the whole list was used)
    group_missing: bool = False
    #: an estimate was asked for
    requested: bool = False

    def source_names(self) -> np.ndarray:
        return np.array(SOURCE_NAMES, dtype=object)[self.source]


def percentile_inc(values: np.ndarray, quantile: float) -> float:
    """Excel's PERCENTILE.INC (linear between the closest ranks); NaN for no values."""
    return float(np.quantile(values, quantile)) if len(values) else float("nan")


def group_percentiles(
    revenue: np.ndarray, codes: np.ndarray, n_groups: int, quantile: float
) -> tuple[np.ndarray, np.ndarray]:
    """(percentile per group, customers with revenue > 0 per group), vectorised."""
    valid = (codes >= 0) & np.isfinite(revenue) & (revenue > 0)
    group_of = codes[valid]
    amounts = revenue[valid]
    order = np.lexsort((amounts, group_of))
    sorted_amounts = amounts[order]
    counts = np.bincount(group_of, minlength=n_groups)
    starts = np.concatenate(([0], np.cumsum(counts)[:-1]))
    cuts = np.full(n_groups, np.nan)
    have = counts > 0
    position = (counts[have] - 1) * quantile
    lower = np.floor(position).astype(np.int64)
    upper = np.minimum(lower + 1, counts[have] - 1)
    fraction = position - lower
    base = starts[have]
    low_values = sorted_amounts[base + lower]
    cuts[have] = low_values + fraction * (sorted_amounts[base + upper] - low_values)
    return cuts, counts


def effective_wallets(table: pd.DataFrame, estimate: WalletEstimate | None) -> WalletResult:
    """Each customer's wallet and where it comes from."""
    given = table["wallet"].to_numpy(dtype=np.float64)
    revenue = table["revenue"].to_numpy(dtype=np.float64)
    share = table["sow_input"].to_numpy(dtype=np.float64)
    wallet = given.copy()
    source = np.where(np.isnan(given), NO_WALLET, GIVEN).astype(np.int8)

    with np.errstate(divide="ignore", invalid="ignore"):
        derivable = np.isnan(wallet) & (share > 0) & np.isfinite(revenue)
    wallet[derivable] = revenue[derivable] / share[derivable]
    source[derivable] = DERIVED
    if estimate is None:
        return WalletResult(wallet, source)

    positive = np.isfinite(revenue) & (revenue > 0)
    whole = percentile_inc(revenue[positive], estimate.quantile)
    cut = np.full(len(table), whole)
    fallback: list[str] = []
    missing = estimate.group is not None and estimate.group not in table.columns
    if estimate.group is not None and not missing:
        labels = table[estimate.group].astype("str").fillna("").str.strip()
        labels = labels.where(~labels.isin(("", "nan", "<NA>", "None")), "")
        codes, names = pd.factorize(labels)
        blank = np.flatnonzero(np.asarray(names) == "")
        codes = np.where(np.isin(codes, blank), -1, codes)
        cuts, counts = group_percentiles(revenue, codes, len(names), estimate.quantile)
        small = counts < MIN_GROUP
        own = (codes >= 0) & ~small[np.maximum(codes, 0)]
        cut = np.where(own, cuts[np.maximum(codes, 0)], whole)
    blank_wallet = np.isnan(wallet) & np.isfinite(revenue) & (revenue >= 0) & np.isfinite(cut)
    if estimate.group is not None and not missing:
        # The groups named as too small are those a wallet was estimated for.
        used = np.zeros(len(names), dtype=bool)
        used[codes[blank_wallet & (codes >= 0)]] = True
        fallback = [str(names[i]) for i in np.flatnonzero(small & used)]
    wallet[blank_wallet] = np.maximum(revenue[blank_wallet], cut[blank_wallet])
    source[blank_wallet] = ESTIMATED
    return WalletResult(wallet, source, fallback, whole, missing, True)


def group_columns(table: pd.DataFrame, mapping: dict[str, str]) -> dict[str, str]:
    """Columns a user can group an estimate by: their header as the list has it → the
    table column ('Branche' → 'x:Branche'; the manager column by its header)."""
    choices = {header: role for role, header in mapping.items() if role in ("account_manager",)}
    for column in table.columns:
        if str(column).startswith("x:"):
            choices.setdefault(str(column)[2:], str(column))
    return choices


def resolve_group(table: pd.DataFrame, mapping: dict[str, str], wanted: str) -> str:
    """The table column a user named (its header, case and spacing ignored, or a role
    name); KeyError when there is none."""
    if wanted == "account_manager":
        return wanted
    choices = group_columns(table, mapping)
    folded = {" ".join(k.split()).lower(): v for k, v in choices.items()}
    key = " ".join(wanted.split()).lower()
    if key in folded:
        return folded[key]
    raise KeyError(wanted)


def blank_wallets(table: pd.DataFrame) -> int:
    """Customers without a wallet (none given, none derivable): what an estimate would fill."""
    result = effective_wallets(table, None)
    return int((result.source == NO_WALLET).sum())
