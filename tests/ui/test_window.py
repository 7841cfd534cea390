"""The window as a user meets it: start page, opening, table edits, notes, filters,
languages, settings."""

from __future__ import annotations

import re

import numpy as np
import pytest
from PySide6.QtCore import QMimeData, QPoint, QSettings, Qt, QUrl
from PySide6.QtGui import QDropEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox

from segmenter_app.core.model import segmentation as sg
from segmenter_app.core.resources import sample_list

from .conftest import new_window, open_list, segment_counts


def test_start_page_offers_open_and_the_sample(qtbot, window):
    assert window.stack.currentWidget() is window.empty
    assert window.empty.open_button.text() == "Open customer list…"
    with qtbot.waitSignal(window.document_opened, timeout=30_000):
        qtbot.mouseClick(window.empty.sample_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.workspace
    assert len(window.document) in (120, 400)
    assert window.workspace.model.rowCount() == len(window.document)


def test_the_german_sample_opens_with_its_report(qtbot, opened):
    document = opened.document
    assert len(document) == 400
    assert document.report.sheet == "Kunden 2026"
    assert "400" in opened.status_label.text()
    assert opened.windowTitle().startswith("sample_customers_de.xlsx")


def test_editing_a_cell_resegments_and_a_bad_value_is_refused(qtbot, opened):
    document, model = opened.document, opened.workspace.model
    row = int(np.flatnonzero(document.result.segment == sg.MODEL)[0])

    def cell(key: str):
        # The row moves when it re-segments (the table is sorted by priority).
        return model.index(model.view_row(row), model.column_of(key))

    # A MODEL customer whose revenue falls to almost nothing drops to low share.
    assert model.setData(cell("revenue"), "1")
    assert document.table["revenue"].iat[row] == 1.0
    assert document.result.segment[row] == sg.GROW
    assert model.data(cell("segment")).endswith("GROW")
    assert document.original_values[(document.keys[row], "revenue")] != 1.0
    # Refused: not a number, negative, a share above 100 %, outside the scale.
    with qtbot.waitSignal(model.edit_refused) as refused:
        assert not model.setData(cell("revenue"), "viel")
    assert "not a number" in refused.args[0]
    assert "not a number" in opened.statusBar().currentMessage()
    assert not model.setData(cell("revenue"), "-5")
    assert not model.setData(cell("share_of_wallet"), "150")
    assert not model.setData(cell("satisfaction_input"), "9")
    assert document.table["revenue"].iat[row] == 1.0
    # Typed German numbers are read as German when the window speaks German.
    opened.set_language("de")
    assert model.setData(cell("revenue"), "12.345,5")
    assert document.table["revenue"].iat[row] == 12345.5
    # Undo walks back every accepted edit.
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert document.result.segment[row] == sg.MODEL


def test_a_given_share_wins_over_an_edited_revenue_and_the_status_bar_says_so(qtbot, opened):
    document, model = opened.document, opened.workspace.model
    row = int(np.flatnonzero(document.result.segment == sg.GROW)[0])

    def cell(key: str):
        return model.index(model.view_row(row), model.column_of(key))

    assert model.setData(cell("share_of_wallet"), "20")  # the share is now given
    with qtbot.waitSignal(model.edit_explained) as explained:
        assert model.setData(cell("revenue"), str(int(document.table["wallet"].iat[row])))
    assert document.prepared.sow[row] == pytest.approx(0.20)  # the given share wins
    name = document.table["customer_name"].iat[row]
    assert explained.args[0].startswith(f"{name}: SoW stays 20.0 %")
    assert "SoW stays" in opened.statusBar().currentMessage()
    # Emptying the share falls back to revenue ÷ wallet: 100 % now, and no explanation.
    assert model.setData(cell("share_of_wallet"), "")
    assert document.prepared.sow[row] == pytest.approx(1.0)
    explained = []
    model.edit_explained.connect(explained.append)
    assert model.setData(cell("wallet"), str(int(document.table["wallet"].iat[row]) * 2))
    assert explained == [""]  # no explanation; the earlier one is cleared
    assert document.prepared.sow[row] == pytest.approx(0.5)


def test_editing_through_the_table_view_like_a_person(qtbot, opened):
    workspace = opened.workspace
    model, table = workspace.model, workspace.table
    index = model.index(0, model.column_of("notes"))
    table.setCurrentIndex(index)
    table.edit(index)
    editors = table.viewport().findChildren(QLineEdit)
    assert editors, "double-click editing opened no editor"
    editor = editors[0]
    qtbot.keyClicks(editor, "Anrufen im Mai")
    row = model.document_row(0)
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the view commits on its next event loop turn
    qtbot.waitUntil(lambda: opened.document.table["notes"].iat[row] == "Anrufen im Mai")
    assert model.data(model.index(model.view_row(row), model.column_of("notes"))) == "Anrufen im Mai"


def open_editor(qtbot, table, index) -> QLineEdit:
    table.setCurrentIndex(index)
    table.edit(index)
    [editor] = [e for e in table.viewport().findChildren(QLineEdit) if e.isVisible()]
    return editor


def commit(qtbot, table, editor, text: str) -> None:
    """Select all, type, Enter: as a person edits a cell."""
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The editor commits on Enter and closes: wait for that, not for time.
    qtbot.waitUntil(
        lambda: (
            not table.isPersistentEditorOpen(table.currentIndex())
            and table.state() != table.State.EditingState
        )
    )


def test_a_number_cell_opens_its_editor_with_the_value(qtbot, opened):
    """Number cells edit as text in the window's language: German numbers in German,
    and what is not a number is refused with a message (never misread)."""
    workspace = opened.workspace
    model, table = workspace.model, workspace.table
    document = opened.document
    opened.set_language("de")
    row = model.document_row(0)
    index = model.index(0, model.column_of("revenue"))
    editor = open_editor(qtbot, table, index)
    revenue = float(document.table["revenue"].iat[row])
    assert editor.text() == f"{revenue:.2f}".rstrip("0").rstrip(".").replace(".", ",")
    commit(qtbot, table, editor, "30.000,5")
    assert document.table["revenue"].iat[row] == 30000.5
    index = model.index(model.view_row(row), model.column_of("revenue"))
    commit(qtbot, table, open_editor(qtbot, table, index), "30000,5")
    assert document.table["revenue"].iat[row] == 30000.5  # unchanged: no step, no message
    commit(qtbot, table, open_editor(qtbot, table, index), "viel")
    assert document.table["revenue"].iat[row] == 30000.5
    assert "viel" in opened.statusBar().currentMessage()  # refused, and said why
    # Satisfaction on its own scale with a German decimal comma.
    index = model.index(model.view_row(row), model.column_of("satisfaction_input"))
    commit(qtbot, table, open_editor(qtbot, table, index), "4,5")
    assert document.table["satisfaction_input"].iat[row] == 4.5
    # English: the same cells read English numbers.
    opened.set_language("en")
    index = model.index(model.view_row(row), model.column_of("wallet"))
    commit(qtbot, table, open_editor(qtbot, table, index), "1,250,000.5")
    assert document.table["wallet"].iat[row] == 1250000.5
    assert opened.statusBar().currentMessage() == ""  # the earlier refusal is gone


def test_confirming_a_derived_share_unchanged_is_no_edit(qtbot, opened):
    """Enter on the SoW cell as it was must not turn revenue ÷ wallet into a given share."""
    workspace = opened.workspace
    model, table, document = workspace.model, workspace.table, opened.document
    row = model.document_row(0)
    assert np.isnan(document.table["sow_input"].iat[row])
    steps = len(document.undo_stack)
    editor = open_editor(qtbot, table, model.index(0, model.column_of("share_of_wallet")))
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != table.State.EditingState)
    assert np.isnan(document.table["sow_input"].iat[row]) and len(document.undo_stack) == steps
    # Revenue still moves the share.
    assert model.setData(model.index(model.view_row(row), model.column_of("revenue")), "1")
    assert document.prepared.sow[row] < 0.01


