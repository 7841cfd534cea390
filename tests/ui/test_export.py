"""Export for managers, PDF export and printing, driven from the window."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QProgressDialog

from segmenter_app.core.errors import ExportCancelled
from segmenter_app.core.outputs.pdf_sheets import build
from segmenter_app.ui.dialogs.export_dialog import ExportDialog
from segmenter_app.ui.dialogs.print_preview import SheetPreview
from segmenter_app.ui.dialogs.printing import paint_sheets, prepare_printer


def pdf_pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True)
    if info.returncode != 0:
        pytest.skip("pdfinfo (poppler-utils) is not installed")
    return int(next(line.split()[-1] for line in info.stdout.splitlines() if line.startswith("Pages")))


@pytest.mark.slow
def test_export_dialog_writes_the_chosen_managers(qtbot, opened, tmp_path, monkeypatch):
    monkeypatch.setattr(QMessageBox, "exec", lambda self: 0)
    document = opened.document
    dialog = ExportDialog(document, tmp_path / "out", "de", None, opened)
    qtbot.addWidget(dialog)
    dialog._check_all(False)
    for index in (0, 2):
        dialog.managers.item(index).setCheckState(Qt.CheckState.Checked)
    dialog.pdf.setChecked(True)
    dialog.start()
    qtbot.waitUntil(lambda: bool(dialog.written), timeout=60_000)
    names = sorted(p.name for p in (tmp_path / "out").iterdir())
    chosen = sorted([document.managers[0], document.managers[2]])
    assert names == sorted([f"{m}.xlsx" for m in chosen] + [f"{m}.pdf" for m in chosen] + ["Übersicht.xlsx"])
    book = load_workbook(tmp_path / "out" / f"{chosen[0]}.xlsx")
    assert book.worksheets[0]["A1"].value == f"Prioritätenliste: {chosen[0]}"
    # Done: no progress window is left over the main window, which takes clicks again.
    qtbot.waitUntil(
        lambda: (
            not [
                w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible()
            ]
        )
    )
    assert QApplication.activeModalWidget() is None


def test_export_asks_before_replacing_files(qtbot, opened, tmp_path, monkeypatch):
    monkeypatch.setattr(QMessageBox, "exec", lambda self: 0)
    asked = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *args: asked.append(args) or QMessageBox.StandardButton.Yes
    )
    document = opened.document
    out = tmp_path / "out"
    first = ExportDialog(document, out, "en", document.managers[1], opened)
    qtbot.addWidget(first)
    first.overview.setChecked(False)
    first.start()
    qtbot.waitUntil(lambda: bool(first.written), timeout=60_000)
    second = ExportDialog(document, out, "en", document.managers[1], opened)
    qtbot.addWidget(second)
    second.overview.setChecked(False)
    second.start()
    qtbot.waitUntil(lambda: bool(second.written), timeout=60_000)
    assert asked and [p.name for p in out.iterdir()] == [f"{document.managers[1]}.xlsx"]


def sheet_pages(reports, tmp_path: Path) -> int:
    return sum(build(reports, str(tmp_path / "expected.pdf")))


def test_printing_prints_the_pdf_pages(qtbot, opened, tmp_path):
    manager = opened.document.managers[0]
    opened.workspace.select_manager(manager)
    reports = opened.outputs.reports()
    assert [r.manager for r in reports] == [manager]
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    prepare_printer(printer)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    fractions = []
    pages = paint_sheets(printer, reports, progress=fractions.append)
    assert pages == sheet_pages(reports, tmp_path) and fractions[-1] == 1.0
    assert pdf_pages(tmp_path / "printed.pdf") == pages


def test_cancelled_printing_stops_the_print_job(qtbot, opened, tmp_path):
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    prepare_printer(printer)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    asked = []
    with pytest.raises(ExportCancelled):
        paint_sheets(printer, opened.outputs.reports(), cancelled=lambda: asked.append(1) or len(asked) > 2)
    assert len(asked) == 3  # two pages printed, then the job was aborted


def test_the_preview_speaks_german(qtbot, opened):
    opened.set_language("de")
    opened.workspace.select_manager(opened.document.managers[0])
    preview = preview_of(qtbot, opened)
    qtbot.waitUntil(lambda: preview.complete, timeout=20_000)
    assert preview.windowTitle() == "Prioritätenblätter drucken"
    assert preview.position.text().startswith("Seite 1 von ") and preview.status.text().endswith(" Seiten")
    preview.close()


def preview_of(qtbot, opened) -> SheetPreview:
    opened.action("file.print").trigger()
    preview = opened.outputs.sheet_preview
    qtbot.waitExposed(preview)
    return preview


def test_preview_shows_the_pages_as_they_are_laid_out(qtbot, opened, tmp_path):
    """File ▸ Print: a preview window with the current manager's pages, the first
    one drawn (not blank), "page 1 of n", and the window behind it still usable."""
    opened.workspace.select_manager(opened.document.managers[1])
    preview = preview_of(qtbot, opened)
    expected = sheet_pages(opened.outputs.reports(), tmp_path)
    qtbot.waitUntil(lambda: 0 in preview.view.images, timeout=20_000)
    qtbot.waitUntil(lambda: preview.complete, timeout=20_000)
    assert preview.view.pages == expected and preview.position.text() == f"Page 1 of {expected}"
    assert preview.status.text() == f"{expected} pages" and preview.progress.isHidden()
    picture = preview.view.grab().toImage()
    width, height = preview.view.page_size()
    # Inside the first page: the title's black letters and the chart's colours.
    colours = {
        picture.pixelColor(x, y).name()
        for x in range(20, 20 + width // 2, 3)
        for y in range(20, 20 + height // 2, 3)
    }
    assert len(colours) > 20, colours
    assert not preview.isModal() and QApplication.activeModalWidget() is None
    # Scrolled to the end, the last page is asked for and drawn.
    preview.scroll.verticalScrollBar().setValue(preview.scroll.verticalScrollBar().maximum())
    qtbot.waitUntil(lambda: expected - 1 in preview.view.images, timeout=20_000)
    assert preview.position.text() == f"Page {expected - 1} of {expected}" or preview.position.text() == (
        f"Page {expected} of {expected}"
    )
    preview.close()
    assert preview.source.finished.is_set()


def test_preview_cancel_keeps_the_pages_laid_out(qtbot, opened, tmp_path):
    reports = opened.outputs.reports() * 30  # 270 managers' sheets
    preview = SheetPreview(reports, opened)
    qtbot.addWidget(preview)
    preview.show()
    qtbot.waitUntil(lambda: preview.view.pages > 0, timeout=20_000)
    qtbot.mouseClick(preview.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: preview.cancel_button.isHidden(), timeout=20_000)
    assert not preview.complete and preview.status.text().startswith("Stopped:")
    laid_out = preview.view.pages
    assert 0 < laid_out < sheet_pages(opened.outputs.reports(), tmp_path) * 30
    qtbot.waitUntil(lambda: 0 in preview.view.images, timeout=20_000)
    preview.close()


def test_print_from_the_preview(qtbot, opened, tmp_path, monkeypatch):
    target = tmp_path / "printed.pdf"

    def accept(dialog):
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(target))
        return QPrintDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    opened.workspace.select_manager(opened.document.managers[2])
    preview = preview_of(qtbot, opened)
    qtbot.mouseClick(preview.print_button, Qt.MouseButton.LeftButton)
    expected = sheet_pages(opened.outputs.reports(), tmp_path)
    qtbot.waitUntil(lambda: preview.print_job is None and preview.print_button.isEnabled(), timeout=30_000)
    assert preview.status.text() == f"{expected} pages sent to the printer"
    assert pdf_pages(target) == expected
    preview.close()


def test_export_pdf_action(qtbot, opened, tmp_path, monkeypatch):
    target = tmp_path / "sheets.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    opened.workspace.select_manager(opened.document.managers[3])
    opened.action("file.export_pdf").trigger()
    qtbot.waitUntil(target.exists, timeout=60_000)
    assert pdf_pages(target) == sheet_pages(opened.outputs.reports(), tmp_path)


def test_the_preview_fits_the_screen(qtbot, opened):
    """On a laptop the preview's Print and Close buttons stay on the screen."""
    preview = preview_of(qtbot, opened)
    room = preview.screen().availableGeometry()
    assert preview.width() <= room.width() and preview.height() <= room.height()


