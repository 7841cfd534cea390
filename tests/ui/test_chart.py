"""The quadrant chart driven with the mouse: threshold drags, clicks, rectangles."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt

from segmenter_app.core.model import segmentation as sg

from .conftest import chart_point, drag, segment_counts


def test_dragging_the_kzi_line_moves_counts_table_and_thresholds_and_undo_restores(qtbot, opened):
    document, chart = opened.document, opened.workspace.chart
    model = opened.workspace.model
    before_counts = segment_counts(document)
    before_thresholds = document.thresholds
    t_sow, t_kzi = document.resolved_thresholds()
    draws = chart.draw_count
    blits = chart.blit_count
    start = chart_point(chart, 90, t_kzi)
    end = chart_point(chart, 90, 85)
    drag(qtbot, chart, start, end)
    assert document.thresholds.kzi.mode == "fixed"
    assert document.thresholds.kzi.value == pytest.approx(85, abs=1.0)
    assert document.thresholds.sow == before_thresholds.sow  # the other line kept its mode
    after = segment_counts(document)
    assert after != before_counts
    assert after[sg.MODEL] < before_counts[sg.MODEL]  # fewer customers are satisfied enough
    # The table follows: a formerly satisfied customer's segment cell now says FIX or MOVE.
    changed = np.flatnonzero(
        (document.prepared.kzi >= t_kzi) & (document.prepared.kzi < 84) & document.prepared.classified
    )
    row = model.view_row(int(changed[0]))
    shown = model.data(model.index(row, model.column_of("segment")))
    assert "FIX" in shown or "MOVE" in shown
    # Live and cheap: blitted per move, no full figure redraw during the drag.
    assert chart.blit_count > blits + 3
    assert chart.draw_count == draws
    # Counts in the panel follow too.
    assert opened.thresholds.count_labels["FIX"][1].text() == f"{after[sg.FIX]:,}"
    # One drag is one undo step.
    assert document.undo_stack.undo()
    assert document.thresholds == before_thresholds
    assert segment_counts(document) == before_counts


def test_a_drag_repaints_only_the_rows_in_view_that_changed(qtbot, opened):
    """During a drag the table repaints the rows in sight whose segment, triage, rank or
    borderline mark changed (and the why column, which quotes the thresholds); after the
    release every row in view shows its new segment."""
    document, model, table = opened.document, opened.workspace.model, opened.workspace.table
    first, last = table.visible_view_rows()
    assert 0 <= first < last < model.rowCount() - 1  # the sample is longer than the view
    segment_column, why_column = model.column_of("segment"), model.column_of("why")
    repainted: list[tuple[int, int, int, int]] = []

    def record(top, bottom, roles=()):
        repainted.append((top.row(), bottom.row(), top.column(), bottom.column()))

    model.dataChanged.connect(record)
    t_sow, t_kzi = document.resolved_thresholds()
    document.drag_thresholds(t_sow, t_kzi)  # the press: everything in view is painted once
    repainted.clear()
    # A tiny move that changes no customer's segment repaints only the why column.
    document.drag_thresholds(t_sow + 1e-9, t_kzi)
    assert repainted and all(left == right == why_column for _, _, left, right in repainted)
    repainted.clear()
    # A real move (ranks wait for the mouse to rest, as in the window): the repainted
    # rows are in view, and every row in view whose segment changed is among them.
    before = model_segments(model, first, last)
    document.drag_thresholds(t_sow, 90.0, rank=False)
    after = model_segments(model, first, last)
    assert all(first <= top <= bottom <= last for top, bottom, _, _ in repainted)
    cells = {
        row
        for top, bottom, left, right in repainted
        if left <= segment_column <= right
        for row in range(top, bottom + 1)
    }
    moved = {first + i for i, (old, new) in enumerate(zip(before, after)) if old != new}
    assert moved and moved <= cells
    assert len(cells) < last - first + 1 or len(moved) == last - first + 1
    document.end_drag()
    for view_row in range(first, last + 1):
        segment = int(document.result.segment[model.document_row(view_row)])
        if segment >= 0:
            assert sg.SEGMENTS[segment] in model.data(model.index(view_row, segment_column))


def model_segments(model, first: int, last: int) -> list[str]:
    column = model.column_of("segment")
    return [model.data(model.index(row, column)) for row in range(first, last + 1)]


def test_dragging_the_sow_line(qtbot, opened):
    document, chart = opened.document, opened.workspace.chart
    before = segment_counts(document)
    t_sow, t_kzi = document.resolved_thresholds()
    drag(qtbot, chart, chart_point(chart, t_sow * 100, 5), chart_point(chart, 20, 5))
    assert document.thresholds.sow.mode == "fixed"
    assert document.thresholds.sow.value == pytest.approx(0.20, abs=0.01)
    assert segment_counts(document)[sg.GROW] < before[sg.GROW]
    assert opened.thresholds.sow.mode.currentIndex() == 3  # the panel shows "fixed"
    assert opened.thresholds.sow.value.value() == pytest.approx(20, abs=1.0)
    opened.action("edit.undo").trigger()
    assert document.thresholds.sow.mode == "median"


def test_a_drag_that_rests_before_its_release_leaves_the_table_sorted(qtbot, opened):
    """The hand rests on the line before it lets go: the priorities are ranked while it
    rests (the drag still on, the order waiting), and the release then changes no rank.
    The table, sorted by priority, sorts again all the same (it stayed in the order
    from before the drag)."""
    document, chart, model = opened.document, opened.workspace.chart, opened.workspace.model
    priority, manager = model.column_of("priority"), model.column_of("account_manager")

    def out_of_order() -> list[tuple[str, int]]:
        """Rows that break the order by priority, manager by manager: each manager's
        rows together, their priorities rising (unranked rows last)."""
        shown = [
            (model.data(model.index(row, manager)), model.data(model.index(row, priority)))
            for row in range(model.rowCount())
        ]
        ranked = [(who, int(rank)) for who, rank in shown if rank]
        managers = [who for index, (who, _) in enumerate(ranked) if not index or ranked[index - 1][0] != who]
        assert len(managers) == len(set(managers)), managers
        return [b for a, b in zip(ranked, ranked[1:], strict=False) if a[0] == b[0] and b[1] <= a[1]]

    assert not out_of_order()
    t_sow, t_kzi = document.resolved_thresholds()
    start, end = chart_point(chart, t_sow * 100, 5), chart_point(chart, 8, 5)
    qtbot.mousePress(chart, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for step in range(1, 7):
        qtbot.mouseMove(chart, start + (end - start) * (step / 6))
        qtbot.waitUntil(lambda: not chart.busy, timeout=5000)
    ranked = document.revision
    qtbot.waitUntil(lambda: document.revision > ranked, timeout=5000)  # ranked at rest
    qtbot.mouseRelease(chart, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
    assert not document.dragging
    assert document.thresholds.sow.value == pytest.approx(0.08, abs=0.01)
    assert not out_of_order()


def test_clicking_a_point_selects_its_row_and_selecting_a_row_highlights_its_point(qtbot, opened):
    document, chart, workspace = opened.document, opened.workspace.chart, opened.workspace
    row = int(np.flatnonzero(document.prepared.classified)[10])
    point = chart_point(chart, document.prepared.sow[row] * 100, document.prepared.kzi[row])
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=point)
    qtbot.waitUntil(lambda: len(workspace.selected_rows()) == 1)
    clicked = int(workspace.selected_rows()[0])
    assert (
        np.hypot(
            document.prepared.sow[clicked] - document.prepared.sow[row],
            document.prepared.kzi[clicked] - document.prepared.kzi[row],
        )
        < 0.02
    )
    assert opened.notes.row == clicked
    # The other way round: a row selected in the table is ringed on the chart.
    other = int(np.flatnonzero(document.prepared.classified)[20])
    workspace.select_rows(np.array([other]))
    xs, ys = chart.ringed_points()
    assert list(xs) == [pytest.approx(document.prepared.sow[other] * 100)]
    assert list(ys) == [pytest.approx(document.prepared.kzi[other])]
    index = workspace.table.currentIndex()
    assert workspace.model.document_row(index.row()) == other


def test_rectangle_selects_the_customers_inside(qtbot, opened):
    document, workspace = opened.document, opened.workspace
    chart = workspace.chart
    workspace.tool_actions["rectangle"].trigger()
    x, y = document.prepared.sow * 100, document.prepared.kzi

    def gap(near: float, values: np.ndarray) -> float:
        """A coordinate near ``near`` with no customer within a pixel or two of it."""
        candidates = near + np.linspace(-3, 3, 61)
        clearance = [np.nanmin(np.abs(values - c)) for c in candidates]
        return float(candidates[int(np.argmax(clearance))])

    x0, x1, y0, y1 = gap(60, x), gap(95, x), gap(71, y), gap(96, y)
    drag(qtbot, chart, chart_point(chart, x0, y0), chart_point(chart, x1, y1))
    expected = np.flatnonzero((x >= x0) & (x <= x1) & (y >= y0) & (y <= y1))
    selected = workspace.selected_rows()
    assert len(expected) > 5
    assert set(selected.tolist()) == set(expected.tolist())


def test_lasso_selects(qtbot, opened):
    workspace = opened.workspace
    chart = workspace.chart
    workspace.tool_actions["lasso"].trigger()
    points = [chart_point(chart, *p) for p in [(5, 5), (95, 5), (95, 95), (5, 95)]]
    qtbot.mousePress(chart, Qt.MouseButton.LeftButton, pos=points[0])
    for point in points[1:] + points[:1]:
        qtbot.mouseMove(chart, point)
        qtbot.waitUntil(lambda: not chart.busy)
    qtbot.mouseRelease(chart, Qt.MouseButton.LeftButton, pos=points[0])
    assert len(workspace.selected_rows()) > 300


def test_hover_shows_the_customer(qtbot, opened):
    document, chart = opened.document, opened.workspace.chart
    row = int(np.flatnonzero(document.prepared.classified)[3])
    text = chart.tooltip_text(row)
    assert document.customer(row).customer_name.split()[0] in text
    point = chart_point(chart, document.prepared.sow[row] * 100, document.prepared.kzi[row])
    assert (
        chart.nearest(
            *chart.axes.transData.transform((document.prepared.sow[row] * 100, document.prepared.kzi[row]))
        )
        is not None
    )
    qtbot.mouseMove(chart, point)


def test_bubbles_search_and_manager_scope(qtbot, opened):
    workspace = opened.workspace
    chart = workspace.chart
    # From the View menu (the toolbar's button opens the same menu).
    view_menu = {action.text(): action for action in opened.menu("view").actions()}
    assert view_menu["Bubble size"].menu() is workspace.bubble_menu
    workspace.bubble_actions["revenue"].trigger()
    assert chart.bubble == "revenue" and chart.segment_drawn("MODEL")
    workspace.search.setText("Müller")
    qtbot.waitUntil(lambda: len(chart.found_rows()) > 0)
    manager = opened.document.managers[0]
    workspace.select_manager(manager)
    assert len(chart.drawn_rows()) < len(opened.document)
    assert all(opened.document.table["account_manager"].iat[r] == manager for r in chart.drawn_rows())


def test_the_search_stars_no_customer_of_a_hidden_segment(qtbot, opened):
    """The table lists only the segments the toggles show; the chart's stars mark the
    same customers, and a hidden segment's come back with it."""
    workspace, chart, document = opened.workspace, opened.workspace.chart, opened.document
    workspace.search.setText("GmbH")
    qtbot.waitUntil(lambda: len(chart.found_rows()) > 0)
    found = chart.found_rows()
    move = found[document.result.segment[found] == sg.MOVE]
    assert len(move) and len(chart.starred_points()[0]) == len(chart.customers.in_view(found))
    workspace.segment_buttons[sg.MOVE].click()
    qtbot.waitUntil(lambda: not chart.segment_drawn("MOVE"))
    xs, _ys = chart.starred_points()
    shown = chart.customers.in_view(found[document.result.segment[found] != sg.MOVE])
    assert len(xs) == len(shown)
    assert np.array_equal(xs, document.prepared.sow[shown] * 100.0)
    workspace.segment_buttons[sg.MOVE].click()
    qtbot.waitUntil(lambda: len(chart.starred_points()[0]) == len(chart.customers.in_view(found)))


