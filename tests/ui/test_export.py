"""Export for managers, PDF export and printing, driven from the window."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QProgressDialog

from segmenter_app.core.outputs.pdf_sheets import page_count
from segmenter_app.ui.export_dialog import ExportDialog
from segmenter_app.ui.printing import paint_sheets, prepare_printer


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


@pytest.mark.slow
def test_print_preview_renders_the_priority_sheets_to_a_file(qtbot, opened, tmp_path):
    manager = opened.document.managers[0]
    opened.workspace.select_manager(manager)
    reports = opened._reports()
    assert [r.manager for r in reports] == [manager]
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    prepare_printer(printer)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    pages = paint_sheets(printer, reports)
    assert pages == page_count(reports[0])
    assert pdf_pages(tmp_path / "printed.pdf") == pages


def test_print_action_opens_a_preview_of_the_current_manager(qtbot, opened, tmp_path, monkeypatch):
    painted = []

    def fake_exec(dialog):
        printer = QPrinter()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "preview.pdf"))
        dialog.paintRequested.emit(printer)
        painted.append(printer)
        return 0

    monkeypatch.setattr(QPrintPreviewDialog, "exec", fake_exec)
    opened.workspace.select_manager(opened.document.managers[1])
    opened.print_action.trigger()
    assert painted and (tmp_path / "preview.pdf").stat().st_size > 10_000


def test_export_pdf_action(qtbot, opened, tmp_path, monkeypatch):
    target = tmp_path / "sheets.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    opened.workspace.select_manager(opened.document.managers[3])
    opened.export_pdf_action.trigger()
    qtbot.waitUntil(target.exists, timeout=60_000)
    assert pdf_pages(target) == page_count(opened._reports()[0])
