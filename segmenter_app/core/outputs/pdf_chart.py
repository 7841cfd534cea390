"""The quadrant chart of a priority sheet, drawn as vector graphics straight onto the
PDF page with reportlab: the same style as the chart picture of the workbooks
(``chart_style.py``: tints, grid, threshold lines, a marker shape per segment, the
counts and potential in the corners), but sharp at any zoom, its text searchable, and
about a millisecond a chart instead of a PNG of 100 kB."""

from __future__ import annotations

import numpy as np
from reportlab.lib.colors import HexColor
from reportlab.pdfgen.canvas import FILL_NON_ZERO
from reportlab.platypus import Flowable

from segmenter_app.core.model import segmentation as sg
from segmenter_app.core.outputs import pdf_fonts
from segmenter_app.core.outputs.chart_style import (
    AXIS_LIMITS,
    COLOURS,
    CORNER_BOX,
    GRID,
    THRESHOLD_LINE,
    TINT_ALPHA,
    corner_label_style,
    marker_outline,
    marker_style,
    y_limits,
)
from segmenter_app.core.outputs.report_data import ManagerReport, word
from segmenter_app.core.text import texts

LIMITS = AXIS_LIMITS
TICKS = (0, 20, 40, 60, 80, 100)
AXIS = HexColor("#333333")


def _mix(hex_colour: str, alpha: float) -> HexColor:
    """A tint laid with ``alpha`` over white paper, as one opaque colour."""
    colour = HexColor(hex_colour)
    return HexColor(
        "#{:02X}{:02X}{:02X}".format(
            *(round(255 * (1 - alpha + alpha * c)) for c in (colour.red, colour.green, colour.blue))
        )
    )


class QuadrantChart(Flowable):
    """A manager's customers on the SoW × KZI plane, ``width`` × ``height`` points."""

    def __init__(self, report: ManagerReport, width: float, height: float) -> None:
        super().__init__()
        self.report = report
        self.width = width
        self.height = height

    def wrap(self, available_width, available_height):
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        report = self.report
        language = report.language
        sow, kzi, segments, potential = report.points
        t_sow, t_kzi = report.thresholds
        if not np.isfinite(t_sow) or not np.isfinite(t_kzi):
            t_sow, t_kzi = 50.0, 50.0
        # The plot area, leaving room for tick labels and the axis titles.
        left, bottom = 38.0, 32.0
        right, top = self.width - 6.0, self.height - 6.0
        low, high = LIMITS
        # Room above KZI 100 and below 0 for the corner boxes (as in the picture).
        y_low, y_high = y_limits()

        def x_of(value):
            return left + (np.asarray(value, dtype=np.float64) - low) / (high - low) * (right - left)

        def y_of(value):
            return bottom + (np.asarray(value, dtype=np.float64) - y_low) / (y_high - y_low) * (top - bottom)

        canvas.saveState()
        # Quadrant tints (laid over white, as in the picture).
        xs, ys = float(x_of(t_sow)), float(y_of(t_kzi))
        floor, ceiling = float(y_of(low)), float(y_of(high))
        spans = {
            "GROW": (left, ys, xs - left, ceiling - ys),
            "MODEL": (xs, ys, right - xs, ceiling - ys),
            "MOVE": (left, floor, xs - left, ys - floor),
            "FIX": (xs, floor, right - xs, ys - floor),
        }
        for name, (x, y, w, h) in spans.items():
            canvas.setFillColor(_mix(COLOURS[name][1], TINT_ALPHA))
            canvas.rect(x, y, w, h, stroke=0, fill=1)
        # Grid and tick labels.
        canvas.setStrokeColor(HexColor(GRID["color"]))
        canvas.setLineWidth(GRID["linewidth"])
        canvas.setFont(pdf_fonts.REGULAR, 8)
        canvas.setFillColor(AXIS)
        for tick in TICKS:
            x, y = float(x_of(tick)), float(y_of(tick))
            canvas.line(x, bottom, x, top)
            canvas.line(left, y, right, y)
            canvas.drawCentredString(x, bottom - 11, str(tick))
            canvas.drawRightString(left - 4, y - 3, str(tick))
        canvas.setStrokeColor(AXIS)
        canvas.setLineWidth(0.8)
        canvas.line(left, bottom, right, bottom)
        canvas.line(left, bottom, left, top)
        canvas.setFont(pdf_fonts.REGULAR, 9)
        canvas.drawCentredString((left + right) / 2, 4, word("sow_axis", language))
        canvas.saveState()
        canvas.translate(10, (bottom + top) / 2)
        canvas.rotate(90)
        canvas.drawCentredString(0, 0, word("kzi_axis", language))
        canvas.restoreState()
        # The customers: one path of markers per segment, white edges.
        for index, name in enumerate(sg.SEGMENTS):
            mask = segments == index
            if not mask.any():
                continue
            style = marker_style(name)
            canvas.setStrokeColor(HexColor("#FFFFFF"))
            canvas.setLineWidth(style["markeredgewidth"])
            canvas.setFillAlpha(style["alpha"])
            path = canvas.beginPath()
            for x, y in zip(x_of(sow[mask]).tolist(), y_of(kzi[mask]).tolist()):
                _marker(path, name, x, y, style["markersize"])
            canvas.setFillColor(HexColor(style["markerfacecolor"]))
            # Non-zero winding: two customers at one place are one filled marker, not a
            # hole (even-odd, reportlab's default, cancels where markers overlap).
            canvas.drawPath(path, stroke=1, fill=1, fillMode=FILL_NON_ZERO)
        canvas.setFillAlpha(1)
        # The thresholds.
        canvas.setStrokeColor(HexColor(THRESHOLD_LINE["color"]))
        canvas.setLineWidth(THRESHOLD_LINE["linewidth"])
        canvas.line(xs, floor, xs, ceiling)
        canvas.line(left, ys, right, ys)
        # Counts and potential in the corners.
        corners = {
            "GROW": (left + 4, top - 4, "left", "top"),
            "MODEL": (right - 4, top - 4, "right", "top"),
            "MOVE": (left + 4, bottom + 4, "left", "bottom"),
            "FIX": (right - 4, bottom + 4, "right", "bottom"),
        }
        for index, name in enumerate(sg.SEGMENTS):
            mask = segments == index
            count = texts.format_number(int(mask.sum()), language)
            amount = texts.format_money(float(np.nansum(potential[mask])), language, report.currency)
            _corner_label(canvas, (name, f"{count} · {amount}"), COLOURS[name][0], *corners[name])
        canvas.restoreState()