def test_save_chart_as_png_and_svg(qtbot, opened, tmp_path):
    from matplotlib.colors import to_rgb
    from PIL import Image

    from segmenter_app.core.outputs.chart_style import COLOURS, PICTURE_DPI, PICTURE_INCHES

    chart, document = opened.workspace.chart, opened.document
    # A portrait window: the picture keeps its own landscape size.
    opened.resize(800, 1100)
    qtbot.waitUntil(lambda: chart.height() > chart.width())
    # A MODEL customer in the top right corner, where the MODEL box stands.
    row = int(np.flatnonzero(document.result.segment == sg.MODEL)[0])
    document.edit_value(row, "revenue", 99_000.0)
    document.edit_value(row, "wallet", 100_000.0)
    document.edit_value(row, "satisfaction_input", 5.0)
    chart.save_picture(str(tmp_path / "chart.png"))
    chart.save_picture(str(tmp_path / "chart.svg"))
    assert (tmp_path / "chart.png").read_bytes()[:4] == b"\x89PNG"
    picture = Image.open(tmp_path / "chart.png").convert("RGB")
    assert picture.size == (round(PICTURE_INCHES[0] * PICTURE_DPI), round(PICTURE_INCHES[1] * PICTURE_DPI))
    # The box stands above KZI 100 (issue 24: no corner box covers a customer): the
    # customer shows, and moved a little, the picture changes there.
    document.edit_value(row, "satisfaction_input", 4.96)
    chart.save_picture(str(tmp_path / "moved.png"))
    moved = np.asarray(Image.open(tmp_path / "moved.png").convert("RGB"), dtype=int)
    size = chart.figure.get_size_inches().copy()
    chart.figure.set_size_inches(*PICTURE_INCHES, forward=False)
    chart.figure.draw_without_rendering()
    scale = PICTURE_DPI / chart.figure.dpi
    (x0, y0), (x1, y1) = chart.axes.transData.transform([(97.5, 98.0), (100.5, 101.0)]) * scale
    chart.figure.set_size_inches(*size, forward=False)
    height = picture.size[1]
    window = (slice(int(height - y1), int(height - y0)), slice(int(x0), int(x1)))
    before = np.asarray(picture, dtype=int)[window]
    assert before.size and not np.array_equal(before, moved[window])
    blue = np.array(to_rgb(COLOURS["MODEL"][0])) * 255
    assert np.abs(before - blue).sum(axis=-1).min() < 90  # the marker, not the box's white
    svg = (tmp_path / "chart.svg").read_text()
    assert "MODEL" in svg and "Thresholds" in svg
    # Movement arrows (after an update) are in the picture only while they are shown.
    document = opened.document
    chart.set_movements(document.prepared.sow * 0.5, document.prepared.kzi * 0.5)
    chart.show_movements(False)
    chart.save_picture(str(tmp_path / "hidden.svg"))
    assert 'id="movements"' not in (tmp_path / "hidden.svg").read_text()
    chart.show_movements(True)
    chart.save_picture(str(tmp_path / "shown.svg"))
    assert 'id="movements"' in (tmp_path / "shown.svg").read_text()


