"""The cells of an .xlsx as written, formulas as their text: for workbooks that come
back from account managers (``core/projects/collect.py``), read in the reader child
process (``child.py``, job ``tables``) under the same memory and time caps as lists.

A formula is never evaluated: a cell that holds one reads as :class:`Formula` (its text,
``=`` first), whatever value Excel or LibreOffice cached for it.  Shared strings (plain
and rich), inline strings, numbers, booleans and ISO dates (``t="d"``) are read as they
are; a number stays a number (a date cell is an Excel serial: the caller knows which
columns hold dates).  Hidden, filtered and sorted rows are all read.

:func:`read_tables` reads what a collect needs and nothing more: the sheet marked by its
first cell (the baseline), and the columns of the tables it finds by their header
words; one sheet's XML at a time.  The sheets are scanned with regular expressions over
their XML (a workbook of 500 customers takes a few ms; openpyxl needs a hundred times
that), written so that they are linear in the size of the XML whatever it holds (see
:func:`_element`), after the same checks the list reader makes: no zip bomb, no XML
entity declarations.
"""

from __future__ import annotations

import functools
import html
import posixpath
import re
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from segmenter_app.core.errors import ReadError
from segmenter_app.core.reading.cell_names import column_letter, column_number

#: A returned workbook of a few thousand customers is a few MB: far above that is no
#: workbook of ours.
MAX_PART_BYTES = 256 << 20

_P = rb"(?:[A-Za-z_][\w.-]*:)?"  # an optional namespace prefix (x:c, as .NET writers do)


def _element(name: bytes, prefix: bytes = _P) -> re.Pattern[bytes]:
    """``<name attrs/>`` or ``<name attrs>body</name>``: group 1 the attributes, group 2
    the body.

    Linear on any input: the attributes cannot run past a ``<`` and the body cannot run
    past the next ``<name`` or ``</name>`` (an "unrolled" loop: runs of text, then one
    ``<`` that opens something else).  ``(.*?)</name>`` would search to the end of the
    part for every unclosed element: quadratic, minutes for a few MB of ``<c>``.
    """
    tag = prefix + name
    body = rb"[^<]*(?:<(?!" + tag + rb"[\s/>]|/" + tag + rb">)[^<]*)*"
    return re.compile(rb"<" + tag + rb"(?=[\s/>])([^<>]*?)(?:/>|>(" + body + rb")</" + tag + rb">)")


_ROW = _element(rb"row")
_CELL = _element(rb"c")
_VALUE = _element(rb"v")
_FORMULA = _element(rb"f")
_TEXT = _element(rb"t")
_SI = _element(rb"si")
_PHONETIC = _element(rb"rPh")
_ATTR = re.compile(rb'([\w:]+)\s*=\s*"([^"]*)"')
_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")
_SHEET = re.compile(rb"<" + _P + rb"sheet(?=[\s/>])([^<>]*)>")
_RELATION = re.compile(rb"<(?:\w+:)?Relationship(?=[\s/>])([^<>]*)>")


class Formula(str):
    """The text of a formula a user typed (``=A1+1``): shown and stored as text."""

    def __reduce__(self):
        return (Formula, (str(self),))


def header_text(value: object) -> str:
    """A header cell as it is compared with known titles: a title split with a hyphen
    joined again ("Einkaufs-\\nvolumen"), spaces collapsed, case folded."""
    text = re.sub(r"-\s*\n\s*", "", str(value or ""))
    return " ".join(text.split()).casefold()


@dataclass(frozen=True)
class TableSpec:
    """What to find in a workbook: a sheet marked by its first cell (read whole), and
    tables whose header row (in the first ``header_rows`` rows) names ``required`` and
    one of ``any_of`` among the known ``words`` (:func:`header_text` → key)."""

    words: dict[str, str]
    required: str
    any_of: tuple[str, ...]
    mark: str
    header_rows: int = 40


@dataclass
class Table:
    sheet: str
    header_row: int  #: 0-based
    columns: dict[str, int]  #: key → 0-based column (the first column of that title)
    titles: dict[str, str]  #: key → the title as written (spaces collapsed)
    keys: list[str]  #: every known key of the header row, in column order
    #: 0-based row (below the header) → column → value: str, float, bool or Formula
    rows: dict[int, dict[int, object]]


@dataclass
class WorkbookTables:
    """What :func:`read_tables` found: plain data, sent from the reader child."""

    marked_sheet: str | None = None
    #: the marked sheet's cells: 0-based row → column → value
    marked: dict[int, dict[int, object]] | None = None
    tables: list[Table] = field(default_factory=list)
    date1904: bool = False
    cells: int = 0


