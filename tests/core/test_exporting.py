"""Per-manager workbooks, the overview and the PDF priority sheets, read back."""

from __future__ import annotations

import re
import shutil
import statistics
import subprocess
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from openpyxl import load_workbook

from segmenter_app.core.errors import ExportError
from segmenter_app.core.fileio import write_atomically
from segmenter_app.core.importing.importer import ImportResult, load_customers
from segmenter_app.core.model import segmentation as sg
from segmenter_app.core.model.document import CustomerDocument
from segmenter_app.core.outputs.chart_style import COLOURS
from segmenter_app.core.outputs.classify_output import WriteError
from segmenter_app.core.outputs.export_jobs import export_all, export_workbooks
from segmenter_app.core.outputs.overview import export_overview
from segmenter_app.core.outputs.pdf_sheets import build, write_pdf
from segmenter_app.core.outputs.report_data import manager_reports, safe_file_name, safe_sheet_name
from segmenter_app.core.resources import sample_list

from .conftest import GERMAN_HEADER


@pytest.fixture(scope="module")
def sample():
    return load_customers(sample_list("de"))


@pytest.fixture
def document(sample) -> CustomerDocument:
    return CustomerDocument(ImportResult(sample.table.copy(), sample.report))


def manager_sheet_rows(path: Path):
    book = load_workbook(path)
    sheet = book.worksheets[0]
    header_row = next(r for r in range(1, 40) if sheet.cell(r, 1).value in ("Priority", "Priorität"))
    rows = []
    for row in sheet.iter_rows(min_row=header_row + 1, values_only=True):
        if row[4] is None and row[3] is None:
            break
        rows.append(row)
    return book, sheet, header_row, rows


def test_one_workbook_per_manager_in_priority_order(document, tmp_path: Path) -> None:
    result = export_workbooks(document, tmp_path, language="en")
    assert len(result.paths) == len(document.managers) == 9
    assert {p.stem for p in result.paths} == set(document.managers)
    manager = document.managers[0]
    book, sheet, header_row, rows = manager_sheet_rows(tmp_path / f"{manager}.xlsx")
    expected = (document.table["account_manager"] == manager).sum()
    assert len(rows) == expected
    ranked = [r[0] for r in rows if r[0] is not None]
    assert ranked == list(range(1, len(ranked) + 1))
    # By worth (third round): the manager's customer with the most worth first.
    segments = [r[1] for r in rows]
    mine = np.flatnonzero((document.table["account_manager"] == manager).to_numpy())
    top = mine[np.nanargmax(document.result.worth[mine])]
    assert document.result.priority[top] == 1
    assert segments[0] == sg.SEGMENTS[document.result.segment[top]]
    assert [c.value for c in sheet[header_row]][:6] == [
        "Priority",
        "Segment",
        "Triage",
        "Customer\nID",
        "Customer",
        "SoW",
    ]
    first = sheet.cell(header_row + 1, 2)
    assert first.fill.fgColor.rgb.endswith(COLOURS[segments[0]][0].lstrip("#"))  # its segment's colour
    assert sheet.cell(header_row + 1, 6).number_format == "0%"
    assert sheet.cell(header_row + 1, 7).number_format == "0.0"
    assert "€" in sheet.cell(header_row + 1, 8).number_format
    assert sheet.freeze_panes == f"A{header_row + 1}"
    assert sheet.auto_filter.ref.startswith(f"A{header_row}")
    # Print setup: A4 landscape, one page wide, header repeated, header and footer.
    assert sheet.page_setup.orientation == "landscape" and sheet.page_setup.paperSize == 9
    assert sheet.sheet_properties.pageSetUpPr.fitToPage and sheet.page_setup.fitToWidth in (None, 1)
    assert sheet.page_setup.fitToHeight == 0
    assert sheet.print_title_rows == f"${header_row}:${header_row}"
    assert manager in sheet.oddHeader.left.text and "&P" in sheet.oddFooter.right.text
    # Title block with the thresholds in force, the header right under it (few rows
    # frozen), and a summary per segment after the customers, its sums under their columns.
    assert sheet["A1"].value == f"Priority list: {manager}"
    assert any("Thresholds" in str(sheet.cell(r, 1).value) for r in range(2, 5))
    assert header_row <= 6
    after = header_row + len(rows) + 2
    summary = {sheet.cell(r, 5).value: r for r in range(after, after + 8)}
    assert set(summary) >= {"Summary", "MODEL", "FIX", "GROW", "MOVE", "Total"}
    total = summary["Total"]
    assert sheet.cell(total, 6).value == len(rows)
    assert sheet.cell(total, 8).value == pytest.approx(sum(r[7] or 0 for r in rows))
    assert sheet.cell(total, 10).value == pytest.approx(sum(r[9] or 0 for r in rows))
    # The capacity line under the total; the columns through the last action column
    # (R: the third round added worth).
    assert sheet.print_area.endswith(f"$R${total + 2}")
    # Empty cells keep the table's borders (notes, triage, a missing number).
    empty = next(r for r in range(header_row + 1, header_row + len(rows)) if not sheet.cell(r, 12).value)
    assert sheet.cell(empty, 12).border.bottom.style and sheet.cell(empty, 3).border.bottom.style
    # The chart on its own sheet.
    assert len(book.worksheets) == 3 and len(book.worksheets[1]._images) == 1
    assert book.worksheets[2].sheet_state == "hidden"  # the baseline, for the collect


