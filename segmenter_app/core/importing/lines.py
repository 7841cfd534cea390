"""One row per order or product line: the customer's lines combined into one customer.

Lists exported from an order system repeat the customer on every line: the same id,
the same name, the wallet and the satisfaction copied onto each line, the revenue split
across them.  Rows with the same customer id and the same name (blank names aside) are
one customer: each column combines as the column registry says (``ColumnRole.lines``) —
the revenue summed; wallet, share, satisfaction, manager and effort taken where the
lines agree and left empty, with the reason, where they do not (a customer without its
wallet or satisfaction is then unclassified); notes joined; the latest contact date.
Other columns keep their value where the lines agree and list the lines' values where
they do not ("A / B").  An id on rows with different names is no customer's lines: the
rows stay, reported as duplicate ids.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from segmenter_app.core import columns as registry
from segmenter_app.core.importing.report import RowIssue
from segmenter_app.core.reading.rawdata import arrow_texts, surely_distinct

#: How the distinct values of lines that disagree are written into one cell.
_JOIN = " / "
_NOTE_JOIN = "; "


@dataclass
class CombinedLines:
    table: pd.DataFrame
    #: rows of the table before → customers after
    rows: int
    customers: int
    #: per row of the table before: its customer's position after
    position: np.ndarray
    #: per customer after: True where its lines were combined
    combined: np.ndarray
    #: the rows of the table before that stand for a customer after (first lines)
    kept: np.ndarray
    #: per customer after: its id is on other customers' rows too (a duplicate id)
    repeated: np.ndarray


def repeated_ids(table: pd.DataFrame) -> np.ndarray:
    """Rows whose (filled) customer id is on another row too."""
    ids = table["customer_id"]
    if isinstance(ids.array, pd.arrays.ArrowStringArray) and surely_distinct(arrow_texts(ids)):
        return np.zeros(len(ids), dtype=bool)  # the common list: no id twice, no hashing by pandas
    return (ids.duplicated(keep=False) & (ids != "")).to_numpy(dtype=bool)


def line_groups(table: pd.DataFrame, repeated: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(rows that are order lines, their customer's group code): rows whose id repeats
    (``repeated``), each id's rows with one name between them."""
    ids = table["customer_id"]
    if not repeated.any():
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    rows = np.flatnonzero(repeated)
    names = table["customer_name"].astype(str).iloc[rows].str.strip().str.casefold()
    names = names.where(names != "", None).reset_index(drop=True)
    codes, _uniques = pd.factorize(ids.iloc[rows].astype(str).reset_index(drop=True))
    distinct = names.groupby(codes).nunique().to_numpy()
    same_name = distinct[codes] <= 1
    return rows[same_name], pd.factorize(codes[same_name])[0]


def combine_lines(table: pd.DataFrame, problems: list[RowIssue], headers: dict[str, str]) -> CombinedLines:
    """The table with each customer's order lines combined into its first line's row;
    ``problems`` are moved to the customers and get one issue per disagreement.
    ``headers``: role → the header of its column (for the issues)."""
    size = len(table)
    repeated = repeated_ids(table)
    rows, groups = line_groups(table, repeated)
    if not len(rows):
        everyone = np.arange(size)
        return CombinedLines(table, size, size, everyone, np.zeros(size, dtype=bool), everyone, repeated)
    count = int(groups.max()) + 1
    first = np.full(count, size, dtype=np.int64)
    np.minimum.at(first, groups, rows)
    keep = np.ones(size, dtype=bool)
    keep[rows] = False
    keep[first] = True
    new_index = np.cumsum(keep) - 1
    position = new_index.copy()
    position[rows] = new_index[first[groups]]
    combined = table.copy()
    source_rows = table["source_row"].to_numpy()
    issues: list[RowIssue] = []
    lines = table.iloc[rows].reset_index(drop=True)
    for name in table.columns:
        if name == "source_row":
            continue
        role = registry.role_of_column(name)
        rule = role.lines if role is not None else "other"
        values, disagree = _combine(lines[name], groups, count, rule, table[name].dtype)
        target = combined[name]
        if target.dtype != object and values.dtype == object:
            combined[name] = target = target.astype(object)
        combined.iloc[first, combined.columns.get_loc(name)] = values
        if role is not None and len(disagree):
            for group in disagree:
                members = rows[groups == group]
                shown = _distinct_text(table[name].iloc[members])
                issues.append(
                    RowIssue(
                        int(source_rows[first[group]]),
                        "lines_disagree",
                        int(new_index[first[group]]),
                        role.key,
                        headers.get(role.key, name),
                        _JOIN.join(shown),
                    )
                )
    for issue in problems:
        if issue.index is not None and 0 <= issue.index < size:
            issue.index = int(position[issue.index])
    problems += issues
    result = combined.iloc[np.flatnonzero(keep)].reset_index(drop=True)
    customers = len(result)
    was_combined = np.zeros(customers, dtype=bool)
    was_combined[new_index[first]] = True
    return CombinedLines(
        result, size, customers, position, was_combined, np.flatnonzero(keep), repeated_ids(result)
    )


def _combine(
    values: pd.Series, groups: np.ndarray, count: int, rule: str, dtype
) -> tuple[np.ndarray, np.ndarray]:
    """One value per group, and the groups whose lines disagree (for "agree")."""
    numeric = pd.api.types.is_numeric_dtype(dtype)
    if numeric:
        series = pd.Series(values.to_numpy(dtype=np.float64))
    else:
        texts = values.astype(object).where(values.notna(), "")
        series = pd.Series([str(v).strip() if isinstance(v, str) else v for v in texts], dtype=object)
        series = series.where(series != "", None)
    grouped = series.groupby(groups)
    if rule == "sum" and numeric:
        return grouped.sum(min_count=1).reindex(range(count)).to_numpy(dtype=np.float64), np.zeros(0, int)
    if rule == "latest":
        latest = grouped.max().reindex(range(count))
        return latest.where(latest.notna(), "").to_numpy(dtype=object), np.zeros(0, int)
    firsts = grouped.first().reindex(range(count))
    distinct = grouped.nunique().reindex(range(count)).fillna(0).to_numpy()
    several = np.flatnonzero(distinct > 1)
    if numeric:
        out = firsts.to_numpy(dtype=np.float64, copy=True)
    else:
        out = firsts.where(firsts.notna(), "").to_numpy(dtype=object, copy=True)
    if rule == "first" or not len(several):
        return out, np.zeros(0, dtype=np.int64)
    if rule == "agree":
        out[several] = np.nan if numeric else ""
        return out, several
    # "join" (notes) and the list's other columns: every line's value, in line order.
    joined = out.astype(object)
    separator = _NOTE_JOIN if rule == "join" else _JOIN
    for group in several:
        joined[group] = separator.join(_distinct_text(series[groups == group]))
    return joined, np.zeros(0, dtype=np.int64)


def _distinct_text(values: pd.Series) -> list[str]:
    """The distinct filled values, in order, as text (12.0 as '12')."""
    seen: dict[str, None] = {}
    for value in values.tolist():
        if value is None or value == "" or (isinstance(value, float) and np.isnan(value)):
            continue
        text = str(int(value)) if isinstance(value, float) and value.is_integer() else str(value).strip()
        seen.setdefault(text, None)
    return list(seen)
