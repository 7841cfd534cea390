"""The priority table of a sheet as a reportlab platypus ``Table``: the header row
repeated on every page, rows split between pages (never inside a row), each row as tall
as its longest cell (notes wrapped to at most six lines), segment badges, a line to
write on by hand, and a total row.

Cells are plain strings, wrapped here by measured width: reportlab draws a plain string
as it is (no markup to escape: ``$``, ``&``, ``<`` and backslashes print as typed), and
it is many times cheaper than a ``Paragraph`` per cell.  Which columns there are and
how each is written comes from ``report_data.SHEET_COLUMNS``.
"""

from __future__ import annotations

import datetime

import numpy as np
from reportlab.lib.colors import HexColor, white
from reportlab.pdfbase.pdfmetrics import getFont
from reportlab.platypus import Table, TableStyle

from segmenter_app.core.model import segmentation as sg
from segmenter_app.core.outputs import pdf_fonts
from segmenter_app.core.outputs.chart_style import COLOURS, UNCLASSIFIED_COLOUR
from segmenter_app.core.outputs.report_data import (
    SHEET_COLUMNS,
    ManagerReport,
    SheetColumn,
    format_date,
    header,
    header_lines,
    is_missing,
    word,
)
from segmenter_app.core.text import texts

FONT_SIZE = 7.2
HEADER_SIZE = 7.5
LEADING = 8.8
PAD_X, PAD_Y = 3.0, 2.4
#: A note (or any text) is shown whole up to this many lines; a longer one ends in "…"
#: (the workbook has all of it).
NOTE_LINES = 6
RIGHT_KINDS = ("rank", "number", "percent", "points", "money")
HEADER_FILL = HexColor("#DDEBF7")
STRIPE = HexColor("#F5F5F5")
RULE = HexColor("#999999")
#: Control characters a font has no glyph for (a tab becomes a space).
_CONTROL = {code: " " for code in (*range(0, 9), *range(11, 32), 127)}


def wrap(text: str, font: str, size: float, width: float, max_lines: int = NOTE_LINES) -> list[str]:
    """``text`` in lines no wider than ``width`` points: its own line breaks kept, words
    moved whole to the next line, a word longer than a line cut; more than
    ``max_lines`` lines end in "…"."""
    measure = getFont(font).stringWidth
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        if measure(paragraph, size) <= width:
            lines.append(paragraph)
        else:
            current = ""
            for piece in paragraph.split(" "):
                candidate = f"{current} {piece}" if current else piece
                if measure(candidate, size) <= width:
                    current = candidate
                    continue
                if current:
                    lines.append(current)
                while measure(piece, size) > width and len(piece) > 1:
                    cut = _fit(piece, measure, size, width)
                    lines.append(piece[:cut])
                    piece = piece[cut:]
                current = piece
            lines.append(current)
        if len(lines) > max_lines:
            break
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        last = lines[-1]
        while last and measure(last + "…", size) > width:
            last = last[:-1]
        lines[-1] = last.rstrip() + "…"
    return lines


def _fit(word_: str, measure, size: float, width: float) -> int:
    """How many characters of ``word_`` fit on a line (at least one)."""
    low, high = 1, len(word_)
    while low < high:
        middle = (low + high + 1) // 2
        if measure(word_[:middle], size) <= width:
            low = middle
        else:
            high = middle - 1
    return low


def header_text(column: SheetColumn, language: str, width: float, currency: str = "€") -> str:
    """The header of a column, wrapped to its width; long words split with a hyphen
    where German splits them ("Einkaufs-" "volumen"); amounts name their unit."""
    if column.short:
        name = word(column.short, language)
    elif column.title:
        name = texts.tr(column.title, language, "export")
    else:
        name = header(column.key, language)
    if column.kind == "money":
        name += f" ({currency})"
    return "\n".join(fit_words(name, pdf_fonts.BOLD, HEADER_SIZE, width - 2 * PAD_X))


def fit_words(text: str, font: str, size: float, width: float) -> list[str]:
    """``text`` in as few lines as fit ``width``: whole words where they fit, a longer
    word split with a hyphen (``report_data.header_lines``)."""
    measure = getFont(font).stringWidth
    limit = max(len(text), 1)
    lines = header_lines(text, limit)
    if not lines:
        return [""]
    while limit > 3 and max(measure(line, size) for line in lines) > width:
        limit -= 1
        lines = header_lines(text, limit)
    return lines


