"""What a reader hands to the importer: sheets of columns, cells as the file has them.

A :class:`RawColumn` keeps its cells in two aligned arrays: ``numbers`` (float64, NaN
where the cell is not a number; never written to: a column without numbers sees one NaN
through a read-only view) and ``texts`` (a pandas string Series, NA where the
cell is not text).  Dates, times and booleans are kept as the text a user sees.  Both
arrays are built once per column, without a Python object per cell where the reader
allows it (Arrow columns from fastexcel arrive without a copy), so that the importer
works with vectorised operations only.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    import pandas as pd


def cell_text(value: Any) -> str:
    """A non-numeric cell as the text a user sees."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if hasattr(value, "isoformat"):
        text = value.isoformat()
        return text[:10] if text.endswith("T00:00:00") else text.replace("T", " ")
    return "" if value is None else str(value)


def _is_number(value: Any) -> bool:
    kind = type(value)
    return kind is float or kind is int


def _string_series(values: list[str | None]) -> pd.Series:
    import pandas as pd

    return pd.Series(values, dtype="str")


def str_series(array: Any) -> pd.Series:
    """An Arrow string array (or chunked array) as a pandas ``str`` Series, without a
    copy of the texts."""
    import pandas as pd
    import pyarrow as pa

    if not isinstance(array, pa.ChunkedArray):
        array = pa.chunked_array([array])
    dtype = pd.StringDtype("pyarrow", na_value=np.nan)
    return pd.Series(pd.arrays.ArrowStringArray(array, dtype=dtype))


def arrow_texts(texts: pd.Series) -> Any:
    """The Arrow chunked array under a ``str`` Series (no copy), large_string."""
    import pyarrow as pa

    array = pa.array(texts, from_pandas=True)
    if not isinstance(array, pa.ChunkedArray):
        array = pa.chunked_array([array])
    if not array.num_chunks:
        array = pa.chunked_array([pa.array([], pa.large_string())])
    return array if array.type == pa.large_string() else array.cast(pa.large_string())


#: Cells longer than this (bytes) leave :func:`surely_distinct` to the exact check.
_HASHED_BYTES = 64


#: Masks of the lowest 0-8 bytes of a uint64.
_LOW_BYTES = np.array([(1 << (8 * count)) - 1 for count in range(9)], dtype=np.uint64)


def surely_distinct(array: Any) -> bool:
    """True when the cells of an Arrow string array (or chunked array) are all
    different (a missing cell counts as one value); False when they may not be, and an
    exact look must decide.

    A 64-bit hash of each cell from the Arrow buffers, eight bytes at a time for all
    cells at once, then one sort of the hashes: about 50 ms for a million ids, where
    a Python set or ``Series.duplicated`` takes 0.2-0.3 s.  Different hashes prove
    different cells; equal hashes (a repeated cell, or seldom a collision) prove
    nothing."""
    import pyarrow as pa

    chunks = array.chunks if isinstance(array, pa.ChunkedArray) else [array]
    if not (pa.types.is_string(array.type) or pa.types.is_large_string(array.type)):
        return False
    if sum(len(chunk) for chunk in chunks) < 2:
        return True
    if sum(chunk.null_count for chunk in chunks) > 1:
        return False
    parts = []
    for chunk in chunks:
        hashes = _cell_hashes(chunk, pa) if len(chunk) else np.zeros(0, dtype=np.uint64)
        if hashes is None:
            return False
        parts.append(hashes)
    hashes = np.concatenate(parts) if len(parts) > 1 else parts[0]
    hashes.sort()
    return not bool((hashes[1:] == hashes[:-1]).any())


