"""The part of reading that runs in a child process.

Native spreadsheet readers can take the whole process down: python-calamine aborts
(an uncatchable Rust allocation failure) on some damaged .xls files and on zip bombs.
So workbooks are parsed here, in a process of their own with a memory cap, and only
plain Python data comes back.  This module imports nothing but the standard library
and the readers, so that the child starts fast.

It runs as ``python -m segmenter_app.core.reading.child`` (or the frozen app with
``--segmenter-reader-child``), reads its request as one JSON line on stdin and writes
length-prefixed pickles on stdout: ``("progress", done, total)`` messages, then one
answer: ``("fast", previews, sheet, header_index, confident, truncated, frame,
positions, other_sheets, skipped_sheets)`` for an .xlsx read the fast way, whose loaded
sheets came before it as Arrow frames (``frame`` is the number of the chosen sheet's:
an Arrow IPC stream written straight onto the pipe, no copy in between), ``("ok",
sheets)`` for a whole workbook, or ``("error", code, detail)``.  Each sheet is a dict
with its name, visibility, the offset of its first cell and its columns, encoded by
:func:`encode_column`.  A request with ``"job": "tables"`` reads a batch of returned
workbooks instead (:func:`run_tables`, ``sandbox.read_batch``).
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import pickle
import stat
import struct
import sys
from array import array
from collections.abc import Callable
from typing import Any

#: Integers beyond this lose digits as float64; they travel as Python ints.
_EXACT_INT = 2**53
#: The length a frame's header gives when an Arrow IPC stream follows instead of a pickle.
ARROW_FRAME = 2**64 - 1


class ChildError(Exception):
    """A refusal with a code the parent words (see ``texts.py``)."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(code, detail)
        self.code = code
        self.detail = detail


def _limit_memory(max_bytes: int) -> None:
    """Cap the reader's memory; and no core file: a reader that hits the cap aborts
    (Rust's out-of-memory handler), and where a user allows cores it left hundreds of
    MB of their list's cells in the working folder."""
    try:
        import resource
    except ImportError:  # Windows: no rlimits; the parent's wall-clock limit still holds.
        return
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if max_bytes <= 0:
        return
    for limit in ("RLIMIT_AS", "RLIMIT_DATA"):
        which = getattr(resource, limit, None)
        if which is None:
            continue
        with contextlib.suppress(ValueError, OSError):
            resource.setrlimit(which, (max_bytes, max_bytes))


def encode_column(values: list[Any]) -> tuple:
    """A column as ``("m", float64 bytes, others)`` when it is mostly numbers, else
    ``("o", values)``.

    Numbers cross the process boundary as one block of bytes instead of one pickled
    object per cell; the few cells that are not numbers (a header, a title, a text
    cell) travel in ``others`` keyed by row.  Empty cells are NaN / "".
    """
    numeric = 0
    filled = 0
    for value in values:
        if value == "" or value is None:
            continue
        filled += 1
        kind = type(value)
        if kind is float or (kind is int and -_EXACT_INT < value < _EXACT_INT):
            numeric += 1
    if filled == 0 or numeric * 2 < filled:
        # Whitespace-only cells look empty in Excel; they are empty here too.
        return ("o", [("" if v is None or (type(v) is str and v.isspace()) else v) for v in values])
    numbers = array("d", [math.nan]) * len(values)
    others: dict[int, Any] = {}
    for index, value in enumerate(values):
        kind = type(value)
        if kind is float or (kind is int and -_EXACT_INT < value < _EXACT_INT):
            numbers[index] = value
        elif value != "" and value is not None and not (type(value) is str and value.isspace()):
            others[index] = value
    return ("m", numbers.tobytes(), others)


def _columns_of(rows: list[list[Any]], width: int) -> list[tuple]:
    for row in rows:
        if len(row) < width:
            row.extend([""] * (width - len(row)))
    return [encode_column(list(column)) for column in zip(*rows, strict=False)] if rows else []


