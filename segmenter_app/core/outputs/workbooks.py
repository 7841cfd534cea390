"""Prioritised workbooks per account manager, and the overview for the sales lead.

Each manager's sheet: a title block (manager, date, the thresholds in force), the
customers in priority order with real number formats and the segment filled in its
colour, a summary per segment, and a second sheet with the manager's quadrant chart.
Print-ready: A4 landscape, one page wide, the header row repeated, the manager, the date
and "page x of y" in the header and footer.

Written with xlsxwriter (several times faster than openpyxl for the same formatting),
every text as text — a note starting with "=" never becomes a formula — to a temporary
file that is renamed into place.  Many managers are split over two processes: the
machine has two cores and xlsxwriter holds the interpreter lock.
"""

from __future__ import annotations

import datetime
import io
import multiprocessing
import os
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from segmenter_app.core.errors import ExportCancelled, ExportError  # noqa: F401 (re-exported)
from segmenter_app.core.model import segmentation as sg
from segmenter_app.core.model.document import CustomerDocument
from segmenter_app.core.outputs.classify_output import WriteError, write_atomically
from segmenter_app.core.outputs.palette import COLOURS, UNCLASSIFIED_COLOUR
from segmenter_app.core.outputs.report_data import (
    COLUMNS,
    ManagerReport,
    format_date,
    header_lines,
    is_missing,
    manager_reports,
    safe_file_name,
    safe_sheet_name,
    word,
)

#: Column widths (characters) for the manager sheet, in COLUMNS order.
WIDTHS = {
    "priority": 11,
    "segment": 9,
    "triage": 10,
    "customer_id": 11,
    "customer_name": 24,
    "share_of_wallet": 7,
    "satisfaction": 6,
    "revenue": 12,
    "wallet": 12,
    "potential": 13.5,
    "action": 36,
    "notes": 24,
    "next_step": 14,
}
#: Columns whose text wraps (the row grows to hold it).
WRAPPED = ("triage", "customer_name", "action", "notes")
#: Points per line of 10-point text, for rows whose text wraps.
LINE_HEIGHT = 12.75
#: Below this many customers in all, a second process costs more than it saves.
PARALLEL_MIN_ROWS = 8_000


@dataclass
class ExportResult:
    paths: list[Path]
    managers: int
    customers: int


def planned_paths(reports: list[ManagerReport], out_dir: Path, layout: str, language: str) -> list[Path]:
    if layout == "sheets":
        return [out_dir / (safe_file_name(word("all_customers", language)) + ".xlsx")]
    # The overview and the all-in-one workbook keep their names: a manager called
    # "Overview" gets "Overview (2).xlsx" rather than being overwritten by it.
    names = {safe_file_name(word(key, language)).lower() for key in ("overview_sheet", "all_customers")}
    paths = []
    for report in reports:
        base = safe_file_name(report.manager or word("no_manager", language))
        name, number = base, 2
        while name.lower() in names:
            name = f"{base} ({number})"
            number += 1
        names.add(name.lower())
        paths.append(out_dir / f"{name}.xlsx")
    return paths


def export_workbooks(
    document: CustomerDocument,
    out_dir: Path | str,
    *,
    layout: str = "files",
    language: str = "en",
    managers: list[str] | None = None,
    force: bool = False,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    processes: int | None = None,
) -> ExportResult:
    """Write one workbook per manager (``layout="files"``) or one with a sheet per manager
    (``"sheets"``).  Refuses to overwrite existing files unless ``force``."""
    out_dir = Path(out_dir)
    reports = manager_reports(document, language, managers)
    paths = planned_paths(reports, out_dir, layout, language)
    _check_target(out_dir, paths, force)
    customers = sum(len(r.rows) for r in reports)
    if layout == "sheets":
        write_atomically(paths[0], lambda target: _write_book(target, reports, progress, cancelled))
    else:
        _write_many(reports, paths, progress, cancelled, processes, customers)
    if progress:
        progress(1.0)
    return ExportResult(paths, len(reports), customers)


def _check_target(out_dir: Path, paths: list[Path], force: bool) -> None:
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise ExportError("not_writable", path=str(out_dir), reason=error.strerror or str(error)) from None
    if not os.access(out_dir, os.W_OK):
        raise ExportError("not_writable", path=str(out_dir), reason="no permission")
    existing = [p for p in paths if p.exists()]
    if existing and not force:
        raise ExportError("exists", paths=[str(p) for p in existing], count=len(existing))


