"""The priority table of a sheet as a reportlab platypus ``Table``: the header row
repeated on every page, rows split between pages (never inside a row), segment badges,
a line to write on by hand, and a total row.

Every text is whole: it wraps between words and its row grows (up to a page), a word
wider than its column is split with a mark, never cut off.  The columns are as wide as
their content needs (``column_widths.fit_widths`` on the page's width: each at least its
widest word, header words included), and a column that is empty for every customer of
the sheet is left out.  Cells are plain strings, wrapped here by measured width:
reportlab draws a plain string as it is (no markup to escape: ``$``, ``&``, ``<`` and
backslashes print as typed), and it is many times cheaper than a ``Paragraph`` per
cell; a cell that needs a fallback font or runs right to left is drawn run by run
(``pdf_fonts``).  Which columns there are and how each is written comes from
``report_data.SHEET_COLUMNS``.
"""

from __future__ import annotations

import datetime
import unicodedata

import numpy as np
from reportlab.lib.colors import HexColor, white
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Table, TableStyle

from segmenter_app.core.model import segmentation as sg
from segmenter_app.core.outputs import pdf_fonts
from segmenter_app.core.outputs.chart_style import COLOURS, UNCLASSIFIED_COLOUR
from segmenter_app.core.outputs.column_widths import fit_widths
from segmenter_app.core.outputs.report_data import (
    SHEET_COLUMNS,
    ManagerReport,
    SheetColumn,
    format_date,
    header,
    is_missing,
    word,
)
from segmenter_app.core.text import texts

FONT_SIZE = 7.2
HEADER_SIZE = 7.5
LEADING = 8.8
PAD_X, PAD_Y = 3.0, 2.4
RIGHT_KINDS = ("rank", "number", "percent", "points", "money", "date")
#: Kinds whose text wraps (the others are one line: a number, a date, a badge).
WRAP_KINDS = ("text", "action", "write")
#: Kinds printed even when every cell is empty: the rank, the badge, the line to write on.
ALWAYS_KINDS = ("rank", "segment", "write")
#: Room to write the next step by hand (points, about 21 mm).
WRITE_WIDTH = 60.0
#: No column narrower than this, however narrow the page (points).
NARROWEST = 18.0
#: Where a word wider than its column is split (CJK, which breaks anywhere, is not marked).
BREAK_MARK = "-"
HEADER_FILL = HexColor("#DDEBF7")
STRIPE = HexColor("#F5F5F5")
RULE = HexColor("#999999")


def wrap(
    text: str, width: float, size: float = FONT_SIZE, bold: bool = False, max_lines: int | None = None
) -> list[str]:
    """``text`` (``pdf_fonts.printable``) in lines no wider than ``width`` points: its
    own line breaks kept, words moved whole to the next line, a word wider than a line
    split with :data:`BREAK_MARK`; beyond ``max_lines`` lines (a page) the last ends
    in "…"."""

    def measure(line: str) -> float:
        return pdf_fonts.width(line, size, bold)

    # A column made exactly as wide as its widest word (its width less the padding)
    # holds that word: no split by a rounding error (an id "K-1009-/0" was).
    width += 1e-6
    lines: list[str] = []
    for paragraph in text.split("\n"):
        if measure(paragraph) <= width:
            lines.append(paragraph)
        else:
            current = ""
            for piece in paragraph.split(" "):
                candidate = f"{current} {piece}" if current else piece
                if measure(candidate) <= width:
                    current = candidate
                    continue
                if current:
                    lines.append(current)
                while measure(piece) > width and len(piece) > 1:
                    cut, mark = _split(piece, measure, width)
                    lines.append(piece[:cut] + mark)
                    piece = piece[cut:]
                current = piece
            lines.append(current)
        if max_lines is not None and len(lines) > max_lines:
            break
    if max_lines is not None and len(lines) > max_lines:
        lines = lines[:max_lines]
        last = lines[-1]
        while last and measure(last + "…") > width:
            last = last[:-1]
        lines[-1] = last.rstrip() + "…"
    return lines


def _split(word_: str, measure, width: float) -> tuple[int, str]:
    """Where a word wider than ``width`` is split, and the mark at the split: as many
    characters as fit with the mark (at least one)."""
    low, high = 1, len(word_) - 1
    while low < high:
        middle = (low + high + 1) // 2
        if measure(word_[:middle] + _mark(word_, middle)) <= width:
            low = middle
        else:
            high = middle - 1
    return low, _mark(word_, low)


def _mark(word_: str, cut: int) -> str:
    """A split between two letters of a script written with spaces is marked; CJK
    text, which breaks between any two characters, is not."""
    before, after = word_[cut - 1], word_[cut]
    if unicodedata.east_asian_width(before) in "WF" or unicodedata.east_asian_width(after) in "WF":
        return ""
    return BREAK_MARK if before.isalnum() and after.isalnum() else ""


def words_width(text: str, size: float = FONT_SIZE, bold: bool = False) -> float:
    """The widest word of ``text`` (what its column needs so that no word is split)."""
    return max((pdf_fonts.width(piece, size, bold) for piece in text.split()), default=0.0)


