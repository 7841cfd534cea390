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
from tests.core.period_lists import SOW_THRESHOLD, TRUTH, write_year
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
    header = window.workspace.table.horizontalHeader()
    qtbot.mouseClick(
        header.viewport(),
        Qt.MouseButton.LeftButton,
        pos=QPoint(header.sectionViewportPosition(column) + 5, 5),
    )
    texts = [model.data(model.index(v, column)) for v in range(model.rowCount())]
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
