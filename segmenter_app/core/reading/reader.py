"""File → raw sheets: every format account managers send, read safely and fast.

The format is decided by the file's content, not its name (an .xls that is really an
HTML table, an .xlsx that is really an .xls).  Workbooks are parsed in a child process
(``sandbox.py``), because native readers can abort the process on a hostile file.
Text formats (CSV, HTML tables, Excel 2003 XML) are parsed here (``textfiles.py``).

An .xlsx takes the fast path: its first rows are previewed here in milliseconds
(``xlsx_preview.py``) so the importer can find the header, and then only the chosen
sheet is loaded, from the header on, by fastexcel into typed Arrow columns.  Anything
unusual falls back to reading the whole workbook with python-calamine (and openpyxl
or xlrd where calamine refuses).
"""

from __future__ import annotations

import codecs
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from segmenter_app.core.errors import ReadCancelled, ReadError
from segmenter_app.core.fileio import NotRegularFile, open_regular
from segmenter_app.core.reading.sandbox import OLE_MAGIC, ChildReader
from segmenter_app.core.reading.textfiles import looks_utf16, utf32_without_bom

# Starting the reader child needs the standard library alone: the sheets' classes (and
# numpy, pandas and pyarrow under them) are imported when the answer is read, while the
# child is already parsing.
if TYPE_CHECKING:
    from segmenter_app.core.reading.rawdata import RawColumn, RawWorkbook

__all__ = [
    "ReadCancelled",
    "ReadError",
    "WorkbookSource",
    "detect_format",
    "read_workbook",
    "start_reading",
]

#: Refuse files whose parts unpack to more than this (zip bombs).
MAX_UNPACKED_BYTES = 1 << 30

ProgressCallback = Callable[[float], None]
CancelCheck = Callable[[], bool]
WORKBOOK_KINDS = ("xlsx", "xlsb", "xls", "ods")


_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")
_EXTENSION_FORMATS = {
    ".xlsx": "xlsx",
    ".xlsm": "xlsx",
    ".xltx": "xlsx",
    ".xltm": "xlsx",
    ".xlsb": "xlsb",
    ".xls": "xls",
    ".ods": "ods",
    ".csv": "csv",
    ".txt": "csv",
    ".tsv": "csv",
}


def detect_format(path: Path, head: bytes) -> str:
    """The format of a file from its first bytes: xlsx, xlsb, xls, ods, csv, html,
    spreadsheetml; or raise a ReadError naming what the file is instead."""
    if not head:
        raise ReadError("empty_file", path)
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return _zip_format(path)
    if head.startswith(OLE_MAGIC):
        with path.open("rb") as handle:
            container = handle.read(1 << 20)
        if _ENCRYPTED_PACKAGE in container:
            raise ReadError("password", path)
        return "xls"
    if head.startswith(b"%PDF"):
        raise ReadError("not_spreadsheet", path, kind="pdf")
    if head[0] == 0x09 and head[1] in (0x00, 0x02, 0x04, 0x08) and head[3] == 0x00:
        return "xls"  # a BIFF 2–4 worksheet: a BOF record without an OLE container
    text = _sniff_text(head)
    if text is not None:
        lowered = text.lstrip("\ufeff \t\r\n").lower()
        if lowered.startswith("<?xml") or lowered.startswith("<workbook"):
            if "urn:schemas-microsoft-com:office:spreadsheet" in lowered:
                return "spreadsheetml"
            if "opendocument" in lowered:
                raise ReadError("unsupported_format", path, kind="fods")
            raise ReadError("not_spreadsheet", path, kind="xml")
        if lowered.startswith(("<html", "<!doctype html", "<table", "<meta", "<head", "<body")) or (
            "<table" in lowered and "<tr" in lowered
        ):
            return "html"
        return "csv"
    if head.startswith(b"\x00\x00\x00\x0cjP") or head[:3] == b"\xff\xd8\xff" or head.startswith(b"\x89PNG"):
        raise ReadError("not_spreadsheet", path, kind="image")
    raise ReadError("not_spreadsheet", path, kind="unknown")


