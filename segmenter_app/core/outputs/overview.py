"""The sales lead's workbook: managers × segments, the team's resources against its
potential (``team_output``), then every customer with its segment and manager."""

from __future__ import annotations

import datetime
from pathlib import Path

import numpy as np

from segmenter_app.core.fileio import write_atomically
from segmenter_app.core.model import segmentation as sg
from segmenter_app.core.model.actions import action_counts
from segmenter_app.core.model.document import CustomerDocument
from segmenter_app.core.model.wallet import ESTIMATED
from segmenter_app.core.outputs.cells import (
    LINE_HEIGHT,
    Formats,
    escape_header,
    fit_row,
    sheet_header,
    write_value,
)
from segmenter_app.core.outputs.report_data import (
    format_date,
    safe_sheet_name,
    word,
)
from segmenter_app.core.outputs.targets import check_target


def export_overview(
    document: CustomerDocument,
    path: Path | str,
    *,
    language: str = "en",
    force: bool = False,
    inputs: tuple[Path, ...] = (),
    periods=None,
) -> Path:
    """The sales lead's workbook: managers × segments (customers and untapped potential),
    then every customer with its segment and manager; for a project of several
    ``periods`` (``document`` the last), their History sheet."""
    path = Path(path)
    check_target(path.parent, [path], force, (document.report.path, *inputs))
    write_atomically(path, lambda target: _write_overview(target, document, language, periods))
    return path


def _write_overview(target: Path, document: CustomerDocument, language: str, periods=None) -> None:
    import xlsxwriter

    from segmenter_app.core.outputs.report_data import header, threshold_line

    book = xlsxwriter.Workbook(
        str(target), {"strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False}
    )
    formats = Formats(book, document.currency)
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
    _write_action_counts(sheet, formats, document, language, 4 + 2 * (len(names) + 5))
    sheet.set_column(0, 0, 28)
    sheet.set_column(1, 7, 14)
    sheet.set_landscape()
    sheet.set_paper(9)
    # Both tables on one page while they fit on one at a readable size.
    sheet.fit_to_pages(1, 1 if len(names) <= 12 else 0)
    def page_header(part: str | None = None) -> str:
        """The running head: the overview's title (and, on the later sheets, the
        sheet's name: "Übersicht … · Ressourcen gegen Potenzial"), and the date."""
        title = word("overview_title", language) + (f" · {part}" if part else "")
        return f'&L&"Calibri,Bold"{escape_header(title)}&R{escape_header(today)}'

    sheet.set_header(page_header(), {"margin": 0.3})
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
    titles = [sheet_header(width, title) for width, title in zip(widths, names)]
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
        "wallet": (
            prepared.wallets.wallet
            if prepared.wallets is not None
            else table["wallet"].to_numpy(dtype=np.float64)
        ),
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
        fit_row(customers, offset, [(columns[key][row], width) for key, width in wrapped.items()])
        for column, key in enumerate(keys):
            value = columns[key][row]
            if key == "segment":
                style = formats.segment(int(result.segment[row]))
                customers.write_string(offset, column, str(value) or "–", style)
            elif (
                key == "wallet" and prepared.wallets is not None and prepared.wallets.source[row] == ESTIMATED
            ):
                write_value(customers, offset, column, value, formats.estimated_money, formats.text)
            else:
                style = formats.wrap if key in wrapped else formats.text
                write_value(customers, offset, column, value, formats.numbers.get(key), style)
    customers.freeze_panes(1, 0)
    customers.autofilter(0, 0, len(order), len(keys) - 1)
    customers.set_landscape()
    customers.set_paper(9)
    customers.fit_to_pages(1, 0)
    customers.repeat_rows(0)
    customers.set_header(page_header(customers.name), {"margin": 0.3})
    customers.set_footer(f"&R{word('page', language)}")
    # Resources against potential (PRODUCT.md §6): the team table and the picture (a
    # sheet of its own, after the customers).
    from segmenter_app.core.outputs.team_output import team_sheet_name, write_team_sheet

    write_team_sheet(book, formats, document.plan, language, team_sheet_name(language), document)
    # The method over time (PRODUCT.md §8): a sheet of its own, last.
    from segmenter_app.core.outputs.history_sheet import write_history_sheet

    write_history_sheet(book, formats, periods, language, set())
    for sheet in book.worksheets()[2:]:  # the Team and History sheets: the same page frame
        sheet.set_header(page_header(sheet.name), {"margin": 0.3})
        sheet.set_footer(f"&R{word('page', language)}")
    book.close()


def _write_action_counts(
    sheet, formats: Formats, document: CustomerDocument, language: str, top: int
) -> None:
    """Per manager: the open actions, those overdue, and the done ones (section 7)."""
    counts = action_counts(document.table, document.prepared.manager_codes, document.managers)
    sheet.write_string(top, 0, word("actions_by", language), formats.summary_header)
    sheet.write_string(top + 1, 0, word("manager", language), formats.header)
    keys = ("open", "overdue", "done")
    for column, key in enumerate(keys, start=1):
        sheet.write_string(top + 1, column, word(f"actions_{key}", language), formats.header)
    totals = dict.fromkeys(keys, 0)
    for offset, manager in enumerate(document.managers):
        row = top + 2 + offset
        sheet.write_string(row, 0, manager or word("no_manager", language), formats.text)
        for column, key in enumerate(keys, start=1):
            sheet.write_number(row, column, counts[manager][key], formats.integer)
            totals[key] += counts[manager][key]
    total_row = top + 2 + len(document.managers)
    sheet.write_string(total_row, 0, word("total", language), formats.summary_total)
    for column, key in enumerate(keys, start=1):
        sheet.write_number(total_row, column, totals[key], formats.summary_int_total)
