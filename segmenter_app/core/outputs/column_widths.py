"""How wide each column of a printed table is, from what it holds: the PDF priority
sheets (in points) and the workbooks (in character widths) ask the same question.

Every column gets at least its *minimum* (its widest word, header words included, so no
word is split) and at most what it needs to show each cell on one line (its *natural*
width), the room between goes first to the columns that want least (so a name or the
advice is one line), the rest shared by what the others still want (the notes).  Room
left when every column is on one line goes to the columns that wrap, by their weight.
Only when the minimums together are wider than the page are the widest words split (the
caller marks where).  Which columns
there are is not decided here (``report_data.SHEET_COLUMNS``, ``export_columns``).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

#: The room between the minimums and the natural widths is given out in steps of this
#: fraction of it.
STEPS = 40


def fit_widths(
    minimum: Sequence[float],
    natural: Sequence[float],
    total: float,
    weights: Sequence[float] | None = None,
    floor: float = 0.0,
    lengths: Sequence[np.ndarray | None] | None = None,
    words: Sequence[float] | None = None,
) -> list[float]:
    """Widths that add up to ``total`` (or less, when every column fits with room to
    spare and none may grow: ``weights`` all zero).  ``floor``: no column narrower,
    even when the page is too narrow for the minimums.  ``lengths``: per wrapping
    column, each row's text on one line (the width it would need), so that the room
    between the minimums and the natural widths goes where it saves the most height
    (:func:`_shortest`); ``words``: each column's mean word width (a wrapped line ends
    about half a word short of its column)."""
    count = len(minimum)
    if count == 0:
        return []
    low = [max(m, floor) for m in minimum]
    high = [max(n, m) for n, m in zip(natural, low)]
    weights = list(weights) if weights is not None else [1.0] * count
    if sum(high) <= total:
        spare = total - sum(high)
        share = sum(weights)
        if share <= 0:
            return high
        return [h + spare * w / share for h, w in zip(high, weights)]
    if sum(low) <= total and lengths is not None and any(item is not None for item in lengths):
        return _shortest(low, high, total, weights, lengths, words or [0.0] * count)
    if sum(low) <= total:
        # The columns that want least are put on one line first (a name, the advice),
        # the rest of the room is shared by what they still want (the notes).
        widths = list(low)
        spare = total - sum(low)
        wants = {i: h - m for i, (h, m) in enumerate(zip(high, low)) if h > m}
        for i in sorted(wants, key=wants.get):
            if wants[i] > spare:
                break
            widths[i] += wants[i]
            spare -= wants.pop(i)
        share = sum(wants.values())
        for i, want in wants.items():
            widths[i] += spare * want / share
        return widths
    # Too narrow for the widest words: take from the widest columns first, down to the
    # floor (a word that no longer fits is split and marked by the caller).
    widths = list(low)
    excess = sum(widths) - total
    while excess > 1e-6:
        above = [w for w in widths if w > floor + 1e-9]
        if not above:
            break
        top = max(above)
        tops = [i for i, w in enumerate(widths) if abs(w - top) <= 1e-9]
        below = max([w for w in widths if w < top - 1e-9 and w >= floor] + [floor])
        cut = min(top - below, excess / len(tops))
        for i in tops:
            widths[i] -= cut
        excess -= cut * len(tops)
    return widths


def _shortest(
    low: list[float],
    high: list[float],
    total: float,
    weights: Sequence[float],
    lengths: Sequence[np.ndarray | None],
    words: Sequence[float],
) -> list[float]:
    """Start from the minimums; give the room out step by step to the column where it
    makes the table shortest, estimating a row's height as its most wrapped cell (a
    cell of text ``n`` times its column's width, less half a word a line, takes about
    ``n`` lines).  Columns
    without ``lengths`` keep their minimum unless room is left once no step saves a
    line; then it goes to the wrapping columns by their weight, up to their natural width."""
    widths = np.array(low, dtype=np.float64)
    high_ = np.array(high, dtype=np.float64)
    spare = total - widths.sum()
    step = max(spare / STEPS, 0.5)
    wrapping = [i for i, item in enumerate(lengths) if item is not None and high_[i] > widths[i]]
    cells = {i: np.asarray(lengths[i], dtype=np.float64) for i in wrapping}

    def lines(i: int, width: float) -> np.ndarray:
        room = max(width - words[i] / 2, width / 2, 1.0)
        # Not rounded up: each step of room shows what it saves, also before a line goes.
        return np.maximum(cells[i] / room, 1.0)

    def cost(heights: np.ndarray) -> float:
        return float(heights.sum())

    current = {i: lines(i, widths[i]) for i in wrapping}
    while spare >= step and wrapping:
        tallest = cost(np.max(np.vstack(list(current.values())), axis=0))
        best, best_height, best_lines = None, tallest, None
        for i in wrapping:
            if widths[i] >= high_[i] - 1e-9:
                continue
            trial = lines(i, min(widths[i] + step, high_[i]))
            others = [current[j] for j in wrapping if j != i]
            height = cost(np.max(np.vstack([trial, *others]), axis=0) if others else trial)
            if height < best_height - 1e-9 or (
                height <= best_height + 1e-9 and best is not None and weights[i] > weights[best]
            ):
                best, best_height, best_lines = i, height, trial
        if best is None or best_height >= tallest - 1e-9:
            break  # no step saves a line
        grown = min(widths[best] + step, high_[best]) - widths[best]
        widths[best] += grown
        spare -= grown
        current[best] = best_lines
    # Room no line needs: the wrapping columns up to their natural width, by weight.
    while spare > 1e-6:
        open_ = [i for i in range(len(widths)) if widths[i] < high_[i] - 1e-9 and weights[i] > 0]
        if not open_:
            open_ = [i for i in range(len(widths)) if widths[i] < high_[i] - 1e-9]
        if not open_:  # every column on one line: the rest to the wrapping ones
            share = sum(weights)
            if share > 0:
                widths += spare * np.asarray(weights, dtype=np.float64) / share
            break
        share = sum(weights[i] for i in open_) or len(open_)
        given = 0.0
        for i in open_:
            part = min(spare * ((weights[i] / share) if share else 1 / len(open_)), high_[i] - widths[i])
            widths[i] += part
            given += part
        spare -= given
        if given < 1e-9:
            break
    return widths.tolist()
