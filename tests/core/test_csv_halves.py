"""A long CSV is written as two halves at once (``csv_cells.write_csv_to``): the bytes
are one writer's, the second half's file never stays behind, and appending works where
the kernel cannot copy between the files."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow.csv as pacsv
import pytest

from segmenter_app.core import fileio
from segmenter_app.core.errors import WriteError
from segmenter_app.core.outputs import csv_cells


def _frame(rows: int) -> pd.DataFrame:
    rng = np.random.default_rng(7)
    texts = np.array(["Müller GmbH", '=HYPERLINK("x")', "-12.5", "Zeile\nzwei", 'mit "Zitat"', "", "客户"])
    amounts = np.round(rng.uniform(-1e6, 1e7, rows), 2)
    amounts[::97] = np.nan
    return pd.DataFrame(
        {
            "customer_id": [f"K{i:07d}" for i in range(rows)],
            "customer_name": texts[rng.integers(0, len(texts), rows)],
            "revenue": amounts,
            "share_of_wallet": np.round(rng.uniform(0, 1, rows), 6),
            "priority": pd.array(
                np.where(rng.uniform(size=rows) < 0.1, 0, rng.integers(1, 999, rows)), "Int64"
            ),
            "segment": pd.Categorical.from_codes(rng.integers(0, 4, rows), ["MODEL", "FIX", "GROW", "MOVE"]),
        }
    )


@pytest.mark.parametrize("rows", [csv_cells.HALVES_FROM_ROWS, 50_001])
def test_a_csv_written_in_halves_has_the_bytes_of_one_writer(tmp_path: Path, rows: int, monkeypatch) -> None:
    frame = _frame(rows)
    halves, whole = tmp_path / "halves.csv", tmp_path / "whole.csv"
    csv_cells.write_csv(frame, halves)
    monkeypatch.setattr(csv_cells, "HALVES_FROM_ROWS", 10**9)
    csv_cells.write_csv(frame, whole)
    assert halves.read_bytes() == whole.read_bytes()
    assert len(pacsv.read_csv(halves)) == rows
    assert sorted(p.name for p in tmp_path.iterdir()) == ["halves.csv", "whole.csv"]


def test_a_failed_second_half_leaves_no_file_and_the_old_csv_as_it_was(tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "kunden.csv"
    target.write_text("alt\n", encoding="utf-8")
    write = pacsv.write_csv

    def full_disk(table, sink, options=None):
        if options is not None and not options.include_header:
            raise OSError(errno.ENOSPC, "No space left on device")
        return write(table, sink, options)

    monkeypatch.setattr(pacsv, "write_csv", full_disk)
    with pytest.raises(WriteError) as raised:
        csv_cells.write_csv(_frame(30_000), target)
    assert raised.value.errno == errno.ENOSPC
    assert target.read_text(encoding="utf-8") == "alt\n"
    assert [p.name for p in tmp_path.iterdir()] == ["kunden.csv"]


def test_appending_goes_on_in_blocks_where_the_kernel_cannot_copy(tmp_path: Path, monkeypatch) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    head, tail = os.urandom(3 << 20), os.urandom((5 << 20) + 17)
    first.write_bytes(head)
    second.write_bytes(tail)

    def refused(*_args):
        raise OSError(errno.EXDEV, "Invalid cross-device link")

    monkeypatch.setattr(os, "copy_file_range", refused, raising=False)
    fileio.append_file(first, second)
    assert first.read_bytes() == head + tail
    monkeypatch.delattr(os, "copy_file_range", raising=False)  # Windows and macOS have none
    fileio.append_file(second, first)
    assert second.read_bytes() == tail + head + tail
