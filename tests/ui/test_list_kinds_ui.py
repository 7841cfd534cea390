"""The import dialog and the window with lists of other shapes: several sheets, school
grades, blank wallets."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from benchmarks import list_shapes
from segmenter_app.core.importing.importer import ImportOptions, load_customers
from segmenter_app.ui.dialogs.import_dialog import ImportDialog

from .conftest import open_list
from .laptop_screen import laptop_screen  # noqa: F401 - a fixture


def _dialog(qtbot, path: Path) -> ImportDialog:
    dialog = ImportDialog(path, load_customers(path, ImportOptions()), "en")
    qtbot.addWidget(dialog)
    return dialog


def _checked(dialog: ImportDialog) -> dict[str, bool]:
    return {
        dialog.sheets.item(i).text(): dialog.sheets.item(i).checkState() == Qt.CheckState.Checked
        for i in range(dialog.sheets.count())
    }


def test_the_dialog_shows_the_combined_sheets_with_a_check_box_each(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "managers.xlsx"
    list_shapes.sheet_per_manager(path)
    dialog = _dialog(qtbot, path)
    assert _checked(dialog) == {
        "Übersicht": False,
        "Anna Weber": True,
        "Jonas Meyer": True,
        "Lea Fischer": True,
        "Paul Becker": True,
        "Notizen": False,
    }
    assert "Sheets skipped: 'Übersicht'" in dialog.report.toPlainText()
    total = dialog.result.report.rows_read
    # Leave one manager's sheet out, as a user would: the list is read again without it.
    item = dialog.sheets.findItems("Jonas Meyer", Qt.MatchFlag.MatchExactly)[0]
    item.setCheckState(Qt.CheckState.Unchecked)
    qtbot.waitUntil(lambda: "Jonas Meyer" not in dialog.result.report.combined_sheets, timeout=20_000)
    assert dialog.result.report.rows_read < total
    assert set(dialog.result.table.account_manager) == {"Anna Weber", "Lea Fischer", "Paul Becker"}
    assert not _checked(dialog)["Jonas Meyer"]


def test_the_scales_direction_is_shown_and_can_be_switched(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "grades.xlsx"
    list_shapes.school_grades(path)
    dialog = _dialog(qtbot, path)
    assert dialog.low_best.isChecked()
    assert "1 is the best value" in dialog.report.toPlainText()
    dialog.low_best.setChecked(False)
    qtbot.waitUntil(lambda: dialog.result.report.direction_source == "user", timeout=20_000)
    assert not dialog.result.report.scale.reversed
    assert not dialog.low_best.isChecked()


def test_the_dialog_offers_to_estimate_blank_wallets(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "blank.xlsx"
    list_shapes.blank_wallets(path)
    dialog = _dialog(qtbot, path)
    assert not dialog.wallet_box.isHidden()
    assert "have no wallet" in dialog.blank_label.text()
    assert dialog.wallet_estimate() is None
    dialog.estimate.setChecked(True)
    dialog.estimate_group.setCurrentIndex(dialog.estimate_group.findText("Branche"))
    dialog.quantile.setValue(0.8)
    estimate = dialog.wallet_estimate()
    assert (estimate.group, estimate.quantile) == ("x:Branche", 0.8)


def test_estimated_wallets_are_marked_and_a_typed_wallet_replaces_them(qtbot, window, tmp_path, monkeypatch):
    from segmenter_app.ui.dialogs.wallet_dialog import WalletDialog

    path = tmp_path / "blank.xlsx"
    list_shapes.blank_wallets(path)
    document = open_list(qtbot, window, path)
    assert "Estimate wallets" in window.statusBar().currentMessage()
    unclassified = document.result.unclassified
    assert unclassified > 100

    def choose(dialog: WalletDialog) -> int:
        dialog.group.setCurrentIndex(dialog.group.findText("Branche"))
        return WalletDialog.DialogCode.Accepted

    monkeypatch.setattr(WalletDialog, "exec", choose)
    window.action("file.estimate_wallets").trigger()
    assert document.result.unclassified == 0
    model = window.workspace.model
    row = int(next(i for i in range(len(document)) if document.wallet_source(i) == "estimated"))
    view_row = model.view_row(row)
    index = model.index(view_row, model.column_of("wallet"))
    assert model.data(index, Qt.ItemDataRole.FontRole).italic()
    assert "Estimated" in model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert model.data(index).startswith("≈")
    why = model.data(model.index(view_row, model.column_of("why")))
    assert "wallet estimated" in why
    assert model.setData(index, "750000", Qt.ItemDataRole.EditRole)
    assert document.wallet_source(row) == "given"
    index = model.index(model.view_row(row), model.column_of("wallet"))
    assert model.data(index, Qt.ItemDataRole.FontRole) is None
    assert model.data(index) == "750,000"
    window.action("edit.undo").trigger()
    assert document.wallet_source(row) == "estimated"


def test_the_german_dialog_labels_every_column_and_shows_each_scale_whole(qtbot, window, laptop_screen):
    """Issue 24: "Letzter Kontakt" had no label, the scale box showed "Automatis" and
    the dialog (1100×755 and a title bar) hid its buttons behind a laptop's taskbar."""
    from PySide6.QtWidgets import QStyle

    from segmenter_app.core.resources import sample_list
    from segmenter_app.ui.screen_fit import FRAME

    window.set_language("de")
    path = sample_list("de")
    dialog = ImportDialog(path, load_customers(path, ImportOptions()), "de")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.role_labels["last_contact"].text() == "Letzter Kontakt"
    assert all(label.text() for label in dialog.role_labels.values())
    scale = dialog.scale
    arrow = scale.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent) + 12
    texts = [scale.itemText(index) for index in range(scale.count())]
    assert "Automatisch" in texts
    for text in texts:
        assert scale.fontMetrics().horizontalAdvance(text) + arrow <= scale.width(), (text, scale.width())
    for size in (dialog.size(), dialog.minimumSizeHint()):
        assert size.width() + FRAME.width() <= laptop_screen.width()
        assert size.height() + FRAME.height() <= laptop_screen.height()
    assert dialog.buttons.mapTo(dialog, dialog.buttons.rect().bottomLeft()).y() <= dialog.height()


