"""Print and print preview of the priority sheets, through Qt's print system.

The pages are the ones ``core/sheets.py`` draws for the PDF export; each is rendered at
the printer's resolution and painted onto the page, so what the preview shows, what the
printer prints and what the PDF holds are the same sheets.
"""

from __future__ import annotations

import io

from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter

from segmenter_app.core.outputs.pdf_sheets import iter_pages
from segmenter_app.core.outputs.report_data import ManagerReport

#: Render resolution for printing (dots per inch): sharp on paper, quick to draw.
PRINT_DPI = 200


def prepare_printer(printer: QPrinter) -> None:
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    printer.setFullPage(True)


def paint_sheets(printer: QPrinter, reports: list[ManagerReport]) -> int:
    """Paint every page of the reports on ``printer``; returns the number of pages."""
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    pages = 0
    try:
        target = QRectF(printer.pageLayout().fullRectPixels(printer.resolution()))
        dpi = min(PRINT_DPI, max(printer.resolution(), 72))
        for figure in iter_pages(reports):
            if pages:
                printer.newPage()
            buffer = io.BytesIO()
            figure.savefig(buffer, format="png", dpi=dpi)
            image = QImage.fromData(buffer.getvalue(), "PNG")
            painter.drawImage(target, image)
            pages += 1
    finally:
        painter.end()
    return pages