def _read_calamine(path: str, max_cells: int, send) -> list[dict]:
    import python_calamine as calamine

    workbook = calamine.CalamineWorkbook.from_path(path)
    metadata = workbook.sheets_metadata
    sheets: list[dict] = []
    for index, meta in enumerate(metadata):
        send(("progress", index, len(metadata)))
        if meta.typ != calamine.SheetTypeEnum.WorkSheet:
            continue
        sheet = workbook.get_sheet_by_index(index)
        height, width = sheet.height, sheet.width
        if height * width > max_cells:
            raise ChildError("too_many_cells", f"{meta.name}|{height}|{width}")
        rows = sheet.to_python(skip_empty_area=False) if height else []
        sheets.append(
            {
                "name": meta.name,
                "hidden": meta.visible != calamine.SheetVisibleEnum.Visible,
                "first_row": 0,
                "first_col": 0,
                "n_rows": len(rows),
                "columns": _columns_of(rows, max((len(r) for r in rows), default=0)),
            }
        )
        del rows, sheet
    send(("progress", len(metadata), len(metadata)))
    return sheets


def _read_xlrd(path: str, max_cells: int, send) -> list[dict]:
    """Old .xls (BIFF 2–5) that calamine does not read."""
    import xlrd

    book = xlrd.open_workbook(path, on_demand=True)
    sheets: list[dict] = []
    for index in range(book.nsheets):
        send(("progress", index, book.nsheets))
        sheet = book.sheet_by_index(index)
        if sheet.nrows * sheet.ncols > max_cells:
            raise ChildError("too_many_cells", f"{sheet.name}|{sheet.nrows}|{sheet.ncols}")
        rows = []
        for r in range(sheet.nrows):
            row = []
            for cell in sheet.row(r):
                if cell.ctype == xlrd.XL_CELL_DATE:
                    try:
                        row.append(xlrd.xldate.xldate_as_datetime(cell.value, book.datemode))
                    except (ValueError, OverflowError, xlrd.xldate.XLDateError):
                        row.append(cell.value)
                elif cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK, xlrd.XL_CELL_ERROR):
                    row.append("")
                elif cell.ctype == xlrd.XL_CELL_BOOLEAN:
                    row.append(bool(cell.value))
                else:
                    row.append(cell.value)
            rows.append(row)
        sheets.append(
            {
                "name": sheet.name,
                "hidden": bool(getattr(sheet, "visibility", 0)),
                "first_row": 0,
                "first_col": 0,
                "n_rows": len(rows),
                "columns": _columns_of(rows, max((len(r) for r in rows), default=0)),
            }
        )
        book.unload_sheet(index)
    return sheets


def _read_openpyxl(path: str, max_cells: int, send) -> list[dict]:
    """Workbooks calamine refuses but openpyxl reads (odd packages, some generators)."""
    import openpyxl

    book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    sheets: list[dict] = []
    for index, sheet in enumerate(book.worksheets):
        send(("progress", index, len(book.worksheets)))
        rows: list[list[Any]] = []
        cells = 0
        for row in sheet.iter_rows(values_only=True):
            rows.append(["" if value is None else value for value in row])
            cells += len(row)
            if cells > max_cells:
                raise ChildError("too_many_cells", f"{sheet.title}|{len(rows)}|{len(row)}")
        while rows and not any(value != "" for value in rows[-1]):
            rows.pop()
        sheets.append(
            {
                "name": sheet.title,
                "hidden": sheet.sheet_state != "visible",
                "first_row": 0,
                "first_col": 0,
                "n_rows": len(rows),
                "columns": _columns_of(rows, max((len(r) for r in rows), default=0)),
            }
        )
    book.close()
    return sheets