def _write_many(reports, paths, progress, cancelled, processes, customers) -> None:
    workers = processes if processes is not None else (os.cpu_count() or 1)
    jobs = list(zip(reports, paths))
    if workers <= 1 or customers < PARALLEL_MIN_ROWS or len(jobs) < 4:
        _write_files(jobs, None, progress, cancelled)
        return
    # Two writers share the list: this process takes managers from the front, another
    # process from the back, until they meet.  This one has its libraries loaded and
    # starts at once; the other joins when it has started, however long that takes.
    context = multiprocessing.get_context("spawn")
    ends = context.Array("i", [0, len(jobs)])
    with ProcessPoolExecutor(
        max_workers=1, mp_context=context, initializer=_share_ends, initargs=(ends,)
    ) as pool:
        future = pool.submit(_write_files_in_child, jobs)
        try:
            _write_files(jobs, ends, progress, cancelled)
        except BaseException:
            with ends.get_lock():
                ends[0] = ends[1]  # nothing left for the other process either
            raise
        try:
            error = future.result()
        except BrokenProcessPool as broken:  # the second writer died (killed, out of memory)
            reason = str(broken) or "a writer process stopped"
            raise ExportError("not_writable", path="", reason=reason) from None
        if error is not None and error[0] == "write_error":
            raise WriteError(Path(error[1]["path"]), error[1]["reason"])
        if error is not None:
            raise ExportError(error[0], **error[1])


_ENDS = None


def _share_ends(ends) -> None:
    global _ENDS
    _ENDS = ends


def _claim(ends, from_back: bool) -> int | None:
    """The next job's index, or None when the two writers have met."""
    if ends is None:
        return None
    with ends.get_lock():
        if ends[0] >= ends[1]:
            return None
        if from_back:
            ends[1] -= 1
            return ends[1]
        ends[0] += 1
        return ends[0] - 1


def _write_files_in_child(jobs) -> tuple[str, dict] | None:
    try:
        _write_files(jobs, _ENDS, None, None, from_back=True)
    except ExportError as error:
        return (error.code, error.params)
    except WriteError as error:  # raised again as WriteError in the first process
        return ("write_error", {"path": str(error.path), "reason": error.reason})
    return None


def _write_files(jobs, ends, progress, cancelled, from_back: bool = False) -> None:
    from segmenter_app.core.outputs.chart_picture import QuadrantPicture

    picture = QuadrantPicture()
    position = -1
    while True:
        if ends is None:
            position += 1
            index = position if position < len(jobs) else None
        else:
            index = _claim(ends, from_back)
        if index is None:
            return
        if cancelled is not None and cancelled():
            raise ExportCancelled()
        report, path = jobs[index]
        write_atomically(
            path, lambda target, report=report: _write_book(target, [report], None, None, picture)
        )
        if progress:
            done = index + 1 if ends is None else ends[0] + (len(jobs) - ends[1])
            progress(min(done / len(jobs), 1.0))


# --------------------------------------------------------------------------- one workbook


def _write_book(target: Path, reports: list[ManagerReport], progress, cancelled, picture=None) -> None:
    import xlsxwriter

    from segmenter_app.core.outputs.chart_picture import QuadrantPicture

    picture = picture or QuadrantPicture()
    # constant_memory streams each row to disk as it is written: less memory and about a
    # fifth faster; it needs rows in order, which is how they are written here.
    book = xlsxwriter.Workbook(
        str(target),
        {
            "strings_to_formulas": False,
            "strings_to_urls": False,
            "strings_to_numbers": False,
            "nan_inf_to_errors": False,
            "constant_memory": True,
        },
    )
    formats = _Formats(book)
    taken: set[str] = set()
    for index, report in enumerate(reports):
        if cancelled is not None and cancelled():
            book.close()
            raise ExportCancelled()
        name = report.manager or word("no_manager", report.language)
        sheet_name = safe_sheet_name(name, taken)
        _write_manager_sheet(book, formats, sheet_name, report)
        chart_name = safe_sheet_name(
            f"{word('chart_sheet', report.language)} {name}"
            if len(reports) > 1
            else word("chart_sheet", report.language),
            taken,
        )
        _write_chart_sheet(book, formats, chart_name, report, picture)
        if progress:
            progress((index + 1) / len(reports))
    book.close()