def read_tables(path: Path | str, spec: TableSpec, max_cells: int) -> WorkbookTables:
    """The marked sheet and the tables of an .xlsx, one sheet at a time (a sheet's XML
    is dropped before the next one is read).  :class:`ReadError` for a file that is no
    readable .xlsx, or holds more than ``max_cells`` cells in what is read."""
    path = Path(path)
    try:
        with zipfile.ZipFile(path) as archive:
            return _read_tables(archive, path, spec, max_cells)
    except (zipfile.BadZipFile, EOFError, KeyError, ValueError, NotImplementedError, RecursionError) as error:
        raise ReadError("corrupt", path, detail=str(error)[:200]) from None
    except PermissionError:
        raise ReadError("permission", path) from None
    except OSError as error:
        raise ReadError("os_error", path, detail=error.strerror or str(error)) from None


def _part(archive: zipfile.ZipFile, name: str, path: Path) -> bytes:
    info = archive.getinfo(name)
    if info.file_size > MAX_PART_BYTES:
        raise ReadError("zip_bomb", path, unpacked=info.file_size, limit=MAX_PART_BYTES)
    data = archive.read(info)
    if b"<!ENTITY" in data[:4096] or b"<!DOCTYPE" in data[:4096]:
        raise ReadError("corrupt", path, detail=f"{name}: XML with a document type declaration")
    return data


def _read_tables(archive: zipfile.ZipFile, path: Path, spec: TableSpec, max_cells: int) -> WorkbookTables:
    names = {info.filename.lstrip("/"): info.filename for info in archive.infolist()}
    lowered = {name.lower(): real for name, real in names.items()}
    workbook_name = lowered.get("xl/workbook.xml")
    if workbook_name is None:
        raise ReadError("corrupt", path, detail="no xl/workbook.xml")
    workbook = _part(archive, workbook_name, path)
    relations_name = lowered.get("xl/_rels/workbook.xml.rels")
    targets: dict[str, str] = {}
    if relations_name is not None:
        for match in _RELATION.finditer(_part(archive, relations_name, path)):
            attrs = _attrs(match.group(1))
            target = attrs.get("Target", "")
            target = target.lstrip("/") if target.startswith("/") else posixpath.normpath("xl/" + target)
            targets[attrs.get("Id", "")] = target
    strings_name = lowered.get("xl/sharedstrings.xml")
    strings = _shared_strings(_part(archive, strings_name, path)) if strings_name else []
    found = WorkbookTables(date1904=bool(re.search(rb'date1904\s*=\s*"(?:1|true)"', workbook)))
    for position, match in enumerate(_SHEET.finditer(workbook), start=1):
        attrs = _attrs(match.group(1))
        relation = next((value for key, value in attrs.items() if key.endswith(":id") or key == "id"), "")
        target = targets.get(relation) or f"xl/worksheets/sheet{position}.xml"
        real = lowered.get(target.lower())
        if real is None:
            continue
        name = html.unescape(attrs.get("name", f"Sheet{position}"))
        sheet = _Sheet(_part(archive, real, path), strings)
        if found.marked is None and sheet.head(1).get(0, {}).get(0) == spec.mark:
            found.marked_sheet, found.marked = name, sheet.rows(None, -1)
            found.cells += sum(len(cells) for cells in found.marked.values())
        else:
            table = _find_table(name, sheet, spec)
            if table is not None:
                found.tables.append(table)
                found.cells += sum(len(cells) for cells in table.rows.values())
        if found.cells > max_cells:
            raise ReadError("too_many_cells", path, sheet=name, rows=found.cells, cols=1, limit=max_cells)
        del sheet
    return found


def _find_table(name: str, sheet: _Sheet, spec: TableSpec) -> Table | None:
    head = sheet.head(spec.header_rows)
    for row_index in sorted(head)[: spec.header_rows]:
        columns: dict[str, int] = {}
        titles: dict[str, str] = {}
        keys: list[str] = []
        for col, value in sorted(head[row_index].items()):
            if not isinstance(value, str):
                continue
            key = spec.words.get(header_text(value))
            if key is None:
                continue
            keys.append(key)
            if key not in columns:
                columns[key] = col
                titles[key] = " ".join(value.split())
        if spec.required in columns and any(key in columns for key in spec.any_of):
            rows = sheet.rows(set(columns.values()), row_index)
            return Table(name, row_index, columns, titles, keys, rows)
    return None