def test_a_pinned_customer_says_so(document, tmp_path: Path) -> None:
    manager = document.managers[0]
    mine = np.flatnonzero(document.table["account_manager"].to_numpy() == manager)
    model = int(next(r for r in mine if document.result.segment[r] == sg.MODEL))
    document.set_pinned(model, True)
    export_workbooks(document, tmp_path, language="de", managers=[manager])
    _book, _sheet, _header, rows = manager_sheet_rows(tmp_path / f"{manager}.xlsx")
    assert rows[0][0] == 1 and rows[0][1] == "MODEL" and rows[0][2] == "angeheftet"
    assert all("angeheftet" not in str(row[2] or "") for row in rows[1:])


def test_sheets_layout_and_german(document, tmp_path: Path) -> None:
    result = export_workbooks(document, tmp_path, layout="sheets", language="de")
    assert len(result.paths) == 1 and result.paths[0].name == "Prioritätenlisten.xlsx"
    book = load_workbook(result.paths[0])
    # A sheet and a chart per manager, and the hidden baseline for the collect.
    assert len(book.worksheets) == 2 * len(document.managers) + 1
    assert book.worksheets[-1].sheet_state == "hidden"
    assert book.worksheets[0]["A1"].value.startswith("Prioritätenliste: ")


def _header_row(sheet) -> int:
    return next(r for r in range(1, 30) if sheet.cell(r, 1).value in ("Priorität", "Kundenbetreuer"))


def test_german_headers_never_wrap_inside_a_word(document, tmp_path: Path) -> None:
    managers = export_workbooks(document, tmp_path, language="de", managers=[document.managers[0]])
    overview = export_overview(document, tmp_path / "Übersicht.xlsx", language="de")
    sheets = [load_workbook(managers.paths[0]).worksheets[0], load_workbook(overview).worksheets[1]]
    for sheet in sheets:
        row = _header_row(sheet)
        titles = [c.value for c in sheet[row] if c.value]
        # Lines break between words: no hyphen in a header's text (issue 24).
        whole = [title.replace("\n", " ") for title in titles]
        assert "Kundennummer" in whole and "Einkaufsvolumen" in whole
        assert not any("-\n" in title for title in titles), titles
        if sheet is sheets[0]:
            assert "Ungenutztes Potenzial" in whole and "Besuche pro Jahr" in whole
        for column, title in enumerate(titles, start=1):
            width = sheet.column_dimensions[sheet.cell(row, column).column_letter].width
            assert width >= max(len(part) for part in title.split()), (sheet.title, title, width)
        height = sheet.row_dimensions[row].height
        assert height >= 12 * max(title.count("\n") + 1 for title in titles), (sheet.title, height)