def test_notes_triage_and_pin_with_undo(qtbot, opened):
    document, notes = opened.document, opened.notes
    move = int(np.flatnonzero(document.result.segment == sg.MOVE)[0])
    opened.workspace.select_rows(np.array([move]))
    assert notes.row == move
    notes.note.setFocus()
    notes.note.setPlainText("Termin im Juni vereinbaren")
    qtbot.waitUntil(lambda: document.table["notes"].iat[move] == "Termin im Juni vereinbaren", timeout=3000)
    before = int(document.result.triage[move])
    notes.triage.setCurrentIndex(2 if before == sg.OBSERVE else 1)
    assert int(document.result.triage[move]) != before
    notes.pin.setChecked(True)
    assert document.pinned[move]
    manager_rows = document.prepared.manager_codes == document.prepared.manager_codes[move]
    assert document.result.priority[move] == 1 or document.result.priority[manager_rows].min() == 1
    opened.action("edit.undo").trigger()  # pin
    opened.action("edit.undo").trigger()  # triage
    assert not document.pinned[move] and int(document.result.triage[move]) == before
    opened.action("edit.undo").trigger()  # note
    assert document.table["notes"].iat[move] != "Termin im Juni vereinbaren"
    opened.action("edit.redo").trigger()
    assert document.table["notes"].iat[move] == "Termin im Juni vereinbaren"
    assert notes.note.toPlainText() == "Termin im Juni vereinbaren"


