"""Former customers: the customers updates no longer found, with the values and notes
they had then (the project's history keeps them), and the search that finds them —
*View ▸ Former customers* lists them, and the main search says when what it looks for
is among them (issue 27), so a note written for a customer who left is never lost from
sight."""

from __future__ import annotations

from collections.abc import Container, Sequence

from segmenter_app.core.projects.snapshot import GoneCustomer, ImportRecord


def former_customers(
    history: Sequence[ImportRecord], present: Container[str] = ()
) -> list[tuple[str, GoneCustomer]]:
    """(when it left the list, the customer as it was) for every customer an update no
    longer found, latest update first; ``present``: keys of the current list (a
    customer who came back is no former customer)."""
    rows = []
    for record in reversed(history):
        for customer in record.gone:
            if customer.key and customer.key in present:
                continue
            rows.append((record.imported_at, customer))
    return rows


def matches(customer: GoneCustomer, text: str) -> bool:
    """Every word of ``text`` is in the customer's id, name, manager or note (case
    ignored), as the main search and the former customers' filter look."""
    haystack = " ".join(
        (customer.customer_id, customer.customer_name, customer.account_manager, customer.notes)
    ).casefold()
    return all(word in haystack for word in text.casefold().split())


def find_former(
    history: Sequence[ImportRecord], text: str, present: Container[str] = ()
) -> list[tuple[str, GoneCustomer]]:
    """The former customers the search ``text`` finds (none for an empty search)."""
    if not text.strip():
        return []
    return [
        (moment, customer)
        for moment, customer in former_customers(history, present)
        if matches(customer, text)
    ]
