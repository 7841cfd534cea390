"""A project's periods as tables (PRODUCT.md §8): ``segmenter history`` writes them,
``classify`` takes its *segment before* from them, and the overview's History sheet
and the managers' workbooks are drawn from the same figures.

* :func:`history_frame` — one row per customer present in each period's list (a gone
  customer has no row), periods in order: :data:`HISTORY_COLUMNS`.  In the first period
  ``segment_before`` and ``movement`` are empty; *new* means absent from the period
  before; a customer unclassified before has an empty ``segment_before`` too (its
  movement says it was there).
* :func:`effect_frame` — *did it work* for each two consecutive periods:
  :data:`EFFECT_COLUMNS`, per segment at the first of them × as_planned, less,
  unknown, all.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from segmenter_app.core.model import segmentation as sg

#: The columns ``segmenter history`` writes, in this order (PRODUCT.md §8).
HISTORY_COLUMNS: tuple[str, ...] = (
    "period",
    "customer_id",
    "customer_name",
    "account_manager",
    "segment",
    "share_of_wallet",
    "satisfaction",
    "potential",
    "revenue",
    "effort",
    "visits_planned",
    "segment_before",
    "movement",
)
#: The columns of ``--effect``, in this order.
EFFECT_COLUMNS: tuple[str, ...] = (
    "from_period",
    "to_period",
    "segment_from",
    "visited",
    "customers",
    "improved",
    "worsened",
    "unchanged",
    "changed",
    "mean_delta_sow_pp",
    "mean_delta_kzi",
    "delta_revenue",
)

_SEGMENT_NAMES = np.array(["", "", *sg.SEGMENTS], dtype=object)  # ABSENT, UNCLASSIFIED, …


def segment_names(segments: np.ndarray) -> np.ndarray:
    """MODEL … MOVE per customer; "" when unclassified or absent (hs.ABSENT)."""
    return _SEGMENT_NAMES[np.asarray(segments, dtype=np.int64) + 2]


def period_frame(periods, index: int) -> pd.DataFrame:
    """The rows of one period (see :func:`history_frame`)."""
    figures = periods.figures(index)
    size = len(figures)
    moved = periods.before(index)
    classified = figures.segment >= 0
    if moved is None:
        before = np.full(size, "", dtype=object)
        movement = np.full(size, "", dtype=object)
    else:
        before = segment_names(moved.segment_before)
        movement = moved.kind_names()
    return pd.DataFrame(
        {
            "period": np.full(size, periods[index].label, dtype=object),
            "customer_id": figures.customer_id,
            "customer_name": figures.customer_name,
            "account_manager": figures.account_manager,
            "segment": segment_names(figures.segment),
            # Rounded so that 0.35 reads 0.35, not 0.35000000000000003 (as classify).
            "share_of_wallet": np.round(figures.sow, 6),
            "satisfaction": np.round(figures.kzi, 4),
            "potential": np.round(figures.potential, 2),
            "revenue": figures.revenue,
            "effort": figures.effort,
            "visits_planned": np.where(classified, figures.planned, np.nan),
            "segment_before": before,
            "movement": movement,
        },
        columns=list(HISTORY_COLUMNS),
    )


def history_frame(periods) -> pd.DataFrame:
    """Every period's customers, oldest period first, each in its list's order."""
    return pd.concat([period_frame(periods, index) for index in range(len(periods))], ignore_index=True)


def effect_frame(periods) -> pd.DataFrame:
    """*Did it work* for each two consecutive periods (no rows for a single period)."""
    records = []
    for index in range(len(periods) - 1):
        effect = periods.effect(index)
        for row in effect.by_visits:
            records.append(
                {
                    "from_period": periods[index].label,
                    "to_period": periods[index + 1].label,
                    "segment_from": sg.SEGMENTS[row.segment_from],
                    "visited": row.group,
                    "customers": row.customers,
                    "improved": row.improved,
                    "worsened": row.worsened,
                    "unchanged": row.unchanged,
                    "changed": row.changed,
                    "mean_delta_sow_pp": round(row.mean_delta_sow_pp, 4),
                    "mean_delta_kzi": round(row.mean_delta_kzi, 4),
                    "delta_revenue": round(row.delta_revenue, 2),
                }
            )
    return pd.DataFrame(records, columns=list(EFFECT_COLUMNS))


def segment_before_column(periods) -> np.ndarray | None:
    """Per customer of the current period: its segment in the period before ("" when
    new or unclassified then); None for a project of one period."""
    moved = periods.before(len(periods) - 1)
    return None if moved is None else segment_names(moved.segment_before)