class _Channel:
    """Length-prefixed pickles on a private copy of stdout."""

    def __init__(self) -> None:
        self._stream = os.fdopen(os.dup(1), "wb")
        self.frames = 0
        # A native reader's panic text and warnings must not reach the channel (or the
        # user's terminal): stdout and stderr go nowhere from here on.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        os.dup2(devnull, 2)
        os.environ["RUST_BACKTRACE"] = "0"

    def send(self, message: tuple) -> None:
        self.send_bytes(pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL))

    def send_arrow(self, batch) -> int:
        """An Arrow record batch as a frame of its own (``ARROW_FRAME``, then an Arrow
        IPC stream): its buffers go onto the pipe as they are.  Returns its number."""
        import pyarrow as pa

        self._stream.write(struct.pack("<Q", ARROW_FRAME))
        with pa.ipc.new_stream(pa.PythonFile(self._stream, mode="w"), batch.schema) as writer:
            writer.write_batch(batch)
        self._stream.flush()
        self.frames += 1
        return self.frames - 1

    def send_bytes(self, payload: bytes) -> None:
        """A message pickled already."""
        self._stream.write(struct.pack("<Q", len(payload)))
        self._stream.write(payload)
        self._stream.flush()

    def close(self) -> None:
        self._stream.close()


def _classify_calamine_error(error: BaseException) -> tuple[str, str]:
    import python_calamine as calamine

    text = str(error).strip().splitlines()[0][:300] if str(error).strip() else type(error).__name__
    lowered = text.lower()
    if isinstance(error, calamine.PasswordError) or "password" in lowered or "encrypt" in lowered:
        return "password", text
    if isinstance(error, calamine.ZipError) or "zip" in lowered:
        return "corrupt", text
    if isinstance(error, calamine.XmlError) or "xml" in lowered:
        return "corrupt", text
    return "corrupt", text


def _read_fast(
    path: str,
    sheet_name: str | None,
    header_row: int | None,
    max_cells: int,
    sheets: list[str] | None = None,
    send_arrow: Callable[[Any], int] | None = None,
) -> tuple | None:
    """The .xlsx fast path: preview every sheet, find the header and the sheets of the
    same list, then load only those sheets from their header on, typed by column, into
    Arrow.

    fastexcel parses with borrowed shared strings and builds Arrow columns without a
    Python object per cell: about twice as fast as python-calamine for a 100,000-row
    list, and nothing to pickle.  Each column's type is inferred from all its rows, so
    a column with any text cell arrives as text and nothing is coerced away.  Returns
    None when the workbook needs the full, slower read.
    """
    from segmenter_app.core.headers.search import ImportFailure
    from segmenter_app.core.headers.sheet_set import choose_layout_and_sheets
    from segmenter_app.core.reading.xlsx_preview import PREVIEW_ROWS, preview_xlsx

    previews = preview_xlsx(path, rows=max(PREVIEW_ROWS, (header_row or 0) + 1))
    if not previews:
        return None
    try:
        sheet, index, confident, chosen = choose_layout_and_sheets(
            previews, sheet_name, header_row, tuple(sheets) if sheets else None
        )
    except ImportFailure as failure:
        raise ChildError("import_failure", json.dumps([failure.code, failure.params])) from None
    by_name = {preview.name: preview for preview in previews}
    if any(by_name[member.name].truncated for member in chosen.members):
        # A sheet longer than its preview is loaded into Arrow: pyarrow (and numpy under
        # it, 0.15 s) is imported beside the load.  A list the preview holds whole never
        # needs it (most files a person opens, and every returned one).
        import threading

        threading.Thread(target=_import_arrow, daemon=True).start()
    loads: list[tuple[str, int, bool, Any, list[int]]] = []
    cells = 0
    reader = None
    for member in chosen.members:
        preview = by_name[member.name]
        frame: int | None = None
        positions: list[int] = []
        if preview.truncated:
            import fastexcel

            reader = reader or fastexcel.read_excel(path)
            loaded = _load_sheet(reader, preview, member.index, max_cells - cells)
            if loaded is None:
                return None
            batch, positions, size = loaded
            frame = send_arrow(batch)
            del batch, loaded
            cells += size
        loads.append((member.name, member.index, preview.truncated, frame, positions))
    first = next(load for load in loads if load[0] == sheet.name)
    return (
        "fast",
        [(p.name, p.hidden, p.rows) for p in previews],
        sheet.name,
        index,
        confident,
        first[2],
        first[3],
        first[4],
        [load for load in loads if load[0] != sheet.name],
        chosen.skipped,
    )


