"""Which sheets of a workbook hold one customer list together.

Teams keep a sheet per account manager, region or team, often behind a cover or an
overview sheet.  Sheets whose header has the customer table's shape — the same roles,
give or take one column — are read as one list; the others (cover, overview, notes,
hidden sheets) are skipped and named in the import report.  The user can name the
sheets instead (``--sheet A B``, the import dialog's check boxes) or ask for ``all``
sheets with a customer header.

Pure Python, like ``search.py``: the reader child runs it on the .xlsx preview and
loads exactly these sheets.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from segmenter_app.core import columns as registry
from segmenter_app.core.headers.search import SheetLike, find_header, resolve_sheet_name, score_row

#: ``sheets`` value for every sheet that has a customer header.
ALL_SHEETS: tuple[str, ...] = ("*",)

#: Roles that make up a list's shape (notes do not): the registry's ``shape`` flag.
SHAPE_ROLES = frozenset(role.key for role in registry.with_flag("shape"))
_IDENTIFICATION = frozenset({"customer_id", "customer_name"})


@dataclass
class SheetMember:
    name: str
    #: 0-based row of the sheet that holds its header
    index: int
    roles: dict[str, int]


@dataclass
class SheetSet:
    """The sheets read as one list (in workbook order), and the ones left out."""

    members: list[SheetMember]
    #: (sheet name, why): "other_shape", "hidden", "empty", "not_chosen"
    skipped: list[tuple[str, str]] = field(default_factory=list)

    @property
    def names(self) -> list[str]:
        return [member.name for member in self.members]


def _identifies(roles: dict[str, int]) -> bool:
    return bool(_IDENTIFICATION & roles.keys())


def same_shape(primary: dict[str, int], other: dict[str, int]) -> bool:
    """Two headers of one list: a customer column in both, and their roles differ by at
    most one column (a sheet with a column more or fewer is still the same list)."""
    if not (_identifies(primary) and _identifies(other)):
        return False
    mine, theirs = primary.keys() & SHAPE_ROLES, other.keys() & SHAPE_ROLES
    return len(mine ^ theirs) <= 1 and len(mine & theirs) >= 2


def choose_sheets(
    sheets: list[SheetLike],
    primary: SheetLike,
    header_index: int,
    wanted: tuple[str, ...] | None = None,
) -> SheetSet:
    """The sheets to combine with ``primary`` (whose header is on ``header_index``).

    ``wanted`` None: every visible sheet of the primary's shape; :data:`ALL_SHEETS`:
    every sheet with a customer header; else exactly the sheets named (the primary is
    one of them)."""
    primary_roles, _score = score_row(primary.row(header_index))
    named: set[str] = set()
    if wanted and wanted != ALL_SHEETS:
        named = {resolve_sheet_name(sheets, name) for name in wanted}
    members: list[SheetMember] = []
    skipped: list[tuple[str, str]] = []
    for sheet in sheets:
        if sheet.name == primary.name:
            members.append(SheetMember(sheet.name, header_index, primary_roles))
            continue
        if named:
            if sheet.name in named:
                best = find_header([sheet], sheet.name)
                index = best[0].index if best else 0
                members.append(SheetMember(sheet.name, index, best[0].roles if best else {}))
            else:
                skipped.append((sheet.name, "not_chosen"))
            continue
        if not sheet.n_rows:
            skipped.append((sheet.name, "empty"))
            continue
        candidates = find_header([sheet], sheet.name)
        best = candidates[0] if candidates else None
        if best is None or not best.useful:
            skipped.append((sheet.name, "other_shape"))
            continue
        if wanted == ALL_SHEETS:
            fits = _identifies(best.roles) and len(best.roles.keys() & SHAPE_ROLES) >= 2
        else:
            fits = same_shape(primary_roles, best.roles)
        if fits and sheet.hidden and wanted != ALL_SHEETS:
            skipped.append((sheet.name, "hidden"))
        elif fits:
            members.append(SheetMember(sheet.name, best.index, best.roles))
        else:
            skipped.append((sheet.name, "other_shape"))
    return SheetSet(members, skipped)


def choose_layout_and_sheets(
    sheets: list[SheetLike],
    sheet_name: str | None,
    header_row: int | None,
    wanted: tuple[str, ...] | None,
) -> tuple[SheetLike, int, bool, SheetSet]:
    """:func:`search.choose_layout` for a list that may span sheets: the primary sheet
    (the best header among the candidates), its header row, whether the choice is
    clear, and the sheets read with it.  Sheets of the same list do not make the
    choice less clear: only a sheet of another shape that scores nearly as well does."""
    from segmenter_app.core.headers.search import choose_layout

    pool = sheets
    if wanted and wanted != ALL_SHEETS:
        named = {resolve_sheet_name(sheets, name) for name in wanted}
        pool = [sheet for sheet in sheets if sheet.name in named]
    primary, index, confident = choose_layout(pool, sheet_name, header_row)
    if sheet_name is not None and not wanted:
        # One sheet asked for by name is read alone.
        return (
            primary,
            index,
            confident,
            SheetSet(
                [SheetMember(primary.name, index, {})],
                [(sheet.name, "not_chosen") for sheet in sheets if sheet.name != primary.name],
            ),
        )
    chosen = choose_sheets(sheets, primary, index, wanted)
    if not confident and len(chosen.members) > 1 and header_row is None:
        members = set(chosen.names)
        others = [c for c in find_header([s for s in sheets if s.name not in members]) if c.useful]
        best = find_header([primary], primary.name)
        top = best[0].score if best else 0.0
        confident = len(score_row(primary.row(index))[0]) >= 4 and (not others or top - others[0].score > 0.5)
    return primary, index, confident, chosen
