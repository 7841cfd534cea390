"""The Edit menu names every step it would undo or redo, in the window's language."""

from __future__ import annotations

import numpy as np
from PySide6.QtGui import QAction, QKeySequence

from segmenter_app.core.model import segmentation as sg
from segmenter_app.core.model.wallet import WalletEstimate


def edit_action(window, shortcut: QKeySequence) -> QAction:
    """The Edit menu's entry a person reaches with ``shortcut`` (Ctrl+Z, Ctrl+Shift+Z)."""
    [found] = [action for action in window.findChildren(QAction) if shortcut in action.shortcuts()]
    return found


def test_the_edit_menu_names_the_step_in_the_windows_language(qtbot, opened):
    undo = edit_action(opened, QKeySequence(QKeySequence.StandardKey.Undo))
    redo = edit_action(opened, QKeySequence("Ctrl+Shift+Z"))
    document, model = opened.document, opened.workspace.model
    row = int(np.flatnonzero(document.result.segment == sg.MODEL)[0])
    name = str(document.table["customer_name"].iat[row])
    assert model.setData(model.index(model.view_row(row), model.column_of("revenue")), "1")
    assert undo.text() == f"&Undo revenue of {name}"

    # Estimating wallets left a bare "Undo" before: now it says what it was.
    document.set_wallet_estimate(WalletEstimate("x:Branche"))
    assert undo.text() == "&Undo wallet estimate"

    opened.set_language("de")
    assert undo.text() == "&Rückgängig: Schätzung des Einkaufsvolumens"
    undo.trigger()
    assert undo.text() == f"&Rückgängig: Umsatz von {name}"
    assert redo.text() == "&Wiederholen: Schätzung des Einkaufsvolumens"
    opened.set_language("en")
