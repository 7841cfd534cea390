"""The priority sheets as they were laid out until issue 16: every page a matplotlib
figure (about 0.27 s a page).  Kept only so that ``bench_pdf.py`` measures the
reportlab pages (``segmenter_app/core/outputs/pdf_sheets.py``) side by side with them.
"""

from __future__ import annotations

import io
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path

import numpy as np
from matplotlib.backends.backend_pdf import PdfPages
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle

from segmenter_app.core.fileio import write_atomically
from segmenter_app.core.model import segmentation as sg
from segmenter_app.core.outputs.chart_style import COLOURS, UNCLASSIFIED_COLOUR
from segmenter_app.core.outputs.report_data import ManagerReport, header, header_lines, is_missing, word
from segmenter_app.core.text import texts

A4_LANDSCAPE = (11.69, 8.27)
#: Lines of text a table page holds.  A row is as tall as its longest cell plus
#: ROW_PADDING (so one line of text makes a row of 1.4 lines), at most NOTE_LINES lines.
LINES_PER_PAGE = 50
ROW_PADDING = 0.4
NOTE_LINES = 6
#: Resolution of the chart picture in a PDF (the text stays vector): the picture is
#: drawn at 150 dpi, and a PDF page at 100 would blur it.
PDF_DPI = 150
#: Table columns: key, width (fraction of the page), alignment.  Wide enough that no
#: header or word of either language is split ("priorisieren"), the advice fits on a
#: line, and the last column has room to write a next step and a date by hand.
TABLE = (
    ("priority", 0.035, "right"),
    ("segment", 0.055, "center"),
    ("triage", 0.065, "left"),
    ("customer_id", 0.055, "left"),
    ("customer_name", 0.135, "left"),
    ("share_of_wallet", 0.035, "right"),
    ("satisfaction", 0.035, "right"),
    ("revenue", 0.06, "right"),
    ("wallet", 0.06, "right"),
    ("potential", 0.075, "right"),
    ("action", 0.14, "left"),
    ("notes", 0.10, "left"),
    ("next_step", 0.08, "left"),
)
#: Headers that need a short form to fit their column.
SHORT_HEADERS = {"priority": "priority_short", "customer_id": "customer_id_short"}
#: Amount columns: their header names the unit, the cells are plain numbers.
MONEY = ("revenue", "wallet", "potential")
WRAPPED = ("triage", "customer_name", "action", "notes")
MARGIN_X, TOP, BOTTOM = 0.035, 0.93, 0.07
#: Offset of the right edge of a summary number from its column's left edge.
RIGHT = 0.055


def page_count(report: ManagerReport) -> int:
    return 1 + len(table_pages(report))


def table_pages(report: ManagerReport) -> list[tuple[int, int]]:
    """The rows (start, end) of each table page: rows are as tall as their longest
    cell (see ROW_PADDING), and a page holds LINES_PER_PAGE lines."""
    pages, start, used = [], 0, 0.0
    for index, lines in enumerate(_row_lines(report)):
        if used + lines > LINES_PER_PAGE and index > start:
            pages.append((start, index))
            start, used = index, 0.0
        used += lines
    pages.append((start, len(report.rows)))
    return pages


def _column(report: ManagerReport, key: str) -> np.ndarray:
    """A table column as the sheet shows it: the advice in a few words (the first page
    has the sentences); an unclassified customer's reason stays whole."""
    values = report.rows[key].to_numpy(dtype=object)
    if key != "action":
        return values
    language = report.language
    short = {
        texts.action_text(name, triage, language): texts.action_text(name, triage, language, short=True)
        for name in sg.SEGMENTS
        for triage in (sg.NO_TRIAGE, sg.OBSERVE, sg.PRIORITISE)
    }
    return np.array([short.get(value, value) for value in values], dtype=object)


def _row_lines(report: ManagerReport) -> list[float]:
    """Each row's height in lines: its longest cell plus ROW_PADDING."""
    language = report.language
    widths = {key: width for key, width, _align in TABLE}
    counts = np.ones(len(report.rows), dtype=np.int64)
    for key in WRAPPED:
        column = _column(report, key)
        for row, value in enumerate(column):
            text = _cell_text(key, value, language, widths[key])
            if text:
                counts[row] = max(counts[row], text.count("\n") + 1)
    return (counts + ROW_PADDING).tolist()


def _header_text(key: str, language: str, width: float) -> str:
    name = word(SHORT_HEADERS[key], language) if key in SHORT_HEADERS else header(key, language)
    if key in MONEY:
        name += " (€)"
    return "\n".join(header_lines(name, max(int(width * 150), 5)))


