"""Amounts in exponent notation, as Excel exports a wide number to CSV or text
("1.5E+06"), beside cells that are no number ("k.A."): read as the numbers they are
(issue 26: the whole list was unreadable, "assignment destination is read-only")."""

from __future__ import annotations

import pytest

from segmenter_app.cli import main
from segmenter_app.core.importing.importer import load_customers

HEADER = ["Kundennummer", "Kunde", "Außendienst", "Umsatz", "Einkaufsvolumen", "KZI"]
ROWS = [
    ["1", "Alpha", "Anna", "1.5E+06", "2000000", "4"],
    ["2", "Beta", "Anna", "k.A.", "3000000", "3"],
    ["3", "Gamma", "Ben", "2.5e5", "900000", "2"],
    ["4", "Delta", "Ben", "1,5E+06", "1800000", "5"],
    ["5", "Epsilon", "Ben", "1e400", "900000", "5"],  # no amount: refused, not infinity
]
EXPECTED = [1_500_000.0, None, 250_000.0, 1_500_000.0, None]


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_exponent_notation_beside_a_text_cell(kind, make_csv, make_xlsx, tmp_path) -> None:
    if kind == "csv":
        path = make_csv("\n".join(";".join(row) for row in [HEADER, *ROWS]) + "\n")
    else:
        path = make_xlsx([HEADER, *ROWS])  # every cell text, as a text export pasted in
    result = load_customers(path)
    revenue = [None if value != value else value for value in result.table["revenue"].tolist()]
    assert revenue == pytest.approx(EXPECTED)
    refused = [(issue.row, issue.role, issue.value) for issue in result.report.problems if issue.role]
    assert refused == [(6, "revenue", "1e400")]  # named, never read as infinity
    out = tmp_path / f"out-{kind}.csv"
    assert main(["classify", str(path), "-o", str(out), "-q"]) == 0
