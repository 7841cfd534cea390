"""What the mouse does on the quadrant chart: drag a threshold line, hover for a
tooltip, click a customer, select with a rectangle or a lasso.

Mouse moves are coalesced: a move only stores where the mouse is, and one update runs
when the event loop is free, so a slow machine drops intermediate positions instead of
queueing them.  A drag moves the document's thresholds live (``drag_thresholds``) and
records one undo step on release (``end_drag``).

The canvas holds one :class:`ChartInteraction`; what it finds (a customer clicked, the
customers inside a rectangle or lasso) it announces with its signals.
"""

from __future__ import annotations

import html

import numpy as np
from matplotlib.path import Path
from PySide6.QtCore import QCoreApplication, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QToolTip

from segmenter_app.core.model import segmentation as sg
from segmenter_app.core.model.document import CustomerDocument
from segmenter_app.core.text import texts
from segmenter_app.ui.chart.artists import ChartArtists
from segmenter_app.ui.chart.customers import ChartCustomers

#: How close (pixels) the mouse must be to a line or a customer.
PICK_RADIUS = 6.0
#: How long the mouse must rest before the tooltip looks for a customer (ms).
HOVER_DELAY_MS = 40
#: How long the mouse must rest during a drag before priorities are ranked again (ms).
RANK_DELAY_MS = 120


