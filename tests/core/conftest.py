"""Helpers for the engine tests: small lists written the way real ones come."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook


def write_xlsx(path: Path, sheets: dict[str, list[list[Any]]]) -> Path:
    workbook = Workbook()
    workbook.remove(workbook.active)
    for name, rows in sheets.items():
        sheet = workbook.create_sheet(name)
        for number, row in enumerate(rows, start=1):
            sheet.append(row)
            # Only the date cells are looked up: asking the sheet for its last row walks
            # every cell (thousands of rows took half a minute).
            for column, value in enumerate(row, start=1):
                if isinstance(value, (datetime.date, datetime.datetime)):
                    sheet.cell(number, column).number_format = "dd.mm.yyyy"
    workbook.save(path)
    return path


@pytest.fixture
def make_xlsx(tmp_path: Path) -> Callable[..., Path]:
    counter = {"n": 0}

    def make(
        rows: list[list[Any]] | None = None,
        *,
        sheets: dict[str, list[list[Any]]] | None = None,
        name: str | None = None,
    ) -> Path:
        counter["n"] += 1
        path = tmp_path / (name or f"list{counter['n']}.xlsx")
        return write_xlsx(path, sheets if sheets is not None else {"Kunden": rows or []})

    return make


@pytest.fixture
def make_csv(tmp_path: Path) -> Callable[..., Path]:
    counter = {"n": 0}

    def make(text: str, *, encoding: str = "utf-8", name: str | None = None) -> Path:
        counter["n"] += 1
        path = tmp_path / (name or f"list{counter['n']}.csv")
        path.write_bytes(text.encode(encoding))
        return path

    return make


#: A small German list: four customers, one per segment at median thresholds.
GERMAN_HEADER = [
    "Kundennummer",
    "Kunde",
    "Außendienst",
    "Umsatz (€)",
    "Einkaufsvolumen (€)",
    "KZI (1-5)",
    "Bemerkung",
]


@pytest.fixture(scope="session")
def sample_import():
    """The German sample list, read once for the session (tests copy its table)."""
    from segmenter_app.core.importing.importer import load_customers
    from segmenter_app.core.resources import sample_list

    return load_customers(sample_list("de"))


@pytest.fixture
def document(sample_import):
    """A fresh document of the German sample list."""
    from segmenter_app.core.importing.importer import ImportResult
    from segmenter_app.core.model.document import CustomerDocument

    return CustomerDocument(ImportResult(sample_import.table.copy(), sample_import.report))
