"""Cells of a sheet as the customer table holds them: texts as a user sees them,
other columns as the file has them, and repeated customer ids."""

from __future__ import annotations

import numpy as np
import pandas as pd

from segmenter_app.core.importing.numbers import float_texts, strip_texts
from segmenter_app.core.importing.report import RowIssue
from segmenter_app.core.reading.rawdata import RawColumn, arrow_texts, edge_bytes, empty_texts, str_series


def raw_texts(column: RawColumn, start: int, stop: int) -> pd.Series:
    """The text cells of rows [start, stop), stripped, "" elsewhere."""
    size = stop - start
    if column.texts is None:
        return empty_texts(size)
    import pyarrow as pa
    import pyarrow.compute as pc

    texts = arrow_texts(column.texts.iloc[start:stop].reset_index(drop=True))
    if texts.null_count == len(texts):
        return empty_texts(size)
    stripped = arrow_texts(strip_texts(str_series(texts))) if _may_strip(texts) else texts
    chunks = (pc.fill_null(stripped, "") if stripped.null_count else stripped).chunks
    if len(stripped) < size:
        chunks.extend(arrow_texts(empty_texts(size - len(stripped))).chunks)
    return str_series(pa.chunked_array(chunks, type=pa.large_string()))


def _may_strip(texts) -> bool:
    """False when no cell starts or ends with a byte that could be whitespace (ASCII
    space and control bytes, any byte of a non-ASCII character): then stripping, and
    the defusing tab (which follows leading spaces only), change nothing, and a column
    of a million ids or names is spared the strip (30-50 ms)."""
    first, last = edge_bytes(texts)
    return bool((_maybe_space(first) | _maybe_space(last)).any())


def _maybe_space(edge: np.ndarray) -> np.ndarray:
    return ((edge > 0) & (edge <= 0x20)) | (edge >= 0x80)


def text_series(column: RawColumn, start: int, stop: int) -> pd.Series:
    """Cells as the text a user sees: ids keep their zeros, 10023.0 is '10023'."""
    result = raw_texts(column, start, stop)
    numbers = column.numbers[start:stop]
    present = np.flatnonzero(~np.isnan(numbers))
    if len(present):
        result = result.astype(object)
        result.iloc[present] = float_texts(numbers[present])
        result = result.astype("str")
    return result


def extra_series(column: RawColumn, start: int, stop: int, kept: np.ndarray) -> pd.Series:
    """Other columns as the file has them: numbers stay numbers, text stays text."""
    numbers = column.numbers[start:stop][kept]
    has_numbers = bool((~np.isnan(numbers)).any())
    if column.texts is None:
        return pd.Series(numbers)
    texts = column.texts.iloc[start:stop].iloc[kept].reset_index(drop=True)
    if not has_numbers:
        return texts
    if texts.isna().all():
        return pd.Series(numbers)
    mixed = texts.astype(object)
    where = ~np.isnan(numbers)
    mixed[where] = numbers[where]
    return mixed


def duplicate_issues(
    table: pd.DataFrame, header: str, row_sheets: np.ndarray | None, repeated_rows: np.ndarray | None = None
) -> tuple[dict[str, list[int]], list[RowIssue]]:
    """Customer ids that appear more than once: id → rows, and one issue per row.
    ``repeated_rows``: those rows where known already (a mask), to spare a second look."""
    ids = table["customer_id"]
    if repeated_rows is not None:
        repeated = ids[repeated_rows]
    else:
        filled = ids[ids != ""]
        repeated = filled[filled.duplicated(keep=False)]
    grouped: dict[str, list[int]] = {}
    issues: list[RowIssue] = []
    if repeated.empty:
        return grouped, issues
    rows = table["source_row"].to_numpy()
    for index, customer_id in zip(repeated.index.tolist(), repeated.tolist(), strict=True):
        row = int(rows[index])
        grouped.setdefault(customer_id, []).append(row)
        sheet = None if row_sheets is None else str(row_sheets[index])
        issues.append(RowIssue(row, "duplicate_id", int(index), "customer_id", header, customer_id, sheet))
    return grouped, issues
