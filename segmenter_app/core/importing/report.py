"""What an import was asked (ImportOptions) and what it found (ImportReport: skipped
rows, refused cells, the scale, the mapping)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from segmenter_app.core.importing.mappings import MappingMemory
from segmenter_app.core.importing.scales import Scale


@dataclass
class ImportOptions:
    sheet: str | None = None
    #: The header's row number as Excel shows it (1-based); None finds it.
    header_row: int | None = None
    #: role → header text (or column letter); None removes the role.
    mapping: dict[str, str | None] = field(default_factory=dict)
    satisfaction_scale: str = "auto"
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
