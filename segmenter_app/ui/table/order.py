"""The table's row order: sort and filter as a numpy permutation (view row → document
row), computed with argsort, never by reordering the document's DataFrame.

QSortFilterProxyModel would call Python for every comparison (18 s to sort 100,000 rows
on this machine); an argsort permutation takes about 35 ms to sort or to filter.  The
filters are the view state's (manager, segments, search), which the chart and the panels
read too.  The order knows nothing of Qt's item models: the model that holds it tells
Qt about each new order (a layout change, persistent indexes moved along).
"""

from __future__ import annotations

import weakref

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from segmenter_app.core.model.document import CustomerDocument
from segmenter_app.core.model.view_state import ViewState
from segmenter_app.ui.table import history_columns, plan_columns
from segmenter_app.ui.table.columns import Column

#: Column kinds whose order follows the segments (a drag or an edit can change it).
DERIVED_KINDS = ("derived", "percent", "points", "plan", "history")


def _sorted(keys: np.ndarray, descending: bool) -> np.ndarray:
    """The permutation that sorts ``keys``: NaN last in both directions; ties keep
    document order (stable)."""
    missing = np.isnan(keys)
    filled = np.where(missing, 0.0, keys)
    if descending:
        filled = -filled
    return np.lexsort((np.arange(len(keys)), filled, missing))


#: Per document, its sorts by column and direction as of its revision: a period shown
#: again is in the order it had (sorting 100,000 rows took a fifth of a switch).
_SORTS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _document_sorted(document: CustomerDocument, column: Column, descending: bool) -> np.ndarray:
    kept = _SORTS.get(document)
    if kept is None or kept[0] != document.revision:
        kept = (document.revision, {})
        _SORTS[document] = kept
    key = (column.key, descending)
    base = kept[1].get(key)
    if base is None:
        base = _sorted(sort_keys(document, column), descending)
        base.setflags(write=False)
        kept[1][key] = base
    return base


class RowOrder:
    def __init__(self, document: CustomerDocument, state: ViewState) -> None:
        self._document = document
        self._state = state
        self._sort: tuple[Column, bool] | None = None  # the column, descending
        self._filters = self._filter_key()
        size = len(document)
        self._rows = np.arange(size, dtype=np.int64)
        self._view_of = np.arange(size, dtype=np.int64)

    # ----------------------------------------------------------------- reading

    def __len__(self) -> int:
        return len(self._rows)

    @property
    def rows(self) -> np.ndarray:
        """The document rows in view order."""
        return self._rows

    def document_row(self, view_row: int) -> int:
        return int(self._rows[view_row])

    def view_row(self, document_row: int) -> int:
        """The view row showing a document row, or -1 when it is filtered out."""
        return int(self._view_of[document_row])

    def view_rows(self, rows: np.ndarray) -> np.ndarray:
        """The view rows of document rows that are in view."""
        views = self._view_of[np.asarray(rows, dtype=np.int64)]
        return views[views >= 0]

    def follows_segments(self) -> bool:
        """The order changes when segments or ranks move: a segment filter, or a sort by
        a derived column."""
        return self._state.segments is not None or (
            self._sort is not None and self._sort[0].kind in DERIVED_KINDS
        )

    # ----------------------------------------------------------------- changing

    def sort_by(self, column: Column, descending: bool = False) -> None:
        """Sort by ``column`` from the next :meth:`rebuild` on."""
        self._sort = (column, descending)

    def filters_changed(self) -> bool:
        """The view state's filters differ from those of the present order (they are
        taken as the present ones from now on: one rebuild per change)."""
        key = self._filter_key()
        if key == self._filters:
            return False
        self._filters = key
        return True

    @property
    def sort_column(self) -> Column | None:
        return None if self._sort is None else self._sort[0]

    def rebuild(self) -> None:
        """The order again, for the sort and the view state's filters."""
        size = len(self._document)
        if self._sort is not None:
            column, descending = self._sort
            if column.kind == "history":
                base = _sorted(history_columns.sort_keys(self._state.history(), column.key, size), descending)
            else:
                base = _document_sorted(self._document, column, descending)
        else:
            base = np.arange(size, dtype=np.int64)
        mask = self._state.visible_mask()
        self._rows = base[mask[base]].astype(np.int64)
        self._view_of = np.full(size, -1, dtype=np.int64)
        self._view_of[self._rows] = np.arange(len(self._rows))

    def _filter_key(self) -> tuple:
        state = self._state
        return (state.manager, state.segments, state.search)


def sort_keys(document: CustomerDocument, column: Column) -> np.ndarray:
    """A document-order array whose argsort is the column's order."""
    key = column.key
    if column.kind == "plan":
        return plan_columns.sort_keys(document, key)
    if key == "priority":
        # By manager, then rank: the list each account manager works through.
        priority = document.result.priority.astype(np.float64)
        ranked = np.where(priority > 0, priority, len(document) + 1.0)
        return document.prepared.manager_codes * (len(document) + 2.0) + ranked
    if key == "segment":
        return document.result.segment.astype(np.float64) + np.where(document.result.segment < 0, 10.0, 0.0)
    if key == "triage":
        return document.result.triage.astype(np.float64)
    if key == "share_of_wallet":
        return document.prepared.sow
    if key == "satisfaction":
        return document.prepared.kzi
    if key == "potential":
        return document.prepared.potential
    if key == "why":
        return document.result.segment.astype(np.float64)
    series = document.table[key]
    if pd.api.types.is_numeric_dtype(series.dtype):
        return series.to_numpy(dtype=np.float64, na_value=np.nan)
    array = pa.array(series.astype("str"), from_pandas=True)
    lowered = pc.fill_null(pc.utf8_lower(array), "")
    ranks = pc.rank(lowered, sort_keys="ascending", tiebreaker="first")
    return ranks.to_numpy(zero_copy_only=False).astype(np.float64)


def consecutive_runs(values: np.ndarray) -> list[tuple[int, int]]:
    """Consecutive integers as (first, last) pairs: [3, 4, 5, 9] → [(3, 5), (9, 9)]."""
    if not len(values):
        return []
    breaks = np.flatnonzero(np.diff(values) != 1)
    starts = np.concatenate([[values[0]], values[breaks + 1]])
    stops = np.concatenate([values[breaks], [values[-1]]])
    return list(zip(starts.tolist(), stops.tolist()))