class _Sheet:
    """A sheet's XML and its cells, decoded when asked for: the first rows, or some
    columns below a row."""

    def __init__(self, data: bytes, strings: list[str]) -> None:
        self.strings = strings
        # Excel, LibreOffice, openpyxl and xlsxwriter write every cell's reference
        # first (<c r="B7" ...>): those sheets are read by column with one expression;
        # any other writer's cells (no reference, namespace prefixes) are decoded once.
        if b"<c>" not in data and data.count(b'<c r="') == data.count(b"<c "):
            self.data: bytes | None = data
            self.by_row: dict[int, dict[int, object]] = {}
        else:
            self.data = None
            self.by_row = _read_sheet_slowly(data, strings)

    def head(self, count: int) -> dict[int, dict[int, object]]:
        """The cells of the first ``count`` rows."""
        if self.data is None:
            return {r: cells for r, cells in self.by_row.items() if r < count}
        cells = (match.groups() for match in _FAST_CELL.finditer(self.data))  # stops early
        return _decode(cells, self.strings, count)

    def rows(self, columns: set[int] | None, below: int) -> dict[int, dict[int, object]]:
        """The cells of the rows below ``below`` (only those of ``columns`` when given)."""
        if self.data is None:
            return {
                r: {c: v for c, v in cells.items() if columns is None or c in columns}
                for r, cells in self.by_row.items()
                if r > below
            }
        pattern = _FAST_CELL if columns is None else _cells_of(columns)
        rows = _decode(pattern.findall(self.data), self.strings, None)
        return {r: cells for r, cells in rows.items() if r > below}


def _attrs(raw: bytes) -> dict[str, str]:
    return {
        key.decode(): html.unescape(value.decode("utf-8", "replace")) for key, value in _ATTR.findall(raw)
    }


def _text(raw: bytes | None) -> str:
    if not raw:
        return ""
    text = raw.decode("utf-8", "replace")
    if "&" in text:
        text = html.unescape(text)
    if "_x" in text:
        text = _ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text)
    if "\r" in text:
        text = text.replace("\r\n", "\n")
    return text


def _shared_strings(data: bytes) -> list[str]:
    strings = []
    for match in _SI.finditer(data):
        body = match.group(2) or b""
        if b"<rPh" in body:
            body = _PHONETIC.sub(b"", body)  # furigana hints are no part of the text
        strings.append("".join(_text(piece.group(2)) for piece in _TEXT.finditer(body)))
    return strings


#: A cell as Excel, LibreOffice, openpyxl and xlsxwriter write it: its reference first,
#: then its attributes and one of: nothing (``/>``), a plain value (``<v>…</v>``), an
#: inline text (``<is><t>…</t></is>``, xlsxwriter's constant-memory mode), or any other
#: body.  Linear like :func:`_element`: a body stops at the next ``<c`` or ``</c>``.
_CELL_BODY = (
    rb'([0-9]{1,7})"([^<>]*?)(?:/>|>(?:<v>([^<]*)</v>|<is><t(?: [^<>]*)?>([^<]*)</t></is>|'
    rb"([^<]*(?:<(?!c[\s/>]|/c>)[^<]*)*))</c>)"
)
_FAST_CELL = re.compile(rb'<c r="([A-Z]{1,3})' + _CELL_BODY)
_KIND = re.compile(rb'\bt="(\w+)"')
_ROW_NUMBER = re.compile(rb'\br="(\d{1,7})"')
_CELL_REF = re.compile(rb'\br="([A-Z]{1,3})(\d{1,7})"')


@functools.lru_cache(maxsize=64)
def _cells_of_letters(letters: tuple[bytes, ...]) -> re.Pattern[bytes]:
    return re.compile(rb'<c r="(' + b"|".join(letters) + rb")" + _CELL_BODY)


def _cells_of(columns: set[int]) -> re.Pattern[bytes]:
    """Only the cells of these columns: the expression skips the others in C."""
    return _cells_of_letters(tuple(sorted(column_letter(c).encode() for c in columns)))


