"""Names of the selected customers on the chart, placed so that they never overlap each
other, the corner boxes or the thresholds line above the axes; and the chart's note
(why no names are shown, which customers are bubbles).

On screen the names are Qt labels over the canvas, as the corner counts are: they cost
nothing per mouse move of a drag (ten matplotlib annotations cost about 14 ms per
blit).  A saved picture draws the same names as matplotlib annotations, placed again
for the picture's own size (:meth:`NameLabels.add_to_picture`).
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QLabel

from segmenter_app.core.text import texts
from segmenter_app.ui.chart.artists import ChartArtists
from segmenter_app.ui.chart.counts import Box, picture_caption, widget_box
from segmenter_app.ui.chart.customers import ChartCustomers
from segmenter_app.ui.chart.placing import overlaps, place_labels

#: At most this many selected customers are named; past it none is (a note says why).
MAX_LABELS = 15


class NameLabels(QObject):
    def __init__(self, canvas, axes, customers: ChartCustomers, artists: ChartArtists) -> None:
        super().__init__(canvas)
        self._canvas = canvas
        self._axes = axes
        self._customers = customers
        self._artists = artists
        self._labels: list[QLabel] = []
        #: the named customers (document rows) and their names, in selection order
        self._rows = np.zeros(0, dtype=np.int64)
        self._texts: list[str] = []
        #: selected customers in view, named or not
        self._selected_in_view = 0
        #: named customers whose names found no free place on screen
        self._unplaced = 0
        self._note = QLabel(canvas)
        self._note.setStyleSheet(
            "QLabel { color: #333333; background: rgba(255, 255, 255, 215); border-radius: 3px;"
            " padding: 1px 4px; }"
        )
        self._note.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        # A note wider than the chart wraps onto a second line: it is never cut (it was,
        # at 100,000 customers with bubbles: "…, the othe").
        self._note.setWordWrap(True)
        self._note.hide()
        # The same words in a saved picture.
        self._note_text = picture_caption(
            axes,
            0.012,
            zorder=6,
            bbox={"boxstyle": "round,pad=0.2", "facecolor": "white", "edgecolor": "none"},
        )
        self._note_text.set_in_layout(False)

    # ----------------------------------------------------------------- reading

    def shown(self) -> list[QLabel]:
        """The names shown on the chart (Qt labels)."""
        return [label for label in self._labels if label.isVisible()]

    def note_label(self) -> QLabel:
        """The note at the foot of the chart, as shown (for the window's checks and tests)."""
        return self._note

    def shown_note(self) -> str:
        """The note at the foot of the chart ("" when none is shown)."""
        return self._note.text() if self._note.isVisible() else ""

    def note_box(self) -> Box:
        """Where the note stands (widget pixels)."""
        return widget_box(self._note)

    def note(self, unplaced: int | None = None) -> str:
        """Why names are missing, and which customers are bubbles ("" when nothing to
        say); ``unplaced``: the names that found no place (else those on screen)."""
        language = self._canvas.language
        unplaced = self._unplaced if unplaced is None else unplaced
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
        elif unplaced:
            parts.append(
                self.tr("{count} names left out where they would overlap", "", unplaced).format(
                    count=unplaced
                )
            )
        artists = self._artists
        trails = artists.trails.note()
        if trails:
            parts.append(trails)
        if artists.bubbles_capped:
            measure = (
                QCoreApplication.translate("QuadrantChart", "revenue")
                if artists.bubble == "revenue"
                else QCoreApplication.translate("QuadrantChart", "wallet")
            )
            parts.append(
                QCoreApplication.translate(
                    "QuadrantChart", "bubbles: the {count} largest by {measure}, the others as dots"
                ).format(count=texts.format_number(artists.bubble_count, language), measure=measure)
            )
        return " · ".join(parts)

    # ----------------------------------------------------------------- on screen

    def update(self) -> None:
        """Which selected customers are named (the first :data:`MAX_LABELS` in view; none
        past that) and with which names; placed by :meth:`place`."""
        customers = self._customers
        document = customers.document
        rows = customers.in_view(customers.selected)
        self._selected_in_view = len(rows)
        if len(rows) > MAX_LABELS:
            rows = rows[:0]
        self._rows = rows
        names = document.table["customer_name"] if document is not None else None
        self._texts = [str(names.iat[row]) for row in rows]
        while len(self._labels) < len(rows):
            label = QLabel(self._canvas)
            label.setTextFormat(Qt.TextFormat.PlainText)  # a name prints as typed, never as markup
            label.setStyleSheet(
                "QLabel { color: #111111; background: white; border: 1px solid #999999;"
                " border-radius: 3px; padding: 0px 3px; font-size: 8pt; }"
            )
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            self._labels.append(label)
        for label, text in zip(self._labels, self._texts):
            label.setText(text)
            label.adjustSize()
        for label in self._labels[len(rows) :]:
            label.hide()

    def hide(self) -> None:
        for label in self._labels:
            label.hide()
        self._note.hide()

    def place(self, bounds: Box, again: bool = True) -> None:
        """Put the names beside their points, none over another, a corner box or the
        note; ``bounds``: the axes in widget pixels."""
        canvas = self._canvas
        counts = self._artists.counts
        note = self.note() if self._customers.document is not None else ""
        self._note.setText(note)
        self._note.setVisible(bool(note))
        if note:
            room = max(int(bounds[2] - bounds[0] - 8), 40)
            margins = self._note.contentsMargins()
            padding = margins.left() + margins.right() + 10  # the style sheet's padding and frame
            width = min(self._note.fontMetrics().horizontalAdvance(note) + padding, room)
            self._note.resize(width, self._note.heightForWidth(width))
            x = (bounds[0] + bounds[2] - self._note.width()) / 2
            y = bounds[3] - self._note.height() - 4
            # Above the lower corner boxes where a narrow chart would put it over them.
            for name in ("MOVE", "FIX"):
                corner = counts.box(name)
                if corner is not None and overlaps(
                    (x, y, x + self._note.width(), y + self._note.height()), corner
                ):
                    y = min(y, corner[1] - self._note.height() - 3)
            self._note.move(int(x), int(y))
        rows = self._rows
        if not len(rows):
            self._unplaced = 0
            return
        ratio = canvas.devicePixelRatioF() or 1.0
        height = canvas.height()
        points = self._axes.transData.transform(np.column_stack(self._customers.positions(rows)))
        anchors = [(x / ratio, height - y / ratio) for x, y in points]
        labels = self._labels[: len(rows)]
        obstacles = [*counts.boxes(), *([widget_box(self._note)] if note else [])]
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
                self.place(bounds, again=False)  # the note says so now

    # ----------------------------------------------------------------- picture

    def add_to_picture(self, renderer) -> list:
        """The same names as annotations, placed for a picture being drawn, and the
        note for it; returns the annotations, to be taken out with :meth:`end_picture`."""
        if self._customers.document is None:
            return []
        names = self._picture_names(renderer)
        note = self.note(unplaced=len(self._rows) - len(names))  # the names this picture left out
        self._note_text.set_text(note)
        self._note_text.set_visible(bool(note))
        return names

    def end_picture(self, names: list) -> None:
        for name in names:
            name.remove()
        self._note_text.set_visible(False)

    def _picture_names(self, renderer) -> list:
        if not len(self._rows):
            return []
        axes = self._axes
        figure = self._canvas.figure
        figure_height = figure.bbox.height
        box = axes.get_window_extent(renderer)
        bounds = (box.x0, figure_height - box.y1, box.x1, figure_height - box.y0)
        obstacles = self._artists.counts.picture_boxes(renderer)
        points = axes.transData.transform(np.column_stack(self._customers.positions(self._rows)))
        scale = figure.dpi / 72.0
        annotations, sizes = [], []
        for text in self._texts:
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
        for annotation, place, (width, _height) in zip(annotations, places, sizes):
            if place is None:
                annotation.remove()
                continue
            pad = (width - annotation.get_window_extent(renderer).width) / 2
            x, y = inverse.transform((place[0] + pad, figure_height - place[3] + pad))
            annotation.set_position((x, y))
            shown.append(annotation)
        return shown