def test_the_german_summary_heads_its_numbers_and_fits_its_column(document, tmp_path: Path) -> None:
    """The summary block under the customers: its first heading fits the customer
    column (bold "Zusammenfassung" broke as "Zusammenfassun/g") and the headings over
    numbers stand right, over the numbers ("Kunden" stood left in its two columns, over
    nothing, beside the count)."""
    managers = export_workbooks(document, tmp_path, language="de", managers=[document.managers[0]])
    sheet = load_workbook(managers.paths[0]).worksheets[0]
    header = _header_row(sheet)
    titles = {str(c.value).replace("\n", " "): c.column for c in sheet[header] if c.value}
    label = titles["Kunde"]
    top = next(r for r in range(header + 1, sheet.max_row + 1) if sheet.cell(r, label).value == "Je Segment")
    width = sheet.column_dimensions[sheet.cell(top, label).column_letter].width
    assert len("Je Segment") * 1.2 <= width  # bold, on one line
    count = sheet.cell(top, label + 1)
    assert count.value == "Kunden" and count.alignment.horizontal == "right"
    revenue = sheet.cell(top, titles["Umsatz"])
    assert revenue.alignment.horizontal == "right"
    total = next(r for r in range(top, top + 8) if sheet.cell(r, label).value == "Summe")
    mine = int((document.table["account_manager"] == document.managers[0]).sum())
    assert sheet.cell(total, label + 1).value == mine


def test_text_that_looks_like_a_formula_stays_text(tmp_path: Path, make_csv) -> None:
    path = make_csv(
        ";".join(GERMAN_HEADER) + "\n"
        '1;"=HYPERLINK(""http://x"")";@Anna;10;100;4;=1+1\n'
        "2;+Müller;@Anna;80;100;2;-Rabatt prüfen\n"
    )
    document = CustomerDocument(load_customers(path))
    result = export_workbooks(document, tmp_path / "out", language="en")
    book, sheet, header_row, rows = manager_sheet_rows(result.paths[0])
    values = {value for row in rows for value in row if isinstance(value, str)}
    assert {'=HYPERLINK("http://x")', "+Müller", "=1+1", "-Rabatt prüfen"} <= values
    for row in sheet.iter_rows():
        for cell in row:
            assert cell.data_type != "f", cell.coordinate


def test_existing_files_are_not_overwritten_without_force(document, tmp_path: Path) -> None:
    export_workbooks(document, tmp_path, language="en", managers=[document.managers[0]])
    with pytest.raises(ExportError) as refused:
        export_workbooks(document, tmp_path, language="en", managers=[document.managers[0]])
    assert refused.value.code == "exists"
    export_workbooks(document, tmp_path, language="en", managers=[document.managers[0]], force=True)


def test_a_manager_called_overview_keeps_their_workbook(sample, tmp_path: Path) -> None:
    table = sample.table.copy()
    first = table["account_manager"].iat[0]
    table["account_manager"] = table["account_manager"].replace(first, "Overview")
    document = CustomerDocument(ImportResult(table, sample.report))
    written = export_all(document, tmp_path, language="en")
    assert len(written) == len(document.managers) + 1 and all(path.exists() for path in written)
    mine = load_workbook(tmp_path / "Overview (2).xlsx").worksheets[0]
    assert mine["A1"].value == "Priority list: Overview"
    assert load_workbook(tmp_path / "Overview.xlsx").worksheets[0]["A1"].value.startswith("Overview:")


@pytest.mark.slow
def test_a_file_the_second_writer_cannot_write_is_named(sample, tmp_path: Path) -> None:
    # 10,000 customers: two writer processes share the managers.
    table = pd.concat([sample.table] * 25, ignore_index=True)
    document = CustomerDocument(ImportResult(table, sample.report))
    last = sorted(document.managers)[-1]
    (tmp_path / f"{last}.xlsx").mkdir()  # a folder where the last manager's workbook goes
    with pytest.raises(WriteError) as refused:
        export_workbooks(document, tmp_path, language="en", force=True)
    assert refused.value.path.name == f"{last}.xlsx"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no half-written files


