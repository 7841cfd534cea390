"""The first rows of every sheet of an .xlsx, read in milliseconds.

Finding the header needs only the top of each sheet, but every spreadsheet library
parses a whole sheet before it hands out a row (about 0.7 s for 100,000 rows).  This
module streams the sheet XML and the shared strings out of the zip and stops after
:data:`PREVIEW_ROWS` rows, so the header is known before the full, typed load starts
(see ``reading.py``).  It reads at most a few megabytes, refuses DTDs (no entity
expansion) and returns None for anything unusual; the caller then reads the whole
workbook the slow, safe way.
"""

from __future__ import annotations

import contextlib
import datetime
import posixpath
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.parsers import expat

from segmenter_app.core.reading.safe_xml import UnsafeXml, hardened_parser

PREVIEW_ROWS = 60
#: A sheet whose XML is at most this large (about 1,000 rows of 20 columns) is read
#: whole here: parsing it costs less than starting fastexcel and importing pyarrow for
#: the typed load (0.15 s), and most lists a person opens are this small.
WHOLE_SHEET_BYTES = 512 << 10
#: Stop reading a part after this many uncompressed bytes.
MAX_PART_BYTES = 16 << 20
#: No row limit (a sheet read whole).
_WHOLE = 1 << 62
_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"


@dataclass
class PreviewSheet:
    name: str
    hidden: bool
    rows: list[list[Any]]
    #: True when the sheet has more rows than the preview holds.
    truncated: bool
    first_row: int = 0

    @property
    def n_rows(self) -> int:
        return len(self.rows)

    def row(self, index: int) -> list[Any]:
        return self.rows[index]


class _Stop(Exception):
    pass


class _Unusual(Exception):
    pass


def _parser(start=None, end=None, text=None) -> expat.XMLParserType:
    return hardened_parser(start, end, text)


def _feed(archive: zipfile.ZipFile, name: str, parser: expat.XMLParserType) -> None:
    read = 0
    try:
        with archive.open(name) as stream:
            while True:
                chunk = stream.read(65536)
                if not chunk:
                    break
                read += len(chunk)
                if read > MAX_PART_BYTES:
                    raise _Stop()
                parser.Parse(chunk, False)
            parser.Parse(b"", True)
    except _Stop:
        return


def _relationships(archive: zipfile.ZipFile, part: str) -> dict[str, str]:
    folder, base = posixpath.split(part)
    rels_name = posixpath.join(folder, "_rels", base + ".rels")
    targets: dict[str, str] = {}

    def start(tag: str, attrs: dict[str, str]) -> None:
        if tag == f"{_PKG_REL} Relationship":
            target = attrs.get("Target", "")
            if target.startswith("/"):
                resolved = target.lstrip("/")
            else:
                resolved = posixpath.normpath(posixpath.join(folder, target))
            targets[attrs.get("Id", "")] = resolved

    _feed(archive, rels_name, _parser(start=start))
    return targets


_BUILTIN_DATE_FORMATS = frozenset(range(14, 23)) | {45, 46, 47}
_QUOTED = re.compile(r'"[^"]*"|\\.|\[[^\]]*\]')


def is_date_format(code: str) -> bool:
    """A number format that shows a date or time ('dd.mm.yyyy', 'h:mm', not '0.00 "d"')."""
    bare = _QUOTED.sub("", code.split(";")[0]).lower()
    return any(ch in bare for ch in "dmyhs") and "general" not in bare


def _date_styles(archive: zipfile.ZipFile, styles: str) -> set[int]:
    """Indexes of the cell styles (``s=``) whose number format is a date."""
    if not styles or styles not in archive.namelist():
        return set()
    custom: dict[int, str] = {}
    formats: list[int] = []
    depth = {"cellXfs": False}

    def start(tag: str, attrs: dict[str, str]) -> None:
        local = tag.rsplit(" ", 1)[-1]
        if local == "numFmt":
            with contextlib.suppress(ValueError):
                custom[int(attrs.get("numFmtId", "-1"))] = attrs.get("formatCode", "")
        elif local == "cellXfs":
            depth["cellXfs"] = True
        elif local == "xf" and depth["cellXfs"]:
            with contextlib.suppress(ValueError):
                formats.append(int(attrs.get("numFmtId", "0")))

    def end(tag: str) -> None:
        if tag.rsplit(" ", 1)[-1] == "cellXfs":
            depth["cellXfs"] = False

    _feed(archive, styles, _parser(start=start, end=end))
    return {
        index
        for index, number_format in enumerate(formats)
        if number_format in _BUILTIN_DATE_FORMATS
        or (number_format in custom and is_date_format(custom[number_format]))
    }