def test_filters_by_manager_segment_and_text(qtbot, opened):
    workspace, document = opened.workspace, opened.document
    model = workspace.model
    manager = document.managers[2]
    workspace.select_manager(manager)
    assert model.rowCount() == int((document.table["account_manager"] == manager).sum())
    assert "of 400" in workspace.rows_label.text()
    workspace.segment_buttons[sg.MODEL].setChecked(False)
    workspace.segment_buttons[sg.FIX].setChecked(False)
    shown = {model.document_row(r) for r in range(model.rowCount())}
    assert all(document.result.segment[r] not in (sg.MODEL, sg.FIX) for r in shown)
    workspace.select_manager(None)
    workspace.segment_buttons[sg.MODEL].setChecked(True)
    workspace.segment_buttons[sg.FIX].setChecked(True)
    workspace.search.setText("Molkerei")
    qtbot.waitUntil(lambda: 0 < model.rowCount() < 400)
    for view in range(model.rowCount()):
        assert "molkerei" in model.data(model.index(view, model.column_of("customer_name"))).lower()
    # Segment toggles count the customers in scope: all of them again.
    grow = int((document.result.segment == sg.GROW).sum())
    assert workspace.segment_buttons[sg.GROW].text() in (f"▲ GROW {grow}", f"▲ {grow}")


def test_segment_toggles_count_the_managers_customers_and_fit_the_width(qtbot, opened):
    workspace, document = opened.workspace, opened.document
    manager = document.managers[2]
    workspace.select_manager(manager)
    mine = document.table["account_manager"].to_numpy() == manager
    grow = int((document.result.segment[mine] == sg.GROW).sum())
    toggles = workspace.toggles
    toggles.resize(1000, toggles.height())
    assert workspace.segment_buttons[sg.GROW].text() == f"▲ GROW {grow}"
    assert not toggles.compact
    # A little narrower: the unclassified button gives up its long name first.
    unclassified = workspace.segment_buttons[-1]
    width = 1000
    while not unclassified.text().startswith("–"):
        width -= 10
        toggles.resize(width, toggles.height())
    assert workspace.segment_buttons[sg.GROW].text() == f"▲ GROW {grow}" and not toggles.compact
    # Narrower than one row of names: two rows, as the chart's quadrants, names kept.
    while toggles.arrangement == "row":
        width -= 10
        toggles.resize(width, toggles.height())
    assert toggles.arrangement == "two rows" and not toggles.compact
    assert workspace.segment_buttons[sg.GROW].text() == f"▲ GROW {grow}"
    toggles.layout().activate()
    buttons = workspace.segment_buttons
    assert buttons[sg.GROW].y() == buttons[sg.MODEL].y() < buttons[sg.MOVE].y() == buttons[sg.FIX].y()
    assert buttons[sg.GROW].x() < buttons[sg.MODEL].x() and buttons[sg.MOVE].x() < buttons[sg.FIX].x()
    # Too narrow for the names: symbol and count, the name in the tooltip.
    toggles.resize(200, toggles.height())
    assert toggles.compact
    assert workspace.segment_buttons[sg.GROW].text() == f"▲ {grow}"
    assert f"▲ GROW {grow}" in workspace.segment_buttons[sg.GROW].toolTip()


