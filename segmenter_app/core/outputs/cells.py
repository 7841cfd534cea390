"""Cells of an xlsxwriter workbook: the shared formats, values written as text or numbers
(never formulas), rows tall enough for wrapped text, header text escaped."""

from __future__ import annotations

from segmenter_app.core.errors import ExportCancelled, ExportError  # noqa: F401 (re-exported)
from segmenter_app.core.model import segmentation as sg
from segmenter_app.core.outputs.chart_style import COLOURS, UNCLASSIFIED_COLOUR
from segmenter_app.core.outputs.report_data import (
    header_lines,
    is_missing,
)

#: Points per line of 10-point text, for rows whose text wraps.
LINE_HEIGHT = 12.75


class Formats:
    def __init__(self, book, currency: str = "€") -> None:
        money = f'#,##0 "{currency}"'
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
        self.money = book.add_format({**base, "num_format": money})
        #: an estimated wallet: "≈", italic, blue, as the window shows it
        self.estimated_money = book.add_format(
            {**base, "num_format": '"≈ "' + money, "italic": True, "font_color": "#1F5FA8"}
        )
        self.percent = book.add_format({**base, "num_format": "0%"})
        self.points = book.add_format({**base, "num_format": "0.0"})
        #: a change in points, its sign always shown (ΔSoW)
        self.delta = book.add_format({**base, "num_format": "+0.0;-0.0;0.0"})
        self.next_step = book.add_format({**base, "bottom": 1, "bottom_color": "#BBBBBB"})
        self.visits = book.add_format({**base, "num_format": "General", "align": "right"})
        self.overflow = book.add_format({**base, "text_wrap": True, "bold": True, "font_color": "#D55E00"})
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
            "visits_planned": self.visits,
            "delta_sow": self.delta,
        }
        self.summary_header = book.add_format(
            {**plain, "bold": True, "bottom": 1, "text_wrap": True, "valign": "bottom"}
        )
        self.summary_text = book.add_format(plain)
        self.summary_integer = book.add_format({**plain, "num_format": "0"})
        self.summary_money = book.add_format({**plain, "num_format": money})
        self.summary_name = {
            name: book.add_format({**plain, "bold": True, "font_color": COLOURS[name][0]})
            for name in sg.SEGMENTS
        }
        self.summary_total = book.add_format({**plain, "bold": True, "top": 1})
        self.summary_money_total = book.add_format({**plain, "bold": True, "top": 1, "num_format": money})
        self.summary_int_total = book.add_format({**plain, "bold": True, "top": 1, "num_format": "0"})
        self.summary_percent_total = book.add_format({**plain, "bold": True, "top": 1, "num_format": "0%"})

    def segment(self, code: int):
        """A segment cell's format: filled in its colour (grey text when unclassified)."""
        return self.segments[sg.SEGMENTS[code]] if code >= 0 else self.unclassified


def fit_header(width: float, title: str) -> float:
    """A column width at which the header wraps between words, never inside one:
    bold text needs a little more than a character of width per letter."""
    return max(width, max((len(part) for part in title.split()), default=0) * 1.1 + 1)


def sheet_header(width: float, title: str) -> tuple[str, float]:
    """A manager sheet's header in lines, a long word split where German splits it
    ("Einkaufs-" / "volumen"), and the column width it needs."""
    lines = header_lines(title, max(int((width - 1) / 1.1), 4))
    return "\n".join(lines), fit_header(width, " ".join(lines))


def fit_row(sheet, row: int, cells: list[tuple[object, float]]) -> None:
    """Excel and LibreOffice do not grow a row for wrapped text on their own: make it as
    tall as its longest (text, column width) needs."""
    lines = max(wrapped_lines(value, width) for value, width in cells)
    if lines > 1:
        sheet.set_row(row, LINE_HEIGHT * lines + 2)


def write_value(sheet, row: int, col: int, value, number_format, text_format) -> None:
    """A number in ``number_format`` (when given), else text; a missing value as an
    empty cell, bordered like its neighbours."""
    if is_missing(value) or (isinstance(value, str) and not value):
        sheet.write_blank(row, col, None, number_format or text_format)
    elif number_format is not None:
        # Rounded past what any format shows: no 55.00000000000001 in Excel.
        sheet.write_number(row, col, round(float(value), 9), number_format)
    else:
        sheet.write_string(row, col, str(value), text_format)


def wrapped_lines(value, width: int) -> int:
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


def escape_header(text: str) -> str:
    """'&' starts a code in Excel's header and footer: a literal one is '&&'."""
    return text.replace("&", "&&")