def excel_date(serial: float, date1904: bool) -> str:
    """An Excel date number as the text a user sees (ISO)."""
    base = datetime.datetime(1904, 1, 1) if date1904 else datetime.datetime(1899, 12, 30)
    moment = base + datetime.timedelta(days=serial)
    if moment.hour == moment.minute == moment.second == 0:
        return moment.date().isoformat()
    if serial < 1:
        return moment.time().isoformat(timespec="seconds")
    return moment.isoformat(sep=" ", timespec="seconds")


def _workbook_sheets(archive: zipfile.ZipFile) -> tuple[str, str, bool, list[tuple[str, bool, str]]]:
    root_rels = _relationships(archive, "")
    workbook = next((t for t in root_rels.values() if t.endswith("workbook.xml")), "xl/workbook.xml")
    rels = _relationships(archive, workbook)
    sheets: list[tuple[str, bool, str]] = []
    date1904 = {"value": False}

    def start(tag: str, attrs: dict[str, str]) -> None:
        if tag == f"{_MAIN} workbookPr":
            date1904["value"] = attrs.get("date1904", "0").lower() in ("1", "true")
        if tag == f"{_MAIN} sheet":
            target = rels.get(attrs.get(f"{_REL} id", ""))
            if target is None:
                raise _Unusual("sheet without a part")
            sheets.append((attrs.get("name", ""), attrs.get("state", "visible") != "visible", target))

    _feed(archive, workbook, _parser(start=start))
    shared = next((t for t in rels.values() if t.endswith("sharedStrings.xml")), "")
    styles = next((t for t in rels.values() if t.endswith("styles.xml")), "")
    return shared, styles, date1904["value"], sheets


class _SharedStrings:
    """Shared strings, parsed lazily up to the highest index asked for."""

    def __init__(self, archive: zipfile.ZipFile, name: str) -> None:
        self.strings: list[str] = []
        self._wanted = 0
        self._archive = archive
        self._name = name if name in archive.namelist() else ""
        self._parser = None
        self._stream = None
        self._read = 0
        self._in_si = 0
        self._in_t = False
        self._skip = 0
        self._buffer: list[str] = []

    def _start(self, tag: str, _attrs: dict[str, str]) -> None:
        if tag == f"{_MAIN} si":
            self._in_si = 1
            self._buffer = []
        elif tag in (f"{_MAIN} rPh", f"{_MAIN} phoneticPr"):
            self._skip += 1
        elif tag == f"{_MAIN} t" and self._in_si and not self._skip:
            self._in_t = True

    def _end(self, tag: str) -> None:
        if tag == f"{_MAIN} si":
            self.strings.append("".join(self._buffer))
            self._in_si = 0
        elif tag in (f"{_MAIN} rPh", f"{_MAIN} phoneticPr"):
            self._skip -= 1
        elif tag == f"{_MAIN} t":
            self._in_t = False

    def _text(self, data: str) -> None:
        if self._in_t:
            self._buffer.append(data)

    def get(self, index: int) -> str:
        while index >= len(self.strings):
            if not self._more():
                raise _Unusual("shared string index beyond the table")
        return self.strings[index]

    def close(self) -> None:
        """Close the part's stream if it was read only in part (the zip file's handle
        stays open while one of its streams is)."""
        if self._stream is not None:
            self._stream.close()
            self._stream = None

    def _more(self) -> bool:
        if not self._name:
            return False
        if self._parser is None:
            self._parser = _parser(self._start, self._end, self._text)
            self._stream = self._archive.open(self._name)
        chunk = self._stream.read(65536)
        self._read += len(chunk)
        if not chunk or self._read > MAX_PART_BYTES:
            self._name = ""
            return False
        self._parser.Parse(chunk, False)
        return True


def _column_index(reference: str) -> int:
    index = 0
    for char in reference:
        if "A" <= char <= "Z":
            index = index * 26 + ord(char) - 64
        else:
            break
    return index - 1


def _row_index(reference: str) -> int:
    digits = "".join(ch for ch in reference if ch.isdigit())
    return int(digits) - 1 if digits else -1