def short_actions(report: ManagerReport) -> np.ndarray:
    """The advice in a few words (the chart page has the sentences); an unclassified
    customer's reason stays whole."""
    values = report.rows["action"].to_numpy(dtype=object)
    language = report.language
    short = {
        texts.action_text(name, triage, language): texts.action_text(name, triage, language, short=True)
        for name in sg.SEGMENTS
        for triage in (sg.NO_TRIAGE, sg.OBSERVE, sg.PRIORITISE)
    }
    return np.array([short.get(value, value) for value in values], dtype=object)


def _formatter(kind: str, language: str):
    if kind == "rank":
        return lambda value: str(int(value))
    if kind == "number":
        return lambda value: (
            value
            if isinstance(value, str)
            else texts.format_number(float(value), language, 0 if float(value).is_integer() else 1)
        )
    if kind == "percent":
        return lambda value: texts.format_percent(float(value), language)
    if kind == "points":
        return lambda value: texts.format_number(float(value), language, 1)
    if kind == "money":
        return lambda value: texts.format_number(float(value), language)
    return str


def priority_table(report: ManagerReport, width: float) -> Table:
    """The table of ``report``'s customers, ``width`` points wide."""
    language = report.language
    columns = SHEET_COLUMNS
    share = sum(column.width for column in columns)
    widths = [column.width / share * width for column in columns]
    count = len(report.rows)
    cells = [[""] * len(columns) for _ in range(count)]
    lines = np.ones(count, dtype=np.int64)
    style: list[tuple] = [
        ("FONT", (0, 0), (-1, -1), pdf_fonts.REGULAR, FONT_SIZE, LEADING),
        ("FONT", (0, 0), (-1, 0), pdf_fonts.BOLD, HEADER_SIZE, LEADING),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD_X),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD_X),
        ("TOPPADDING", (0, 0), (-1, -1), PAD_Y),
        ("BOTTOMPADDING", (0, 0), (-1, -1), PAD_Y),
    ]
    if count > 1:
        style.append(("ROWBACKGROUNDS", (0, 1), (-1, count), [white, STRIPE]))
    for index, column in enumerate(columns):
        if column.kind in RIGHT_KINDS:
            style.append(("ALIGN", (index, 0), (index, -1), "RIGHT"))
        elif column.kind == "segment":
            style.append(("ALIGN", (index, 0), (index, -1), "CENTER"))
        if column.kind == "write":
            # A line to write on: the sheet is printed to be filled in at the visit.
            style.append(("LINEBELOW", (index, 1), (index, count), 0.5, RULE))
            _planned_steps(report, index, widths[index] - 2 * PAD_X, cells, lines, style)
            continue
        if column.kind == "segment":
            _badges(report, index, style)
        values = (
            short_actions(report) if column.kind == "action" else report.rows[column.key].to_numpy(object)
        )
        text_kind = column.kind in ("text", "action")
        form = _formatter(column.kind, language)
        inner = widths[index] - 2 * PAD_X
        for row, value in enumerate(values.tolist()):
            if is_missing(value) or value == "":
                continue
            if not text_kind:
                cells[row][index] = form(value)
                continue
            text = str(value)
            if not text.isprintable():
                text = "\n".join(part.translate(_CONTROL) for part in text.splitlines())
            font = pdf_fonts.font_for(text)
            wrapped = wrap(text, font, FONT_SIZE, inner)
            cells[row][index] = "\n".join(wrapped)
            if len(wrapped) > lines[row]:
                lines[row] = len(wrapped)
            if font != pdf_fonts.REGULAR:
                style.append(("FONTNAME", (index, row + 1), (index, row + 1), font))
    titles = [header_text(column, language, w, report.currency) for column, w in zip(columns, widths)]
    header_height = max(title.count("\n") + 1 for title in titles) * LEADING + 2 * PAD_Y
    total = _total_row(report, columns, language)
    style += [
        ("FONT", (0, count + 1), (-1, count + 1), pdf_fonts.BOLD, FONT_SIZE, LEADING),
        ("LINEABOVE", (0, count + 1), (-1, count + 1), 0.8, HexColor("#333333")),
    ]
    heights = [header_height, *(lines * LEADING + 2 * PAD_Y).tolist(), LEADING + 2 * PAD_Y]
    table = SheetTable(
        [titles, *cells, total],
        colWidths=widths,
        rowHeights=heights,
        repeatRows=1,
        style=TableStyle(style),
        splitByRow=1,
        hAlign="LEFT",
    )
    return table


