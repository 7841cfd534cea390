"""The table's row order: sort and filter as a numpy permutation (view row → document
row), computed with argsort, never by reordering the document's DataFrame."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
from PySide6.QtCore import (
    QModelIndex,
    Qt,
)

from segmenter_app.ui.table.columns import Column


class RowOrder:
    """Sorting and filtering of :class:`~segmenter_app.ui.table.model.CustomerTableModel`."""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order)
        self._rebuild_order()

    def set_filters(
        self, *, manager: str | None = ..., segments: set[int] | None = ..., search: str | None = None
    ) -> None:
        """Show only one manager's customers (None: all), some segments (-1 for
        unclassified; None: all), rows whose id, name, manager or notes contain text —
        written to the view state, which the chart and the panels read too."""
        if manager is not ...:
            self.state.set_manager(manager)
        if segments is not ...:
            self.state.set_segments(segments)
        if search is not None:
            self.state.set_search(search)
        self.refilter()

    @property
    def manager_filter(self) -> str | None:
        return self.state.manager

    def filter_mask(self) -> np.ndarray:
        """Document rows that pass the filters (in document order)."""
        return self.state.visible_mask()

    def refilter(self) -> None:
        """Follow the view state's filters (once per change, whoever asks first)."""
        key = (self.state.manager, self.state.segments, self.state.search)
        if key != self._filter_key:
            self._filter_key = key
            self._rebuild_order()

    def _on_state_changed(self, parts: frozenset[str]) -> None:
        if parts & {"manager", "segments", "search", "document"}:
            self.refilter()

    def view_rows(self, rows: np.ndarray) -> np.ndarray:
        """The view rows of document rows that are in view."""
        views = self._view_of[np.asarray(rows, dtype=np.int64)]
        return views[views >= 0]

    def sort_keys(self, column: Column) -> np.ndarray:
        """A document-order array whose argsort is the column's order."""
        document = self.document
        key = column.key
        if column.kind == "plan":
            from segmenter_app.ui.table.plan_columns import sort_keys

            return sort_keys(document, key)
        if key == "priority":
            # By manager, then rank: the list each account manager works through.
            priority = document.result.priority.astype(np.float64)
            ranked = np.where(priority > 0, priority, len(document) + 1.0)
            return document.prepared.manager_codes * (len(document) + 2.0) + ranked
        if key == "segment":
            return document.result.segment.astype(np.float64) + np.where(
                document.result.segment < 0, 10.0, 0.0
            )
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

    def _rebuild_order(self) -> None:
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        persistent_rows = [
            (self.document_row(i.row()) if 0 <= i.row() < len(self._order) else -1, i.column())
            for i in persistent
        ]
        size = len(self.document)
        if self._sort is not None:
            column, order = self._sort
            keys = self.sort_keys(self.columns[column])
            # NaN last in both directions; ties keep document order (stable).
            missing = np.isnan(keys)
            filled = np.where(missing, 0.0, keys)
            if order == Qt.SortOrder.DescendingOrder:
                filled = -filled
            base = np.lexsort((np.arange(size), filled, missing))
        else:
            base = np.arange(size, dtype=np.int64)
        mask = self.filter_mask()
        self._order = base[mask[base]].astype(np.int64)
        self._view_of = np.full(size, -1, dtype=np.int64)
        self._view_of[self._order] = np.arange(len(self._order))
        self._clear_display()
        new_indexes = []
        for row, column in persistent_rows:
            view = int(self._view_of[row]) if row >= 0 else -1
            new_indexes.append(self.index(view, column) if view >= 0 else QModelIndex())
        self.changePersistentIndexList(persistent, new_indexes)
        self.layoutChanged.emit()


def consecutive_runs(values: np.ndarray) -> list[tuple[int, int]]:
    """Consecutive integers as (first, last) pairs: [3, 4, 5, 9] → [(3, 5), (9, 9)]."""
    if not len(values):
        return []
    breaks = np.flatnonzero(np.diff(values) != 1)
    starts = np.concatenate([[values[0]], values[breaks + 1]])
    stops = np.concatenate([values[breaks], [values[-1]]])
    return list(zip(starts.tolist(), stops.tolist()))
