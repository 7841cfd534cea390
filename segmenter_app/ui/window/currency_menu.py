"""Settings ▸ Currency: the currency the project's amounts are shown in (€, $, £, CHF).

Taken from the list when its headers or amounts name one; the user's choice is one
undoable step, kept in the project, and used in the window, the workbooks and the PDF
priority sheets.  A mixin of :class:`~segmenter_app.ui.window.main_window.MainWindow`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup

from segmenter_app.core.importing.currency import CURRENCIES


class CurrencyMenu:
    def _build_currency_menu(self, parent_menu) -> None:
        self.currency_menu = parent_menu.addMenu("")
        self.currency_group = QActionGroup(self)
        self.currency_actions: dict[str, QAction] = {}
        for currency in CURRENCIES:
            action = QAction(currency, self)
            action.setCheckable(True)
            action.triggered.connect(lambda _checked, currency=currency: self.set_currency(currency))
            self.currency_group.addAction(action)
            self.currency_menu.addAction(action)
            self.currency_actions[currency] = action
        self._sync_currency()

    def _retranslate_currency(self) -> None:
        self.currency_menu.setTitle(QCoreApplication.translate("MainWindow", "&Currency"))

    def set_currency(self, currency: str) -> None:
        if self.document is not None:
            self.document.set_currency(currency)

    def _sync_currency(self) -> None:
        """The menu shows the document's currency (also after an undo)."""
        document = getattr(self, "document", None)
        self.currency_menu.setEnabled(document is not None)
        if document is not None and document.currency in self.currency_actions:
            self.currency_actions[document.currency].setChecked(True)
