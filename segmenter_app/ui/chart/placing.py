"""Where labels go beside their points on the chart: the names of selected customers,
the periods on their trails — never over each other, a corner box or the note."""

from __future__ import annotations

from collections.abc import Sequence

from segmenter_app.ui.chart.counts import Box

#: Pixels between a point and its name.
GAP = 5
#: Half the side of the square kept free around each named point (its ring).
RING = 7


def overlaps(a: Box, b: Box) -> bool:
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
            if any(overlaps(box, other) for other in taken):
                continue
            chosen = box
            break
        if chosen is not None:
            taken.append(chosen)
        placed.append(chosen)
    return placed
