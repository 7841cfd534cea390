"""One look for the quadrant chart, wherever it is drawn: the window's chart
(``ui/chart``) and the pictures in workbooks and PDFs (``chart_picture``) take their
colours, shapes, sizes and line widths from here, so the two never drift apart.

Okabe–Ito colours, which people with the common colour-vision deficiencies tell apart;
each segment also has its own marker shape, so no reader depends on colour alone.
"""

from __future__ import annotations

import math
from functools import cache
from typing import Any

#: Segment → (colour, light tint for fills and quadrant backgrounds)
COLOURS: dict[str, tuple[str, str]] = {
    "MODEL": ("#0072B2", "#D6E9F5"),  # blue
    "FIX": ("#D55E00", "#F8DCCA"),  # vermillion
    "GROW": ("#009E73", "#CCEDE3"),  # bluish green
    "MOVE": ("#CC79A7", "#F4E1EC"),  # reddish purple
}
UNCLASSIFIED_COLOUR = ("#8C8C8C", "#E6E6E6")
#: matplotlib marker per segment
MARKERS: dict[str, str] = {"MODEL": "o", "FIX": "s", "GROW": "^", "MOVE": "D"}
#: Unicode shape per segment, for text (table chips, legends in workbooks)
SYMBOLS: dict[str, str] = {"MODEL": "●", "FIX": "■", "GROW": "▲", "MOVE": "◆"}

#: The axes run a little past 0–100 so that points on the edge are whole.
AXIS_LIMITS = (-2.0, 102.0)
#: Room above KZI 100 and below KZI 0, as a fraction of the axes' height, kept free of
#: customers for the corner boxes: no box ever covers a point, even at 0 or 100.
CORNER_ROOM = 0.1
#: Every segment's markers cover the same area (square points): a triangle or a
#: diamond is as easy to see as a circle 5.5 points across.
MARKER_AREA = math.pi / 4 * 5.5**2
#: The area of each marker at a markersize of 1, as matplotlib draws it: a circle 1
#: across, a unit square, a triangle of base and height 1, a unit square turned by 45°
#: (tests/core/test_chart_style.py measures them).
UNIT_AREAS: dict[str, float] = {"o": math.pi / 4, "s": 1.0, "^": 0.5, "D": 1.0}
GRID: dict[str, Any] = {"color": "#E4E4E4", "linewidth": 0.6}
#: Opacity of a quadrant's tint over the white axes.
TINT_ALPHA = 0.55
THRESHOLD_LINE: dict[str, Any] = {"color": "#222222", "linewidth": 1.6, "zorder": 3}
#: Where each segment's name and counts stand: (x, y, ha, va) in axes fractions.
CORNERS: dict[str, tuple[float, float, str, str]] = {
    "GROW": (0.01, 0.99, "left", "top"),
    "MODEL": (0.99, 0.99, "right", "top"),
    "MOVE": (0.01, 0.01, "left", "bottom"),
    "FIX": (0.99, 0.01, "right", "bottom"),
}
#: The corner boxes are opaque: points under them never show through the text.
CORNER_BOX: dict[str, Any] = {"boxstyle": "round,pad=0.3", "facecolor": "white", "edgecolor": "#DDDDDD"}


def y_limits(room: float = CORNER_ROOM) -> tuple[float, float]:
    """The KZI axis' limits that leave ``room`` (a fraction of the axes' height) free
    above and below :data:`AXIS_LIMITS` for the corner boxes."""
    low, high = AXIS_LIMITS
    extra = room * (high - low) / (1 - 2 * room)
    return low - extra, high + extra


def marker_size(segment: str, area: float = MARKER_AREA) -> float:
    """The markersize (points) at which ``segment``'s marker covers ``area`` square points."""
    return math.sqrt(area / UNIT_AREAS[MARKERS[segment]])


@cache
def marker_outline(segment: str) -> tuple[tuple[float, float], ...] | None:
    """The corners of ``segment``'s marker at a markersize of 1, centred on 0 (y up),
    as matplotlib draws it; None for the circle."""
    if MARKERS[segment] == "o":
        return None
    from matplotlib.markers import MarkerStyle

    style = MarkerStyle(MARKERS[segment])
    [polygon] = style.get_path().transformed(style.get_transform()).to_polygons()
    return tuple((float(x), float(y)) for x, y in polygon[:-1])


def marker_style(segment: str) -> dict[str, Any]:
    """The keyword arguments of a ``Line2D`` that draws one segment's customers."""
    return {
        "linestyle": "none",
        "marker": MARKERS[segment],
        "markersize": marker_size(segment),
        "markerfacecolor": COLOURS[segment][0],
        "markeredgecolor": "white",
        "markeredgewidth": 0.4,
        "alpha": 0.85,
        "zorder": 2,
    }


def corner_label_style(segment: str) -> dict[str, Any]:
    """The keyword arguments of the ``text`` with a segment's name in its corner."""
    x, y, ha, va = CORNERS[segment]
    return {
        "ha": ha,
        "va": va,
        "fontsize": 9.5,
        "color": COLOURS[segment][0],
        "fontweight": "bold",
        "zorder": 6,
        "bbox": CORNER_BOX,
        # Counts and money are literal text: "$310k … $5M" is no formula.
        "parse_math": False,
    }


#: The chart saved as a picture (File ▸ Save chart as picture): A4 landscape's shape,
#: whatever the window's shape, at :data:`PICTURE_DPI` (1575 × 1110 pixels).
PICTURE_INCHES = (10.5, 7.4)
PICTURE_DPI = 150
