"""A figure's constrained layout, worked out once for a size and its words, then reused.

matplotlib's constrained layout measures every text around the axes before each draw:
about half of the quadrant chart's full redraw (~35 of ~70 ms).  Its result — where each
axes stands in the figure — changes only with the figure's size and resolution and with
the words around the axes: axis labels, title and tick labels (which follow the axis
limits and the language).  So a draw with a size and words seen before in this process
(a window opened again, a resize back, a second window) places the axes where that
layout put them and draws without measuring; any other draw works the layout out and
keeps it.  The figure keeps its constrained layout engine between draws, so a picture
saved from it is laid out as before.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable

from matplotlib.figure import Figure

#: Layouts kept (sizes × languages × views; a few hundred bytes each).
KEPT = 64

_layouts: OrderedDict[tuple, list] = OrderedDict()


def draw_laid_out(figure: Figure, words: Hashable, draw: Callable[[], None]) -> bool:
    """Draw ``figure`` with ``draw()``, its axes where the constrained layout put them
    for this size and these ``words`` before; True when the layout was reused.  Only for
    a figure whose layout engine is the constrained one."""
    axes = figure.axes
    key = (round(figure.bbox.width), round(figure.bbox.height), figure.dpi, len(axes), words)
    positions = _layouts.get(key)
    if positions is None:
        draw()
        _layouts[key] = [ax.get_position(original=False).frozen() for ax in axes]
        while len(_layouts) > KEPT:
            _layouts.popitem(last=False)
        return False
    _layouts.move_to_end(key)
    figure.set_layout_engine("none")
    try:
        for ax, position in zip(axes, positions, strict=True):
            ax.set_position(position)
            # set_position takes an axes out of the layout (it is placed by hand); it is
            # still part of it for the next size.
            ax.set_in_layout(True)
        draw()
    finally:
        figure.set_layout_engine("constrained")
    return True


def forget_layouts() -> None:
    """Drop every layout kept (the fonts changed)."""
    _layouts.clear()