def test_zoom_and_reset_view(qtbot, opened):
    chart = opened.workspace.chart
    chart.axes.set_xlim(20, 40)
    chart.reset_view()
    assert chart.axes.get_xlim() == (-2.0, 102.0)


@pytest.mark.slow
def test_large_lists_draw_a_density_raster(qtbot, window, tmp_path):
    from benchmarks.generate_lists import customer_frame, write_xlsx

    from .conftest import open_list

    path = tmp_path / "big.xlsx"
    write_xlsx(customer_frame(20_000, managers=20), path)
    document = open_list(qtbot, window, path)
    chart = window.workspace.chart
    assert chart.mode == "raster" and chart.raster_image() is not None
    image = chart.raster_image()
    assert image[..., 3].astype(bool).sum() > 1000
    before = image.copy()
    t_sow, t_kzi = document.resolved_thresholds()
    drag(qtbot, chart, chart_point(chart, 50, t_kzi), chart_point(chart, 50, 80))
    assert not np.array_equal(chart.raster_image(), before)
    # GROW hidden by its toggle: the upper-left cells go clear, the others stay.
    window.workspace.segment_buttons[sg.GROW].click()
    image = chart.raster_image()
    upper_left = image[int(0.9 * image.shape[0]) :, : int(0.1 * image.shape[1]), 3]
    upper_right = image[int(0.9 * image.shape[0]) :, int(0.9 * image.shape[1]) :, 3]
    assert upper_left.sum() == 0 and upper_right.sum() > 0
    window.workspace.segment_buttons[sg.GROW].click()
    # Bubbles at this size: the density raster stays (every customer drawn) and the
    # largest customers by revenue are bubbles over it, capped, and the chart says so.
    from segmenter_app.ui.chart.artists import BUBBLE_LIMIT

    window.workspace.bubble_actions["revenue"].trigger()
    assert chart.mode == "raster" and chart.raster_image() is not None
    drawn = chart.bubbled_points()
    assert sum(len(points) for points in drawn.values()) == BUBBLE_LIMIT
    revenue = document.table["revenue"].to_numpy(dtype=float, na_value=np.nan)
    rows = np.flatnonzero(document.prepared.classified)
    largest = rows[np.argsort(np.nan_to_num(revenue[rows]))[-1]]
    position = (document.prepared.sow[largest] * 100.0, document.prepared.kzi[largest])
    assert position in drawn[int(document.result.segment[largest])]
    assert "1,000 largest by revenue" in chart.shown_note()
    # A drag with bubbles recolours them (a bubble crossing the line changes its
    # segment's shape and colour) without redrawing the figure.
    draws = chart.draw_count
    t_sow, t_kzi = document.resolved_thresholds()
    drag(qtbot, chart, chart_point(chart, 50, t_kzi), chart_point(chart, 50, 40))
    assert chart.draw_count == draws
    after = chart.bubbled_points()
    segment = int(document.result.segment[largest])
    assert position in after[segment]
    assert sum(len(points) for points in after.values()) == BUBBLE_LIMIT
    assert after != drawn


