"""The currency setting: taken from a list's headers or amounts, kept in the project,
used by the why text, the workbooks and the PDF priority sheets."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook

from segmenter_app.core.importing.currency import detect_currency
from segmenter_app.core.importing.importer import load_customers
from segmenter_app.core.model.document import CustomerDocument
from segmenter_app.core.outputs.export_jobs import export_workbooks
from segmenter_app.core.outputs.pdf_sheets import write_pdf
from segmenter_app.core.outputs.report_data import manager_reports
from segmenter_app.core.projects.project import open_project, save_project
from segmenter_app.core.text import texts


def test_detect_currency_from_headers_then_cells() -> None:
    assert detect_currency(["Umsatz (T€)", "Einkaufsvolumen"]) == "€"
    assert detect_currency(["Revenue USD", "Wallet"]) == "$"
    assert detect_currency(["Umsatz in CHF", "Bedarf TCHF"]) == "CHF"
    assert detect_currency(["Revenue", "Wallet"], ["£1,200", "£3,400", "900"]) == "£"
    assert detect_currency(["Revenue", "Wallet"], ["1200", "3400"]) is None
    # The euro of "Neuer Kunde" or "Europa" is no currency.
    assert detect_currency(["Region Europa", "Neuer Kunde"]) is None


@pytest.mark.parametrize(
    ("header", "cells", "expected"),
    [
        ("Revenue ($)", ["120000", "50000"], "$"),
        ("Umsatz", ["120.000 CHF", "50.000 CHF"], "CHF"),
        ("Umsatz", ["120000", "50000"], "€"),
    ],
)
def test_a_list_names_its_currency(make_csv, header: str, cells: list[str], expected: str) -> None:
    rows = "\n".join(
        f"{index};Firma {index};Anna;{cell};400000;{3 + index % 2}" for index, cell in enumerate(cells)
    )
    path = make_csv(f"Kundennummer;Kunde;Betreuer;{header};Einkaufsvolumen;KZI (1-5)\n{rows}\n")
    imported = load_customers(path)
    document = CustomerDocument(imported)
    assert document.currency == expected
    if expected != "€":
        assert imported.report.currency == expected
    else:
        assert imported.report.currency is None  # nothing named: the default


def test_the_currency_is_one_undo_step_kept_in_the_project(tmp_path: Path) -> None:
    from segmenter_app.core.resources import sample_list

    document = CustomerDocument(load_customers(sample_list("de")))
    assert document.currency == "€"
    document.set_currency("CHF")
    assert document.currency == "CHF"
    path = tmp_path / "kunden.segmenter"
    save_project(document, path)
    assert open_project(path).document.currency == "CHF"
    document.undo_stack.undo()
    assert document.currency == "€"
    with pytest.raises(ValueError):
        document.set_currency("DM")


def test_workbooks_pdf_and_why_speak_the_currency(tmp_path: Path) -> None:
    from segmenter_app.core.resources import sample_list

    document = CustomerDocument(load_customers(sample_list("en")))
    document.set_currency("$")
    result = export_workbooks(document, tmp_path, language="en")
    sheet = load_workbook(result.paths[0]).worksheets[0]
    formats = {cell.number_format for row in sheet.iter_rows() for cell in row}
    assert '#,##0 "$"' in formats and not any("€" in f for f in formats)
    reports = manager_reports(document, "en", document.managers[:1])
    pdf = write_pdf(reports, tmp_path / "sheets.pdf")
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert "($)" in text and "$" in text and "€" not in text
    why = texts.why_text("GROW", 80.0, 60.0, 0.2, 0.4, 310_000.0, "en", currency=document.currency)
    assert "$310k" in why