def header_name(column: SheetColumn, language: str, currency: str = "€") -> str:
    """A column's header in one line; amounts name their unit."""
    if column.short:
        name = word(column.short, language)
    elif column.title:
        name = texts.tr(column.title, language, "export")
    else:
        name = header(column.key, language)
    if column.kind == "money":
        name += f" ({currency})"
    return name


def header_text(column: SheetColumn, language: str, width: float, currency: str = "€") -> str:
    """The header of a column, wrapped between words to the column's width."""
    name = header_name(column, language, currency)
    return "\n".join(wrap(name, width - 2 * PAD_X, HEADER_SIZE, bold=True))


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
    if kind == "date":
        return lambda value: format_date(datetime.date.fromisoformat(str(value)), language)
    return str


class Runs(str):
    """A wrapped cell drawn run by run: its lines as (font, text) runs in visual order
    (a fallback font for what DejaVu lacks, right-to-left text reordered)."""

    runs: list[list[tuple[str, str]]]


def _cell(lines: list[str]) -> str:
    text = "\n".join(lines)
    if all(pdf_fonts.is_plain(line) for line in lines):
        return text
    cell = Runs(text)
    cell.runs = [pdf_fonts.runs(line) for line in lines]
    return cell


def _column_texts(report: ManagerReport, column: SheetColumn) -> list[str]:
    """A column's cells as the text they print ("" where empty), not yet wrapped."""
    count = len(report.rows)
    if column.kind == "write":
        return [pdf_fonts.printable(text) for text in planned_texts(report)]
    if column.kind == "action":
        values = short_actions(report).tolist()
    elif column.key in report.rows:
        values = report.rows[column.key].to_numpy(object).tolist()
    else:
        values = [None] * count
    if column.kind in ("text", "action"):
        return ["" if is_missing(v) or v == "" else pdf_fonts.printable(str(v)) for v in values]
    form = _formatter(column.kind, report.language)
    return ["" if is_missing(v) or v == "" else form(v) for v in values]


def _measure(
    column: SheetColumn, cells: list[str], title: str
) -> tuple[float, float, np.ndarray | None, float]:
    """(minimum, natural) width of a column — its widest word (header words too), and
    its widest cell on one line; padding included — and, for a column that wraps, each
    row's cell on one line and the mean width of its words (where room saves the most
    lines: ``fit_widths``)."""
    bold = column.kind == "segment"
    size = HEADER_SIZE if bold else FONT_SIZE
    minimum = words_width(title, HEADER_SIZE, bold=True)
    wraps = column.kind in WRAP_KINDS
    whole: dict[str, float] = {"": 0.0}
    spaces = 0
    for text in set(cells):
        if not text:
            continue
        spaces += text.count(" ") + text.count("\n") + 1
        widest = 0.0
        for line in text.split("\n"):
            width = pdf_fonts.width(line, size, bold)
            widest = max(widest, width)
            if width > minimum:
                minimum = max(minimum, words_width(line, size, bold) if wraps else width)
        whole[text] = widest
    natural = max(whole.values())
    if column.kind == "write":
        minimum, natural = max(minimum, WRITE_WIDTH), max(natural, WRITE_WIDTH)
    lengths = np.array([whole[text] for text in cells]) + 2 * PAD_X if wraps else None
    word_width = sum(whole.values()) / spaces if spaces else 0.0
    return minimum + 2 * PAD_X, max(natural, minimum) + 2 * PAD_X, lengths, word_width


def sheet_columns(report: ManagerReport) -> list[tuple[SheetColumn, list[str]]]:
    """The columns this sheet prints and their cells: a column empty for every
    customer is left out (the rank, the badge and the line to write on stay)."""
    kept = []
    for column in SHEET_COLUMNS:
        cells = _column_texts(report, column)
        if column.kind in ALWAYS_KINDS or any(cells):
            kept.append((column, cells))
    return kept