def test_segment_toggles_hide_customers_on_the_chart_too(qtbot, opened):
    workspace, chart, document = opened.workspace, opened.workspace.chart, opened.document
    grow = int(np.flatnonzero(document.result.segment == sg.GROW)[0])
    point = chart_point(chart, document.prepared.sow[grow] * 100.0, document.prepared.kzi[grow])
    ratio = chart.devicePixelRatioF() or 1.0
    at = (point.x() * ratio, (chart.height() - point.y()) * ratio)
    assert chart.nearest(*at) is not None
    workspace.segment_buttons[sg.GROW].click()
    assert not chart.segment_drawn("GROW") and chart.segment_drawn("MODEL")
    nearest = chart.nearest(*at)
    assert nearest is None or document.result.segment[nearest] != sg.GROW
    workspace.segment_buttons[sg.GROW].click()
    assert chart.segment_drawn("GROW")


def test_while_one_line_moves_the_other_axis_keeps_its_mode(qtbot, opened):
    document, panel = opened.document, opened.thresholds
    t_sow, t_kzi = document.resolved_thresholds()
    document.drag_thresholds(t_sow, t_kzi + 10)
    assert panel.sow.threshold().mode == "median" and not panel.sow.value.isEnabled()
    assert panel.kzi.threshold() == sg.Threshold("fixed", t_kzi + 10)
    document.end_drag()
    assert document.thresholds.sow.mode == "median" and document.thresholds.kzi.mode == "fixed"


