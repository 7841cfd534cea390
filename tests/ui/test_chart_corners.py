"""The window's chart: no corner box covers a customer, not even at KZI 0 or 100 and
SoW 0 or 100, on a 1366×768 laptop and in a small window; and every segment's markers
(bubbles too) cover the same area (issue 24)."""

from __future__ import annotations

import numpy as np
import pytest
from matplotlib.markers import MarkerStyle

from segmenter_app.core.model import segmentation as sg
from segmenter_app.core.outputs.chart_style import marker_style

from .conftest import chart_point

EDGES = [(0, 0), (0, 100), (100, 0), (100, 100), (2, 98), (98, 2), (50, 0), (50, 100)]


@pytest.mark.parametrize("size", [(1366, 768), (1000, 600)])
def test_no_corner_box_covers_a_customer_at_the_edges(qtbot, opened, size) -> None:
    opened.resize(*size)
    chart = opened.workspace.chart
    qtbot.waitUntil(lambda: chart.corner_boxes() and all(box.height() > 0 for box in chart.corner_boxes()))
    chart.draw()
    radius = max(marker_style(name)["markersize"] for name in sg.SEGMENTS)  # points ≥ pixels / 1.33
    for x, y in EDGES:
        point = chart_point(chart, x, y)
        for box in chart.corner_boxes():
            near = box.adjusted(-radius, -radius, radius, radius)
            assert not near.contains(point), (size, (x, y), point, box)


def _area(marker: str, size: float) -> float:
    style = MarkerStyle(marker)
    [polygon] = style.get_path().transformed(style.get_transform()).to_polygons()
    x, y = polygon[:, 0], polygon[:, 1]
    return abs(float(np.dot(x, np.roll(y, 1)) - np.dot(y, np.roll(x, 1)))) / 2 * size**2


def test_markers_and_bubbles_of_every_shape_cover_the_same_area(qtbot, opened) -> None:
    """The chart's marker lines (customers, and bubbles in each size class), grouped by
    shape: the n-th largest of each shape covers the same area."""
    chart = opened.workspace.chart
    shapes = {style: [] for style in ("o", "s", "^", "D")}
    for line in chart.axes.get_lines():
        if line.get_linestyle() == "None" and line.get_marker() in shapes and line.get_zorder() in (2, 2.1):
            shapes[line.get_marker()].append(_area(line.get_marker(), line.get_markersize()))
    ranked = [sorted(areas) for areas in shapes.values()]
    assert len({len(areas) for areas in ranked}) == 1 and ranked[0], ranked
    for areas in zip(*ranked):
        assert max(areas) == pytest.approx(min(areas), rel=0.01), areas


def test_the_four_corners_show_their_potential_all_or_none(qtbot, opened) -> None:
    """Narrower and narrower, the corners drop their potential all four at once: one
    pair with it and the other without read as segments without potential."""
    document, counts = opened.document, opened.workspace.chart.artists.counts
    # One GROW customer with a wallet in the hundreds of billions: the top corners'
    # words grow longer than the bottom ones'.
    row = int(np.flatnonzero(document.result.segment == sg.GROW)[0])
    document.edit_value(row, "wallet", 512_345_000_000.0)
    assert "bn" in counts.box_text("GROW") or "Mrd" in counts.box_text("GROW")
    forms = set()
    for width in range(400, 60, -1):
        counts.place((0, 40, width, 400))
        shown = ["·" in counts.box_text(name) for name in sg.SEGMENTS]
        assert len(set(shown)) == 1, (width, [counts.box_text(name) for name in sg.SEGMENTS])
        forms.add(shown[0])
    assert forms == {True, False}  # both forms were met on the way