def priority_table(report: ManagerReport, width: float, height: float | None = None) -> Table:
    """The table of ``report``'s customers, ``width`` points wide; no row taller than
    ``height`` (a page's frame) less the header."""
    language = report.language
    chosen = sheet_columns(report)
    columns = [column for column, _cells in chosen]
    names = [header_name(column, language, report.currency) for column in columns]
    sizes = [_measure(column, cells, name) for (column, cells), name in zip(chosen, names)]
    widths = fit_widths(
        [size[0] for size in sizes],
        [size[1] for size in sizes],
        width,
        [column.width if column.kind in WRAP_KINDS else 0.0 for column in columns],
        floor=NARROWEST,
        lengths=[size[2] for size in sizes],
        words=[size[3] for size in sizes],
    )
    titles = ["\n".join(wrap(n, w - 2 * PAD_X, HEADER_SIZE, bold=True)) for n, w in zip(names, widths)]
    header_height = max(title.count("\n") + 1 for title in titles) * LEADING + 2 * PAD_Y
    max_lines = None
    if height is not None:
        max_lines = max(int((height - header_height - 2 * PAD_Y) / LEADING) - 1, 1)
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
    for index, ((column, texts_), column_width) in enumerate(zip(chosen, widths)):
        if column.kind in RIGHT_KINDS:
            style.append(("ALIGN", (index, 0), (index, -1), "RIGHT"))
        elif column.kind == "segment":
            style.append(("ALIGN", (index, 0), (index, -1), "CENTER"))
            _badges(report, index, style)
        if column.kind == "write":
            # A line to write on: the sheet is printed to be filled in at the visit.
            style.append(("LINEBELOW", (index, 1), (index, count), 0.5, RULE))
            _overdue(report, index, style)
        if column.kind not in WRAP_KINDS:
            for row, text in enumerate(texts_):
                cells[row][index] = text
            continue
        inner = column_width - 2 * PAD_X
        for row, text in enumerate(texts_):
            if not text:
                continue
            wrapped = wrap(text, inner, max_lines=max_lines)
            cells[row][index] = _cell(wrapped)
            if len(wrapped) > lines[row]:
                lines[row] = len(wrapped)
    total = _total_row(report, columns, language)
    style += [
        ("FONT", (0, count + 1), (-1, count + 1), pdf_fonts.BOLD, FONT_SIZE, LEADING),
        ("LINEABOVE", (0, count + 1), (-1, count + 1), 0.8, HexColor("#333333")),
    ]
    heights = [header_height, *(lines * LEADING + 2 * PAD_Y).tolist(), LEADING + 2 * PAD_Y]
    return SheetTable(
        [titles, *cells, total],
        colWidths=widths,
        rowHeights=heights,
        repeatRows=1,
        style=TableStyle(style),
        splitByRow=1,
        hAlign="LEFT",
    )


class SheetTable(Table):
    """A platypus Table that writes all its plain-text cells into one PDF text object
    (reportlab's own opens one per line, and one for an empty cell too): the same
    positions as ``Table._drawCell``, a third of the time for a page of customers.
    A :class:`Runs` cell changes font run by run."""

    def draw(self) -> None:
        self._text = self.canv.beginText()
        self._text_style = None
        super().draw()
        self.canv.drawText(self._text)

    def _drawCell(self, cellval, cellstyle, pos, size):  # noqa: N802 - reportlab's name
        if cellval == "":
            return
        if (
            not isinstance(cellval, str)
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
        runs = getattr(cellval, "runs", None)
        lines = runs if runs is not None else cellval.split("\n")
        leading, fontsize, just = cellstyle.leading, cellstyle.fontsize, cellstyle.alignment
        y = rowpos + (cellstyle.bottomPadding + rowheight - cellstyle.topPadding + len(lines) * leading) / 2.0
        y -= fontsize
        font = cellstyle.fontname
        for line in lines:
            parts = line if runs is not None else ((font, line),)
            if just == "LEFT":
                x = colpos + cellstyle.leftPadding
            else:  # right or centred: the line's width is needed
                line_width = sum(stringWidth(part, name, fontsize) for name, part in parts)
                if just == "RIGHT":
                    x = colpos + colwidth - cellstyle.rightPadding - line_width
                else:
                    x = colpos + (colwidth + cellstyle.leftPadding - cellstyle.rightPadding - line_width) / 2
            for index, (name, part) in enumerate(parts):
                if name != font:
                    text.setFont(name, fontsize, leading)
                    font = name
                text.setTextOrigin(x, y)
                text.textOut(part)
                if index + 1 < len(parts):
                    x += stringWidth(part, name, fontsize)
            y -= leading
        if font != cellstyle.fontname:
            text.setFont(cellstyle.fontname, fontsize, leading)


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


def planned_texts(report: ManagerReport) -> list[str]:
    """The next step the project has for each row, after its due date ("!" when
    overdue); "" where there is none."""
    rows = report.rows
    if "next_step" not in rows:
        return [""] * len(rows)
    steps = rows["next_step"].to_numpy(dtype=object)
    dues = rows["due"].to_numpy(dtype=object) if "due" in rows else [""] * len(rows)
    overdue = report.overdue if len(report.overdue) == len(rows) else np.zeros(len(rows), dtype=bool)
    found = []
    for step, due, late in zip(steps.tolist(), list(dues), overdue.tolist()):
        step = "" if is_missing(step) else str(step)
        if due and not is_missing(due):
            date = format_date(datetime.date.fromisoformat(str(due)), report.language)
            step = f"{'! ' if late else ''}{date} {step}".strip()
        found.append(step)
    return found


def planned_text(report: ManagerReport, row: int) -> str:
    """The next step the project has for one row (see :func:`planned_texts`)."""
    return planned_texts(report)[row]


def _overdue(report: ManagerReport, index: int, style: list) -> None:
    """An overdue next step in red."""
    for row in np.flatnonzero(report.overdue[: len(report.rows)]).tolist():
        style.append(("TEXTCOLOR", (index, row + 1), (index, row + 1), HexColor("#B00020")))