class ChartInteraction(QObject):
    #: A customer was clicked (document row; additive when Ctrl was held).
    point_clicked = Signal(int, bool)
    #: A rectangle or lasso selected these document rows.
    rows_selected = Signal(object)
    #: A threshold line of a past period (read-only) was taken: it does not move.
    edit_refused = Signal()

    def __init__(self, canvas, axes, customers: ChartCustomers, artists: ChartArtists) -> None:
        super().__init__(canvas)
        self._canvas = canvas
        self._axes = axes
        self._customers = customers
        self._artists = artists
        self._tool = "pointer"  # "pointer", "rectangle" or "lasso"
        self._drag_axis: str | None = None
        self._press: tuple[float, float] | None = None
        self._pending: tuple[float, float] | None = None
        self._update_scheduled = False
        self._rubber_points: list[tuple[float, float]] = []
        self._screen: np.ndarray | None = None
        self._hover_at: tuple[float, float] | None = None
        self._hover_timer = QTimer(self)
        self._hover_timer.setSingleShot(True)
        self._hover_timer.setInterval(HOVER_DELAY_MS)
        self._hover_timer.timeout.connect(self._show_hover)
        # While a line moves, priorities are ranked again only when the mouse rests.
        self._rank_timer = QTimer(self)
        self._rank_timer.setSingleShot(True)
        self._rank_timer.setInterval(RANK_DELAY_MS)
        self._rank_timer.timeout.connect(self._rank_now)
        canvas.mpl_connect("button_press_event", self._on_press)
        canvas.mpl_connect("motion_notify_event", self._on_motion)
        canvas.mpl_connect("button_release_event", self._on_release)
        canvas.mpl_connect("figure_leave_event", lambda _event: QToolTip.hideText())
        canvas.mpl_connect("draw_event", lambda _event: self.invalidate_hover_cache())

    @property
    def tool(self) -> str:
        """What a press and drag beside the lines does: "pointer", "rectangle" or "lasso"."""
        return self._tool

    def set_tool(self, tool: str) -> None:
        self._tool = tool

    @property
    def busy(self) -> bool:
        """A mouse move waits to be drawn (moves are coalesced to one per frame)."""
        return self._update_scheduled

    # ----------------------------------------------------------------- geometry

    def invalidate_hover_cache(self) -> None:
        """The customers moved on screen (new data, zoom, pan, resize)."""
        self._screen = None

    def _screen_points(self) -> np.ndarray:
        """The customers in view in display pixels (cached until the view changes)."""
        if self._screen is None:
            customers = self._customers
            if len(customers.x):
                self._screen = self._axes.transData.transform(np.column_stack([customers.x, customers.y]))
            else:
                self._screen = np.zeros((0, 2))
        return self._screen

    def nearest(self, x: float, y: float) -> int | None:
        """The document row of the customer nearest a display point, within reach."""
        points = self._screen_points()
        if not len(points):
            return None
        distance = np.hypot(points[:, 0] - x, points[:, 1] - y)
        distance[~self._customers.drawn()] = np.inf
        index = int(np.argmin(distance))
        return int(self._customers.rows[index]) if distance[index] <= PICK_RADIUS else None

    def _line_hit(self, x: float, y: float) -> str | None:
        document = self._customers.document
        if document is None:
            return None
        t_sow, t_kzi = document.resolved_thresholds()
        line_x, line_y = self._axes.transData.transform((t_sow * 100.0, t_kzi))
        near_sow = abs(x - line_x) <= PICK_RADIUS
        near_kzi = abs(y - line_y) <= PICK_RADIUS
        if near_sow and near_kzi:
            return "both"
        return "sow" if near_sow else "kzi" if near_kzi else None

    # ----------------------------------------------------------------- events

    def _on_press(self, event) -> None:
        if self._canvas.navigating or event.inaxes is not self._axes or event.button != 1:
            return
        QToolTip.hideText()
        self._press = (event.x, event.y)
        if self._tool == "pointer":
            self._drag_axis = self._line_hit(event.x, event.y)
            document = self._customers.document
            if self._drag_axis is not None and document is not None and document.read_only:
                self._drag_axis = None  # a past period's thresholds stay as they were
                self.edit_refused.emit()
        else:
            self._rubber_points = [(event.xdata, event.ydata)]

    def _on_motion(self, event) -> None:
        canvas = self._canvas
        if canvas.navigating:
            return
        if self._drag_axis is not None:
            if event.xdata is not None:
                self._pending = (event.xdata, event.ydata)
                self._schedule()
            return
        if self._rubber_points and event.inaxes is self._axes:
            self._rubber_points.append((event.xdata, event.ydata))
            self._schedule()
            return
        if event.inaxes is not self._axes:
            canvas.unsetCursor()
            return
        hit = self._line_hit(event.x, event.y) if self._tool == "pointer" else None
        cursors = {
            "sow": Qt.CursorShape.SizeHorCursor,
            "kzi": Qt.CursorShape.SizeVerCursor,
            "both": Qt.CursorShape.SizeAllCursor,
        }
        if hit:
            canvas.setCursor(cursors[hit])
        elif self._tool == "pointer":
            canvas.unsetCursor()
        else:
            canvas.setCursor(Qt.CursorShape.CrossCursor)
        self._hover_at = (event.x, event.y)
        self._hover_timer.start()

    def _on_release(self, event) -> None:
        if event.button != 1:
            return
        if self._drag_axis is not None:
            if event.xdata is not None:
                self._pending = (event.xdata, event.ydata)
            self._apply_pending()
            self._rank_timer.stop()
            self._drag_axis = None
            self._canvas.unsetCursor()
            if self._customers.document is not None:
                self._customers.document.end_drag()
            self._press = None
            return
        if self._rubber_points:
            if event.xdata is not None:
                self._rubber_points.append((event.xdata, event.ydata))
            self._finish_rubber()
            self._press = None
            return
        if self._press is not None and event.inaxes is self._axes:
            moved = np.hypot(event.x - self._press[0], event.y - self._press[1])
            if moved <= PICK_RADIUS:
                row = self.nearest(event.x, event.y)
                additive = bool(
                    event.guiEvent is not None
                    and event.guiEvent.modifiers() & Qt.KeyboardModifier.ControlModifier
                )
                if row is not None:
                    self.point_clicked.emit(row, additive)
        self._press = None

    # ----------------------------------------------------------------- updates

    def _schedule(self) -> None:
        if not self._update_scheduled:
            self._update_scheduled = True
            QTimer.singleShot(0, self._apply_pending)

    def _apply_pending(self) -> None:
        self._update_scheduled = False
        document = self._customers.document
        if self._drag_axis is not None and self._pending is not None and document is not None:
            x, y = self._pending
            self._pending = None
            t_sow, t_kzi = document.resolved_thresholds()
            sow = min(max(x, 0.0), 100.0) / 100.0 if self._drag_axis in ("sow", "both") else t_sow
            kzi = min(max(y, 0.0), 100.0) if self._drag_axis in ("kzi", "both") else t_kzi
            document.drag_thresholds(sow, kzi, rank=False)
            self._rank_timer.start()
        elif self._rubber_points:
            self._artists.set_rubber(self._rubber_outline())
            self._canvas.blit_now()

    def _rank_now(self) -> None:
        document = self._customers.document
        if self._drag_axis is not None and document is not None and document.dragging:
            document.drag_thresholds(*document.resolved_thresholds())

    def _rubber_outline(self) -> list[tuple[float, float]]:
        """The lasso's points, or the rectangle's corners, in data coordinates."""
        if self._tool == "lasso":
            return self._rubber_points
        (x0, y0), (x1, y1) = self._rubber_points[0], self._rubber_points[-1]
        return [(x0, y0), (x1, y0), (x1, y1), (x0, y1)]

    def _finish_rubber(self) -> None:
        points = self._rubber_outline()
        self._rubber_points = []
        self._artists.set_rubber([])
        customers = self._customers
        if len(points) >= 3 and len(customers.x):
            path = Path(np.asarray(points, dtype=float))
            inside = path.contains_points(np.column_stack([customers.x, customers.y])) & customers.drawn()
            self.rows_selected.emit(customers.rows[inside])
        self._canvas.blit_now()

    # ----------------------------------------------------------------- tooltip

    def _show_hover(self) -> None:
        document = self._customers.document
        if self._hover_at is None or document is None or self._drag_axis or self._rubber_points:
            return
        row = self.nearest(*self._hover_at)
        if row is None:
            QToolTip.hideText()
            return
        canvas = self._canvas
        QToolTip.showText(
            self._global_position(self._hover_at), tooltip_text(document, row, canvas.language), canvas
        )

    def _global_position(self, point: tuple[float, float]) -> QPoint:
        canvas = self._canvas
        ratio = canvas.devicePixelRatioF() or 1.0
        local = QPoint(int(point[0] / ratio), int(canvas.height() - point[1] / ratio))
        return canvas.mapToGlobal(local) if canvas.isVisible() else QCursor.pos()


def tooltip_text(document: CustomerDocument, row: int, language: str) -> str:
    """What the tooltip says about a customer (rich text)."""
    customer = document.customer(row)
    segment = sg.SEGMENTS[customer.segment] if customer.segment >= 0 else "–"
    lines = [
        f"<b>{html.escape(customer.customer_name)}</b> ({html.escape(customer.customer_id)})",
        QCoreApplication.translate("QuadrantChart", "Account manager: {name}").format(
            name=html.escape(customer.account_manager)
        ),
        QCoreApplication.translate("QuadrantChart", "SoW {sow} · KZI {kzi}").format(
            sow=texts.format_percent(customer.sow, language, 1),
            kzi=texts.format_number(customer.kzi, language, 1),
        ),
        QCoreApplication.translate("QuadrantChart", "Segment: {segment}").format(segment=segment),
    ]
    if customer.potential == customer.potential:
        lines.append(
            QCoreApplication.translate("QuadrantChart", "Untapped potential: {amount}").format(
                amount=texts.format_money(customer.potential, language, document.currency)
            )
        )
    return "<br>".join(lines)
