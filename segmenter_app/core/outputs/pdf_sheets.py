"""Priority sheets: per account manager a page with the quadrant chart and the summary,
then the priority table over as many A4 landscape pages as it needs, the header row
repeated on each; "page x of y" counts the manager's own pages.

Laid out with reportlab's platypus (page templates, a table that splits by rows and
repeats its header) as vector pages: text stays text, the chart is vector graphics
(``pdf_chart.py``).  The same PDF serves the export, the window's print preview and
printing (``ui/print_preview.py`` renders its pages).  No Qt here.
"""

from __future__ import annotations

import io
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    FrameBreak,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)

from segmenter_app.core.errors import ExportCancelled
from segmenter_app.core.fileio import write_atomically
from segmenter_app.core.model import segmentation as sg
from segmenter_app.core.outputs import pdf_fonts
from segmenter_app.core.outputs.chart_style import COLOURS, UNCLASSIFIED_COLOUR
from segmenter_app.core.outputs.pdf_chart import QuadrantChart
from segmenter_app.core.outputs.pdf_table import priority_table, wrap
from segmenter_app.core.outputs.report_data import ManagerReport, header, word
from segmenter_app.core.text import texts

PAGE = landscape(A4)  # 841.9 × 595.3 points
MARGIN_X = 0.035 * PAGE[0]
TOP_BAND = 44.0  #: title and subtitle above the frames
BOTTOM_BAND = 34.0  #: the footer below them
GREY = HexColor("#444444")
CHART_WIDTH = 0.58 * PAGE[0] - MARGIN_X
#: One layout at a time in a process (the print preview and a print job run in two
#: threads; reportlab keeps font subsets in shared objects).
_LAYOUT = threading.Lock()


class _Section(Flowable):
    """Marks where a manager's sheet starts: the pages from here on are that
    manager's (for the header, the footer and "page x of y"); reports progress and
    stops the build when cancelled."""

    def __init__(self, report: ManagerReport, index: int, tick: Callable[[int], None]) -> None:
        super().__init__()
        self.report = report
        self.index = index
        self.tick = tick

    def wrap(self, available_width, available_height):
        return 0, 0

    def draw(self) -> None:
        self.tick(self.index)
        self.canv.section = self.report