def test_a_wrapped_os_error_becomes_a_write_error(tmp_path: Path) -> None:
    from xlsxwriter.exceptions import FileCreateError

    def too_large(target: Path) -> None:
        raise FileCreateError(OSError(27, "File too large"))

    with pytest.raises(WriteError) as refused:
        write_atomically(tmp_path / "big.xlsx", too_large)
    assert refused.value.reason == "File too large" and list(tmp_path.iterdir()) == []


def test_unwritable_folder_leaves_nothing(document, tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        if not __import__("os").access(folder, __import__("os").W_OK):
            with pytest.raises(ExportError) as refused:
                export_workbooks(document, folder, language="en")
            assert refused.value.code == "not_writable"
        assert not list(folder.iterdir())
    finally:
        folder.chmod(0o700)


def test_safe_names() -> None:
    assert safe_file_name("Müller/Schulz: Nord") == "Müller-Schulz- Nord"
    assert safe_file_name("CON") == "CON_"
    assert safe_file_name("  ") == "manager"
    taken: set[str] = set()
    names = [
        safe_sheet_name("A" * 40, taken),
        safe_sheet_name("A" * 40, taken),
        safe_sheet_name("x[y]", taken),
    ]
    assert all(len(n) <= 31 for n in names) and len(set(names)) == 3 and names[2] == "x-y-"


def test_overview_managers_by_segments(document, tmp_path: Path) -> None:
    path = export_overview(document, tmp_path / "Overview.xlsx", language="en")
    book = load_workbook(path)
    overview, customers, team = book.worksheets
    assert overview["A1"].value == "Overview: segments by account manager"
    header = [c.value for c in overview[6]][:7]
    assert header == ["Account manager", "MODEL", "FIX", "GROW", "MOVE", "Unclassified", "Total"]
    totals = {overview.cell(r, 1).value: overview.cell(r, 7).value for r in range(7, 7 + 10)}
    assert totals["Total"] == len(document)
    assert customers.max_row == len(document) + 1
    # The team's resources against its potential: one row per manager and the team, the
    # capacity line, why the effort figures are empty (the sample has no effort column),
    # and the picture of the shares per segment.
    plan = document.plan
    assert team.title == "Team" and team["A1"].value == "Resources against potential"
    assert (
        team["A2"].value
        == f"Capacity 1,800 · demand {plan.team.demand:,.0f} · {plan.team.overflow} customers beyond capacity"
    )
    rows = {
        team.cell(r, 1).value: [c.value for c in team[r]] for r in range(6, 6 + len(document.managers) + 1)
    }
    assert set(rows) == {*document.managers, "Team"}
    first = document.managers[0]
    # (Third round: worth and where the capacity comes from are columns of their own.)
    assert rows[first][4] == 200 and rows[first][6] == plan.figures(first).demand
    assert rows[first][5] == "default"
    assert rows["Team"][13] == "–"  # no misallocation without effort, and no made-up number
    texts = [team.cell(r, 1).value or "" for r in range(1, team.max_row + 1)]
    assert any("no effort column in the list" in text for text in texts)
    assert len(team._images) == 1


@pytest.mark.slow
def test_pdf_priority_sheets(document, tmp_path: Path) -> None:
    reports = manager_reports(document, "en")
    path = write_pdf(reports[:2], tmp_path / "sheets.pdf")
    data = path.read_bytes()
    assert data.startswith(b"%PDF")
    expected = sum(build(reports[:1], str(tmp_path / "a.pdf")) + build(reports[1:2], str(tmp_path / "b.pdf")))
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
        assert f"Pages:           {expected}" in info


def test_forty_customers_take_at_most_three_pages(document, tmp_path: Path) -> None:
    """A row whose texts fit on a line is one line tall: 40 customers take the chart
    page and at most two table pages."""
    for each in manager_reports(document, "de"):
        if len(each.rows) <= 40:
            [pages] = build([each], str(tmp_path / "sheet.pdf"))
            assert pages <= 3, (each.manager, len(each.rows), pages)


def test_reports_keep_unclassified_customers_at_the_end(document) -> None:
    unclassified = int(np.flatnonzero(document.result.segment == sg.UNCLASSIFIED)[0])
    manager = document.table["account_manager"].iat[unclassified]
    report = manager_reports(document, "en", [manager])[0]
    assert report.rows["segment"].iat[-1] == "–"
    reason = report.rows["action"].iat[-1]  # the reason stands in the action column
    assert reason and reason[0].isupper(), reason


@pytest.mark.slow
@pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice (soffice) is not installed")
def test_libreoffice_prints_40_customers_at_a_readable_size_on_at_most_three_pages(tmp_path: Path) -> None:
    """LibreOffice is the reader nobody here wrote: convert the workbooks to PDF and
    count the pages."""
    rows = [GERMAN_HEADER]
    rng = np.random.default_rng(4)
    for i in range(40):
        rows.append(
            [
                f"{i:05d}",
                f"Kunde {i} Maschinenbau GmbH & Co. KG",
                "Anna Becker",
                float(rng.integers(1, 900)) * 100,
                float(rng.integers(900, 2000)) * 100,
                float(rng.integers(1, 6)),
                "Rahmenvertrag läuft aus, Termin vereinbaren" if i % 3 else "",
            ]
        )
    from openpyxl import Workbook

    source = tmp_path / "liste.xlsx"
    book = Workbook()
    for row in rows:
        book.active.append(row)
    book.save(source)
    document = CustomerDocument(load_customers(source))
    result = export_workbooks(document, tmp_path / "out", language="de")
    converted = tmp_path / "pdf"
    done = subprocess.run(
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(converted), str(result.paths[0])],
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr
    pdf = next(converted.glob("*.pdf"))
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages")))
    # The priority list and the chart sheet (1 page).  Since the plan's worth and visits
    # joined the list (18 columns), 40 customers with names of 35 letters take three
    # pages of list at a readable size (below): two would need the page printed at
    # under 7 points — readability is kept, a page is spent.
    assert pages <= 4, pages
    # Readable on paper: fitting the columns to the page width shrinks the 10-point text
    # to no less than about 7 points (a word's box is about 1.2 × the font size).  Only
    # where LibreOffice has Calibri's metrics (Carlito), as Excel has.
    match = subprocess.run(["fc-match", "Calibri"], capture_output=True, text=True).stdout
    if "Carlito" in match or "Calibri" in match:
        boxes = subprocess.run(
            ["pdftotext", "-f", "1", "-l", "1", "-bbox", str(pdf), "-"], capture_output=True, text=True
        ).stdout
        heights = [
            float(bottom) - float(top)
            for top, bottom in re.findall(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"', boxes)
        ]
        # 7 points × 1.2 (LibreOffice scales in whole percent: 8.46 is 7.05 points).
        assert statistics.median(heights) >= 8.4, statistics.median(heights)


def test_a_column_empty_for_every_customer_is_hidden_and_text_columns_fit_their_words(
    tmp_path: Path, make_csv
) -> None:
    """A list without ids: the id column is hidden on the manager's sheet (kept for the
    collect, never printed); the columns the manager writes into stay, empty or not;
    a column is at least as wide as its longest word."""
    path = make_csv(
        ";".join(GERMAN_HEADER[1:]) + "\n"
        "Hartmann Antriebstechnik AG;Anna;100;400;4;Rahmenvertragsverhandlung offen\n"
        "Müller Bau GmbH;Anna;300;400;2;\n"
    )
    document = CustomerDocument(load_customers(path))
    result = export_workbooks(document, tmp_path / "out", language="de")
    _book, sheet, header_row, rows = manager_sheet_rows(result.paths[0])
    titles = {sheet.cell(header_row, col).value: col for col in range(1, sheet.max_column + 1)}
    letter = {title: sheet.cell(header_row, col).column_letter for title, col in titles.items()}
    assert sheet.column_dimensions[letter["Kundennummer"]].hidden
    for title in ("Notiz", "Nächster\nSchritt", "Fällig am", "Status", "Letzter\nKontakt"):
        shown = next(t for t in titles if t and t.replace("\n", " ") == title.replace("\n", " "))
        assert not sheet.column_dimensions[letter[shown]].hidden, shown
    notes = sheet.column_dimensions[letter["Notiz"]].width
    assert notes >= len("Rahmenvertragsverhandlung") / 1.25
