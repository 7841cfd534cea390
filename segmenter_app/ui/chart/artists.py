"""What the quadrant chart draws: the quadrant tints and borderline strips, the
customers (markers, bubbles, or a density raster for large lists), the rings of the
selected and the stars of the found customers, the threshold lines, the movements since
the last update, the rubber band of a rectangle or lasso, and the counts in the corners
(:class:`~segmenter_app.ui.chart.counts.CornerCounts`).

The artists are built once and updated in place.  Everything that changes with the
thresholds is ``animated``: the canvas draws it over a cached background and blits, so a
threshold drag recolours without a full redraw (matplotlib's blitting recipe).  Up to
:data:`MARKER_LIMIT` customers are drawn as markers, one ``Line2D`` per segment in its
colour and shape; more are drawn as a density raster coloured by segment, which costs the
same for 100,000 customers as for 20,000 and still shows every customer.
"""

from __future__ import annotations

import numpy as np
from matplotlib.collections import LineCollection, PolyCollection
from matplotlib.colors import to_rgb, to_rgba
from matplotlib.lines import Line2D

from segmenter_app.core.model import segmentation as sg
from segmenter_app.core.model.document import CustomerDocument
from segmenter_app.core.outputs.chart_style import (
    AXIS_LIMITS,
    COLOURS,
    GRID,
    THRESHOLD_LINE,
    TINT_ALPHA,
    marker_size,
    marker_style,
    y_limits,
)
from segmenter_app.ui.chart.counts import CornerCounts
from segmenter_app.ui.chart.customers import ChartCustomers
from segmenter_app.ui.chart.trails import ChartTrails

#: Above this many customers in view the chart draws a density raster.
MARKER_LIMIT = 15_000
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

#: Movements shorter than this (points) are not drawn as arrows.
MOVE_MIN_POINTS = 0.5
#: At most this many movement arrows (the largest).
MAX_MOVEMENTS = 3000


def _rectangle(x0: float, y0: float, x1: float, y1: float) -> list[tuple[float, float]]:
    return [(x0, y0), (x1, y0), (x1, y1), (x0, y1)]


def _points(axes, **style) -> Line2D:
    """An animated line of markers only (no line between them), added to the axes."""
    line = Line2D([], [], animated=True, **{"linestyle": "none", **style})
    axes.add_line(line)
    return line


def _rings(axes, size: float, colour: str, width: float, zorder: float) -> Line2D:
    """Hollow circles around points."""
    return _points(
        axes,
        marker="o",
        markersize=size,
        markerfacecolor="none",
        markeredgecolor=colour,
        markeredgewidth=width,
        zorder=zorder,
    )


def _chart_positions(sow: np.ndarray | None, kzi: np.ndarray | None) -> tuple[np.ndarray, np.ndarray] | None:
    """Positions in chart units (SoW in %, KZI in points), or None."""
    if sow is None or kzi is None:
        return None
    return np.asarray(sow, dtype=float) * 100.0, np.asarray(kzi, dtype=float)


