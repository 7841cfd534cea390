"""The team table (PRODUCT.md §6): one row per account manager and a last row
``(all)`` — for ``segmenter team`` and for the overview workbook's *Team* sheet."""

from __future__ import annotations

import io

import numpy as np
import pandas as pd

from segmenter_app.core.model.plan import Figures, VisitPlan
from segmenter_app.core.outputs.cells import fit_row, text_units
from segmenter_app.core.text import plan_texts
from segmenter_app.core.text.catalog import QT_TRANSLATE_NOOP, tr

#: The columns ``segmenter team`` writes, in this order.  Shares are fractions 0–1,
#: load is demand ÷ capacity (1.0 = exactly full), misallocation is in % (0–100), of
#: last period's effort and of the plan against worth; capacity_source is ``list``
#: (the visits the list says the manager made), ``team`` or ``manager`` (set), or
#: ``default`` (empty in the team's row when the managers' differ).
TEAM_COLUMNS: tuple[str, ...] = (
    "account_manager",
    "customers",
    "classified",
    "worth",
    "capacity",
    "capacity_source",
    "demand",
    "planned",
    "load",
    "overflow",
    "effort",
    "effort_share",
    "worth_share",
    "misallocation",
    "misallocation_planned",
)
ALL = "(all)"

# The team table's headers — of the overview's *Team* sheet and of the window's Team
# view alike (``ui/team_view.py`` reads them): one wording for one table.
HEADERS: dict[str, str] = {
    "account_manager": QT_TRANSLATE_NOOP("core", "Account manager"),
    "customers": QT_TRANSLATE_NOOP("core", "Customers"),
    "classified": QT_TRANSLATE_NOOP("core", "Classified"),
    "worth": QT_TRANSLATE_NOOP("core", "Worth"),
    "capacity": QT_TRANSLATE_NOOP("core", "Capacity"),
    "capacity_source": QT_TRANSLATE_NOOP("core", "Capacity from"),
    "demand": QT_TRANSLATE_NOOP("core", "Demand"),
    "planned": QT_TRANSLATE_NOOP("core", "Planned"),
    "load": QT_TRANSLATE_NOOP("core", "Load"),
    "overflow": QT_TRANSLATE_NOOP("core", "Overflow"),
    "effort": QT_TRANSLATE_NOOP("core", "Effort"),
    "effort_share": QT_TRANSLATE_NOOP("core", "Share of effort"),
    "worth_share": QT_TRANSLATE_NOOP("core", "Share of worth"),
    "misallocation": QT_TRANSLATE_NOOP("core", "Misallocation last period"),
    "misallocation_planned": QT_TRANSLATE_NOOP("core", "Misallocation of the plan"),
    "team_title": QT_TRANSLATE_NOOP("core", "Resources against potential"),
    "team_sheet": QT_TRANSLATE_NOOP("core", "Team"),
    "all": QT_TRANSLATE_NOOP("core", "Team"),
}


def _row(figures: Figures, name: str) -> dict:
    return {
        "account_manager": name,
        "customers": figures.customers,
        "classified": figures.classified,
        "worth": round(figures.worth, 2),
        "capacity": figures.capacity,
        "capacity_source": figures.capacity_source,
        "demand": figures.demand,
        "planned": figures.planned,
        "load": round(figures.load, 4),
        "overflow": figures.overflow,
        "effort": figures.effort,
        "effort_share": round(figures.effort_share, 6),
        "worth_share": round(figures.worth_share, 6),
        "misallocation": round(figures.misallocation, 4),
        "misallocation_planned": round(figures.misallocation_planned, 4),
    }


def team_frame(plan: VisitPlan) -> pd.DataFrame:
    """One row per manager, in name order, then ``(all)``; an empty figure is empty
    (NaN), never a number made up (its reason: :func:`empty_reasons`)."""
    rows = [_row(figures, figures.name) for figures in plan.rows] + [_row(plan.team, ALL)]
    return pd.DataFrame(rows, columns=list(TEAM_COLUMNS))


def empty_reasons(plan: VisitPlan, language: str) -> list[str]:
    """Why figures are empty, one line per (column, reason), naming the managers."""
    found: dict[tuple[str, str], list[str]] = {}
    for figures in [*plan.rows, plan.team]:
        name = figures.name
        for column, reason in (
            ("load", figures.load_reason),
            ("effort", figures.effort_reason),
            ("worth_share", figures.worth_reason),
            ("misallocation", figures.misallocation_reason),
            ("misallocation_planned", figures.misallocation_planned_reason),
        ):
            if reason is not None:
                found.setdefault((column, reason), []).append(name)
    lines = []
    for (column, reason), names in found.items():
        who = ", ".join(names) if len(names) <= 4 else f"{', '.join(names[:4])} …"
        # The column as its header says it in the language ("Aufwand", never "effort").
        lines.append(f"{tr(HEADERS[column], language)}: {plan_texts.reason_text(reason, language)} ({who})")
    return lines


