"""The document's currency setting (€, $, £, CHF): how its amounts are worded.

A mixin of :class:`~segmenter_app.core.model.document.CustomerDocument` (the document
module stays under its size): one undoable step that changes no value, only words.
"""

from __future__ import annotations

from segmenter_app.core.importing.currency import CURRENCIES
from segmenter_app.core.model.commands import Command
from segmenter_app.core.model.events import DERIVED_PARTS


class CurrencySetting:
    currency: str

    def set_currency(self, currency: str) -> None:
        """The currency amounts are shown in: one undoable step; views re-word every
        amount (the values themselves do not change)."""
        if currency not in CURRENCIES:
            raise ValueError(f"unknown currency {currency!r}")
        old = self.currency
        if currency == old:
            return

        def apply(value: str) -> None:
            before = self._state()
            self.currency = value
            # No value changed, only how every amount is worded: all rows, as a new
            # scale does (a rare step; the views word everything anew).
            self._emit(before, derived=DERIVED_PARTS, state=frozenset({"currency"}))

        self.undo_stack.push(Command("currency", lambda: apply(currency), lambda: apply(old)))
