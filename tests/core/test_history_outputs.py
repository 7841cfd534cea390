"""Periods in what the team takes away (PRODUCT.md §8): each manager's workbook says the
segment before and ΔSoW, the overview gets a History sheet — and a returned workbook
with the new columns is still collected."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from segmenter_app.core.importing.importer import load_customers
from segmenter_app.core.model import segmentation as sg
from segmenter_app.core.model.document import CustomerDocument
from segmenter_app.core.output_registry import get
from segmenter_app.core.projects.collect import plan_collect
from segmenter_app.core.projects.periods import ProjectPeriods, next_period
from segmenter_app.core.projects.updating import compare

from .period_lists import SOW_THRESHOLD, write_year

FIXED = sg.Thresholds(sow=sg.Threshold("fixed", SOW_THRESHOLD), kzi=sg.Threshold("fixed", 60.0))


@pytest.fixture
def periods(tmp_path: Path) -> ProjectPeriods:
    first = CustomerDocument(load_customers(write_year(tmp_path, 2024)), thresholds=FIXED)
    periods = ProjectPeriods.single(first)
    newer = load_customers(write_year(tmp_path, 2025))
    return next_period(periods, newer, newer.report.path, compare(first, newer))


def header_and_rows(path: Path, first_header: str) -> tuple[list[str], list[dict]]:
    sheet = load_workbook(path).worksheets[0]
    header_row = next(r for r in range(1, 40) if sheet.cell(r, 1).value == first_header)
    titles = [str(c.value or "").replace("-\n", "").replace("\n", " ") for c in sheet[header_row]]
    rows = []
    for row in sheet.iter_rows(min_row=header_row + 1, values_only=True):
        if row[3] is None and row[4] is None:
            break
        rows.append(dict(zip(titles, row)))
    return titles, rows


def test_a_managers_workbook_says_the_segment_before_and_the_change_in_sow(periods, tmp_path: Path) -> None:
    out = tmp_path / "out"
    get("manager_workbooks").write(
        periods.document, out, language="en", options={"managers": ["Ben"]}, periods=periods
    )
    titles, rows = header_and_rows(out / "Ben.xlsx", "Priority")
    assert titles[:4] == ["Priority", "Segment", "Segment before", "Triage"]
    assert titles.index("ΔSoW (pp)") == titles.index("SoW") + 1
    by_id = {row["Customer ID"]: row for row in rows}
    assert by_id["K04"]["Segment before"] == "GROW" and by_id["K04"]["ΔSoW (pp)"] == pytest.approx(40.0)
    assert by_id["K07"]["Segment before"] == "new" and by_id["K07"]["ΔSoW (pp)"] is None
    assert by_id["K03"]["Segment before"] == "MODEL" and by_id["K03"]["ΔSoW (pp)"] == pytest.approx(0.0)
    # The summary still stands under the columns it sums.
    sheet = load_workbook(out / "Ben.xlsx").worksheets[0]
    revenue_column = titles.index("Revenue") + 1
    label_column = titles.index("Customer") + 1
    summary = next(r for r in range(1, sheet.max_row + 1) if sheet.cell(r, label_column).value == "Summary")
    assert sheet.cell(summary, revenue_column).value.replace("\n", " ") == "Revenue"
    # A workbook that comes back with the new columns is collected as before.
    book = load_workbook(out / "Ben.xlsx")
    returned = book.worksheets[0]
    header_row = next(r for r in range(1, 40) if returned.cell(r, 1).value == "Priority")
    columns = {str(c.value).replace("\n", " "): c.column for c in returned[header_row]}
    row = next(r for r in range(header_row + 1, returned.max_row + 1) if returned.cell(r, 5).value == "K04")
    returned.cell(row, columns["Next step"]).value = "Termin vereinbaren"
    back = tmp_path / "zurück.xlsx"
    book.save(back)
    plan = plan_collect(periods.document, [back])
    taken = [(item.customer_id, item.column, item.value) for item in plan.taken]
    assert taken == [("K04", "next_step", "Termin vereinbaren")]


def test_one_period_adds_no_columns_and_no_history(tmp_path: Path) -> None:
    document = CustomerDocument(load_customers(write_year(tmp_path, 2024)), thresholds=FIXED)
    out = tmp_path / "out"
    get("manager_workbooks").write(document, out, language="en", options={"managers": ["Ben"]})
    titles, _rows = header_and_rows(out / "Ben.xlsx", "Priority")
    assert "Segment before" not in titles and "ΔSoW (pp)" not in titles
    assert [sheet.title for sheet in load_workbook(out / "Overview.xlsx").worksheets][-1] != "History"


def test_the_overview_has_a_history_sheet(periods, tmp_path: Path) -> None:
    path = tmp_path / "overview.xlsx"
    get("overview").write(periods.document, path, language="en", periods=periods)
    book = load_workbook(path)
    assert book.sheetnames[-1] == "History"
    sheet = book["History"]
    cells = [[cell.value for cell in row] for row in sheet.iter_rows()]
    texts = [str(value) for row in cells for value in row if value is not None]
    assert cells[0][0] == "History of the periods" and cells[1][0] == "2024 · 2025"
    # Each period: customers and segments.
    header = next(i for i, row in enumerate(cells) if row[0] == "Period")
    assert cells[header][1:7] == ["Customers", "MODEL", "FIX", "GROW", "MOVE", "Unclassified"]
    assert cells[header + 1][:7] == ["2024", 9, 3, 1, 2, 3, 0]
    assert cells[header + 2][:7] == ["2025", 9, 3, 2, 2, 2, 0]
    # The last migration matrix, rows from, columns to, then gone and new.
    title = next(i for i, row in enumerate(cells) if str(row[0]).startswith("Who moved from 2024"))
    matrix = {row[0]: row[1:7] for row in cells[title + 2 : title + 8]}
    assert matrix["GROW"] == [1, 1, 0, 0, 0, 0]  # Alpha → MODEL, Delta → FIX
    assert matrix["MODEL"][5] == 2  # Zeta and Kappa (new id) gone
    assert matrix["New"][:5] == [1, 0, 1, 0, 0]  # Kappa's new id (MODEL) and Eta (GROW)
    # Did it work: the sentence, and what it is not; a row per segment and group.
    assert any(
        text.startswith("Customers visited as planned improved more often: 100 % against 0 %")
        for text in texts
    )
    assert any("not proof" in text for text in texts)
    assert "Did it work: 2024 → 2025" in texts
    grow_all = next(row for row in cells if row[0] == "GROW" and row[1] == "all")
    assert grow_all[2:10] == [2, 1, 0, 0, 1, pytest.approx(35.0), pytest.approx(-25.0), pytest.approx(70.0)]
    assert any(row[1] == "none done" for row in cells)


def test_the_overviews_later_sheets_print_whole(periods, tmp_path: Path) -> None:
    """Fresh eyes on paper: the headings over the History tables are one line that runs
    on (a wrap in the narrow first column cut "Wer von 2024 … wechselte" to its end),
    the groups' column holds "seltener als geplant", the Team sheet's misallocation is a
    number like the other shares, its capacity source column holds its words, and both
    sheets have the overview's header and footer."""
    from segmenter_app.core.outputs.cells import text_units

    path = tmp_path / "uebersicht.xlsx"
    get("overview").write(periods.document, path, language="de", periods=periods)
    book = load_workbook(path)
    history = book["Verlauf"]
    heading = next(
        cell for row in history.iter_rows() for cell in row if str(cell.value).startswith("Wer von")
    )
    assert not heading.alignment.wrap_text
    assert history.column_dimensions["B"].width >= text_units("seltener als geplant")
    team = book["Team"]
    header = next(row for row in team.iter_rows() if row[0].value == "Kundenbetreuer")
    names = [cell.value for cell in header]
    first = next(row for row in team.iter_rows(min_row=header[0].row + 1))
    for title in names:
        if title and title.startswith("Fehlallokation"):
            value = first[names.index(title)].value
            assert isinstance(value, float) and 0.0 <= value <= 1.0
    source = first[next(i for i, t in enumerate(names) if t and t.startswith("Kapazität aus"))]
    letter = source.column_letter
    assert team.column_dimensions[letter].width >= text_units(str(source.value))
    for sheet in (team, history):
        assert sheet.oddHeader.left.text and "Seite" in sheet.oddFooter.right.text
        # The running head names the sheet too, not only the overview's first page.
        assert sheet.oddHeader.left.text.endswith(f" · {sheet.title}")


def test_the_history_sheet_in_german(periods, tmp_path: Path) -> None:
    path = tmp_path / "uebersicht.xlsx"
    get("overview").write(periods.document, path, language="de", periods=periods)
    sheet = load_workbook(path)["Verlauf"]
    texts = {str(cell.value) for row in sheet.iter_rows() for cell in row if cell.value is not None}
    assert "Verlauf der Perioden" in texts and "Hat es gewirkt: 2024 → 2025" in texts
    assert any(
        text.startswith("Wie geplant besuchte Kunden haben sich häufiger verbessert") for text in texts
    )
    out = tmp_path / "de"
    get("manager_workbooks").write(
        periods.document,
        out,
        language="de",
        options={"managers": ["Ben"], "overview": False},
        periods=periods,
    )
    titles, rows = header_and_rows(out / "Ben.xlsx", "Priorität")
    assert "Segment vorher" in titles and "ΔSoW (Pp.)" in titles
    assert {row["Segment vorher"] for row in rows} >= {"neu", "GROW"}