class _Formats:
    def __init__(self, book) -> None:
        plain = {"font_name": "Calibri", "font_size": 10, "valign": "top"}
        self.title = book.add_format({**plain, "bold": True, "font_size": 15})
        self.subtitle = book.add_format({**plain, "font_color": "#444444"})
        # Table cells get light borders; the sheet prints without gridlines.
        base = {**plain, "border": 1, "border_color": "#D4D4D4"}
        self.header = book.add_format(
            {
                **base,
                "bold": True,
                "bg_color": "#DDEBF7",
                "border": 1,
                "border_color": "#9BB7D4",
                "text_wrap": True,
                "valign": "vcenter",
            }
        )
        self.text = book.add_format({**base, "text_wrap": False})
        self.wrap = book.add_format({**base, "text_wrap": True})
        self.integer = book.add_format({**base, "num_format": "0", "align": "right"})
        self.money = book.add_format({**base, "num_format": '#,##0 "€"'})
        self.percent = book.add_format({**base, "num_format": "0%"})
        self.points = book.add_format({**base, "num_format": "0.0"})
        self.next_step = book.add_format({**base, "bottom": 1, "bottom_color": "#BBBBBB"})
        self.segments = {
            name: book.add_format(
                {
                    **base,
                    "bold": True,
                    "font_color": "#FFFFFF",
                    "bg_color": COLOURS[name][0],
                    "align": "center",
                }
            )
            for name in sg.SEGMENTS
        }
        self.segment_headers = {
            name: book.add_format(
                {
                    **base,
                    "bold": True,
                    "font_color": "#FFFFFF",
                    "bg_color": COLOURS[name][0],
                    "align": "center",
                    "valign": "vcenter",
                }
            )
            for name in sg.SEGMENTS
        }
        self.unclassified = book.add_format({**base, "font_color": UNCLASSIFIED_COLOUR[0], "align": "center"})
        #: the number format of each numeric column of the customer tables
        self.numbers = {
            "priority": self.integer,
            "share_of_wallet": self.percent,
            "satisfaction": self.points,
            "revenue": self.money,
            "wallet": self.money,
            "potential": self.money,
        }
        self.summary_header = book.add_format(
            {**plain, "bold": True, "bottom": 1, "text_wrap": True, "valign": "bottom"}
        )
        self.summary_text = book.add_format(plain)
        self.summary_integer = book.add_format({**plain, "num_format": "0"})
        self.summary_money = book.add_format({**plain, "num_format": '#,##0 "€"'})
        self.summary_name = {
            name: book.add_format({**plain, "bold": True, "font_color": COLOURS[name][0]})
            for name in sg.SEGMENTS
        }
        self.summary_total = book.add_format({**plain, "bold": True, "top": 1})
        self.summary_money_total = book.add_format(
            {**plain, "bold": True, "top": 1, "num_format": '#,##0 "€"'}
        )
        self.summary_int_total = book.add_format({**plain, "bold": True, "top": 1, "num_format": "0"})
        self.summary_percent_total = book.add_format({**plain, "bold": True, "top": 1, "num_format": "0%"})

    def segment(self, code: int):
        """A segment cell's format: filled in its colour (grey text when unclassified)."""
        return self.segments[sg.SEGMENTS[code]] if code >= 0 else self.unclassified


def _write_manager_sheet(book, formats: _Formats, name: str, report: ManagerReport) -> None:
    sheet = book.add_worksheet(name)
    keys = [key for key, _ in COLUMNS]
    headers = [_sheet_header(WIDTHS[key], title) for key, title in zip(keys, report.headers)]
    for col, (_title, width) in enumerate(headers):
        sheet.set_column(col, col, width)
    sheet.set_row(0, 21)
    sheet.write_string(0, 0, report.title, formats.title)
    for offset, line in enumerate(report.subtitle):
        sheet.write_string(1 + offset, 0, line, formats.subtitle)
    # The header right under the title block, so that freezing it keeps only a few
    # rows fixed on a laptop screen; the summary follows the customers.
    header_row = len(report.subtitle) + 2
    sheet.set_row(header_row, LINE_HEIGHT * max(title.count("\n") + 1 for title, _ in headers) + 2)
    for col, (title, _width) in enumerate(headers):
        sheet.write_string(header_row, col, title, formats.header)
    _write_rows(sheet, formats, report, header_row + 1, keys)
    last_row = header_row + len(report.rows)
    sheet.freeze_panes(header_row + 1, 0)
    sheet.autofilter(header_row, 0, max(last_row, header_row), len(keys) - 1)
    summary_end = _write_summary(sheet, formats, report, last_row + 2)
    _print_setup(sheet, report, header_row, len(keys) - 1, summary_end)


