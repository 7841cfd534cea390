"""What the user is looking at: one account manager or all, the segments shown, the
search, the selected customers and the current one — in one Qt-free object.

The table, the chart and the customer panel all read this state and none keeps a copy
of its own, so they cannot drift apart (a search that the chart still stars after the
table cleared it; a customer panel that shows a customer the manager filter hides).
Widgets write to it; it says which parts changed through ``changed``.

Rows are document rows, never view rows: sorting the table moves nothing here.
"""

from __future__ import annotations

from collections.abc import Iterable
from types import EllipsisType

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from segmenter_app.core import columns as registry
from segmenter_app.core.model import segmentation as sg
from segmenter_app.core.model.document import CustomerDocument
from segmenter_app.core.model.events import signal

#: Columns the search looks in (the column registry).
SEARCHED: tuple[str, ...] = registry.columns_with("searched")
#: The parts ``changed`` names.
PARTS = frozenset({"document", "manager", "segments", "search", "selection", "current"})
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
        #: selected customers, sorted document rows
        self.selection: np.ndarray = _NO_ROWS
        #: the customer the panel shows (a document row, or None)
        self.current: int | None = None
        #: emitted with the frozenset of PARTS that changed
        self.changed = signal(frozenset)
        self._search_cache: tuple[str, int, np.ndarray] | None = None

    # ----------------------------------------------------------------- writing

    def set_document(self, document: CustomerDocument | None) -> None:
        """A new list: every filter and the selection start over."""
        self.document = document
        self.manager = None
        self.segments = None
        self.search = ""
        self.selection = _NO_ROWS
        self.current = None
        self._search_cache = None
        self.changed.emit(PARTS)

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

    def select(self, rows: Iterable[int] | np.ndarray, current: int | None | EllipsisType = ...) -> None:
        """Select document rows; ``current``: the customer the panel shows (by default
        the first of ``rows`` unless the current one stays selected).  A customer the
        filters hide is shown: the filters that hide it are lifted, as a person who
        clicked it on the chart expects."""
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
        if not np.array_equal(selection, self.selection):
            self.selection = selection
            parts.add("selection")
        if current != self.current:
            self.current = current
            parts.add("current")
        self._emit(parts)

    def set_current(self, row: int | None) -> None:
        """The customer the panel shows, without changing the selection."""
        if row == self.current:
            return
        if row is not None and not self.visible_mask()[row]:
            self.select([row], row)
            return
        self.current = row
        self._emit({"current"})

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
        if len(self.selection):
            kept = self.selection[visible[self.selection]]
            if len(kept) != len(self.selection):
                self.selection = kept
                parts.add("selection")
        if self.current is not None and not visible[self.current]:
            self.current = int(self.selection[0]) if len(self.selection) else None
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
