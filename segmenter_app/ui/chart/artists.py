"""What the chart draws: the artists, built once and updated in place; the density
raster; the counts in the corners; the names of selected customers.

A mixin of :class:`~segmenter_app.ui.chart.canvas.QuadrantChart`, which owns the
state these methods read (``document``, ``_rows``, ``_x``/``_y``, ``language``)."""

from __future__ import annotations

import numpy as np
from matplotlib.collections import LineCollection, PolyCollection
from matplotlib.colors import to_rgb, to_rgba
from matplotlib.lines import Line2D
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from segmenter_app.core.model import segmentation as sg
from segmenter_app.core.outputs.chart_style import (
    AXIS_LIMITS,
    COLOURS,
    CORNERS,
    GRID,
    MARKERS,
    THRESHOLD_LINE,
    TINT_ALPHA,
    corner_label_style,
    marker_size,
    marker_style,
    y_limits,
)
from segmenter_app.core.text import texts

#: Raster resolution (bins per axis) for the density view.
RASTER_BINS = 250


#: The segment colours as 8-bit RGB, in the order of sg.SEGMENTS.
RASTER_PALETTE = (np.array([to_rgb(COLOURS[name][0]) for name in sg.SEGMENTS]) * 255).astype(np.uint8)


#: At most this many customers are drawn as bubbles: the largest by the bubble's
#: measure.  A bubble of its own size costs Agg a path per customer (100,000 took
#: 1.3 s per drawing); the others stay drawn as dots or in the density raster.
BUBBLE_LIMIT = 1000
#: Bubble areas (points²): the smallest is a dot's, the largest this much more.
BUBBLE_MIN_AREA = 25.0
BUBBLE_RANGE = 400.0
#: Bubble sizes are drawn in this many steps (areas at the middle of each step).
BUBBLE_CLASSES = 6
BUBBLE_AREAS = BUBBLE_MIN_AREA + BUBBLE_RANGE * (np.arange(BUBBLE_CLASSES) + 0.5) / BUBBLE_CLASSES


def _rectangle(x0: float, y0: float, x1: float, y1: float) -> list[tuple[float, float]]:
    return [(x0, y0), (x1, y0), (x1, y1), (x0, y1)]


