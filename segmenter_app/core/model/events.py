"""How the core tells its views what changed, without knowing Qt.

Signals are psygnal's: a bound method is held by a weak reference, so a view that is
gone (a table model of a closed list, a window deleted) is never called again and does
not keep the document alive.  Handlers run synchronously, in the order they connected.

The document emits one :class:`DocumentChange` per change, once the change is complete
(inputs, originals and derived values all updated), saying which rows and which parts
moved, so no listener has to compare arrays to find out.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from psygnal import SignalInstance

#: Parts of the document's state a change can touch (besides cells): what the recovery
#: journal writes and what a panel shows.
STATE_PARTS = frozenset(
    {"thresholds", "triage", "pinned", "scale", "group_order", "band", "plan", "currency", "wallet_estimate"}
)
#: Derived values per customer that a change can move.
DERIVED_PARTS = frozenset({"segment", "triage", "priority", "borderline", "potential", "position"})

_NO_ROWS = np.zeros(0, dtype=np.int64)


def signal(*types: type) -> SignalInstance:
    """A signal carrying values of ``types`` (weak references to bound methods)."""
    return SignalInstance(types, check_nargs_on_connect=True)


@dataclass(frozen=True, eq=False)
class DocumentChange:
    """What one change did to the document.

    ``rows``: the document rows whose cells or derived values changed, sorted
    (``None``: every row — a new scale, values read again).  ``inputs``: the input
    columns edited in those rows.  ``derived``: which derived values changed for
    ``rows`` (:data:`DERIVED_PARTS`; ``position`` means SoW or KZI moved, so the
    customer moves on the chart).  ``state``: which parts of the document's state
    changed (:data:`STATE_PARTS`).  ``thresholds_moved``: the resolved thresholds
    changed, so every row's *why* (which quotes them) and the chart's lines did.
    ``dragging``: a threshold drag is in progress (nothing recorded yet; the drag's
    end brings the change that counts).
    """

    rows: np.ndarray | None = field(default_factory=lambda: _NO_ROWS)
    inputs: tuple[str, ...] = ()
    derived: frozenset[str] = frozenset()
    state: frozenset[str] = frozenset()
    thresholds_moved: bool = False
    dragging: bool = False

    @property
    def all_rows(self) -> bool:
        return self.rows is None

    @property
    def moved(self) -> bool:
        """Customers moved on the chart (or may have: every row changed)."""
        return self.rows is None or "position" in self.derived

    @property
    def recoloured(self) -> bool:
        """Segments, triage, ranks or borderline marks changed somewhere."""
        return self.rows is None or bool(self.derived & {"segment", "triage", "priority", "borderline"})

    def touches(self, *columns: str) -> bool:
        """Any of ``columns`` (inputs or derived parts) changed."""
        wanted = set(columns)
        return self.rows is None or bool(wanted & set(self.inputs)) or bool(wanted & self.derived)
