"""Column letters, the one way the reader, the headers and --map name a column."""

from __future__ import annotations

from segmenter_app.core.reading.cell_names import column_letter, column_number


def test_column_letters_as_excel_writes_them_and_back() -> None:
    assert [column_letter(i) for i in (0, 25, 26, 27, 701, 702, 16383)] == [
        "A",
        "Z",
        "AA",
        "AB",
        "ZZ",
        "AAA",
        "XFD",  # the last column Excel has
    ]
    assert all(column_number(column_letter(i)) == i for i in range(20_000))
