"""Names of the selected customers on the chart, placed so that they never overlap each
other, the corner boxes or the thresholds line above the axes; and the chart's note
(why no names are shown, which customers are bubbles).

On screen the names are Qt labels over the canvas, as the corner counts are: they cost
nothing per mouse move of a drag (ten matplotlib annotations cost about 14 ms per
blit).  A saved picture draws the same names as matplotlib annotations, placed again
for the picture's own size (:meth:`NameLabels.picture_labels`).

A mixin of :class:`~segmenter_app.ui.chart.canvas.QuadrantChart`.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel

from segmenter_app.core.text import texts

#: At most this many selected customers are named; past it none is (a note says why).
MAX_LABELS = 15
#: Pixels between a point and its name.
GAP = 5
#: Half the side of the square kept free around each named point (its ring).
RING = 7

Box = tuple[float, float, float, float]  # left, top, right, bottom (y grows downwards)


def _overlaps(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def place_labels(
    anchors: Sequence[tuple[float, float]],
    sizes: Sequence[tuple[float, float]],
    obstacles: Sequence[Box],
    bounds: Box,
) -> list[Box | None]:
    """Where each label goes (its box), or None when it fits nowhere free.

    Coordinates are pixels with y growing downwards.  Each label tries eight places
    around its point — right, left, above, below and the four diagonals — and takes the
    first inside ``bounds`` that meets no obstacle and no label placed before it; then
    the places a line and two lines further up or down.  Greedy in the given order:
    the first customers are named first."""
    taken: list[Box] = [*obstacles]
    placed: list[Box | None] = []
    left, top, right, bottom = bounds
    for (x, y), (width, height) in zip(anchors, sizes):
        near = (
            (x + GAP, y - height / 2),
            (x - GAP - width, y - height / 2),
            (x + GAP, y - GAP - height),
            (x + GAP, y + GAP),
            (x - GAP - width, y - GAP - height),
            (x - GAP - width, y + GAP),
            (x - width / 2, y - RING - height),
            (x - width / 2, y + RING),
        )
        # Then a line further out above and below, still beside the point.
        further = [
            (x0, y0 + sign * step * height) for step in (1, 2) for sign in (-1, 1) for x0, y0 in near[:2]
        ]
        chosen = None
        for x0, y0 in (*near, *further):
            box = (x0, y0, x0 + width, y0 + height)
            if box[0] < left or box[1] < top or box[2] > right or box[3] > bottom:
                continue
            if any(_overlaps(box, other) for other in taken):
                continue
            chosen = box
            break
        if chosen is not None:
            taken.append(chosen)
        placed.append(chosen)
    return placed


class NameLabels:
    """The naming half of the quadrant chart."""

    def _build_name_labels(self) -> None:
        self._name_labels: list[QLabel] = []
        #: the named customers (document rows) and their names, in selection order
        self._label_rows = np.zeros(0, dtype=np.int64)
        self._label_texts: list[str] = []
        #: selected customers in view, named or not
        self._selected_in_view = 0
        self._unplaced = 0
        self._note = QLabel(self)
        self._note.setStyleSheet(
            "QLabel { color: #333333; background: rgba(255, 255, 255, 215); border-radius: 3px;"
            " padding: 1px 4px; }"
        )
        self._note.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._note.hide()
        # The same words in a saved picture.
        self._note_text = self.axes.text(
            0.5,
            0.012,
            "",
            transform=self.axes.transAxes,
            ha="center",
            va="bottom",
            fontsize=8,
            color="#333333",
            zorder=6,
            visible=False,
            parse_math=False,
            bbox={"boxstyle": "round,pad=0.2", "facecolor": "white", "edgecolor": "none"},
        )
        self._note_text.set_in_layout(False)

    def _update_labels(self) -> None:
        """Which selected customers are named (the first :data:`MAX_LABELS` in view; none
        past that) and with which names; placed by :meth:`_place_name_labels`."""
        document = self.document
        rows = np.zeros(0, dtype=np.int64)
        if document is not None and len(self._selected):
            rows = self._selected[document.prepared.classified[self._selected]]
            if self._scope is not None:
                rows = rows[np.isin(rows, self._scope)]
        self._selected_in_view = len(rows)
        if len(rows) > MAX_LABELS:
            rows = rows[:0]
        self._label_rows = rows
        names = document.table["customer_name"] if document is not None else None
        self._label_texts = [str(names.iat[row]) for row in rows]
        while len(self._name_labels) < len(rows):
            label = QLabel(self)
            label.setTextFormat(Qt.TextFormat.PlainText)  # a name prints as typed, never as markup
            label.setStyleSheet(
                "QLabel { color: #111111; background: white; border: 1px solid #999999;"
                " border-radius: 3px; padding: 0px 3px; font-size: 8pt; }"
            )
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            self._name_labels.append(label)
        for label, text in zip(self._name_labels, self._label_texts):
            label.setText(text)
            label.adjustSize()
        for label in self._name_labels[len(rows) :]:
            label.hide()
        self._place_name_labels()

    def chart_note(self) -> str:
        """Why names are missing, and which customers are bubbles ("" when nothing to say)."""
        language = self.language
        parts = []
        if self._selected_in_view > MAX_LABELS:
            parts.append(
                QCoreApplication.translate(
                    "QuadrantChart", "{count} selected: names are shown for up to {limit}"
                ).format(
                    count=texts.format_number(self._selected_in_view, language),
                    limit=MAX_LABELS,
                )
            )
        elif self._unplaced:
            parts.append(
                QCoreApplication.translate(
                    "QuadrantChart", "{count} names left out where they would overlap"
                ).format(count=self._unplaced)
            )
        if self._bubble and getattr(self, "_bubbles_capped", False):
            measure = (
                QCoreApplication.translate("QuadrantChart", "revenue")
                if self._bubble == "revenue"
                else QCoreApplication.translate("QuadrantChart", "wallet")
            )
            parts.append(
                QCoreApplication.translate(
                    "QuadrantChart", "bubbles: the {count} largest by {measure}, the others as dots"
                ).format(count=texts.format_number(len(self._bubble_at), language), measure=measure)
            )
        return " · ".join(parts)

    def _widget_box(self, widget) -> Box:
        return (widget.x(), widget.y(), widget.x() + widget.width(), widget.y() + widget.height())

    def _place_name_labels(self, again: bool = True) -> None:
        """Put the names beside their points (display → widget pixels), none over
        another, a corner box or the note."""
        ratio = self.devicePixelRatioF() or 1.0
        box = self.axes.get_window_extent()
        height = self.height()
        bounds = (box.x0 / ratio, height - box.y1 / ratio, box.x1 / ratio, height - box.y0 / ratio)
        note = self.chart_note() if self.document is not None else ""
        self._note.setText(note)
        self._note.setVisible(bool(note))
        if note:
            self._note.adjustSize()
            self._note.setMaximumWidth(int(bounds[2] - bounds[0] - 8))
            x = (bounds[0] + bounds[2] - self._note.width()) / 2
            y = bounds[3] - self._note.height() - 4
            # Above the lower corner boxes where a narrow chart would put it over them.
            for name in ("MOVE", "FIX"):
                corner = self._corner_overlays[name]
                if corner.isVisible() and _overlaps(
                    (x, y, x + self._note.width(), y + self._note.height()), self._widget_box(corner)
                ):
                    y = min(y, corner.y() - self._note.height() - 3)
            self._note.move(int(x), int(y))
        rows = self._label_rows
        if not len(rows):
            self._unplaced = 0
            return
        prepared = self.document.prepared
        points = self.axes.transData.transform(
            np.column_stack([prepared.sow[rows] * 100.0, prepared.kzi[rows]])
        )
        anchors = [(x / ratio, height - y / ratio) for x, y in points]
        labels = self._name_labels[: len(rows)]
        obstacles = [
            self._widget_box(widget)
            for widget in [*self._corner_overlays.values(), self._note]
            if widget.isVisible() or widget is self._note and note
        ]
        # Points outside the zoomed view are not named.
        inside = [bounds[0] <= x <= bounds[2] and bounds[1] <= y <= bounds[3] for x, y in anchors]
        places = place_labels(
            [anchor for anchor, keep in zip(anchors, inside) if keep],
            [(label.width(), label.height()) for label, keep in zip(labels, inside) if keep],
            obstacles,
            bounds,
        )
        places_iter = iter(places)
        unplaced = 0
        for label, keep in zip(labels, inside):
            place = next(places_iter) if keep else None
            if place is None:
                label.hide()
                unplaced += keep
                continue
            label.move(int(place[0]), int(place[1]))
            label.show()
        if unplaced != self._unplaced:
            self._unplaced = unplaced
            if again:
                self._place_name_labels(again=False)  # the note says so now

    def picture_labels(self, renderer) -> list:
        """Annotations for a saved picture: the same names, placed for its size."""
        if not len(self._label_rows):
            return []
        axes = self.axes
        figure_height = self.figure.bbox.height
        box = axes.get_window_extent(renderer)
        bounds = (box.x0, figure_height - box.y1, box.x1, figure_height - box.y0)
        obstacles = []
        for text in self._labels.values():
            extent = text.get_window_extent(renderer)
            obstacles.append((extent.x0, figure_height - extent.y1, extent.x1, figure_height - extent.y0))
        prepared = self.document.prepared
        rows = self._label_rows
        points = axes.transData.transform(np.column_stack([prepared.sow[rows] * 100.0, prepared.kzi[rows]]))
        scale = self.figure.dpi / 72.0
        annotations, sizes = [], []
        for text in self._label_texts:
            annotation = axes.text(
                0,
                0,
                text,
                fontsize=8,
                zorder=6,
                ha="left",
                va="bottom",
                parse_math=False,  # a name prints as typed: "$5" is no formula
                bbox={"boxstyle": "round,pad=0.2", "facecolor": "white", "edgecolor": "#999999"},
            )
            annotation.set_in_layout(False)
            extent = annotation.get_window_extent(renderer)
            pad = 0.2 * 8 * scale  # the box's padding around the text
            sizes.append((extent.width + 2 * pad, extent.height + 2 * pad))
            annotations.append(annotation)
        anchors = [(x, figure_height - y) for x, y in points]
        places = place_labels(anchors, sizes, obstacles, bounds)
        inverse = axes.transData.inverted()
        shown = []
        for annotation, place, (width, height) in zip(annotations, places, sizes):
            if place is None:
                annotation.remove()
                continue
            pad = (width - annotation.get_window_extent(renderer).width) / 2
            x, y = inverse.transform((place[0] + pad, figure_height - place[3] + pad))
            annotation.set_position((x, y))
            shown.append(annotation)
        return shown
