"""The Team view and the plan in the window, driven as a person does (PRODUCT.md §6)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from openpyxl import Workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox

from segmenter_app.core.model import plan as vp
from segmenter_app.core.model import segmentation as sg
from segmenter_app.ui.widgets.team_view import CAPACITY, KEYS

from .conftest import chart_point, drag
from .conftest import open_list as open_window_list


def open_list(qtbot, window, path):
    """Open a list and unfold the Team view as a user does (at 768 pixels high it
    starts folded to its title bar)."""
    from segmenter_app.ui.widgets.collapsible_dock import is_folded, set_folded

    document = open_window_list(qtbot, window, path)
    if is_folded(window.team_dock):
        set_folded(window, window.team_dock, False)
    qtbot.waitUntil(lambda: window.team.isVisible() and every_row_in_view(window))
    return document


def every_row_in_view(window) -> bool:
    """Every manager's row and the team's are in the table's view, whole."""
    table, model = window.team.table, window.team.model
    view = table.viewport().rect()
    return model.rowCount() > 0 and all(
        view.contains(table.visualRect(model.index(row, 0))) for row in range(model.rowCount())
    )


@pytest.fixture
def team_list(tmp_path: Path) -> Path:
    """Three managers with a visits column: Anna has many customers and made few visits
    (her capacity, from the list, is beyond her customers' minimums), Ben few, Cleo a
    handful; effort is high where potential is low."""
    book = Workbook()
    sheet = book.active
    sheet.title = "Kunden"
    sheet.append(
        [
            "Kundennummer",
            "Kunde",
            "Außendienst",
            "Umsatz (€)",
            "Einkaufsvolumen (€)",
            "KZI (0-100)",
            "Besuche 2025",
        ]
    )
    rng = np.random.default_rng(7)
    number = 0
    for manager, count in (("Anna", 30), ("Ben", 8), ("Cleo", 6)):
        for _ in range(count):
            number += 1
            wallet = float(rng.integers(50, 500)) * 1000
            share = float(rng.uniform(0.05, 0.95))
            # Visits where the share is already high; Anna made few of them.
            visits = int(round(share * (1 if manager == "Anna" else 20)))
            sheet.append(
                [
                    str(number),
                    f"Kunde {number}",
                    manager,
                    round(wallet * share),
                    wallet,
                    int(rng.integers(5, 96)),
                    visits,
                ]
            )
    path = tmp_path / "team.xlsx"
    book.save(path)
    return path


def team_rows(window) -> dict[str, int]:
    model = window.team.model
    return {model.data(model.index(row, 0)): row for row in range(model.rowCount())}


def test_team_view_rows_and_choosing_a_manager_filters_the_window(qtbot, window, team_list):
    document = open_list(qtbot, window, team_list)
    assert window.team_dock.isVisible()
    rows = team_rows(window)
    assert list(rows) == ["Anna", "Ben", "Cleo", "Team"]
    model = window.team.model
    anna = document.plan.figures("Anna")
    assert model.data(model.index(rows["Anna"], KEYS.index("demand"))) == f"{anna.demand:,.0f}"
    assert (
        model.data(model.index(rows["Anna"], KEYS.index("overflow"))) == str(anna.overflow)
        and anna.overflow > 0
    )
    misallocation = model.data(model.index(rows["Team"], KEYS.index("misallocation")))
    assert misallocation.endswith(" %") and "nan" not in misallocation
    capacity = document.plan.team.capacity  # the visits the list says each manager made
    assert capacity < 600 and f"Capacity {capacity:,.0f} · demand" in window.team.summary.text()
    assert "from the list: Besuche 2025" in window.team.summary.text()
    assert "under-served" in window.team.summary.text()
    # A click on Ben's row shows Ben's customers only; the team row all of them again.
    table = window.team.table
    qtbot.mouseClick(
        table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=table.visualRect(model.index(rows["Ben"], 0)).center(),
    )
    assert window.workspace.manager.currentData() == "Ben"
    assert window.workspace.model.rowCount() == 8
    qtbot.mouseClick(
        table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=table.visualRect(model.index(rows["Team"], 0)).center(),
    )
    assert window.workspace.manager.currentData() is None
    assert window.workspace.model.rowCount() == len(document)


