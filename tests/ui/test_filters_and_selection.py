"""The table, the chart and the customer panel show one filter and selection state:
they never drift apart (issue 9: the drift bugs, the double signal, the stale model)."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt

from segmenter_app.core.resources import sample_list
from tests.ui.conftest import chart_point, open_list


def _click_customer(qtbot, chart, document, row: int) -> None:
    point = chart_point(chart, document.prepared.sow[row] * 100, document.prepared.kzi[row])
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=point)


def _isolated_customer(document) -> int:
    """A classified customer with no other within 3 points on the chart."""
    sow, kzi = document.prepared.sow * 100, document.prepared.kzi
    for row in np.flatnonzero(document.prepared.classified):
        distance = np.hypot(sow - sow[row], kzi - kzi[row])
        distance[row] = np.inf
        if np.nanmin(distance) > 3:
            return int(row)
    raise AssertionError("no isolated customer in the sample")


def test_clicking_a_customer_the_search_hides_clears_the_search_everywhere(qtbot, opened):
    workspace, document, chart = opened.workspace, opened.document, opened.workspace.chart
    row = _isolated_customer(document)
    name = str(document.table["customer_name"].iat[row])
    other = next(
        int(r)
        for r in np.flatnonzero(document.prepared.classified)
        if name.lower() not in str(document.table["customer_name"].iat[r]).lower()
        and str(document.table["customer_name"].iat[r]).lower() not in name.lower()
    )
    qtbot.keyClicks(workspace.search, str(document.table["customer_name"].iat[other]))
    qtbot.waitUntil(lambda: workspace.state.search != "")
    assert len(chart.found_rows()) >= 1 and row not in chart.found_rows()
    assert workspace.model.rowCount() < len(document)
    _click_customer(qtbot, chart, document, row)
    qtbot.waitUntil(lambda: workspace.state.current == row)
    # The search that hid the customer is gone from the box, the table and the chart.
    assert workspace.search.text() == ""
    assert workspace.model.rowCount() == len(document)
    assert len(chart.found_rows()) == 0
    assert row in chart.ringed_rows()


def test_a_manager_filter_clears_a_customer_of_another_manager_from_the_panel(qtbot, opened):
    workspace, document = opened.workspace, opened.document
    first, second = document.managers[0], document.managers[1]
    theirs = int(np.flatnonzero(document.prepared.manager_codes == document.managers.index(second))[0])
    workspace.select_rows(np.array([theirs]))
    assert opened.notes.row == theirs
    index = workspace.manager.findData(first)
    workspace.manager.setCurrentIndex(index)  # as a person picks it in the drop-down
    assert opened.notes.row is None
    assert not len(workspace.selected_rows())
    assert len(opened.workspace.chart.ringed_rows()) == 0


def test_sorting_keeps_the_current_customer_selected_and_ringed(qtbot, opened):
    workspace, document = opened.workspace, opened.document
    row = int(np.flatnonzero(document.prepared.classified)[33])
    workspace.select_rows(np.array([row]))
    header = workspace.table.horizontalHeader()
    column = workspace.model.column_of("customer_name")
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=_section_centre(header, column))
    qtbot.waitUntil(lambda: header.sortIndicatorSection() == column)
    current = workspace.table.currentIndex()
    assert workspace.model.document_row(current.row()) == row
    assert workspace.selected_rows().tolist() == [row]
    assert workspace.chart.ringed_rows().tolist() == [row]


def _section_centre(header, column: int):
    from PySide6.QtCore import QPoint

    left = header.sectionViewportPosition(column)
    return QPoint(left + header.sectionSize(column) // 2, header.height() // 2)


def test_one_click_on_a_point_says_the_current_customer_once(qtbot, opened):
    workspace, document = opened.workspace, opened.document
    row = _isolated_customer(document)
    said: list = []
    workspace.current_changed.connect(said.append)
    _click_customer(qtbot, workspace.chart, document, row)
    qtbot.waitUntil(lambda: workspace.state.current == row)
    assert said == [row]


def test_the_model_of_a_closed_list_is_never_called_again(qtbot, opened, tmp_path):
    """Editing the old document after opening another list: no 'C++ object already
    deleted', and the old table model hears nothing."""
    old_document = opened.document
    old_model = opened.workspace.model
    open_list(qtbot, opened, sample_list("en"))
    assert opened.document is not old_document
    calls: list = []
    old_model.dataChanged.connect(lambda *args: calls.append(args))
    old_document.edit_value(0, "notes", "after the list was closed")
    old_document.set_band(12.0)
    assert calls == []
