"""Measure the PDF priority sheets (issue 16) side by side with the matplotlib pages they
replace, and fpdf2 against reportlab on the same table pages:

* the sample (400 customers, one PDF per manager): ≤ 0.6 s for all PDFs, against the
  old matplotlib pages in the same run (≥ 10× faster);
* a manager's PDF with 50 customers and the chart: ≤ 300 kB;
* 100,000 customers / 200 managers: the PDFs ≤ 60 s, ``export --pdf`` in all ≤ 75 s;
* the print preview: first page on screen ≤ 1 s after the command (offscreen Qt).

    python benchmarks/bench_pdf.py            # everything (a few minutes)
    python benchmarks/bench_pdf.py --quick    # the sample, the file size and the preview
    python benchmarks/bench_pdf.py --preview  # the preview at team scale, and 30 openings

CPU seconds are printed beside the wall-clock time: on a shared machine the wall clock
says more about the neighbours than about the code.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

OUT = Path("/tmp/segmenter-bench/pdf")


def sample_document():
    from segmenter_app.core.importing.importer import load_customers
    from segmenter_app.core.model.document import CustomerDocument
    from segmenter_app.core.resources import sample_list

    return CustomerDocument(load_customers(sample_list("de")))


def timed(function, runs: int = 3) -> tuple[float, float, float]:
    """(median, best) wall-clock seconds and the best CPU seconds of ``runs`` runs."""
    walls, cpus = [], []
    for _ in range(runs):
        wall, cpu = time.perf_counter(), time.process_time()
        function()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return statistics.median(walls), min(walls), min(cpus)


def reportlab_pdfs(reports, folder: Path) -> int:
    from segmenter_app.core.outputs.pdf_sheets import build

    return sum(sum(build([r], str(folder / f"{i}.pdf"))) for i, r in enumerate(reports))


def matplotlib_pdfs(reports, folder: Path) -> int:
    from benchmarks.matplotlib_sheets import page_count, write_pdf

    for index, report in enumerate(reports):
        write_pdf([report], folder / f"{index}.pdf")
    return sum(page_count(r) for r in reports)


def reportlab_tables(reports, folder: Path) -> int:
    """Only the table pages, as fpdf2 below lays them out."""
    from reportlab.platypus import SimpleDocTemplate

    from segmenter_app.core.outputs import pdf_fonts
    from segmenter_app.core.outputs.pdf_sheets import MARGIN_X, PAGE
    from segmenter_app.core.outputs.pdf_table import priority_table

    pdf_fonts.register()
    pages = 0
    for index, report in enumerate(reports):
        document = SimpleDocTemplate(
            str(folder / f"t{index}.pdf"),
            pagesize=PAGE,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=44,
            bottomMargin=34,
        )
        document.build([priority_table(report, PAGE[0] - 2 * MARGIN_X)])
        pages += document.page
    return pages


def fpdf2_tables(reports, folder: Path) -> int:
    """The same table pages with fpdf2: its table() repeats the header row and wraps
    the cells; same fonts, widths, fills and texts."""
    import matplotlib
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    from segmenter_app.core.outputs.chart_style import COLOURS
    from segmenter_app.core.outputs.pdf_sheets import MARGIN_X, PAGE
    from segmenter_app.core.outputs.pdf_table import SHEET_COLUMNS, _formatter, header_text, short_actions
    from segmenter_app.core.outputs.report_data import is_missing

    fonts = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
    width = PAGE[0] - 2 * MARGIN_X
    share = sum(c.width for c in SHEET_COLUMNS)
    widths = [c.width / share * width for c in SHEET_COLUMNS]
    fills = {
        name: FontFace(emphasis="B", color=(255, 255, 255), fill_color=colour[0])
        for name, colour in COLOURS.items()
    }
    pages = 0
    for index, report in enumerate(reports):
        pdf = FPDF(orientation="L", format="A4", unit="pt")
        pdf.add_font("dejavu", "", str(fonts / "DejaVuSans.ttf"))
        pdf.add_font("dejavu", "B", str(fonts / "DejaVuSans-Bold.ttf"))
        pdf.set_margins(MARGIN_X, 44, MARGIN_X)
        pdf.set_auto_page_break(True, 34)
        pdf.set_font("dejavu", size=7.2)
        pdf.add_page()
        columns = []
        for column in SHEET_COLUMNS:
            if column.kind == "action":
                columns.append(short_actions(report))
            elif column.kind == "write":
                columns.append([""] * len(report.rows))
            else:
                columns.append(report.rows[column.key].to_numpy(object))
        forms = [_formatter(c.kind, report.language) for c in SHEET_COLUMNS]
        with pdf.table(
            col_widths=widths,
            line_height=8.8,
            width=width,
            headings_style=FontFace(emphasis="B", fill_color=(221, 235, 247)),
        ) as table:
            row = table.row()
            for column, w in zip(SHEET_COLUMNS, widths):
                row.cell(header_text(column, report.language, w))
            for offset in range(len(report.rows)):
                row = table.row()
                for column, values, form in zip(SHEET_COLUMNS, columns, forms):
                    value = values[offset]
                    text = "" if is_missing(value) or value == "" else form(value)
                    style = fills.get(text) if column.kind == "segment" else None
                    row.cell(text, style=style)
        pdf.output(str(folder / f"f{index}.pdf"))
        pages += pdf.page
    return pages


def compare_on_the_sample() -> None:
    from segmenter_app.core.outputs.report_data import manager_reports

    document = sample_document()
    reports = manager_reports(document, "en")
    folder = OUT / "sample"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    pages = reportlab_pdfs(reports, folder)  # fonts registered, modules imported
    new = timed(lambda: reportlab_pdfs(reports, folder), 5)
    old_pages = matplotlib_pdfs(reports, folder)
    old = timed(lambda: matplotlib_pdfs(reports, folder), 3)
    print(f"sample, {len(document)} customers, {len(reports)} managers, one PDF each:")
    print(
        f"  reportlab (now):   {pages:>3} pages, median {new[0]:.2f} s, best {new[1]:.2f} s, "
        f"cpu {new[2]:.2f} s (budget ≤ 0.6 s)"
    )
    print(
        f"  matplotlib (was):  {old_pages:>3} pages, median {old[0]:.2f} s, best {old[1]:.2f} s, "
        f"cpu {old[2]:.2f} s → now {old[0] / new[0]:.0f}× faster (median), "
        f"{old[2] / new[2]:.0f}× less CPU (budget ≥ 10×)"
    )
    try:
        import fpdf  # noqa: F401
    except ImportError:
        print("  fpdf2 is not installed: pip install fpdf2 to compare it")
        return
    table_pages = reportlab_tables(reports, folder)
    rl = timed(lambda: reportlab_tables(reports, folder), 5)
    fpdf_pages = fpdf2_tables(reports, folder)
    fp = timed(lambda: fpdf2_tables(reports, folder), 3)
    print(
        f"  table pages only: reportlab {table_pages} pages, median {rl[0]:.2f} s (cpu {rl[2]:.2f}); "
        f"fpdf2 {fpdf_pages} pages, median {fp[0]:.2f} s (cpu {fp[2]:.2f}) "
        f"→ reportlab {fp[2] / rl[2]:.1f}× less CPU"
    )


def file_size() -> None:
    from benchmarks.bench_export import load
    from segmenter_app.core.outputs.pdf_sheets import write_pdf
    from segmenter_app.core.outputs.report_data import manager_reports

    document = load(10_000, 200)
    reports = [r for r in manager_reports(document, "en") if len(r.rows) >= 50][:20]
    folder = OUT / "size"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    sizes = [(write_pdf([r], folder / f"{i}.pdf").stat().st_size, len(r.rows)) for i, r in enumerate(reports)]
    size, rows = max(sizes)
    print(
        f"largest manager's PDF of {len(reports)} with ≥ 50 customers: {size / 1000:.0f} kB "
        f"({rows} customers, chart included; budget ≤ 300 kB)"
    )


def team_scale() -> None:
    from benchmarks.bench_export import load
    from segmenter_app.core.outputs.export_jobs import export_all
    from segmenter_app.core.outputs.report_data import manager_reports

    document = load(100_000, 200)
    reports = manager_reports(document, "en")
    folder = OUT / "team"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    wall, cpu = time.perf_counter(), time.process_time()
    pages = reportlab_pdfs(reports, folder)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    print(
        f"100,000 customers / 200 managers: the PDFs alone in one process: {pages} pages, "
        f"{wall:.1f} s (cpu {cpu:.1f} s; budget ≤ 60 s)"
    )
    import resource

    times, cpus = [], []
    for _ in range(2):
        shutil.rmtree(folder, ignore_errors=True)
        started = time.perf_counter()
        cpu = time.process_time() + resource.getrusage(resource.RUSAGE_CHILDREN).ru_utime
        export_all(document, folder, language="en", pdf=True)
        times.append(time.perf_counter() - started)
        cpus.append(time.process_time() + resource.getrusage(resource.RUSAGE_CHILDREN).ru_utime - cpu)
    print(
        f"  export --pdf (workbooks, overview, PDFs; two writers): best {min(times):.1f} s, "
        f"runs {', '.join(f'{t:.1f}' for t in times)} s (budget ≤ 75 s); CPU of both "
        f"processes {min(cpus):.1f} s, so about {min(cpus) / 2:.0f}–{min(cpus):.0f} s on two free cores"
    )


def preview_first_page(rows: int, managers: int) -> None:
    """From the command (the reports' columns taken on the UI thread, each report built
    on the preview's thread, as the window does) to the first page drawn in the
    preview, offscreen."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from benchmarks.bench_export import load
    from segmenter_app.core.outputs.report_data import LazyReports
    from segmenter_app.ui.dialogs.print_preview import SheetPreview

    app = QApplication.instance() or QApplication([])
    document = load(rows, managers) if rows else sample_document()
    firsts, wholes, cpus = [], [], []
    for run in range(3):
        started, cpu = time.perf_counter(), time.process_time()
        preview = SheetPreview(LazyReports(document, "en"))
        preview.show()
        while 0 not in preview.view.images:
            app.processEvents()
            time.sleep(0.002)
        firsts.append(time.perf_counter() - started)
        cpus.append(time.process_time() - cpu)
        # The rest while the user looks: all of the sample; at team scale, what the
        # first ten seconds lay out (the whole takes as long as the PDFs above).
        limit = started + (600 if not rows else 10)
        while not preview.progress.isHidden() and time.perf_counter() < limit:
            app.processEvents()
            time.sleep(0.01)
        wholes.append((time.perf_counter() - started, preview.view.pages))
        preview.close()
    label = f"{rows:,} customers / {managers} managers" if rows else "the sample"
    seconds, pages = wholes[-1]
    print(
        f"print preview of {label}: first page on screen median {statistics.median(firsts):.2f} s, "
        f"best {min(firsts):.2f} s (budget ≤ 1 s; CPU of all threads {statistics.median(cpus):.2f} s); "
        f"{pages} pages laid out after {seconds:.1f} s while the pages can be looked at; "
        f"load average {os.getloadavg()[0]:.1f}"
    )


def preview_soak(rows: int, managers: int, openings: int = 30) -> None:
    """The preview opened, its first page waited for, and closed, ``openings`` times:
    the process' memory after the 5th and the last (issue 25: memory flat)."""
    import gc

    import psutil

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from benchmarks.bench_export import load
    from segmenter_app.core.outputs.report_data import LazyReports
    from segmenter_app.ui.dialogs.print_preview import SheetPreview

    app = QApplication.instance() or QApplication([])
    document = load(rows, managers) if rows else sample_document()
    process = psutil.Process()
    memory = {}
    for opening in range(1, openings + 1):
        preview = SheetPreview(LazyReports(document, "en"))
        preview.show()
        while 0 not in preview.view.images:
            app.processEvents()
            time.sleep(0.002)
        preview.close()
        preview.deleteLater()
        del preview
        for _ in range(5):
            app.processEvents()
        gc.collect()
        memory[opening] = process.memory_info().rss / 1e6
    label = f"{rows:,} customers / {managers} managers" if rows else "the sample"
    print(
        f"print preview of {label} opened and closed {openings} times: RSS after the 1st "
        f"{memory[1]:.0f} MB, the 5th {memory[5]:.0f} MB, the last {memory[openings]:.0f} MB "
        f"(load average {os.getloadavg()[0]:.1f})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--preview", action="store_true", help="only the preview at 100,000 customers")
    args = parser.parse_args()
    if args.preview:
        preview_first_page(100_000, 200)
        preview_soak(100_000, 200)
        return
    compare_on_the_sample()
    file_size()
    preview_first_page(0, 0)
    if not args.quick:
        team_scale()
        preview_first_page(100_000, 200)
        preview_soak(100_000, 200)


if __name__ == "__main__":
    main()