def iter_pages(reports: list[ManagerReport], figure: Figure | None = None) -> Iterator[Figure]:
    """Each page of every manager's priority sheet, drawn on one reused figure."""
    figure = figure or Figure(figsize=A4_LANDSCAPE)
    from segmenter_app.core.outputs.chart_picture import QuadrantPicture

    picture = QuadrantPicture(width=6.4, height=4.9, dpi=150)
    for report in reports:
        pages = page_count(report)
        figure.clear()
        _first_page(figure, report, picture, pages)
        yield figure
        for page, (start, end) in enumerate(table_pages(report), start=2):
            figure.clear()
            _table_page(figure, report, start, end, page, pages)
            yield figure


def write_pdf(
    reports: list[ManagerReport],
    path: Path | str,
    *,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Path:
    """All managers' sheets into one PDF (written to a temporary file, then renamed)."""
    path = Path(path)
    total = sum(page_count(r) for r in reports)

    def write(target: Path) -> None:
        with PdfPages(target) as pdf:
            info = pdf.infodict()
            info["Title"] = (
                reports[0].title if len(reports) == 1 else word("overview_title", reports[0].language)
            )
            info["Creator"] = "Segmenter"
            for done, figure in enumerate(iter_pages(reports), start=1):
                if cancelled is not None and cancelled():
                    from segmenter_app.core.errors import ExportCancelled

                    raise ExportCancelled()
                pdf.savefig(figure, dpi=PDF_DPI)  # the chart picture keeps its sharpness
                if progress:
                    progress(done / total)

    write_atomically(path, write)
    return path


def _frame(figure: Figure, report: ManagerReport, page: int, pages: int) -> None:
    figure.text(MARGIN_X, 0.965, report.title, fontsize=13, fontweight="bold", va="top")
    figure.text(1 - MARGIN_X, 0.965, report.date, fontsize=9, ha="right", va="top", color="#444444")
    figure.text(MARGIN_X, 0.03, report.subtitle[1], fontsize=7.5, color="#444444")
    figure.text(
        1 - MARGIN_X,
        0.03,
        word("page_of", report.language, page=page, pages=pages),
        fontsize=7.5,
        ha="right",
        color="#444444",
    )


def _first_page(figure: Figure, report: ManagerReport, picture, pages: int) -> None:
    _frame(figure, report, 1, pages)
    language = report.language
    figure.text(MARGIN_X, 0.925, "   ·   ".join(report.subtitle), fontsize=8, va="top", color="#444444")
    sow, kzi, segments, potential = report.points
    png = picture.render(sow, kzi, segments, report.thresholds, language, potential=potential)
    from matplotlib.image import imread

    image = imread(io.BytesIO(png), format="png")
    chart = figure.add_axes((MARGIN_X, 0.08, 0.58, 0.8))
    chart.imshow(image, interpolation="lanczos")
    chart.set_axis_off()
    # The summary to the right of the chart.
    x0 = 0.615
    y = 0.84
    figure.text(x0, y, word("summary", language), fontsize=11, fontweight="bold")
    columns = (x0, x0 + 0.1, x0 + 0.2, x0 + 0.29)
    titles = ("", word("count", language), header("revenue", language), header("potential", language))
    y -= 0.045
    for x, title in zip(columns, titles):
        figure.text(
            x if not title else x + RIGHT,
            y,
            "\n".join(textwrap.wrap(title, 12)),
            fontsize=8,
            fontweight="bold",
            ha="right" if title else "left",
            va="bottom",
            linespacing=1.1,
        )

    def figures(count: int, revenue: float, potential: float) -> tuple[str, str, str]:
        return (
            texts.format_number(count, language),
            texts.format_money(revenue, language),
            texts.format_money(potential, language),
        )

    totals = [0, 0.0, 0.0]
    for item in report.summary:
        y -= 0.04
        name = item.name or word("unclassified", language)
        colour = COLOURS[item.name][0] if item.name else UNCLASSIFIED_COLOUR[0]
        figure.text(columns[0], y, name, fontsize=9, fontweight="bold", color=colour)
        for column, text in zip(columns[1:], figures(item.count, item.revenue, item.potential)):
            figure.text(column + RIGHT, y, text, fontsize=9, ha="right")
        totals = [totals[0] + item.count, totals[1] + item.revenue, totals[2] + item.potential]
    y -= 0.045
    figure.add_artist(
        Rectangle((x0, y + 0.032), 0.345, 0.0012, color="#333333", transform=figure.transFigure)
    )
    figure.text(columns[0], y, word("total", language), fontsize=9, fontweight="bold")
    for column, text in zip(columns[1:], figures(*totals)):
        figure.text(column + RIGHT, y, text, fontsize=9, ha="right", fontweight="bold")
    # What each segment asks of the account manager.
    y -= 0.08
    for name in sg.SEGMENTS:
        action = texts.action_text(name, sg.PRIORITISE if name == "MOVE" else sg.NO_TRIAGE, language)
        lines = textwrap.wrap(action, 56)
        figure.text(x0, y, name, fontsize=8.5, fontweight="bold", color=COLOURS[name][0], va="top")
        figure.text(x0 + 0.06, y, "\n".join(lines), fontsize=8, va="top", linespacing=1.3)
        y -= 0.03 * max(len(lines), 1) + 0.015


def _table_page(figure: Figure, report: ManagerReport, start: int, end: int, page: int, pages: int) -> None:
    _frame(figure, report, page, pages)
    language = report.language
    rows = report.rows.iloc[start:end]
    segments = report.segments[start:end]
    lines = _row_lines(report)[start:end]
    columns = {key: _column(report, key) for key, _width, _align in TABLE}
    positions = np.cumsum([MARGIN_X] + [width for _key, width, _align in TABLE])
    line = (TOP - BOTTOM) / (LINES_PER_PAGE + 3)
    titles = {key: _header_text(key, language, width) for key, width, _align in TABLE}
    height = (max(title.count("\n") + 1 for title in titles.values()) + ROW_PADDING) * line
    y = TOP - 0.02
    figure.add_artist(
        Rectangle(
            (MARGIN_X, y - height * 0.5),
            positions[-1] - MARGIN_X,
            height,
            color="#DDEBF7",
            transform=figure.transFigure,
            zorder=0,
        )
    )
    for (key, width, align), left in zip(TABLE, positions):
        x = (
            left + width - 0.004
            if align == "right"
            else left + width / 2
            if align == "center"
            else left + 0.003
        )
        figure.text(
            x,
            y,
            titles[key],
            fontsize=7.5,
            fontweight="bold",
            ha=align,
            va="center",
            linespacing=1.0,
        )
    top_edge = y - height * 0.5  # under the header
    box = (1 + ROW_PADDING) * line  # a segment badge and the writing line: a one-line row's size
    for offset in range(len(rows)):
        height = lines[offset] * line
        y = top_edge - height / 2
        segment = int(segments[offset])
        if offset % 2:
            figure.add_artist(
                Rectangle(
                    (MARGIN_X, top_edge - height),
                    positions[-1] - MARGIN_X,
                    height,
                    color="#F5F5F5",
                    transform=figure.transFigure,
                    zorder=0,
                )
            )
        top_edge -= height
        for (key, width, align), left in zip(TABLE, positions):
            value = columns[key][start + offset]
            text = _cell_text(key, value, language, width)
            if key == "next_step":
                # A line to write on: the sheet is printed to be filled in at the visit.
                figure.add_artist(
                    Rectangle(
                        (left + 0.003, y - box * 0.35),
                        width - 0.006,
                        0.0008,
                        color="#999999",
                        transform=figure.transFigure,
                        zorder=1,
                    )
                )
                continue
            x = (
                left + width - 0.004
                if align == "right"
                else left + width / 2
                if align == "center"
                else left + 0.003
            )
            if key == "segment":
                colour = COLOURS[sg.SEGMENTS[segment]][0] if segment >= 0 else UNCLASSIFIED_COLOUR[1]
                figure.add_artist(
                    Rectangle(
                        (left + 0.004, y - box * 0.38),
                        width - 0.008,
                        box * 0.76,
                        color=colour,
                        transform=figure.transFigure,
                        zorder=1,
                    )
                )
                figure.text(
                    x,
                    y,
                    text,
                    fontsize=7.5,
                    fontweight="bold",
                    ha="center",
                    va="center",
                    color="white" if segment >= 0 else "#555555",
                    zorder=2,
                )
            else:
                figure.text(x, y, text, fontsize=7.2, ha=align, va="center", linespacing=1.0, zorder=2)


def _cell_text(key: str, value, language: str, width: float) -> str:
    if is_missing(value) or value == "":
        return ""
    if key == "priority":
        return str(int(value))
    if key == "share_of_wallet":
        return texts.format_percent(float(value), language)
    if key == "satisfaction":
        return texts.format_number(float(value), language, 1)
    if key in MONEY:
        return texts.format_number(float(value), language)
    characters = max(int(width * 190), 8)
    # Notes keep their own line breaks and are shown whole up to NOTE_LINES lines; a
    # longer text ends in "…" (the workbook has all of it).
    lines = [
        wrapped
        for paragraph in str(value).splitlines() or [""]
        for wrapped in (textwrap.wrap(paragraph, characters, break_long_words=True) or [""])
    ]
    if len(lines) > NOTE_LINES:
        lines = lines[:NOTE_LINES]
        lines[-1] = lines[-1][: max(characters - 1, 1)] + "…"
    return "\n".join(lines)
