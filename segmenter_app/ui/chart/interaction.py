"""What the mouse does on the quadrant chart: drag a threshold line, hover for a
tooltip, click a customer, select with a rectangle or a lasso.

Mouse moves are coalesced: a move only stores where the mouse is, and one update runs
when the event loop is free, so a slow machine drops intermediate positions instead of
queueing them.  A drag moves the document's thresholds live (``drag_thresholds``) and
records one undo step on release (``end_drag``).
"""

from __future__ import annotations

import html

import numpy as np
from matplotlib.path import Path
from PySide6.QtCore import QCoreApplication, QPoint, Qt, QTimer
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QToolTip

from segmenter_app.core.model import segmentation as sg
from segmenter_app.core.text import texts

#: How close (pixels) the mouse must be to a line or a customer.
PICK_RADIUS = 6.0
#: How long the mouse must rest before the tooltip looks for a customer (ms).
HOVER_DELAY_MS = 40
#: How long the mouse must rest during a drag before priorities are ranked again (ms).
RANK_DELAY_MS = 120


class ChartInteraction:
    """Mixed into QuadrantChart (a FigureCanvasQTAgg)."""

    def __init__(self) -> None:
        self.tool = "pointer"  # "pointer", "rectangle" or "lasso"
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
        self.mpl_connect("button_press_event", self._on_press)
        self.mpl_connect("motion_notify_event", self._on_motion)
        self.mpl_connect("button_release_event", self._on_release)
        self.mpl_connect("figure_leave_event", lambda _event: QToolTip.hideText())
        self.mpl_connect("draw_event", lambda _event: self.invalidate_hover_cache())

    def set_tool(self, tool: str) -> None:
        self.tool = tool
        self.pointer_mode()

    # ----------------------------------------------------------------- geometry

    def invalidate_hover_cache(self) -> None:
        self._screen = None

    def _screen_points(self) -> np.ndarray:
        """The customers in view in display pixels (cached until the view changes)."""
        if self._screen is None:
            if len(self._x):
                self._screen = self.axes.transData.transform(np.column_stack([self._x, self._y]))
            else:
                self._screen = np.zeros((0, 2))
        return self._screen

    def _drawn(self) -> np.ndarray:
        """Per customer in view: drawn (its segment is not hidden by the toggles)."""
        if self._shown is None or self.document is None:
            return np.ones(len(self._rows), dtype=bool)
        return self._shown[self.document.result.segment[self._rows].astype(np.int64)]

    def nearest(self, x: float, y: float) -> int | None:
        """The document row of the customer nearest a display point, within reach."""
        points = self._screen_points()
        if not len(points):
            return None
        distance = np.hypot(points[:, 0] - x, points[:, 1] - y)
        distance[~self._drawn()] = np.inf
        index = int(np.argmin(distance))
        return int(self._rows[index]) if distance[index] <= PICK_RADIUS else None

    def _line_hit(self, x: float, y: float) -> str | None:
        if self.document is None:
            return None
        t_sow, t_kzi = self.document.resolved_thresholds()
        line_x, line_y = self.axes.transData.transform((t_sow * 100.0, t_kzi))
        near_sow = abs(x - line_x) <= PICK_RADIUS
        near_kzi = abs(y - line_y) <= PICK_RADIUS
        if near_sow and near_kzi:
            return "both"
        return "sow" if near_sow else "kzi" if near_kzi else None

    # ----------------------------------------------------------------- events

    def _on_press(self, event) -> None:
        if self.navigating or event.inaxes is not self.axes or event.button != 1:
            return
        QToolTip.hideText()
        self._press = (event.x, event.y)
        if self.tool == "pointer":
            self._drag_axis = self._line_hit(event.x, event.y)
        else:
            self._rubber_points = [(event.xdata, event.ydata)]

    def _on_motion(self, event) -> None:
        if self.navigating:
            return
        if self._drag_axis is not None:
            if event.xdata is not None:
                self._pending = (event.xdata, event.ydata)
                self._schedule()
            return
        if self._rubber_points and event.inaxes is self.axes:
            self._rubber_points.append((event.xdata, event.ydata))
            self._schedule()
            return
        if event.inaxes is not self.axes:
            self.unsetCursor()
            return
        hit = self._line_hit(event.x, event.y) if self.tool == "pointer" else None
        cursors = {
            "sow": Qt.CursorShape.SizeHorCursor,
            "kzi": Qt.CursorShape.SizeVerCursor,
            "both": Qt.CursorShape.SizeAllCursor,
        }
        if hit:
            self.setCursor(cursors[hit])
        elif self.tool == "pointer":
            self.unsetCursor()
        else:
            self.setCursor(Qt.CursorShape.CrossCursor)
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
            self.unsetCursor()
            if self.document is not None:
                self.document.end_drag()
            self._press = None
            return
        if self._rubber_points:
            if event.xdata is not None:
                self._rubber_points.append((event.xdata, event.ydata))
            self._finish_rubber()
            self._press = None
            return
        if self._press is not None and event.inaxes is self.axes:
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
        if self._drag_axis is not None and self._pending is not None and self.document is not None:
            x, y = self._pending
            self._pending = None
            t_sow, t_kzi = self.document.resolved_thresholds()
            sow = min(max(x, 0.0), 100.0) / 100.0 if self._drag_axis in ("sow", "both") else t_sow
            kzi = min(max(y, 0.0), 100.0) if self._drag_axis in ("kzi", "both") else t_kzi
            self.document.drag_thresholds(sow, kzi, rank=False)
            self._rank_timer.start()
        elif self._rubber_points:
            points = self._rubber_points if self.tool == "lasso" else self._rectangle_corners()
            closed = points + points[:1] if len(points) > 1 else points
            self._rubber.set_data([p[0] for p in closed], [p[1] for p in closed])
            self.blit_now()

    def _rank_now(self) -> None:
        if self._drag_axis is not None and self.document is not None and self.document.dragging:
            self.document.drag_thresholds(*self.document.resolved_thresholds())

    def _rectangle_corners(self) -> list[tuple[float, float]]:
        (x0, y0), (x1, y1) = self._rubber_points[0], self._rubber_points[-1]
        return [(x0, y0), (x1, y0), (x1, y1), (x0, y1)]

    def _finish_rubber(self) -> None:
        points = self._rubber_points if self.tool == "lasso" else self._rectangle_corners()
        self._rubber_points = []
        self._rubber.set_data([], [])
        if len(points) >= 3 and len(self._x):
            path = Path(np.asarray(points, dtype=float))
            inside = path.contains_points(np.column_stack([self._x, self._y])) & self._drawn()
            self.rows_selected.emit(self._rows[inside])
        self.blit_now()

    # ----------------------------------------------------------------- tooltip

    def _show_hover(self) -> None:
        if self._hover_at is None or self.document is None or self._drag_axis or self._rubber_points:
            return
        row = self.nearest(*self._hover_at)
        if row is None:
            QToolTip.hideText()
            return
        QToolTip.showText(self._global_position(self._hover_at), self.tooltip_text(row), self)

    def _global_position(self, point: tuple[float, float]) -> QPoint:
        ratio = self.devicePixelRatioF() or 1.0
        local = QPoint(int(point[0] / ratio), int(self.height() - point[1] / ratio))
        return self.mapToGlobal(local) if self.isVisible() else QCursor.pos()

    def tooltip_text(self, row: int) -> str:
        document, language = self.document, self.language
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