def team_sheet_name(language: str) -> str:
    from segmenter_app.core.outputs.report_data import safe_sheet_name

    return safe_sheet_name(tr(HEADERS["team_sheet"], language), set())


def summary_lines(
    plan: VisitPlan, language: str, names=None, managers=None, currency: str = "€"
) -> list[str]:
    """The team's lines above its table (the overview) and on stderr (``segmenter
    team``): capacity and demand, the index last period → plan, what it means, and the
    largest moves (``names``, ``managers``: per row, to name them)."""
    team = plan.team
    lines = [
        plan_texts.capacity_line(team, language),
        plan_texts.misallocation_line(team, language),
        plan_texts.index_meaning(team, language),
    ]
    if names is not None and managers is not None:
        moves = plan_texts.moves_line(plan, names, managers, language, currency)
        if moves:
            lines.append(moves)
    return lines


def write_team_sheet(book, formats, plan: VisitPlan, language: str, name: str, document=None) -> None:
    """The overview's *Team* sheet: the team table, the capacity line, the picture."""
    from segmenter_app.core.outputs.shares_picture import render_png

    sheet = book.add_worksheet(name)
    sheet.set_row(0, 21)
    sheet.write_string(0, 0, tr(HEADERS["team_title"], language), formats.title)
    names = managers = None
    if document is not None:
        names = document.table["customer_name"].to_numpy(dtype=object)
        managers = document.table["account_manager"].to_numpy(dtype=object)
    lines = summary_lines(plan, language, names, managers, document.currency if document is not None else "€")
    # Capacity and the index above the table; what the index means and the largest
    # moves under it, with the reasons of empty figures.
    for offset, line in enumerate(lines[:2]):
        sheet.write_string(1 + offset, 0, line, formats.subtitle)
    top = 4
    sheet.set_row(top, 30)
    for column, key in enumerate(TEAM_COLUMNS):
        sheet.write_string(top, column, tr(HEADERS[key], language), formats.header)
    number_formats = {
        "worth": formats.money,
        "load": formats.percent,
        "effort_share": formats.percent,
        "worth_share": formats.percent,
    }
    frame = team_frame(plan)
    for offset, record in enumerate(frame.itertuples(index=False, name=None), start=1):
        total = offset == len(frame)
        for column, (key, value) in enumerate(zip(TEAM_COLUMNS, record)):
            if key == "account_manager":
                text = tr(HEADERS["all"], language) if total else (value or "–")
                sheet.write_string(
                    top + offset, column, text, formats.summary_total if total else formats.text
                )
            elif value is None or (isinstance(value, float) and np.isnan(value)):
                sheet.write_string(top + offset, column, "–", formats.text)
            elif key == "capacity_source":
                sheet.write_string(
                    top + offset,
                    column,
                    plan_texts.capacity_source_text(str(value), plan.effort_label, language),
                    formats.text,
                )
            elif key in ("misallocation", "misallocation_planned"):
                # A number like the other shares (the index is in %, 0–100).
                sheet.write_number(top + offset, column, float(value) / 100.0, formats.percent)
            else:
                sheet.write_number(
                    top + offset, column, float(value), number_formats.get(key, formats.integer)
                )
    sheet.set_column(0, 0, 24)
    sheet.set_column(1, len(TEAM_COLUMNS) - 1, 12)
    # Where the capacity came from ("aus der Liste: Besuche 2025"), whole.
    sources = {
        plan_texts.capacity_source_text(str(value), plan.effort_label, language)
        for value in frame["capacity_source"]
        if isinstance(value, str)
    }
    source_column = TEAM_COLUMNS.index("capacity_source")
    sheet.set_column(source_column, source_column, max([12.0, *(text_units(text) + 1 for text in sources)]))
    reasons = lines[2:] + ["– " + line for line in empty_reasons(plan, language)]
    below = top + len(frame) + 2
    # A sentence as wide as the table, wrapped, its row as tall as it needs (a long list
    # of the largest moves never runs off the page).
    wide = 24 + 12 * (len(TEAM_COLUMNS) - 2) + max([12.0, *(text_units(text) + 1 for text in sources)])
    for offset, line in enumerate(reasons):
        sheet.merge_range(
            below + offset, 0, below + offset, len(TEAM_COLUMNS) - 1, line, formats.wrapped_note
        )
        fit_row(sheet, below + offset, [(line, wide)])
    picture = render_png(plan.shares, language)
    sheet.insert_image(
        below + len(reasons) + 1, 0, "shares.png", {"image_data": io.BytesIO(picture), "object_position": 3}
    )
    sheet.set_landscape()
    sheet.set_paper(9)
    sheet.fit_to_pages(1, 0)
