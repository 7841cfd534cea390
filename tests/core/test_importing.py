"""Raw sheets → the customer table: header, mapping, numbers, scales, rows not dropped."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest

from segmenter_app.core.importing.importer import ImportFailure, ImportOptions, load_customers
from segmenter_app.core.importing.mappings import MappingMemory

from .conftest import GERMAN_HEADER


def load(path: Path, **options):
    return load_customers(path, ImportOptions(**options))


def test_header_below_title_rows_behind_a_cover_sheet(make_xlsx) -> None:
    path = make_xlsx(
        sheets={
            "Deckblatt": [["Kundenbewertung 2026"], [], ["Vertraulich"]],
            "Kunden": [
                ["Kundenliste Vertrieb"],
                ["Stand 30.09."],
                [],
                GERMAN_HEADER,
                ["000123", "Müller GmbH", "Anna", 1000, 4000, 4.5, "Referenz"],
            ],
        }
    )
    result = load(path)
    assert (result.report.sheet, result.report.header_row) == ("Kunden", 4)
    assert result.report.confident
    assert result.table.loc[0, "customer_id"] == "000123"
    assert result.table.loc[0, "source_row"] == 5


def test_english_headers_and_direct_share_of_wallet(make_xlsx) -> None:
    path = make_xlsx(
        [
            ["Customer ID", "Company", "Account manager", "Revenue", "Share of wallet", "CSAT (1-10)"],
            ["C-1", "Acme", "Olivia", 500, 0.35, 8],
        ]
    )
    result = load(path)
    row = result.table.loc[0]
    assert (row.customer_name, row.account_manager, row.sow_input, row.satisfaction_input) == (
        "Acme",
        "Olivia",
        0.35,
        8,
    )
    assert result.report.scale.name == "1-10" and result.report.scale_source == "header"


def test_map_overrides_the_guess_by_name_or_letter(make_xlsx) -> None:
    path = make_xlsx([["Nr", "Name", "Betrag", "Volumen", "Note", "Zufr."], ["1", "A", 10, 100, "x", 3]])
    result = load(path, mapping={"revenue": "Betrag", "wallet": "D", "satisfaction": "Zufr.", "notes": None})
    assert result.report.mapping["revenue"] == "Betrag"
    assert result.report.mapping["wallet"] == "Volumen"
    assert "notes" not in result.report.mapping
    assert result.report.mapping_source == "user"
    with pytest.raises(ImportFailure) as caught:
        load(path, mapping={"revenue": "Umsatz 2030"})
    assert caught.value.code == "unknown_header"


def test_sheet_and_header_row_options(make_xlsx) -> None:
    path = make_xlsx(sheets={"A": [["x"]], "B": [["Kunde", "KZI"], ["K", 3]]})
    assert load(path, sheet="b").report.sheet == "B"
    with pytest.raises(ImportFailure) as caught:
        load(path, sheet="C")
    assert caught.value.code == "sheet_not_found" and caught.value.params["sheets"] == ["A", "B"]
    assert load(path, sheet="B", header_row=1).report.header_row == 1


def test_confirmed_mapping_is_remembered_for_the_same_headers(make_xlsx, tmp_path: Path) -> None:
    memory = MappingMemory(tmp_path / "mappings.json")
    rows = [["Nr", "Name", "Betrag", "Volumen", "Zufr. 2025"], ["1", "A", 10, 100, 3]]
    first = load(
        make_xlsx(rows), mapping={"revenue": "Betrag", "wallet": "Volumen", "satisfaction": "Zufr. 2025"}
    )
    memory.remember(first.report.signature, first.report.mapping)
    rows[0][4] = "Zufr. 2026"  # next year's file: the year changed, the layout did not
    again = load(make_xlsx(rows), memory=MappingMemory(tmp_path / "mappings.json"))
    assert again.report.mapping_source == "remembered"
    assert again.report.mapping["satisfaction"] == "Zufr. 2026"


def test_german_text_numbers_currency_and_percent(make_csv) -> None:
    path = make_csv(
        "Kunde;Umsatz;Einkaufsvolumen;SoW;KZI\nA;12.345,67 €;100.000;35,0 %;4\nB;1.234;2.000;35%;3,5\n",
        encoding="cp1252",
    )
    table = load(path).table
    assert table.revenue.tolist() == [12345.67, 1234.0]
    assert table.wallet.tolist() == [100000.0, 2000.0]
    assert table.sow_input.tolist() == pytest.approx([0.35, 0.35])
    assert table.satisfaction_input.tolist() == [4.0, 3.5]


def test_english_text_numbers(make_csv) -> None:
    table = load(make_csv('Customer,Revenue,Wallet,CSAT\nA,"12,345.67","100,000",4\n')).table
    assert (table.revenue[0], table.wallet[0]) == (12345.67, 100000.0)


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        ([0.35, 0.5], [0.35, 0.5]),  # fractions (Excel's percent cells)
        ([35, 50], [0.35, 0.5]),  # percent numbers
        (["35 %", "50%"], [0.35, 0.5]),  # percent text
    ],
)
def test_share_of_wallet_forms(make_xlsx, values, expected) -> None:
    path = make_xlsx([["Kunde", "Share of Wallet", "KZI"], ["A", values[0], 3], ["B", values[1], 4]])
    assert load(path).table.sow_input.tolist() == pytest.approx(expected)


def test_blank_total_and_repeated_header_rows_are_skipped_and_listed(make_xlsx) -> None:
    path = make_xlsx(
        [
            GERMAN_HEADER,
            ["1", "A", "Anna", 100, 400, 4, ""],
            [None] * 7,
            GERMAN_HEADER,
            ["2", "Total Energies", "Jonas", 200, 500, 3, ""],
            ["", "Summe", "", 300, 900, None, ""],
            ["", "Gesamt", "", 300, 900, None, ""],
        ]
    )
    result = load(path)
    assert result.table.customer_id.tolist() == ["1", "2"]
    skipped = [(s.row, s.code) for s in result.report.skipped]
    assert skipped == [(3, "blank"), (4, "repeated_header"), (6, "total_row"), (7, "total_row")]


def test_ids_keep_their_text(make_xlsx) -> None:
    path = make_xlsx(
        [
            ["Kundennummer", "Kunde", "KZI"],
            ["000123", "A", 3],
            [10023, "B", 4],
            [10024.0, "C", 4],
            ["K-1", "D", 2],
        ]
    )
    assert load(path).table.customer_id.tolist() == ["000123", "10023", "10024", "K-1"]


def test_duplicate_ids_are_reported_and_kept(make_xlsx) -> None:
    path = make_xlsx([["Kundennummer", "Kunde", "KZI"], ["1", "A", 3], ["1", "B", 4], ["2", "C", 2]])
    result = load(path)
    assert len(result.table) == 3
    assert result.report.duplicate_ids == {"1": [2, 3]}
    assert [p.code for p in result.report.problems] == ["duplicate_id", "duplicate_id"]


def test_bad_cells_are_refused_with_row_and_column(make_xlsx) -> None:
    path = make_xlsx(
        [GERMAN_HEADER, ["1", "A", "Anna", "viel", 400, 4, ""], ["2", "B", "Anna", -5, 400, 4, ""]]
    )
    result = load(path)
    problems = [(p.row, p.code, p.column, p.value) for p in result.report.problems]
    assert problems == [(2, "not_a_number", "Umsatz (€)", "viel"), (3, "negative", "Umsatz (€)", "-5")]
    assert len(result.table) == 2 and np.isnan(result.table.revenue).all()


@pytest.mark.parametrize(
    ("header", "values", "scale"),
    [
        ("KZI", [1, 3, 5], "1-5"),
        ("KZI", [1, 7], "1-7"),
        ("KZI", [2, 9], "1-10"),
        ("KZI", [0, 8], "0-10"),
        ("KZI", [12, 88], "0-100"),
        ("KZI", [0.2, 0.9], "0-1"),
        ("NPS", [-40, 60], "nps"),
        ("Zufriedenheit (1-7)", [2, 3], "1-7"),
        ("CSAT %", [55, 90], "0-100"),
    ],
)
def test_satisfaction_scale_detection(make_xlsx, header, values, scale) -> None:
    rows = [["Kunde", header]] + [[f"K{i}", v] for i, v in enumerate(values)]
    assert load(make_xlsx(rows)).report.scale.name == scale


def test_scale_override(make_xlsx) -> None:
    path = make_xlsx([["Kunde", "KZI"], ["A", 3], ["B", 4]])
    result = load(path, satisfaction_scale="1-10")
    assert (result.report.scale.name, result.report.scale_source) == ("1-10", "user")


def test_thousands_in_the_header_multiply(make_xlsx) -> None:
    path = make_xlsx([["Kunde", "Umsatz (T€)", "Bedarf (€)", "KZI"], ["A", 12.5, 50000, 3]])
    result = load(path)
    assert result.table.revenue[0] == 12500.0
    assert result.report.multipliers == {"revenue": 1000.0}


def test_other_columns_are_kept_as_they_are(make_xlsx) -> None:
    path = make_xlsx([["Kunde", "KZI", "Region", "Mitarbeiter"], ["A", 3, "Süd", 12], ["B", 4, "Nord", 80]])
    table = load(path).table
    assert table["x:Region"].tolist() == ["Süd", "Nord"]
    assert table["x:Mitarbeiter"].tolist() == [12, 80]


def test_missing_roles_are_reported(make_xlsx) -> None:
    result = load(make_xlsx([["Kunde", "Umsatz"], ["A", 1]]))
    # Revenue is there: what is missing is the wallet (or a share column), named so.
    assert result.report.missing_roles == ["satisfaction", "wallet"]
    assert not result.report.confident
    only_wallet = load(make_xlsx([["Kunde", "KZI", "Einkaufsvolumen"], ["A", 3, 1000]]))
    assert only_wallet.report.missing_roles == ["revenue"]
    neither = load(make_xlsx([["Kunde", "KZI"], ["A", 3]]))
    assert neither.report.missing_roles == ["share_of_wallet"]


def test_fast_and_full_reads_agree(make_xlsx, tmp_path: Path) -> None:
    from segmenter_app.core.importing.importer import import_workbook
    from segmenter_app.core.reading.reader import read_workbook

    rows = [["Kundenliste"], [], GERMAN_HEADER]
    rows += [
        [
            f"{i:05d}",
            f"Firma {i}",
            f"AM {i % 3}",
            i * 100.5,
            i * 400 or None,
            (i % 5) + 1,
            "n" if i % 7 == 0 else None,
        ]
        for i in range(200)
    ]
    rows[50][3] = "1.234,50"
    path = make_xlsx(rows)
    fast = load(path)
    full = import_workbook(read_workbook(path))
    assert fast.table.equals(full.table)
    assert fast.report.skipped == full.report.skipped
    assert math.isclose(fast.table.revenue[47], 1234.5)


def test_a_satisfaction_outside_the_scale_is_a_problem_named_by_row_and_column(make_xlsx) -> None:
    """138 in a 0–100 column: the customer keeps the value and gets no segment, and the
    import says where ("problems: 0" left nine customers unclassified without a word)."""
    from segmenter_app.core.model.document import CustomerDocument
    from segmenter_app.core.outputs.classify_output import row_problems
    from segmenter_app.core.text import texts

    rows = [["Kundennummer", "Kunde", "Kundenbetreuer", "Umsatz", "Einkaufsvolumen", "KZI (0-100)"]]
    rows += [[f"K{i}", f"Kunde {i}", "Bauer", 100 * i, 10000, 40 + i] for i in range(1, 11)]
    rows[4][5] = 138
    path = make_xlsx([["Export aus CRM"], *rows])
    imported = load_customers(path, ImportOptions())
    issues = [issue for issue in imported.report.problems if issue.code == "outside_scale"]
    assert [(i.row, i.column, i.value) for i in issues] == [(6, "KZI (0-100)", "138")]  # K4, Excel row 6
    assert texts.issue_text(issues[0], "en") == (
        "KZI (0-100) 138 lies outside the satisfaction scale: the customer gets no segment"
    )
    document = CustomerDocument(imported)
    assert document.result.unclassified == 1
    problems = row_problems(document.table, document.report, document.prepared, "en")
    assert problems[3] == "KZI (0-100) 138 lies outside the satisfaction scale: the customer gets no segment"
