"""Text cells read the way a user sees them, whichever way the importer takes: a
column where no cell can need stripping skips the strip, a total-row label is looked
for only among cells that can start one, a column without numbers shares one NaN."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa
import pytest

from segmenter_app.core.importing.cells import raw_texts
from segmenter_app.core.importing.numbers import strip_text
from segmenter_app.core.importing.rows import total_row_mask
from segmenter_app.core.reading.rawdata import RawColumn, edge_bytes, surely_distinct

#: Cells that need stripping, each hidden among plain ones: ASCII and Unicode spaces at
#: either end, a control byte Python counts as a space, a tab that defuses a formula.
_EDGES = [
    " lead",
    "trail ",
    "\u3000ideographic",
    "nbsp\u00a0",
    "\x1funit",
    "x\u2029",
    "  \t=SUM(A1)",
    "\tTab",
]


@pytest.mark.parametrize("edge", _EDGES)
def test_a_single_cell_with_space_at_an_edge_is_stripped(edge: str) -> None:
    cells = [f"Firma {i}" for i in range(50)] + [edge] + ["Müller", "Ölwerk", None]
    column = RawColumn.from_arrow(pa.array(cells, pa.large_string()))
    got = raw_texts(column, 0, len(cells)).tolist()
    want = [strip_text(c) if isinstance(c, str) and c.strip() else "" for c in cells]
    assert got == want
    assert got[50] != edge


def test_texts_without_space_at_their_edges_are_kept_and_padded() -> None:
    cells = ["K1", "a b", None, "Zürich", "x"]
    column = RawColumn.from_arrow(pa.array(cells, pa.string()))
    assert raw_texts(column, 1, 7).tolist() == ["a b", "", "Zürich", "x", "", ""]


def test_edge_bytes_of_a_sliced_array_with_empty_and_missing_cells() -> None:
    array = pa.array(["ab", "", None, "é", "xy "], pa.large_string()).slice(1)
    first, last = edge_bytes(array)
    assert first.tolist() == [0, 0, 0xC3, ord("x")]
    assert last.tolist() == [0, 0, 0xA9, ord(" ")]


@pytest.mark.parametrize(
    "label", ["Summe", "  gesamt", "TOTAL", "Zwischensumme:", "\u017fumme", "Insgesamt 2025"]
)
def test_a_total_label_among_many_names_is_found(label: str) -> None:
    names = [f"Firma {i}" for i in range(200)] + [label, "Müller"]
    mask = total_row_mask([pd.Series(names, dtype="str")], None)
    assert np.flatnonzero(mask).tolist() == [200]
    with_ids = total_row_mask([pd.Series(names, dtype="str")], pd.Series([""] * len(names), dtype="str"))
    assert np.flatnonzero(with_ids).tolist() == [200]


def test_a_text_column_shares_one_nan_and_joins_without_copies() -> None:
    head = RawColumn.from_values(["Kunde"])
    tail = RawColumn.from_arrow(pa.array(["a", "b", None], pa.string()))
    joined = RawColumn.concat(head.head(1), tail)
    assert joined.numbers.strides == (0,) and np.isnan(joined.numbers).all() and len(joined.numbers) == 4
    assert not joined.numbers.flags.writeable
    assert [joined.get(i) for i in range(4)] == ["Kunde", "a", "b", ""]
    numbers = RawColumn.concat(head, RawColumn.from_arrow(pa.array([1.5, None])))
    assert np.isnan(numbers.numbers[[0, 2]]).all() and numbers.numbers[1] == 1.5


@pytest.mark.parametrize(
    "cells",
    [
        ["ABCDEFGH1", "ABCDEFGH2"],  # differ past the first eight bytes
        ["K0000001", "K0000001 "],  # one a byte longer
        ["", None],  # an empty cell is no missing cell
        ["x" * 17, "x" * 16 + "y", "x" * 16],
        ["Müller", "Muller", "Mü"],
    ],
)
def test_surely_distinct_tells_cells_apart_eight_bytes_at_a_time(cells: list) -> None:
    for kind in (pa.string(), pa.large_string()):
        array = pa.array(["head", *cells], kind).slice(1)
        assert surely_distinct(array)
        assert not surely_distinct(pa.array([*cells, cells[0]], kind))


def test_surely_distinct_over_chunks_sees_a_repeat_across_them() -> None:
    kind = pa.large_string()
    assert surely_distinct(pa.chunked_array([pa.array(["Kunde"], kind), pa.array(["a", "b", None], kind)]))
    assert not surely_distinct(pa.chunked_array([pa.array(["a"], kind), pa.array(["b", "a"], kind)]))
    assert not surely_distinct(pa.chunked_array([pa.array([None], kind), pa.array(["b", None], kind)]))
    assert surely_distinct(pa.chunked_array([pa.array([], kind), pa.array(["x"], kind)]))
    assert surely_distinct(pa.chunked_array([], kind))
