"""Which sheet holds the customer list, and on which row its header stands.

Pure Python (no numpy, no pandas): the reader child process runs it on the preview of
an .xlsx and starts loading the right rows at once, without a round trip to the app.
A sheet here is anything with ``name``, ``hidden``, ``n_rows``, ``first_row`` and
``row(i)``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol

from segmenter_app.core.errors import ImportFailure
from segmenter_app.core.headers.roles import assign_roles, match_roles

#: How far down a sheet the header row is looked for.
HEADER_SEARCH_ROWS = 60


class SheetLike(Protocol):
    name: str
    hidden: bool
    n_rows: int
    first_row: int

    def row(self, index: int) -> list[Any]: ...


@dataclass
class HeaderCandidate:
    sheet: str
    #: 0-based row of the sheet that holds the header
    index: int
    roles: dict[str, int]
    score: float

    @property
    def useful(self) -> bool:
        return len(self.roles) >= 2


def score_row(cells: list[object]) -> tuple[dict[str, int], float]:
    """Roles a row of header cells maps to, and how well."""
    texts = [c if isinstance(c, str) else "" for c in cells]
    roles = assign_roles(texts)
    score = 0.0
    for role, column in roles.items():
        score += next((m.score for m in match_roles(texts[column]) if m.role == role), 0.0)
    # Identification and both measures make a header much more likely.
    for role in ("customer_id", "customer_name", "satisfaction"):
        if role in roles:
            score += 0.25
    if "share_of_wallet" in roles or "wallet" in roles:
        score += 0.25
    return roles, score


def find_header(sheets: list[SheetLike], sheet_name: str | None = None) -> list[HeaderCandidate]:
    """Header candidates, best first: one per sheet (its best row)."""
    candidates: list[HeaderCandidate] = []
    for sheet in sheets:
        if sheet_name is not None and sheet.name != sheet_name:
            continue
        best: HeaderCandidate | None = None
        for index in range(min(HEADER_SEARCH_ROWS, sheet.n_rows)):
            roles, score = score_row(sheet.row(index))
            if sheet.hidden:
                score -= 0.5
            if best is None or score > best.score + 1e-9:
                best = HeaderCandidate(sheet.name, index, roles, score)
        if best is not None:
            candidates.append(best)
    candidates.sort(key=lambda c: -c.score)
    return candidates


def first_filled_row(sheet: SheetLike) -> int:
    for index in range(min(HEADER_SEARCH_ROWS, sheet.n_rows)):
        if any(value != "" for value in sheet.row(index)):
            return index
    return 0


def resolve_sheet_name(sheets: list[SheetLike], wanted: str) -> str:
    names = [s.name for s in sheets]
    if wanted in names:
        return wanted
    lowered = {n.lower(): n for n in names}
    if wanted.lower() not in lowered:
        raise ImportFailure("sheet_not_found", sheet=wanted, sheets=names)
    return lowered[wanted.lower()]


def choose_layout(
    sheets: list[SheetLike], sheet_name: str | None = None, header_row: int | None = None
) -> tuple[SheetLike, int, bool]:
    """(sheet, 0-based header row, confident).  ``header_row`` is the row number Excel
    shows.  Not confident when fewer than four roles were found or another sheet
    scores nearly as well: the app then asks the user."""
    if not sheets:
        raise ImportFailure("sheet_not_found", sheet=sheet_name or "", sheets=[])
    if sheet_name is not None:
        sheet_name = resolve_sheet_name(sheets, sheet_name)
    by_name = {s.name: s for s in sheets}
    candidates = find_header(sheets, sheet_name)
    if header_row is not None:
        sheet = (
            by_name[sheet_name]
            if sheet_name
            else by_name[candidates[0].sheet if candidates else sheets[0].name]
        )
        index = header_row - 1 - sheet.first_row
        if not 0 <= index < sheet.n_rows:
            raise ImportFailure(
                "header_row_out_of_range",
                row=header_row,
                sheet=sheet.name,
                rows=sheet.first_row + sheet.n_rows,
            )
        return sheet, index, True
    if candidates and candidates[0].useful:
        best = candidates[0]
        runner_up = candidates[1] if len(candidates) > 1 else None
        clear_winner = runner_up is None or best.score - runner_up.score > 0.5
        confident = len(best.roles) >= 4 and (clear_winner or sheet_name is not None)
        return by_name[best.sheet], best.index, confident
    sheet = by_name[sheet_name] if sheet_name else next((s for s in sheets if s.n_rows), sheets[0])
    return sheet, first_filled_row(sheet), False
