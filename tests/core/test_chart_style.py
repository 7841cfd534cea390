"""The quadrant chart on paper (the PDF sheets) and as a picture (workbooks): every
segment's markers cover the same area, and the corner boxes never cover a customer,
not even one at KZI 0 or 100, SoW 0 or 100 (issue 24)."""

from __future__ import annotations

import numpy as np
import pytest
from matplotlib.markers import MarkerStyle

from segmenter_app.core.importing.importer import ImportResult, load_customers
from segmenter_app.core.model import segmentation as sg
from segmenter_app.core.model.document import CustomerDocument
from segmenter_app.core.outputs.chart_picture import QuadrantPicture
from segmenter_app.core.outputs.chart_style import MARKER_AREA, marker_style
from segmenter_app.core.outputs.pdf_sheets import write_pdf
from segmenter_app.core.outputs.report_data import manager_reports
from segmenter_app.core.resources import sample_list

#: Customers in every corner and on every edge of the plane.
EDGES = [(0, 0), (0, 100), (100, 0), (100, 100), (1, 1), (99, 99), (2, 99), (98, 1), (50, 0), (50, 100)]


def polygon_area(points: np.ndarray) -> float:
    x, y = points[:, 0], points[:, 1]
    return abs(float(np.dot(x, np.roll(y, 1)) - np.dot(y, np.roll(x, 1)))) / 2


@pytest.mark.parametrize("segment", sg.SEGMENTS)
def test_every_segment_marker_covers_the_same_area(segment) -> None:
    """Measured on the shape matplotlib draws (the picture, the window) at the size the
    style gives; the PDF draws the same outlines (``chart_style.marker_outline``)."""
    style = marker_style(segment)
    marker = MarkerStyle(style["marker"])
    [polygon] = marker.get_path().transformed(marker.get_transform()).to_polygons()
    area = polygon_area(polygon) * style["markersize"] ** 2
    assert area == pytest.approx(MARKER_AREA, rel=0.01), (segment, area)


@pytest.fixture(scope="module")
def report():
    sample = load_customers(sample_list("de"))
    document = CustomerDocument(ImportResult(sample.table.copy(), sample.report))
    [report] = manager_reports(document, "en", [document.managers[0]])
    sow, kzi, segments, potential = report.points
    t_sow, t_kzi = report.thresholds
    edge_sow = np.array([s for s, _k in EDGES], dtype=float)
    edge_kzi = np.array([k for _s, k in EDGES], dtype=float)
    edge_segments = np.where(
        edge_kzi >= t_kzi, np.where(edge_sow >= t_sow, 0, 2), np.where(edge_sow >= t_sow, 1, 3)
    )
    report.points = (
        np.r_[sow, edge_sow],
        np.r_[kzi, edge_kzi],
        np.r_[segments, edge_segments],
        np.r_[potential, np.zeros(len(EDGES))],
    )
    return report


def test_the_picture_s_corner_boxes_cover_no_customer(report) -> None:
    picture = QuadrantPicture()
    picture.render(*report.points[:3], report.thresholds, "en", potential=report.points[3])
    renderer = picture.canvas.get_renderer()
    boxes = [label.get_bbox_patch().get_window_extent(renderer) for label in picture.labels.values()]
    axes = picture.axes
    sow, kzi = report.points[:2]
    radius = max(marker_style(name)["markersize"] for name in sg.SEGMENTS) / 2 * picture.dpi / 72
    for x, y in axes.transData.transform(np.column_stack([sow, kzi])):
        for box in boxes:
            inside_x = box.x0 - radius < x < box.x1 + radius
            inside_y = box.y0 - radius < y < box.y1 + radius
            assert not (inside_x and inside_y), (x, y, box)


def test_the_pdf_s_corner_boxes_stand_beyond_kzi_0_and_100(report, tmp_path) -> None:
    """On the chart page, the upper corner boxes stand wholly above the line of KZI 100
    and the lower ones below the line of KZI 0 (positions of the text read back with
    PDFium: the tick labels "100" and "0" on the KZI axis mark those lines)."""
    import pypdfium2

    path = write_pdf([report], tmp_path / "sheet.pdf")
    page = pypdfium2.PdfDocument(str(path))[0]
    text = page.get_textpage()
    chars = [(text.get_text_range(i, 1), text.get_charbox(i)) for i in range(text.count_chars())]
    joined = "".join(ch for ch, _box in chars)

    def boxes_of(word: str) -> list[tuple[float, float, float, float]]:
        found, start = [], joined.find(word)
        while start >= 0:
            found.append(
                (
                    min(b[0] for _c, b in chars[start : start + len(word)]),
                    min(b[1] for _c, b in chars[start : start + len(word)]),
                    max(b[2] for _c, b in chars[start : start + len(word)]),
                    max(b[3] for _c, b in chars[start : start + len(word)]),
                )
            )
            start = joined.find(word, start + 1)
        return found

    # The KZI axis' labels are the leftmost "100" and "0" of the page.
    top_tick = min(boxes_of("100"), key=lambda b: b[0])
    bottom_tick = min((b for b in boxes_of("0") if abs(b[0] - top_tick[0]) < 12), key=lambda b: b[1])
    kzi_100 = (top_tick[1] + top_tick[3]) / 2
    kzi_0 = (bottom_tick[1] + bottom_tick[3]) / 2
    radius = max(marker_style(name)["markersize"] for name in sg.SEGMENTS) / 2
    for name in ("GROW", "MODEL"):
        label = min(boxes_of(name), key=lambda b: -b[3])  # the corner's, at the top
        assert label[1] - 12 > kzi_100 + radius, (name, label, kzi_100)  # its count line too
    for name in ("MOVE", "FIX"):
        label = min(boxes_of(name), key=lambda b: b[1])  # the corner's, at the bottom
        assert label[3] < kzi_0 - radius, (name, label, kzi_0)


def test_customers_on_top_of_each_other_stay_filled_in_the_pdf(report, tmp_path) -> None:
    """Two customers at almost one place are one filled marker on paper, not a hole (an
    even-odd fill cancels where markers overlap)."""
    import pypdfium2

    single = type(report)(**{**report.__dict__})
    single.points = (
        np.array([80.0, 80.3]),
        np.array([80.0, 80.0]),
        np.array([0, 0]),
        np.array([1.0, 1.0]),
    )
    single.thresholds = (50.0, 50.0)
    path = write_pdf([single], tmp_path / "sheet.pdf")
    page = pypdfium2.PdfDocument(str(path))[0]
    text = page.get_textpage()
    chars = [(text.get_text_range(i, 1), text.get_charbox(i)) for i in range(text.count_chars())]
    joined = "".join(ch for ch, _box in chars)
    eighties = []
    start = joined.find("80")
    while start >= 0:
        boxes = [chars[start][1], chars[start + 1][1]]
        eighties.append(((boxes[0][0] + boxes[1][2]) / 2, (boxes[0][1] + boxes[1][3]) / 2))
        start = joined.find("80", start + 1)
    x_tick = min(eighties, key=lambda c: c[1])  # on the SoW axis, at the bottom
    y_tick = min(eighties, key=lambda c: c[0])  # on the KZI axis, at the left
    scale = 4
    image = page.render(scale=scale).to_pil().convert("RGB")
    x, y = x_tick[0] * scale, (page.get_height() - y_tick[1]) * scale
    red, green, blue = image.getpixel((round(x), round(y)))
    assert blue > 120 and red < 120, (red, green, blue)  # MODEL's blue, not the tint
