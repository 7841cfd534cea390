"""Many cells changed as one undoable step and one announced change: a collect from
managers (core/projects/collect.py).  Mixed into CustomerDocument, whose table,
originals, undo stack and change events it uses."""

from __future__ import annotations

from typing import Any

import numpy as np

from segmenter_app.core.model.commands import Command

#: Input columns whose change moves a customer (the document's MEASURE_INPUTS).
_MEASURES = frozenset({"revenue", "wallet", "sow_input", "satisfaction_input", "account_manager"})
#: Text columns an edit turns into plain object columns (see CustomerDocument._write).
_NUMERIC = frozenset({"revenue", "wallet", "sow_input", "satisfaction_input"})


class BulkEdits:
    def edit_cells(
        self,
        changes: list[tuple[int, str, Any]],
        code: str,
        params: dict[str, Any] | None = None,
    ) -> None:
        """Many parsed cell values as one undoable step (a collect), announced as one
        change.  An input edited this way keeps the value the file had, as a single edit
        does."""
        old_values = [(row, column, self.table[column].iat[row]) for row, column, _ in changes]
        old_originals = dict(self.original_values)

        def apply(values: list[tuple[int, str, Any]], originals) -> None:
            before = self._state()
            rows: set[int] = set()
            columns: dict[str, None] = {}
            for row, column, value in values:
                if originals is None and column in _MEASURES | {"customer_name"}:
                    self.original_values.setdefault((row, column), self.table[column].iat[row])
                series = self.table[column]
                if column not in _NUMERIC and series.dtype != object:
                    # As _write: a text column becomes a plain object column once.
                    self.table[column] = series.astype(object)
                self.table.iat[row, self.table.columns.get_loc(column)] = value
                rows.add(int(row))
                columns[column] = None
            if originals is not None:
                self.original_values = dict(originals)
            measures = _MEASURES.intersection(columns)
            if measures:
                self._prepare()
            self._emit(
                before,
                rows=np.array(sorted(rows), dtype=np.int64),
                inputs=tuple(columns),
                derived=frozenset({"position", "potential"}) if measures else frozenset(),
            )

        self.undo_stack.push(
            Command(
                code,
                lambda: apply(changes, None),
                lambda: apply(old_values, old_originals),
                dict(params or {}),
            )
        )
