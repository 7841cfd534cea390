"""Text formats read in this process with the standard library: CSV / TXT / TSV, HTML
tables ("Excel exports" of web applications) and Excel 2003 XML.

Encodings: a BOM decides (UTF-8, UTF-16, UTF-32); else UTF-8 when the bytes are valid
UTF-8; else Windows-1252, which is what German Excel writes.  A first line ``sep=;``
names the delimiter, as Excel writes and reads it; otherwise the delimiter that splits
the first lines most evenly is taken.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import io
import os
import re
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path
from typing import TYPE_CHECKING, Any
from xml.etree import ElementTree
from xml.parsers import expat

from segmenter_app.core.errors import ReadError
from segmenter_app.core.fileio import NotRegularFile, open_regular
from segmenter_app.core.reading.safe_xml import UnsafeXml, parse_tree
from segmenter_app.core.reading.sandbox import MAX_CELLS

if TYPE_CHECKING:  # the classes (and numpy) are imported when a sheet is built
    from segmenter_app.core.reading.rawdata import RawSheet, RawWorkbook

#: A text file larger than this is not a customer list.
MAX_TEXT_BYTES = 512 << 20
#: A customer list is rarely wider than 200 columns: columns beyond this many are not
#: read (the import report says so), so a file of 40,000 columns reads in a moment.
MAX_COLUMNS = 1000


def utf32_without_bom(head: bytes) -> str | None:
    sample = head[:1024][: len(head[:1024]) // 4 * 4]
    if len(sample) < 8:
        return None
    if sample[0::4].count(0) == sample[1::4].count(0) == sample[2::4].count(0) == len(sample) // 4:
        return "utf-32-be"
    if sample[1::4].count(0) == sample[2::4].count(0) == sample[3::4].count(0) == len(sample) // 4:
        return "utf-32-le"
    return None


def looks_utf16(head: bytes) -> bool:
    sample = head[:1024]
    return (
        len(sample) >= 8
        and sample[1::2].count(0) > len(sample) // 2 * 0.8
        and sample[0::2].count(0) < len(sample) // 20
    )


def decode_text(path: Path, data: bytes) -> tuple[str, str]:
    """The text of a file and the encoding it was in: a BOM decides; else UTF-8 when
    the bytes are valid UTF-8; else Windows-1252, the encoding of Excel's German CSV."""
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as error:
                raise ReadError("bad_encoding", path, encoding=encoding, detail=str(error)[:120]) from None
    utf32 = utf32_without_bom(data)
    if utf32:
        try:
            return data.decode(utf32), utf32
        except UnicodeDecodeError:
            pass
    if looks_utf16(data):
        try:
            return data.decode("utf-16-le"), "utf-16-le"
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


_DELIMITERS = (";", ",", "\t", "|")


def sniff_delimiter(sample: str) -> str:
    """The delimiter that splits the first records into the most equal number of
    fields (quoted fields and line breaks inside them count as the csv module reads
    them)."""
    cut = sample.rfind("\n")
    sample = sample[:cut] if cut > 0 else sample
    best, best_score = ",", -1.0
    for delimiter in _DELIMITERS:
        try:
            records = [
                r
                for r in csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter)
                if any(field.strip() for field in r)
            ][:50]
        except csv.Error:
            continue
        counts = [len(record) for record in records]
        if not counts:
            continue
        modal = max(set(counts), key=lambda c: (counts.count(c), c))
        if modal < 2:
            continue
        score = counts.count(modal) / len(counts) * 10 + min(modal, 50) / 50
        if score > best_score:
            best, best_score = delimiter, score
    return best


def read_text(path: Path, *, progress: Callable[[float], None] | None = None) -> RawWorkbook:
    """A CSV / TXT / TSV file as one sheet of text cells."""
    from segmenter_app.core.reading.rawdata import RawSheet, RawWorkbook

    try:
        data = _read_limited(path)
    except OSError as error:
        raise ReadError("os_error", path, detail=error.strerror or str(error)) from None
    text, encoding = decode_text(path, data)
    del data
    delimiter = None
    first_line_end = text.find("\n")
    first_line = text[: first_line_end if first_line_end >= 0 else len(text)].strip()
    match = re.fullmatch(r'"?sep=(.)"?[;,]*', first_line, flags=re.IGNORECASE)
    if match:
        delimiter = match.group(1)
        text = text[first_line_end + 1 :] if first_line_end >= 0 else ""
    if delimiter is None:
        delimiter = (
            "\t" if path.suffix.lower() == ".tsv" and "\t" in text[:65536] else sniff_delimiter(text[:65536])
        )
    try:
        rows, width = _records(text, delimiter)
    except csv.Error as error:
        raise ReadError("corrupt", path, detail=str(error)[:200]) from None
    del text
    if progress is not None:
        progress(1.0)
    kept = min(width, MAX_COLUMNS)
    if len(rows) * max(kept, 1) > MAX_CELLS:
        raise ReadError("too_many_cells", path, sheet=path.name, rows=len(rows), cols=kept, limit=MAX_CELLS)
    sheet = RawSheet.from_rows(path.stem, rows)
    notes = [("columns_cut", {"kept": MAX_COLUMNS, "columns": width})] if width > MAX_COLUMNS else []
    return RawWorkbook(path, "csv", [sheet], encoding=encoding, delimiter=delimiter, notes=notes)