def _write_summary(sheet, formats: _Formats, report: ManagerReport, top: int) -> int:
    """Customers, revenue and potential per segment, from row ``top``; the last row."""
    language = report.language
    label, count, revenue, potential = 4, 5, 7, 9
    # Under the columns they sum; a header as the table's, in lines that fit.
    titles = {key: _sheet_header(WIDTHS[key], _header(report, key))[0] for key in ("revenue", "potential")}
    sheet.set_row(top, LINE_HEIGHT * max(title.count("\n") + 1 for title in titles.values()) + 2)
    sheet.write_string(top, label, word("summary", language), formats.summary_header)
    sheet.merge_range(top, count, top, count + 1, word("count", language), formats.summary_header)
    sheet.write_string(top, revenue, titles["revenue"], formats.summary_header)
    sheet.write_string(top, revenue + 1, "", formats.summary_header)
    sheet.write_string(top, potential, titles["potential"], formats.summary_header)
    totals = [0, 0.0, 0.0]
    row = top
    for item in report.summary:
        row += 1
        sheet.write_string(
            row,
            label,
            item.name or word("unclassified", language),
            formats.summary_name.get(item.name, formats.summary_text),
        )
        sheet.merge_range(row, count, row, count + 1, item.count, formats.summary_integer)
        sheet.write_number(row, revenue, item.revenue, formats.summary_money)
        sheet.write_number(row, potential, item.potential, formats.summary_money)
        totals = [totals[0] + item.count, totals[1] + item.revenue, totals[2] + item.potential]
    row += 1
    sheet.write_string(row, label, word("total", language), formats.summary_total)
    sheet.merge_range(row, count, row, count + 1, totals[0], formats.summary_int_total)
    sheet.write_number(row, revenue, totals[1], formats.summary_money_total)
    sheet.write_string(row, revenue + 1, "", formats.summary_total)
    sheet.write_number(row, potential, totals[2], formats.summary_money_total)
    return row


def _fit_header(width: float, title: str) -> float:
    """A column width at which the header wraps between words, never inside one:
    bold text needs a little more than a character of width per letter."""
    return max(width, max((len(part) for part in title.split()), default=0) * 1.1 + 1)


def _sheet_header(width: float, title: str) -> tuple[str, float]:
    """A manager sheet's header in lines, a long word split where German splits it
    ("Einkaufs-" / "volumen"), and the column width it needs."""
    lines = header_lines(title, max(int((width - 1) / 1.1), 4))
    return "\n".join(lines), _fit_header(width, " ".join(lines))


def _header(report: ManagerReport, key: str) -> str:
    return report.headers[[k for k, _ in COLUMNS].index(key)]


def _write_rows(sheet, formats: _Formats, report: ManagerReport, first: int, keys: list[str]) -> None:
    rows = report.rows
    columns = {key: rows[key].to_numpy(dtype=object) for key in keys}
    segments = report.segments
    wrapped = [(columns[key], WIDTHS[key]) for key in WRAPPED]
    for offset in range(len(rows)):
        row = first + offset
        _fit_row(sheet, row, [(column[offset], width) for column, width in wrapped])
        for col, key in enumerate(keys):
            value = columns[key][offset]
            if key == "segment":
                sheet.write_string(row, col, str(value), formats.segment(int(segments[offset])))
            elif key == "next_step":
                sheet.write_string(row, col, "", formats.next_step)
            else:
                style = formats.wrap if key in WRAPPED else formats.text
                _write_value(sheet, row, col, value, formats.numbers.get(key), style)


def _fit_row(sheet, row: int, cells: list[tuple[object, float]]) -> None:
    """Excel and LibreOffice do not grow a row for wrapped text on their own: make it as
    tall as its longest (text, column width) needs."""
    lines = max(_lines(value, width) for value, width in cells)
    if lines > 1:
        sheet.set_row(row, LINE_HEIGHT * lines + 2)


