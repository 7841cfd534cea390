"""Printing the priority sheets: the pages of the very PDF the export writes
(``core/outputs/pdf_sheets.py``), rendered by PDFium (pypdfium2) and painted onto the
printer — so what the preview shows, what the printer prints and what the PDF holds
are the same pages.  (Qt's own PDF renderer, QtPdf, is in PySide6-Addons, not in the
PySide6-Essentials the app ships.)

Everything here may run off the UI thread: Qt paints on a QPrinter or a QImage from any
thread, and PDFium is used under one lock.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence

from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter

from segmenter_app.core.errors import ExportCancelled
from segmenter_app.core.outputs.pdf_sheets import pdf_bytes
from segmenter_app.core.outputs.report_data import ManagerReport

#: The highest resolution pages are rendered at for a printer (dots per inch): sharp
#: text on paper; more only makes the print job larger and slower.
PRINT_DPI = 300
POINTS_PER_INCH = 72.0

#: PDFium is not thread-safe: the preview's renderer and a print job take turns.
PDFIUM = threading.Lock()


def prepare_printer(printer: QPrinter) -> None:
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    printer.setFullPage(True)


def open_pdf(data: bytes):
    import pypdfium2

    with PDFIUM:
        return pypdfium2.PdfDocument(data)


def close_pdf(document) -> None:
    with PDFIUM:
        document.close()


def page_count(document) -> int:
    with PDFIUM:
        return len(document)


def render_page(document, index: int, scale: float) -> QImage:
    """Page ``index`` of a PDFium document as an image, ``scale`` pixels a point."""
    with PDFIUM:
        page = document[index]
        bitmap = page.render(scale=scale, rev_byteorder=True, prefer_bgrx=True)
        width, height, stride = bitmap.width, bitmap.height, bitmap.stride
        data = bytes(bitmap.buffer)
        bitmap.close()
        page.close()
    image = QImage(data, width, height, stride, QImage.Format.Format_RGBX8888)
    return image.copy()  # owns its pixels (``data`` goes away)


def paint_sheets(
    printer: QPrinter,
    reports: Sequence[ManagerReport],
    *,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Print every page of the reports' sheets on ``printer``; returns the number of
    pages.  Cancelling aborts the print job (nothing reaches the printer)."""
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    pages = 0
    try:
        target = QRectF(printer.pageLayout().fullRectPixels(printer.resolution()))
        dpi = min(PRINT_DPI, max(printer.resolution(), 72))
        for number, report in enumerate(reports):
            document = open_pdf(pdf_bytes([report]))
            try:
                for index in range(page_count(document)):
                    if cancelled is not None and cancelled():
                        printer.abort()
                        raise ExportCancelled()
                    if pages:
                        printer.newPage()
                    painter.drawImage(target, render_page(document, index, dpi / POINTS_PER_INCH))
                    pages += 1
            finally:
                close_pdf(document)
            if progress is not None:
                progress((number + 1) / len(reports))
    finally:
        if painter.isActive():
            painter.end()
    return pages