def test_a_scale_no_value_range_names_is_asked_for_when_the_list_opens(qtbot, window, tmp_path, monkeypatch):
    """KZI from 22 to 140 (one typing error): no scale fits, so nobody would get a
    segment.  The window asks (the import dialog says why) instead of opening a list
    of unclassified customers without a word; choosing 0–100 places everyone else."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Debitor", "Kunde (Name)", "Betreuer/in", "Netto-Umsatz", "Potenzial gesamt", "KZI"])
    for i in range(1, 41):
        sheet.append([f"K{i:03d}", f"Kunde {i}", "Bauer" if i % 2 else "Weiß", 1000 * i, 60000, 20 + i * 2])
    sheet.append(["K041", "Kunde 41", "Bauer", 5000, 60000, 140])
    path = tmp_path / "crm_export.xlsx"
    book.save(path)
    asked = {}

    def choose(dialog: ImportDialog) -> int:
        asked["report"] = dialog.report.toPlainText()
        dialog.scale.setCurrentIndex(dialog.scale.findData("0-100"))
        qtbot.waitUntil(lambda: dialog.result.report.scale is not None, timeout=20_000)
        return ImportDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportDialog, "exec", choose)
    document = open_list(qtbot, window, path)
    assert "Satisfaction scale unknown (the values run from 22 to 140" in asked["report"]
    assert document.report.scale.name == "0-100"
    assert document.result.unclassified == 1  # the 140, outside the scale
    # ... and said: a problem by row and column, not "problems: 0".
    assert "problems: 1" in window.statusBar().currentMessage()
    (issue,) = document.report.problems
    assert (issue.row, issue.column, issue.value) == (42, "KZI", "140")


def test_a_list_nobody_can_be_placed_in_says_so_above_the_chart(qtbot, window, tmp_path):
    """No satisfaction yet (a survey still out): no thresholds; the chart says so
    instead of "Thresholds: SoW  · KZI", and the status bar says why."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Kundennummer", "Kunde", "Kundenbetreuer", "Umsatz", "Einkaufsvolumen", "KZI (0-100)"])
    for i in range(1, 21):
        sheet.append([f"K{i:03d}", f"Kunde {i}", "Bauer", 1000 * i, 60000, None])
    path = tmp_path / "before_the_survey.xlsx"
    book.save(path)
    document = open_list(qtbot, window, path)
    assert document.result.unclassified == 20
    chart = window.workspace.chart
    caption = chart.artists.counts.caption_text()
    assert caption == "No customer with SoW and KZI"
    assert chart.fontMetrics().horizontalAdvance(caption) < chart.width() * 0.8  # never cut
    # The status bar says why first, and keeps it (a laptop's bar cut the end off).
    message = window.statusBar().currentMessage()
    assert message.startswith("Thresholds: none — no customer could be classified (no satisfaction value: 20")