def test_editing_a_capacity_replans_and_undo_restores(qtbot, window, team_list):
    document = open_list(qtbot, window, team_list)
    rows = team_rows(window)
    table, model = window.team.table, window.team.model
    index = model.index(rows["Anna"], CAPACITY)
    before = document.plan.figures("Anna")
    table.setCurrentIndex(index)
    table.edit(index)
    [editor] = [e for e in table.viewport().findChildren(QAbstractSpinBox) if e.isVisible()]
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, "1000")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: document.plan.figures("Anna").capacity == 1000)
    qtbot.waitUntil(lambda: window.team.shown_plan is document.plan)
    assert document.plan.figures("Anna").overflow == 0 < before.overflow
    assert model.data(model.index(team_rows(window)["Anna"], CAPACITY)) == "1,000"
    assert "visit plan change" in window.action("edit.undo").text()
    window.action("edit.undo").trigger()
    # Back to what the list says Anna made (its "Besuche 2025").
    assert document.plan.figures("Anna").capacity == before.capacity
    assert document.plan.figures("Anna").capacity_source == "list"
    shown = f"{before.capacity:,.0f}"
    qtbot.waitUntil(lambda: model.data(model.index(team_rows(window)["Anna"], CAPACITY)) == shown)


def test_a_cadence_typed_in_the_view_changes_the_demand(qtbot, window, team_list):
    document = open_list(qtbot, window, team_list)
    box = window.team.maximum["GROW"]
    grow = int(((document.result.segment == sg.GROW) & document.prepared.classified).sum())
    demand = document.plan.team.demand
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(box, "20")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert document.plan_settings.maximum_of("GROW") == 20
    assert document.plan.team.demand == pytest.approx(demand + grow * 8)


def test_table_columns_and_the_customer_panel_explain_overflow_and_reassign(qtbot, window, team_list):
    document = open_list(qtbot, window, team_list)
    workspace = window.workspace
    model = workspace.model
    plan = document.plan
    overflow_row = int(np.flatnonzero(plan.overflow)[0])
    view_row = model.view_row(overflow_row)
    assert model.data(model.index(view_row, model.column_of("overflow"))) == "yes"
    assert model.data(model.index(view_row, model.column_of("visits_planned"))) == "0"
    effort = plan.effort[overflow_row]
    assert model.data(model.index(view_row, model.column_of("effort"))) == f"{effort:.0f}"
    # The panel says why, and offers the managers with spare capacity.
    workspace.select_rows(np.array([overflow_row]))
    box = window.notes.plan
    assert "Beyond capacity" in box.text.text()
    shown = [button for button in box.buttons if button.isVisible()]
    assert shown and "visits to spare" in shown[0].text()
    target = box._targets[shown[0]]
    qtbot.mouseClick(shown[0], Qt.MouseButton.LeftButton)
    assert document.table["account_manager"].iat[overflow_row] == target
    assert (
        window.team.model.data(window.team.model.index(team_rows(window)[target], KEYS.index("customers")))
        != ""
    )
    window.action("edit.undo").trigger()  # one undo step gives the customer back
    assert document.table["account_manager"].iat[overflow_row] == "Anna"


def test_an_under_served_customer_is_explained(qtbot, window, team_list):
    document = open_list(qtbot, window, team_list)
    under = np.flatnonzero(document.plan.service == vp.UNDER_SERVED)
    assert len(under)
    window.workspace.select_rows(under[:1])
    assert "Under-served" in window.notes.plan.text.text()
    model = window.workspace.model
    cell = model.index(model.view_row(int(under[0])), model.column_of("service"))
    assert model.data(cell) == "under-served"


def test_a_list_without_effort_says_what_is_missing(qtbot, opened):
    summary = opened.team.summary.text()
    assert "No effort column" in summary
    model = opened.team.model
    rows = team_rows(opened)
    cell = model.index(rows["Team"], KEYS.index("misallocation"))
    assert model.data(cell) == "–"
    assert "no effort column" in model.data(cell, Qt.ItemDataRole.ToolTipRole)
    # The plan stands without effort.
    assert opened.document.plan.team.planned > 0


