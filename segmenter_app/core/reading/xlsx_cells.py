"""Every cell of an .xlsx as written, formulas as their text: for workbooks that come
back from account managers (``core/projects/collect.py``).

A formula is never evaluated: a cell that holds one reads as :class:`Formula` (its text,
``=`` first), whatever value Excel or LibreOffice cached for it.  Shared strings (plain
and rich), inline strings, numbers, booleans and ISO dates (``t="d"``) are read as they
are; a number stays a number (a date cell is an Excel serial: the caller knows which
columns hold dates).  Hidden, filtered and sorted rows are all read.

The sheets are scanned with regular expressions over their XML (a workbook of 500
customers takes about 15 ms; openpyxl needs ten times that), after the same checks the
list reader makes: no zip bomb, no XML entity declarations.
"""

from __future__ import annotations

import html
import posixpath
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from segmenter_app.core.errors import ReadError
from segmenter_app.core.reading.cell_names import column_letter, column_number

#: A returned workbook of a few thousand customers is a few MB: far above that is no
#: workbook of ours.
MAX_PART_BYTES = 256 << 20

_P = rb"(?:[A-Za-z_][\w.-]*:)?"  # an optional namespace prefix (x:c, as .NET writers do)
_ROW = re.compile(rb"<" + _P + rb"row\b([^>]*?)(?:/>|>(.*?)</" + _P + rb"row>)", re.S)
_CELL = re.compile(rb"<" + _P + rb"c\b([^>]*?)(?:/>|>(.*?)</" + _P + rb"c>)", re.S)
_VALUE = re.compile(rb"<" + _P + rb"v\b[^>]*>(.*?)</" + _P + rb"v>", re.S)
_FORMULA = re.compile(rb"<" + _P + rb"f\b[^>]*?(?:/>|>(.*?)</" + _P + rb"f>)", re.S)
_TEXT = re.compile(rb"<" + _P + rb"t\b[^>]*?(?:/>|>(.*?)</" + _P + rb"t>)", re.S)
_SI = re.compile(rb"<" + _P + rb"si\b[^>]*?(?:/>|>(.*?)</" + _P + rb"si>)", re.S)
_PHONETIC = re.compile(rb"<" + _P + rb"rPh\b.*?</" + _P + rb"rPh>", re.S)
_ATTR = re.compile(rb'([\w:]+)\s*=\s*"([^"]*)"')
_REF = re.compile(r"^([A-Z]+)(\d+)$")
_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")
_SHEET = re.compile(rb"<" + _P + rb"sheet\b([^>]*?)/?>", re.S)
_RELATION = re.compile(rb"<(?:\w+:)?Relationship\b([^>]*?)/?>", re.S)


class Formula(str):
    """The text of a formula a user typed (``=A1+1``): shown and stored as text."""


@dataclass
class SheetCells:
    """A sheet's cells, decoded when asked for: all of them, the first rows, or only
    some columns (a returned workbook needs a few of its columns)."""

    name: str
    state: str  #: visible, hidden or veryHidden
    #: 0-based row → 0-based column → value: str, float, bool or Formula
    by_row: dict[int, dict[int, object]] = field(default_factory=dict)
    _raw: list | None = field(default=None, repr=False)
    _strings: list[str] = field(default_factory=list, repr=False)

    def rows(self, columns: set[int] | None = None) -> dict[int, dict[int, object]]:
        """Every row's cells (only those of ``columns`` when given)."""
        if self._raw is None:
            if columns is None:
                return self.by_row
            return {r: {c: v for c, v in cells.items() if c in columns} for r, cells in self.by_row.items()}
        letters = None if columns is None else {column_letter(c).encode() for c in columns}
        return _decode(self._raw, self._strings, letters, None)

    def head(self, count: int) -> dict[int, dict[int, object]]:
        """The cells of the first ``count`` rows."""
        if self._raw is None:
            return {r: cells for r, cells in self.by_row.items() if r < count}
        return _decode(self._raw, self._strings, None, count)

    def cell(self, row: int, col: int) -> object:
        if self._raw is not None:
            return self.head(row + 1).get(row, {}).get(col)
        return self.by_row.get(row, {}).get(col)


@dataclass
class WorkbookCells:
    path: Path
    sheets: list[SheetCells]
    date1904: bool = False


def read_cells(path: Path | str) -> WorkbookCells:
    """Every sheet's cells; :class:`ReadError` for a file that is no readable .xlsx."""
    path = Path(path)
    try:
        with zipfile.ZipFile(path) as archive:
            return _read(archive, path)
    except (zipfile.BadZipFile, EOFError, KeyError, ValueError, NotImplementedError) as error:
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


