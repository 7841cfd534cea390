"""Trails of the selected customers through the project's periods (PRODUCT.md §8): a line
through each period's position, a dot in the segment the customer had then, the
period's label beside each dot, the current (last) period's dot ringed and its label
in bold.  The chart shows one period; the trails show where its customers were in all
of them.

The line and the dots are matplotlib artists drawn over the cached background with
the others (built once, their data set again when the selection or the periods change,
never on a threshold move); the labels are Qt labels over the canvas, placed so that
they overlap no name, corner box or other label (as the names are), and placed again
only when the trails, the view or the names moved.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from matplotlib.collections import LineCollection
from matplotlib.colors import to_rgba
from matplotlib.lines import Line2D
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel

from segmenter_app.core.model import history as hs
from segmenter_app.core.model import segmentation as sg
from segmenter_app.core.outputs.chart_style import COLOURS
from segmenter_app.ui.chart.counts import Box
from segmenter_app.ui.chart.placing import place_labels

#: Trails are drawn for at most this many selected customers (as names are).
MAX_TRAILS = 15
#: Their periods are labelled for at most this many (more labels are a blur).
MAX_LABELLED = 4
_GREY = "#4D4D4D"
_LABEL_STYLE = (
    "QLabel {{ color: #222222; background: rgba(255, 255, 255, 220); border: 1px solid {border};"
    " border-radius: 2px; padding: 0px 2px; font-size: 7pt; {weight} }}"
)


class ChartTrails:
    def __init__(self, canvas, axes) -> None:
        self._canvas = canvas
        self._axes = axes
        self._lines = LineCollection([], colors=_GREY, linewidths=1.3, alpha=0.85, zorder=3.7, animated=True)
        self._lines.set_gid("trails")  # named in a saved SVG
        axes.add_collection(self._lines)
        self._dots = axes.scatter([], [], s=26, edgecolors="white", linewidths=0.8, zorder=3.8, animated=True)
        self._dots.set_mouseover(False)
        # The current period's dot: a ring around it.
        self._current = Line2D(
            [],
            [],
            linestyle="none",
            marker="o",
            markersize=10,
            markerfacecolor="none",
            markeredgecolor="#111111",
            markeredgewidth=1.6,
            zorder=3.9,
            animated=True,
        )
        axes.add_line(self._current)
        self._labels: list[QLabel] = []
        self._trails: hs.Trails | None = None
        self._periods: list[str] = []
        self._shown_period = -1
        #: per label: (x, y) in chart units, its text, whether it is the current period's
        self._anchors: list[tuple[float, float, str, bool]] = []
        self._placed_for: tuple | None = None
        self._left_out = 0

    # ----------------------------------------------------------------- reading

    def artists(self) -> list:
        """The artists drawn over the background (none without trails)."""
        return [self._lines, self._dots, self._current] if self._lines.get_visible() else []

    def count(self) -> int:
        """How many customers' trails are drawn."""
        return len(self._lines.get_segments())

    def points(self) -> np.ndarray:
        """The dots drawn: (SoW %, KZI points) per dot."""
        return np.asarray(self._dots.get_offsets())

    def current_points(self) -> tuple[np.ndarray, np.ndarray]:
        """Where the current period's rings are."""
        xs, ys = self._current.get_data()
        return np.asarray(xs), np.asarray(ys)

    def shown_labels(self) -> list[QLabel]:
        return [label for label in self._labels if label.isVisible()]

    def note(self) -> str:
        """Why trails or their labels are missing ("" when nothing to say)."""
        trails = self._trails
        if trails is None:
            return ""
        if len(trails.keys) > MAX_TRAILS:
            return QCoreApplication.translate(
                "QuadrantChart", "trails are drawn for up to {limit} selected"
            ).format(limit=MAX_TRAILS)
        if len(trails.keys) > MAX_LABELLED:
            return QCoreApplication.translate(
                "QuadrantChart", "periods are named on trails for up to {limit} selected"
            ).format(limit=MAX_LABELLED)
        return ""

    # ----------------------------------------------------------------- changing

    def set_trails(self, trails: hs.Trails | None, periods: Sequence[str], shown: int) -> None:
        """The trails of the selected customers (None or fewer than two periods: none),
        the periods' labels (oldest first) and the index of the period the chart shows."""
        self._trails = trails if trails is not None and len(periods) > 1 else None
        self._periods = list(periods)
        self._shown_period = shown
        self._placed_for = None
        self._fill()

    def _fill(self) -> None:
        trails = self._trails
        drawn = trails is not None and 0 < len(trails.keys) <= MAX_TRAILS
        for artist in (self._lines, self._dots, self._current):
            artist.set_visible(drawn)
        self._anchors = []
        if not drawn:
            self._lines.set_segments([])
            self._dots.set_offsets(np.zeros((0, 2)))
            self._current.set_data([], [])
            return
        x, y = trails.sow * 100.0, trails.kzi
        present = np.isfinite(x) & np.isfinite(y)
        segments, dots, colours, rings = [], [], [], []
        current = len(self._periods) - 1
        labelled = len(trails.keys) <= MAX_LABELLED
        for customer in range(len(trails.keys)):
            periods = np.flatnonzero(present[:, customer])
            if len(periods) > 1:
                segments.append(np.column_stack([x[periods, customer], y[periods, customer]]))
            for period in periods.tolist():
                point = (float(x[period, customer]), float(y[period, customer]))
                dots.append(point)
                code = int(trails.segment[period, customer])
                colours.append(to_rgba(COLOURS[sg.SEGMENTS[code]][0]) if code >= 0 else to_rgba("#9E9E9E"))
                if period == current:
                    rings.append(point)
                if labelled:
                    self._anchors.append((*point, self._periods[period], period == current))
        self._lines.set_segments(segments)
        self._dots.set_offsets(np.array(dots) if dots else np.zeros((0, 2)))
        self._dots.set_facecolors(colours if colours else "none")
        self._current.set_data([p[0] for p in rings], [p[1] for p in rings])

    # ----------------------------------------------------------------- labels

    def hide(self) -> None:
        for label in self._labels:
            label.hide()
        self._placed_for = None

    def place(self, bounds: Box, obstacles: Sequence[Box]) -> None:
        """Put each period's label beside its dot where it overlaps nothing else (left
        out where it would); only when something it depends on moved."""
        canvas = self._canvas
        key = (
            tuple(bounds),
            tuple(obstacles),
            tuple(self._axes.get_xlim()),
            tuple(self._axes.get_ylim()),
            tuple(self._anchors),
        )
        if key == self._placed_for:
            return
        self._placed_for = key
        anchors = self._anchors
        while len(self._labels) < len(anchors):
            label = QLabel(canvas)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            self._labels.append(label)
        for label in self._labels[len(anchors) :]:
            label.hide()
        if not anchors:
            self._left_out = 0
            return
        ratio = canvas.devicePixelRatioF() or 1.0
        height = canvas.height()
        points = self._axes.transData.transform(np.array([(a[0], a[1]) for a in anchors]))
        where = [(px / ratio, height - py / ratio) for px, py in points]
        labels = self._labels[: len(anchors)]
        for label, (_x, _y, text, current) in zip(labels, anchors):
            label.setText(text)
            label.setStyleSheet(
                _LABEL_STYLE.format(
                    border="#111111" if current else "#B0B0B0", weight="font-weight: bold;" if current else ""
                )
            )
            label.adjustSize()
        inside = [bounds[0] <= x <= bounds[2] and bounds[1] <= y <= bounds[3] for x, y in where]
        places = iter(
            place_labels(
                [point for point, keep in zip(where, inside) if keep],
                [(label.width(), label.height()) for label, keep in zip(labels, inside) if keep],
                obstacles,
                bounds,
            )
        )
        self._left_out = 0
        for label, keep in zip(labels, inside):
            place = next(places) if keep else None
            if place is None:
                label.hide()
                self._left_out += keep
                continue
            label.move(int(place[0]), int(place[1]))
            label.show()
            label.raise_()
