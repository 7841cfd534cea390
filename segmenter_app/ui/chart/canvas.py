"""The quadrant chart: SoW (x, 0–100 %) against KZI (y, 0–100 points).

A matplotlib canvas that holds its parts and wires them to the document:

* :class:`~segmenter_app.ui.chart.customers.ChartCustomers` — which customers are in
  view and where, the segments shown, the selected and found customers;
* :class:`~segmenter_app.ui.chart.artists.ChartArtists` — what is drawn (with the counts
  in the corners, :class:`~segmenter_app.ui.chart.counts.CornerCounts`);
* :class:`~segmenter_app.ui.chart.labels.NameLabels` — the names of selected customers
  and the chart's note;
* :class:`~segmenter_app.ui.chart.interaction.ChartInteraction` — drag, hover, click,
  rectangle and lasso;
* :class:`~segmenter_app.ui.chart.picture.ChartPicture` — the chart saved as a picture.

The canvas itself draws: a full redraw (zoom, pan, resize) caches the background without
the animated artists; a change of the thresholds, the selection or the search restores
that background, draws the animated artists over it and blits (matplotlib's blitting
recipe), so a threshold drag never redraws the whole figure.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from contextlib import contextmanager

import numpy as np
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg, NavigationToolbar2QT
from matplotlib.figure import Figure
from PySide6.QtCore import QCoreApplication, Signal

from segmenter_app.core.model.document import CustomerDocument
from segmenter_app.core.model.events import DocumentChange
from segmenter_app.core.outputs.chart_style import AXIS_LIMITS, y_limits
from segmenter_app.ui.chart.artists import ChartArtists
from segmenter_app.ui.chart.counts import Box, widget_box
from segmenter_app.ui.chart.customers import ChartCustomers
from segmenter_app.ui.chart.interaction import ChartInteraction, tooltip_text
from segmenter_app.ui.chart.labels import NameLabels
from segmenter_app.ui.chart.picture import ChartPicture
from segmenter_app.ui.figure_layout import draw_laid_out


class QuadrantChart(FigureCanvasQTAgg):
    #: A customer was clicked (document row; additive when Ctrl was held).
    point_clicked = Signal(int, bool)
    #: A rectangle or lasso selected these document rows.
    rows_selected = Signal(object)
    #: A threshold line of a past period (read-only) was taken: it stays.
    edit_refused = Signal()

    def __init__(self, document: CustomerDocument | None = None, language: str = "en", parent=None) -> None:
        figure = Figure(figsize=(6, 5), dpi=100, layout="constrained")
        super().__init__(figure)
        self.setParent(parent)
        self.language = language
        #: full redraws and blits so far (the tests count them: a drag only blits)
        self.draw_count = 0
        self.blit_count = 0
        # Inside :meth:`batched`: refreshes wait for its end (then one is done).
        self._batch_depth = 0
        self._batch_refresh = False
        self.axes = figure.add_subplot()
        # Zoom and pan come from matplotlib's toolbar, kept hidden.  Its parent is the
        # chart: a toolbar without one is a window of its own that Qt never deletes, and
        # it held the chart, and through it the window and its last document, for good.
        self._toolbar = NavigationToolbar2QT(self, self)
        self._toolbar.hide()
        self._background = None
        # A draw asked for while hidden: done when the chart shows.
        self._stale = False
        self.customers = ChartCustomers()
        self.artists = ChartArtists(self, self.axes, self.customers)
        self.labels = NameLabels(self, self.axes, self.customers, self.artists)
        self.interaction = ChartInteraction(self, self.axes, self.customers, self.artists)
        self.interaction.point_clicked.connect(self.point_clicked)
        self.interaction.rows_selected.connect(self.rows_selected)
        self.interaction.edit_refused.connect(self.edit_refused)
        self.picture = ChartPicture(self, self.artists, self.labels)
        self.mpl_connect("draw_event", self._on_draw)
        self.retranslate()
        if document is not None:
            self.set_document(document)

    def retranslate(self) -> None:
        # Drawn literally (parse_math off), as every text on the chart: a "$" in a
        # translation or a customer's name never starts mathtext.
        self.axes.set_xlabel(
            QCoreApplication.translate("QuadrantChart", "Share of wallet (%)"), parse_math=False
        )
        #: the y axis's words, and the short ones for a chart too low for them (a
        #: laptop with the Team view open): never cut off at the top
        self.y_words = (
            QCoreApplication.translate("QuadrantChart", "Customer satisfaction index (KZI, points)"),
            QCoreApplication.translate("QuadrantChart", "KZI (points)"),
        )
        self.axes.set_ylabel(self.y_words[0], parse_math=False)

    def fit_y_words(self, height: float) -> None:
        """The long y axis words when they fit ``height`` pixels of figure beside the x
        axis's words and the caption, else the short ones."""
        label = self.axes.yaxis.label
        label.set_text(self.y_words[0])
        room = height - 90 * self.figure.dpi / 100  # x axis words, caption, margins
        if label.get_window_extent(self.get_renderer()).height > room:
            label.set_text(self.y_words[1])

    # ----------------------------------------------------------------- what it shows

    @property
    def document(self) -> CustomerDocument | None:
        return self.customers.document

    def set_document(self, document: CustomerDocument | None) -> None:
        if self.document is not None:
            self.document.changed.disconnect(self._on_document_changed)
        self.customers.set_document(document)
        self.artists.reset_movements(document)
        if document is not None:
            document.changed.connect(self._on_document_changed)
        self._positions_changed()

    def set_scope(self, rows: np.ndarray | None) -> None:
        """Show only these document rows (one manager's customers); None shows all."""
        self.customers.set_scope(rows)
        self._positions_changed()

    def set_segments_shown(self, segments: set[int] | None) -> None:
        """Draw only the customers of these segments (the table's segment toggles);
        None draws all.  Hidden customers are neither drawn nor found by the mouse."""
        self.customers.set_segments_shown(segments)
        self.artists.apply_visibility()
        self.artists.follow_filters()
        self.interaction.invalidate_hover_cache()
        self.refresh()

    def set_selection(self, rows: np.ndarray) -> None:
        self.customers.set_selection(rows)
        self.labels.update()
        self.refresh()

    def set_found(self, rows: np.ndarray) -> None:
        self.customers.set_found(rows)
        self.artists.follow_filters()
        self.refresh()

    def set_movements(self, previous_sow: np.ndarray | None, previous_kzi: np.ndarray | None) -> None:
        """Where each customer (document row) was before an update: SoW as a fraction,
        KZI in points, NaN for customers that are new."""
        self.artists.set_movements(previous_sow, previous_kzi)
        self.refresh()

    def show_movements(self, shown: bool) -> None:
        self.artists.show_movements(shown)
        self.refresh()

    def set_trails(self, trails, periods, shown: int) -> None:
        """The selected customers' trails through the periods (a
        :class:`~segmenter_app.core.model.history.Trails`, or None), the periods' labels,
        oldest first, and the index of the period shown."""
        self.artists.trails.set_trails(trails, periods, shown)
        self.refresh()

    def show_period(
        self,
        document: CustomerDocument,
        *,
        scope: np.ndarray | None,
        segments: set[int] | None,
        selection: np.ndarray,
        found: np.ndarray,
    ) -> None:
        """Another period of the project: its customers in the artists built once (new
        offsets and colours, one blit — never a full redraw), with the filters, the
        selection and the search found as they stand."""
        if self.document is not None:
            self.document.changed.disconnect(self._on_document_changed)
        self.customers.show_period(document, scope, segments, selection, found)
        self.artists.reset_movements(document)
        document.changed.connect(self._on_document_changed)
        self._positions_changed()

    def set_bubble(self, mode: str | None) -> None:
        """Marker size by 'revenue' or 'wallet', or None."""
        self.artists.set_bubble(mode)
        self._positions_changed()

    def set_language(self, language: str) -> None:
        self.language = language
        self.retranslate()
        self.refresh()
        self.draw_idle()

    def set_tool(self, tool: str) -> None:
        """What a press and drag beside the lines does: "pointer", "rectangle" or "lasso"."""
        self.interaction.set_tool(tool)
        self.pointer_mode()

    def save_picture(self, path: str) -> None:
        """The chart as it is, as a PNG or SVG (see :class:`ChartPicture`)."""
        self.picture.save(path)

    def _on_document_changed(self, change: DocumentChange) -> None:
        if change.moved:
            self.customers.locate()  # an edited amount or score moves the customer
            self._positions_changed()
        elif change.recoloured or change.thresholds_moved or "band" in change.state:
            self.refresh()  # colours, lines, tints and counts; the points stay
        elif "customer_name" in change.inputs:
            self.labels.update()  # a renamed customer's label says the new name
            self.labels.place(self.axes_bounds())
            self.blit_now()
        # A note or another text changed: nothing on the chart did.

    def _positions_changed(self) -> None:
        """The customers in view, or how they are drawn, changed: computed when the
        data, the scope or the bubbles change, not on every threshold move."""
        self.artists.reposition()
        self.interaction.invalidate_hover_cache()
        self.labels.update()
        self.refresh()

    # ----------------------------------------------------------------- reading it

    # What the chart shows, for its window and its tests (which use nothing private).

    @property
    def ready(self) -> bool:
        """Drawn once: the background is cached, threshold moves only blit."""
        return self._background is not None

    @property
    def drawn_at_size(self) -> bool:
        """The cached background is as wide as the canvas is now: a resize has been
        drawn, not only scheduled."""
        background = self._background
        return background is not None and abs(background.get_extents()[2] - self.figure.bbox.width) < 2

    @property
    def busy(self) -> bool:
        """A mouse move waits to be drawn (moves are coalesced to one per frame)."""
        return self.interaction.busy

    @property
    def mode(self) -> str:
        """'markers' (a shape per customer) or 'raster' (density, for large lists)."""
        return self.artists.mode

    @property
    def bubble(self) -> str | None:
        """The column that sizes the points (None: plain markers)."""
        return self.artists.bubble

    def drawn_rows(self) -> np.ndarray:
        """The document rows on the chart (classified, of the manager shown)."""
        return self.customers.rows.copy()

    def found_rows(self) -> np.ndarray:
        """The customers starred by the search."""
        return self.customers.found.copy()

    def ringed_rows(self) -> np.ndarray:
        """The customers ringed as selected (and current)."""
        return self.customers.selected.copy()

    def ringed_points(self) -> tuple[np.ndarray, np.ndarray]:
        """Where the rings are drawn: (SoW %, KZI points)."""
        return self.artists.ringed_points()

    def starred_points(self) -> tuple[np.ndarray, np.ndarray]:
        """Where the search's stars are drawn: (SoW %, KZI points)."""
        return self.artists.starred_points()

    def segment_drawn(self, segment: str) -> bool:
        """The customers of ``segment`` are drawn (as markers or bubbles)."""
        return self.artists.segment_drawn(segment)

    def raster_image(self) -> np.ndarray | None:
        """The density picture (RGBA, rows from the bottom) when the chart draws one."""
        return self.artists.raster_image()

    def bubbled_points(self) -> dict[int, set[tuple[float, float]]]:
        """Per segment: the customers drawn as bubbles, as (SoW %, KZI points)."""
        return self.artists.bubbled_points()

    def trail_count(self) -> int:
        """How many selected customers' trails are drawn."""
        return self.artists.trails.count()

    def trail_points(self) -> np.ndarray:
        """The trails' dots, (SoW %, KZI points) each."""
        return self.artists.trails.points()

    def trail_labels(self) -> list:
        """The periods' labels shown on the trails (Qt labels)."""
        return self.artists.trails.shown_labels()

    def has_movements(self) -> bool:
        """The chart knows where its customers were before (after an update; a period
        after the first)."""
        return self.artists.has_movements()

    def movement_lines(self) -> int:
        """How many movement lines (since the last update) are drawn."""
        return self.artists.movement_lines()

    def name_labels(self) -> list:
        """The names of selected customers shown on the chart (Qt labels)."""
        return self.labels.shown()

    def shown_note(self) -> str:
        """The note at the foot of the chart ("" when none is shown)."""
        return self.labels.shown_note()

    def corner_boxes(self) -> list:
        """Where the corner boxes with the counts stand (widget rectangles)."""
        return self.artists.counts.geometries()

    def corner_text(self, segment: str) -> str:
        """The words in a segment's corner box (its count and untapped potential)."""
        return self.artists.counts.box_text(segment)

    def nearest(self, x: float, y: float) -> int | None:
        """The document row of the customer nearest a display point, within reach."""
        return self.interaction.nearest(x, y)

    def tooltip_text(self, row: int) -> str:
        """What the tooltip says about a customer (document row)."""
        return tooltip_text(self.document, row, self.language)

    def axes_bounds(self) -> Box:
        """Where the axes stand in widget pixels: left, top, right, bottom."""
        ratio = self.devicePixelRatioF() or 1.0
        box = self.axes.get_window_extent()
        height = self.height()
        return box.x0 / ratio, height - box.y1 / ratio, box.x1 / ratio, height - box.y0 / ratio

    # ----------------------------------------------------------------- drawing

    def draw(self) -> None:
        """A full redraw (zoom, pan, resize); counted for the tests.  Not while the chart
        is hidden (a window being built, the start page, a closed dock): its size is not
        known yet, and the draw (~70 ms) is done when it shows."""
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        self.draw_count += 1
        axes = self.axes
        self.fit_y_words(self.figure.bbox.height)
        # What the layout depends on besides the size: the words around the axes and
        # the limits the tick labels follow.
        words = (axes.get_xlabel(), axes.get_ylabel(), axes.get_title(), axes.get_xlim(), axes.get_ylim())
        with warnings.catch_warnings():
            # A window being laid out can give the canvas no size for a moment.
            warnings.filterwarnings("ignore", message="constrained_layout not applied")
            draw_laid_out(self.figure, words, super().draw)

    def _on_draw(self, _event) -> None:
        if self.picture.saving:
            return
        self._background = self.copy_from_bbox(self.figure.bbox)
        self._draw_animated()
        self._place_overlays()

    def _draw_animated(self) -> None:
        for artist in self.artists.animated():
            if artist.get_visible():
                self.figure.draw_artist(artist)

    def _place_overlays(self) -> None:
        """Put the Qt labels over the canvas — counts, caption, names, note — where the
        axes are now."""
        if self.document is None:
            self.artists.counts.hide()
            self.labels.hide()
            self.artists.trails.hide()
            return
        bounds = self.axes_bounds()
        self.artists.counts.place(bounds)
        self.labels.place(bounds)
        # The periods on the trails: clear of the boxes, the names and the note.
        obstacles = [*self.artists.counts.boxes(), *(widget_box(label) for label in self.labels.shown())]
        if self.labels.shown_note():
            obstacles.append(self.labels.note_box())
        self.artists.trails.place(bounds, obstacles)

    @contextmanager
    def batched(self) -> Iterator[None]:
        """Refreshes asked for inside are done once, at the end: a period switch gives
        the chart its customers, the trails, the movement lines and whether they show,
        each of which refreshed and blitted (four blits, ~30 ms each at 100,000)."""
        self._batch_depth += 1
        try:
            yield
        finally:
            self._batch_depth -= 1
            if self._batch_depth == 0 and self._batch_refresh:
                self._batch_refresh = False
                self.refresh()

    def refresh(self) -> None:
        """Bring the animated artists up to date and blit them (no full redraw)."""
        if self._batch_depth:
            self._batch_refresh = True
            return
        self.artists.update()
        if self.document is not None:
            self._place_overlays()
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
        """Zoom or pan is on: the mouse moves the view, not the thresholds."""
        return bool(str(self._toolbar.mode))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._place_overlays()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.draw_idle()
