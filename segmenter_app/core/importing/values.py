"""Revenue, wallet, SoW, satisfaction and effort read as numbers, each column in its own
notation; what is not a number is refused and reported."""

from __future__ import annotations

import numpy as np
import pandas as pd

from segmenter_app.core import columns as registry
from segmenter_app.core.headers.units import header_multiplier
from segmenter_app.core.importing.numbers import (
    ENGLISH,
    GERMAN,
    notation_votes,
    parse_text_numbers,
)
from segmenter_app.core.importing.ratings import RatingColumn, RatingScale, detect_ratings
from segmenter_app.core.importing.report import RowIssue
from segmenter_app.core.reading.rawdata import RawSheet

#: The largest amount (and value of any number column) a list may hold: a thousand
#: trillion; anything beyond is a mistake or an attack and is refused per cell.
MAX_ABS_VALUE = 1e15


def _huge_text(value: float) -> str:
    return f"{value:.3g}"


class NumericReader:
    """Reads the number roles of the registry (revenue, wallet, SoW, satisfaction, effort)
    each as its kind says; refuses what is not a number."""

    def __init__(
        self,
        sheet: RawSheet,
        columns: dict[str, int],
        headers: list[str],
        start: int,
        stop: int,
        kept: np.ndarray,
        excel_rows: np.ndarray,
        problems: list[RowIssue],
        row_sheets: np.ndarray | None = None,
        units: dict[str, float] | None = None,
    ) -> None:
        self.sheet, self.columns, self.headers = sheet, columns, headers
        #: role → the factor chosen for its amounts, over the header's unit
        self.units = dict(units or {})
        #: each row's sheet when several sheets are read as one list
        self.row_sheets = row_sheets
        self.start, self.stop, self.kept = start, stop, kept
        self.excel_rows, self.problems = excel_rows, problems
        self.position_to_index = np.full(stop - start, -1, dtype=np.int64)
        self.position_to_index[kept] = np.arange(len(kept))
        self.values: dict[str, np.ndarray] = {}
        self.notation: dict[str, str] = {}
        self.multipliers: dict[str, float] = {}
        #: role → how many cells carried their own unit word ('850 T€')
        self.cell_units: dict[str, int] = {}
        self.sow_unit: str | None = None
        self.percent_satisfaction = False
        #: the satisfaction column's rating words, when it holds words (ratings.py)
        self.rating_scale: RatingScale | None = None

    def _cells(self, role: str) -> tuple[np.ndarray, np.ndarray, pd.Series]:
        """Numbers as read, and the positions and texts of the text cells."""
        column = self.sheet.columns[self.columns[role]]
        size = self.stop - self.start
        part = column.numbers[self.start : self.stop]
        if len(part) == size:
            numbers = np.array(part, dtype=np.float64)  # a copy of its own (written later)
        else:
            numbers = np.full(size, np.nan)
            numbers[: len(part)] = part
        if column.texts is None:
            return numbers, np.zeros(0, dtype=np.int64), pd.Series([], dtype="str")
        texts = column.texts.iloc[self.start : self.stop].reset_index(drop=True)
        positions = np.flatnonzero(texts.notna().to_numpy())
        return numbers, positions, texts.iloc[positions].reset_index(drop=True)

    def read(self, german_headers: bool) -> None:
        numeric = [role.key for role in registry.roles() if role.numeric]
        cells = {role: self._cells(role) for role in numeric if role in self.columns}
        german = english = 0
        for _numbers, _positions, texts in cells.values():
            if len(texts):
                votes = notation_votes(texts)
                german += votes[0]
                english += votes[1]
        file_notation = GERMAN if german > english or (german == english and german_headers) else ENGLISH
        for role in numeric:
            if role not in cells:
                self.values[role] = np.full(len(self.kept), np.nan)
                continue
            self.values[role] = self._read_role(role, *cells[role], file_notation)

    def _read_role(
        self, role: str, numbers: np.ndarray, positions: np.ndarray, texts: pd.Series, file_notation: str
    ) -> np.ndarray:
        header = self.headers[self.columns[role]]
        kind = registry.entry(role).kind
        percent = np.zeros(len(numbers), dtype=bool)
        own_scale = np.zeros(len(numbers), dtype=bool)
        amount = "scale" in registry.UNITS[kind]
        if len(texts):
            german, english = notation_votes(texts)
            chosen = GERMAN if german > english else ENGLISH if english > german else file_notation
            parsed = parse_text_numbers(texts, chosen)
            if kind == "score" and parsed.invalid.any():
                # Text that is no number: rating words ("sehr zufrieden")?  Numbers alone
                # never pay for the look.
                ratings = detect_ratings(texts, int((~np.isnan(numbers)).sum()))
                if ratings is not None:
                    return self._read_ratings(role, header, numbers, positions, texts, ratings)
            self.notation[role] = chosen
            values = parsed.values
            refused_unit = np.zeros(len(values), dtype=bool)
            if not amount:
                # '35 T€' or '4 €' is no share and no score: refused, never read as a number.
                refused_unit = parsed.worded
                values = np.where(refused_unit, np.nan, values)
            numbers[positions] = values
            percent[positions] = parsed.percent
            if parsed.scaled is not None:
                own_scale[positions] = parsed.scaled
            for offset in np.flatnonzero(parsed.invalid | refused_unit):
                code = "not_a_number"
                if refused_unit[offset]:
                    code = "unit_not_allowed"
                elif parsed.unknown_unit[offset]:
                    code = "unknown_unit"
                self._problem(int(positions[offset]), code, role, header, str(texts.iat[offset]).strip())
            if amount and parsed.scaled.any():
                self.cell_units[role] = int(parsed.scaled.sum())
        if amount:
            multiplier = self.units[role] if role in self.units else header_multiplier(header)
            if multiplier != 1.0:
                # The header's unit scales the column; a cell's own word ('1,2 Mio.') wins.
                numbers = np.where(own_scale, numbers, numbers * multiplier)
                self.multipliers[role] = multiplier
        elif kind == "share":
            numbers, self.sow_unit = _sow_fraction(numbers, percent, header)
        elif "percent" not in registry.UNITS[kind]:
            # Visits or hours are counts: "35 %" is no effort, it is refused.
            for position in np.flatnonzero(percent & ~np.isnan(numbers)):
                self._problem(
                    int(position), "not_a_number", role, header, _plain_number(numbers[position]) + " %"
                )
            numbers = np.where(percent, np.nan, numbers)
        elif percent.any():
            self.percent_satisfaction = bool(percent[~np.isnan(numbers)].all())
            numbers = np.where(percent, numbers / 100.0, numbers)
        if kind != "score":
            negative = np.flatnonzero(numbers < 0)
            for position in negative:
                self._problem(int(position), "negative", role, header, _plain_number(numbers[position]))
            numbers[negative] = np.nan
        # 1e307 € is no customer's revenue, and sums, percentiles and the outputs (no
        # Infinity in JSON, no NAN/INF in xlsx) break on it: refused like any bad cell.
        huge = np.flatnonzero(~(np.abs(numbers) <= MAX_ABS_VALUE) & ~np.isnan(numbers))
        for position in huge:
            self._problem(int(position), "too_large", role, header, _huge_text(numbers[position]))
        numbers[huge] = np.nan
        return numbers[self.kept]

    def _read_ratings(
        self,
        role: str,
        header: str,
        numbers: np.ndarray,
        positions: np.ndarray,
        texts: pd.Series,
        ratings: RatingColumn,
    ) -> np.ndarray:
        """A column of rating words: each cell its level (1 = worst … n = best); a word
        outside the scale, or a number among the words, is refused."""
        self.rating_scale = ratings.scale
        for position in np.flatnonzero(~np.isnan(numbers)):
            self._problem(int(position), "not_a_rating", role, header, _plain_number(numbers[position]))
        levels = np.full(len(numbers), np.nan)
        levels[positions] = ratings.values
        for offset in np.flatnonzero(ratings.refused):
            self._problem(
                int(positions[offset]), "not_a_rating", role, header, str(texts.iat[offset]).strip()
            )
        return levels[self.kept]

    def _problem(self, position: int, code: str, role: str, header: str, value: str) -> None:
        index = int(self.position_to_index[position])
        if index >= 0:  # a skipped row is listed there already
            sheet = None if self.row_sheets is None else str(self.row_sheets[position])
            self.problems.append(
                RowIssue(int(self.excel_rows[position]), code, index, role, header, value, sheet)
            )


def _sow_fraction(numbers: np.ndarray, percent: np.ndarray, header: str) -> tuple[np.ndarray, str]:
    """SoW as a fraction: '35 %' and 35 are 0.35; 0.35 stays (Excel's percent cells)."""
    plain = ~percent & ~np.isnan(numbers)
    values = numbers[plain]
    as_percent = len(values) > 0 and (
        np.mean(values > 1.0) > 0.2 or ("%" in header and values.max(initial=0) > 1.0)
    )
    divide = percent | (plain & as_percent)
    unit = "percent" if as_percent or (percent.any() and not plain.any()) else "fraction"
    return np.where(divide, numbers / 100.0, numbers), unit


def _plain_number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(float(value))