def test_segment_chips_keep_their_names_at_100000_customers(qtbot):
    """Counts of 100,000 customers in the narrowest table pane (360 px): names kept."""
    from segmenter_app.ui.widgets.segment_toggles import SegmentToggles

    toggles = SegmentToggles()
    qtbot.addWidget(toggles)
    toggles.resize(360, 60)
    counts = {sg.MODEL: "25,598", sg.FIX: "24,402", sg.GROW: "25,574", sg.MOVE: "24,426"}
    labels = {index: (f"{sg.SEGMENTS[index]} {count}", count, "") for index, count in counts.items()}
    labels[sg.UNCLASSIFIED] = ("Unclassified 0", "– 0", "")
    toggles.set_labels(labels)
    assert not toggles.compact
    assert [toggles.buttons[index].text() for index in counts] == [labels[index][0] for index in counts]


def test_unclassified_rows_show_their_reason(qtbot, opened):
    document, model = opened.document, opened.workspace.model
    row = int(np.flatnonzero(document.result.segment == sg.UNCLASSIFIED)[0])
    index = model.index(model.view_row(row), model.column_of("segment"))
    assert model.data(index) == "–"
    assert model.data(index, Qt.ItemDataRole.ToolTipRole)


def test_the_customer_panel_names_the_cell_that_left_a_customer_unclassified(qtbot, window, tmp_path):
    listing = tmp_path / "kunden.csv"
    listing.write_text(
        "Kundennummer;Kunde;Außendienst;Umsatz;Einkaufsvolumen;KZI (1-5)\n"
        "1;Alpha GmbH;Anna;100;1000;4,5\n2;Beta AG;Anna;500;1000;gut\n3;Gamma KG;Ben;50;1000;2\n"
        "4;Delta GmbH;Ben;900;1000;1,5\n",
        encoding="utf-8",
    )
    document = open_list(qtbot, window, listing)
    window.set_language("en")
    row = int(np.flatnonzero(document.table["customer_name"] == "Beta AG")[0])
    assert document.result.segment[row] == sg.UNCLASSIFIED
    window.workspace.select_rows(np.array([row]))
    shown = window.notes.why.text()
    assert "Row 3" in shown and "gut" in shown


def test_a_list_without_ids_and_the_bubble_menu_read_cleanly(qtbot, window, tmp_path):
    listing = tmp_path / "ohne_nummern.csv"
    listing.write_text(
        "Kunde;Außendienst;Umsatz;Einkaufsvolumen;KZI (1-5)\n"
        "Alpha GmbH;Anna;100;1000;4,5\nBeta AG;Anna;500;1000;3\nGamma KG;Ben;50;1000;2\n",
        encoding="utf-8",
    )
    document = open_list(qtbot, window, listing)
    row = int(np.flatnonzero(document.table["customer_name"] == "Gamma KG")[0])
    window.workspace.select_rows(np.array([row]))
    assert window.notes.subtitle.text() == "Ben"  # no " · " before the manager
    menu = [action.text() for action in window.workspace.bubble_menu.actions()]
    assert menu == ["None", "Revenue", "Wallet"]


def test_sorting_uses_numbers(qtbot, opened):
    model = opened.workspace.model
    column = model.column_of("revenue")
    opened.workspace.table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    values = [model.data(model.index(r, column), Qt.ItemDataRole.EditRole) for r in range(20)]
    values = [v for v in values if v is not None]
    assert values == sorted(values, reverse=True)
    name = model.column_of("customer_name")
    opened.workspace.table.sortByColumn(name, Qt.SortOrder.AscendingOrder)
    names = [model.data(model.index(r, name)).lower() for r in range(30)]
    assert names == sorted(names)


def test_copy_cells_as_tab_separated_text(qtbot, opened):
    table = opened.workspace.table
    table.selectRow(0)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    text = QGuiApplication.clipboard().text()
    assert "\t" in text and text.count("\n") == 0


def test_language_switch_changes_visible_texts(qtbot, opened):
    assert opened.menu("file").title() == "&File"
    opened.set_language("de")
    assert opened.menu("file").title() == "&Datei"
    assert (
        opened.workspace.model.headerData(
            opened.workspace.model.column_of("potential"), Qt.Orientation.Horizontal
        )
        == "Potenzial"  # short on a laptop; the tooltip says it is the untapped potential
    )
    # Every header fits its column in the new language.
    header = opened.workspace.table.horizontalHeader()
    model = opened.workspace.model
    for column in range(model.columnCount()):
        title = str(model.headerData(column, Qt.Orientation.Horizontal))
        assert header.sectionSize(column) >= header.fontMetrics().horizontalAdvance(title), title
    assert opened.thresholds.sow.title() == "Lieferanteil (SoW)"  # issue 24: no English in German
    assert QSettings().value("language") == "de"
    # Numbers in the boxes too: a German decimal comma.
    assert opened.thresholds.band.text() == "5,0"
    # A list opened after the switch is German throughout.
    open_list(qtbot, opened, sample_list("en"))
    assert opened.workspace.manager.itemText(0) == "Alle"
    assert opened.workspace.model.headerData(0, Qt.Orientation.Horizontal) == "Priorität"
    assert "Kunden" in opened.workspace.rows_label.text()
    opened.set_language("en")
    assert opened.menu("file").title() == "&File"
    assert opened.thresholds.band.text() == "5.0"