class ChartArtists:
    def __init__(self, canvas, axes, customers: ChartCustomers) -> None:
        self._axes = axes
        self._customers = customers
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
        self._markers = {name: _points(axes, **marker_style(name)) for name in sg.SEGMENTS}
        # Bubbles: per segment one line of markers per size class, made when bubbles
        # are first switched on (most charts never show them: 24 lines less to make
        # for every window).
        self._bubbles: dict[str, list[Line2D]] = {}
        self._rings = _rings(axes, 11, "#111111", 1.6, zorder=4)
        self._stars = _points(
            axes,
            marker="*",
            markersize=15,
            markerfacecolor="#FFD400",
            markeredgecolor="#111111",
            markeredgewidth=0.8,
            zorder=5,
        )
        self._sow_line = axes.axvline(50, **THRESHOLD_LINE, animated=True)
        self._kzi_line = axes.axhline(50, **THRESHOLD_LINE, animated=True)
        #: the counts in the corners and the thresholds caption
        self.counts = CornerCounts(canvas, axes)
        #: the selected customers' trails through the periods
        self.trails = ChartTrails(canvas, axes)
        # Arrows from where customers were to where they are (after an update).
        self._movements = LineCollection(
            [], colors="#555555", linewidths=0.8, alpha=0.7, zorder=3.5, animated=True
        )
        self._movements.set_gid("movements")  # named in a saved SVG
        axes.add_collection(self._movements)
        self._previous = _rings(axes, 4, "#555555", 0.8, zorder=3.5)
        self._rubber = Line2D([], [], color="#333333", linewidth=1.0, linestyle="--", zorder=7, animated=True)
        axes.add_line(self._rubber)

        self._mode = "markers"
        # The density raster: each customer's cell, and the opacity of each cell.
        self._bins = self._bin_x = self._bin_y = np.zeros(0, dtype=np.int64)
        self._raster_alpha = np.zeros((RASTER_BINS, RASTER_BINS), dtype=np.uint8)
        # Bubbles: the measure, which customers in view are bubbles, their size classes.
        self._bubble: str | None = None
        self._bubbled = np.zeros(0, dtype=bool)
        self._bubble_at = np.zeros(0, dtype=np.int64)
        self._bubble_class = np.zeros(0, dtype=np.int64)
        self._bubbles_capped = False
        self._bubbles_drawn: tuple | None = None  # what the bubble lines hold
        # Movements: where each customer (document row) was before the last update.
        self._movement_from: tuple[np.ndarray, np.ndarray] | None = None
        self._show_movements = False

    # ----------------------------------------------------------------- reading

    @property
    def mode(self) -> str:
        """'markers' (a shape per customer) or 'raster' (density, for large lists)."""
        return self._mode

    @property
    def bubble(self) -> str | None:
        """The column that sizes the points (None: plain markers)."""
        return self._bubble

    @property
    def bubbles_capped(self) -> bool:
        """More customers have the bubble's measure than are drawn as bubbles."""
        return bool(self._bubble) and self._bubbles_capped

    @property
    def bubble_count(self) -> int:
        """How many customers in view are drawn as bubbles."""
        return len(self._bubble_at)

    def _bubble_lines(self) -> dict[str, list[Line2D]]:
        """Per segment one line of markers per size class.  Agg stamps a line's markers
        from one rendered shape (a scatter of sizes draws a path per customer, four
        times as slow); BUBBLE_CLASSES sizes are too close to tell apart."""
        if not self._bubbles:
            self._bubbles = {
                name: [
                    _points(
                        self._axes,
                        **{
                            **marker_style(name),
                            "markersize": marker_size(name, np.pi / 4 * area),  # every shape as large
                            "alpha": 0.55,
                            "zorder": 2.1,
                        },
                    )
                    for area in BUBBLE_AREAS
                ]
                for name in sg.SEGMENTS
            }
        return self._bubbles

    def animated(self) -> list:
        """The artists drawn over the cached background, in drawing order."""
        artists = [self._areas]
        if self._mode == "raster":
            artists.append(self._image)
        else:
            artists += list(self._markers.values())
        if self._bubble:
            artists += [line for lines in self._bubbles.values() for line in lines]
        artists.append(self._strips)
        if self._show_movements and self._movement_from is not None:
            artists += [self._movements, self._previous]
        artists += self.trails.artists()
        artists += [self._sow_line, self._kzi_line, self._rings, self._stars, self._rubber]
        return artists

    def raster_image(self) -> np.ndarray | None:
        """The density picture (RGBA, rows from the bottom) when the chart draws one."""
        return self._image.get_array() if self._mode == "raster" and self._image.get_visible() else None

    def segment_drawn(self, segment: str) -> bool:
        """The customers of ``segment`` are drawn (as markers or bubbles)."""
        return self._markers[segment].get_visible() or any(
            line.get_visible() for line in self._bubbles.get(segment, ())
        )

    def bubbled_points(self) -> dict[int, set[tuple[float, float]]]:
        """Per segment: the customers drawn as bubbles, as (SoW %, KZI points)."""
        return {
            index: {
                (float(x), float(y))
                for line in self._bubbles.get(name, ())
                if line.get_visible()
                for x, y in zip(line.get_xdata(), line.get_ydata())
            }
            for index, name in enumerate(sg.SEGMENTS)
        }

    def ringed_points(self) -> tuple[np.ndarray, np.ndarray]:
        """Where the rings are drawn: (SoW %, KZI points)."""
        xs, ys = self._rings.get_data()
        return np.asarray(xs), np.asarray(ys)

    def starred_points(self) -> tuple[np.ndarray, np.ndarray]:
        """Where the search's stars are drawn: (SoW %, KZI points)."""
        xs, ys = self._stars.get_data()
        return np.asarray(xs), np.asarray(ys)

    def has_movements(self) -> bool:
        return self._movement_from is not None

    def movement_lines(self) -> int:
        """How many movement lines (since the last update) are drawn."""
        return len(self._movements.get_segments())

    # ----------------------------------------------------------------- changing

    def set_bubble(self, measure: str | None) -> None:
        """Marker size by 'revenue' or 'wallet', or None; drawn at the next
        :meth:`reposition`."""
        self._bubble = measure

    def set_rubber(self, points: list[tuple[float, float]]) -> None:
        """The outline of a rectangle or lasso being drawn (data coordinates, closed
        here); empty to remove it."""
        closed = points + points[:1] if len(points) > 1 else points
        self._rubber.set_data([p[0] for p in closed], [p[1] for p in closed])

    def reset_movements(self, document: CustomerDocument | None) -> None:
        """A new list: the movements since its last update, hidden until asked for."""
        self._show_movements = False
        positions = document.previous_positions if document is not None else None
        self._movement_from = _chart_positions(*positions) if positions is not None else None

    def set_movements(self, previous_sow: np.ndarray | None, previous_kzi: np.ndarray | None) -> None:
        """Where each customer (document row) was before an update: SoW as a fraction,
        KZI in points, NaN for customers that are new."""
        self._movement_from = _chart_positions(previous_sow, previous_kzi)
        self._update_movements()

    def show_movements(self, shown: bool) -> None:
        self._show_movements = shown
        self._update_movements()

    def follow_filters(self) -> None:
        """The segments shown or the search changed: the movement lines follow."""
        if self._show_movements:
            self._update_movements()

    def reposition(self) -> None:
        """After the customers in view changed (data, scope, bubble measure): how they
        are drawn — markers or raster, the raster's cells, which are bubbles — and
        their movements.  Not on a threshold move."""
        customers = self._customers
        count = len(customers.rows)
        self._mode = "raster" if count > MARKER_LIMIT else "markers"
        ix = np.clip((customers.x / 100.0 * RASTER_BINS).astype(np.int64), 0, RASTER_BINS - 1)
        iy = np.clip((customers.y / 100.0 * RASTER_BINS).astype(np.int64), 0, RASTER_BINS - 1)
        self._bins = iy * RASTER_BINS + ix
        self._bin_x, self._bin_y = ix, iy
        # Customers per cell and the opacity they give it do not change with the
        # thresholds: computed once here, not on every move.
        total = np.bincount(self._bins, minlength=RASTER_BINS * RASTER_BINS)
        total = total.reshape(RASTER_BINS, RASTER_BINS).astype(np.float32)
        peak = float(total.max()) if total.size and total.max() > 0 else 1.0
        alpha = np.where(total > 0, 0.45 + 0.55 * np.log1p(total) / np.log1p(max(peak, 1.0)), 0.0)
        self._raster_alpha = (alpha * 255).astype(np.uint8)
        self._prepare_bubbles()
        self.apply_visibility()
        self._update_movements()

    def apply_visibility(self) -> None:
        """Show the layer of the mode and the segments the toggles show."""
        shown = self._customers.segment_shown()
        self._image.set_visible(self._mode == "raster")
        for index, name in enumerate(sg.SEGMENTS):
            self._markers[name].set_visible(self._mode == "markers" and shown[index])
            if not (self._bubble and shown[index]):
                for line in self._bubbles.get(name, ()):
                    line.set_visible(False)  # the drawing shows the lines with bubbles

    def update(self) -> None:
        """Bring everything that follows the thresholds up to date: the lines, tints and
        strips, the customers' colours, the counts, the rings and stars."""
        customers = self._customers
        document = customers.document
        if document is None:
            self._areas.set_visible(False)
            self._strips.set_visible(False)
            return
        t_sow, t_kzi = document.resolved_thresholds()
        sow_x, kzi_y = t_sow * 100.0, t_kzi
        if np.isnan(sow_x) or np.isnan(kzi_y):
            sow_x, kzi_y = 50.0, 50.0
        self._sow_line.set_xdata([sow_x, sow_x])
        self._kzi_line.set_ydata([kzi_y, kzi_y])
        low, high = AXIS_LIMITS
        spans = [  # in the order of sg.SEGMENTS: MODEL, FIX, GROW, MOVE
            (sow_x, kzi_y, high, high),
            (sow_x, low, high, kzi_y),
            (low, kzi_y, sow_x, high),
            (low, low, sow_x, kzi_y),
        ]
        band = document.band_points
        strips = [(sow_x - band, low, sow_x + band, high), (low, kzi_y - band, high, kzi_y + band)]
        self._areas.set_verts([_rectangle(*span) for span in spans])
        self._areas.set_visible(True)
        self._strips.set_verts([_rectangle(*strip) for strip in strips])
        self._strips.set_visible(band > 0)
        segments = customers.segments()
        self._draw_customers(segments, t_sow, t_kzi)
        self.counts.update(segments, document.prepared.potential[customers.rows], (t_sow, t_kzi))
        for artist, rows in ((self._rings, customers.selected), (self._stars, customers.found)):
            artist.set_data(*customers.positions(customers.drawn_of(rows)))
        if customers.segments_filtered:
            self.follow_filters()  # a customer moved into a hidden segment (or out of one)

    # ----------------------------------------------------------------- customers

    def _prepare_bubbles(self) -> None:
        """Which customers in view are bubbles (the :data:`BUBBLE_LIMIT` largest by the
        bubble's measure) and their sizes: computed when the data, the scope or the
        measure change, not on every threshold move."""
        customers = self._customers
        rows, document = customers.rows, customers.document
        count = len(rows)
        self._bubbled = np.zeros(count, dtype=bool)
        self._bubble_at = np.zeros(0, dtype=np.int64)
        self._bubble_class = np.zeros(0, dtype=np.int64)
        self._bubbles_capped = False
        self._bubbles_drawn = None  # the lines are filled anew
        if not self._bubble or document is None or not count:
            return
        values = document.table[self._bubble].to_numpy(dtype=np.float64, na_value=np.nan)[rows]
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

    def _draw_customers(self, segments: np.ndarray, t_sow: float, t_kzi: float) -> None:
        """Recolour the customers for the segments in force: the raster or the dots,
        and the bubbles over them."""
        x, y = self._customers.x, self._customers.y
        if self._mode == "raster":
            self._image.set_data(self._raster(segments, t_sow, t_kzi))
        else:
            plain = ~self._bubbled
            for index, name in enumerate(sg.SEGMENTS):
                mask = (segments == index) & plain
                self._markers[name].set_data(x[mask], y[mask])
        at = self._bubble_at
        if not len(at) and not self._bubble:
            return
        # One key per bubble: segment × size class; lines drawn small to large.
        key = segments[at].astype(np.int64) * BUBBLE_CLASSES + self._bubble_class
        shown = self._customers.segment_shown()
        drawn = (key, shown.copy(), bool(self._bubble))
        last = self._bubbles_drawn
        if last is not None and all(np.array_equal(a, b) for a, b in zip(last, drawn)):
            return  # no bubble changed segment during this move: the lines stand
        self._bubbles_drawn = drawn
        order = np.argsort(key, kind="stable")
        bounds = np.searchsorted(key[order], np.arange(4 * BUBBLE_CLASSES + 1))
        lines = self._bubble_lines()
        for index, name in enumerate(sg.SEGMENTS):
            for size, line in enumerate(lines[name]):
                slot = index * BUBBLE_CLASSES + size
                chosen = at[order[bounds[slot] : bounds[slot + 1]]]
                line.set_data(x[chosen], y[chosen])
                # An empty line still costs a drawing call (about 0.3 ms).
                line.set_visible(bool(self._bubble) and bool(shown[index]) and len(chosen) > 0)

    def _raster(self, segments: np.ndarray, t_sow: float, t_kzi: float) -> np.ndarray:
        """Customers per cell coloured by their segments, opacity by how many.

        A cell lies in one quadrant unless a threshold line crosses it, so each cell
        takes its quadrant's colour from where it is; only the cells on the two lines mix
        the colours of the customers in them.  About 1 ms for 100,000 customers."""
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
        if self._customers.segments_filtered:
            shown = self._customers.segment_shown()
            image[..., 3] = np.where(shown[quadrant], image[..., 3], 0)
            crossed &= shown[segments.astype(np.int64)]
        if crossed.any():
            touched, inverse = np.unique(self._bins[crossed], return_inverse=True)
            colours = palette[segments[crossed].astype(np.int64)]
            counts = np.bincount(inverse, minlength=len(touched))
            flat = image.reshape(-1, 4)
            for channel in range(3):
                sums = np.bincount(inverse, weights=colours[:, channel], minlength=len(touched))
                flat[touched, channel] = (sums / counts).astype(np.uint8)
        return image

    # ----------------------------------------------------------------- movements

    def _update_movements(self) -> None:
        customers = self._customers
        document = customers.document
        # Hidden, not only left out of the blit: a saved picture draws every visible artist.
        for artist in (self._movements, self._previous):
            artist.set_visible(self._show_movements and self._movement_from is not None)
        # Hidden lines are not built: a period switch sets 100,000 positions before and
        # would build every line (about 150 ms) for nothing; shown, they are built then.
        if (
            not self._show_movements
            or document is None
            or self._movement_from is None
            or len(self._movement_from[0]) != len(document)
        ):
            self._movements.set_segments([])
            self._previous.set_data([], [])
            return
        before_x, before_y = self._movement_from
        rows, x, y = customers.rows, customers.x, customers.y
        old_x, old_y = before_x[rows], before_y[rows]
        distance = np.hypot(x - old_x, y - old_y)
        moved = np.isfinite(distance) & (distance > MOVE_MIN_POINTS)
        # The lines follow what the chart shows: no line for a segment the toggles hide,
        # and while a search finds customers, only theirs (300 lines were a blur when the
        # table was searched down to one customer).
        moved &= customers.drawn()
        if len(customers.found):
            moved &= np.isin(rows, customers.found)
        chosen = np.flatnonzero(moved)
        if len(chosen) > MAX_MOVEMENTS:  # the largest moves; thousands of arrows are a blur
            chosen = chosen[np.argsort(distance[chosen])[-MAX_MOVEMENTS:]]
        segments = np.stack(
            [
                np.column_stack([old_x[chosen], old_y[chosen]]),
                np.column_stack([x[chosen], y[chosen]]),
            ],
            axis=1,
        )
        self._movements.set_segments(segments)
        self._previous.set_data(old_x[chosen], old_y[chosen])