class ChartArtists:
    """The drawing half of the quadrant chart."""

    def _build_artists(self) -> None:
        axes = self.axes
        axes.set_xlim(*AXIS_LIMITS)
        axes.set_ylim(*y_limits())  # room above 100 and below 0: no corner box covers a customer
        axes.grid(True, **GRID)
        axes.set_axisbelow(True)
        for side in ("top", "right"):
            axes.spines[side].set_visible(False)
        # The quadrant tints, then the two borderline strips over the customers: one
        # collection each, drawn in one call per mouse move (six patches cost three
        # times as much).
        self._areas = PolyCollection(
            [],
            facecolors=[to_rgba(COLOURS[name][1], TINT_ALPHA) for name in sg.SEGMENTS],
            edgecolors="none",
            zorder=0,
            animated=True,
        )
        axes.add_collection(self._areas)
        self._strips = PolyCollection(
            [], facecolors=to_rgba("#FFD400", 0.18), edgecolors="none", zorder=1.5, animated=True
        )
        axes.add_collection(self._strips)
        self._image = axes.imshow(
            np.zeros((RASTER_BINS, RASTER_BINS, 4), dtype=np.uint8),
            extent=(0, 100, 0, 100),
            origin="lower",
            interpolation="none",
            # The picture is RGBA already: scaling it as colours skips matplotlib's
            # data-stage normalisation (6.4 → 3.8 ms per drawing at 100,000 customers).
            interpolation_stage="rgba",
            aspect="auto",
            zorder=1,
            animated=True,
        )
        # The hidden navigation toolbar asks artists under the mouse for their data on
        # every move; the picture has nothing to tell (1 ms per move).
        self._image.set_mouseover(False)
        self._markers = {name: Line2D([], [], **marker_style(name), animated=True) for name in sg.SEGMENTS}
        for line in self._markers.values():
            axes.add_line(line)
        # Bubbles: per segment one line of markers per size class.  Agg stamps a line's
        # markers from one rendered shape (a scatter of sizes draws a path per customer,
        # four times as slow); BUBBLE_CLASSES sizes are too close to tell apart.
        self._bubbles = {
            name: [
                Line2D(
                    [],
                    [],
                    linestyle="none",
                    marker=MARKERS[name],
                    markersize=marker_size(name, np.pi / 4 * area),  # every shape as large
                    markerfacecolor=COLOURS[name][0],
                    markeredgecolor="white",
                    markeredgewidth=0.4,
                    alpha=0.55,
                    zorder=2.1,
                    animated=True,
                )
                for area in BUBBLE_AREAS
            ]
            for name in sg.SEGMENTS
        }
        for lines in self._bubbles.values():
            for line in lines:
                axes.add_line(line)
        self._selection_artist = Line2D(
            [],
            [],
            linestyle="none",
            marker="o",
            markersize=11,
            markerfacecolor="none",
            markeredgecolor="#111111",
            markeredgewidth=1.6,
            zorder=4,
            animated=True,
        )
        self._found_artist = Line2D(
            [],
            [],
            linestyle="none",
            marker="*",
            markersize=15,
            markerfacecolor="#FFD400",
            markeredgecolor="#111111",
            markeredgewidth=0.8,
            zorder=5,
            animated=True,
        )
        axes.add_line(self._selection_artist)
        axes.add_line(self._found_artist)
        self._sow_line = axes.axvline(50, **THRESHOLD_LINE, animated=True)
        self._kzi_line = axes.axhline(50, **THRESHOLD_LINE, animated=True)
        self._labels = {
            name: axes.text(
                x,
                y,
                name,
                transform=axes.transAxes,
                visible=False,
                **corner_label_style(name),
            )
            for name, (x, y, _ha, _va) in CORNERS.items()
        }
        # An empty title keeps a line free above the axes for the thresholds overlay.
        axes.set_title(" ", fontsize=10, pad=4, parse_math=False)
        self._threshold_text = axes.text(
            0.5,
            1.005,
            "",
            transform=axes.transAxes,
            ha="center",
            va="bottom",
            fontsize=8.5,
            color="#333333",
            visible=False,
            parse_math=False,
        )
        # On screen the counts are Qt labels over the canvas: matplotlib text costs about
        # 5 ms per label to lay out and render, too much for every mouse move of a drag.
        # The matplotlib texts above carry the same words into saved pictures.
        self._corner_overlays: dict[str, QLabel] = {}
        #: Per segment: the label with counts and potential, and a shorter one for
        #: a chart too narrow for two of those side by side.
        self._corner_texts: dict[str, tuple[str, str]] = {}
        for name in sg.SEGMENTS:
            label = QLabel(self)
            label.setStyleSheet(
                f"QLabel {{ color: {COLOURS[name][0]}; background: rgba(255, 255, 255, 150);"
                " border-radius: 4px; padding: 2px 5px; font-weight: bold; }"
            )
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            self._corner_overlays[name] = label
        self._threshold_overlay = QLabel(self)
        self._threshold_overlay.setStyleSheet("QLabel { color: #333333; background: transparent; }")
        self._threshold_overlay.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._build_name_labels()
        # Arrows from where customers were to where they are (after an update).
        self._movements = LineCollection(
            [], colors="#555555", linewidths=0.8, alpha=0.7, zorder=3.5, animated=True
        )
        self._movements.set_gid("movements")  # named in a saved SVG
        axes.add_collection(self._movements)
        self._previous = Line2D(
            [],
            [],
            linestyle="none",
            marker="o",
            markersize=4,
            markerfacecolor="none",
            markeredgecolor="#555555",
            markeredgewidth=0.8,
            zorder=3.5,
            animated=True,
        )
        axes.add_line(self._previous)
        self._movement_from: tuple[np.ndarray, np.ndarray] | None = None
        self._show_movements = False
        self._rubber = Line2D([], [], color="#333333", linewidth=1.0, linestyle="--", zorder=7, animated=True)
        axes.add_line(self._rubber)
        self.retranslate()

    def _prepare_bubbles(self) -> None:
        """Which customers in view are bubbles (the :data:`BUBBLE_LIMIT` largest by the
        bubble's measure) and their sizes: computed when the data, the scope or the
        measure change, not on every threshold move."""
        count = len(self._rows)
        self._bubbled = np.zeros(count, dtype=bool)
        self._bubble_at = np.zeros(0, dtype=np.int64)
        self._bubble_class = np.zeros(0, dtype=np.int64)
        self._bubbles_capped = False
        self._bubbles_drawn = None  # the lines are filled anew
        if not self._bubble or self.document is None or not count:
            return
        values = self.document.table[self._bubble].to_numpy(dtype=np.float64, na_value=np.nan)[self._rows]
        values = np.nan_to_num(values, nan=0.0)
        candidates = np.flatnonzero(values > 0)
        if len(candidates) > BUBBLE_LIMIT:
            self._bubbles_capped = True
            keep = np.argpartition(values[candidates], -BUBBLE_LIMIT)[-BUBBLE_LIMIT:]
            candidates = np.sort(candidates[keep])
        self._bubble_at = candidates
        self._bubbled[candidates] = True
        top = float(values[candidates].max()) if len(candidates) else 1.0
        # The area grows with the square root of the amount (as before: 25 + 400·√(v/top)).
        share = np.sqrt(values[candidates] / top)
        self._bubble_class = np.clip((share * BUBBLE_CLASSES).astype(np.int64), 0, BUBBLE_CLASSES - 1)

    def _draw_customers(self, segments: np.ndarray) -> None:
        """Recolour the customers for the segments in force: the raster or the dots,
        and the bubbles over them."""
        if self._mode == "raster":
            self._image.set_data(self._raster(segments))
        else:
            plain = ~self._bubbled
            for index, name in enumerate(sg.SEGMENTS):
                mask = (segments == index) & plain
                self._markers[name].set_data(self._x[mask], self._y[mask])
        at = self._bubble_at
        if not len(at) and not self._bubble:
            return
        # One key per bubble: segment × size class; lines drawn small to large.
        key = segments[at].astype(np.int64) * BUBBLE_CLASSES + self._bubble_class
        shown = self._shown if self._shown is not None else np.ones(4, dtype=bool)
        drawn = (key, shown.copy(), bool(self._bubble))
        last = getattr(self, "_bubbles_drawn", None)
        if last is not None and all(np.array_equal(a, b) for a, b in zip(last, drawn)):
            return  # no bubble changed segment during this move: the lines stand
        self._bubbles_drawn = drawn
        order = np.argsort(key, kind="stable")
        bounds = np.searchsorted(key[order], np.arange(4 * BUBBLE_CLASSES + 1))
        for index, name in enumerate(sg.SEGMENTS):
            for size, line in enumerate(self._bubbles[name]):
                slot = index * BUBBLE_CLASSES + size
                chosen = at[order[bounds[slot] : bounds[slot + 1]]]
                line.set_data(self._x[chosen], self._y[chosen])
                # An empty line still costs a drawing call (about 0.3 ms).
                line.set_visible(bool(self._bubble) and bool(shown[index]) and len(chosen) > 0)

    def _raster(self, segments: np.ndarray) -> np.ndarray:
        """Customers per cell coloured by their segments, opacity by how many.

        A cell lies in one quadrant unless a threshold line crosses it, so each cell
        takes its quadrant's colour from where it is; only the cells on the two lines mix
        the colours of the customers in them.  About 1 ms for 100,000 customers."""
        t_sow, t_kzi = self.document.resolved_thresholds()
        edges = np.arange(RASTER_BINS + 1) / RASTER_BINS * 100.0
        high_x = edges[:-1] >= t_sow * 100.0  # the whole column is at or right of
        high_y = edges[:-1] >= t_kzi  # the whole row is at or above
        quadrant = np.where(high_y[:, None], np.where(high_x[None, :], 0, 2), np.where(high_x[None, :], 1, 3))
        palette = RASTER_PALETTE
        image = np.empty((RASTER_BINS, RASTER_BINS, 4), dtype=np.uint8)
        image[..., :3] = palette[quadrant]
        image[..., 3] = self._raster_alpha
        # Cells a line runs through: mix the colours of their customers.
        column = int(np.clip(np.searchsorted(edges, t_sow * 100.0, side="right") - 1, 0, RASTER_BINS - 1))
        row = int(np.clip(np.searchsorted(edges, t_kzi, side="right") - 1, 0, RASTER_BINS - 1))
        crossed = (self._bin_x == column) | (self._bin_y == row)
        if self._shown is not None:
            image[..., 3] = np.where(self._shown[quadrant], image[..., 3], 0)
            crossed &= self._shown[segments.astype(np.int64)]
        if crossed.any():
            touched, inverse = np.unique(self._bins[crossed], return_inverse=True)
            colours = palette[segments[crossed].astype(np.int64)]
            counts = np.bincount(inverse, minlength=len(touched))
            flat = image.reshape(-1, 4)
            for channel in range(3):
                sums = np.bincount(inverse, weights=colours[:, channel], minlength=len(touched))
                flat[touched, channel] = (sums / counts).astype(np.uint8)
        return image

    def _update_counts(self, segments: np.ndarray) -> None:
        document = self.document
        potential = np.nan_to_num(document.prepared.potential[self._rows], nan=0.0)
        counts = np.bincount(segments, minlength=4)[:4]
        sums = np.bincount(segments, weights=potential, minlength=4)[:4]
        for index, name in enumerate(sg.SEGMENTS):
            figures = (
                f"{texts.format_number(counts[index], self.language)} · "
                f"{texts.format_money(sums[index], self.language, document.currency)}"
            )
            self._corner_texts[name] = (
                f"{name}<br>{figures}",
                f"{name}<br>{texts.format_number(counts[index], self.language)}",
            )
            self._labels[name].set_text(f"{name}\n{figures}")

    def _place_overlays(self) -> None:
        """Put the count labels in the corners of the axes (display → widget pixels)."""
        if self.document is None:
            for label in [*self._corner_overlays.values(), self._threshold_overlay, *self._name_labels]:
                label.hide()
            self._note.hide()
            return
        ratio = self.devicePixelRatioF() or 1.0
        box = self.axes.get_window_extent()
        left, right = box.x0 / ratio, box.x1 / ratio
        top, bottom = self.height() - box.y1 / ratio, self.height() - box.y0 / ratio
        margin = 4
        labels = self._corner_overlays
        if self._corner_texts:
            for name, label in labels.items():
                label.setText(self._corner_texts[name][0])
                label.adjustSize()
            for pair in (("GROW", "MODEL"), ("MOVE", "FIX")):
                if sum(labels[name].width() for name in pair) + 3 * margin > right - left:
                    for name in pair:
                        labels[name].setText(self._corner_texts[name][1])
                        labels[name].adjustSize()
        for name, label in labels.items():
            x = left + margin if name in ("GROW", "MOVE") else right - label.width() - margin
            y = top + margin if name in ("GROW", "MODEL") else bottom - label.height() - margin
            label.move(int(x), int(y))
            label.show()
        overlay = self._threshold_overlay
        overlay.adjustSize()
        overlay.move(int((left + right - overlay.width()) / 2), int(max(top - overlay.height() - 1, 0)))
        overlay.show()
        self._place_name_labels()