def test_every_item_model_passes_the_model_tester(qtmodeltester, opened):
    model = opened.workspace.model
    qtmodeltester.check(model)
    model.sort(model.column_of("revenue"), Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)
    model.set_filters(manager=opened.document.managers[0], search="GmbH")
    qtmodeltester.check(model)


def test_import_dialog_when_the_engine_is_not_sure(qtbot, window, tmp_path, monkeypatch):
    from openpyxl import Workbook

    from segmenter_app.ui.dialogs.import_dialog import ImportDialog

    path = tmp_path / "odd.xlsx"
    book = Workbook()
    sheet = book.active
    sheet.append(["Nr", "Firma", "Betrag", "Volumen", "Zufr."])
    for i in range(30):
        sheet.append([str(i), f"Firma {i}", 100 + i, 1000, 1 + i % 5])
    book.save(path)
    shown = {}

    def fake_exec(dialog: ImportDialog) -> int:
        shown["dialog"] = dialog
        assert dialog.sheet.currentText() == "Sheet"
        assert dialog.preview.rowCount() == 20
        headers = [dialog.preview.horizontalHeaderItem(c).text() for c in range(dialog.preview.columnCount())]
        assert headers[0] == "Row" and headers[1:3] == ["Customer ID", "Customer name"], headers
        assert len(headers) == 10 and headers[-1] == "Effort (visits, contacts, hours)"
        assert dialog.preview.item(0, 2).text() == "Firma 0"
        # Choose the columns the engine could not name, as a user would.
        dialog.mapping["revenue"].setCurrentIndex(dialog.mapping["revenue"].findData("Betrag"))
        dialog.mapping["wallet"].setCurrentIndex(dialog.mapping["wallet"].findData("Volumen"))
        dialog.mapping["satisfaction"].setCurrentIndex(dialog.mapping["satisfaction"].findData("Zufr."))
        qtbot.waitUntil(lambda: dialog.result.report.mapping.get("satisfaction") == "Zufr.", timeout=20_000)
        assert dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
        return ImportDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportDialog, "exec", fake_exec)
    with qtbot.waitSignal(window.document_opened, timeout=30_000):
        window.open_file(path)
    assert window.document.report.mapping["wallet"] == "Volumen"
    assert segment_counts(window.document) and sum(segment_counts(window.document)) == 30
    # The confirmed mapping is remembered for the next file with these headers.
    memory = window.loading.mapping_memory()
    assert memory.lookup(window.document.report.signature)["revenue"] == "Betrag"


def test_a_remembered_mapping_is_named_in_the_status_bar(qtbot, window, tmp_path, monkeypatch):
    from openpyxl import Workbook

    from segmenter_app.ui.dialogs.import_dialog import ImportDialog

    path = tmp_path / "crm.xlsx"
    book = Workbook()
    book.active.append(["Kundennummer", "Kunde", "Betreuer", "Betrag", "Einkaufsvolumen", "KZI"])
    for i in range(30):
        book.active.append([str(i), f"Firma {i}", "Anna", 100 + i, 1000, 1 + i % 5])
    book.save(path)

    def confirm(dialog: ImportDialog) -> int:
        dialog.mapping["revenue"].setCurrentIndex(dialog.mapping["revenue"].findData("Betrag"))
        qtbot.waitUntil(lambda: dialog.result.report.mapping.get("revenue") == "Betrag", timeout=20_000)
        return ImportDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportDialog, "exec", confirm)
    with qtbot.waitSignal(window.document_opened, timeout=30_000):
        window.open_file(path)
    assert "as you mapped them" not in window.statusBar().currentMessage()
    # Opened again: the remembered mapping is used without asking, and the status bar
    # says which and where to change it.
    monkeypatch.setattr(ImportDialog, "exec", lambda dialog: pytest.fail("asked again"))
    with qtbot.waitSignal(window.document_opened, timeout=30_000):
        window.open_file(path)
    message = window.statusBar().currentMessage()
    assert window.document.report.mapping_source == "remembered"
    assert "as you mapped them" in message and "'Betrag' → Revenue" in message
    assert "'KZI' → Satisfaction" in message and "File ▸ Import settings…" in message
    # In German with German quotation marks.
    from segmenter_app.ui.dialogs.import_dialog import remembered_mapping_text

    window.set_language("de")
    assert "„Betrag“ → Umsatz" in remembered_mapping_text(window.document.report.mapping)