def _marker(path, name: str, x: float, y: float, size: float) -> None:
    """Matplotlib's marker of the segment (o, s, ^, D) at ``size`` points, centred on
    (x, y): the same shapes and, by ``marker_style``, the same area for every segment."""
    outline = marker_outline(name)
    if outline is None:
        path.circle(x, y, size / 2)
        return
    (x0, y0), *rest = outline
    path.moveTo(x + x0 * size, y + y0 * size)
    for dx, dy in rest:
        path.lineTo(x + dx * size, y + dy * size)
    path.close()


def _corner_label(canvas, lines: tuple[str, str], colour: str, x: float, y: float, ha: str, va: str) -> None:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    size = corner_label_style(lines[0])["fontsize"] if lines[0] in COLOURS else 9.0
    leading, pad = size * 1.2, 3.0
    width = max(stringWidth(line, pdf_fonts.BOLD, size) for line in lines) + 2 * pad
    height = leading * len(lines) + 2 * pad - 2
    box_x = x if ha == "left" else x - width
    box_y = y - height if va == "top" else y
    # Opaque, as the picture's: points under a corner never show through its text.
    canvas.setFillColor(HexColor("#FFFFFF"))
    canvas.setStrokeColor(HexColor(CORNER_BOX["edgecolor"]))
    canvas.setLineWidth(0.5)
    canvas.roundRect(box_x, box_y, width, height, 3, stroke=1, fill=1)
    canvas.setFillColor(HexColor(colour))
    canvas.setFont(pdf_fonts.BOLD, size)
    for number, line in enumerate(lines):
        baseline = box_y + height - pad - size + 1 - number * leading
        if ha == "left":
            canvas.drawString(box_x + pad, baseline, line)
        else:
            canvas.drawRightString(box_x + width - pad, baseline, line)