class _SheetCanvas(Canvas):
    """Keeps every page until the end, then draws each page's header and footer with
    "page x of y" of its manager (reportlab's "numbered canvas" recipe, per section)."""

    def __init__(self, *args, page_counts: list[int] | None = None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.section: ManagerReport | None = None
        self._pages: list[tuple[dict, ManagerReport | None]] = []
        self._page_counts = page_counts

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._pages.append((dict(self.__dict__), self.section))
        self._startPage()

    def save(self) -> None:
        totals: dict[int, int] = {}
        for _state, section in self._pages:
            totals[id(section)] = totals.get(id(section), 0) + 1
        numbers: dict[int, int] = {}
        for state, section in self._pages:
            self.__dict__.update(state)
            numbers[id(section)] = numbers.get(id(section), 0) + 1
            if section is not None:
                _frame(self, section, numbers[id(section)], totals[id(section)])
            super().showPage()
        if self._page_counts is not None:
            self._page_counts.extend(totals.values())
        super().save()


def _frame(canvas: Canvas, report: ManagerReport, page: int, pages: int) -> None:
    """Title and date at the top, thresholds and "page x of y" at the bottom."""
    width, height = PAGE
    canvas.saveState()
    canvas.setFillColor(HexColor("#000000"))
    top = height - 0.035 * height - 10
    pdf_fonts.draw(canvas, MARGIN_X, top, report.title, 13, bold=True)
    canvas.setFillColor(GREY)
    pdf_fonts.draw(canvas, width - MARGIN_X, top, report.date, 9, align="right")
    pdf_fonts.draw(canvas, MARGIN_X, 0.03 * height, report.subtitle[1], 7.5)
    pdf_fonts.draw(
        canvas,
        width - MARGIN_X,
        0.03 * height,
        word("page_of", report.language, page=page, pages=pages),
        7.5,
        align="right",
    )
    canvas.restoreState()


def _subtitle(canvas: Canvas, doc) -> None:
    """The chart page names the date, the thresholds and the source under the title."""
    report = getattr(canvas, "section", None)
    if report is None:
        return
    text = "   ·   ".join(report.subtitle)
    canvas.saveState()
    canvas.setFillColor(GREY)
    pdf_fonts.draw(canvas, MARGIN_X, PAGE[1] - TOP_BAND - 2, text, 8)
    canvas.restoreState()


def _templates() -> list[PageTemplate]:
    width, height = PAGE
    body = height - TOP_BAND - BOTTOM_BAND
    frame_args = {"leftPadding": 0, "rightPadding": 0, "topPadding": 0, "bottomPadding": 0}
    chart = Frame(MARGIN_X, BOTTOM_BAND, CHART_WIDTH, body - 14, id="chart", **frame_args)
    summary_x = 0.615 * width
    summary = Frame(
        summary_x, BOTTOM_BAND, width - MARGIN_X - summary_x, body - 24, id="summary", **frame_args
    )
    table = Frame(MARGIN_X, BOTTOM_BAND, width - 2 * MARGIN_X, body, id="table", **frame_args)
    return [
        PageTemplate(id="chart", frames=[chart, summary], onPageEnd=_subtitle),
        PageTemplate(id="table", frames=[table]),
    ]


def _summary(report: ManagerReport, width: float) -> Table:
    """Customers, revenue and untapped potential per segment, and their total (money
    in short forms: 310 k€, 1,2 Mio. €)."""
    language = report.language
    bold = pdf_fonts.BOLD
    names = [width * 0.3, width * 0.2, width * 0.25, width * 0.25]
    heading = ["", word("count", language), header("revenue", language), header("potential", language)]
    rows = [["\n".join(wrap(text, w - 6, 8, bold=True)) for text, w in zip(heading, names)]]
    style = [
        ("FONT", (0, 0), (-1, -1), pdf_fonts.REGULAR, 9, 11),
        ("FONT", (0, 0), (-1, 0), bold, 8, 9.5),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    totals = [0, 0.0, 0.0]
    for item in report.summary:
        colour = COLOURS[item.name][0] if item.name else UNCLASSIFIED_COLOUR[0]
        row = len(rows)
        rows.append(
            [
                item.name or word("unclassified", language),
                texts.format_number(item.count, language),
                texts.format_money(item.revenue, language, report.currency),
                texts.format_money(item.potential, language, report.currency),
            ]
        )
        style += [("FONTNAME", (0, row), (0, row), bold), ("TEXTCOLOR", (0, row), (0, row), HexColor(colour))]
        totals = [totals[0] + item.count, totals[1] + item.revenue, totals[2] + item.potential]
    rows.append(
        [
            word("total", language),
            texts.format_number(totals[0], language),
            texts.format_money(totals[1], language, report.currency),
            texts.format_money(totals[2], language, report.currency),
        ]
    )
    total = len(rows) - 1
    style += [
        ("FONTNAME", (0, total), (-1, total), bold),
        ("LINEABOVE", (0, total), (-1, total), 0.9, HexColor("#333333")),
    ]
    if report.capacity_line:  # the visit plan (PRODUCT.md §6), under the total
        rows.append([report.capacity_line, "", "", ""])
        style += [("SPAN", (0, -1), (-1, -1)), ("FONT", (0, -1), (-1, -1), pdf_fonts.REGULAR, 8.5, 11)]
    return Table(rows, colWidths=names, style=TableStyle(style), hAlign="LEFT")


def _actions(report: ManagerReport, width: float) -> Table:
    """What each segment asks of the account manager."""
    language = report.language
    rows, style = (
        [],
        [
            ("FONT", (0, 0), (-1, -1), pdf_fonts.REGULAR, 8, 10.4),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ],
    )
    for row, name in enumerate(sg.SEGMENTS):
        action = texts.action_text(name, sg.PRIORITISE if name == "MOVE" else sg.NO_TRIAGE, language)
        rows.append([name, "\n".join(wrap(action, width * 0.8 - 8, 8, max_lines=8))])
        style += [
            ("FONT", (0, row), (0, row), pdf_fonts.BOLD, 8.5, 10.4),
            ("TEXTCOLOR", (0, row), (0, row), HexColor(COLOURS[name][0])),
        ]
    return Table(rows, colWidths=[width * 0.2, width * 0.8], style=TableStyle(style), hAlign="LEFT")


def _story(reports: list[ManagerReport], tick: Callable[[int], None]) -> list[Flowable]:
    width, height = PAGE
    body = height - TOP_BAND - BOTTOM_BAND
    summary_width = width - MARGIN_X - 0.615 * width
    story: list[Flowable] = []
    for index, report in enumerate(reports):
        if index:
            story += [NextPageTemplate("chart"), PageBreak()]
        title = word("summary", report.language)
        heading = Table([[title]], style=[("FONT", (0, 0), (0, 0), pdf_fonts.BOLD, 11, 13)], hAlign="LEFT")
        story += [
            _Section(report, index, tick),
            QuadrantChart(report, CHART_WIDTH, body - 16),
            FrameBreak(),
            heading,
            Spacer(1, 6),
            _summary(report, summary_width),
            Spacer(1, 22),
            _actions(report, summary_width),
            NextPageTemplate("table"),
            PageBreak(),
            priority_table(report, width - 2 * MARGIN_X, body),
        ]
    return story


def build(
    reports: list[ManagerReport],
    target,
    *,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[int]:
    """Lay out the reports' sheets into ``target`` (a path or a binary file); returns
    each manager's number of pages."""
    pdf_fonts.register()
    total = max(len(reports), 1)

    def tick(index: int) -> None:
        if cancelled is not None and cancelled():
            raise ExportCancelled()
        if progress is not None and index:
            progress(index / total)

    counts: list[int] = []
    title = reports[0].title if len(reports) == 1 else word("overview_title", reports[0].language)
    document = _Document(target, cancelled)
    document.title = title
    with _LAYOUT:
        document.build(
            _story(reports, tick),
            canvasmaker=lambda *args, **kwargs: _SheetCanvas(*args, page_counts=counts, **kwargs),
        )
    if progress is not None:
        progress(1.0)
    return counts


class _Document(BaseDocTemplate):
    def __init__(self, target, cancelled: Callable[[], bool] | None) -> None:
        super().__init__(
            target,
            pagesize=PAGE,
            pageTemplates=_templates(),
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=TOP_BAND,
            bottomMargin=BOTTOM_BAND,
            creator="Segmenter",
            author="Segmenter",
            pageCompression=1,
            invariant=1,
        )
        self._cancelled = cancelled

    def afterPage(self) -> None:  # noqa: N802 - reportlab's name
        # A long table is many pages: cancel is checked after each.
        if self._cancelled is not None and self._cancelled():
            raise ExportCancelled()


def pdf_bytes(reports: list[ManagerReport], **kwargs) -> bytes:
    buffer = io.BytesIO()
    build(reports, buffer, **kwargs)
    return buffer.getvalue()


def iter_documents(reports: list[ManagerReport]) -> Iterator[tuple[ManagerReport, bytes]]:
    """Each manager's sheets as a PDF of its own, one after the other (the print
    preview shows the first manager's pages while the next are laid out)."""
    for report in reports:
        yield report, pdf_bytes([report])


def write_pdf(
    reports: list[ManagerReport],
    path: Path | str,
    *,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Path:
    """All managers' sheets into one PDF (written to a temporary file, then renamed)."""
    path = Path(path)
    write_atomically(path, lambda target: build(reports, str(target), progress=progress, cancelled=cancelled))
    return path
