"""Update from a newer list, as a sales lead meets it: the dialog's counts equal its
tabs, it says why customers move and which notes belong to customers who left, an
update is one undo step, and former customers' notes stay findable."""

from __future__ import annotations

import numpy as np
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from segmenter_app.core.model import segmentation as sg
from segmenter_app.core.resources import sample_list
from segmenter_app.ui.dialogs.update_dialog import UpdateDialog


def newer_list(document, tmp_path, *, drop: list[str], lower: list[str]):
    """The German sample with the satisfaction of ``lower`` set to 1, the customers
    ``drop`` deleted and one new customer."""
    book = load_workbook(sample_list("de"))
    sheet = book["Kunden 2026"]
    header = next(r for r in range(1, 10) if sheet.cell(r, 1).value == "Kundennummer")

    def rows() -> dict[str, int]:
        return {
            str(sheet.cell(r, 1).value): r
            for r in range(header + 1, sheet.max_row + 1)
            if sheet.cell(r, 1).value
        }

    for customer in lower:
        sheet.cell(rows()[customer], 8).value = 1.0
    for customer in drop:
        sheet.delete_rows(rows()[customer])
    sheet.insert_rows(header + 1)
    for column, value in enumerate(
        ["099999", "Neu GmbH", "Anna Becker", "Süd", "Bau", 1000, 50000, 4.5, ""], start=1
    ):
        sheet.cell(header + 1, column).value = value
    path = tmp_path / "kunden_q4.xlsx"
    book.save(path)
    return path


def apply_through_dialog(qtbot, window, path, monkeypatch, check=None) -> UpdateDialog:
    seen = {}

    def fake_exec(dialog):
        seen["dialog"] = dialog
        if check is not None:
            check(dialog)
        return UpdateDialog.DialogCode.Accepted

    monkeypatch.setattr(UpdateDialog, "exec", fake_exec)
    with qtbot.waitSignal(window.document_opened, timeout=30_000):
        window.projects.update_from(path)
    return seen["dialog"]


def table_texts(table) -> list[list[str]]:
    return [
        [
            table.item(row, column).text() if table.item(row, column) else ""
            for column in range(table.columnCount())
        ]
        for row in range(table.rowCount())
    ]


def test_the_dialog_counts_what_its_tabs_list_and_says_why(qtbot, opened, tmp_path, monkeypatch):
    document = opened.document
    ids = document.table["customer_id"].astype(str).to_numpy()
    model = np.flatnonzero(document.result.segment == sg.MODEL)
    lower = [ids[row] for row in model[:40]]
    leaving = ids[int(np.flatnonzero(document.result.segment == sg.GROW)[0])]
    leaving_row = int(np.flatnonzero(ids == leaving)[0])
    document.edit_value(leaving_row, "notes", "Hat zur Konkurrenz gewechselt, nachfassen")
    path = newer_list(document, tmp_path, drop=[leaving], lower=lower)

    def check(dialog):
        counts = dialog.report.summary()
        changes = table_texts(dialog.changes)
        assert counts["changed"] == 40 == len({(row[0], row[1]) for row in changes})
        assert dialog.tabs.tabText(2) == "Changed values (40 customers)"
        assert "<b>40</b> with changed values" in dialog.summary.text()
        moves = table_texts(dialog.moves)
        assert (
            len(moves) == counts["moved"] and dialog.tabs.tabText(0) == f"Segment moves ({counts['moved']})"
        )
        # Why each customer moved: its own changed value, or the threshold that moved.
        for row in moves:
            assert row[6].startswith("Satisfaction") or "threshold moved from" in row[6], row
        assert any(row[1] in lower and row[6].startswith("Satisfaction 5 → 1") for row in moves)
        # Both sides of a change with the same decimals: "4.2 → 1.0", never "4.2 → 1".
        import re

        pairs = [pair for row in moves for pair in re.findall(r"([\d.,]+) → ([\d.,]+)", row[6])]
        assert any("." in before for before, _after in pairs)
        for before, after in pairs:
            assert len(before.partition(".")[2]) == len(after.partition(".")[2]), (before, after)
        unchanged = [row for row in moves if row[1] not in lower]
        assert unchanged and all("threshold moved from" in row[6] for row in unchanged)
        assert "KZI threshold moved from" in dialog.summary.text()
        # New customers are listed, not only counted.
        assert table_texts(dialog.added) == [["099999", "Neu GmbH", "Anna Becker", "GROW"]]
        assert dialog.tabs.tabText(3) == "New customers (1)"
        # The customer who left, with the note, first; the summary says notes are kept.
        gone = table_texts(dialog.gone)
        assert gone[0][1] == document.table["customer_name"].iat[leaving_row]
        assert gone[0][4] == "Hat zur Konkurrenz gewechselt, nachfassen"
        assert "<b>1</b> of the customers no longer in the list have notes" in dialog.summary.text()
        # The matrix reads from the rows to the columns, and says so.
        labels = [dialog.matrix.verticalHeaderItem(r).text() for r in range(dialog.matrix.rowCount())]
        columns = [dialog.matrix.horizontalHeaderItem(c).text() for c in range(dialog.matrix.columnCount())]
        assert (
            labels[0] == "from MODEL" and columns[1] == "to FIX" and "(from)" in dialog.matrix_caption.text()
        )

    apply_through_dialog(qtbot, opened, path, monkeypatch, check)