def _load_sheet(reader, preview, index: int, max_cells: int) -> tuple[Any, list[int], int] | None:
    """One sheet from its header on: (Arrow record batch, sheet column of each batch
    column, cells), or None when the full read must decide."""
    try:
        batch = reader.load_sheet(
            preview.name,
            header_row=None,
            skip_rows=index + 1,
            schema_sample_rows=None,
            dtype_coercion="coerce",
            eager=True,
        )
    except Exception as error:  # noqa: BLE001 - the full read decides what is wrong
        if "password" in str(error).lower():
            raise ChildError("password", str(error)[:200]) from None
        return None
    size = batch.num_rows * max(batch.num_columns, 1)
    if size > max_cells:
        raise ChildError("too_many_cells", f"{preview.name}|{batch.num_rows}|{batch.num_columns}")
    offset = _column_offset(batch, preview.rows, index + 1)
    if offset is None:
        loaded = reader.load_sheet(preview.name, header_row=None, skip_rows=index + 1, n_rows=1)
        positions = [column.absolute_index for column in loaded.selected_columns]
    else:
        positions = list(range(offset, offset + batch.num_columns))
    return batch, positions, size


def _column_offset(batch, preview_rows: list[list[Any]], first: int) -> int | None:
    """The sheet column of the batch's first column.

    calamine's range starts at the sheet's first used column, which the preview only
    bounds.  The rows right below the header are in both the preview and the batch;
    the offset at which they agree is the answer (None when no row can tell)."""
    check = preview_rows[first : first + 20]
    if not check or not any(any(v != "" for v in row) for row in check):
        return None
    top = batch.slice(0, len(check))
    columns = [top.column(i).to_pylist() for i in range(top.num_columns)]
    used = [c for row in preview_rows for c, v in enumerate(row) if v != ""]
    for offset in range(min(used, default=0), -1, -1):
        if all(
            _same(row[offset + w] if offset + w < len(row) else "", columns[w][j])
            for j, row in enumerate(check)
            for w in range(len(columns))
        ):
            return offset
    return None


def _same(preview: Any, loaded: Any) -> bool:
    if preview == "" or preview is None:
        return loaded is None or loaded == ""
    if loaded is None:
        return False
    if isinstance(preview, float):
        try:
            return abs(float(loaded) - preview) <= 1e-9 * max(1.0, abs(preview))
        except (TypeError, ValueError):
            return False
    if isinstance(preview, bool):
        return str(loaded).lower() == str(preview).lower()
    return str(loaded).strip() == str(preview).strip()


def run(request: dict, channel: _Channel) -> None:
    """Carry out one request and answer on the channel."""
    send = channel.send
    path, kind, max_cells = request["path"], request["kind"], request["max_cells"]
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):  # swapped for a FIFO since the parent looked
            raise ChildError("not_a_file", "not a regular file")
        if request.get("fast"):
            answer = _read_fast(
                path,
                request.get("sheet"),
                request.get("header_row"),
                max_cells,
                request.get("sheets"),
                channel.send_arrow,
            )
            if answer is not None:
                send(answer)
                return
        try:
            sheets = _read_calamine(path, max_cells, send)
        except (MemoryError, ChildError):
            raise
        except Exception as error:  # noqa: BLE001 - every reader error becomes a message
            code, detail = _classify_calamine_error(error)
            if kind not in ("xls", "xlsx") or code == "password":
                send(("error", code, detail))
                return
            try:
                fallback = _read_xlrd if kind == "xls" else _read_openpyxl
                sheets = fallback(path, max_cells, send)
            except ChildError:
                raise
            except Exception as fallback_error:  # noqa: BLE001
                lowered = str(fallback_error).lower()
                send(("error", "password" if "encrypt" in lowered or "password" in lowered else code, detail))
                return
        send(("ok", sheets))
    except ChildError as error:
        send(("error", error.code, error.detail))
    except MemoryError:
        send(("error", "out_of_memory", ""))
    except ImportError as error:
        # A library that cannot map its code under the memory cap is out of memory too.
        send(("error", "out_of_memory" if "map" in str(error) else "crashed", str(error)[:200]))
    except BaseException as error:  # noqa: BLE001 - the child must always answer
        # Native code that fails to allocate surfaces in odd ways (a panic, even a
        # KeyboardInterrupt from pyo3): near the cap, it was memory.
        code = "out_of_memory" if _near_memory_cap(request["max_bytes"]) else "corrupt"
        send(("error", code, f"{type(error).__name__}: {error}"[:300]))


