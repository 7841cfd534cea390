"""A customer is its key, never its row.

A row is a position in one table at one time: sorting, an update from a newer list, a
manager's copy or the next period's list put the same customer on another row.  So
everything the user decides about a customer — a MOVE triage flip, a pin, the value a
file had before an edit, and the journal's record of a note — is kept by the customer's
*key*, and rows are used only inside one computation.

The key (:func:`customer_keys`):

* the customer id as the list writes it, surrounding spaces removed: ``000123`` (text:
  leading zeros stay);
* a customer without an id: ``name:`` and its name, surrounding spaces removed and case
  folded (``name:müller gmbh``), as an update matches names;
* customers of one list that share an id (or, without ids, a name) are told apart by
  their order in the list: the first keeps the key, the second gets ``#2`` after it,
  the third ``#3`` (``K-7``, ``K-7#2``).  Lists keep their order, so this pairs what a
  person would pair.  Should such a key be taken already (an id written ``K-7#2``),
  the next free number is used: keys are unique in a list, always, and the same list
  always gets the same keys.

So the same customer in a newer list has the same key, which is how an update (and,
later, the periods of a project) follows customers from list to list.  A customer
with neither an id nor a name has the key ``name:`` (``name:#2`` …): it is kept by its
key within the list, but no other list's customer is taken for it.

A document's keys are made once, from the list as read, and stay with it: editing a
name does not change a customer's key.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from segmenter_app.core.reading.rawdata import surely_distinct

NAME_PREFIX = "name:"
#: The base key of a customer with neither an id nor a name: never matched across lists.
NO_KEY = NAME_PREFIX


def base_keys(table: pd.DataFrame) -> np.ndarray:
    """Per row: the id as written (stripped), else ``name:`` and the case-folded name."""
    return _base_keys(table, _stripped_arrow(table["customer_id"]))


def _base_keys(table: pd.DataFrame, ids: pa.Array) -> np.ndarray:
    keys = ids.to_numpy(zero_copy_only=False).astype(object)
    without_id = np.flatnonzero(keys == "")
    if len(without_id):
        names = _stripped(table["customer_name"].iloc[without_id])
        keys[without_id] = [NAME_PREFIX + name.casefold() for name in names.tolist()]
    return keys


def customer_keys(table: pd.DataFrame) -> np.ndarray:
    """Every row's key (see the module's docstring): unique within the table."""
    ids = _stripped_arrow(table["customer_id"])
    bases = _base_keys(table, ids)
    if not pc.any(pc.equal(pc.binary_length(ids), 0)).as_py() and surely_distinct(ids):
        return bases  # every row has its own id: nothing to number (no set of a million)
    return unique_keys(bases)


def key_rows(keys: np.ndarray, wanted: np.ndarray | Sequence[str]) -> np.ndarray:
    """Per key of ``wanted``: its row in ``keys`` (unique), -1 where ``keys`` lacks it.
    One hash lookup per key (about 20 ms for 100,000; ``np.isin`` on texts compares
    every pair and took minutes)."""
    wanted = np.asarray(wanted, dtype=object)
    if len(keys) == 0:
        return np.full(len(wanted), -1, dtype=np.int64)
    return pd.Index(keys, dtype=object).get_indexer(pd.Index(wanted, dtype=object)).astype(np.int64)


def list_keys(table: pd.DataFrame, aliases: Mapping[str, str] | None = None) -> CustomerKeys:
    """The keys of a list as read, with a project's aliases applied: a customer whose
    new id the user confirmed as the same customer (key as the list writes it → the
    customer's key from before) keeps its key, unless the list has a customer of that
    key itself."""
    keys = customer_keys(table)
    if aliases:
        taken = set(keys.tolist())
        for row, key in enumerate(keys.tolist()):
            target = aliases.get(key)
            if target is not None and target not in taken:
                keys[row] = target
                taken.add(target)
    return CustomerKeys(keys)


def unique_keys(bases: np.ndarray) -> np.ndarray:
    """Keys from base keys: a base that occurs again gets ``#2``, ``#3`` … by order."""
    keys = np.asarray(bases, dtype=object).copy()
    if len(set(keys.tolist())) == len(keys):
        return keys
    series = pd.Series(keys, dtype=object)
    occurrence = series.groupby(series, sort=False).cumcount().to_numpy()
    taken = set(keys.tolist())
    for row in np.flatnonzero(occurrence > 0).tolist():
        number = int(occurrence[row]) + 1
        key = f"{bases[row]}#{number}"
        while key in taken:
            number += 1
            key = f"{bases[row]}#{number}"
        keys[row] = key
        taken.add(key)
    return keys


def _stripped(series: pd.Series) -> np.ndarray:
    """Texts without surrounding spaces, "" for a missing value (an object array)."""
    return _stripped_arrow(series).to_numpy(zero_copy_only=False).astype(object)


def _stripped_arrow(series: pd.Series) -> pa.Array:
    """Texts without surrounding spaces, "" for a missing value (an Arrow array)."""
    try:
        array = pa.array(series, from_pandas=True)
        if not pa.types.is_string(array.type) and not pa.types.is_large_string(array.type):
            raise pa.ArrowInvalid("not text")
    except (pa.ArrowInvalid, pa.ArrowTypeError):
        array = pa.array(series.astype(object).where(series.notna(), "").astype(str), type=pa.string())
    return pc.fill_null(pc.utf8_trim_whitespace(array), "")


class CustomerKeys:
    """The keys of one table's customers, in row order, and the way back to a row.

    Read-only: a document's rows never change order or number during its life (an
    update makes a new document), so a key's row is fixed for that document.
    """

    def __init__(self, keys: Sequence[str] | np.ndarray) -> None:
        array = np.array(keys, dtype=object)
        if array.ndim != 1:
            raise ValueError("customer keys are one per row")
        if len(set(array.tolist())) != len(array):
            raise ValueError("customer keys are not unique")
        self._set(array)

    def _set(self, array: np.ndarray) -> None:
        array.flags.writeable = False
        self._keys = array
        self._lookup: dict[str, int] | None = None

    @property
    def _rows(self) -> dict[str, int]:
        """Key → row, made at the first lookup (an undo step, a journal record: then a
        hash probe each); a list only read and written never needs it."""
        if self._lookup is None:
            self._lookup = dict(zip(self._keys.tolist(), range(len(self._keys))))
        return self._lookup

    @classmethod
    def of_table(cls, table: pd.DataFrame) -> CustomerKeys:
        """The keys of a list as read (see :func:`customer_keys`: unique as made)."""
        keys = cls.__new__(cls)
        keys._set(customer_keys(table))
        return keys

    @property
    def array(self) -> np.ndarray:
        """The keys in row order (read-only)."""
        return self._keys

    def __len__(self) -> int:
        return len(self._keys)

    def __getitem__(self, row: int) -> str:
        return self._keys[row]

    def __iter__(self) -> Iterator[str]:
        return iter(self._keys.tolist())

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and key in self._rows

    def row(self, key: str) -> int:
        """The row of ``key`` in this table (KeyError when it has none)."""
        if not isinstance(key, str):
            raise KeyError(key)
        return self._rows[key]

    def rows(self, keys: Iterable[str]) -> np.ndarray:
        """The rows of ``keys``, in their order (KeyError for a key this table lacks)."""
        rows = self._rows
        return np.fromiter((rows[key] for key in keys), dtype=np.int64)

    def take(self, rows: np.ndarray) -> CustomerKeys:
        """The keys of some rows, as the keys of a table of just those rows (a copy)."""
        return CustomerKeys(self._keys[np.asarray(rows, dtype=np.int64)])

    def __eq__(self, other: object) -> bool:
        return isinstance(other, CustomerKeys) and np.array_equal(self._keys, other._keys)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"CustomerKeys({len(self)} customers)"