def test_the_team_view_follows_a_threshold_drag_when_the_ranks_follow(qtbot, window, team_list):
    document = open_list(qtbot, window, team_list)
    chart = window.workspace.chart
    shown = window.team.shown_plan
    counts = shown.team.segment_counts
    t_sow, _t_kzi = document.resolved_thresholds()
    drag(qtbot, chart, chart_point(chart, t_sow * 100, 5), chart_point(chart, 15, 5))
    qtbot.waitUntil(lambda: window.team.shown_plan is document.plan and window.team.shown_plan is not shown)
    assert window.team.shown_plan.team.segment_counts != counts
    assert list(window.team.shown_plan.team.segment_counts) == [int(c) for c in document.result.counts]


def test_the_import_dialog_maps_the_effort_column(qtbot, window, team_list):
    from segmenter_app.core.importing.importer import load_customers
    from segmenter_app.ui.dialogs.import_dialog import ImportDialog

    dialog = ImportDialog(team_list, load_customers(team_list), "en", window)
    qtbot.addWidget(dialog)
    assert dialog.role_labels["effort"].text() == "Effort (visits, contacts, hours)"
    assert dialog.mapping["effort"].currentData() == "Besuche 2025"
    # Unmapping it, as a user would, leaves a list without effort: the plan stays.
    dialog.mapping["effort"].setCurrentIndex(0)  # "— not in this list —"
    qtbot.waitUntil(lambda: "effort" not in dialog.result.report.mapping, timeout=20_000)
    assert dialog.result.table["effort"].isna().all()


# --------------------------------------------------------------------------- on a laptop


@pytest.fixture
def newcomer_list(tmp_path: Path) -> Path:
    from tests.newcomer_list import write_newcomer_list

    return write_newcomer_list(tmp_path / "Kundenliste 2025.xlsx")


def test_unfolded_on_a_laptop_with_a_taskbar_every_row_shows_and_nothing_is_cut(qtbot, window, newcomer_list):
    """1366×768 less a 40-pixel taskbar and a 30-pixel title bar: the window has 1366×698.
    Six managers and the team in view, the names frozen, the settings' words whole."""
    from segmenter_app.ui.widgets.collapsible_dock import is_folded, set_folded

    window.set_language("de")
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(1366, 698)
    qtbot.waitUntil(lambda: window.height() == 698)
    open_window_list(qtbot, window, newcomer_list)
    if not is_folded(window.team_dock):
        set_folded(window, window.team_dock, True)
    # A click on the word "Team" unfolds the view.
    title = window.team_dock.titleBarWidget()
    qtbot.mouseClick(title.label, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not is_folded(window.team_dock) and window.team.isVisible())
    qtbot.waitUntil(lambda: every_row_in_view(window))
    assert window.team.model.rowCount() == 7
    assert window.height() <= 698 and window.minimumSizeHint().height() <= 698
    assert window.statusBar().isVisible() and window.statusBar().geometry().bottom() < window.height()
    # Every word of the settings whole: labels, the capacity's "aus der Liste", the button.
    team = window.team
    for label in (team.capacity_label, team.minimum_label, team.priority_label):
        assert label.width() >= label.sizeHint().width(), label.text()
    assert team.capacity.text() == "aus der Liste"
    metrics = team.capacity.fontMetrics()
    assert team.capacity.lineEdit().width() >= metrics.horizontalAdvance("aus der Liste")
    assert team.groups_button.width() >= team.groups_button.sizeHint().width()
    assert team.settings_row.width() >= team.settings_row.sizeHint().width()
    # The names stay when the figures scroll to the right.
    table = team.table
    table.horizontalScrollBar().setValue(table.horizontalScrollBar().maximum())
    assert table.horizontalScrollBar().value() > 0
    frozen = table.frozen
    assert frozen.isVisible() and frozen.width() == table.columnWidth(0)
    assert frozen.visualRect(team.model.index(0, 0)).left() == 0
    assert frozen.model().data(frozen.model().index(6, 0)) == "Team"
    # One plain sentence under the table: what the index means and whether it is high.
    sentence = team.summary.text().splitlines()[0]
    assert sentence.startswith("Fehlallokation ") and "– hoch (über 30 %)" in sentence
    assert "Der Plan:" in sentence
    # However narrow the table's side, the sentence and its lines wrap whole: no line cut.
    summary = team.summary
    for left in (980, 700, 520):
        team.splitter.setSizes([left, team.splitter.width() - left])
        team.splitter.splitterMoved.emit(left, 1)  # as a drag of the handle says
        qtbot.waitUntil(lambda: summary.height() >= summary.heightForWidth(summary.width()))
    assert summary.height() > summary.fontMetrics().lineSpacing() * 3 + 4  # a fourth line, at least