def test_amounts_in_two_units_are_asked_for_and_the_choice_is_remembered(
    qtbot, window, tmp_path, monkeypatch
):
    """"Umsatz 2025 (T€)" beside an "Einkaufsvolumen" in thousands without a unit: every
    share of wallet was 100 %.  The window asks; "Wallet in: Thousands" reads it right,
    and the next opening of the list uses it without asking."""
    import numpy as np
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Kundennummer", "Kunde", "Betreuer", "Umsatz 2025 (T€)", "Einkaufsvolumen", "KZI (0-100)"])
    for i in range(1, 31):
        sheet.append([f"K{i:03d}", f"Kunde {i}", "Bauer", 100 + 10 * i, 600 + 20 * i, 30 + 2 * i])
    path = tmp_path / "kunden_teur.xlsx"
    book.save(path)
    asked = {}

    def choose(dialog: ImportDialog) -> int:
        asked["report"] = dialog.report.toPlainText()
        wallet = dialog.units["wallet"]
        wallet.setCurrentIndex(wallet.findData(1000.0))
        qtbot.waitUntil(lambda: dialog.result.report.units == {"wallet": 1000.0}, timeout=20_000)
        asked["after"] = dialog.report.toPlainText()
        dialog.remember.setChecked(True)
        return ImportDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportDialog, "exec", choose)
    document = open_list(qtbot, window, path)
    assert "Revenue is above the wallet for 30 of 30 customers" in asked["report"]
    assert "Choose the unit of each under Revenue in and Wallet in." in asked["report"]
    assert "Revenue is above the wallet" not in asked["after"]
    sow = document.prepared.sow
    assert np.nanmax(sow) < 0.5 and document.result.counts.sum() == 30  # 130 T€ of 620 T€ …
    # Opened again: the unit remembered with the mapping, no question.
    monkeypatch.setattr(ImportDialog, "exec", lambda dialog: pytest.fail("asked again"))
    again = open_list(qtbot, window, path)
    assert again.report.units == {"wallet": 1000.0} and np.nanmax(again.prepared.sow) < 0.5
    assert "Revenue is above the wallet" not in window.statusBar().currentMessage()


def test_the_import_preview_shows_one_number_of_decimals_per_column(qtbot, tmp_path: Path) -> None:
    """"303,100" beside "129,700.00" and "6" beside "5.20" in one column: now each
    column as the window's table writes it."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Kundennummer", "Kunde", "Betreuer", "Umsatz (T€)", "Einkaufsvolumen (T€)", "KZI (1-10)"])
    sheet.append(["K1", "Meier", "Anna", 303.1, 550.1, 6])
    sheet.append(["K2", "Alpha", "Ben", 129.7, 358.4, 5.2])
    path = tmp_path / "kunden.xlsx"
    book.save(path)
    dialog = _dialog(qtbot, path)
    preview = dialog.preview
    headers = [preview.horizontalHeaderItem(c).text() for c in range(preview.columnCount())]
    column = {name: headers.index(name) for name in ("Revenue", "Satisfaction")}
    assert [preview.item(r, column["Revenue"]).text() for r in range(2)] == ["303,100", "129,700"]
    assert [preview.item(r, column["Satisfaction"]).text() for r in range(2)] == ["6.0", "5.2"]
