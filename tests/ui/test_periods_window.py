"""Periods in the window (PRODUCT.md §8, issue 22): the period selector on the chart,
past periods read-only, renaming, trails of the selected customers, the table's columns
over the periods — driven as a person does, on yearly lists whose truth is known
(``tests/core/period_lists.py``: SoW 40 %, KZI 60 fixed)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication

from segmenter_app.core.model import segmentation as sg
from segmenter_app.ui.dialogs.import_dialog import ImportDialog
from segmenter_app.ui.dialogs.update_dialog import UpdateDialog
from segmenter_app.ui.widgets.period_bar import PeriodNameDialog
from tests.core.period_lists import SOW_THRESHOLD, TRUTH, YEARS, write_year
from tests.ui.conftest import chart_point, drag, open_list

FIXED = sg.Thresholds(sow=sg.Threshold("fixed", SOW_THRESHOLD), kzi=sg.Threshold("fixed", 60.0))


def add_period(qtbot, window, path: Path, monkeypatch) -> None:
    """File ▸ Update customer data from a newer list, the dialog applied."""
    monkeypatch.setattr(UpdateDialog, "exec", lambda dialog: UpdateDialog.DialogCode.Accepted)
    with qtbot.waitSignal(window.document_opened, timeout=30_000):
        window.projects.update_from(path)


@pytest.fixture
def three_years(qtbot, window, tmp_path, monkeypatch):
    """2024, 2025 and 2026 as three periods, read with the fixed thresholds."""
    # "KZI (1-5)" does not say which end is best: the import dialog asks, OK takes 5.
    monkeypatch.setattr(ImportDialog, "exec", lambda dialog: ImportDialog.DialogCode.Accepted)
    open_list(qtbot, window, write_year(tmp_path, 2024))
    window.document.set_thresholds(FIXED)
    for year in (2025, 2026):
        add_period(qtbot, window, write_year(tmp_path, year), monkeypatch)
    return window


def sorted_by_header(qtbot, window, column: int) -> list[str]:
    """Click ``column``'s header, as a person sorts: the column's texts in the new order."""
    model, header = window.workspace.model, window.workspace.table.horizontalHeader()
    place = QPoint(header.sectionViewportPosition(column) + 5, 5)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=place)
    return [model.data(model.index(v, column)) for v in range(model.rowCount())]


def table_column(window, key: str) -> dict[str, str]:
    """customer key → the text of a column in the table, as shown."""
    model = window.workspace.model
    column = model.column_of(key)
    keys = model.document.keys
    return {
        keys[model.document_row(view)]: model.data(model.index(view, column))
        for view in range(model.rowCount())
    }


def test_the_selector_shows_a_past_period_in_chart_table_and_team_view(qtbot, three_years):
    window = three_years
    bar = window.workspace.period_bar
    assert bar.isVisible() and bar.labels == ["2024", "2025", "2026"]
    assert bar.selector.currentText() == "2026 (current)"
    current = window.document
    # A click on ◀ shows 2025: the chart, the table and the Team view take its customers.
    qtbot.mouseClick(bar.previous, Qt.MouseButton.LeftButton)
    shown = window.period_view.periods.document_of(1)
    assert window.period_view.shown_index == 1 and shown is not current
    assert window.workspace.document is shown and window.workspace.model.document is shown
    assert window.workspace.chart.document is shown and window.team.document is shown
    assert window.document is current  # edits and outputs stay with the current period
    assert window.workspace.model.rowCount() == len(shown) == 9
    assert "K07" in table_column(window, "customer_name")  # new in 2025
    # The chart drew 2025's customers into the artists it had: a blit, no full redraw.
    chart = window.workspace.chart
    draws = chart.draw_count
    bar.choose(0)
    assert window.workspace.document is window.period_view.periods.document_of(0)
    assert chart.draw_count == draws
    assert sorted(window.team.model.figures(r).name for r in range(window.team.model.rowCount() - 1)) == [
        "Anna",
        "Ben",
    ]
    assert "read-only" in bar.state.text()
    # Where the sentence does not fit, it says "read-only" (never "p…"); the whole
    # sentence stays in the tooltip.
    state = bar.state
    sentence = state.text()
    state.resize(state.fontMetrics().horizontalAdvance(sentence) + 10, state.height())
    assert state.shown_text() == sentence
    state.resize(state.fontMetrics().horizontalAdvance("read-only") + 10, state.height())
    assert state.shown_text() == "read-only" and state.toolTip() == sentence
    # ▶ twice: the current period again, editable.
    qtbot.mouseClick(bar.next, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(bar.next, Qt.MouseButton.LeftButton)
    assert window.workspace.document is current and bar.state.text() == ""


def test_a_past_period_refuses_edits_with_a_clear_word(qtbot, three_years):
    window = three_years
    window.workspace.period_bar.choose(1)
    past = window.workspace.document
    model, table = window.workspace.model, window.workspace.table
    # A click on a revenue cell and F2 (or typing): no editor, the status bar says why.
    view = model.view_row(past.keys.row("K01"))
    index = model.index(view, model.column_of("revenue"))
    table.scrollTo(index)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center())
    qtbot.keyClick(table, Qt.Key.Key_F2)
    message = window.statusBar().currentMessage()
    assert "2025 is a past period" in message and "2026" in message
    assert table.state() != table.State.EditingState
    window.statusBar().clearMessage()
    qtbot.keyClicks(table, "5")
    assert "2025 is a past period" in window.statusBar().currentMessage()
    assert table.state() != table.State.EditingState
    # Dragging the KZI line of a past period moves nothing.
    chart = window.workspace.chart
    window.statusBar().clearMessage()
    before = past.resolved_thresholds()
    drag(qtbot, chart, chart_point(chart, 80, 60), chart_point(chart, 80, 30))
    assert past.resolved_thresholds() == before
    assert "2025 is a past period" in window.statusBar().currentMessage()
    # The customer panel reads, never writes.
    window.workspace.select_rows(np.array([past.keys.row("K01")]))
    notes = window.notes
    assert notes.read_only_label.isVisible() and notes.note.isReadOnly()
    assert not notes.pin.isEnabled() and not notes.actions.status.isEnabled()
    assert not window.thresholds.kzi.isEnabled() and not window.team.capacity.isEnabled()


def test_the_selection_and_filters_stay_when_the_period_changes(qtbot, three_years):
    window = three_years
    workspace = window.workspace
    current = window.document
    workspace.state.select_keys(["K01", "K08"])
    workspace.state.set_manager("Ben")
    assert workspace.state.selected_keys == ("K08",)  # Anna's K01 left the filter
    workspace.state.set_manager(None)
    workspace.state.select_keys(["K01", "K03"])
    workspace.period_bar.choose(0)
    past = workspace.document
    assert set(past.keys.array[workspace.state.selection].tolist()) == {"K01", "K03"}
    rows = {
        past.keys[workspace.model.document_row(i.row())]
        for i in workspace.table.selectionModel().selectedRows()
    }
    assert rows == {"K01", "K03"}
    workspace.period_bar.choose(2)
    assert workspace.document is current
    assert set(current.keys.array[workspace.state.selection].tolist()) == {"K01", "K03"}


def test_renaming_a_period_is_one_undo_step(qtbot, three_years):
    window = three_years
    bar = window.workspace.period_bar
    bar.choose(1)

    def type_name():
        dialog = next(
            w for w in QApplication.topLevelWidgets() if isinstance(w, PeriodNameDialog) and w.isVisible()
        )
        dialog.field.clear()
        qtbot.keyClicks(dialog.field, "GJ 2025-26")
        qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, type_name)
    qtbot.mouseClick(bar.rename, Qt.MouseButton.LeftButton)
    assert bar.labels == ["2024", "GJ 2025-26", "2026"]
    assert bar.selector.currentText() == "GJ 2025-26" and window.period_view.shown_index == 1
    assert "GJ 2025-26" in window.action("edit.undo").text()
    window.action("edit.undo").trigger()
    assert bar.labels == ["2024", "2025", "2026"] and window.period_view.shown_index == 1
    window.action("edit.redo").trigger()
    assert bar.labels[1] == "GJ 2025-26"


def test_the_table_says_who_moved_since_the_period_before(qtbot, three_years):
    window = three_years
    window.workspace.period_bar.choose(1)  # 2025, against 2024
    trend = table_column(window, "trend")
    before = table_column(window, "segment_before")
    marks = {"improved": "▲", "worsened": "▼", "changed": "↔", "unchanged": "=", "new": "new"}
    for key, movement in TRUTH["movement"].items():
        assert trend[key] == marks[movement], key
    for key, segment in TRUTH["segment_2024"].items():
        if key in before:
            assert before[key].endswith(segment), key
    sow = table_column(window, "delta_sow")
    assert sow["K01"] == "+30.0" and sow["K07"] == ""  # 20 % → 50 %; new
    model = window.workspace.model
    column = model.column_of("trend")
    view = model.view_row(window.workspace.document.keys.row("K04"))
    tip = model.data(model.index(view, column), Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("changed: GROW → FIX")
    assert "pp" in model.headerData(model.column_of("delta_sow"), Qt.Orientation.Horizontal)
    assert model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    # Sorted by the trend: improved first, new last.
    texts = sorted_by_header(qtbot, window, column)
    assert texts[0] == "▲" and texts[-1] == "new"
    # The first period has no period before it: the columns are hidden.
    window.workspace.period_bar.choose(0)
    assert window.workspace.table.isColumnHidden(window.workspace.model.column_of("trend"))


def test_trails_follow_the_selection_through_every_period(qtbot, three_years):
    window = three_years
    workspace, chart = window.workspace, window.workspace.chart
    document = window.document
    row = int(document.keys.row("K01"))
    # A click on K01 in the chart: its trail through 2024, 2025, 2026.
    x, y = document.prepared.sow[row] * 100, document.prepared.kzi[row]
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=chart_point(chart, x, y))
    assert workspace.state.selected_keys == ("K01",)
    assert chart.trail_count() == 1
    points = {tuple(np.round(p, 3)) for p in chart.trail_points()}
    assert (20.0, 87.5) in points and (50.0, 87.5) in points and (50.0, 25.0) in points
    labels = sorted(label.text() for label in chart.trail_labels())
    assert labels == ["2024", "2025", "2026"]
    # Another period shown: the same trail.
    workspace.period_bar.choose(0)
    assert chart.trail_count() == 1 and len(chart.trail_points()) == 3
    # Nothing selected: no trail.
    workspace.state.select([])
    assert chart.trail_count() == 0 and chart.trail_labels() == []


def open_history(qtbot, window):
    """View ▸ History…, as the menu triggers it."""
    window.action("view.history").trigger()
    dialog = window.period_view.history_dialog
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def cell_texts(table) -> list[list[str]]:
    return [
        [
            table.item(row, column).text() if table.item(row, column) else ""
            for column in range(table.columnCount())
        ]
        for row in range(table.rowCount())
    ]


def test_the_history_view_shows_who_moved_and_whether_it_worked(qtbot, three_years):
    window = three_years
    dialog = open_history(qtbot, window)
    # Periods: one row each, the customers and segments of each list.
    rows = cell_texts(dialog.per_period)
    assert [row[0] for row in rows] == ["2024", "2025", "2026 (current)"]
    assert [row[1] for row in rows] == ["9", "9", "7"]
    assert rows[0][2:7] == ["3", "1", "2", "3", "0"]  # 2024: MODEL K03 K06 K09, FIX K02 …
    # Who moved: 2025 → 2026 at first (the last two); the user chooses 2024 → 2025.
    assert dialog.moved_between() == (1, 2)
    dialog.moved_from.setCurrentIndex(0)
    dialog.moved_to.setCurrentIndex(1)
    summary = dialog.moved_summary.text()
    assert "3 improved, 1 worsened, 1 changed" in summary and "2 unchanged; 2 new, 2 no longer" in summary
    matrix = cell_texts(dialog.matrix)
    # rows: the segment in 2024; columns MODEL FIX GROW MOVE unclassified, gone
    assert matrix[0][1:] == ["0", "1", "0", "0", "0", "2"]  # K03 MODEL → FIX; K06, K09 gone
    assert matrix[1][1:3] == ["1", "0"]  # K02 FIX → MODEL
    assert matrix[2][1:4] == ["1", "1", "0"]  # K01 GROW → MODEL, K04 GROW → FIX
    assert matrix[3][3:5] == ["1", "2"]  # K08 MOVE → GROW; K05 and the one without id stay
    assert matrix[5][0] == "New in 2025" and matrix[5][1:4] == ["1", "0", "1"]  # K90 MODEL, K07 GROW
    # Did it work: 2024 → 2025 chosen; everyone visited as planned improved, nobody visited less.
    dialog.tabs.setCurrentIndex(2)
    dialog.pair.setCurrentIndex(0)
    finding = dialog.finding.text()
    assert "improved more often: 100 % against 0 %" in finding
    assert "association in the team's own data, not proof" in finding
    visits = {(row[0], row[1]): row for row in cell_texts(dialog.by_visits)}
    assert visits[("GROW", "as planned")][2:4] == ["1", "1"]  # K01, improved
    assert visits[("GROW", "less than planned")][2:4] == ["1", "0"]  # K04 changed
    assert visits[("GROW", "less than planned")][6] == "1"
    assert visits[("MOVE", "unknown")][2] == "1"  # K05 without visits written
    assert visits[("MOVE", "all")][2] == "3"
    bars = {bar[0]: bar[1:] for bar in dialog.picture_bars(window.period_view.periods.effect(0))}
    assert bars["GROW"] == (1.0, 1, 0.0, 1) and bars["MOVE"] == (1.0, 1, 0.0, 1)
    assert dialog.by_action.rowCount() == 12  # per segment: done, none done, all
    # It fits the laptop's screen.
    assert dialog.width() <= 1366 and dialog.height() <= 728


def test_the_history_follows_a_threshold_moved_and_a_period_added(qtbot, three_years, tmp_path, monkeypatch):
    window = three_years
    dialog = open_history(qtbot, window)
    assert cell_texts(dialog.per_period)[2][2] == "4"  # 2026: MODEL K02 K03 K07 K90
    # The KZI line of the current period moved up to 90: nobody stays MODEL.
    window.document.set_thresholds(sg.Thresholds(sow=FIXED.sow, kzi=sg.Threshold("fixed", 90.0)))
    qtbot.waitUntil(lambda: cell_texts(dialog.per_period)[2][2] == "0")
    # An earlier list through File ▸ Add an earlier list… (the file dialog answered).
    from PySide6.QtWidgets import QFileDialog

    earlier = write_year(tmp_path, 2024, name="Kunden 2023.xlsx")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(earlier), ""))
    window.action("file.add_earlier").trigger()
    qtbot.waitUntil(lambda: len(window.period_view.periods) == 4, timeout=30_000)
    assert window.workspace.period_bar.labels == ["2023", "2024", "2025", "2026"]
    qtbot.waitUntil(lambda: dialog.per_period.rowCount() == 4)
    assert cell_texts(dialog.per_period)[0][0] == "2023"
    assert dialog.pair.count() == 3 and dialog.pair.itemText(0) == "2023 → 2024"
    assert "2023" in window.statusBar().currentMessage()
    # Edit ▸ Undo takes the earlier list back; the file the project is stays as it was.
    path = window.projects.session.project_path
    assert "2023" in window.action("edit.undo").text()
    window.action("edit.undo").trigger()
    qtbot.waitUntil(lambda: dialog.per_period.rowCount() == 3)
    assert window.workspace.period_bar.labels == ["2024", "2025", "2026"]
    assert window.projects.session.project_path == path


def test_the_history_speaks_german(qtbot, three_years):
    window = three_years
    window.set_language("de")
    dialog = open_history(qtbot, window)
    assert dialog.windowTitle() == "Verlauf der Perioden"
    assert [dialog.tabs.tabText(i) for i in range(3)] == [
        "Perioden",
        "Wer hat sich bewegt",
        "Hat es gewirkt?",
    ]
    dialog.tabs.setCurrentIndex(2)
    dialog.pair.setCurrentIndex(0)
    assert "kein Beweis" in dialog.finding.text()
    assert cell_texts(dialog.per_period)[2][0] == "2026 (aktuell)"


# --------------------------------------------------------------------------- issue 27, window


def two_years_through_the_dialog(qtbot, window, tmp_path, monkeypatch, check):
    """2024 opened, then 2025 added through the update dialog, ``check`` run on it shown."""
    monkeypatch.setattr(ImportDialog, "exec", lambda dialog: ImportDialog.DialogCode.Accepted)
    open_list(qtbot, window, write_year(tmp_path, 2024))
    window.document.set_thresholds(FIXED)
    seen = {}

    def shown(dialog):
        dialog.show()
        qtbot.waitExposed(dialog)
        seen["checked"] = check(dialog)
        return UpdateDialog.DialogCode.Accepted

    monkeypatch.setattr(UpdateDialog, "exec", shown)
    with qtbot.waitSignal(window.document_opened, timeout=30_000):
        window.projects.update_from(write_year(tmp_path, 2025))
    return seen


def test_the_update_dialog_counts_values_and_renames_apart_and_says_each_alerts_rule(
    qtbot, window, tmp_path, monkeypatch
):
    def check(dialog):
        # Alpha (revenue), Beta, Gamma (satisfaction), Delta (both), Neu GmbH (satisfaction):
        # 6 values of 5 customers; Alt GmbH → Neu GmbH is a rename, on a tab of its own.
        assert dialog.tabs.tabText(2) == "Changed values (6 values of 5 customers)"
        assert dialog.changes.rowCount() == 6
        assert "<b>5</b> with changed values" in dialog.summary.text()
        assert "In all, the newer list changes 6 values." in dialog.summary.text()
        assert "<b>1</b> renamed" in dialog.summary.text()
        assert dialog.tabs.isTabVisible(6) and dialog.tabs.tabText(6) == "Renamed (1)"
        assert table_rows(dialog.renamed) == [["K08", "Alt GmbH", "Neu GmbH"]]
        # Gamma went MODEL → FIX: an alert, and the mark says by which rule.
        row = next(r for r in range(dialog.moves.rowCount()) if dialog.moves.item(r, 1).text() == "K03")
        assert dialog.moves.item(row, 0).text() == "⚠"
        assert dialog.moves.item(row, 0).toolTip().startswith("Into FIX")
        assert "MODEL → MOVE" in dialog.moves.horizontalHeaderItem(0).toolTip()
        # The unclassified row and column have words of their own.
        assert dialog.matrix.verticalHeaderItem(4).text() == "from unclassified"
        assert dialog.matrix.horizontalHeaderItem(4).text() == "to unclassified"
        return True

    seen = two_years_through_the_dialog(qtbot, window, tmp_path, monkeypatch, check)
    assert seen["checked"]


def table_rows(table) -> list[list[str]]:
    return cell_texts(table)


def test_the_update_dialog_fits_the_laptop_with_every_tab_and_why_readable_in_german(
    qtbot, window, tmp_path, monkeypatch
):
    window.set_language("de")

    def check(dialog):
        frame = dialog.frameGeometry()
        assert frame.width() <= 1366 and frame.height() <= 728
        # Every tab's title in view: the tab bar needs no scroll arrows.
        bar = dialog.tabs.tabBar()
        assert bar.sizeHint().width() <= dialog.tabs.width()
        assert all(bar.tabRect(i).right() <= bar.width() for i in range(bar.count()) if bar.isTabVisible(i))
        # Each move's Why ends inside the table and wraps instead of being cut.
        moves = dialog.moves
        why = 6
        assert moves.columnViewportPosition(why) + moves.columnWidth(why) <= moves.viewport().width()
        metrics = moves.fontMetrics()
        # ... once the column has its width (measured before, every row was many lines
        # high: three moves to a laptop's screen).
        qtbot.waitUntil(lambda: moves.rowHeight(0) < 4 * metrics.lineSpacing())
        for row in range(moves.rowCount()):
            text = moves.item(row, why).text()
            lines = -(-metrics.horizontalAdvance(text) // max(moves.columnWidth(why) - 8, 1))
            assert moves.rowHeight(row) >= lines * metrics.lineSpacing(), text
            assert moves.rowHeight(row) <= (lines + 1) * metrics.lineSpacing() + 8, text
        assert dialog.matrix.verticalHeaderItem(4).text() != "von ohne Segment"
        # The values the newer list changed, never "Sie haben … geänderte Werte" (you?).
        assert "Insgesamt ändert die neuere Liste 6 Werte." in dialog.summary.text()
        return True

    seen = two_years_through_the_dialog(qtbot, window, tmp_path, monkeypatch, check)
    assert seen["checked"]


def test_the_search_says_when_former_customers_match_and_opens_them(qtbot, window, tmp_path, monkeypatch):
    window.set_language("de")
    # 2024's Zeta GmbH (K06, note "Rahmenvertrag") is no longer in 2025's list.
    two_years_through_the_dialog(qtbot, window, tmp_path, monkeypatch, lambda dialog: True)
    workspace = window.workspace
    qtbot.keyClicks(workspace.search, "Rahmenvertrag")
    qtbot.waitUntil(lambda: workspace.state.search == "Rahmenvertrag")
    assert len(workspace.state.found_rows()) == 0
    hint = workspace.former_hint
    qtbot.waitUntil(hint.isVisible)
    assert "1 ehemaliger Kunde" in hint.text()
    qtbot.mouseClick(
        hint,
        Qt.MouseButton.LeftButton,
        pos=QPoint(hint.fontMetrics().averageCharWidth() * 2, hint.height() // 2),
    )
    dialog = window.projects.former_dialog
    qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible())
    assert dialog.filter.text() == "Rahmenvertrag" and dialog.shown_customers() == ["Zeta GmbH"]
    row = next(r for r in range(dialog.table.rowCount()) if not dialog.table.isRowHidden(r))
    # The day it left, as the app writes dates in German; the note whole in its tooltip.
    day = dialog.table.item(row, 0).text()
    assert len(day) == 10 and day[2] == day[5] == "." and day[6:].isdigit()
    assert dialog.table.item(row, 5).toolTip() == "Rahmenvertrag"
    # A search that finds no former customer says nothing of them.
    workspace.search.clear()
    qtbot.keyClicks(workspace.search, "Alpha")
    qtbot.waitUntil(lambda: workspace.state.search == "Alpha")
    assert not hint.isVisible()


def test_undo_and_redo_of_a_period_added_never_change_the_projects_file(qtbot, window, tmp_path, monkeypatch):
    """Issue 27 for adding a period: apply, save, undo, save under another name, redo,
    Ctrl+S — only the file the user chose last is written; the movement lines shown
    after Apply are the same after Redo."""
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(ImportDialog, "exec", lambda dialog: ImportDialog.DialogCode.Accepted)
    open_list(qtbot, window, write_year(tmp_path, 2024))
    window.document.set_thresholds(FIXED)
    project_a, project_b = tmp_path / "projA.segmenter", tmp_path / "projA_undo.segmenter"
    chosen = [project_a]
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(chosen[0]), ""))
    window.action("file.save_as").trigger()
    assert project_a.exists()
    add_period(qtbot, window, write_year(tmp_path, 2025), monkeypatch)
    movements = window.action("view.movements")
    chart = window.workspace.chart
    assert movements.isChecked()  # Apply shows where the customers moved
    lines = chart.movement_lines()
    assert lines > 0
    window.action("edit.undo").trigger()
    assert len(window.period_view.periods) == 1
    chosen[0] = project_b
    window.action("file.save_as").trigger()
    written_a = project_a.stat().st_mtime_ns
    window.action("edit.redo").trigger()
    assert window.workspace.period_bar.labels == ["2024", "2025"]
    assert "projA_undo" in window.windowTitle() and window.projects.session.project_path == project_b
    window.action("file.save").trigger()
    assert project_a.stat().st_mtime_ns == written_a  # the file the user left is never written
    from segmenter_app.core.projects.project import open_project

    assert open_project(project_b).periods.labels == ["2024", "2025"]
    assert movements.isChecked() and chart.movement_lines() == lines  # as after Apply


def test_a_project_opens_before_the_period_before_is_read_and_its_trend_fills_in_right(
    qtbot, three_years, tmp_path, monkeypatch
):
    """Issue 22's speed: opening a project never waits for the period before the current
    one to be read (it is read in the worker).  Until it is, the history columns are
    shown, titled, and say "…" — never another period's values; then they fill in with
    who moved, and a table sorted by the trend sorts again."""
    import threading

    from PySide6.QtWidgets import QFileDialog

    from segmenter_app.ui.table.model import PENDING
    from segmenter_app.ui.window import period_view

    window = three_years
    project = tmp_path / "three.segmenter"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(project), ""))
    window.action("file.save_as").trigger()
    window.workspace.period_bar.choose(2)
    expected = table_column(window, "trend")  # 2026 against 2025, worked out before saving
    assert set(expected.values()) - {PENDING, ""}
    gate = threading.Event()
    build = period_view.build_past_periods

    def held_build(*args, **kwargs):
        gate.wait(30)
        return build(*args, **kwargs)

    monkeypatch.setattr(period_view, "build_past_periods", held_build)
    with qtbot.waitSignal(window.document_opened, timeout=30_000):
        window.open_file(project)
    periods = window.period_view.periods
    assert not periods[1].built  # 2025 is still only in the file: nothing waited for it
    model, table = window.workspace.model, window.workspace.table
    column = model.column_of("trend")
    assert not table.isColumnHidden(column)
    assert model.headerData(column, Qt.Orientation.Horizontal)
    assert set(table_column(window, "trend").values()) == {PENDING}
    header = table.horizontalHeader()
    qtbot.mouseClick(
        header.viewport(),
        Qt.MouseButton.LeftButton,
        pos=QPoint(header.sectionViewportPosition(column) + 5, 5),
    )
    gate.set()
    rank = {"▲": 0, "↔": 1, "=": 2, "▼": 3, "new": 4}

    def shown() -> list:
        return [model.data(model.index(v, column)) for v in range(model.rowCount())]

    # The values can be read a moment before the worker's word reaches the table, which
    # then sorts again: wait for both (a table that never sorts again fails here).
    qtbot.waitUntil(lambda: PENDING not in shown(), timeout=30_000)
    assert table_column(window, "trend") == expected
    qtbot.waitUntil(lambda: [rank[t] for t in shown()] == sorted(rank[t] for t in shown()), timeout=10_000)
    texts = shown()
    assert texts[0] == "▲" and texts[-1] == "▼"
    qtbot.waitUntil(lambda: not window.period_view.building, timeout=30_000)


def test_a_period_switch_blits_the_chart_once_and_a_folded_team_view_draws_nothing(qtbot, three_years):
    """A switch draws the chart once (its parts batched into one blit, no full redraw,
    the bar's read-only words never widen it); the Team view's picture is not drawn
    while the view is folded, is drawn when it unfolds, and a picture seen before is
    copied back, not drawn again."""
    from segmenter_app.ui.widgets.collapsible_dock import set_folded

    window = three_years
    bar, chart, canvas = window.workspace.period_bar, window.workspace.chart, window.team.canvas
    window.workspace.state.select([0, 1])  # trails too
    qtbot.waitUntil(lambda: not window.period_view.building, timeout=30_000)
    bar.choose(2)
    QApplication.processEvents()
    draws = chart.draw_count
    for index in (1, 0, 1, 2):
        blits = chart.blit_count
        bar.choose(index)
        assert chart.blit_count == blits + 1, index
    QApplication.processEvents()
    assert chart.draw_count == draws
    # Folded: no picture drawn for any switch; unfolded: the period shown is drawn.
    set_folded(window, window.team_dock, True)
    QApplication.processEvents()
    pictures = canvas.draw_count
    for index in (1, 0, 1):
        bar.choose(index)
        QApplication.processEvents()
    assert canvas.draw_count == pictures
    set_folded(window, window.team_dock, False)
    qtbot.waitUntil(lambda: canvas.draw_count == pictures + 1, timeout=10_000)
    # Back to a period whose picture was drawn at this size: copied back, not drawn.
    bar.choose(0)
    qtbot.waitUntil(lambda: canvas.draw_count == pictures + 2, timeout=10_000)
    bar.choose(1)
    QApplication.processEvents()
    QApplication.processEvents()
    assert canvas.draw_count == pictures + 2


def test_a_customer_unclassified_in_a_period_is_not_judged_and_its_trend_sorts(
    qtbot, window, tmp_path, monkeypatch
):
    """A customer without a KZI in the newer list has no segment there: its trend is
    not judged (an empty mark, a tooltip that says why), and sorting by the trend puts
    it last instead of failing."""
    monkeypatch.setattr(ImportDialog, "exec", lambda dialog: ImportDialog.DialogCode.Accepted)
    open_list(qtbot, window, write_year(tmp_path, 2025))
    window.document.set_thresholds(FIXED)
    rows = [list(row) for row in YEARS[2026]]
    rows[1][5] = None  # K02 Beta AG: no KZI in 2026
    add_period(qtbot, window, write_year(tmp_path, 2026, rows), monkeypatch)
    model = window.workspace.model
    column = model.column_of("trend")
    view = model.view_row(window.workspace.document.keys.row("K02"))
    assert model.data(model.index(view, column)) == ""
    tip = model.data(model.index(view, column), Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("not judged")
    texts = sorted_by_header(qtbot, window, column)
    assert texts[0] == "▲" and texts[-1] == "", texts
    assert model.document_row(model.rowCount() - 1) == window.workspace.document.keys.row("K02")


def test_the_columns_over_the_period_before_are_as_wide_as_their_words(qtbot, three_years):
    """Shown when the second period came (hidden and 0 wide before): each column as wide
    as its header and its values, never "■ …" or "+1…"."""
    from PySide6.QtGui import QFontMetrics

    window = three_years
    table, model = window.workspace.table, window.workspace.model
    header = table.horizontalHeader()
    metrics = QFontMetrics(header.font())
    for key in ("trend", "segment_before", "delta_sow", "delta_kzi"):
        column = model.column_of(key)
        assert not table.isColumnHidden(column)
        title = str(model.headerData(column, Qt.Orientation.Horizontal))
        assert header.sectionSize(column) >= metrics.horizontalAdvance(title) + 20, key
        texts = [model.data(model.index(row, column)) or "" for row in range(model.rowCount())]
        widest = max(table.fontMetrics().horizontalAdvance(text) for text in texts)
        assert header.sectionSize(column) >= widest + 10, (key, texts)


def test_switching_periods_never_writes_a_note_into_another_customer(qtbot, three_years):
    """The customer panel shows a customer with a note while the periods switch: the
    note stays its own (the panel once took the past period's customer in the same row
    for this one and wrote that one's empty note over it)."""
    window = three_years
    current, notes, bar = window.document, window.notes, window.workspace.period_bar
    past = window.period_view.periods.document_of(0)
    key = next(
        k for k in current.keys if k in past.keys and past.keys.row(k) != current.keys.row(k)
    )
    window.workspace.state.select_keys([key])
    assert notes.row == current.keys.row(key)
    notes.note.setFocus()
    qtbot.keyClicks(notes.note, "Termin im Mai")
    window.workspace.table.setFocus()  # leaving the note writes it
    qtbot.waitUntil(lambda: current.table["notes"].iat[current.keys.row(key)] == "Termin im Mai")
    before, steps = current.table["notes"].copy(), len(current.undo_stack)
    for index in (0, 1, 2, 0, 2):
        bar.choose(index)
        shown = window.period_view.periods.document_of(index)
        assert notes.document is shown and shown.keys[notes.row] == key
    assert notes.note.toPlainText() == "Termin im Mai"
    assert current.table["notes"].equals(before) and len(current.undo_stack) == steps


def test_a_narrow_german_chart_pane_still_says_read_only(qtbot, three_years):
    """German on a laptop: "Periode:", "Umbenennen…" and the selector left the past
    period's notice "n…"; the caption gives its room, and takes it back when wide."""
    window = three_years
    window.set_language("de")
    workspace, bar = window.workspace, window.workspace.period_bar
    bar.choose(0)
    state = bar.state
    fixed = sum(w.sizeHint().width() + 2 for w in (bar.previous, bar.selector, bar.next, bar.rename)) + 6
    short = state.fontMetrics().horizontalAdvance("nur lesen") + 8
    total = sum(workspace.splitter.sizes())
    # The chart's pane as wide as the bar without its caption and "nur lesen".
    workspace.splitter.setSizes([total - fixed - short - 4, fixed + short + 4])
    qtbot.waitUntil(lambda: bar.width() <= fixed + short + 4 + bar.caption.sizeHint().width())
    qtbot.waitUntil(lambda: bar.caption.isHidden() and state.shown_text() == "nur lesen")
    wide = fixed + bar.caption.sizeHint().width() + short + 40
    for dock in (window.thresholds_dock, window.notes_dock):
        dock.toggleViewAction().trigger()  # View ▸ the side panels closed: a wider pane
    qtbot.waitUntil(lambda: sum(workspace.splitter.sizes()) >= total + 200)
    total = sum(workspace.splitter.sizes())
    workspace.splitter.setSizes([total - wide, wide])
    qtbot.waitUntil(lambda: not bar.caption.isHidden())



def test_the_movement_lines_come_back_with_the_current_period(qtbot, three_years):
    """Shown after the update; the first period has none to show; back to the current
    one, they are shown again (a look at 2024 switched them off)."""
    window = three_years
    movements, chart = window.action("view.movements"), window.workspace.chart
    bar = window.workspace.period_bar
    assert movements.isChecked() and chart.movement_lines() > 0
    lines = chart.movement_lines()
    bar.choose(0)  # 2024: no period before it
    assert not movements.isEnabled() and chart.movement_lines() == 0
    bar.choose(2)
    assert movements.isEnabled() and movements.isChecked() and chart.movement_lines() == lines
    movements.trigger()  # switched off by the user: off in every period
    bar.choose(1)
    bar.choose(2)
    assert not movements.isChecked() and chart.movement_lines() == 0