def _zip_format(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            names = {info.filename for info in infos}
            mimetype = archive.read("mimetype")[:100] if "mimetype" in names else b""
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError) as error:
        raise ReadError("corrupt", path, detail=str(error)[:200]) from None
    unpacked = sum(info.file_size for info in infos)
    if unpacked > MAX_UNPACKED_BYTES:
        raise ReadError("zip_bomb", path, unpacked=unpacked, limit=MAX_UNPACKED_BYTES)
    for info in infos:
        if info.file_size > (64 << 20) and info.file_size > 200 * max(info.compress_size, 1):
            raise ReadError("zip_bomb", path, unpacked=unpacked, limit=MAX_UNPACKED_BYTES)
    lowered = {name.lower() for name in names}
    if b"opendocument.spreadsheet" in mimetype or ("content.xml" in lowered and not mimetype):
        return "ods"
    if mimetype:
        raise ReadError("not_spreadsheet", path, kind="opendocument")
    if "xl/workbook.bin" in lowered:
        return "xlsb"
    if (
        any(name.startswith("xl/") for name in lowered)
        or "[content_types].xml" in lowered
        and any(name.endswith("workbook.xml") for name in lowered)
    ):
        return "xlsx"
    if path.suffix.lower() == ".numbers" or any(name.endswith((".iwa", "index.zip")) for name in lowered):
        raise ReadError("unsupported_format", path, kind="numbers")
    if any(name.startswith("word/") for name in lowered):
        raise ReadError("not_spreadsheet", path, kind="word")
    if any(name.startswith("ppt/") for name in lowered):
        raise ReadError("not_spreadsheet", path, kind="powerpoint")
    raise ReadError("not_spreadsheet", path, kind="zip")