def test_many_selected_names_neither_squeeze_the_plot_nor_leave_the_axes(qtbot, opened):
    """Reset view with many customers selected keeps the plot's size; past MAX_LABELS
    selected no name is drawn and a note says why; fewer are named inside the axes, none
    over another or a corner box, turned inwards near an edge."""
    from segmenter_app.ui.chart.labels import MAX_LABELS

    document, chart, workspace = opened.document, opened.workspace.chart, opened.workspace
    before = chart.axes.get_position().bounds
    classified = np.flatnonzero(document.prepared.classified)
    workspace.select_rows(classified[:44])
    for _ in range(3):
        opened.action("view.reset_chart").trigger()
        chart.draw()
    assert chart.axes.get_position().bounds == pytest.approx(before, abs=0.01)
    assert not chart.name_labels()
    note = chart.shown_note()
    assert "44 selected" in note and str(MAX_LABELS) in note
    # A dozen in a crowded part of the chart: each name shown stands free.
    distance = np.hypot(document.prepared.sow[classified] * 100 - 50, document.prepared.kzi[classified] - 60)
    workspace.select_rows(classified[np.argsort(distance)][:12])
    chart.draw()
    shown = chart.name_labels()
    assert len(shown) >= 6
    boxes = [label.geometry() for label in shown]
    corners = chart.corner_boxes()
    ratio = chart.devicePixelRatioF() or 1.0
    axes_box = chart.axes.get_window_extent()
    for index, box in enumerate(boxes):
        assert not any(box.intersects(other) for other in boxes[index + 1 :])
        assert not any(box.intersects(corner) for corner in corners)
        assert axes_box.x0 / ratio - 1 <= box.left() and box.right() <= axes_box.x1 / ratio + 1
    # Names left out are counted in the note.
    assert (len(shown) == 12) == (not chart.shown_note())
    # A customer at the right edge is named to the left of its point.
    right = int(np.flatnonzero(document.prepared.classified & (document.prepared.sow > 0.97))[0])
    workspace.select_rows(np.array([right]))
    [label] = chart.name_labels()
    point = chart_point(chart, document.prepared.sow[right] * 100, document.prepared.kzi[right])
    assert label.geometry().right() < point.x()
    # A rename shows at once.
    document.edit_value(right, "customer_name", "Neuer Name GmbH")
    assert label.text() == "Neuer Name GmbH"


def test_a_low_chart_says_kzi_in_short_and_never_cuts_its_axis_words(qtbot, opened, tmp_path):
    """A laptop with the Team view open leaves the chart about 250 pixels: the y axis
    says "KZI (points)" there instead of a long title cut at the top; a tall chart and
    a saved picture say it in full."""
    chart = opened.workspace.chart
    long_words, short_words = chart.y_words
    chart.fit_y_words(700)
    assert chart.axes.get_ylabel() == long_words
    chart.fit_y_words(230)
    assert chart.axes.get_ylabel() == short_words
    extent = chart.axes.yaxis.label.get_window_extent(chart.get_renderer())
    assert extent.height < 230 - 90
    chart.save_picture(str(tmp_path / "chart.svg"))
    assert long_words in (tmp_path / "chart.svg").read_text(encoding="utf-8")
    opened.set_language("de")
    assert chart.y_words[1] == "KZI (Punkte)"
