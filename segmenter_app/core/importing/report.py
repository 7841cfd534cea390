"""What an import was asked (ImportOptions) and what it found (ImportReport: skipped
rows, refused cells, the scale, the mapping)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from segmenter_app.core.importing.mappings import MappingMemory
from segmenter_app.core.importing.scales import Scale

#: Keys of a remembered mapping that are choices, not roles ("@kzi_best").
SETTING_PREFIX = "@"


@dataclass
class ImportOptions:
    #: the one sheet to read (None: found)
    sheet: str | None = None
    #: the sheets read as one list: None the found sheet and those of its shape,
    #: ``("*",)`` every sheet with a customer header, else exactly these
    sheets: tuple[str, ...] | None = None
    #: The header's row number as Excel shows it (1-based); None finds it.
    header_row: int | None = None
    #: role → header text (or column letter); None removes the role.
    mapping: dict[str, str | None] = field(default_factory=dict)
    satisfaction_scale: str = "auto"
    #: which end of the satisfaction scale is the best: "auto" (from the header),
    #: "low" (1 = best: school grades, ranks) or "high"
    kzi_best: str = "auto"
    #: order lines (one id and name on several rows): "sum" them into one customer,
    #: "keep" every row; "auto": as remembered for these headers, else "sum"
    lines: str = "auto"
    #: role → the factor its amounts are read with (1, 1,000, 1,000,000), over what the
    #: header says ("Einkaufsvolumen" without a unit beside "Umsatz (T€)"); a role not
    #: named reads as its header says (or as remembered for these headers)
    units: dict[str, float] = field(default_factory=dict)
    memory: MappingMemory | None = None


@dataclass
class RowIssue:
    """Something about one row of the file: a skipped row or a cell that was refused."""

    row: int  #: the row number Excel shows
    code: str
    index: int | None = None  #: the customer's position in the table, if kept
    role: str | None = None
    column: str | None = None  #: header of the column
    value: str = ""
    #: the sheet of the row, when the list spans several sheets
    sheet: str | None = None


@dataclass
class ImportReport:
    path: Path
    format: str
    sheet: str
    sheets: list[str]
    header_row: int
    headers: list[str]
    mapping: dict[str, str]
    mapping_source: str
    confident: bool
    missing_roles: list[str]
    extra_columns: list[str]
    notation: dict[str, str]
    multipliers: dict[str, float]
    sow_unit: str | None
    scale: Scale | None
    scale_source: str
    skipped: list[RowIssue]
    problems: list[RowIssue]
    duplicate_ids: dict[str, list[int]]
    signature: str
    rows_read: int
    encoding: str | None = None
    delimiter: str | None = None
    file_notes: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    #: the currency the headers or amount cells name (€, $, £, CHF), None: none named
    currency: str | None = None
    #: how the scale's direction was decided: "user", "header" or "default"
    direction_source: str = "default"
    #: the header's words that decided the direction ("1 = sehr gut", "schulnote")
    direction_words: str = ""
    #: a header's direction words the values contradict: (code, params) or None
    direction_conflict: tuple[str, dict[str, str]] | None = None
    #: role → how many cells carried their own unit word ('850 T€')
    cell_units: dict[str, int] = field(default_factory=dict)
    #: the sheets read as one list, in workbook order (one: just ``sheet``)
    combined_sheets: list[str] = field(default_factory=list)
    #: customers' rows each combined sheet contributed
    sheet_rows: dict[str, int] = field(default_factory=dict)
    #: sheets left out: [name, why] ("other_shape", "hidden", "empty", "not_chosen")
    skipped_sheets: list[list[str]] = field(default_factory=list)
    #: combined sheets whose header differs: [name, columns it lacks, columns only it has]
    sheet_differences: list[list[Any]] = field(default_factory=list)
    #: "account_manager" when the sheet names became the managers, "column" when they
    #: were kept as a ``sheet`` column, "" for a list on one sheet
    sheet_names_as: str = ""
    #: why the scale is what it is: [code, params] ("header_range", {"range": "0–10"})
    scale_reason: list[Any] | None = None
    #: neither header nor values say which end of the scale is the best (1–5 …)
    direction_unclear: bool = False
    #: the direction asked for ("low", "high") or "auto"
    kzi_best: str = "auto"
    #: order lines: "sum" or "keep" (as asked, remembered or by default)
    lines: str = "sum"
    #: [rows, customers] when order lines were summed ("390 rows → 131 customers")
    lines_summed: list[int] | None = None
    #: role → the factor chosen for its amounts (asked or remembered), over its header
    units: dict[str, float] = field(default_factory=dict)

    @property
    def scale_unknown(self) -> bool:
        """The satisfaction column has values on no scale the reader knows (22 to 140):
        no customer can be placed until the user names the scale."""
        return self.scale is None and bool(self.scale_reason) and self.scale_reason[0] == "values_unknown"

    def mapping_to_remember(self) -> dict[str, str]:
        """The mapping with the choices made for these headers (the direction of the
        scale, order lines kept), as :class:`MappingMemory` keeps them."""
        remembered = dict(self.mapping)
        if self.kzi_best in ("low", "high"):
            remembered[SETTING_PREFIX + "kzi_best"] = self.kzi_best
        if self.lines == "keep":
            remembered[SETTING_PREFIX + "lines"] = "keep"
        for role, factor in self.units.items():
            remembered[SETTING_PREFIX + "unit_" + role] = format(factor, "g")
        return remembered

    def problems_by_index(self) -> dict[int, list[RowIssue]]:
        grouped: dict[int, list[RowIssue]] = {}
        for issue in self.problems:
            if issue.index is not None:
                grouped.setdefault(issue.index, []).append(issue)
        return grouped


@dataclass
class ImportResult:
    table: pd.DataFrame
    report: ImportReport
