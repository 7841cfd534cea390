"""The visit plan of PRODUCT.md §6 as a person would compute it: plain Python, one
visit at a time, nothing shared with ``core/model/plan.py``.  The tests hold the
vectorised plan (and the command line's numbers) against it."""

from __future__ import annotations

import math
from dataclasses import dataclass


@dataclass
class Customer:
    manager: str
    priority: int  #: 1..n within the manager
    worth: float  #: NaN: unknown (counts as nothing at stake)
    minimum: int  #: visits it needs at least (0: none)
    maximum: int  #: its group's maximum


def walk(customers: list[Customer], capacity: dict[str, float]) -> tuple[list[int], list[bool]]:
    """(visits, overflow) per customer, in the order given."""
    visits = [0] * len(customers)
    overflow = [False] * len(customers)
    for manager, room in capacity.items():
        mine = sorted(
            (i for i, c in enumerate(customers) if c.manager == manager), key=lambda i: customers[i].priority
        )
        left = room
        # 1. The minimums in priority order while capacity lasts (first fit).
        served = []
        for i in mine:
            need = customers[i].minimum
            if need == 0:
                served.append(i)
            elif left >= need - 1e-9:
                visits[i] = need
                left -= need
                served.append(i)
            else:
                overflow[i] = True
        # 2. Each whole visit left to the customer whose next visit is worth most.
        whole = math.floor(max(left, 0.0) + 1e-9)
        for _ in range(whole):
            best, best_value = None, 0.0
            for i in served:
                worth = customers[i].worth
                if math.isnan(worth) or worth <= 0 or visits[i] >= customers[i].maximum:
                    continue
                value = worth / (visits[i] + 1)
                if (
                    best is None
                    or value > best_value
                    or (value == best_value and customers[i].priority < customers[best].priority)
                ):
                    best, best_value = i, value
            if best is None:
                break  # a visit worth nothing is not planned
            visits[best] += 1
    return visits, overflow


def index(amounts: list[float], worths: list[float]) -> float:
    """½ Σ |a/A − w/W| × 100."""
    total_a, total_w = sum(amounts), sum(worths)
    return 50.0 * sum(abs(a / total_a - w / total_w) for a, w in zip(amounts, worths))
