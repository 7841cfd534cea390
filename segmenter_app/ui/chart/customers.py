"""Which customers the quadrant chart shows, and where.

The chart's own view of the document: the document rows in view (classified, of the
manager shown), their positions in chart units (SoW in %, KZI in points), the segments
the toggles show, and the selected and found customers.  The artists, the name labels
and the mouse read it; the canvas changes it.  Computed when the data or the scope
change, never on a threshold move.  No Qt here.
"""

from __future__ import annotations

import numpy as np

from segmenter_app.core.model.document import CustomerDocument

_NO_ROWS = np.zeros(0, dtype=np.int64)


class ChartCustomers:
    def __init__(self) -> None:
        self._document: CustomerDocument | None = None
        self._scope: np.ndarray | None = None
        self._shown: np.ndarray | None = None  # per segment: drawn (None: all)
        self._selected = _NO_ROWS
        self._found = _NO_ROWS
        self._rows = _NO_ROWS
        self._x = np.zeros(0)
        self._y = np.zeros(0)

    # ----------------------------------------------------------------- reading

    @property
    def document(self) -> CustomerDocument | None:
        return self._document

    @property
    def rows(self) -> np.ndarray:
        """The document rows in view (classified, in the scope), ascending."""
        return self._rows

    @property
    def x(self) -> np.ndarray:
        """Per customer in view: SoW in % (the chart's x)."""
        return self._x

    @property
    def y(self) -> np.ndarray:
        """Per customer in view: KZI in points (the chart's y)."""
        return self._y

    @property
    def selected(self) -> np.ndarray:
        """The selected customers (document rows, in selection order)."""
        return self._selected

    @property
    def found(self) -> np.ndarray:
        """The customers the search found (document rows)."""
        return self._found

    @property
    def segments_filtered(self) -> bool:
        """The toggles hide at least one segment."""
        return self._shown is not None

    def segment_shown(self) -> np.ndarray:
        """Per segment (in the order of ``sg.SEGMENTS``): drawn."""
        return self._shown if self._shown is not None else np.ones(4, dtype=bool)

    def segments(self) -> np.ndarray:
        """Per customer in view: the segment in force (index into ``sg.SEGMENTS``)."""
        return self._document.result.segment[self._rows]

    def drawn(self) -> np.ndarray:
        """Per customer in view: drawn (its segment is not hidden by the toggles)."""
        if self._shown is None or self._document is None:
            return np.ones(len(self._rows), dtype=bool)
        return self._shown[self.segments().astype(np.int64)]

    def in_view(self, rows: np.ndarray) -> np.ndarray:
        """Those of ``rows`` (document rows) that are on the chart, in their order."""
        if self._document is None or not len(rows):
            return rows[:0]
        rows = rows[self._document.prepared.classified[rows]]
        if self._scope is not None and len(rows):
            rows = rows[np.isin(rows, self._scope)]
        return rows

    def drawn_of(self, rows: np.ndarray) -> np.ndarray:
        """Those of ``rows`` that are on the chart and drawn (their segment not hidden by
        the toggles), in their order: the stars and rings mark no hidden customer."""
        rows = self.in_view(rows)
        if self._shown is None or not len(rows):
            return rows
        return rows[self._shown[self._document.result.segment[rows].astype(np.int64)]]

    def positions(self, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Where document rows stand in chart units: (SoW %, KZI points)."""
        prepared = self._document.prepared
        return prepared.sow[rows] * 100.0, prepared.kzi[rows]

    # ----------------------------------------------------------------- changing

    def set_document(self, document: CustomerDocument | None) -> None:
        """A new list: no scope, nothing selected or found (the toggles stay)."""
        self._document = document
        self._scope = None
        self._selected = _NO_ROWS
        self._found = _NO_ROWS
        self.locate()

    def show_period(
        self,
        document: CustomerDocument,
        scope: np.ndarray | None,
        segments: set[int] | None,
        selection: np.ndarray,
        found: np.ndarray,
    ) -> None:
        """Another period of the project, with the filters, selection and search as
        they stand (located once)."""
        self._document = document
        self._scope = None if scope is None else np.asarray(scope, dtype=np.int64)
        self.set_segments_shown(segments)
        self.set_selection(selection)
        self.set_found(found)
        self.locate()

    def set_scope(self, rows: np.ndarray | None) -> None:
        """Show only these document rows (one manager's customers); None shows all."""
        self._scope = None if rows is None else np.asarray(rows, dtype=np.int64)
        self.locate()

    def set_segments_shown(self, segments: set[int] | None) -> None:
        self._shown = None if segments is None else np.array([index in segments for index in range(4)])

    def set_selection(self, rows: np.ndarray) -> None:
        self._selected = np.asarray(rows, dtype=np.int64)

    def set_found(self, rows: np.ndarray) -> None:
        self._found = np.asarray(rows, dtype=np.int64)

    def locate(self) -> None:
        """Which customers are in view and where: again after the data or the scope
        changed (an edited amount or score moves a customer)."""
        document = self._document
        if document is None:
            self._rows = _NO_ROWS
            self._x = self._y = np.zeros(0)
            return
        rows = np.flatnonzero(document.prepared.classified)
        if self._scope is not None:
            rows = np.intersect1d(rows, self._scope, assume_unique=False)
        self._rows = rows
        self._x, self._y = self.positions(rows)