def _read(archive: zipfile.ZipFile, path: Path) -> WorkbookCells:
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
    date1904 = bool(re.search(rb'date1904\s*=\s*"(?:1|true)"', workbook))
    sheets = []
    for position, match in enumerate(_SHEET.finditer(workbook), start=1):
        attrs = _attrs(match.group(1))
        relation = next((value for key, value in attrs.items() if key.endswith(":id") or key == "id"), "")
        target = targets.get(relation) or f"xl/worksheets/sheet{position}.xml"
        real = lowered.get(target.lower())
        sheet = SheetCells(
            html.unescape(attrs.get("name", f"Sheet{position}")), attrs.get("state", "visible")
        )
        if real is not None:
            _read_sheet(_part(archive, real, path), strings, sheet)
        sheets.append(sheet)
    return WorkbookCells(path, sheets, date1904)


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
        body = match.group(1) or b""
        if b"<rPh" in body:
            body = _PHONETIC.sub(b"", body)  # furigana hints are no part of the text
        strings.append("".join(_text(piece.group(1)) for piece in _TEXT.finditer(body)))
    return strings


#: A cell as Excel, LibreOffice, openpyxl and xlsxwriter write it: its reference first.
_FAST_CELL = re.compile(rb'<c r="([A-Z]{1,3})([0-9]+)"([^>]*?)(?:/>|>(.*?)</c>)', re.S)
_KIND = re.compile(rb'\bt="(\w+)"')
_ROW_NUMBER = re.compile(rb'\br="(\d+)"')
_CELL_REF = re.compile(rb'\br="([A-Z]+)(\d+)"')


def _read_sheet(data: bytes, strings: list[str], sheet: SheetCells) -> None:
    matches = _FAST_CELL.findall(data)
    if len(matches) != data.count(b"<c ") + data.count(b"<c>") or b"<c>" in data:
        _read_sheet_slowly(data, strings, sheet)
        return
    sheet._raw = matches
    sheet._strings = strings


def _decode(
    matches: list, strings: list[str], letters_wanted: set[bytes] | None, max_row: int | None
) -> dict[int, dict[int, object]]:
    rows: dict[int, dict[int, object]] = {}
    columns: dict[bytes, int] = {}
    last_row, current = b"", {}
    for letters, number, attrs, inner in matches:
        if not inner or (letters_wanted is not None and letters not in letters_wanted):
            continue
        if number != last_row:
            if max_row is not None and int(number) > max_row:
                break
            last_row = number
            current = rows.setdefault(int(number) - 1, {})
        col = columns.get(letters)
        if col is None:
            col = columns[letters] = column_number(letters.decode())
        if b"<f" in inner:
            formula = _FORMULA.search(inner)
            if formula is not None and formula.group(1):
                current[col] = Formula("=" + _text(formula.group(1)))
                continue
        kind = b"n"
        at = attrs.find(b't="')
        if at >= 0:
            kind = attrs[at + 3 : attrs.index(b'"', at + 3)]
        if kind == b"inlineStr" and inner.count(b"<t") == 1:
            # xlsxwriter's constant-memory mode writes every text inline: one <t>.
            start = inner.index(b"<t")
            if inner[start + 2 : start + 3] in (b">", b" "):
                opened = inner.index(b">", start)
                if inner[opened - 1 : opened] != b"/":
                    current[col] = _text(inner[opened + 1 : inner.index(b"</t>", opened)])
                    continue
        if kind == b"s" and inner.startswith(b"<v>"):
            index = int(inner[3 : inner.index(b"</v>")])
            if 0 <= index < len(strings):
                current[col] = strings[index]
            continue
        if kind == b"n" and inner.startswith(b"<v>"):
            raw = inner[3 : inner.index(b"</v>")]
            try:
                current[col] = float(raw)
            except ValueError:
                current[col] = _text(raw)
            continue
        value = _value(kind, inner, strings)
        if value is not None:
            current[col] = value
    return rows


def _read_sheet_slowly(data: bytes, strings: list[str], sheet: SheetCells) -> None:
    """Any other writer: cells without a reference, namespace prefixes."""
    rows = sheet.by_row
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
            if formula is not None and formula.group(1):
                rows.setdefault(row_index, {})[col_index] = Formula("=" + _text(formula.group(1)))
                continue
            value = _value(kind, inner, strings)
            if value is not None:
                rows.setdefault(row_index, {})[col_index] = value


def _value(kind: bytes, inner: bytes, strings: list[str]) -> object:
    if kind == b"inlineStr":
        return "".join(_text(piece.group(1)) for piece in _TEXT.finditer(inner))
    found = _VALUE.search(inner)
    if found is None:
        return None
    raw = found.group(1)
    if kind == b"s":
        index = int(raw)
        return strings[index] if 0 <= index < len(strings) else None
    if kind in (b"str", b"d", b"e"):
        return _text(raw)
    if kind == b"b":
        return raw.strip() == b"1"
    try:
        return float(raw)
    except ValueError:
        return _text(raw)