def _cell_hashes(array: Any, pa: Any) -> np.ndarray | None:
    """A 64-bit hash per cell of a (non-empty) Arrow string array; None when a cell is
    longer than :data:`_HASHED_BYTES`."""
    bounds, data = _offsets_and_data(array, pa)
    starts = bounds[:-1].astype(np.int64, copy=False)
    lengths = bounds[1:] - bounds[:-1]
    if array.null_count:
        lengths = np.where(np.asarray(array.is_valid()), lengths, -1)  # a missing cell ≠ ""
    longest = int(lengths.max())
    if longest > _HASHED_BYTES:
        return None
    raw = np.frombuffer(data, dtype=np.uint8) if data is not None else np.zeros(0, dtype=np.uint8)
    # Eight bytes at a time: every byte offset of the data seen as a little-endian
    # uint64 (a view with a stride of one byte over the data and zero bytes after it,
    # enough that a short cell's word may reach past the end).
    padded = np.zeros(len(raw) + longest + 8, dtype=np.uint8)
    padded[: len(raw)] = raw
    words = np.ndarray((len(raw) + longest + 1,), dtype="<u8", buffer=padded, strides=(1,))
    left = np.maximum(lengths, 0)  # bytes of each cell not hashed yet (np.clip is slow)
    hashes = lengths.astype(np.uint64) * np.uint64(0x9E3779B97F4A7C15)
    prime = np.uint64(0x100000001B3)
    for position in range(0, longest, 8):
        taken = np.minimum(left, 8)
        left -= taken
        word = words[starts + position] & _LOW_BYTES[taken]
        hashes = (hashes ^ word) * prime
        hashes ^= hashes >> np.uint64(29)
    return hashes


def _offsets_and_data(array: Any, pa: Any) -> tuple[np.ndarray, Any]:
    """A (non-chunked) Arrow string array's cell offsets into its data buffer, one more
    than its cells (a view, no copy), and that buffer."""
    width = np.int64 if pa.types.is_large_string(array.type) else np.int32
    _validity, offsets, data = array.buffers()
    bounds = np.frombuffer(offsets, dtype=width, count=len(array) + 1, offset=array.offset * width().itemsize)
    return bounds, data


def edge_bytes(array: Any) -> tuple[np.ndarray, np.ndarray]:
    """Each cell's first and last byte (0 for an empty cell), read from the buffers of
    an Arrow string array (or chunked array): two gathers, no per-cell work.  A missing
    cell may own bytes: a caller takes what it finds there as a candidate only."""
    import pyarrow as pa

    if isinstance(array, pa.ChunkedArray):
        parts = [edge_bytes(chunk) for chunk in array.chunks]
        if not parts:
            return np.zeros(0, dtype=np.uint8), np.zeros(0, dtype=np.uint8)
        firsts, lasts = zip(*parts, strict=True)
        return np.concatenate(firsts), np.concatenate(lasts)
    bounds, data = _offsets_and_data(array, pa)
    starts, ends = bounds[:-1], bounds[1:]
    raw = np.frombuffer(data, dtype=np.uint8) if data is not None else np.zeros(0, dtype=np.uint8)
    if not len(raw):
        return np.zeros(len(array), dtype=np.uint8), np.zeros(len(array), dtype=np.uint8)
    # Gathered for every cell (an empty one reads a neighbour's byte, then is zeroed):
    # a take over all cells costs a fraction of picking out the filled ones first.
    first = raw.take(starts, mode="clip")
    last = raw.take(ends - 1, mode="clip")
    empty = ends == starts
    first[empty] = 0
    last[empty] = 0
    return first, last


def empty_texts(length: int) -> pd.Series:
    """A ``str`` Series of ``length`` empty texts, made in Arrow (a Python list of a
    million "" costs 0.13 s, this 0.02 s)."""
    import pyarrow as pa

    return str_series(pa.repeat(pa.scalar("", pa.large_string()), length))


def no_numbers(length: int) -> np.ndarray:
    """``length`` NaNs as a read-only view of one value: a text column's ``numbers``.
    A million NaNs made with ``np.full`` cost 5 ms and 8 MB, and a list of 8 columns
    made them about 36 times between the reader and the importer."""
    return np.broadcast_to(np.float64(np.nan), (length,))


def _has_no_numbers(numbers: np.ndarray) -> bool:
    """True for the arrays :func:`no_numbers` makes (one NaN seen through a view), and
    for a few cells all NaN (a preview's rows down to the header)."""
    if len(numbers) <= _HEAD_ROWS:
        return bool(np.isnan(numbers).all())
    return numbers.strides == (0,) and bool(np.isnan(numbers[0]))


def _null_strings(length: int) -> pd.Series:
    import pyarrow as pa

    return str_series(pa.nulls(length, pa.large_string()))