def _sniff_text(head: bytes) -> str | None:
    """The start of the file as text, or None when it is binary."""
    if head.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return head.decode("utf-32", errors="ignore")
    utf32 = utf32_without_bom(head)
    if utf32:
        return head[: len(head) // 4 * 4].decode(utf32, errors="ignore")
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if head.startswith(bom):
            return head[len(bom) :].decode(encoding.replace("-sig", ""), errors="ignore")
    if looks_utf16(head):
        return head.decode("utf-16-le", errors="ignore")
    if b"\x00" in head:
        return None
    control = sum(1 for byte in head[:4096] if byte < 9 or 13 < byte < 32)
    if control > len(head[:4096]) // 100:
        return None
    return head.decode("cp1252", errors="replace")


def read_head(path: Path) -> bytes:
    """The first 8 kB of a file (to tell its format), or a ReadError saying why it
    cannot be read: a folder, not a regular file, missing, locked, no permission."""
    try:
        if path.is_dir():
            raise ReadError("is_directory", path)
        # Only a regular file: a FIFO named list.csv would block open() for ever.
        with open_regular(path) as handle:
            return handle.read(8192)
    except NotRegularFile as error:
        raise ReadError(
            "is_directory" if error.kind == "folder" else "not_a_file", path, kind=error.kind
        ) from None
    except FileNotFoundError:
        raise ReadError("not_found", path) from None
    except PermissionError:
        raise ReadError("permission", path) from None
    except OSError as error:
        if getattr(error, "errno", None) == 26 or "being used" in str(error):
            raise ReadError("locked", path) from None
        raise ReadError("os_error", path, detail=error.strerror or str(error)) from None


@dataclass
class FastRead:
    """An .xlsx read the fast way: the first rows of every sheet, the header the child
    chose, and the chosen sheet's rows below the header."""

    preview: RawWorkbook
    sheet: str
    header_index: int
    confident: bool
    #: False when the preview holds the whole sheet (nothing was loaded)
    truncated: bool
    #: (0-based sheet column, cells below the header)
    loaded: list[tuple[int, RawColumn]]
    #: the other sheets of the same list: (name, header index, truncated, loaded)
    others: list[tuple[str, int, bool, list[tuple[int, RawColumn]]]] = field(default_factory=list)
    #: sheets left out: (name, why)
    skipped_sheets: list[tuple[str, str]] = field(default_factory=list)


class WorkbookSource:
    """A file being read.  For workbooks the child process starts in the constructor
    and works while the caller goes on; :meth:`result` waits for it.

    ``sheet`` and ``header_row`` (as Excel numbers rows) pin the layout for the fast
    path; otherwise the child finds it.  ``fast`` False reads every sheet whole.
    """

    def __init__(
        self,
        path: Path,
        kind: str,
        notes: list[tuple[str, dict[str, Any]]],
        *,
        sheet: str | None = None,
        header_row: int | None = None,
        fast: bool = True,
        timeout: float | None = None,
        memory_limit: int | None = None,
        sheets: tuple[str, ...] | None = None,
    ) -> None:
        self.path = path
        self.kind = kind
        self.notes = notes
        self._child: ChildReader | None = None
        if kind in WORKBOOK_KINDS:
            self._child = ChildReader(path, kind, timeout=timeout, memory_limit=memory_limit)
            self._child.send(
                {
                    "fast": fast and kind == "xlsx",
                    "sheet": sheet,
                    "header_row": header_row,
                    "sheets": list(sheets) if sheets else None,
                }
            )

    def result(
        self, *, progress: ProgressCallback | None = None, cancelled: CancelCheck | None = None
    ) -> RawWorkbook | FastRead:
        """The whole workbook, or for an .xlsx a :class:`FastRead`."""
        from segmenter_app.core.reading.rawdata import RawColumn, RawSheet, RawWorkbook
        from segmenter_app.core.reading.textfiles import read_html, read_spreadsheetml, read_text

        if self._child is not None:
            child, self._child = self._child, None
            answer = child.wait(progress, cancelled)
            if answer[0] == "fast":
                return self._fast(answer, child.frames)
            workbook = RawWorkbook(
                self.path,
                self.kind,
                [
                    RawSheet(
                        name=sheet["name"],
                        columns=[RawColumn.decode(column) for column in sheet["columns"]],
                        n_rows=sheet["n_rows"],
                        hidden=sheet["hidden"],
                        first_row=sheet["first_row"],
                        first_col=sheet["first_col"],
                    )
                    for sheet in answer[1]
                ],
            )
        elif self.kind == "csv":
            workbook = read_text(self.path, progress=progress)
        elif self.kind == "html":
            workbook = RawWorkbook(self.path, self.kind, read_html(self.path))
        else:
            workbook = RawWorkbook(self.path, self.kind, read_spreadsheetml(self.path))
        workbook.notes[:0] = self.notes
        if not any(sheet.n_rows for sheet in workbook.sheets):
            raise ReadError("no_data", self.path)
        return workbook

    def _fast(self, answer: tuple, frames: list) -> FastRead:
        from segmenter_app.core.reading.rawdata import RawSheet, RawWorkbook

        _kind, previews, sheet, header_index, confident, truncated, frame, positions, others, skipped = answer
        preview = RawWorkbook(
            self.path,
            self.kind,
            [RawSheet.from_rows(name, rows, hidden) for name, hidden, rows in previews],
            notes=list(self.notes),
            preview=True,
        )
        if not any(sheet.n_rows for sheet in preview.sheets):
            raise ReadError("no_data", self.path)
        return FastRead(
            preview,
            sheet,
            header_index,
            confident,
            truncated,
            _columns(frames, frame, positions),
            [
                (name, index, cut, _columns(frames, number, where))
                for name, index, cut, number, where in others
            ],
            [(name, why) for name, why in skipped],
        )

    def close(self) -> None:
        if self._child is not None:
            self._child.close()
            self._child = None


def _columns(frames: list, frame: int | None, positions: list[int]) -> list[tuple[int, RawColumn]]:
    """A sheet's loaded rows: (sheet column, cells) from the child's Arrow frame."""
    if frame is None:
        return []
    from segmenter_app.core.reading.rawdata import RawColumn

    batch = frames[frame]
    return [(position, RawColumn.from_arrow(batch.column(index))) for index, position in enumerate(positions)]


def start_reading(
    path: Path | str,
    *,
    sheet: str | None = None,
    header_row: int | None = None,
    fast: bool = True,
    timeout: float | None = None,
    memory_limit: int | None = None,
    sheets: tuple[str, ...] | None = None,
) -> WorkbookSource:
    """Check the file and start reading it; raises :class:`ReadError` at once for a file
    that is missing or is not a spreadsheet."""
    path = Path(path)
    head = read_head(path)
    kind = detect_format(path, head)
    notes: list[tuple[str, dict[str, Any]]] = []
    expected = _EXTENSION_FORMATS.get(path.suffix.lower())
    if expected and expected != kind and not (expected == "csv" and kind == "html"):
        notes.append(("format_differs", {"actual": kind, "extension": path.suffix}))
    return WorkbookSource(
        path,
        kind,
        notes,
        sheet=sheet,
        header_row=header_row,
        fast=fast,
        timeout=timeout,
        memory_limit=memory_limit,
        sheets=sheets,
    )


def read_workbook(
    path: Path | str,
    *,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
    timeout: float | None = None,
    memory_limit: int | None = None,
) -> RawWorkbook:
    """Read every sheet of a spreadsheet or text file, whole.

    Raises :class:`ReadError` for anything that is not a readable list and
    :class:`ReadCancelled` when ``cancelled()`` turned true.
    """
    source = start_reading(path, fast=False, timeout=timeout, memory_limit=memory_limit)
    try:
        result = source.result(progress=progress, cancelled=cancelled)
    finally:
        source.close()
    assert not isinstance(result, FastRead)
    return result
