"""Bad input of the new list shapes: unit words, the scale's direction, several sheets,
wallets to estimate."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from segmenter_app.core.headers.units import header_multiplier
from segmenter_app.core.importing.importer import ImportOptions, load_customers
from segmenter_app.core.importing.numbers import parse_text_numbers
from segmenter_app.core.importing.scales import SCALES
from segmenter_app.core.model import segmentation as sg
from segmenter_app.core.model.document import CustomerDocument
from segmenter_app.core.model.wallet import WalletEstimate, effective_wallets, group_percentiles
from segmenter_app.core.text import texts


def load(path: Path, **options):
    return load_customers(path, ImportOptions(**options))


# --------------------------------------------------------------------------- units


@pytest.mark.parametrize(
    ("text", "notation", "value"),
    [
        ("1,2 Mio. €", "de", 1.2e6),
        ("850 T€", "de", 850e3),
        ("12 TEUR", "de", 12e3),
        ("3,5 Mrd.", "de", 3.5e9),
        ("1.2M", "en", 1.2e6),
        ("850k", "en", 850e3),
        ("$1.2bn", "en", 1.2e9),
        ("€ 1,5 Mio", "de", 1.5e6),
        ("Tsd. € 850", "de", 850e3),
        ("2.500 k€", "de", 2.5e6),
        ("1,2 Mio", "en", 1.2e6),  # a German value in an English column: one way to read it
        ("1.2M", "de", 1.2e6),  # and the other way round
        ("1.200,- €", "de", 1200.0),
        ("-850 T€", "de", -850e3),
        ("USD 3m", "en", 3e6),
    ],
)
def test_a_cells_unit_word_scales_it(text: str, notation: str, value: float) -> None:
    parsed = parse_text_numbers(pd.Series([text], dtype="str"), notation)
    assert parsed.values[0] == pytest.approx(value)
    assert not parsed.invalid[0]


@pytest.mark.parametrize("text", ["12 Stk", "3 Bio.", "850 T€ netto", "1,2 Mio. Stück", "inf", "1.2 x"])
def test_an_unknown_word_refuses_the_cell(text: str) -> None:
    parsed = parse_text_numbers(pd.Series([text], dtype="str"), "de")
    assert math.isnan(parsed.values[0])
    assert parsed.invalid[0]


@pytest.mark.parametrize(
    ("header", "factor"),
    [
        ("Umsatz (T€)", 1e3),
        ("Umsatz in Tsd. €", 1e3),
        ("Budget (Mio. €)", 1e6),
        ("Revenue (k$)", 1e3),
        ("Revenue ($M)", 1e6),
        ("Wallet (€bn)", 1e9),
        ("Einkaufsvolumen [Mrd. EUR]", 1e9),
        ("Umsatz 2025", 1.0),
        ("Kunde A-M", 1.0),
    ],
)
def test_header_units(header: str, factor: float) -> None:
    assert header_multiplier(header) == factor


def test_header_unit_scales_the_column_and_a_cells_own_word_wins(make_csv) -> None:
    path = make_csv(
        "Kunde;Umsatz (T€);Einkaufsvolumen (T€);KZI (1-5)\n"
        "A;850;1,2 Mio. €;4\n"
        "B;1.234 €;2.000;3\n"  # a currency sign alone is no scale: the header's T€ holds
        "C;12 Stk;3.000;2\n"
        "D;-5 T€;3.000;2\n"
    )
    result = load(path)
    table, report = result.table, result.report
    assert table.revenue.tolist()[:2] == [850e3, 1234e3]
    assert table.wallet.tolist()[:2] == [1.2e6, 2e6]
    codes = {(issue.row, issue.code) for issue in report.problems}
    assert (4, "unknown_unit") in codes  # never 12,000 with its word dropped
    assert (5, "negative") in codes
    assert math.isnan(table.revenue[2]) and math.isnan(table.revenue[3])
    assert report.cell_units == {"wallet": 1, "revenue": 1}


def test_units_in_the_share_and_satisfaction_columns_are_refused(make_csv) -> None:
    path = make_csv("Kunde;Anteil;KZI (1-5)\nA;35 %;4\nB;0,3 Mio;4 T€\nC;40 €;3\n")
    result = load(path)
    refused = {
        (issue.row, issue.role) for issue in result.report.problems if issue.code == "unit_not_allowed"
    }
    assert refused == {(3, "share_of_wallet"), (3, "satisfaction"), (4, "share_of_wallet")}
    assert result.table.sow_input[0] == pytest.approx(0.35)
    text = texts.issue_text(result.report.problems[0], "en")
    assert "0,3 Mio" in text


def test_no_value_words_in_a_share_or_score_column_are_blank_not_a_unit(make_csv) -> None:
    """"k.A." (keine Angabe) has a "k" but is no kilo: blank, and said as nothing wrong."""
    path = make_csv(
        "Kunde;Umsatz;Einkaufsvolumen;Zufriedenheit (Schulnote);Anteil\n"
        "A;10;100;k.A.;n/a\nB;20;100;2;k. A.\nC;30;100;3;30 %\n"
    )
    result = load(path)
    assert not result.report.problems  # was: "an amount unit in a share or score column"
    assert math.isnan(result.table.satisfaction_input[0])
    assert result.table.sow_input.isna().tolist()[:2] == [True, True]


# --------------------------------------------------------------------------- direction


@pytest.mark.parametrize(
    ("header", "values", "best", "scale"),
    [
        ("Zufriedenheit (Schulnote: 1 = sehr gut, 6 = ungenügend)", [1, 2.3, 4, 5.5], 1, (1, 6)),
        ("Schulnote", [1, 2, 3, 5], 1, (1, 6)),
        ("Kundenzufriedenheit (Note)", [1.5, 2, 3], 1, (1, 6)),
        ("KZI (1-5, 1 = sehr zufrieden)", [1, 2, 3], 1, (1, 5)),
        ("Satisfaction (1 = very satisfied, 5 = very dissatisfied)", [1, 3, 5], 1, (1, 5)),
        ("Satisfaction (1 = best)", [1, 2, 4], 1, (1, 5)),
        ("Zufriedenheit Rang", [1, 3, 8], 1, (1, 10)),
        ("Zufriedenheit (5 = sehr gut)", [1, 3, 5], 5, (1, 5)),
        ("KZI (1-5)", [1, 2, 5], 5, (1, 5)),
    ],
)
def test_direction_from_the_header(make_xlsx, header: str, values: list[float], best: float, scale) -> None:
    rows = [["Kunde", "Umsatz", "Bedarf", header]] + [[f"K{i}", 10, 20, v] for i, v in enumerate(values)]
    report = load(make_xlsx(rows)).report
    assert (report.scale.low, report.scale.high) == scale
    assert report.scale.best == best
    assert report.direction_conflict is None


def test_reversed_scale_reads_high_minus_x(make_xlsx) -> None:
    rows = [["Kunde", "Umsatz", "Bedarf", "Zufriedenheit (Schulnote)"]]
    rows += [["A", 10, 20, 1.0], ["B", 10, 20, 2.3], ["C", 10, 20, 6.0]]
    document = CustomerDocument(load(make_xlsx(rows)))
    assert document.prepared.kzi.tolist() == pytest.approx([100.0, 74.0, 0.0])
    listed = texts.satisfaction_as_listed(2.3, document.scale, "en")
    assert listed == "grade 2.3, 1 = best"
    why = texts.why_text("GROW", 74.0, 50.0, 0.5, 0.6, 10.0, "en", listed=listed)
    assert "KZI 74 ≥ 50 (grade 2.3, 1 = best)" in why


def test_kzi_best_overrides_the_header(make_xlsx) -> None:
    rows = [["Kunde", "Umsatz", "Bedarf", "KZI (1-5)"], ["A", 10, 20, 1.0], ["B", 10, 20, 5.0]]
    path = make_xlsx(rows)
    assert load(path, kzi_best="low").report.scale == SCALES["1-5"].with_direction(True)
    assert load(path, kzi_best="low").report.direction_source == "user"
    grades = make_xlsx([["Kunde", "Umsatz", "Bedarf", "Schulnote"], ["A", 10, 20, 1.0], ["B", 10, 20, 5.0]])
    assert not load(grades, kzi_best="high").report.scale.reversed


@pytest.mark.parametrize(
    ("header", "values"),
    [
        ("Zufriedenheit (1 = sehr gut, 6 = ungenügend)", [1, 4, 9]),  # values beyond the named end
        ("Zufriedenheit (1 = sehr zufrieden)", [40, 85, 92]),  # 1 is no end of 0–100
        ("Schulnote", [1, 5, 9]),  # school grades run 1–6
    ],
)
def test_a_direction_word_the_values_contradict_is_reported(make_xlsx, header: str, values) -> None:
    rows = [["Kunde", "Umsatz", "Bedarf", header]] + [[f"K{i}", 10, 20, v] for i, v in enumerate(values)]
    report = load(make_xlsx(rows)).report
    assert report.direction_conflict is not None
    line = " ".join(texts.summary_lines(report, *_segmented(report), "en")[1:])
    assert "check the direction" in line


def _segmented(report):
    prepared = sg.prepare(
        pd.DataFrame(
            {
                "customer_id": ["a"],
                "account_manager": [""],
                "revenue": [1.0],
                "wallet": [2.0],
                "sow_input": [np.nan],
                "satisfaction_input": [np.nan],
            }
        ),
        report.scale,
    )
    return prepared, sg.segment(prepared, sg.Thresholds()), sg.Thresholds()


def test_the_direction_is_kept_in_the_project(make_xlsx, tmp_path: Path) -> None:
    from segmenter_app.core.projects.project import open_project, save_project

    rows = [["Kunde", "Umsatz", "Bedarf", "Schulnote"], ["A", 10, 20, 1.0], ["B", 10, 30, 5.0]]
    document = CustomerDocument(load(make_xlsx(rows)))
    document.set_scale(document.scale.with_direction(False))
    save_project(document, tmp_path / "p.segmenter")
    again = open_project(tmp_path / "p.segmenter").document
    assert not again.scale.reversed and again.report.scale.reversed
    assert again.prepared.kzi.tolist() == pytest.approx([0.0, 80.0])


# --------------------------------------------------------------------------- sheets


HEADER = ["Kundennummer", "Kunde", "Umsatz", "Einkaufsvolumen", "KZI (1-5)"]


def test_sheets_of_one_shape_are_combined_and_others_skipped(make_xlsx) -> None:
    path = make_xlsx(
        sheets={
            "Deckblatt": [["Kundenbewertung"]],
            "Nord": [["Kunden Nord"], HEADER, ["1", "A", 10, 20, 4], ["2", "B", 5, 20, 2], []],
            "Süd": [HEADER, ["3", "C", 10, 40, 3], ["Summe", "", 10, 40, ""]],
            "West": [HEADER[:4] + ["Region", "KZI (1-5)"], ["4", "D", 1, 2, "x", 5]],
        }
    )
    result = load(path)
    table, report = result.table, result.report
    assert table.customer_id.tolist() == ["1", "2", "3", "4"]
    assert table.account_manager.tolist() == ["Nord", "Nord", "Süd", "West"]
    assert table.source_row.tolist() == [3, 4, 2, 2]
    assert report.combined_sheets == ["Nord", "Süd", "West"]
    assert report.skipped_sheets == [["Deckblatt", "other_shape"]]
    assert report.sheet_differences == [["West", [], ["Region"]]]
    assert [(s.sheet, s.row, s.code) for s in report.skipped] == [("Süd", 3, "total_row")]
    assert table["x:Region"].tolist()[3] == "x"


def test_a_manager_column_keeps_the_sheet_names_in_a_sheet_column(make_xlsx) -> None:
    header = HEADER + ["Betreuer"]
    path = make_xlsx(
        sheets={
            "2025 Nord": [header, ["1", "A", 10, 20, 4, "Anna"]],
            "2025 Süd": [header, ["2", "B", 10, 30, "gut", "Ben"]],
        }
    )
    result = load(path)
    assert result.table.account_manager.tolist() == ["Anna", "Ben"]
    assert result.table["x:sheet"].tolist() == ["2025 Nord", "2025 Süd"]
    [problem] = result.report.problems
    assert (problem.sheet, problem.row, problem.code) == ("2025 Süd", 2, "not_a_number")


def test_a_sheet_with_a_column_fewer_is_combined_on_the_common_roles(make_xlsx) -> None:
    path = make_xlsx(
        sheets={
            "Anna": [HEADER, ["1", "A", 10, 20, 4], ["2", "B", 10, 40, 2]],
            "Ben": [HEADER, ["3", "C", 10, 20, 4]],
            "Cem": [[h for h in HEADER if h != "Einkaufsvolumen"], ["4", "D", 10, 4]],
        }
    )
    result = load(path)
    assert result.report.combined_sheets == ["Anna", "Ben", "Cem"]
    assert result.report.sheet_differences == [["Cem", ["Einkaufsvolumen"], []]]
    assert math.isnan(result.table.wallet[3])
    lines = texts.summary_lines(result.report, *_segmented(result.report), "en")
    assert any("'Cem' has no column 'Einkaufsvolumen'" in line for line in lines)


def test_sheet_options_choose_the_sheets(make_xlsx) -> None:
    sheets = {
        "Anna": [HEADER, ["1", "A", 10, 20, 4]],
        "Ben": [HEADER, ["2", "B", 10, 20, 4]],
        "Liste": [["Kunde", "Umsatz", "KZI (1-5)", "Anteil"], ["C", 10, 4, "20 %"]],
    }
    path = make_xlsx(sheets=sheets)
    assert load(path).report.combined_sheets == ["Anna", "Ben"]
    assert load(path, sheet="Ben").table.customer_id.tolist() == ["2"]
    assert load(path, sheets=("Ben", "Liste")).report.combined_sheets == ["Ben", "Liste"]
    assert load(path, sheets=("*",)).report.combined_sheets == ["Anna", "Ben", "Liste"]


def test_many_sheets_load_on_the_fast_path(tmp_path: Path) -> None:
    import xlsxwriter

    path = tmp_path / "big.xlsx"
    workbook = xlsxwriter.Workbook(str(path))
    workbook.add_worksheet("Übersicht").write_row(0, 0, ["Summe"])
    for s in range(3):
        sheet = workbook.add_worksheet(f"AM {s}")
        sheet.write_row(0, 0, HEADER)
        for r in range(200):  # longer than the preview: each sheet is loaded
            sheet.write_row(r + 1, 0, [f"{s}-{r}", f"F{r}", 10 + r, 100 + r, 1 + r % 5])
    workbook.close()
    result = load(path)
    assert len(result.table) == 600
    assert result.table.account_manager.value_counts().to_dict() == {"AM 0": 200, "AM 1": 200, "AM 2": 200}
    assert result.table.source_row.tolist()[199:202] == [201, 2, 3]


# --------------------------------------------------------------------------- wallets


def test_group_percentiles_match_excels_percentile_inc() -> None:
    rng = np.random.default_rng(3)
    revenue = rng.lognormal(10, 1, 300)
    codes = rng.integers(0, 7, 300)
    cuts, counts = group_percentiles(revenue, codes, 7, 0.9)
    for group in range(7):
        assert cuts[group] == pytest.approx(np.percentile(revenue[codes == group], 90))
        assert counts[group] == (codes == group).sum()
    # PERCENTILE.INC({1,2,3,4}, 0.9) = 3.7
    assert group_percentiles(np.array([4.0, 1, 3, 2]), np.zeros(4, dtype=np.int64), 1, 0.9)[0][
        0
    ] == pytest.approx(3.7)


def _frame(**columns) -> pd.DataFrame:
    size = len(next(iter(columns.values())))
    base = {
        "customer_id": [str(i) for i in range(size)],
        "customer_name": [""] * size,
        "account_manager": ["A"] * size,
        "revenue": [np.nan] * size,
        "wallet": [np.nan] * size,
        "sow_input": [np.nan] * size,
        "satisfaction_input": [3.0] * size,
        "notes": [""] * size,
    }
    base.update(columns)
    return pd.DataFrame(base)


def test_wallet_sources_and_a_group_of_one_falls_back_to_the_whole_list() -> None:
    table = _frame(
        revenue=[10.0, 20, 30, 40, 50, 60, np.nan, 5],
        wallet=[100.0, np.nan, np.nan, np.nan, np.nan, np.nan, np.nan, np.nan],
        sow_input=[np.nan, 0.5, np.nan, np.nan, np.nan, np.nan, np.nan, np.nan],
    )
    table["x:Branche"] = ["a", "b", "c", "d", "e", "f", "g", "h"]  # one customer a group
    result = effective_wallets(table, WalletEstimate("x:Branche", 0.9))
    whole = np.percentile([10, 20, 30, 40, 50, 60, 5], 90)
    assert result.source_names().tolist() == ["given", "derived"] + ["estimated"] * 4 + ["", "estimated"]
    assert result.wallet[1] == pytest.approx(40.0)
    assert result.wallet[2:6].tolist() == pytest.approx([max(r, whole) for r in (30, 40, 50, 60)])
    assert result.wallet[7] == pytest.approx(whole)
    assert sorted(result.fallback_groups) == ["c", "d", "e", "f", "h"]
    prepared = sg.prepare(table, SCALES["1-5"], wallet_estimate=WalletEstimate("x:Branche"))
    assert prepared.flags[6] & sg.NO_REVENUE_TO_ESTIMATE
    assert "no revenue either" in texts.flag_texts(int(prepared.flags[6]), "en")[-1]


def test_a_typed_wallet_overrides_the_estimate_and_grouping_changes_recompute(make_xlsx) -> None:
    rows = [["Kunde", "Umsatz", "Einkaufsvolumen", "Branche", "KZI (1-5)"]]
    rows += [[f"K{i}", 10.0 * (i + 1), None, "A" if i < 6 else "B", 3] for i in range(12)]
    document = CustomerDocument(load(make_xlsx(rows)))
    assert document.result.unclassified == 12
    document.set_wallet_estimate(WalletEstimate("x:Branche"))
    assert document.result.unclassified == 0
    by_group = document.prepared.wallets.wallet.copy()
    assert by_group[0] == pytest.approx(np.percentile([10, 20, 30, 40, 50, 60], 90))
    document.set_wallet_estimate(WalletEstimate(None, 0.5))
    assert document.prepared.wallets.wallet[0] == pytest.approx(np.percentile(np.arange(10, 130, 10), 50))
    document.edit_value(0, "wallet", 500.0)
    assert document.wallet_source(0) == "given"
    assert document.prepared.wallets.wallet[0] == 500.0
    document.undo_stack.undo()
    assert document.wallet_source(0) == "estimated"
    document.undo_stack.undo()
    assert document.prepared.wallets.wallet[0] == pytest.approx(by_group[0])


def test_the_estimate_is_kept_in_the_project(make_xlsx, tmp_path: Path) -> None:
    from segmenter_app.core.projects.project import open_project, save_project

    rows = [["Kunde", "Umsatz", "Einkaufsvolumen", "Branche", "KZI (1-5)"]]
    rows += [[f"K{i}", 10.0 * (i + 1), None, "A", 3] for i in range(6)]
    document = CustomerDocument(load(make_xlsx(rows)))
    document.set_wallet_estimate(WalletEstimate("x:Branche", 0.8))
    save_project(document, tmp_path / "p.segmenter")
    again = open_project(tmp_path / "p.segmenter").document
    assert again.wallet_estimate == WalletEstimate("x:Branche", 0.8)
    assert again.wallet_source(0) == "estimated"


def test_estimated_wallets_are_marked_in_the_workbooks(make_xlsx, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from segmenter_app.core.outputs.export_jobs import export_all

    rows = [["Kunde", "Betreuer", "Umsatz", "Einkaufsvolumen", "KZI (1-5)"]]
    rows += [[f"K{i}", "Anna", 10.0 * (i + 1), 500.0 if i == 0 else None, 1 + i % 5] for i in range(8)]
    document = CustomerDocument(load(make_xlsx(rows)))
    document.set_wallet_estimate(WalletEstimate(None))
    written = export_all(document, tmp_path / "out", language="en")
    manager = next(path for path in written if "Anna" in path.name)
    sheet = load_workbook(manager).worksheets[0]
    header = next(row for row in sheet.iter_rows() if any(cell.value == "Wallet" for cell in row))
    column = next(cell.column for cell in header if cell.value == "Wallet")
    cells = [sheet.cell(row, column) for row in range(header[0].row + 1, header[0].row + 9)]
    formats = {cell.value: ("≈" in cell.number_format, cell.font.i) for cell in cells}
    assert formats[500.0] == (False, False)  # the list's own wallet
    estimated = [marks for value, marks in formats.items() if value != 500.0]
    assert estimated and all(marks == (True, True) for marks in estimated)
    overview = next(path for path in written if path not in (manager,))
    marked = [
        cell
        for sheet in load_workbook(overview).worksheets
        for row in sheet.iter_rows()
        for cell in row
        if "≈" in (cell.number_format or "")
    ]
    assert len(marked) == 7


def test_the_summary_names_every_sheet_read(make_xlsx) -> None:
    """A list spread over a sheet per manager is read from all of them: the report says
    so, not just the first sheet's name."""
    from segmenter_app.core.importing.importer import load_customers
    from segmenter_app.core.text import texts

    header = ["Kunde", "Umsatz", "Einkaufsvolumen", "KZI (1-5)"]
    path = make_xlsx(
        sheets={
            "Müller": [header, ["A GmbH", 10, 100, 4], ["B AG", 20, 50, 2]],
            "Schmidt": [header, ["C KG", 30, 60, 5], ["D OHG", 5, 90, 3]],
        }
    )
    imported = load_customers(path)
    assert imported.report.rows_read == 4
    assert texts.sheets_read(imported.report) == "Müller, Schmidt"
