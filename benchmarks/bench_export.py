"""Measure the export budgets (issue "What account managers take away"):

* 100,000 customers for 200 managers as separate workbooks, chart pictures included:
  ≤ 20 s, and at least 2× faster than the same workbooks written by a plain openpyxl
  loop with the same formatting (side by side, in this run);
* 10,000 customers for 50 managers: ≤ 4 s.

    python benchmarks/bench_export.py            # both sizes and the openpyxl baseline
    python benchmarks/bench_export.py --quick    # without the 100,000-customer baseline

Timed from a loaded document to the last file written (reading the list is the
engine benchmark's business).
"""

from __future__ import annotations

import argparse
import io
import math
import shutil
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from benchmarks.generate_lists import customer_frame, write_xlsx  # noqa: E402


def load(rows: int, managers: int):
    from segmenter_app.core.importing.importer import load_customers
    from segmenter_app.core.model.document import CustomerDocument

    path = Path(f"/tmp/segmenter-bench/customers_{rows}_{managers}.xlsx")
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        write_xlsx(customer_frame(rows, managers=managers), path)
    return CustomerDocument(load_customers(path))


def openpyxl_baseline(document, folder: Path) -> float:
    """The same workbooks, written cell by cell with openpyxl: fonts, fills, number
    formats, widths, freeze, filter, print setup and the chart picture."""
    from openpyxl import Workbook
    from openpyxl.drawing.image import Image
    from openpyxl.styles import Alignment, Font, PatternFill

    from segmenter_app.core.outputs.chart_picture import QuadrantPicture
    from segmenter_app.core.outputs.chart_style import COLOURS
    from segmenter_app.core.outputs.report_data import COLUMNS, manager_reports, safe_file_name
    from segmenter_app.core.outputs.workbooks import WIDTHS

    started = time.perf_counter()
    picture = QuadrantPicture()
    fills = {name: PatternFill("solid", fgColor=COLOURS[name][0][1:]) for name in COLOURS}
    bold_white = Font(bold=True, color="FFFFFF")
    header_fill = PatternFill("solid", fgColor="DDEBF7")
    formats = {
        "share_of_wallet": "0%",
        "satisfaction": "0.0",
        "revenue": '#,##0 "€"',
        "wallet": '#,##0 "€"',
        "potential": '#,##0 "€"',
        "priority": "0",
    }
    keys = [key for key, _ in COLUMNS]
    for report in manager_reports(document, "en"):
        book = Workbook()
        sheet = book.active
        sheet.title = safe_file_name(report.manager)[:31]
        sheet["A1"] = report.title
        sheet["A1"].font = Font(bold=True, size=15)
        for offset, line in enumerate(report.subtitle):
            sheet.cell(2 + offset, 1, line)
        for offset, item in enumerate(report.summary):
            sheet.cell(6 + offset, 5, item.name or "Unclassified")
            sheet.cell(6 + offset, 6, item.count)
            sheet.cell(6 + offset, 8, item.revenue).number_format = '#,##0 "€"'
            sheet.cell(6 + offset, 10, item.potential).number_format = '#,##0 "€"'
        header_row = 14
        for col, title in enumerate(report.headers, start=1):
            cell = sheet.cell(header_row, col, title)
            cell.font = Font(bold=True)
            cell.fill = header_fill
        columns = {key: report.rows[key].to_numpy(dtype=object) for key in keys}
        for offset in range(len(report.rows)):
            row = header_row + 1 + offset
            for col, key in enumerate(keys, start=1):
                value = columns[key][offset]
                if value is None or (isinstance(value, float) and math.isnan(value)):
                    continue
                cell = sheet.cell(row, col, value)
                if key == "segment" and value in fills:
                    cell.fill = fills[value]
                    cell.font = bold_white
                elif key in formats:
                    cell.number_format = formats[key]
                elif key in ("action", "notes"):
                    cell.alignment = Alignment(wrap_text=True, vertical="top")
        for col, key in enumerate(keys, start=1):
            sheet.column_dimensions[sheet.cell(1, col).column_letter].width = WIDTHS[key]
        sheet.freeze_panes = sheet.cell(header_row + 1, 1)
        sheet.auto_filter.ref = f"A{header_row}:M{header_row + len(report.rows)}"
        sheet.page_setup.orientation = "landscape"
        sheet.page_setup.paperSize = 9
        sheet.page_setup.fitToWidth = 1
        sheet.page_setup.fitToHeight = 0
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
        sheet.print_title_rows = f"{header_row}:{header_row}"
        sheet.oddHeader.left.text = report.title
        sheet.oddFooter.right.text = "Page &P of &N"
        chart = book.create_sheet("Chart")
        sow, kzi, segments, potential = report.points
        image = Image(
            io.BytesIO(picture.render(sow, kzi, segments, report.thresholds, "en", potential=potential))
        )
        chart.add_image(image, "A4")
        book.save(folder / f"{safe_file_name(report.manager)}.xlsx")
    return time.perf_counter() - started


def timed_export(document, folder: Path) -> float:
    from segmenter_app.core.outputs.export_jobs import export_workbooks

    shutil.rmtree(folder, ignore_errors=True)
    started = time.perf_counter()
    export_workbooks(document, folder, language="en")
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    out = Path("/tmp/segmenter-bench/export")
    for rows, managers, budget in ((10_000, 50, 4.0), (100_000, 200, 20.0)):
        document = load(rows, managers)
        times = [timed_export(document, out / f"{rows}") for _ in range(3)]
        print(
            f"{rows:>7,} customers, {managers} managers: median {sorted(times)[len(times) // 2]:.1f} s, "
            f"best {min(times):.1f} s (budget ≤ {budget:.0f} s)"
        )
        if rows == 100_000 and not args.quick:
            folder = out / "openpyxl"
            shutil.rmtree(folder, ignore_errors=True)
            folder.mkdir(parents=True)
            baseline = openpyxl_baseline(document, folder)
            print(
                f"  the same workbooks with a plain openpyxl loop: {baseline:.1f} s "
                f"→ Segmenter is {baseline / min(times):.1f}× faster (budget ≥ 2×)"
            )


if __name__ == "__main__":
    main()