def _write_value(sheet, row: int, col: int, value, number_format, text_format) -> None:
    """A number in ``number_format`` (when given), else text; a missing value as an
    empty cell, bordered like its neighbours."""
    if is_missing(value) or (isinstance(value, str) and not value):
        sheet.write_blank(row, col, None, number_format or text_format)
    elif number_format is not None:
        # Rounded past what any format shows: no 55.00000000000001 in Excel.
        sheet.write_number(row, col, round(float(value), 9), number_format)
    else:
        sheet.write_string(row, col, str(value), text_format)


def _lines(value, width: int) -> int:
    if not isinstance(value, str) or not value:
        return 1
    # Calibri 10 fits about 1.25 characters of German or English text per unit of column
    # width (measured with its metric twin Carlito in LibreOffice). Long words wrap whole.
    capacity = max(int(width * 1.25), 1)
    lines, used = 1, 0
    for piece in value.split():
        size = len(piece) + (1 if used else 0)
        if used + size > capacity:
            lines += 1
            used = len(piece)
        else:
            used += size
    return lines + value.count("\n")


def _print_setup(sheet, report: ManagerReport, header_row: int, last_col: int, last_row: int) -> None:
    sheet.set_landscape()
    sheet.set_paper(9)  # A4
    sheet.fit_to_pages(1, 0)  # one page wide, as many pages tall as needed
    sheet.repeat_rows(header_row)
    sheet.set_margins(left=0.4, right=0.4, top=0.7, bottom=0.6)
    title = _escape_header(report.title)
    sheet.set_header(f'&L&"Calibri,Bold"{title}&R{_escape_header(report.date)}', {"margin": 0.3})
    sheet.set_footer(
        f"&L{_escape_header(report.subtitle[1])}&R{word('page', report.language)}", {"margin": 0.3}
    )
    sheet.print_area(0, 0, last_row, last_col)
    sheet.hide_gridlines(1)  # not on paper; the table has its own light borders


def _escape_header(text: str) -> str:
    """'&' starts a code in Excel's header and footer: a literal one is '&&'."""
    return text.replace("&", "&&")


def _write_chart_sheet(book, formats: _Formats, name: str, report: ManagerReport, picture) -> None:
    sheet = book.add_worksheet(name)
    # Columns and rows of a stated size: a reader that assumes other defaults than
    # Excel (LibreOffice does) would otherwise stretch the picture anchored to them.
    sheet.set_column(0, 20, 8.43)
    for row in range(2, 45):
        sheet.set_row(row, 15)
    sheet.set_row(0, 21)  # the title's 15 points need the room
    sheet.write_string(0, 0, report.title, formats.title)
    sheet.write_string(1, 0, report.subtitle[1], formats.subtitle)
    sow, kzi, segments, potential = report.points
    image = picture.render(sow, kzi, segments, report.thresholds, report.language, potential=potential)
    sheet.insert_image(3, 0, "quadrant.png", {"image_data": io.BytesIO(image), "object_position": 3})
    sheet.set_landscape()
    sheet.set_paper(9)
    sheet.fit_to_pages(1, 1)
    sheet.set_margins(left=0.4, right=0.4, top=0.7, bottom=0.6)
    sheet.set_header(
        f'&L&"Calibri,Bold"{_escape_header(report.title)}&R{_escape_header(report.date)}', {"margin": 0.3}
    )
    sheet.set_footer(f"&L{_escape_header(report.subtitle[1])}", {"margin": 0.3})


# --------------------------------------------------------------------------- overview


def export_overview(
    document: CustomerDocument, path: Path | str, *, language: str = "en", force: bool = False
) -> Path:
    """The sales lead's workbook: managers × segments (customers and untapped potential),
    then every customer with its segment and manager."""
    path = Path(path)
    _check_target(path.parent, [path], force)
    write_atomically(path, lambda target: _write_overview(target, document, language))
    return path