def test_an_update_is_one_undo_step_and_keeps_the_history(qtbot, opened, tmp_path, monkeypatch):
    document = opened.document
    name = opened.windowTitle().split("[*]")[0]
    document.edit_value(2, "notes", "Vor dem Update")
    document.edit_value(5, "revenue", 4321.0)
    ids = document.table["customer_id"].astype(str).to_numpy()
    path = newer_list(document, tmp_path, drop=[ids[7]], lower=[ids[8]])
    apply_through_dialog(qtbot, opened, path, monkeypatch)
    updated = opened.document
    assert updated is not document and len(updated) == len(document)  # one gone, one new
    # The project keeps its own name, not the newer list's.
    assert opened.windowTitle().split("[*]")[0] == name and "kunden_q4" not in opened.windowTitle()
    assert (
        opened.action("edit.undo").isEnabled()
        and "update from kunden_q4.xlsx" in opened.action("edit.undo").text()
    )
    # Ctrl+Z takes the update back: the list as it was, with the edits made before.
    opened.activateWindow()
    qtbot.waitUntil(opened.isActiveWindow)
    opened.workspace.table.setFocus()
    qtbot.keyClick(opened.workspace.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert opened.document is document
    assert document.table["notes"].iat[2] == "Vor dem Update"
    assert opened.workspace.model.rowCount() == len(document)
    # ... and the steps before it are still there, one by one.
    assert opened.action("edit.undo").isEnabled() and opened.action("edit.redo").isEnabled()
    opened.action("edit.undo").trigger()
    assert np.isnan(document.table["revenue"].iat[5]) or document.table["revenue"].iat[5] != 4321.0
    opened.action("edit.redo").trigger()
    opened.action("edit.redo").trigger()  # the update again
    assert opened.document is updated and len(opened.projects.history) == 2
    assert opened.windowTitle().split("[*]")[0] == name


def test_former_customers_keep_their_notes_findable(qtbot, opened, tmp_path, monkeypatch):
    document = opened.document
    ids = document.table["customer_id"].astype(str).to_numpy()
    document.edit_value(7, "notes", "Rahmenvertrag gekündigt")
    left = str(document.table["customer_name"].iat[7])
    path = newer_list(document, tmp_path, drop=[ids[7], ids[9]], lower=[])
    apply_through_dialog(qtbot, opened, path, monkeypatch)
    view = {action.text(): action for action in opened.menu("view").actions()}
    view["&Former customers…"].trigger()
    dialog = opened.projects.former_dialog
    qtbot.waitExposed(dialog)
    assert len(dialog.shown_customers()) == 2
    qtbot.keyClicks(dialog.filter, "rahmenvertrag")
    assert dialog.shown_customers() == [left]
    row = next(r for r in range(dialog.table.rowCount()) if not dialog.table.isRowHidden(r))
    assert dialog.table.item(row, 5).text() == "Rahmenvertrag gekündigt"
    dialog.close()


def test_an_update_keeps_the_manager_segments_search_sort_and_selection(qtbot, opened, tmp_path, monkeypatch):
    """An account manager filtered to their own customers, sorted by revenue, one
    customer chosen: after the update (and its undo) they still look at the same."""
    from tests.ui.test_periods_window import sorted_by_header

    window, workspace = opened, opened.workspace
    document = opened.document
    manager = document.managers[1]
    workspace.manager.setCurrentIndex(workspace.manager.findData(manager))  # as chosen in the box
    qtbot.mouseClick(workspace.segment_buttons[sg.MOVE], Qt.MouseButton.LeftButton)
    assert not workspace.segment_buttons[sg.MOVE].isChecked()
    revenue = workspace.model.column_of("revenue")
    sorted_by_header(qtbot, window, revenue)
    model = workspace.model
    first_key = document.keys[model.document_row(0)]
    qtbot.mouseClick(
        workspace.table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=workspace.table.visualRect(model.index(0, revenue)).center(),
    )
    assert workspace.state.selected_keys == (first_key,)
    ids = document.table["customer_id"].astype(str).to_numpy()
    path = newer_list(document, tmp_path, drop=[ids[7]], lower=[ids[8]])
    header = workspace.table.horizontalHeader()
    order = header.sortIndicatorOrder()

    def looks_the_same(shown) -> None:
        assert window.document is shown and workspace.model.document is shown
        assert workspace.manager.currentData() == manager and workspace.state.manager == manager
        assert not workspace.segment_buttons[sg.MOVE].isChecked()
        rows = [workspace.model.document_row(v) for v in range(workspace.model.rowCount())]
        managers = shown.table["account_manager"].to_numpy()[rows]
        assert len(rows) and set(managers.tolist()) == {manager}
        assert sg.MOVE not in set(shown.result.segment[rows].tolist())
        assert header.sortIndicatorSection() == workspace.model.column_of("revenue")
        assert header.sortIndicatorOrder() == order
        values = shown.table["revenue"].to_numpy()[rows]
        values = values[~np.isnan(values)]
        step = np.diff(values)
        assert (step >= 0).all() or (step <= 0).all()
        assert workspace.state.selected_keys == (first_key,)
        selected = workspace.table.selectionModel().selectedRows()
        assert [shown.keys[workspace.model.document_row(i.row())] for i in selected] == [first_key]

    apply_through_dialog(qtbot, window, path, monkeypatch)
    updated = window.document
    assert updated is not document
    looks_the_same(updated)
    window.action("edit.undo").trigger()  # the update taken back
    looks_the_same(document)
    window.action("edit.redo").trigger()
    looks_the_same(updated)


def test_undoing_an_update_keeps_the_note_of_the_customer_shown_and_its_redo(
    qtbot, opened, tmp_path, monkeypatch
):
    """The customer panel shows a customer with a note through an update and its undo:
    its note stays its own, no other customer gets it, and no step is added (which
    would take Redo away).  The newer list has a new customer on top, so every row is
    another customer in the other document."""
    window, workspace, notes = opened, opened.workspace, opened.notes
    document = opened.document
    model = workspace.model
    name_column = model.column_of("customer_name")

    def click_customer(key: str) -> None:
        shown = window.document
        table = workspace.model
        view = next(v for v in range(table.rowCount()) if shown.keys[table.document_row(v)] == key)
        index = table.index(view, name_column)
        workspace.table.scrollTo(index)
        place = workspace.table.visualRect(index).center()
        qtbot.mouseClick(workspace.table.viewport(), Qt.MouseButton.LeftButton, pos=place)
        assert notes.row is not None and shown.keys[notes.row] == key

    key = document.keys[2]  # before the customer the newer list drops: a row further down there
    click_customer(key)
    notes.note.setFocus()
    qtbot.keyClicks(notes.note, "Rabatt im Maerz, Meier & Co.")
    workspace.table.setFocus()  # leaving the note writes it
    written = "Rabatt im Maerz, Meier & Co."
    qtbot.waitUntil(lambda: document.table["notes"].iat[document.keys.row(key)] == written)
    before = document.table["notes"].copy()
    ids = document.table["customer_id"].astype(str).to_numpy()
    path = newer_list(document, tmp_path, drop=[ids[7]], lower=[ids[8]])
    apply_through_dialog(qtbot, window, path, monkeypatch)
    updated = window.document
    assert updated.keys.row(key) != document.keys.row(key)  # the rows moved
    updated_notes = updated.table["notes"].copy()
    assert updated_notes.iat[updated.keys.row(key)] == "Rabatt im Maerz, Meier & Co."
    click_customer(key)
    steps = len(updated.undo_stack)
    window.action("edit.undo").trigger()  # the update taken back
    assert window.document is document
    assert document.table["notes"].equals(before)  # no note written into another customer
    assert notes.document is document and document.keys[notes.row] == key
    assert notes.note.toPlainText() == "Rabatt im Maerz, Meier & Co."
    assert window.action("edit.redo").isEnabled() and len(document.undo_stack) == steps
    window.action("edit.redo").trigger()
    assert window.document is updated and updated.table["notes"].equals(updated_notes)
    assert notes.document is updated and updated.keys[notes.row] == key


def test_each_move_is_as_high_as_its_why_once_the_dialog_shows(qtbot, opened, tmp_path, monkeypatch):
    """The moves' rows were measured while the dialog was built (the *Why* column a few
    pixels wide): 155 pixels each, three moves to a laptop's screen."""
    document = opened.document
    ids = document.table["customer_id"].astype(str).to_numpy()
    model = np.flatnonzero(document.result.segment == sg.MODEL)
    path = newer_list(document, tmp_path, drop=[], lower=[ids[row] for row in model[:30]])
    seen = {}

    def shown(dialog):
        dialog.show()
        qtbot.waitExposed(dialog)
        moves, why = dialog.moves, 6
        metrics = moves.fontMetrics()
        qtbot.waitUntil(lambda: moves.rowHeight(0) < 4 * metrics.lineSpacing())
        assert moves.rowCount() >= 30
        for row in range(moves.rowCount()):
            text = moves.item(row, why).text()
            lines = -(-metrics.horizontalAdvance(text) // max(moves.columnWidth(why) - 8, 1))
            assert lines * metrics.lineSpacing() <= moves.rowHeight(row), text
            assert moves.rowHeight(row) <= (lines + 1) * metrics.lineSpacing() + 8, text
        seen["rows"] = moves.rowCount()
        return UpdateDialog.DialogCode.Rejected

    monkeypatch.setattr(UpdateDialog, "exec", shown)
    opened.projects.update_from(path)
    qtbot.waitUntil(lambda: "rows" in seen, timeout=30_000)


def test_movement_lines_follow_the_search_and_the_segments_shown(qtbot, opened, tmp_path, monkeypatch):
    """After an update the chart draws where customers moved; searched down to one
    customer, only its line stays (hundreds were a blur), and a hidden segment's
    customers draw none."""
    document = opened.document
    ids = document.table["customer_id"].astype(str).to_numpy()
    model_rows = np.flatnonzero(document.result.segment == sg.MODEL)
    path = newer_list(document, tmp_path, drop=[], lower=[ids[row] for row in model_rows[:30]])
    apply_through_dialog(qtbot, opened, path, monkeypatch)
    workspace, chart = opened.workspace, opened.workspace.chart
    assert opened.action("view.movements").isChecked()
    everyone = chart.movement_lines()
    assert everyone >= 30
    updated = opened.document
    moved = str(ids[model_rows[0]])
    row = int(np.flatnonzero(updated.table["customer_id"] == moved)[0])
    name = str(updated.table["customer_name"].iat[row])
    workspace.search.setText(name)
    qtbot.waitUntil(lambda: workspace.state.search == name)
    assert 1 <= chart.movement_lines() < everyone
    workspace.search.clear()
    qtbot.waitUntil(lambda: chart.movement_lines() == everyone)
    # The customers that fell from MODEL are FIX or MOVE now: hiding those segments hides their lines.
    for segment in (sg.FIX, sg.MOVE):
        qtbot.mouseClick(workspace.segment_buttons[segment], Qt.MouseButton.LeftButton)
    assert chart.movement_lines() < everyone - 20