class RawColumn:
    """One column of a sheet: ``numbers`` and ``texts``, aligned, ``length`` cells."""

    __slots__ = ("numbers", "texts", "length", "_head_texts")

    def __init__(self, numbers: np.ndarray, texts: pd.Series | None) -> None:
        self.numbers = numbers
        self.texts = texts
        self.length = len(numbers)
        #: the first texts as a list: finding the header reads them cell by cell, and
        #: ``Series.iat`` costs tens of microseconds a cell (a second at 1,000 columns)
        self._head_texts: list | None = None

    # ----------------------------------------------------------------- building

    @classmethod
    def from_strings(cls, values: list[str]) -> RawColumn:
        """From text cells only (CSV, HTML): one Arrow array, no per-cell work here."""
        import pyarrow as pa

        return cls.from_arrow(pa.array(values, type=pa.string()))

    @classmethod
    def from_values(cls, values: list[Any]) -> RawColumn:
        """From Python cell values ("" or None for empty)."""
        if all(type(value) is str for value in values):
            return cls.from_strings(values)
        size = len(values)
        numbers = np.full(size, np.nan)
        texts: list[str | None] = [None] * size
        has_text = False
        for index, value in enumerate(values):
            if _is_number(value):
                numbers[index] = value
            elif value is not None and value != "":
                text = cell_text(value)
                if text.strip():
                    texts[index] = text
                    has_text = True
        return cls(numbers, _string_series(texts) if has_text else None)

    @classmethod
    def decode(cls, encoded: tuple) -> RawColumn:
        """From the child's encoding (``_reader_child.encode_column``)."""
        if encoded[0] == "o":
            return cls.from_values(encoded[1])
        numbers = np.frombuffer(encoded[1], dtype=np.float64).copy()
        others: dict[int, Any] = encoded[2]
        if not others:
            return cls(numbers, None)
        texts: list[str | None] = [None] * len(numbers)
        for index, value in others.items():
            texts[index] = cell_text(value)
        return cls(numbers, _string_series(texts))

    @classmethod
    def from_arrow(cls, array: Any) -> RawColumn:
        """From a pyarrow array: numbers stay numbers; text, dates and booleans become
        an Arrow-backed string Series (no copy for text)."""
        import pyarrow as pa
        import pyarrow.compute as pc

        size = len(array)
        kind = array.type
        if pa.types.is_floating(kind) or pa.types.is_integer(kind):
            numbers = pc.cast(array, pa.float64()).to_numpy(zero_copy_only=False)
            return cls(np.array(numbers, dtype=np.float64), None)
        numbers = no_numbers(size)
        if pa.types.is_null(kind):
            return cls(numbers, None)
        if pa.types.is_boolean(kind):
            array = pc.if_else(array, "TRUE", "FALSE")
        elif pa.types.is_timestamp(kind) or pa.types.is_date(kind):
            array = pc.strftime(array, format="%Y-%m-%d" if pa.types.is_date(kind) else "%Y-%m-%d %H:%M:%S")
            array = pc.replace_substring_regex(array, pattern=" 00:00:00$", replacement="")
        elif not (pa.types.is_string(kind) or pa.types.is_large_string(kind)):
            array = pc.cast(array, pa.string())
        elif pc.any(pc.ends_with(array, " 00:00:00")).as_py():
            # fastexcel writes a date cell in a text column as '2024-01-02 00:00:00'.
            array = pc.replace_substring_regex(
                array, pattern=r"^(\d{4}-\d{2}-\d{2}) 00:00:00$", replacement=r"\1"
            )
        # Whitespace-only cells look empty in Excel, so they are empty here (Unicode
        # whitespace, as Python's str.isspace and the whole-workbook read take it).
        blank = pc.or_(pc.utf8_is_space(array), pc.equal(pc.binary_length(array), 0))
        if pc.any(blank).as_py():
            array = pc.if_else(blank, pa.scalar(None, array.type), array)
        return cls(numbers, str_series(array))

    @classmethod
    def concat(cls, head: RawColumn, tail: RawColumn) -> RawColumn:
        """``head``'s cells, then ``tail``'s: the texts as chunks of one Arrow array
        (the loaded rows are not copied)."""
        import pyarrow as pa

        if _has_no_numbers(head.numbers) and _has_no_numbers(tail.numbers):
            numbers = no_numbers(head.length + tail.length)
        else:
            numbers = np.concatenate([head.numbers, tail.numbers])
        if head.texts is None and tail.texts is None:
            return cls(numbers, None)
        chunks = []
        for column in (head, tail):
            if column.texts is None:
                chunks.append(pa.nulls(column.length, pa.large_string()))
            else:
                chunks.extend(arrow_texts(column.texts).chunks)
        return cls(numbers, str_series(pa.chunked_array(chunks, type=pa.large_string())))

    def head(self, length: int) -> RawColumn:
        """The first ``length`` cells (padded with empty cells)."""
        if length > self.length:
            return RawColumn.concat(self, RawColumn.empty(length - self.length))
        texts = None if self.texts is None else self.texts.iloc[:length].reset_index(drop=True)
        numbers = no_numbers(length) if _has_no_numbers(self.numbers) else self.numbers[:length].copy()
        return RawColumn(numbers, texts)

    @classmethod
    def empty(cls, length: int) -> RawColumn:
        return cls(no_numbers(length), None)

    # ----------------------------------------------------------------- reading

    def __len__(self) -> int:
        return self.length

    def get(self, index: int) -> Any:
        """A cell: its number, its text, or ""."""
        if index >= self.length:
            return ""
        number = self.numbers[index]
        if number == number:
            return float(number)
        if self.texts is not None:
            if index < _HEAD_ROWS:
                head = self._head_texts
                if head is None:
                    head = self._head_texts = self.texts.iloc[:_HEAD_ROWS].tolist()
                text = head[index] if index < len(head) else None
            else:
                text = self.texts.iat[index]
            if isinstance(text, str):
                return text
        return ""

    def values(self, start: int = 0, stop: int | None = None) -> list[Any]:
        stop = self.length if stop is None else min(stop, self.length)
        return [self.get(i) for i in range(start, stop)]

    def empty_mask(self, start: int, stop: int) -> np.ndarray:
        """True where a cell in rows [start, stop) holds nothing."""
        mask = np.ones(stop - start, dtype=bool)
        end = min(stop, self.length)
        if end <= start:
            return mask
        part = np.isnan(self.numbers[start:end])
        if self.texts is not None:
            part &= self.texts.iloc[start:end].isna().to_numpy()
        mask[: end - start] = part
        return mask


