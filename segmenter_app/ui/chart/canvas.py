"""The quadrant chart: SoW (x, 0–100 %) against KZI (y, 0–100 points).

The artists are built once.  Everything that changes with the thresholds — the
quadrant tints, the customers, the threshold lines, the counts — is ``animated``: it is
drawn over a cached background and blitted, so a threshold drag recolours without a
full redraw (matplotlib's blitting recipe).  Up to :data:`MARKER_LIMIT` customers are
drawn as markers, one ``Line2D`` per segment in its colour and shape; more are drawn as
a density raster coloured by segment, which costs the same for 100,000 customers as for
20,000 and still shows every customer.

Interaction (press, drag, hover, click, rectangle and lasso) lives in
``interaction.ChartInteraction``.
"""

from __future__ import annotations

import warnings

import numpy as np
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg, NavigationToolbar2QT
from matplotlib.figure import Figure
from PySide6.QtCore import QCoreApplication, Signal

from segmenter_app.core.model import segmentation as sg
from segmenter_app.core.model.document import CustomerDocument
from segmenter_app.core.model.events import DocumentChange
from segmenter_app.core.outputs.chart_style import (
    AXIS_LIMITS,
    y_limits,
)
from segmenter_app.core.text import texts
from segmenter_app.ui.chart.artists import RASTER_BINS, RASTER_PALETTE, ChartArtists, _rectangle  # noqa: F401
from segmenter_app.ui.chart.interaction import ChartInteraction
from segmenter_app.ui.chart.labels import MAX_LABELS, NameLabels  # noqa: F401
from segmenter_app.ui.chart.picture import ChartPicture

#: Above this many customers in view the chart draws a density raster.
MARKER_LIMIT = 15_000
#: Movements shorter than this (points) are not drawn as arrows.
MOVE_MIN_POINTS = 0.5
#: At most this many movement arrows (the largest).
MAX_MOVEMENTS = 3000


def _positions(sow: np.ndarray | None, kzi: np.ndarray | None) -> tuple[np.ndarray, np.ndarray] | None:
    """Positions in chart units (SoW in %, KZI in points), or None."""
    if sow is None or kzi is None:
        return None
    return np.asarray(sow, dtype=float) * 100.0, np.asarray(kzi, dtype=float)


