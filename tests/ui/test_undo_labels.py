"""The Edit menu names every step it would undo or redo, in the window's language."""

from __future__ import annotations

import numpy as np

from segmenter_app.core.model import segmentation as sg
from segmenter_app.core.model.wallet import WalletEstimate


def test_the_edit_menu_names_the_step_in_the_windows_language(qtbot, opened, monkeypatch):
    from segmenter_app.ui.wallet_dialog import WalletDialog

    document, model = opened.document, opened.workspace.model
    row = int(np.flatnonzero(document.result.segment == sg.MODEL)[0])
    name = str(document.table["customer_name"].iat[row])
    assert model.setData(model.index(model.view_row(row), model.column_of("revenue")), "1")
    assert opened.undo_action.text() == f"&Undo revenue of {name}"

    # Estimating wallets said a bare "Undo" before: now it says what it was.
    monkeypatch.setattr(WalletDialog, "chosen", lambda dialog: WalletEstimate("x:Branche"))
    monkeypatch.setattr(WalletDialog, "exec", lambda dialog: WalletDialog.DialogCode.Accepted)
    opened.estimate_wallets_action.trigger()
    assert opened.undo_action.text() == "&Undo wallet estimate"

    opened.set_language("de")
    assert opened.undo_action.text() == "&Rückgängig: Schätzung des Einkaufsvolumens"
    opened.undo_action.trigger()
    assert opened.undo_action.text() == f"&Rückgängig: Umsatz von {name}"
    assert opened.redo_action.text() == "&Wiederholen: Schätzung des Einkaufsvolumens"
    opened.set_language("en")