#: Rows whose texts a column keeps as a list for cell-by-cell reading (the header search
#: looks at the first 60).
_HEAD_ROWS = 64


@dataclass
class RawSheet:
    name: str
    columns: list[RawColumn]
    n_rows: int
    hidden: bool = False
    #: 0-based row / column of the sheet where the first value stands.
    first_row: int = 0
    first_col: int = 0

    @property
    def n_cols(self) -> int:
        return len(self.columns)

    def cell(self, row: int, column: int) -> Any:
        if column >= len(self.columns):
            return ""
        return self.columns[column].get(row)

    def row(self, index: int) -> list[Any]:
        return [column.get(index) for column in self.columns]

    def excel_row(self, index: int) -> int:
        """The row number a user sees for ``index`` (1-based)."""
        return self.first_row + index + 1

    @classmethod
    def from_rows(cls, name: str, rows: list[list[Any]], hidden: bool = False) -> RawSheet:
        width = max((len(row) for row in rows), default=0)
        for row in rows:
            if len(row) < width:
                row.extend([""] * (width - len(row)))
        columns = [RawColumn.from_values(list(column)) for column in zip(*rows, strict=False)] if rows else []
        return cls(name=name, columns=columns, n_rows=len(rows), hidden=hidden)


@dataclass
class RawWorkbook:
    path: Path
    format: str
    sheets: list[RawSheet]
    #: For text files: the encoding and delimiter found.
    encoding: str | None = None
    delimiter: str | None = None
    #: Notes about the file a user should know ("an .xls file named .xlsx").
    notes: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    #: True when the sheets hold only their first rows (a preview to find the header).
    preview: bool = False

    def sheet(self, name: str) -> RawSheet:
        for sheet in self.sheets:
            if sheet.name == name:
                return sheet
        raise KeyError(name)
