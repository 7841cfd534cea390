"""The document's wallet estimate: set, changed or stopped as one undoable step, and each
customer's wallet source (kept apart from ``document.py``, which holds the rest)."""

from __future__ import annotations

import numpy as np

from segmenter_app.core.model.commands import Command
from segmenter_app.core.model.events import DERIVED_PARTS
from segmenter_app.core.model.wallet import SOURCE_NAMES, WalletEstimate


class WalletEstimating:
    """Mixed into :class:`CustomerDocument` (which has ``wallet_estimate``, ``_prepare``,
    ``_state``, ``_emit``, ``_prepared`` and ``undo_stack``)."""

    def set_wallet_estimate(self, estimate: WalletEstimate | None) -> None:
        """Estimate blank wallets (grouped by a column, or over the whole list), change
        the grouping or the quantile, or stop estimating: one undoable step."""
        old = self.wallet_estimate
        if estimate == old:
            return

        def apply(value: WalletEstimate | None) -> None:
            before = self._state()
            self.wallet_estimate = value
            self._prepare()
            # No cell of the table changed: the wallets measured with did, everywhere.
            self._emit(before, derived=DERIVED_PARTS, state=frozenset({"wallet_estimate"}))

        self.undo_stack.push(Command("wallet_estimate", lambda: apply(estimate), lambda: apply(old)))

    def wallet_source(self, row: int) -> str:
        """'given', 'derived', 'estimated' or '' (no wallet)."""
        wallets = self._prepared.wallets
        return "" if wallets is None else SOURCE_NAMES[int(wallets.source[row])]

    def _emit_edit(self, before: tuple, row: int, column: str, measure_input: bool) -> None:
        """Tell what an edited cell changed.  With an estimate, a revenue or the grouping
        column moves the whole group's estimated wallets, so every row may have moved."""
        estimate = self.wallet_estimate
        if not measure_input and not (estimate is not None and column == estimate.group):
            self._emit(before, rows=np.array([row], dtype=np.int64), inputs=(column,))
            return
        self._prepare()  # views read the derived values when told: compute them first
        rows = None if estimate is not None else np.array([row], dtype=np.int64)
        moved = DERIVED_PARTS if estimate is not None else frozenset({"position", "potential"})
        self._emit(before, rows=rows, inputs=(column,), derived=moved)
