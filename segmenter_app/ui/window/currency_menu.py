"""Settings ▸ Currency: the currency the project's amounts are shown in (€, $, £, CHF).

Taken from the list when its headers or amounts name one; the user's choice is one
undoable step, kept in the project, and used in the window, the workbooks and the PDF
priority sheets.  The menu's entries are ``menus/settings.py``'s; this keeps them
showing the document's currency (also after an undo).
"""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow


class CurrencyMenu:
    """Sets and shows the currency of ``window``'s document through its
    ``settings.currency.<currency>`` actions."""

    def __init__(self, window: QMainWindow) -> None:
        self._window = window

    def _action(self, currency: str) -> QAction | None:
        return self._window.action_table.actions.get(f"settings.currency.{currency}")

    def set_currency(self, currency: str) -> None:
        document = self._window.document
        if document is not None:
            document.set_currency(currency)

    def sync(self) -> None:
        """Check the document's currency (the menu is enabled while a list is open)."""
        document = self._window.document
        action = self._action(document.currency) if document is not None else None
        if action is not None:
            action.setChecked(True)
