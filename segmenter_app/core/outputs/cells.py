"""Cells of an xlsxwriter workbook: the shared formats, values written as text or numbers
(never formulas), rows tall enough for wrapped text, header text escaped."""

from __future__ import annotations

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
                "font_size": HEADER_POINTS,
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
            "worth": self.money,
            "visits_planned": self.visits,
            "delta_sow": self.delta,
        }
        self.summary_header = book.add_format(
            {**plain, "bold": True, "bottom": 1, "text_wrap": True, "valign": "bottom"}
        )
        #: over the summary's numbers: right-aligned as they are (left, "Kunden" stood
        #: over the empty half of its two columns and seemed to head another column)
        self.summary_header_number = book.add_format(
            {**plain, "bold": True, "bottom": 1, "text_wrap": True, "valign": "bottom", "align": "right"}
        )
        self.summary_text = book.add_format(plain)
        #: a heading over a table: one line, into the empty cells beside it (never cut
        #: by a wrap in a narrow first column)
        self.heading = book.add_format({**plain, "bold": True})
        #: a sentence over several columns, wrapped (its row made as tall as it needs)
        self.wrapped_note = book.add_format(
            {**plain, "font_color": "#444444", "text_wrap": True, "valign": "top"}
        )
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


#: The headers' size: a point smaller than the cells, so that a header's longest word
#: ("Einkaufsvolumen", "Kundennummer") asks little more of its column than its numbers.
HEADER_POINTS = 9

#: Advance widths (thousandths of an em) of Calibri, regular and bold, taken from its
#: metric twin Carlito: a column's width is measured, not guessed from a letter count
#: ("Einkaufsvolumen" is narrow letters, "Kundennummer" wide ones).
_MEASURED = (
    " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~"
    "ÄÖÜäöüßéèàáâçñ€§°–—…·«»„“”‘’"
)
_REGULAR = (
    "226 326 401 498 507 715 682 221 303 303 498 498 250 306 252 386 507 507 507 507 507 507 507 507 "
    "507 507 268 268 498 498 498 463 894 579 544 533 615 488 459 631 623 252 319 520 420 855 646 662 "
    "517 673 543 459 487 642 567 890 519 487 468 307 386 307 498 498 291 479 525 423 525 498 305 471 "
    "525 229 239 455 229 799 525 527 525 525 349 391 335 525 452 715 433 453 395 314 460 314 498 579 "
    "662 642 479 527 525 527 498 498 479 479 479 423 525 507 498 339 498 905 690 252 512 512 418 418 "
    "418 250 250"
)
_BOLD = (
    "226 326 438 498 507 729 705 233 312 312 498 498 258 306 267 430 507 507 507 507 507 507 507 507 "
    "507 507 276 276 498 498 498 463 898 606 561 529 630 488 459 637 631 267 331 547 423 874 659 676 "
    "532 686 563 473 495 653 591 906 551 520 478 325 430 325 498 498 300 494 537 418 537 503 316 474 "
    "537 246 255 480 246 813 537 538 537 537 355 399 347 537 473 745 459 474 397 344 475 344 498 606 "
    "676 653 494 538 537 555 503 503 494 494 494 418 537 507 498 342 498 905 711 268 539 539 435 435 "
    "435 258 258"
)
_ADVANCES = {
    bold: dict(zip(_MEASURED, map(int, table.split()))) for bold, table in ((False, _REGULAR), (True, _BOLD))
}
#: A unit of column width is the width of a digit of the default font, 7 pixels at 96
#: dpi; a cell keeps about 5 pixels of margin.  A tenth of a unit more, for safety.
_PIXELS_PER_UNIT, _MARGIN = 7.0, 5.0 / 7.0 + 0.1


def text_units(text: str, points: float = 10, bold: bool = False) -> float:
    """The width of a line of Calibri text in units of column width (margin included)."""
    import unicodedata

    advances = _ADVANCES[bold]
    em = 0
    for char in text:
        width = advances.get(char)
        if width is None:
            width = 1000 if unicodedata.east_asian_width(char) in "WF" else 560
        em += width
    return em / 1000 * points * 96 / 72 / _PIXELS_PER_UNIT + _MARGIN


def fit_header(width: float, title: str) -> float:
    """A column width at which the header wraps between words, never inside one (and
    at least a unit a letter, whatever the font)."""
    return max(
        width,
        max((max(text_units(part, HEADER_POINTS, True), len(part)) for part in title.split()), default=0),
    )


def sheet_header(width: float, title: str) -> tuple[str, float]:
    """A header in lines broken between words (never a hyphen in the cell's text), and
    the column width it needs: at least its longest word."""
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


def text_extent(values) -> tuple[float, float]:
    """(widest word, widest line) of some texts, in units of column width: what a
    column needs so that no word is split, and so that every text is one line."""
    longest_word, longest_line = "", ""
    word = line = 0.0
    for value in values:
        if not isinstance(value, str) or not value:
            continue
        for part in value.splitlines():
            if len(part) + 8 >= len(longest_line):  # a few letters shorter may be wider
                units = text_units(part)
                if units > line:
                    line, longest_line = units, part
            if len(part) + 8 >= len(longest_word):
                for piece in part.split():
                    if len(piece) + 4 >= len(longest_word):
                        units = text_units(piece)
                        if units > word:
                            word, longest_word = units, piece
    return word, line


def wrapped_lines(value, width: float) -> int:
    """How many lines a text takes in a column ``width`` units wide, words moved whole
    to the next line as Excel and LibreOffice do, each word measured."""
    if not isinstance(value, str) or not value:
        return 1
    # A column of w units is 7w + 5 pixels, about 4 of them padding; a little to spare.
    room = width + 0.1
    space = text_units(" ") - _MARGIN
    lines = 0
    for paragraph in value.split("\n"):
        lines += 1
        used = 0.0
        for piece in paragraph.split():
            size = text_units(piece) - _MARGIN
            if used and used + space + size > room:
                lines += 1
                used = size
            else:
                used += (space if used else 0.0) + size
    return lines


def escape_header(text: str) -> str:
    """'&' starts a code in Excel's header and footer: a literal one is '&&'."""
    return text.replace("&", "&&")