def _decode(
    matches: Iterable[tuple[bytes, ...]], strings: list[str], max_row: int | None
) -> dict[int, dict[int, object]]:
    """Cells (``_FAST_CELL`` groups, from ``findall``) by row and column.  The common
    shapes — a number, a shared string, an inline text — are read right here: a
    returned workbook has thousands of cells, and a call per cell would double the
    time."""
    rows: dict[int, dict[int, object]] = {}
    columns: dict[bytes, int] = {}
    last_row, current = b"", {}
    count = len(strings)
    for letters, number, attrs, plain, inline, body in matches:
        if number != last_row:
            if max_row is not None and int(number) > max_row:
                break
            last_row = number
            current = rows.setdefault(int(number) - 1, {})
        col = columns.get(letters)
        if col is None:
            col = columns[letters] = column_number(letters.decode())
        if inline:
            if b"&" in inline or b"_x" in inline or b"\r" in inline:
                current[col] = _text(inline)
            else:
                current[col] = inline.decode("utf-8", "replace")
        elif plain:
            if b't="' not in attrs:
                try:
                    current[col] = float(plain)
                except ValueError:
                    current[col] = _text(plain)
            elif b't="s"' in attrs:
                index = int(plain) if plain.isdigit() and len(plain) < 10 else -1
                if 0 <= index < count:
                    current[col] = strings[index]
            else:
                value = _fast_value(attrs, b"<v>" + plain + b"</v>", strings)
                if value is not None:
                    current[col] = value
        elif body:
            value = _fast_value(attrs, body, strings)
            if value is not None:
                current[col] = value
    return rows


def _fast_value(attrs: bytes, inner: bytes, strings: list[str]) -> object:
    """A cell's value, the common shapes without a second expression."""
    if b"<f" in inner:
        formula = _FORMULA.search(inner)
        if formula is not None and formula.group(2):
            return Formula("=" + _text(formula.group(2)))
    kind = b"n"
    at = attrs.find(b't="')
    if at >= 0:
        end = attrs.find(b'"', at + 3)
        kind = attrs[at + 3 : end] if end > 0 else b"n"
    if kind == b"inlineStr" and inner.count(b"<t") == 1:
        # xlsxwriter's constant-memory mode writes every text inline: one <t>.
        start = inner.index(b"<t")
        opened = inner.find(b">", start)
        closed = inner.find(b"</t>", opened)
        if inner[start + 2 : start + 3] in (b">", b" ") and inner[opened - 1 : opened] != b"/" and closed > 0:
            return _text(inner[opened + 1 : closed])
    if kind in (b"s", b"n") and inner.startswith(b"<v>"):
        end = inner.find(b"</v>")
        raw = inner[3:end] if end > 0 else b""
        if kind == b"s":
            index = int(raw) if raw.isdigit() and len(raw) < 10 else -1
            return strings[index] if 0 <= index < len(strings) else None
        try:
            return float(raw)
        except ValueError:
            return _text(raw)
    return _value(kind, inner, strings)


def _read_sheet_slowly(data: bytes, strings: list[str]) -> dict[int, dict[int, object]]:
    """Any other writer: cells without a reference, namespace prefixes."""
    rows: dict[int, dict[int, object]] = {}
    row_index = -1
    for row_match in _ROW.finditer(data):
        found = _ROW_NUMBER.search(row_match.group(1))
        row_index = int(found.group(1)) - 1 if found else row_index + 1
        body = row_match.group(2)
        if not body:
            continue
        col_index = -1
        for cell in _CELL.finditer(body):
            attrs = cell.group(1)
            reference = _CELL_REF.search(attrs)
            col_index = column_number(reference.group(1).decode()) if reference else col_index + 1
            inner = cell.group(2)
            if not inner:
                continue
            kind_match = _KIND.search(attrs)
            kind = kind_match.group(1) if kind_match else b"n"
            formula = _FORMULA.search(inner) if b"f" in inner else None
            if formula is not None and formula.group(2):
                rows.setdefault(row_index, {})[col_index] = Formula("=" + _text(formula.group(2)))
                continue
            value = _value(kind, inner, strings)
            if value is not None:
                rows.setdefault(row_index, {})[col_index] = value
    return rows


def _value(kind: bytes, inner: bytes, strings: list[str]) -> object:
    if kind == b"inlineStr":
        return "".join(_text(piece.group(2)) for piece in _TEXT.finditer(inner))
    found = _VALUE.search(inner)
    if found is None or found.group(2) is None:
        return None
    raw = found.group(2)
    if kind == b"s":
        index = int(raw) if raw.strip().isdigit() and len(raw) < 12 else -1
        return strings[index] if 0 <= index < len(strings) else None
    if kind in (b"str", b"d", b"e"):
        return _text(raw)
    if kind == b"b":
        return raw.strip() == b"1"
    try:
        return float(raw)
    except ValueError:
        return _text(raw)
