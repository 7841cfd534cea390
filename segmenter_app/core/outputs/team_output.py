"""The team table (PRODUCT.md §6): one row per account manager and a last row
``(all)`` — for ``segmenter team`` and for the overview workbook's *Team* sheet."""

from __future__ import annotations

import io

import numpy as np
import pandas as pd

from segmenter_app.core.model.plan import Figures, VisitPlan
from segmenter_app.core.text import plan_texts
from segmenter_app.core.text.catalog import QT_TRANSLATE_NOOP, tr

#: The columns ``segmenter team`` writes, in this order.  Shares are fractions 0–1,
#: load is demand ÷ capacity (1.0 = exactly full), misallocation is in % (0–100).
TEAM_COLUMNS: tuple[str, ...] = (
    "account_manager",
    "customers",
    "classified",
    "potential",
    "capacity",
    "demand",
    "planned",
    "load",
    "overflow",
    "effort",
    "effort_share",
    "potential_share",
    "misallocation",
)
ALL = "(all)"

# The team table's headers — of the overview's *Team* sheet and of the window's Team
# view alike (``ui/team_view.py`` reads them): one wording for one table.
HEADERS: dict[str, str] = {
    "account_manager": QT_TRANSLATE_NOOP("core", "Account manager"),
    "customers": QT_TRANSLATE_NOOP("core", "Customers"),
    "classified": QT_TRANSLATE_NOOP("core", "Classified"),
    "potential": QT_TRANSLATE_NOOP("core", "Untapped potential"),
    "capacity": QT_TRANSLATE_NOOP("core", "Capacity"),
    "demand": QT_TRANSLATE_NOOP("core", "Demand"),
    "planned": QT_TRANSLATE_NOOP("core", "Planned"),
    "load": QT_TRANSLATE_NOOP("core", "Load"),
    "overflow": QT_TRANSLATE_NOOP("core", "Overflow"),
    "effort": QT_TRANSLATE_NOOP("core", "Effort"),
    "effort_share": QT_TRANSLATE_NOOP("core", "Effort share"),
    "potential_share": QT_TRANSLATE_NOOP("core", "Potential share"),
    "misallocation": QT_TRANSLATE_NOOP("core", "Misallocation"),
    "team_title": QT_TRANSLATE_NOOP("core", "Resources against potential"),
    "team_sheet": QT_TRANSLATE_NOOP("core", "Team"),
    "all": QT_TRANSLATE_NOOP("core", "Team"),
}


def _row(figures: Figures, name: str) -> dict:
    return {
        "account_manager": name,
        "customers": figures.customers,
        "classified": figures.classified,
        "potential": round(figures.potential, 2),
        "capacity": figures.capacity,
        "demand": figures.demand,
        "planned": figures.planned,
        "load": round(figures.load, 4),
        "overflow": figures.overflow,
        "effort": figures.effort,
        "effort_share": round(figures.effort_share, 6),
        "potential_share": round(figures.potential_share, 6),
        "misallocation": round(figures.misallocation, 4),
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
            ("potential_share", figures.potential_reason),
            ("misallocation", figures.misallocation_reason),
        ):
            if reason is not None:
                found.setdefault((column, reason), []).append(name)
    lines = []
    for (column, reason), names in found.items():
        who = ", ".join(names) if len(names) <= 4 else f"{', '.join(names[:4])} …"
        lines.append(f"{column}: {plan_texts.reason_text(reason, language)} ({who})")
    return lines


def team_sheet_name(language: str) -> str:
    from segmenter_app.core.outputs.report_data import safe_sheet_name

    return safe_sheet_name(tr(HEADERS["team_sheet"], language), set())


def write_team_sheet(book, formats, plan: VisitPlan, language: str, name: str) -> None:
    """The overview's *Team* sheet: the team table, the capacity line, the picture."""
    from segmenter_app.core.outputs.shares_picture import render_png

    sheet = book.add_worksheet(name)
    sheet.set_row(0, 21)
    sheet.write_string(0, 0, tr(HEADERS["team_title"], language), formats.title)
    team = plan.team
    lines = [plan_texts.capacity_line(team, language)]
    lines.append(
        plan_texts.word(
            "misallocation_line",
            language,
            index=plan_texts.figure_or_reason(
                team.misallocation, team.misallocation_reason, language, "index"
            ),
        )
    )
    for offset, line in enumerate(lines):
        sheet.write_string(1 + offset, 0, line, formats.subtitle)
    top = 4
    sheet.set_row(top, 30)
    for column, key in enumerate(TEAM_COLUMNS):
        sheet.write_string(top, column, tr(HEADERS[key], language), formats.header)
    number_formats = {
        "potential": formats.money,
        "load": formats.percent,
        "effort_share": formats.percent,
        "potential_share": formats.percent,
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
            elif key == "misallocation":
                sheet.write_string(
                    top + offset,
                    column,
                    plan_texts.figure_or_reason(value, None, language, "index"),
                    formats.text,
                )
            else:
                sheet.write_number(
                    top + offset, column, float(value), number_formats.get(key, formats.integer)
                )
    sheet.set_column(0, 0, 24)
    sheet.set_column(1, len(TEAM_COLUMNS) - 1, 12)
    reasons = empty_reasons(plan, language)
    below = top + len(frame) + 2
    for offset, line in enumerate(reasons):
        sheet.write_string(below + offset, 0, "– " + line, formats.subtitle)
    picture = render_png(plan.shares, language)
    sheet.insert_image(
        below + len(reasons) + 1, 0, "shares.png", {"image_data": io.BytesIO(picture), "object_position": 3}
    )
    sheet.set_landscape()
    sheet.set_paper(9)
    sheet.fit_to_pages(1, 0)