def test_the_import_dialog_names_exactly_what_is_missing(qtbot, window, tmp_path, monkeypatch):
    from openpyxl import Workbook

    from segmenter_app.ui.dialogs.import_dialog import ImportDialog

    path = tmp_path / "ohne_umsatz.xlsx"
    book = Workbook()
    book.active.append(["Kundennummer", "Kunde", "KZI", "Einkaufsvolumen"])
    for i in range(10):
        book.active.append([str(i), f"Firma {i}", 1 + i % 5, 1000 + i])
    book.save(path)
    shown = {}

    def fake_exec(dialog: ImportDialog) -> int:
        shown["text"] = dialog.report.toPlainText()
        shown["ok"] = dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
        return ImportDialog.DialogCode.Rejected

    monkeypatch.setattr(ImportDialog, "exec", fake_exec)
    window.open_file(path)
    qtbot.waitUntil(lambda: "text" in shown, timeout=30_000)
    assert "Missing: revenue. Choose the columns on the left." in shown["text"]
    assert "share of wallet" not in shown["text"] and not shown["ok"]


def test_a_file_that_cannot_be_read_gets_a_message_not_a_traceback(qtbot, window, tmp_path, monkeypatch):
    bad = tmp_path / "kunden.xlsx"
    bad.write_bytes(b"%PDF-1.5 not really")
    messages = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: messages.append((title, text)))
    window.open_file(bad)
    qtbot.waitUntil(lambda: bool(messages), timeout=10_000)
    title, text = messages[0]
    assert "kunden.xlsx" in title and "PDF" in text
    assert window.document is None


def test_opening_can_be_cancelled(qtbot, window, tmp_path):
    window.open_file(sample_list("de"))
    window.loading.cancel()
    qtbot.waitUntil(lambda: not window.loading.busy, timeout=15_000)
    assert window.document is None


def test_a_list_read_since_start_opens_and_is_closed_when_not_wanted(qtbot, opened, monkeypatch):
    """``segmenter open FILE`` starts reading before Qt loads and hands the reading
    over; when the user then keeps the current work (Cancel), the reading is closed."""
    from segmenter_app.core.reading.reader import start_reading

    path = sample_list("en")
    source = start_reading(path)
    with qtbot.waitSignal(opened.document_opened, timeout=30_000):
        opened.open_file(path, source=source)
    assert len(opened.document) == 120 and opened.projects.path == path
    assert source._child is None  # collected by the worker
    # Unsaved work, and the user answers Cancel: nothing opens, the reader is stopped.
    opened.document.edit_value(0, "notes", "bleibt")
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Cancel)
    again = start_reading(sample_list("de"))
    child = again._child
    opened.open_file(sample_list("de"), source=again)
    assert again._child is None and child is not None
    assert opened.projects.path == path and opened.document.value(0, "notes") == "bleibt"


