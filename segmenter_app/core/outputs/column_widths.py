"""How wide each column of a printed table is, from what it holds: the PDF priority
sheets (in points) and the workbooks (in character widths) ask the same question.

Every column gets at least its *minimum* (its widest word, header words included, so no
word is split) and at most what it needs to show each cell on one line (its *natural*
width), the room between goes first to the columns that want least (so a name or the advice
is one line), the rest shared by what the others still want (the notes).  Room left when every column is on one line
goes to the columns that wrap, by their weight.  Only when the minimums together are
wider than the page are the widest words split (the caller marks where).  Which columns
there are is not decided here (``report_data.SHEET_COLUMNS``, ``export_columns``).
"""

from __future__ import annotations

from collections.abc import Sequence


def fit_widths(
    minimum: Sequence[float],
    natural: Sequence[float],
    total: float,
    weights: Sequence[float] | None = None,
    floor: float = 0.0,
) -> list[float]:
    """Widths that add up to ``total`` (or less, when every column fits with room to
    spare and none may grow: ``weights`` all zero).  ``floor``: no column narrower,
    even when the page is too narrow for the minimums."""
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
