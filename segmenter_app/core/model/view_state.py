"""What the user is looking at: one account manager or all, the segments shown, the
search, the selected customers and the current one — in one Qt-free object.

The table, the chart and the customer panel all read this state and none keeps a copy
of its own, so they cannot drift apart (a search that the chart still stars after the
table cleared it; a customer panel that shows a customer the manager filter hides).
Widgets write to it; it says which parts changed through ``changed``.

The selection and the current customer are customer keys (``core/model/keys.py``):
a customer, not a position.  So they survive showing another period of the same
project (:meth:`ViewState.show_period`): the filters stay, the customers stay selected
in the period shown where its list has them, and come back with a period that has
them again.  :attr:`ViewState.selection` and :attr:`ViewState.current`
give them as document rows (never view rows: sorting the table moves nothing here),
derived from the keys for the document shown, for the table and the chart to compute
with.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from types import EllipsisType
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from segmenter_app.core import columns as registry
from segmenter_app.core.model import segmentation as sg
from segmenter_app.core.model.document import CustomerDocument
from segmenter_app.core.model.events import signal
from segmenter_app.core.model.history import Movement

#: Columns the search looks in (the column registry).
SEARCHED: tuple[str, ...] = registry.columns_with("searched")
#: The parts ``changed`` names.
PARTS = frozenset({"document", "manager", "segments", "search", "selection", "current", "history"})
_NO_ROWS = np.zeros(0, dtype=np.int64)


class ViewState:
    def __init__(self) -> None:
        self.document: CustomerDocument | None = None
        #: the account manager shown (None: all)
        self.manager: str | None = None
        #: the segments shown (sg.UNCLASSIFIED for customers without one; None: all)
        self.segments: frozenset[int] | None = None
        #: the search text as typed, stripped ("" for none)
        self.search = ""
        # The selected customers' keys, in row order, and the same as sorted rows of
        # the document shown (its rows are fixed while it is shown).
        self._selected: tuple[str, ...] = ()
        self._selection_rows: np.ndarray = _NO_ROWS
        #: the key of the customer the panel shows, or None
        self._current: str | None = None
        #: emitted with the frozenset of PARTS that changed
        self.changed = signal(frozenset)
        self._search_cache: tuple[str, int, np.ndarray] | None = None
        # Who moved into the period shown from the one before it (None: no period
        # before): the table's history columns read it (``history()``).
        self._history: Callable[[], Movement | None] | None = None

    # ----------------------------------------------------------------- writing

    def set_document(self, document: CustomerDocument | None) -> None:
        """A new list: every filter and the selection start over."""
        self.document = document
        self.manager = None
        self.segments = None
        self.search = ""
        self._selected, self._selection_rows = (), _NO_ROWS
        self._current = None
        self._search_cache = None
        self._history = None
        self.changed.emit(PARTS)

    def show_period(
        self, document: CustomerDocument, history: Callable[[], Movement | None] | None = None
    ) -> None:
        """Another period of the same project: the filters stay; the selected customers
        and the current one stay chosen (by key), shown where this period's list has
        them.  ``history``: who moved into this period (the table's history columns)."""
        self.document = document
        self._history = history
        self._search_cache = None
        if self.manager is not None and self.manager not in document.managers:
            self.manager = None  # a manager this period's list does not have
        keys = document.keys
        present = [key for key in self._selected if key in keys]
        rows = np.sort(keys.rows(present)) if present else _NO_ROWS
        # Absent ones stay chosen too (after the present ones): a period that has them
        # shows them selected again.
        self._selected = (*keys.array[rows].tolist(), *(key for key in self._selected if key not in keys))
        self._selection_rows = rows
        self.changed.emit(PARTS)

    def history(self) -> Movement | None:
        """Who moved into the period shown from the one before (None: none before it,
        a list that is no project's period, or not worked out yet — see
        :attr:`has_history`)."""
        return self._history() if self._history is not None else None

    @property
    def has_history(self) -> bool:
        """The period shown has one before it (the history columns are shown), whether
        or not who moved is worked out yet."""
        return self._history is not None

    def history_arrived(self) -> None:
        """Who moved into the period shown can be had now (it was being worked out in
        the background): the history columns fill in."""
        self.changed.emit(frozenset({"history"}))

    def set_manager(self, manager: str | None) -> None:
        if manager == self.manager:
            return
        self.manager = manager
        self._emit({"manager"} | self._prune())

    def set_segments(self, segments: Iterable[int] | None) -> None:
        chosen = None if segments is None else frozenset(int(s) for s in segments)
        if chosen is not None and chosen >= frozenset({*range(len(sg.SEGMENTS)), sg.UNCLASSIFIED}):
            chosen = None  # every segment shown is no filter
        if chosen == self.segments:
            return
        self.segments = chosen
        self._emit({"segments"} | self._prune())

    def set_search(self, text: str) -> None:
        text = (text or "").strip()
        if text == self.search:
            return
        self.search = text
        self._emit({"search"} | self._prune())

    def select_keys(self, keys: Iterable[str], current: str | None | EllipsisType = ...) -> None:
        """Select customers by key; ``current``: the key of the customer the panel shows
        (by default the first selected unless the current one stays selected).  A
        customer the filters hide is shown: the filters that hide it are lifted, as a
        person who clicked it on the chart expects.  A key the document lacks: KeyError."""
        document = self.document
        wanted = list(keys)
        rows = document.keys.rows(wanted) if document is not None and wanted else _NO_ROWS
        current_row = current if current is ... or current is None else document.keys.row(current)
        self.select(rows, current_row)

    def select(self, rows: Iterable[int] | np.ndarray, current: int | None | EllipsisType = ...) -> None:
        """:meth:`select_keys` for document rows (a table's or a chart's computation)."""
        selection = np.unique(
            np.asarray(list(rows) if not isinstance(rows, np.ndarray) else rows, dtype=np.int64)
        )
        parts: set[str] = set()
        if len(selection):
            hidden = ~self.visible_mask()[selection]
            if hidden.any():
                parts |= self._lift_filters(selection[hidden])
        if current is ...:
            current = (
                self.current
                if self.current in set(selection.tolist())
                else (int(selection[0]) if len(selection) else None)
            )
        if not np.array_equal(selection, self._selection_rows):
            self._set_selection(selection)
            parts.add("selection")
        if current != self.current:
            self._set_current(current)
            parts.add("current")
        self._emit(parts)

    def set_current(self, row: int | None) -> None:
        """The customer the panel shows (a document row), without changing the
        selection."""
        if row == self.current:
            return
        if row is not None and not self.visible_mask()[row]:
            self.select([row], row)
            return
        self._set_current(row)
        self._emit({"current"})

    # ----------------------------------------------------------------- the selection

    @property
    def selected_keys(self) -> tuple[str, ...]:
        """The selected customers' keys, in the document's row order (then those the
        period shown lacks, chosen in another period)."""
        return self._selected

    @property
    def current_key(self) -> str | None:
        """The key of the customer the panel shows (None: none)."""
        return self._current

    @property
    def selection(self) -> np.ndarray:
        """The selected customers as sorted rows of the document shown."""
        return self._selection_rows

    @property
    def current(self) -> int | None:
        """The customer the panel shows, as a row of the document shown (or None)."""
        if self._current is None or self.document is None or self._current not in self.document.keys:
            return None
        return self.document.keys.row(self._current)

    def _set_selection(self, rows: np.ndarray) -> None:
        self._selection_rows = rows
        self._selected = tuple(self.document.keys.array[rows].tolist()) if len(rows) else ()

    def _set_current(self, row: Any) -> None:
        self._current = None if row is None else self.document.keys[int(row)]

    # ----------------------------------------------------------------- reading

    def scope_rows(self) -> np.ndarray | None:
        """The rows of the manager shown (None: all managers)."""
        document = self.document
        if document is None or self.manager is None:
            return None
        managers = document.managers
        if self.manager not in managers:
            return _NO_ROWS
        return np.flatnonzero(document.prepared.manager_codes == managers.index(self.manager))

    def search_mask(self) -> np.ndarray:
        """Rows whose id, name, manager or note contain the search text (all when none)."""
        document = self.document
        if document is None:
            return np.zeros(0, dtype=bool)
        if not self.search:
            return np.ones(len(document), dtype=bool)
        # Cached per text and document revision: the table and the chart ask in turn.
        revision = document.revision
        if self._search_cache is not None and self._search_cache[:2] == (self.search, revision):
            return self._search_cache[2]
        table = document.table
        found = np.zeros(len(table), dtype=bool)
        for key in SEARCHED:
            array = pa.array(table[key].astype("str"), from_pandas=True)
            hit = pc.match_substring(array, self.search, ignore_case=True)
            found |= pc.fill_null(hit, False).to_numpy(zero_copy_only=False)
        self._search_cache = (self.search, revision, found)
        return found

    def visible_mask(self) -> np.ndarray:
        """Rows that pass every filter (in document order)."""
        document = self.document
        if document is None:
            return np.zeros(0, dtype=bool)
        mask = np.ones(len(document), dtype=bool)
        scope = self.scope_rows()
        if scope is not None:
            mask[:] = False
            mask[scope] = True
        if self.segments is not None:
            mask &= np.isin(document.result.segment, list(self.segments))
        if self.search:
            mask &= self.search_mask()
        return mask

    def found_rows(self) -> np.ndarray:
        """Customers the search finds, of the manager shown (none without a search)."""
        if not self.search or self.document is None:
            return _NO_ROWS
        found = self.search_mask().copy()
        scope = self.scope_rows()
        if scope is not None:
            within = np.zeros(len(found), dtype=bool)
            within[scope] = True
            found &= within
        return np.flatnonzero(found)

    # ----------------------------------------------------------------- helpers

    def _prune(self) -> set[str]:
        """Filters changed: selected customers they hide are no longer selected, and the
        panel no longer shows a customer that is not in view."""
        parts: set[str] = set()
        if self.document is None:
            return parts
        visible = self.visible_mask()
        selection = self._selection_rows
        if len(selection):
            kept = selection[visible[selection]]
            if len(kept) != len(selection):
                self._set_selection(kept)
                parts.add("selection")
        current = self.current
        if current is not None and not visible[current]:
            self._set_current(int(self._selection_rows[0]) if len(self._selection_rows) else None)
            parts.add("current")
        return parts

    def _lift_filters(self, rows: np.ndarray) -> set[str]:
        parts: set[str] = set()
        document = self.document
        if self.search and not self.search_mask()[rows].all():
            self.search = ""
            parts.add("search")
        if (
            self.segments is not None
            and not np.isin(document.result.segment[rows], list(self.segments)).all()
        ):
            self.segments = None
            parts.add("segments")
        scope = self.scope_rows()
        if scope is not None and not np.isin(rows, scope).all():
            self.manager = None
            parts.add("manager")
        return parts

    def _emit(self, parts: set[str]) -> None:
        if parts:
            self.changed.emit(frozenset(parts))