@pytest.mark.slow
def test_segmenter_open_file_shows_the_list(tmp_path):
    """The command end to end, as a person starts it: the process paints the window,
    shows the list and (told to by the trace switch) quits with status 0."""
    import os
    import shutil
    import subprocess
    import sys

    path = tmp_path / "Kunden Süd.xlsx"
    shutil.copy(sample_list("de"), path)
    environment = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        SEGMENTER_TRACE="1",
        SEGMENTER_TRACE_EXIT="1",
        SEGMENTER_DATA_DIR=str(tmp_path / "data"),
        HOME=str(tmp_path),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
    )
    done = subprocess.run(
        [sys.executable, "-m", "segmenter_app", "open", str(path)],
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "window painted" in done.stderr and "list shown, window responsive" in done.stderr
    assert "Traceback" not in done.stderr
    # What the start made is kept out of the garbage collector's full passes.
    frozen = re.search(r"window painted \((\d+) objects kept out of collections\)", done.stderr)
    assert frozen and int(frozen[1]) > 10_000, done.stderr


def test_dropping_a_file_opens_it(qtbot, window):
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(sample_list("en")))])
    event = QDropEvent(
        QPoint(50, 50).toPointF(),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(window.document_opened, timeout=30_000):
        window.dropEvent(event)
    assert len(window.document) == 120


def test_recent_files_and_geometry_persist(qtbot, window, tmp_path):
    from openpyxl import Workbook

    path = tmp_path / "kunden.xlsx"
    book = Workbook()
    book.active.append(["Kunde", "Umsatz", "Einkaufsvolumen", "KZI (1-5)", "Außendienst"])
    book.active.append(["A", 10, 100, 4, "Anna"])
    book.save(path)
    open_list(qtbot, window, path)
    assert window.window_settings.recent_files()[0] == str(path.resolve())
    assert window.menu("file.recent").actions()[0].text() == "kunden.xlsx"
    window.close()
    assert QSettings().value("window/geometry") is not None


def test_a_new_threshold_mode_starts_where_the_line_is(qtbot, opened):
    """Fixed 60.8 % → percentile keeps the line (near 60.8 %), not the 60.8th
    percentile; and percentile → fixed keeps the value in force."""
    from segmenter_app.ui.widgets.threshold_panel import MODES

    document, panel = opened.document, opened.thresholds
    document.set_thresholds(sg.Thresholds(sow=sg.Threshold("fixed", 0.608), kzi=document.thresholds.kzi))
    before = document.resolved_thresholds()[0]
    panel.sow.mode.setCurrentIndex(MODES.index("percentile"))
    assert document.thresholds.sow.mode == "percentile"
    assert document.resolved_thresholds()[0] == pytest.approx(before, abs=0.01)
    assert document.thresholds.sow.value != pytest.approx(60.8, abs=0.5)
    in_force = document.resolved_thresholds()[0]
    panel.sow.mode.setCurrentIndex(MODES.index("fixed"))
    assert document.thresholds.sow.value == pytest.approx(in_force, abs=0.001)


@pytest.mark.slow
def test_segmenter_data_dir_holds_all_of_the_apps_own_files(tmp_path):
    """One switch: with SEGMENTER_DATA_DIR set, the recent files and every other
    setting go below it, beside the recovery files — nothing into the user's config."""
    import os
    import shutil
    import subprocess
    import sys

    listing = tmp_path / "kunden.xlsx"
    shutil.copy(sample_list("de"), listing)
    home, data = tmp_path / "home", tmp_path / "data"
    home.mkdir()
    environment = dict(
        os.environ,
        SEGMENTER_DATA_DIR=str(data),
        SEGMENTER_TRACE="1",
        SEGMENTER_TRACE_EXIT="1",
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        QT_QPA_PLATFORM="offscreen",
    )
    done = subprocess.run(
        [sys.executable, "-m", "segmenter_app", "open", str(listing)],
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    settings = list((data / "settings").rglob("*.ini"))
    assert settings and any(str(listing.resolve()) in path.read_text() for path in settings)
    # (matplotlib's own font cache is no file of the app's)
    assert not [path for path in home.rglob("*") if path.is_file() and "matplotlib" not in path.parts]


def test_the_currency_follows_the_list_and_the_setting(qtbot, window, tmp_path):
    listing = tmp_path / "crm_export.csv"
    rows = "\n".join(f"{i},Company {i},Ann,{1000 * (i + 1)},{50_000 + i},{1 + i % 5}" for i in range(40))
    listing.write_text(
        f"Customer ID,Customer,Account manager,Revenue (USD),Wallet,Satisfaction (1-5)\n{rows}\n"
    )
    document = open_list(qtbot, window, listing)
    assert document.currency == "$"
    settings = {action.text(): action for action in window.menu("settings").actions()}
    currency_menu = settings["&Currency"].menu()
    assert [action.text() for action in currency_menu.actions()] == ["€", "$", "£", "CHF"]
    assert window.action("settings.currency.$").isChecked()
    chart, model = window.workspace.chart, window.workspace.model
    assert "$" in chart.corner_text("GROW")
    why = model.column_of("why")
    grow = int(np.flatnonzero(document.result.segment == sg.GROW)[0])
    assert "$" in model.data(model.index(model.view_row(grow), why))
    # Settings ▸ Currency ▸ CHF: the window words every amount in francs; Undo goes back.
    window.action("settings.currency.CHF").trigger()
    assert "CHF" in chart.corner_text("GROW")
    assert "CHF" in model.data(model.index(model.view_row(grow), why))
    assert "CHF" in window.thresholds.count_labels["GROW"][2].text()
    window.action("edit.undo").trigger()
    assert document.currency == "$" and window.action("settings.currency.$").isChecked()
    assert "CHF" not in chart.corner_text("GROW")


def test_the_language_in_force_again_words_nothing_anew_and_a_switch_words_everything(qtbot, window):
    """A new window (or the setting made explicit) in the language already in force
    sends no widget a LanguageChange: every one of them says it already."""
    from PySide6.QtCore import QEvent, QObject

    class Count(QObject):
        changes = 0

        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.LanguageChange:
                Count.changes += 1
            return False

    count = Count()
    QApplication.instance().installEventFilter(count)
    try:
        window.set_language("en")
        assert Count.changes == 0
        assert window.menu("file").title() == "&File"
        window.set_language("de")
        assert Count.changes > 0
        assert window.menu("file").title() == "&Datei"
        second = new_window(qtbot, QApplication.instance())  # made in German, set to English
        assert second.menu("file").title() == "&File" and window.menu("file").title() == "&File"
    finally:
        QApplication.instance().removeEventFilter(count)


def test_revenue_above_the_wallet_for_most_customers_is_said_until_the_next_message(
    qtbot, window, tmp_path, monkeypatch
):
    """T€ beside €: the status bar says which columns to check, and the line stays."""
    from segmenter_app.ui.dialogs.import_dialog import ImportDialog
    from tests.core.test_unit_mismatch import mixed_units

    # "Zufriedenheit (1-5)" does not say which end is best: the dialog asks, OK takes 5.
    monkeypatch.setattr(ImportDialog, "exec", lambda dialog: ImportDialog.DialogCode.Accepted)
    open_list(qtbot, window, mixed_units(tmp_path))
    message = window.statusBar().currentMessage()
    assert "Revenue is above the wallet for 40 of 40 customers" in message
    assert "'Umsatz 2025 (T€)' (read ×1,000)" in message
    qtbot.wait(200)
    assert "above the wallet" in window.statusBar().currentMessage()


def test_an_ampersand_in_a_customer_name_stays_in_the_edit_menu(qtbot, opened):
    """"Meier & Söhne" in Undo's text, not "Meier _Söhne" (Qt reads one & as a
    keyboard mark)."""
    document = opened.document
    document.edit_value(3, "customer_name", "Meier & Söhne GmbH")
    document.edit_value(3, "notes", "Rückruf")
    undo = opened.action("edit.undo")
    assert "Meier && Söhne GmbH" in undo.text()  # shown as one "&"
    assert "Meier & Söhne GmbH" in opened.action_table.text("edit.undo")
    undo.trigger()
    assert "Meier && Söhne GmbH" in opened.action("edit.redo").text()


def test_an_ampersand_in_a_recent_file_name_stays_in_the_file_menu(qtbot, window, tmp_path):
    from PySide6.QtCore import QSettings

    recent = tmp_path / "Meier & Co 2026.xlsx"
    recent.write_bytes(b"")
    QSettings().setValue("recent", [str(recent)])
    window.window_settings.refresh_recent_menu()
    menu = window.menu("file.recent")  # File ▸ Open Recent
    assert [action.text() for action in menu.actions()] == ["Meier && Co 2026.xlsx"]



def test_another_list_opens_at_its_top_priorities(qtbot, opened, tmp_path):
    """The table kept the place it was scrolled to in the list before: priorities 1 and
    2 stood above the view."""
    from segmenter_app.core.resources import sample_list
    from tests.ui.conftest import open_list

    table = opened.workspace.table
    table.verticalScrollBar().setValue(table.verticalScrollBar().maximum())
    assert table.rowAt(0) > 10
    copy = tmp_path / "kunden_q3.xlsx"
    copy.write_bytes(sample_list("de").read_bytes())
    open_list(qtbot, opened, copy)
    assert table.rowAt(0) == 0 and table.verticalScrollBar().value() == 0
