"""Print preview of the priority sheets: the pages appear while they are laid out.

A worker on a thread of its own lays out one manager's PDF after the other
(``pdf_sheets.pdf_bytes``) and renders the pages the view asks for, those in view
first; the view shows each page as soon as it is rendered, a blank sheet until then.
So the first page is on screen a fraction of a second after the command, whatever the
number of managers, and the window never waits for the rest.  A progress bar and
*Cancel* stop the laying out; *Print…* prints the same pages (``printing.py``), also
off the UI thread, with progress and cancel.  Only the pages in view are kept as
pictures (a few dozen at most) and only a few managers' PDFs, so a preview of thousands
of pages costs little memory; the reports themselves are built one by one on the
worker's thread (``report_data.LazyReports``), so the first page does not wait for the
other managers.
"""

from __future__ import annotations

import bisect
import queue
import threading
from collections import OrderedDict
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QObject, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from segmenter_app.core.outputs.pdf_sheets import PAGE, pdf_bytes
from segmenter_app.core.outputs.report_data import ManagerReport
from segmenter_app.ui.dialogs import printing
from segmenter_app.ui.workers import Job

GAP = 12  # pixels between pages and around them
CACHE = 24  # rendered pages kept
DOCUMENTS = 4  # managers' PDFs kept open (the others are laid out again when asked)


class _Relay(QObject):
    laid_out = Signal(int, int)  # pages so far, managers done
    rendered = Signal(int, QImage)
    done = Signal(bool)  # True when every manager is laid out
    failed = Signal(object)


class SheetSource:
    """Lays out the managers' PDFs in order and renders requested pages; between two
    managers it serves the requests that came in, so a page asked for while a long
    sheet is laid out waits at most for that one manager.

    It keeps no more than :data:`DOCUMENTS` managers' PDFs: only where each manager's
    pages start.  A page of a manager whose PDF was let go is laid out again (the same
    pages: the layout is deterministic).  ``reports`` may build each report when asked
    (``report_data.LazyReports``), here on the worker's thread.

    It runs on a Python thread of its own (:meth:`start`), not as a ``QRunnable``: a
    runnable that Qt must not delete stays referenced by PySide for good, and with it
    every report and PDF of every preview ever opened."""

    def __init__(self, reports: Sequence[ManagerReport]) -> None:
        self.reports = reports
        self.relay = _Relay()
        self.requests: queue.Queue = queue.Queue()
        self.stopping = threading.Event()  # the dialog closed: stop everything
        self.cancelled = threading.Event()  # Cancel: stop laying out, keep rendering
        self.finished = threading.Event()
        self.starts: list[int] = []  # each laid-out manager's first page
        self.documents: OrderedDict[int, object] = OrderedDict()  # manager → PDFium document
        self.pages = 0

    def request(self, index: int, scale: float) -> None:
        self.requests.put((index, scale))

    def start(self) -> None:
        threading.Thread(target=self.run, name="sheet-preview", daemon=True).start()

    def _document(self, number: int):
        """Manager ``number``'s PDF, laid out again if it was let go."""
        document = self.documents.get(number)
        if document is None:
            document = printing.open_pdf(pdf_bytes([self.reports[number]]))
            self.documents[number] = document
        self.documents.move_to_end(number)
        while len(self.documents) > DOCUMENTS:
            _number, oldest = self.documents.popitem(last=False)
            printing.close_pdf(oldest)
        return document

    def locate(self, index: int):
        number = bisect.bisect_right(self.starts, index) - 1
        if number < 0:
            return None, 0
        return self._document(number), index - self.starts[number]

    def _serve(self, block: bool) -> None:
        while not self.stopping.is_set():
            try:
                index, scale = self.requests.get(timeout=0.2) if block else self.requests.get_nowait()
            except queue.Empty:
                if block:
                    continue
                return
            if index >= self.pages:
                continue
            document, local = self.locate(index)
            if document is not None and local < printing.page_count(document):
                self.relay.rendered.emit(index, printing.render_page(document, local, scale))

    def run(self) -> None:
        try:
            for number in range(len(self.reports)):
                self._serve(block=False)
                if self.stopping.is_set() or self.cancelled.is_set():
                    break
                self.starts.append(self.pages)
                self.documents[number] = printing.open_pdf(pdf_bytes([self.reports[number]]))
                self.pages += printing.page_count(self._document(number))
                self.relay.laid_out.emit(self.pages, number + 1)
            complete = len(self.starts) == len(self.reports)
            if not self.stopping.is_set():
                self.relay.done.emit(complete)
            self._serve(block=True)
        except Exception as error:  # noqa: BLE001 - shown in the dialog, never raised in Qt
            if not self.stopping.is_set():
                self.relay.failed.emit(error)
        finally:
            for document in self.documents.values():
                printing.close_pdf(document)
            self.documents.clear()
            self.reports = []
            self.finished.set()