def test_the_file_menu_has_an_entry_for_every_output_the_core_registers(opened):
    """The window's outputs are the registry's (issue 20): one entry each, worded there."""
    from segmenter_app.core import output_registry

    table = opened.action_table
    worded = [entry for entry in output_registry.outputs() if entry.menu]
    assert {entry.key for entry in worded} >= {
        "classify_table",
        "manager_workbooks",
        "overview",
        "priority_sheets",
        "team_table",
        "history_table",
    }
    for entry in worded:
        id_ = {"manager_workbooks": "file.export", "priority_sheets": "file.export_pdf"}.get(
            entry.key, f"file.export_{entry.key}"
        )
        assert id_ in table.actions, entry.key
        assert table.path(id_).startswith("File ▸ ")
        assert table.actions[id_].isEnabled()


def test_the_team_table_and_the_customer_table_written_from_the_menu(qtbot, opened, tmp_path, monkeypatch):
    """An output without a dialog of its own: asked where (its kinds of file as the
    filter; the filter chosen gives the suffix), written, said in the status bar."""
    import pandas as pd

    asked = []

    def save_as(parent, title, start, filters):
        asked.append(filters)
        return (str(tmp_path / name), chosen)

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    name, chosen = "team", "Excel workbook (*.xlsx)"
    opened.action("file.export_team_table").trigger()
    qtbot.waitUntil(lambda: "team.xlsx" in opened.statusBar().currentMessage(), timeout=30_000)
    team = pd.read_excel(tmp_path / "team.xlsx", engine="openpyxl")
    assert len(team) == len(opened.document.managers) + 1  # a row per manager and the team
    assert set(opened.document.managers) <= set(team["account_manager"])
    assert "team.xlsx" in opened.statusBar().currentMessage()
    assert asked[0] == "Excel workbook (*.xlsx);;CSV table (*.csv);;JSON records (*.json)"

    name, chosen = "kunden.csv", ""
    opened.workspace.select_manager(opened.document.managers[1])
    opened.action("file.export_classify_table").trigger()
    qtbot.waitUntil(lambda: "kunden.csv" in opened.statusBar().currentMessage(), timeout=30_000)
    rows = pd.read_csv(tmp_path / "kunden.csv", dtype=str)
    assert len(rows) == len(opened.document)  # every customer, whatever the filter
    assert ".segmenter" not in asked[-1]  # a project is saved with Save project as…


