"""Prioritised workbooks per account manager, and the overview for the sales lead.

Each manager's sheet: a title block (manager, date, the thresholds in force), the
customers in priority order with real number formats and the segment filled in its
colour, a summary per segment, and a second sheet with the manager's quadrant chart.
Print-ready: A4 landscape, one page wide, the header row repeated, the manager, the date
and "page x of y" in the header and footer.

Written with xlsxwriter (several times faster than openpyxl for the same formatting),
every text as text — a note starting with "=" never becomes a formula — to a temporary
file that is renamed into place.  ``export_jobs`` schedules the files; ``overview`` writes
the sales lead's workbook; ``cells`` holds the formats both use.
"""

from __future__ import annotations

import io
from pathlib import Path

from segmenter_app.core import columns as registry
from segmenter_app.core.errors import ExportCancelled
from segmenter_app.core.outputs.cells import (
    LINE_HEIGHT,
    Formats,
    escape_header,
    fit_header,
    fit_row,
    sheet_header,
    text_extent,
    write_value,
)
from segmenter_app.core.outputs.column_widths import fit_widths
from segmenter_app.core.outputs.report_data import (
    COLUMNS,
    EDITABLE_KEYS,
    ManagerReport,
    is_missing,
    safe_sheet_name,
    word,
)
from segmenter_app.core.outputs.returnable import EditableFormats, protect, write_baseline, write_editable
from segmenter_app.core.text.export_columns import cell_text

#: Column widths (characters) for the manager sheet: the registry's workbook places.
WIDTHS = {place.name or column.key: place.width for column, place in registry.places("workbook")}
#: Columns whose text wraps (the row grows to hold it).
WRAPPED = ("triage", "customer_name", "action", "notes", "visits_planned", "next_step")
#: The manager sheet's width in character units: one A4 landscape page, printed at
#: about three quarters (10-point text at about 7.5 points).
PAGE_WIDTH = 207.0
#: A wrapping column is never made wider than this for its longest text (a line of
#: about 45 characters reads well); longer texts wrap.
LONGEST_LINE = 36.0


# --------------------------------------------------------------------------- one workbook


def write_book(target: Path, reports: list[ManagerReport], progress, cancelled, picture=None) -> None:
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
    formats = Formats(book, reports[0].currency if reports else "€")
    editable = EditableFormats(book, reports[0].language if reports else "en")
    taken: set[str] = set()
    for index, report in enumerate(reports):
        if cancelled is not None and cancelled():
            book.close()
            raise ExportCancelled()
        name = report.manager or word("no_manager", report.language)
        sheet_name = safe_sheet_name(name, taken)
        _write_manager_sheet(book, formats, editable, sheet_name, report)
        chart_name = safe_sheet_name(
            f"{word('chart_sheet', report.language)} {name}"
            if len(reports) > 1
            else word("chart_sheet", report.language),
            taken,
        )
        _write_chart_sheet(book, formats, chart_name, report, picture)
        if progress:
            progress((index + 1) / len(reports))
    if reports:
        write_baseline(book, reports)
    book.close()


def _write_manager_sheet(
    book, formats: Formats, editable: EditableFormats, name: str, report: ManagerReport
) -> None:
    sheet = book.add_worksheet(name)
    keys = report.columns or [key for key, _ in COLUMNS]
    widths, hidden = _widths(report, keys)
    headers = [sheet_header(widths[key], title) for key, title in zip(keys, report.headers)]
    for col, (_title, width) in enumerate(headers):
        # An empty column is hidden, not removed: a returned workbook keeps its layout.
        sheet.set_column(col, col, width, None, {"hidden": keys[col] in hidden})
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
    _write_rows(sheet, formats, editable, report, header_row + 1, keys, widths)
    last_row = header_row + len(report.rows)
    protect(sheet, header_row + 1, last_row, keys.index("status"), report.language)
    sheet.freeze_panes(header_row + 1, 0)
    sheet.autofilter(header_row, 0, max(last_row, header_row), len(keys) - 1)
    summary_end = _write_summary(sheet, formats, report, last_row + 2, keys)
    _print_setup(sheet, report, header_row, len(keys) - 1, summary_end)


def _write_summary(sheet, formats: Formats, report: ManagerReport, top: int, keys: list[str]) -> int:
    """Customers, revenue and potential per segment, from row ``top``; the last row."""
    language = report.language
    # Under the columns of the customer's name, the two after it, revenue and potential.
    label = keys.index("customer_name")
    count, revenue, potential = label + 1, keys.index("revenue"), keys.index("potential")
    # Under the columns they sum; a header as the table's, in lines that fit.
    titles = {key: sheet_header(WIDTHS[key], _header(report, key))[0] for key in ("revenue", "potential")}
    sheet.set_row(top, LINE_HEIGHT * max(title.count("\n") + 1 for title in titles.values()) + 2)
    sheet.write_string(top, label, word("summary", language), formats.summary_header)
    numbers = formats.summary_header_number
    sheet.merge_range(top, count, top, count + 1, word("count", language), numbers)
    sheet.write_string(top, revenue, titles["revenue"], numbers)
    sheet.write_string(top, revenue + 1, "", formats.summary_header)
    sheet.write_string(top, potential, titles["potential"], numbers)
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
    if report.capacity_line:
        row += 2
        sheet.write_string(row, label, report.capacity_line, formats.summary_text)
    return row


