"""The counts in the chart's corners (customers and untapped potential per segment) and
the thresholds caption above the axes.

On screen they are Qt labels over the canvas: matplotlib text costs about 5 ms per
label to lay out and render, too much for every mouse move of a drag.  Matplotlib texts
with the same words stand in the axes, hidden, and are shown only while a picture is
saved (:meth:`CornerCounts.show_in_picture`).
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QWidget

from segmenter_app.core.model import segmentation as sg
from segmenter_app.core.outputs.chart_style import COLOURS, CORNERS, corner_label_style
from segmenter_app.core.text import texts

#: A rectangle in widget pixels: left, top, right, bottom (y grows downwards).
Box = tuple[float, float, float, float]
#: Pixels between a corner box and the axes' edges.
MARGIN = 4


def widget_box(widget: QWidget) -> Box:
    return (widget.x(), widget.y(), widget.x() + widget.width(), widget.y() + widget.height())


def picture_caption(axes, y: float, **style):
    """A line of text centred across the axes at ``y`` (axes fraction) for saved
    pictures: hidden on screen, drawn literally (no mathtext)."""
    style = {"fontsize": 8, "color": "#333333", **style}
    return axes.text(
        0.5,
        y,
        "",
        transform=axes.transAxes,
        ha="center",
        va="bottom",
        visible=False,
        parse_math=False,
        **style,
    )


def _overlay(parent: QWidget, style: str) -> QLabel:
    """A label over the canvas that lets the mouse through to the chart."""
    label = QLabel(parent)
    label.setStyleSheet(style)
    label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
    return label


class CornerCounts:
    def __init__(self, canvas, axes) -> None:
        self._canvas = canvas
        self._axes = axes
        # The words of a saved picture.
        self._texts = {
            name: axes.text(x, y, name, transform=axes.transAxes, visible=False, **corner_label_style(name))
            for name, (x, y, _ha, _va) in CORNERS.items()
        }
        # An empty title keeps a line free above the axes for the thresholds caption.
        # Placed at the top (y=1) rather than above the x axis's words, which are below:
        # matplotlib then skips measuring every tick label for it on each full draw
        # (about a sixth of a draw), and the title stands where it stood.
        axes.set_title(" ", fontsize=10, pad=4, parse_math=False, y=1.0)
        self._caption_text = picture_caption(axes, 1.005, fontsize=8.5)
        # The words on screen.
        self._boxes = {
            name: _overlay(
                canvas,
                f"QLabel {{ color: {COLOURS[name][0]}; background: rgba(255, 255, 255, 150);"
                " border-radius: 4px; padding: 2px 5px; font-weight: bold; }",
            )
            for name in sg.SEGMENTS
        }
        #: Per segment: the label with counts and potential, and a shorter one for a
        #: chart too narrow for two of those side by side.
        self._box_texts: dict[str, tuple[str, str]] = {}
        self._caption = _overlay(canvas, "QLabel { color: #333333; background: transparent; }")

    def update(self, segments: np.ndarray, potential: np.ndarray, thresholds: tuple[float, float]) -> None:
        """The counts of the customers in view (``segments`` and ``potential`` per
        customer) and the thresholds (SoW as a fraction, KZI in points)."""
        canvas = self._canvas
        language, currency = canvas.language, canvas.document.currency
        counts = np.bincount(segments, minlength=4)[:4]
        sums = np.bincount(segments, weights=np.nan_to_num(potential, nan=0.0), minlength=4)[:4]
        for index, name in enumerate(sg.SEGMENTS):
            count = texts.format_number(counts[index], language)
            figures = f"{count} · {texts.format_money(sums[index], language, currency)}"
            self._box_texts[name] = (f"{name}<br>{figures}", f"{name}<br>{count}")
            self._texts[name].set_text(f"{name}\n{figures}")
        t_sow, t_kzi = thresholds
        if np.isnan(t_sow) or np.isnan(t_kzi):
            # No customer classified: no median to draw, and no empty "SoW  · KZI".
            caption = QCoreApplication.translate("QuadrantChart", "No customer with SoW and KZI")
        else:
            caption = QCoreApplication.translate("QuadrantChart", "Thresholds: SoW {sow} · KZI {kzi}").format(
                sow=texts.format_percent(t_sow, language, 1),
                kzi=texts.format_number(t_kzi, language, 1),
            )
        self._caption.setText(caption)

    def place(self, bounds: Box) -> None:
        """Put the boxes in the corners of the axes (``bounds``, widget pixels) and the
        caption above them; the shorter words in all four where two boxes would not fit
        side by side."""
        left, top, right, bottom = bounds
        boxes = self._boxes
        if self._box_texts:
            for name, label in boxes.items():
                label.setText(self._box_texts[name][0])
                label.adjustSize()
            # All four the same way: a corner with its potential beside one without
            # reads as a segment without potential.
            pairs = (("GROW", "MODEL"), ("MOVE", "FIX"))
            if any(sum(boxes[name].width() for name in pair) + 3 * MARGIN > right - left for pair in pairs):
                for name, label in boxes.items():
                    label.setText(self._box_texts[name][1])
                    label.adjustSize()
        for name, label in boxes.items():
            x = left + MARGIN if name in ("GROW", "MOVE") else right - label.width() - MARGIN
            y = top + MARGIN if name in ("GROW", "MODEL") else bottom - label.height() - MARGIN
            label.move(int(x), int(y))
            label.show()
        caption = self._caption
        caption.adjustSize()
        caption.move(int((left + right - caption.width()) / 2), int(max(top - caption.height() - 1, 0)))
        caption.show()

    def hide(self) -> None:
        for label in [*self._boxes.values(), self._caption]:
            label.hide()

    # ----------------------------------------------------------------- reading

    def box_text(self, segment: str) -> str:
        """The words in a segment's corner box ("" before the first count)."""
        return self._boxes[segment].text()

    def caption_text(self) -> str:
        """The words above the corner boxes (the thresholds)."""
        return self._caption.text()

    def box(self, segment: str) -> Box | None:
        """Where a segment's corner box stands (widget pixels), None while hidden."""
        label = self._boxes[segment]
        return widget_box(label) if label.isVisible() else None

    def boxes(self) -> list[Box]:
        """Where the corner boxes stand that are shown (widget pixels)."""
        return [box for box in map(self.box, sg.SEGMENTS) if box is not None]

    def geometries(self) -> list:
        """The corner boxes' rectangles (QRect), shown or not."""
        return [label.geometry() for label in self._boxes.values()]

    # ----------------------------------------------------------------- picture

    def show_in_picture(self) -> None:
        """Show the counts and the caption as matplotlib texts for a saved picture (until
        :meth:`end_picture`)."""
        self._caption_text.set_text(self._caption.text())
        for text in [*self._texts.values(), self._caption_text]:
            text.set_visible(True)

    def picture_boxes(self, renderer) -> list[Box]:
        """Where the counts stand in a picture being drawn (pixels, y downwards)."""
        height = self._canvas.figure.bbox.height
        extents = [text.get_window_extent(renderer) for text in self._texts.values()]
        return [(e.x0, height - e.y1, e.x1, height - e.y0) for e in extents]

    def end_picture(self) -> None:
        for text in [*self._texts.values(), self._caption_text]:
            text.set_visible(False)
