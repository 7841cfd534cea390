"""One customer as a panel reads it (CustomerDocument.customer)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Customer:
    """One row, read for a panel: the inputs and the derived values."""

    row: int  #: its row in the document's table now
    key: str  #: its customer key (core/model/keys.py)
    customer_id: str
    customer_name: str
    account_manager: str
    segment: int
    triage: int
    priority: int
    sow: float
    kzi: float
    potential: float
    pinned: bool
    triage_overridden: bool
    notes: str
    flags: int