def test_an_output_never_overwrites_the_list_shown(qtbot, opened, monkeypatch):
    warned = []
    source = opened.document.report.path
    before = source.read_bytes()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(source), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warned.append(args[2]))
    opened.action("file.export_overview").trigger()
    assert warned and source.read_bytes() == before


def test_a_project_with_periods_exports_from_the_window_what_the_command_line_does(
    qtbot, window, tmp_path, monkeypatch
):
    """Fresh eyes: the window's exports of a project with two periods had no segment
    before, no ΔSoW and no History sheet, while `segmenter export` of the same project
    had them."""
    import pandas as pd

    from segmenter_app.cli import main as cli
    from tests.core.period_lists import THRESHOLD_OPTIONS, write_year
    from tests.ui.conftest import open_list

    lists = [write_year(tmp_path, 2024), write_year(tmp_path, 2025)]
    project = tmp_path / "team.segmenter"
    assert cli(["classify", *map(str, lists), "-o", str(project), *THRESHOLD_OPTIONS, "-q"]) == 0
    open_list(qtbot, window, project)
    assert window.outputs.periods() is not None
    target = tmp_path / "kunden.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(target), ""))
    window.action("file.export_classify_table").trigger()
    qtbot.waitUntil(lambda: "kunden.csv" in window.statusBar().currentMessage(), timeout=30_000)
    table = pd.read_csv(target, dtype=str, keep_default_na=False)
    assert "segment_before" in table.columns
    assert set(table["segment_before"]) - {""}
    overview = tmp_path / "overview.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(overview), ""))
    window.action("file.export_overview").trigger()
    qtbot.waitUntil(lambda: "overview.xlsx" in window.statusBar().currentMessage(), timeout=30_000)
    assert load_workbook(overview).sheetnames[-1] == "History"
    [report] = window.outputs.reports("en")[:1]
    assert "Segment before" in report.headers
    history = tmp_path / "verlauf.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(history), ""))
    window.action("file.export_history_table").trigger()
    qtbot.waitUntil(lambda: "verlauf.csv" in window.statusBar().currentMessage(), timeout=30_000)
    rows = pd.read_csv(history, dtype=str, keep_default_na=False)
    assert set(rows["period"]) == {"2024", "2025"} and "movement" in rows.columns


def test_the_managers_list_leaves_room_for_the_dots_over_capitals(qtbot, opened):
    """Qt's row is the font's height; the dots of "Ö" reach above the font's ascent and
    were cut off ("Ozlem Ozdemir" in the export dialog)."""
    dialog = ExportDialog(opened.document, Path("."), "de", None, opened)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    managers = dialog.managers
    metrics = managers.fontMetrics()
    above = max(0, metrics.tightBoundingRect("ÖÜÄ").height() - metrics.ascent())
    for index in range(managers.count()):
        height = managers.visualItemRect(managers.item(index)).height()
        assert (height - metrics.height()) / 2 >= above, (height, metrics.height(), above)
