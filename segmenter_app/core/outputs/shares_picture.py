"""Per segment, the share of last period's effort, of the planned visits and of the
worth, as grouped bars: the Team view draws it in the window, the overview workbook as
a picture (matplotlib only, no Qt; one look for both).  The bars are made once; a
change only sets their heights.  The legend shows each measure's fill in grey, not in
any segment's colour (it once showed "effort" in GROW's green)."""

from __future__ import annotations

import io

import numpy as np
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle
from matplotlib.transforms import offset_copy

from segmenter_app.core.model import segmentation as sg
from segmenter_app.core.model.plan import SegmentShares
from segmenter_app.core.outputs.chart_style import COLOURS, GRID
from segmenter_app.core.text import plan_texts
from segmenter_app.core.text.catalog import QT_TRANSLATE_NOOP, tr
from segmenter_app.core.text.formatting import format_percent

MEASURES: tuple[str, ...] = ("effort", "planned", "worth")
LABELS: dict[str, str] = {
    # Short: three side by side above a picture a third of a laptop wide.
    "effort": QT_TRANSLATE_NOOP("core", "Effort"),
    "planned": QT_TRANSLATE_NOOP("core", "Plan"),
    "worth": QT_TRANSLATE_NOOP("core", "Worth"),
    "axis": QT_TRANSLATE_NOOP("core", "Share of the team's total"),
    "title": QT_TRANSLATE_NOOP("core", "Effort and plan against worth, per segment"),
}
#: Each measure its own fill, so the bars differ without colour too: effort solid in
#: the segment's colour, the plan its light tint with dots, worth white with a hatch.
WIDTH = 0.26
#: Values of neighbouring bars closer than this share of the axis: their labels stack.
LABEL_CLOSE = 0.08
#: How far a stacked label stands above the one beside it (points).
LABEL_STEP = 8.0
#: The legend's swatches, in no segment's colour.
LEGEND_GREY = ("#555555", "#D9D9D9")


def _style(measure: str, segment: str | None) -> dict:
    colour, tint = COLOURS[segment] if segment is not None else LEGEND_GREY
    if measure == "effort":
        return {"facecolor": colour, "edgecolor": colour}
    if measure == "planned":
        return {"facecolor": tint, "edgecolor": colour, "hatch": "...."}
    return {"facecolor": "white", "edgecolor": colour, "hatch": "///"}


class SharesBars:
    def __init__(self, axes: Axes) -> None:
        self.axes = axes
        positions = np.arange(4, dtype=float)
        self.bars: dict[str, list] = {}
        # The bars as ``axes.bar`` makes them (a rectangle from 0, stuck to the axis at
        # 0), added directly: twelve calls of ``bar`` cost most of the Team view's start.
        for offset, measure in enumerate(MEASURES):
            self.bars[measure] = []
            for i, name in enumerate(sg.SEGMENTS):
                bar = Rectangle(
                    (positions[i] + (offset - 1) * WIDTH - WIDTH / 2, 0.0),
                    WIDTH,
                    0.0,
                    linewidth=0.8,
                    label="_nolegend_",
                    **_style(measure, name),
                )
                bar.sticky_edges.y.append(0.0)
                axes.add_patch(bar)
                self.bars[measure].append(bar)
        # The bars' span with the axes' margin, as ``bar`` would scale it.
        low = positions[0] - len(MEASURES) / 2 * WIDTH
        high = positions[-1] + len(MEASURES) / 2 * WIDTH
        pad = (high - low) * axes.margins()[0]
        axes.set_xlim(low - pad, high + pad)
        self.values = {
            measure: [
                axes.text(
                    bar.get_x() + WIDTH / 2, 0, "", ha="center", va="bottom", fontsize=7, parse_math=False
                )
                for bar in self.bars[measure]
            ]
            for measure in MEASURES
        }
        axes.set_xticks(positions, list(sg.SEGMENTS))
        axes.set_ylim(0, 1.0)
        axes.yaxis.set_major_formatter(lambda value, _pos: f"{value * 100:.0f} %")
        axes.grid(True, axis="y", **GRID)
        axes.set_axisbelow(True)
        for side in ("top", "right"):
            axes.spines[side].set_visible(False)
        # A label stands above its neighbour's where their bars are about as high (on a
        # laptop "15 %" and "14 %" over MOVE's bars were drawn into each other).
        self._levels = [
            offset_copy(axes.transData, fig=axes.figure, y=LABEL_STEP * level, units="points")
            for level in range(len(MEASURES))
        ]
        # Why a measure has no bars, inside the axes (above the bars: the limit leaves room).
        self.note = axes.text(
            0.01,
            0.98,
            "",
            transform=axes.transAxes,
            fontsize=7,
            color="#555555",
            va="top",
            style="italic",
            wrap=True,
            parse_math=False,
        )
        self._language: str | None = None

    def update(self, shares: SegmentShares, language: str) -> None:
        if language != self._language:
            self._language = language
            from matplotlib.patches import Patch

            handles = [Patch(linewidth=0.8, **_style(measure, None)) for measure in MEASURES]
            self.axes.legend(
                handles,
                [tr(LABELS[m], language) for m in MEASURES],
                fontsize=7,
                loc="lower left",
                bbox_to_anchor=(0.0, 1.0),
                ncols=3,
                frameon=False,
                handlelength=1.2,
                columnspacing=0.8,
            )
            self.axes.set_ylabel(tr(LABELS["axis"], language), fontsize=7, parse_math=False)
        top = 0.0
        notes = []
        for measure in MEASURES:
            values = getattr(shares, measure)
            reason = getattr(shares, f"{measure}_reason")
            if reason is not None:
                notes.append(f"{tr(LABELS[measure], language)}: {plan_texts.reason_text(reason, language)}")
            for bar, label, value in zip(self.bars[measure], self.values[measure], values):
                known = bool(np.isfinite(value))
                bar.set_height(float(value) if known else 0.0)
                label.set_y(float(value) if known else 0.0)
                label.set_text(format_percent(float(value), language) if known else "")
                top = max(top, float(value) if known else 0.0)
        room = 1.7 if notes else 1.2
        limit = max(0.1, min(room, top * room + 0.02))
        self.axes.set_ylim(0, limit)
        self._stack_close_labels(limit)
        self.note.set_text("\n".join(notes))

    def _stack_close_labels(self, limit: float) -> None:
        """Per segment, left to right: a label whose bar is within :data:`LABEL_CLOSE` of
        the axis of where its left neighbour's label stands goes one step above that
        label (so three bars about as high get three labels one above the other)."""
        for segment in range(len(sg.SEGMENTS)):
            level, before = 0, None
            for measure in MEASURES:
                label = self.values[measure][segment]
                if not label.get_text():
                    continue
                value = label.get_position()[1]
                if before is not None and abs(value - before) < LABEL_CLOSE * limit:
                    level += 1
                    value = max(value, before)
                    label.set_y(value)
                else:
                    level = 0
                label.set_transform(self._levels[level])
                before = value


def render_png(
    shares: SegmentShares, language: str, width: float = 7.5, height: float = 3.6, dpi: int = 96
) -> bytes:
    """The picture for a workbook (96 dpi, as Excel sizes pictures)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    figure = Figure(figsize=(width, height), dpi=dpi, layout="constrained")
    FigureCanvasAgg(figure)
    figure.suptitle(tr(LABELS["title"], language), fontsize=10, x=0.02, ha="left", parse_math=False)
    SharesBars(figure.add_subplot()).update(shares, language)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=dpi)
    return buffer.getvalue()