def _widths(report: ManagerReport, keys: list[str]) -> tuple[dict[str, float], set[str]]:
    """Each column as wide as its content needs (``column_widths.fit_widths`` on
    :data:`PAGE_WIDTH`): no header word and no word of a wrapping column is ever split
    (the page is printed smaller rather), a wrapping column gets its width of
    :data:`WIDTHS` where its texts need it and the room left where they need more; and
    the columns empty for every customer, which are hidden (an editable column stays:
    the manager writes into it)."""
    rows = report.rows
    hidden = set()
    shown, words, preferred, natural = [], [], [], []
    for key, title in zip(keys, report.headers):
        base = WIDTHS.get(key, 10.0)
        values = rows[key].to_numpy(dtype=object) if key in rows else []
        if key not in EDITABLE_KEYS and not any(not is_missing(value) and value != "" for value in values):
            hidden.add(key)
            continue
        head = fit_header(0, title)
        if key in WRAPPED or key == "customer_id":
            low, high = text_extent(str(v) if isinstance(v, (int, float)) else v for v in values)
            low = max(low, head)
            high = max(min(high, LONGEST_LINE), low)
            if key in EDITABLE_KEYS:  # room to type in
                low, high = max(low, base), max(high, base)
            liked = min(high, max(low, base))
        else:
            low = high = liked = max(base, head)
        shown.append(key)
        words.append(low)
        preferred.append(liked)
        natural.append(high)
    if sum(preferred) <= PAGE_WIDTH:
        fitted = fit_widths(preferred, natural, PAGE_WIDTH, [WIDTHS.get(k, 10.0) for k in shown])
    else:
        # Not room for all: the advice keeps its width first (its sentences are the
        # longest), names and notes wrap a line more.
        action = shown.index("action") if "action" in shown else None
        if action is not None and sum(words) - words[action] + preferred[action] <= PAGE_WIDTH:
            words[action] = preferred[action]
        fitted = fit_widths(words, preferred, max(PAGE_WIDTH, sum(words)), [0.0] * len(shown))
    widths = dict(zip(shown, fitted))
    widths.update({key: WIDTHS.get(key, 10.0) for key in hidden})
    return widths, hidden


def _header(report: ManagerReport, key: str) -> str:
    return report.headers[(report.columns or [k for k, _ in COLUMNS]).index(key)]


def _write_rows(
    sheet,
    formats: Formats,
    editable: EditableFormats,
    report: ManagerReport,
    first: int,
    keys: list[str],
    widths: dict[str, float],
) -> None:
    rows = report.rows
    columns = {key: rows[key].to_numpy(dtype=object) for key in keys}
    segments = report.segments
    overdue = report.overdue if len(report.overdue) == len(rows) else [False] * len(rows)
    estimated = rows["wallet_estimated"].to_numpy(dtype=bool) if "wallet_estimated" in rows else None
    wrapped = [(columns[key], widths[key]) for key in WRAPPED]
    for offset in range(len(rows)):
        row = first + offset
        fit_row(sheet, row, [(column[offset], width) for column, width in wrapped])
        for col, key in enumerate(keys):
            value = columns[key][offset]
            if key == "segment":
                sheet.write_string(row, col, str(value), formats.segment(int(segments[offset])))
            elif key == "visits_planned" and isinstance(value, str) and value:
                sheet.write_string(row, col, value, formats.overflow)  # beyond capacity
            elif key in EDITABLE_KEYS:
                write_editable(sheet, editable, row, col, key, value, bool(overdue[offset]), report.language)
            elif key == "wallet" and estimated is not None and estimated[offset]:
                write_value(sheet, row, col, value, formats.estimated_money, formats.text)
            else:
                style = formats.wrap if key in WRAPPED else formats.text
                if isinstance(value, str):
                    value = cell_text(value, report.language)  # a name of any length: cut, said so
                write_value(sheet, row, col, value, formats.numbers.get(key), style)


def _print_setup(sheet, report: ManagerReport, header_row: int, last_col: int, last_row: int) -> None:
    sheet.set_landscape()
    sheet.set_paper(9)  # A4
    sheet.fit_to_pages(1, 0)  # one page wide, as many pages tall as needed
    sheet.repeat_rows(header_row)
    sheet.set_margins(left=0.25, right=0.25, top=0.7, bottom=0.6)
    title = escape_header(report.title)
    sheet.set_header(f'&L&"Calibri,Bold"{title}&R{escape_header(report.date)}', {"margin": 0.3})
    sheet.set_footer(
        f"&L{escape_header(report.subtitle[1])}&R{word('page', report.language)}", {"margin": 0.3}
    )
    sheet.print_area(0, 0, last_row, last_col)
    sheet.hide_gridlines(1)  # not on paper; the table has its own light borders


def _write_chart_sheet(book, formats: Formats, name: str, report: ManagerReport, picture) -> None:
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
    image = picture.render(
        sow, kzi, segments, report.thresholds, report.language, potential=potential, currency=report.currency
    )
    sheet.insert_image(3, 0, "quadrant.png", {"image_data": io.BytesIO(image), "object_position": 3})
    sheet.set_landscape()
    sheet.set_paper(9)
    sheet.fit_to_pages(1, 1)
    sheet.set_margins(left=0.4, right=0.4, top=0.7, bottom=0.6)
    sheet.set_header(
        f'&L&"Calibri,Bold"{escape_header(report.title)}&R{escape_header(report.date)}', {"margin": 0.3}
    )
    sheet.set_footer(f"&L{escape_header(report.subtitle[1])}", {"margin": 0.3})


# --------------------------------------------------------------------------- overview


# --------------------------------------------------------------------------- everything