def _preview_sheet(
    archive: zipfile.ZipFile, part: str, strings: _SharedStrings, limit: int, dates: set[int], date1904: bool
) -> tuple[list[list[Any]], bool]:
    rows: dict[int, dict[int, Any]] = {}
    state: dict[str, Any] = {
        "row": -1,
        "col": -1,
        "type": "n",
        "value": None,
        "in_v": False,
        "in_is_t": False,
        "text": [],
        "more": False,
    }

    def start(tag: str, attrs: dict[str, str]) -> None:
        local = tag.rsplit(" ", 1)[-1]
        if local == "row":
            reference = attrs.get("r")
            state["row"] = int(reference) - 1 if reference and reference.isdigit() else state["row"] + 1
            state["col"] = -1
            if state["row"] >= limit:
                state["more"] = True
                raise _Stop()
        elif local == "c":
            reference = attrs.get("r")
            if reference:
                state["col"] = _column_index(reference)
                row = _row_index(reference)
                if row >= 0:
                    state["row"] = row
            else:
                state["col"] += 1
            state["type"] = attrs.get("t", "n")
            style = attrs.get("s", "0")
            state["date"] = style.isdigit() and int(style) in dates
            state["text"] = []
        elif local == "v":
            state["in_v"] = True
            state["text"] = []
        elif local == "t" and state["type"] == "inlineStr":
            state["in_is_t"] = True

    def end(tag: str) -> None:
        local = tag.rsplit(" ", 1)[-1]
        if local == "v":
            state["in_v"] = False
        elif local == "t":
            state["in_is_t"] = False
        elif local == "sheetData":
            state["ended"] = True
        elif local == "c":
            raw = "".join(state["text"])
            value = _cell_value(state["type"], raw, strings)
            if state.get("date") and isinstance(value, float):
                with contextlib.suppress(OverflowError, ValueError):
                    value = excel_date(value, date1904)
            if value != "":
                rows.setdefault(state["row"], {})[state["col"]] = value

    def text(data: str) -> None:
        if state["in_v"] or state["in_is_t"]:
            state["text"].append(data)

    parser = _parser(start, end, text)
    try:
        with archive.open(part) as stream:
            read = 0
            while True:
                chunk = stream.read(65536)
                if not chunk:
                    break
                read += len(chunk)
                if read > MAX_PART_BYTES:
                    raise _Unusual("header rows too large")
                parser.Parse(chunk, False)
    except _Stop:
        pass
    if not state["more"] and not state.get("ended"):
        # A sheet read to its end must close its rows: one cut short (a zip entry
        # shorter than its XML) would lose rows without a word.
        raise _Unusual("the sheet's rows do not end")
    if not rows:
        return [], state["more"]
    height = max(rows) + 1
    width = max(max(cells) for cells in rows.values()) + 1
    table = [["" for _ in range(width)] for _ in range(height)]
    for row, cells in rows.items():
        for column, value in cells.items():
            if column >= 0:
                table[row][column] = value
    return table, state["more"]


def _cell_value(kind: str, raw: str, strings: _SharedStrings) -> Any:
    if raw == "":
        return ""
    if kind == "s":
        return strings.get(int(raw))
    if kind in ("str", "inlineStr"):
        return raw
    if kind == "b":
        return raw.strip() == "1"
    if kind == "e":
        return ""
    try:
        return float(raw)
    except ValueError:
        return raw


def _read_whole(part: zipfile.ZipInfo, whole_below: int = WHOLE_SHEET_BYTES) -> bool:
    """A worksheet the preview reads whole (its XML is small), as the zip says."""
    return part.file_size <= whole_below


def has_long_sheet(path: str | Path) -> bool:
    """The workbook has a worksheet longer than the preview reads whole: fastexcel and
    pyarrow will load it.  Only the zip's directory is read; False for anything else."""
    try:
        with zipfile.ZipFile(path) as archive:
            return any(
                info.filename.startswith("xl/worksheets/") and not _read_whole(info)
                for info in archive.infolist()
            )
    except (OSError, zipfile.BadZipFile, ValueError, EOFError, NotImplementedError):
        return False


def preview_xlsx(
    path: Path, rows: int = PREVIEW_ROWS, whole_below: int = WHOLE_SHEET_BYTES
) -> list[PreviewSheet] | None:
    """The first ``rows`` rows of each worksheet — all of a sheet whose XML is at most
    ``whole_below`` bytes (as the zip's directory says; the read stops there whatever
    the file claims) — or None when the package is unusual (Strict OOXML, chart sheets
    only, odd parts): read it the full way then."""
    try:
        with zipfile.ZipFile(path) as archive:
            shared, styles, date1904, sheets = _workbook_sheets(archive)
            strings = _SharedStrings(archive, shared)
            try:
                dates = _date_styles(archive, styles)
                previews = []
                for name, hidden, part in sheets:
                    if part not in archive.namelist():
                        return None
                    if "worksheets/" not in part:
                        continue  # chart sheets and macro sheets hold no list
                    whole = _read_whole(archive.getinfo(part), whole_below)
                    limit = _WHOLE if whole else rows
                    table, more = _preview_sheet(archive, part, strings, limit, dates, date1904)
                    previews.append(PreviewSheet(name, hidden, table, more))
                return previews or None
            finally:
                strings.close()
    except (
        _Unusual,
        UnsafeXml,
        zipfile.BadZipFile,
        KeyError,
        ValueError,
        OSError,
        expat.ExpatError,
        RuntimeError,
        EOFError,
        NotImplementedError,
    ):
        return None