def _near_memory_cap(max_bytes: int) -> bool:
    """True when this process came close to its address-space cap (Linux: VmPeak;
    elsewhere the peak resident size)."""
    if max_bytes <= 0:
        return False
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmPeak:"):
                    return int(line.split()[1]) * 1024 >= 0.8 * max_bytes
    except (OSError, ValueError):
        pass
    try:
        import resource
    except ImportError:
        return False
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return (peak if sys.platform == "darwin" else peak * 1024) >= 0.5 * max_bytes


def _import_arrow() -> None:
    with contextlib.suppress(ImportError):
        import pyarrow  # noqa: F401


#: An answer about one file of a batch larger than this is refused: the parent holds it.
MAX_ANSWER_BYTES = 256 << 20


def run_tables(request: dict, channel: _Channel) -> None:
    """The ``tables`` job (returned workbooks, ``xlsx_cells.read_tables``): per file an
    ``("item", n)`` as it starts, then ``("answer", n, WorkbookTables)`` or
    ``("failed", n, code, detail, params)``.  A file that kills this process is told
    from the others by the parent (the last ``item`` without an answer)."""
    from segmenter_app.core.errors import ReadError
    from segmenter_app.core.reading.xlsx_cells import TableSpec, read_tables

    spec = request["spec"]
    spec = TableSpec(
        words=dict(spec["words"]),
        required=spec["required"],
        any_of=tuple(spec["any_of"]),
        mark=spec["mark"],
        header_rows=int(spec.get("header_rows", 40)),
    )
    for number, path in enumerate(request["paths"]):
        channel.send(("item", number))
        payload = b""
        try:
            if not stat.S_ISREG(os.stat(path).st_mode):
                raise ChildError("not_a_file", "not a regular file")
            payload = pickle.dumps(
                ("answer", number, read_tables(path, spec, request["max_cells"])),
                protocol=pickle.HIGHEST_PROTOCOL,
            )
            if len(payload) > MAX_ANSWER_BYTES:
                raise ChildError("too_large", "")
        except ReadError as error:
            channel.send(("failed", number, error.code, error.detail, _plain(error.params)))
        except ChildError as error:
            too_large = error.code == "too_large"
            params = {"size": len(payload), "limit": MAX_ANSWER_BYTES} if too_large else {}
            payload = b""
            channel.send(("failed", number, error.code, error.detail, params))
        except MemoryError:
            channel.send(("failed", number, "out_of_memory", "", {}))
        except Exception as error:  # noqa: BLE001 - one damaged file is that file's error
            channel.send(("failed", number, "corrupt", f"{type(error).__name__}: {error}"[:300], {}))
        else:
            channel.send_bytes(payload)


def _plain(params: dict) -> dict:
    return {key: value for key, value in params.items() if isinstance(value, (str, int, float, bool))}


def leave_out_numpy() -> None:
    """Mark numpy absent in this reader process, unless it is imported already.

    Nothing the reader does needs numpy, yet pyarrow imports it whenever it can: about
    0.1 s of a warm reader's 0.25 s start, on the way to the list's first byte.  pyarrow
    runs without numpy (an optional dependency since pyarrow 16; its Arrow IPC, slices
    and Python values need none), and Python's import system takes a ``None`` in
    ``sys.modules`` as a module that is not there."""
    sys.modules.setdefault("numpy", None)


def main() -> None:
    """Start, get ready, then answer one request read from stdin."""
    leave_out_numpy()
    channel = _Channel()
    line = sys.stdin.readline()
    if not line:
        channel.close()
        return
    request = json.loads(line)
    _limit_memory(request["max_bytes"])
    if request.get("job") == "tables":
        try:
            run_tables(request, channel)
        finally:
            channel.close()
        return
    try:
        run(request, channel)
    finally:
        channel.close()


if __name__ == "__main__":
    main()