def _records(text: str, delimiter: str) -> tuple[list[list[str]], int]:
    """The records of a CSV text, each cut to :data:`MAX_COLUMNS` fields, and the width
    of the widest one.  A wide file without quotes is split line by line, never
    parsing the fields beyond the first thousand (the csv module would parse them
    all: 40,000 columns took most of a minute)."""
    if '"' not in text and "\x00" not in text:
        lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        width = max((line.count(delimiter) + 1 for line in lines if line), default=0)
        if width > MAX_COLUMNS:
            return [line.split(delimiter, MAX_COLUMNS)[:MAX_COLUMNS] if line else [] for line in lines], width
    width = 0
    rows: list[list[str]] = []
    for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter):
        if len(row) > width:
            width = len(row)
        rows.append(row[:MAX_COLUMNS] if len(row) > MAX_COLUMNS else row)
    return rows, width


class _TableParser(HTMLParser):
    """The tables of an HTML page ('Excel export' of many web applications)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tables: list[list[list[str]]] = []
        self._depth = 0
        self._row: list[str] | None = None
        self._cell: list[str] | None = None
        self._colspan = 1

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "table":
            self._depth += 1
            if self._depth == 1:
                self.tables.append([])
        elif self._depth == 1 and tag == "tr":
            self._row = []
        elif self._depth == 1 and tag in ("td", "th") and self._row is not None:
            self._cell = []
            span = dict(attrs).get("colspan") or "1"
            self._colspan = int(span) if span.isdigit() and 0 < int(span) < 100 else 1
        elif tag == "br" and self._cell is not None:
            self._cell.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th") and self._cell is not None and self._row is not None:
            self._row.append(" ".join("".join(self._cell).split(" ")).strip())
            self._row.extend([""] * (self._colspan - 1))
            self._cell = None
        elif tag == "tr" and self._row is not None and self._depth == 1:
            self.tables[-1].append(self._row)
            self._row = None
        elif tag == "table" and self._depth:
            self._depth -= 1

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)


def read_html(path: Path) -> list[RawSheet]:
    from segmenter_app.core.reading.rawdata import RawSheet

    data = _read_limited(path)
    text, _encoding = decode_text(path, data)
    charset = re.search(r"charset=['\"]?([\w-]+)", text[:2048], flags=re.IGNORECASE)
    if charset and _encoding not in ("utf-8", "utf-8-sig", "utf-16", "utf-16-le"):
        with contextlib.suppress(LookupError, UnicodeDecodeError):
            text = data.decode(charset.group(1))
    parser = _TableParser()
    parser.feed(text)
    parser.close()
    sheets = [RawSheet.from_rows(f"Table {i + 1}", rows) for i, rows in enumerate(parser.tables) if rows]
    if not sheets:
        raise ReadError("not_spreadsheet", path, kind="html")
    return sheets


_SS = "{urn:schemas-microsoft-com:office:spreadsheet}"


def read_spreadsheetml(path: Path) -> list[RawSheet]:
    """Excel 2003 XML ('XML Spreadsheet'), read without ever expanding entities."""
    from segmenter_app.core.reading.rawdata import RawSheet

    data = _read_limited(path)
    try:
        root = parse_tree(data)
    except UnsafeXml:
        raise ReadError("xml_entities", path) from None
    except (expat.ExpatError, ValueError) as error:
        raise ReadError("corrupt", path, detail=str(error)[:200]) from None
    sheets = []
    for worksheet in root.iter(f"{_SS}Worksheet"):
        rows: list[list[Any]] = []
        for table in worksheet.iter(f"{_SS}Table"):
            for row in table.iter(f"{_SS}Row"):
                index = row.get(f"{_SS}Index")
                if index and index.isdigit():
                    rows.extend([] for _ in range(int(index) - 1 - len(rows)))
                values: list[Any] = []
                for cell in row.iter(f"{_SS}Cell"):
                    position = cell.get(f"{_SS}Index")
                    if position and position.isdigit():
                        values.extend([""] * (int(position) - 1 - len(values)))
                    values.append(_spreadsheetml_value(cell.find(f"{_SS}Data")))
                rows.append(values)
        sheets.append(RawSheet.from_rows(worksheet.get(f"{_SS}Name") or f"Sheet{len(sheets) + 1}", rows))
    return sheets


def _spreadsheetml_value(data: ElementTree.Element | None) -> Any:
    if data is None:
        return ""
    text = "".join(data.itertext())
    kind = data.get(f"{_SS}Type")
    if kind == "Number":
        try:
            return float(text)
        except ValueError:
            return text
    if kind == "Boolean":
        return text.strip() == "1"
    return text


def _read_limited(path: Path) -> bytes:
    """The file's bytes: a regular file only (checked on the open file), and never more
    than :data:`MAX_TEXT_BYTES` (a file that grows while read is cut off there)."""
    try:
        with open_regular(path) as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > MAX_TEXT_BYTES:
                raise ReadError("too_large", path, size=size, limit=MAX_TEXT_BYTES)
            data = handle.read(MAX_TEXT_BYTES + 1)
    except NotRegularFile as error:
        raise ReadError("not_a_file", path, kind=error.kind) from None
    if len(data) > MAX_TEXT_BYTES:
        raise ReadError("too_large", path, size=len(data), limit=MAX_TEXT_BYTES)
    return data