class QuadrantChart(ChartArtists, NameLabels, ChartPicture, ChartInteraction, FigureCanvasQTAgg):
    #: A customer was clicked (document row; additive when Ctrl was held).
    point_clicked = Signal(int, bool)
    #: A rectangle or lasso selected these document rows.
    rows_selected = Signal(object)

    def __init__(self, document: CustomerDocument | None = None, language: str = "en", parent=None) -> None:
        figure = Figure(figsize=(6, 5), dpi=100, layout="constrained")
        FigureCanvasQTAgg.__init__(self, figure)
        self.setParent(parent)
        self.language = language
        self.draw_count = 0
        self.blit_count = 0
        self.axes = figure.add_subplot()
        # Zoom and pan come from matplotlib's toolbar, kept hidden.  Its parent is the
        # chart: a toolbar without one is a window of its own that Qt never deletes, and
        # it held the chart, and through it the window and its last document, for good.
        self._toolbar = NavigationToolbar2QT(self, self)
        self._toolbar.hide()
        self._background = None
        self.document: CustomerDocument | None = None
        self._scope: np.ndarray | None = None
        self._shown: np.ndarray | None = None  # per segment: drawn (None: all)
        self._selected = np.zeros(0, dtype=np.int64)
        self._found = np.zeros(0, dtype=np.int64)
        self._bubble: str | None = None
        self._build_artists()
        ChartInteraction.__init__(self)
        self.mpl_connect("draw_event", self._on_draw)
        if document is not None:
            self.set_document(document)

    # ----------------------------------------------------------------- building

    def retranslate(self) -> None:
        # Drawn literally (parse_math off), as every text on the chart: a "$" in a
        # translation or a customer's name never starts mathtext.
        self.axes.set_xlabel(
            QCoreApplication.translate("QuadrantChart", "Share of wallet (%)"), parse_math=False
        )
        self.axes.set_ylabel(
            QCoreApplication.translate("QuadrantChart", "Customer satisfaction index (KZI, points)"),
            parse_math=False,
        )

    def animated_artists(self) -> list:
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
        artists += [self._sow_line, self._kzi_line, self._selection_artist, self._found_artist]
        artists += [self._rubber]
        return artists

    # ----------------------------------------------------------------- document

    def set_document(self, document: CustomerDocument | None) -> None:
        if self.document is not None:
            self.document.changed.disconnect(self._on_document_changed)
        self.document = document
        # The movements since the document's last update, hidden until asked for.
        self._show_movements = False
        positions = document.previous_positions if document is not None else None
        self._movement_from = _positions(*positions) if positions is not None else None
        self._scope = None
        self._selected = np.zeros(0, dtype=np.int64)
        self._found = np.zeros(0, dtype=np.int64)
        if document is not None:
            document.changed.connect(self._on_document_changed)
        self._positions_changed()

    def set_scope(self, rows: np.ndarray | None) -> None:
        """Show only these document rows (one manager's customers); None shows all."""
        self._scope = None if rows is None else np.asarray(rows, dtype=np.int64)
        self._positions_changed()

    def set_segments_shown(self, segments: set[int] | None) -> None:
        """Draw only the customers of these segments (the table's segment toggles);
        None draws all.  Hidden customers are neither drawn nor found by the mouse."""
        self._shown = None if segments is None else np.array([index in segments for index in range(4)])
        self._apply_visibility()
        self.invalidate_hover_cache()
        self.refresh()

    def _apply_visibility(self) -> None:
        shown = self._shown if self._shown is not None else np.ones(4, dtype=bool)
        self._image.set_visible(self._mode == "raster")
        for index, name in enumerate(sg.SEGMENTS):
            self._markers[name].set_visible(self._mode == "markers" and shown[index])
            if not (self._bubble and shown[index]):
                for line in self._bubbles[name]:
                    line.set_visible(False)  # the drawing shows the lines with bubbles

    def set_selection(self, rows: np.ndarray) -> None:
        self._selected = np.asarray(rows, dtype=np.int64)
        self._update_labels()
        self.refresh()

    def set_found(self, rows: np.ndarray) -> None:
        self._found = np.asarray(rows, dtype=np.int64)
        self.refresh()

    def set_movements(self, previous_sow: np.ndarray | None, previous_kzi: np.ndarray | None) -> None:
        """Where each customer (document row) was before an update: SoW as a fraction,
        KZI in points, NaN for customers that are new."""
        self._movement_from = _positions(previous_sow, previous_kzi)
        self._update_movements()
        self.refresh()

    def show_movements(self, shown: bool) -> None:
        self._show_movements = shown
        self._update_movements()
        self.refresh()

    def _update_movements(self) -> None:
        document = self.document
        # Hidden, not only left out of the blit: a saved picture draws every visible artist.
        for artist in (self._movements, self._previous):
            artist.set_visible(self._show_movements and self._movement_from is not None)
        if document is None or self._movement_from is None or len(self._movement_from[0]) != len(document):
            self._movements.set_segments([])
            self._previous.set_data([], [])
            return
        before_x, before_y = self._movement_from
        rows = self._rows
        old_x, old_y = before_x[rows], before_y[rows]
        distance = np.hypot(self._x - old_x, self._y - old_y)
        moved = np.isfinite(distance) & (distance > MOVE_MIN_POINTS)
        chosen = np.flatnonzero(moved)
        if len(chosen) > MAX_MOVEMENTS:  # the largest moves; thousands of arrows are a blur
            chosen = chosen[np.argsort(distance[chosen])[-MAX_MOVEMENTS:]]
        segments = np.stack(
            [
                np.column_stack([old_x[chosen], old_y[chosen]]),
                np.column_stack([self._x[chosen], self._y[chosen]]),
            ],
            axis=1,
        )
        self._movements.set_segments(segments)
        self._previous.set_data(old_x[chosen], old_y[chosen])

    def set_bubble(self, mode: str | None) -> None:
        """Marker size by 'revenue' or 'wallet', or None."""
        self._bubble = mode
        self._positions_changed()

    def set_language(self, language: str) -> None:
        self.language = language
        self.retranslate()
        self.refresh()
        self.draw_idle()

    def _on_document_changed(self, change: DocumentChange) -> None:
        if change.moved:
            self._positions_changed()  # an edited amount or score moves the customer
        elif change.recoloured or change.thresholds_moved or "band" in change.state:
            self.refresh()  # colours, lines, tints and counts; the points stay
        elif "customer_name" in change.inputs:
            self._update_labels()  # a renamed customer's label says the new name
            self.blit_now()
        # A note or another text changed: nothing on the chart did.

    def _positions_changed(self) -> None:
        """Which customers are in view and where: computed when the data or the scope
        change, not on every threshold move."""
        document = self.document
        if document is None:
            self._rows = np.zeros(0, dtype=np.int64)
        else:
            rows = np.flatnonzero(document.prepared.classified)
            if self._scope is not None:
                rows = np.intersect1d(rows, self._scope, assume_unique=False)
            self._rows = rows
        self._mode = "raster" if len(self._rows) > MARKER_LIMIT else "markers"
        if document is not None:
            self._x = document.prepared.sow[self._rows] * 100.0
            self._y = document.prepared.kzi[self._rows]
            ix = np.clip((self._x / 100.0 * RASTER_BINS).astype(np.int64), 0, RASTER_BINS - 1)
            iy = np.clip((self._y / 100.0 * RASTER_BINS).astype(np.int64), 0, RASTER_BINS - 1)
            self._bins = iy * RASTER_BINS + ix
            self._bin_x, self._bin_y = ix, iy
            # Customers per cell and the opacity they give it do not change with the
            # thresholds: computed once here, not on every move.
            total = np.bincount(self._bins, minlength=RASTER_BINS * RASTER_BINS)
            total = total.reshape(RASTER_BINS, RASTER_BINS).astype(np.float32)
            peak = float(total.max()) if total.size and total.max() > 0 else 1.0
            alpha = np.where(total > 0, 0.45 + 0.55 * np.log1p(total) / np.log1p(max(peak, 1.0)), 0.0)
            self._raster_total = total
            self._raster_alpha = (alpha * 255).astype(np.uint8)
        else:
            self._x = self._y = np.zeros(0)
            self._bins = np.zeros(0, dtype=np.int64)
        self._prepare_bubbles()
        self._apply_visibility()
        self.invalidate_hover_cache()
        self._update_labels()
        self._update_movements()
        self.refresh()

    # ----------------------------------------------------------------- reading it

    # What the chart shows, for its window and its tests (which use nothing private).

    @property
    def ready(self) -> bool:
        """Drawn once: the background is cached, threshold moves only blit."""
        return self._background is not None

    @property
    def busy(self) -> bool:
        """A mouse move waits to be drawn (moves are coalesced to one per frame)."""
        return self._update_scheduled

    @property
    def mode(self) -> str:
        """'markers' (a shape per customer) or 'raster' (density, for large lists)."""
        return self._mode

    @property
    def bubble(self) -> str | None:
        """The column that sizes the points (None: plain markers)."""
        return self._bubble

    def drawn_rows(self) -> np.ndarray:
        """The document rows on the chart (classified, of the manager shown)."""
        return self._rows.copy()

    def found_rows(self) -> np.ndarray:
        """The customers starred by the search."""
        return self._found.copy()

    def ringed_rows(self) -> np.ndarray:
        """The customers ringed as selected (and current)."""
        return self._selected.copy()

    def ringed_points(self) -> tuple[np.ndarray, np.ndarray]:
        """Where the rings are drawn: (SoW %, KZI points)."""
        xs, ys = self._selection_artist.get_data()
        return np.asarray(xs), np.asarray(ys)

    def segment_drawn(self, segment: str) -> bool:
        """The customers of ``segment`` are drawn (as markers or bubbles)."""
        return self._markers[segment].get_visible() or any(
            line.get_visible() for line in self._bubbles[segment]
        )

    def raster_image(self) -> np.ndarray | None:
        """The density picture (RGBA, rows from the bottom) when the chart draws one."""
        return self._image.get_array() if self._mode == "raster" and self._image.get_visible() else None

    def name_labels(self) -> list:
        """The names of selected customers shown on the chart (Qt labels)."""
        return [label for label in self._name_labels if label.isVisible()]

    def shown_note(self) -> str:
        """The note at the foot of the chart ("" when none is shown)."""
        return self._note.text() if self._note.isVisible() else ""

    def corner_boxes(self) -> list:
        """Where the corner boxes with the counts stand (widget rectangles)."""
        return [label.geometry() for label in self._corner_overlays.values()]

    def bubbled_points(self) -> dict[int, set[tuple[float, float]]]:
        """Per segment: the customers drawn as bubbles, as (SoW %, KZI points)."""
        return {
            index: {
                (float(x), float(y))
                for line in self._bubbles[name]
                if line.get_visible()
                for x, y in zip(line.get_xdata(), line.get_ydata())
            }
            for index, name in enumerate(sg.SEGMENTS)
        }

    def movement_lines(self) -> int:
        """How many movement lines (since the last update) are drawn."""
        return len(self._movements.get_segments())

    # ----------------------------------------------------------------- drawing

    def draw(self) -> None:
        """A full redraw (zoom, pan, resize); counted for the tests."""
        self.draw_count += 1
        with warnings.catch_warnings():
            # A window being laid out can give the canvas no size for a moment.
            warnings.filterwarnings("ignore", message="constrained_layout not applied")
            super().draw()

    def _on_draw(self, _event) -> None:
        if self._saving:
            return
        self._background = self.copy_from_bbox(self.figure.bbox)
        self._draw_animated()
        self._place_overlays()

    def _draw_animated(self) -> None:
        for artist in self.animated_artists():
            if artist.get_visible():
                self.figure.draw_artist(artist)

    def refresh(self) -> None:
        """Bring the animated artists up to date and blit them (no full redraw)."""
        self._update_artists()
        self.blit_now()

    def blit_now(self) -> None:
        if self._background is None:
            self.draw_idle()
            return
        self.restore_region(self._background)
        self._draw_animated()
        # Only the axes change: copying the smaller region to the screen is cheaper.
        self.blit(self.axes.bbox.expanded(1.02, 1.02))
        self.blit_count += 1

    def _update_artists(self) -> None:
        document = self.document
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
        segments = document.result.segment[self._rows]
        self._draw_customers(segments)
        self._update_counts(segments)
        for artist, rows in ((self._selection_artist, self._selected), (self._found_artist, self._found)):
            shown = rows[document.prepared.classified[rows]] if len(rows) else rows
            if self._scope is not None and len(shown):
                shown = shown[np.isin(shown, self._scope)]
            artist.set_data(document.prepared.sow[shown] * 100.0, document.prepared.kzi[shown])
        self._threshold_overlay.setText(
            QCoreApplication.translate("QuadrantChart", "Thresholds: SoW {sow} · KZI {kzi}").format(
                sow=texts.format_percent(t_sow, self.language, 1),
                kzi=texts.format_number(t_kzi, self.language, 1),
            )
        )
        self._place_overlays()

    # ----------------------------------------------------------------- view

    def reset_view(self) -> None:
        self.axes.set_xlim(*AXIS_LIMITS)
        self.axes.set_ylim(*y_limits())
        self._toolbar.update()
        self.draw_idle()

    def zoom_mode(self) -> None:
        self._set_navigation("zoom")

    def pan_mode(self) -> None:
        self._set_navigation("pan")

    def pointer_mode(self) -> None:
        self._set_navigation(None)

    def _set_navigation(self, mode: str | None) -> None:
        current = str(self._toolbar.mode)
        if mode == "zoom" and "zoom" not in current:
            self._toolbar.zoom()
        elif mode == "pan" and "pan" not in current:
            self._toolbar.pan()
        elif mode is None:
            if "zoom" in current:
                self._toolbar.zoom()
            elif "pan" in current:
                self._toolbar.pan()

    @property
    def navigating(self) -> bool:
        return bool(str(self._toolbar.mode))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._place_overlays()
