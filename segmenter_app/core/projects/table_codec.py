"""A customer table as bytes and back (Arrow IPC, mixed text/number columns split), the
customers' keys likewise, and single values as JSON text."""

from __future__ import annotations

import json
import math
from typing import Any

import numpy as np
import pandas as pd

from segmenter_app.core.model.keys import CustomerKeys


def encode_table(table: pd.DataFrame, level: int | None = None) -> tuple[bytes, list[dict[str, str]]]:
    """The table as a compressed Arrow IPC stream, and how to read each column back.
    ``level``: zstd's (None: Arrow's default, the fastest); reading is as fast either way."""
    import pyarrow as pa

    columns: list[dict[str, str]] = []
    stored: dict[str, Any] = {}
    for position, name in enumerate(table.columns):
        series = table.iloc[:, position]
        key = f"c{position}"
        if series.dtype == object:
            numbers, texts = _split_object(series.to_numpy())
            stored[key + "n"] = numbers
            stored[key + "t"] = pd.Series(texts, dtype=object)
            columns.append({"name": str(name), "kind": "object"})
        else:
            stored[key] = series.reset_index(drop=True)
            columns.append({"name": str(name), "kind": "native"})
    arrow = pa.Table.from_pandas(pd.DataFrame(stored, index=pd.RangeIndex(len(table))), preserve_index=False)
    return _stream(arrow, level), columns


def _stream(arrow, level: int | None) -> bytes:
    import pyarrow as pa

    codec = pa.Codec("zstd", compression_level=level) if level is not None else "zstd"
    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, arrow.schema, options=pa.ipc.IpcWriteOptions(compression=codec)) as writer:
        writer.write_table(arrow)
    return sink.getvalue().to_pybytes()


def decode_table(blob: bytes, columns: list[dict[str, str]]) -> pd.DataFrame:
    import pyarrow as pa

    frame = pa.ipc.open_stream(blob).read_all().to_pandas()
    restored: dict[str, Any] = {}
    for position, column in enumerate(columns):
        key = f"c{position}"
        if column["kind"] == "object":
            restored[column["name"]] = _join_object(frame[key + "n"].to_numpy(), frame[key + "t"])
        else:
            restored[column["name"]] = frame[key]
    return pd.DataFrame(restored, index=pd.RangeIndex(len(frame)))


def encode_keys(keys: CustomerKeys, level: int | None = None) -> bytes:
    """The customers' keys in row order, as one text column (a compressed Arrow stream)."""
    import pyarrow as pa

    return _stream(pa.table({"key": pa.array(keys.array.tolist(), type=pa.string())}), level)


def decode_keys(blob: bytes) -> CustomerKeys:
    """:func:`encode_keys` read back (ValueError when the keys are not unique)."""
    import pyarrow as pa

    column = pa.ipc.open_stream(blob).read_all().column("key")
    if column.null_count:
        raise ValueError("a customer key is missing")
    return CustomerKeys(column.to_numpy().astype(object))


def _split_object(values: np.ndarray) -> tuple[np.ndarray, list[str | None]]:
    """(numbers, texts) of an object column: a cell is text, a number, or missing.
    Anything else (a date from a future reader) is kept as its text."""
    texts: list[str | None] = [None] * len(values)
    numbers = np.full(len(values), np.nan)
    for index, value in enumerate(values):
        if isinstance(value, str):
            texts[index] = value
        elif isinstance(value, (float, int, np.number)) and not isinstance(value, (bool, np.bool_)):
            numbers[index] = value
        elif value is not None and value is not pd.NA and not is_nan(value):
            texts[index] = str(value)
    return numbers, texts


def _join_object(numbers: np.ndarray, texts: pd.Series) -> pd.Series:
    values = numbers.astype(object)
    is_text = texts.notna().to_numpy()
    values[is_text] = texts.to_numpy(dtype=object)[is_text]
    return pd.Series(values, dtype=object)


def encode_value(value: Any) -> str:
    """A cell value as JSON: text, a number (NaN included) or null."""
    if isinstance(value, np.generic):
        value = value.item()
    if value is pd.NA:
        value = None
    return json.dumps(value, ensure_ascii=False, default=json_default)


def decode_value(text: str) -> Any:
    return json.loads(text)


def json_default(value: Any) -> Any:
    if isinstance(value, np.generic):
        return value.item()
    if isinstance(value, np.ndarray):
        return value.tolist()
    return str(value)


def is_nan(value: Any) -> bool:
    return isinstance(value, (float, np.floating)) and math.isnan(value)
