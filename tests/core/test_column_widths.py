"""Column widths from content: never under a column's widest word, the page filled,
room going where it saves the most lines."""

from __future__ import annotations

import numpy as np
import pytest

from segmenter_app.core.outputs.column_widths import fit_widths


def test_every_column_on_one_line_when_the_page_allows() -> None:
    widths = fit_widths([20, 30, 40], [25, 30, 60], 200, weights=[0, 1, 3])
    assert sum(widths) == pytest.approx(200)
    assert widths[0] == pytest.approx(25) and widths[1] >= 30 and widths[2] >= 60


def test_room_goes_where_it_saves_lines_and_no_column_under_its_widest_word() -> None:
    """A column of short texts that fits on one line with a little more room gets it
    before a column of a few long notes; neither goes under its minimum."""
    names = np.full(100, 110.0)  # a hundred names, 110 points on one line
    notes = np.r_[np.full(5, 600.0), np.zeros(95)]  # five long notes
    widths = fit_widths(
        [60, 40, 70], [60, 110, 600], 300, weights=[0, 1, 1], lengths=[None, names, notes], words=[0, 30, 30]
    )
    assert sum(widths) == pytest.approx(300)
    assert widths[0] == pytest.approx(60) and widths[1] >= 109 and widths[2] >= 70


def test_a_page_too_narrow_takes_from_the_widest_columns_first() -> None:
    widths = fit_widths([50, 100, 150], [50, 100, 150], 240, floor=18)
    assert sum(widths) == pytest.approx(240) and widths[0] == pytest.approx(50)
    assert widths[1] == pytest.approx(widths[2])