class SheetTable(Table):
    """A platypus Table that writes all its plain-text cells into one PDF text object
    (reportlab's own opens one per line, and one for an empty cell too): the same
    positions as ``Table._drawCell``, a third of the time for a page of customers."""

    def draw(self) -> None:
        self._text = self.canv.beginText()
        self._text_style = None
        super().draw()
        self.canv.drawText(self._text)

    def _drawCell(self, cellval, cellstyle, pos, size):  # noqa: N802 - reportlab's name
        if cellval == "":
            return
        if (
            type(cellval) is not str
            or cellstyle.direction
            or cellstyle.shaping
            or cellstyle.href
            or cellstyle.destination
            or cellstyle.alignment not in ("LEFT", "RIGHT", "CENTRE", "CENTER")
            or cellstyle.valign != "MIDDLE"
        ):
            super()._drawCell(cellval, cellstyle, pos, size)
            return
        text = self._text
        if self._text_style is not cellstyle:
            previous = self._text_style
            if previous is None or previous.color != cellstyle.color:
                text.setFillColor(cellstyle.color)
            if previous is None or (previous.fontname, previous.fontsize) != (
                cellstyle.fontname,
                cellstyle.fontsize,
            ):
                text.setFont(cellstyle.fontname, cellstyle.fontsize, cellstyle.leading)
            self._text_style = cellstyle
        colpos, rowpos = pos
        colwidth, rowheight = size
        lines = cellval.split("\n")
        leading, fontsize, just = cellstyle.leading, cellstyle.fontsize, cellstyle.alignment
        y = rowpos + (cellstyle.bottomPadding + rowheight - cellstyle.topPadding + len(lines) * leading) / 2.0
        y -= fontsize
        measure = getFont(cellstyle.fontname).stringWidth
        for line in lines:
            if just == "LEFT":
                x = colpos + cellstyle.leftPadding
            elif just == "RIGHT":
                x = colpos + colwidth - cellstyle.rightPadding - measure(line, fontsize)
            else:
                x = (
                    colpos
                    + (colwidth + cellstyle.leftPadding - cellstyle.rightPadding - measure(line, fontsize))
                    / 2
                )
            text.setTextOrigin(x, y)
            text.textOut(line)
            y -= leading


def _badges(report: ManagerReport, index: int, style: list) -> None:
    """The segment cells in the segment's colour, white bold letters; unclassified
    rows grey on light grey."""
    style.append(("FONT", (index, 1), (index, len(report.rows)), pdf_fonts.BOLD, HEADER_SIZE, LEADING))
    style.append(("TEXTCOLOR", (index, 1), (index, len(report.rows)), white))
    segments = report.segments
    start = 0
    # One command per run of equal segments (the rows come grouped by segment).
    for end in [*(np.flatnonzero(np.diff(segments)) + 1).tolist(), len(segments)]:
        if end <= start:
            continue
        code = int(segments[start])
        colour = COLOURS[sg.SEGMENTS[code]][0] if code >= 0 else UNCLASSIFIED_COLOUR[1]
        style.append(("BACKGROUND", (index, start + 1), (index, end), HexColor(colour)))
        if code < 0:
            style.append(("TEXTCOLOR", (index, start + 1), (index, end), HexColor("#555555")))
        start = end


def _total_row(report: ManagerReport, columns, language: str) -> list[str]:
    """Total: the number of customers beside the word, under the names; the sums of
    the amounts."""
    row = [""] * len(columns)
    for index, column in enumerate(columns):
        if column.kind == "money":
            values = report.rows[column.key].to_numpy(dtype=np.float64)
            row[index] = texts.format_number(float(np.nansum(values)), language)
    keys = [column.key for column in columns]
    label = word("total", language)
    count = texts.format_number(len(report.rows), language)
    where = keys.index("customer_name") if "customer_name" in keys else 0
    row[where] = f"{label} ({count})"
    return row


def planned_text(report: ManagerReport, row: int) -> str:
    """The next step the project has for a row, and its due date ("!" when overdue)."""
    rows = report.rows
    if "next_step" not in rows:
        return ""
    step = str(rows["next_step"].iat[row] or "")
    due = str(rows["due"].iat[row] or "")
    if due:
        date = format_date(datetime.date.fromisoformat(due), report.language)
        overdue = len(report.overdue) > row and bool(report.overdue[row])
        # The date first: a long step is cut, the date never.
        step = f"{'! ' if overdue else ''}{date} {step}".strip()
    return step


def _planned_steps(report: ManagerReport, index: int, inner: float, cells, lines, style: list) -> None:
    """Above the writing line: the next step already planned, an overdue one in red."""
    for row in range(len(report.rows)):
        text = planned_text(report, row)
        if not text:
            continue
        wrapped = wrap(text, pdf_fonts.REGULAR, FONT_SIZE, inner, max_lines=2)
        cells[row][index] = "\n".join(wrapped)
        lines[row] = max(lines[row], len(wrapped))
        if len(report.overdue) > row and report.overdue[row]:
            style.append(("TEXTCOLOR", (index, row + 1), (index, row + 1), HexColor("#B00020")))