class PageView(QWidget):
    """The pages one under the other, each as wide as the view; a page not rendered
    yet is a blank sheet, and is asked for when it comes into view."""

    def __init__(self, source: SheetSource, scroll: QScrollArea) -> None:
        super().__init__()
        self.source = source
        self.scroll = scroll
        self.pages = 0
        self.images: OrderedDict[int, QImage] = OrderedDict()
        self.asked: set[int] = set()
        source.relay.rendered.connect(self._rendered)

    def page_size(self) -> tuple[int, int]:
        width = max(self.scroll.viewport().width() - 2 * GAP, 200)
        return width, round(width * PAGE[1] / PAGE[0])

    def set_pages(self, pages: int) -> None:
        self.pages = pages
        self.relayout()

    def relayout(self) -> None:
        width, height = self.page_size()
        self.setFixedSize(width + 2 * GAP, max(self.pages * (height + GAP) + GAP, height + 2 * GAP))
        self.update()

    def page_at(self, y: int) -> int:
        return max(0, min(self.pages - 1, (y - GAP) // (self.page_size()[1] + GAP)))

    def visible_pages(self) -> range:
        top = self.scroll.verticalScrollBar().value()
        bottom = top + self.scroll.viewport().height()
        if self.pages == 0:
            return range(0)
        return range(self.page_at(top), self.page_at(bottom) + 1)

    def _rendered(self, index: int, image: QImage) -> None:
        self.asked.discard(index)
        self.images[index] = image
        self.images.move_to_end(index)
        while len(self.images) > CACHE:
            self.images.popitem(last=False)
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.fillRect(event.rect(), QColor("#808080"))
        width, height = self.page_size()
        scale = width * self.devicePixelRatioF() / PAGE[0]
        first = self.page_at(event.rect().top())
        last = self.page_at(event.rect().bottom())
        for index in range(first, min(last, self.pages - 1) + 1):
            rect = QRectF(GAP, GAP + index * (height + GAP), width, height)
            image = self.images.get(index)
            if image is None:
                painter.fillRect(rect, Qt.GlobalColor.white)
                if index not in self.asked:
                    self.asked.add(index)
                    self.source.request(index, scale)
            else:
                painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
                painter.drawImage(rect, image)
        painter.end()


class SheetPreview(QDialog):
    """The print preview of ``reports``' priority sheets, with *Print…*."""

    def __init__(self, reports: Sequence[ManagerReport], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Print priority sheets"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.reports = reports
        self.complete = False
        self.print_job: Job | None = None
        self.source = SheetSource(reports)
        self.scroll = QScrollArea()
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.view = PageView(self.source, self.scroll)
        self.scroll.setWidget(self.view)
        self.scroll.verticalScrollBar().valueChanged.connect(self._show_position)
        self.position = QLabel()
        self.status = QLabel(self.tr("Laying out the pages…"))
        self.progress = QProgressBar()
        self.progress.setRange(0, len(reports))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.clicked.connect(lambda: self.print_sheets())
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        bar = QHBoxLayout()
        bar.addWidget(self.position)
        bar.addStretch(1)
        bar.addWidget(self.status)
        bar.addWidget(self.progress)
        bar.addWidget(self.cancel_button)
        bar.addWidget(self.print_button)
        bar.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(bar)
        relay = self.source.relay
        relay.laid_out.connect(self._laid_out)
        relay.done.connect(self._done)
        relay.failed.connect(self._failed)
        # As large as a page wants, but never past the screen (a 1366×768 laptop keeps
        # the Print and Close buttons in view).
        screen = (parent.screen() if parent is not None else None) or QGuiApplication.primaryScreen()
        room = screen.availableGeometry() if screen is not None else None
        width, height = 1100, 800
        if room is not None:
            width, height = min(width, room.width() - 40), min(height, room.height() - 60)
        self.resize(width, height)
        # The worker waits for page requests until the dialog goes, however it goes.
        self._stop = self.source.stopping.set
        self.destroyed.connect(self._stop)
        QCoreApplication.instance().aboutToQuit.connect(self._stop)
        # A thread of its own: the worker waits for page requests while the dialog is
        # open, and the shared pool (reading a list, exporting, printing) stays free.
        self.source.start()

    # -- laying out

    def _laid_out(self, pages: int, managers: int) -> None:
        self.view.set_pages(pages)
        if self.print_job is None:
            self.progress.setValue(managers)
        self.status.setText(self.tr("{pages} pages laid out", "", pages).format(pages=pages))
        self._show_position()

    def _done(self, complete: bool) -> None:
        self.complete = complete
        self.progress.hide()
        self.cancel_button.hide()
        pages = self.view.pages
        self.status.setText(
            self.tr("{pages} pages", "", pages).format(pages=pages)
            if complete
            else self.tr("Stopped: {pages} pages laid out", "", pages).format(pages=pages)
        )

    def _failed(self, error: Exception) -> None:
        self.progress.hide()
        self.cancel_button.hide()
        self.status.setText(self.tr("The pages cannot be laid out: {reason}").format(reason=error))

    def cancel(self) -> None:
        """Stop laying out (the pages laid out so far stay to look at) or printing."""
        if self.print_job is not None:
            self.print_job.cancel()
        else:
            self.source.cancelled.set()

    def _show_position(self) -> None:
        pages = self.view.visible_pages()
        if pages:
            self.position.setText(
                self.tr("Page {page} of {pages}").format(page=pages.start + 1, pages=self.view.pages)
            )

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.view.images.clear()  # rendered for the old width
        self.view.asked.clear()
        self.view.relayout()

    # -- printing

    def print_sheets(self, printer: QPrinter | None = None) -> None:
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printing.prepare_printer(printer)
            dialog = QPrintDialog(printer, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
        self.printer = printer
        self.print_button.setEnabled(False)
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.progress.show()
        self.cancel_button.show()
        self.status.setText(self.tr("Printing…"))
        job = Job(printing.paint_sheets, printer, self.reports)
        job.progress.connect(lambda fraction: self.progress.setValue(int(fraction * 100)))
        job.finished.connect(self._printed)
        job.failed.connect(self._print_failed)
        job.cancelled.connect(lambda: self._print_over(self.tr("Printing cancelled")))
        self.print_job = job.start()

    def _printed(self, pages: int) -> None:
        self._print_over(self.tr("{pages} pages sent to the printer", "", pages).format(pages=pages))

    def _print_failed(self, error: Exception) -> None:
        self._print_over(self.tr("Printing failed: {reason}").format(reason=error))

    def _print_over(self, message: str) -> None:
        self.print_job = None
        self.print_button.setEnabled(True)
        self.progress.hide()
        self.cancel_button.hide()
        self.status.setText(message)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        # The workers stop at their next page or manager (a fraction of a second); the
        # dialog waits for them, so nothing runs on after it is gone.
        self.source.stopping.set()
        if self.print_job is not None:
            self.print_job.cancel()
            self.print_job.done.wait(10)
        self.source.finished.wait(10)
        app = QCoreApplication.instance()
        if app is not None and self._stop is not None:
            app.aboutToQuit.disconnect(self._stop)  # else each preview stays connected
            self._stop = None
        super().closeEvent(event)