def _write_overview(target: Path, document: CustomerDocument, language: str) -> None:
    import xlsxwriter

    from segmenter_app.core.outputs.report_data import header, threshold_line

    book = xlsxwriter.Workbook(
        str(target), {"strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False}
    )
    formats = _Formats(book)
    sheet = book.add_worksheet(safe_sheet_name(word("overview_sheet", language), set()))
    sheet.set_row(0, 21)  # the title's 15 points need the room
    sheet.write_string(0, 0, word("overview_title", language), formats.title)
    today = format_date(datetime.date.today(), language)
    subtitle = " · ".join(
        (
            word("as_of", language, date=today),
            threshold_line(document, language),
            word("source", language, file=document.report.path.name),
        )
    )
    sheet.write_string(1, 0, subtitle, formats.subtitle)
    prepared, result = document.prepared, document.result
    names = document.managers
    segment_codes = [*range(4), -1]
    segment_titles = [*sg.SEGMENTS, word("unclassified", language)]
    potential = np.nan_to_num(prepared.potential)
    counts = np.zeros((len(names), 5), dtype=np.int64)
    sums = np.zeros((len(names), 5))
    for column, code in enumerate(segment_codes):
        mask = result.segment == code
        counts[:, column] = np.bincount(prepared.manager_codes[mask], minlength=len(names))
        sums[:, column] = np.bincount(
            prepared.manager_codes[mask], weights=potential[mask], minlength=len(names)
        )
    total_potential = float(sums.sum()) or 1.0
    for block, (title_key, values, number) in enumerate(
        (("counts_by", counts, formats.integer), ("potential_by", sums, formats.money))
    ):
        top = 4 + block * (len(names) + 5)
        sheet.write_string(top, 0, word(title_key, language), formats.summary_header)
        sheet.write_string(top + 1, 0, word("manager", language), formats.header)
        for column, title in enumerate(segment_titles, start=1):
            style = formats.segment_headers.get(title, formats.header)
            sheet.write_string(top + 1, column, title, style)
        sheet.set_row(top + 1, 40)  # three lines: "Share of all untapped potential"
        sheet.write_string(top + 1, 6, word("total", language), formats.header)
        if block == 1:
            sheet.write_string(top + 1, 7, word("share_of_potential", language), formats.header)
        for offset, manager in enumerate(names):
            row = top + 2 + offset
            sheet.write_string(row, 0, manager or word("no_manager", language), formats.text)
            for column in range(5):
                sheet.write_number(row, column + 1, float(values[offset, column]), number)
            sheet.write_number(row, 6, float(values[offset].sum()), number)
            if block == 1:
                sheet.write_number(row, 7, float(values[offset].sum()) / total_potential, formats.percent)
        total_row = top + 2 + len(names)
        sheet.write_string(total_row, 0, word("total", language), formats.summary_total)
        for column in range(5):
            sheet.write_number(
                total_row,
                column + 1,
                float(values[:, column].sum()),
                formats.summary_money_total if block else formats.summary_int_total,
            )
        sheet.write_number(
            total_row,
            6,
            float(values.sum()),
            formats.summary_money_total if block else formats.summary_int_total,
        )
        if block == 1:
            sheet.write_number(total_row, 7, 1.0 if values.sum() else 0.0, formats.summary_percent_total)
    sheet.set_column(0, 0, 28)
    sheet.set_column(1, 7, 14)
    sheet.set_landscape()
    sheet.set_paper(9)
    # Both tables on one page while they fit on one at a readable size.
    sheet.fit_to_pages(1, 1 if len(names) <= 12 else 0)
    page_header = (
        f'&L&"Calibri,Bold"{_escape_header(word("overview_title", language))}&R{_escape_header(today)}'
    )
    sheet.set_header(page_header, {"margin": 0.3})
    sheet.set_footer(f"&R{word('page', language)}")

    customers = book.add_worksheet(safe_sheet_name(word("customers_sheet", language), set()))
    keys = [
        "account_manager",
        "priority",
        "segment",
        "triage",
        "customer_id",
        "customer_name",
        "share_of_wallet",
        "satisfaction",
        "revenue",
        "wallet",
        "potential",
        "notes",
    ]
    widths = [22, 11, 9, 10, 11, 30, 7, 6, 12, 12, 13.5, 36]
    names = [word("manager", language)] + [header(key, language) for key in keys[1:]]
    titles = [_sheet_header(width, title) for width, title in zip(widths, names)]
    customers.set_row(0, LINE_HEIGHT * max(title.count("\n") + 1 for title, _ in titles) + 2)
    for column, (title, width) in enumerate(titles):
        customers.write_string(0, column, title, formats.header)
        customers.set_column(column, column, width)
    order = np.lexsort(
        (np.where(result.priority > 0, result.priority, np.iinfo(np.int32).max), prepared.manager_codes)
    )
    table = document.table
    columns = {
        "account_manager": table["account_manager"].to_numpy(dtype=object),
        "priority": np.where(result.priority > 0, result.priority, np.nan).astype(float),
        "segment": np.array(["", *sg.SEGMENTS], dtype=object)[result.segment.astype(np.int64) + 1],
        "triage": None,
        "customer_id": table["customer_id"].to_numpy(dtype=object),
        "customer_name": table["customer_name"].to_numpy(dtype=object),
        "share_of_wallet": prepared.sow,
        "satisfaction": prepared.kzi,
        "revenue": table["revenue"].to_numpy(dtype=np.float64),
        "wallet": table["wallet"].to_numpy(dtype=np.float64),
        "potential": prepared.potential,
        "notes": table["notes"].to_numpy(dtype=object),
    }
    from segmenter_app.core.text import texts

    columns["triage"] = np.array(
        ["", texts.tr(texts.TRIAGE_LABELS[0], language), texts.tr(texts.TRIAGE_LABELS[1], language)],
        dtype=object,
    )[result.triage.astype(np.int64) + 1]
    wrapped = {key: widths[keys.index(key)] for key in ("customer_name", "notes")}
    for offset, row in enumerate(order, start=1):
        _fit_row(customers, offset, [(columns[key][row], width) for key, width in wrapped.items()])
        for column, key in enumerate(keys):
            value = columns[key][row]
            if key == "segment":
                style = formats.segment(int(result.segment[row]))
                customers.write_string(offset, column, str(value) or "–", style)
            else:
                style = formats.wrap if key in wrapped else formats.text
                _write_value(customers, offset, column, value, formats.numbers.get(key), style)
    customers.freeze_panes(1, 0)
    customers.autofilter(0, 0, len(order), len(keys) - 1)
    customers.set_landscape()
    customers.set_paper(9)
    customers.fit_to_pages(1, 0)
    customers.repeat_rows(0)
    customers.set_header(page_header, {"margin": 0.3})
    customers.set_footer(f"&R{word('page', language)}")
    book.close()


# --------------------------------------------------------------------------- everything


def export_all(
    document: CustomerDocument,
    out_dir: Path | str,
    *,
    layout: str = "files",
    language: str = "en",
    managers: list[str] | None = None,
    pdf: bool = False,
    overview: bool = True,
    force: bool = False,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[Path]:
    """What ``segmenter export`` and File ▸ Export for managers write: the workbooks, the
    overview, and with ``pdf`` the priority sheets (one PDF per manager, or one for all
    with the ``sheets`` layout).  Nothing is written when a file exists and not ``force``."""
    from segmenter_app.core.outputs.pdf_sheets import write_pdf

    out_dir = Path(out_dir)
    reports = manager_reports(document, language, managers)
    overview_path = out_dir / (safe_file_name(word("overview_sheet", language)) + ".xlsx")
    pdfs: list[Path] = []
    if pdf:
        pdfs = (
            [out_dir / (safe_file_name(word("all_customers", language)) + ".pdf")]
            if layout == "sheets"
            else [p.with_suffix(".pdf") for p in planned_paths(reports, out_dir, "files", language)]
        )
    wanted = planned_paths(reports, out_dir, layout, language) + pdfs + ([overview_path] if overview else [])
    _check_target(out_dir, wanted, force)

    def stage(low: float, high: float):
        return (lambda fraction: progress(low + (high - low) * fraction)) if progress else None

    share = 0.6 if pdf else 0.95
    result = export_workbooks(
        document,
        out_dir,
        layout=layout,
        language=language,
        managers=managers,
        force=True,
        progress=stage(0.0, share),
        cancelled=cancelled,
    )
    written = list(result.paths)
    if overview:
        written.append(export_overview(document, overview_path, language=language, force=True))
    if pdfs:
        groups = [reports] if layout == "sheets" else [[report] for report in reports]
        for index, (group, path) in enumerate(zip(groups, pdfs)):
            written.append(write_pdf(group, path, cancelled=cancelled))
            if progress:
                progress(share + (1 - share) * (index + 1) / len(pdfs))
    if progress:
        progress(1.0)
    return written