def test_every_figure_and_header_explains_itself(qtbot, window, team_list):
    open_list(qtbot, window, team_list)
    model = window.team.model
    for column in range(model.columnCount()):
        assert model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        for row in range(model.rowCount()):
            tip = model.data(model.index(row, column), Qt.ItemDataRole.ToolTipRole)
            assert tip and "nan" not in tip and "{" not in tip, (row, column)
    anna = team_rows(window)["Anna"]
    tip = model.data(model.index(anna, CAPACITY), Qt.ItemDataRole.ToolTipRole)
    assert "from the list: Besuche 2025" in tip
    index_tip = model.data(model.index(anna, KEYS.index("misallocation")), Qt.ItemDataRole.ToolTipRole)
    assert "would have to move to other customers to follow worth" in index_tip


def test_the_load_bar_stands_beside_its_figure(qtbot, window):
    from PySide6.QtCore import QRect

    from segmenter_app.ui.widgets.team_view import LoadDelegate

    figure = LoadDelegate.figure_width(window)
    for width in (100, 140, 220):
        bar, text = LoadDelegate.rects(QRect(10, 0, width, 22), figure)
        assert bar.right() < text.left() and text.right() <= 10 + width - 1
        assert text.width() >= window.fontMetrics().horizontalAdvance("1.234 %")


def test_maxima_weights_minimum_and_the_order_from_the_view_are_undoable(qtbot, window, team_list):
    document = open_list(qtbot, window, team_list)
    team = window.team
    before = document.result.priority.copy()
    box = team.weight["MOVE-observe"]
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(box, "5")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert document.plan_settings.weight_of("MOVE-observe") == 5
    assert not np.array_equal(document.result.priority, before)  # re-ranked by the new worth
    team.minimum.setFocus()
    qtbot.keyClick(team.minimum, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(team.minimum, "2")
    qtbot.keyClick(team.minimum, Qt.Key.Key_Return)
    assert document.plan_settings.minimum == 2
    team.priority.setCurrentIndex(team.priority.findData("segment"))
    assert document.plan_settings.priority == "segment"
    for _ in range(3):
        window.action("edit.undo").trigger()
    assert document.plan_settings == type(document.plan_settings)()
    assert np.array_equal(document.result.priority, before)
    qtbot.waitUntil(lambda: team.weight["MOVE-observe"].value() == 0 and team.minimum.value() == 1)


def test_a_window_saved_on_a_larger_screen_comes_back_inside_this_one(qtbot, qapp):
    from PySide6.QtCore import QSettings

    from segmenter_app.ui.app import create_window

    first = create_window(qapp)
    qtbot.addWidget(first)
    screen = first.screen().availableGeometry()
    first.setGeometry(screen.left() + 200, screen.top() + 150, screen.width() + 900, screen.height() + 600)
    QSettings().setValue("window/geometry", first.saveGeometry())
    first.close()
    again = create_window(qapp)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    # Inside the screen once shown (its frame counts), not only in its saved size.
    qtbot.waitUntil(lambda: screen.contains(again.frameGeometry()))
    assert again.width() < screen.width() + 900 and again.height() <= screen.height()


def test_a_new_window_makes_no_bars_and_no_bubble_lines_until_they_are_seen(qtbot, window, team_list):
    """Every window paid for the Team view's axes and bars and the chart's 24 bubble
    lines, though a new window's Team view is folded on a laptop and bubbles are off."""
    from segmenter_app.ui.widgets.collapsible_dock import is_folded

    open_window_list(qtbot, window, team_list)
    chart, canvas = window.workspace.chart, window.team.canvas
    assert is_folded(window.team_dock) and canvas.bars is None and not canvas.figure.axes
    assert chart.artists._bubbles == {} and chart.segment_drawn("FIX")
    open_list(qtbot, window, team_list)  # unfolds the Team view
    qtbot.waitUntil(lambda: canvas.draw_count > 0, timeout=10_000)
    assert canvas.bars is not None and canvas.shares is None and len(canvas.figure.axes) == 1
    window.workspace.bubble_actions["revenue"].trigger()
    assert len(chart.artists._bubbles) == 4 and chart.bubbled_points()
