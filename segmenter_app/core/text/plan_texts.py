"""Words for the visit plan and the effort figures (PRODUCT.md §6): why a figure is
empty, a refused plan setting, the capacity line of a manager's summary and where the
capacity comes from, what the misallocation index says, why a customer is overflow or
under-served."""

from __future__ import annotations

import math
from typing import Any

from segmenter_app.core.text.catalog import QT_TRANSLATE_N_NOOP, QT_TRANSLATE_NOOP, safe_format, tr, tr_n
from segmenter_app.core.text.formatting import format_money, format_number, format_percent

#: Why a figure is empty (``model.plan`` reason codes).
REASONS: dict[str, str] = {
    "no_effort_column": QT_TRANSLATE_NOOP(
        "core", "no effort column in the list (visits, contacts, calls or hours)"
    ),
    "no_effort_known": QT_TRANSLATE_NOOP("core", "effort known for no classified customer"),
    "one_effort_known": QT_TRANSLATE_NOOP("core", "effort known for one customer only"),
    "no_effort": QT_TRANSLATE_NOOP("core", "the known effort adds up to 0"),
    "no_worth": QT_TRANSLATE_NOOP("core", "nothing at stake (worth 0 or unknown)"),
    "no_classified": QT_TRANSLATE_NOOP("core", "no classified customer"),
    "no_capacity": QT_TRANSLATE_NOOP("core", "capacity is 0"),
    "no_planned": QT_TRANSLATE_NOOP("core", "no visit planned"),
}

#: A refused plan setting (``PlanSettingError.code``).
SETTING_ERRORS: dict[str, str] = {
    "capacity_negative": QT_TRANSLATE_NOOP("core", "a capacity cannot be negative ({value})"),
    "capacity_not_a_number": QT_TRANSLATE_NOOP("core", "capacity '{value}' is not a number"),
    "capacity_too_large": QT_TRANSLATE_NOOP(
        "core", "a capacity of {value} visits a year is beyond sense (at most {limit})"
    ),
    "capacity_assignment": QT_TRANSLATE_NOOP("core", "'{value}': write NAME=N"),
    "cadence_negative": QT_TRANSLATE_NOOP("core", "a cadence cannot be negative ({key}={value})"),
    "cadence_not_a_number": QT_TRANSLATE_NOOP("core", "cadence '{value}' for {key} is not a number"),
    "cadence_too_large": QT_TRANSLATE_NOOP(
        "core", "{value} visits a year for one {key} customer is beyond sense (at most {limit})"
    ),
    "cadence_not_whole": QT_TRANSLATE_NOOP("core", "visits are whole: '{value}' for {key}"),
    "cadence_assignment": QT_TRANSLATE_NOOP("core", "'{value}': write KEY=N"),
    "cadence_unknown_key": QT_TRANSLATE_NOOP("core", "'{key}' is no cadence group (they are: {keys})"),
    "maximum_negative": QT_TRANSLATE_NOOP("core", "a maximum cannot be negative ({key}={value})"),
    "maximum_not_a_number": QT_TRANSLATE_NOOP("core", "maximum '{value}' for {key} is not a number"),
    "maximum_too_large": QT_TRANSLATE_NOOP(
        "core", "{value} visits a year for one {key} customer is beyond sense (at most {limit})"
    ),
    "maximum_not_whole": QT_TRANSLATE_NOOP("core", "visits are whole: '{value}' for {key}"),
    "maximum_assignment": QT_TRANSLATE_NOOP("core", "'{value}': write KEY=N"),
    "maximum_unknown_key": QT_TRANSLATE_NOOP("core", "'{key}' is no group (they are: {keys})"),
    "minimum_negative": QT_TRANSLATE_NOOP("core", "a minimum cannot be negative ({value})"),
    "minimum_not_a_number": QT_TRANSLATE_NOOP("core", "minimum '{value}' is not a number"),
    "minimum_too_large": QT_TRANSLATE_NOOP(
        "core", "a minimum of {value} visits a year is beyond sense (at most {limit})"
    ),
    "minimum_not_whole": QT_TRANSLATE_NOOP("core", "visits are whole: '{value}'"),
    "weight_negative": QT_TRANSLATE_NOOP("core", "a weight cannot be negative ({key}={value})"),
    "weight_not_a_number": QT_TRANSLATE_NOOP("core", "weight '{value}' for {key} is not a number"),
    "weight_too_large": QT_TRANSLATE_NOOP(
        "core", "a weight of {value} for {key} is beyond sense (at most {limit})"
    ),
    "weight_assignment": QT_TRANSLATE_NOOP("core", "'{value}': write KEY=W"),
    "weight_unknown_key": QT_TRANSLATE_NOOP("core", "'{key}' is no group (they are: {keys})"),
    "priority_unknown": QT_TRANSLATE_NOOP("core", "'{value}': the priority is by worth or by segment"),
    "unknown_manager": QT_TRANSLATE_NOOP(
        "core", "no account manager '{name}' in the list (they are: {managers})"
    ),
}

#: Where a manager's capacity comes from (``model.plan.CAPACITY_SOURCES``).
CAPACITY_SOURCES: dict[str, str] = {
    "manager": QT_TRANSLATE_NOOP("core", "set for this account manager"),
    "team": QT_TRANSLATE_NOOP("core", "set for the team"),
    "list": QT_TRANSLATE_NOOP("core", "from the list: {column}"),
    "default": QT_TRANSLATE_NOOP("core", "default"),
}

WORDS: dict[str, str] = {
    "capacity_line": QT_TRANSLATE_N_NOOP(
        "core", "Capacity {capacity} · demand {demand} · {overflow} customers beyond capacity"
    ),
    "under": QT_TRANSLATE_NOOP("core", "under-served"),
    "over": QT_TRANSLATE_NOOP("core", "over-served"),
    #: a planned-visits cell of a customer beyond capacity, narrow enough for its column
    "overflow_mark": QT_TRANSLATE_NOOP("core", "over cap."),
    "why_overflow": QT_TRANSLATE_N_NOOP(
        "core",
        "Beyond capacity: {manager}'s {capacity} visits a year go to the minimum visits of customers "
        "of higher priority; the {minimum} this customer needs no longer fit ({left} left).",
    ),
    "why_under": QT_TRANSLATE_NOOP(
        "core",
        "Under-served: worth {worth} is among the top quarter (≥ {cut}), "
        "effort {effort} is at most the median ({median}).",
    ),
    "why_over": QT_TRANSLATE_NOOP(
        "core",
        "Over-served: worth {worth} is among the lowest quarter (≤ {cut}), "
        "effort {effort} is among the top quarter (≥ {high}).",
    ),
    "planned": QT_TRANSLATE_N_NOOP(
        "core",
        "{visits} visits a year planned ({group}: at least {minimum}, at most {maximum}); worth {worth}.",
    ),
    "no_suggestion": QT_TRANSLATE_N_NOOP("core", "No account manager has {minimum} visits to spare."),
    "misallocation_line": QT_TRANSLATE_NOOP(
        "core", "Misallocation: last period {index} → plan {planned} (0 % = visits in proportion to worth)"
    ),
    "empty_because": QT_TRANSLATE_NOOP("core", "– ({reason})"),
    # What the index says, in one plain sentence (the Team view, the overview, the CLI).
    "index_meaning": QT_TRANSLATE_NOOP(
        "core",
        "Misallocation {index}: that share of last period's effort would have to move to other "
        "customers to follow worth — {level}. The plan: {planned}.",
    ),
    "index_meaning_plan_only": QT_TRANSLATE_NOOP(
        "core",
        "Misallocation of the plan {planned}: that share of the planned visits would have to move "
        "to follow worth exactly (0 % = in proportion). Effort: {reason}.",
    ),
    "level_low": QT_TRANSLATE_NOOP("core", "low (under 15 %)"),
    "level_moderate": QT_TRANSLATE_NOOP("core", "moderate (15–30 %)"),
    "level_high": QT_TRANSLATE_NOOP("core", "high (over 30 %)"),
    "moves": QT_TRANSLATE_NOOP("core", "Largest moves (under-served, most worth): {moves}"),
    "move": QT_TRANSLATE_NOOP("core", "{customer} ({manager}, {worth})"),
}

#: Where the index counts as moderate and as high (% of the effort that would move).
MODERATE, HIGH = 15.0, 30.0


def word(key: str, language: str, n: float | None = None, **params: Any) -> str:
    """The text of ``key``; with ``n``, in the form that number needs ("1 visit")."""
    text = tr(WORDS[key], language) if n is None else tr_n(WORDS[key], n, language)
    return safe_format(text, params)


def reason_text(code: str | None, language: str) -> str:
    return tr(REASONS.get(code or "", code or ""), language)


def setting_error_text(error: Any, language: str = "en") -> str:
    return safe_format(tr(SETTING_ERRORS.get(error.code, error.code), language), dict(error.params))


def capacity_source_text(source: str, column: str, language: str) -> str:
    """'from the list: Besuche 2025', 'set for the team', 'default' …; '' for a team of
    mixed sources."""
    if not source:
        return ""
    return safe_format(tr(CAPACITY_SOURCES.get(source, source), language), {"column": column})


def visits(value: float, language: str) -> str:
    """A number of visits: whole numbers without decimals, else one."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return format_number(value, language, 0 if float(value).is_integer() else 1)


def figure_or_reason(value: float, reason: str | None, language: str, kind: str = "percent") -> str:
    """A figure as text, or an empty mark with the reason: never 'nan'."""
    if value is None or math.isnan(value):
        return word("empty_because", language, reason=reason_text(reason, language)) if reason else "–"
    if kind == "percent":
        return format_percent(value, language, 1)
    if kind == "index":
        return format_number(value, language, 1) + " %"
    if kind == "ratio":
        return format_percent(value, language, 0)
    if kind == "money":
        return format_money(value, language)
    return visits(value, language)


def capacity_line(figures: Any, language: str) -> str:
    """'Capacity 200 · demand 246 · 38 customers beyond capacity'."""
    return word(
        "capacity_line",
        language,
        n=figures.overflow,
        capacity=visits(figures.capacity, language),
        demand=visits(figures.demand, language),
        overflow=format_number(figures.overflow, language),
    )


def misallocation_line(figures: Any, language: str) -> str:
    """'Misallocation: last period 52.5 % → plan 9.1 % (0 % = …)'."""
    return word(
        "misallocation_line",
        language,
        index=figure_or_reason(figures.misallocation, figures.misallocation_reason, language, "index"),
        planned=figure_or_reason(
            figures.misallocation_planned, figures.misallocation_planned_reason, language, "index"
        ),
    )


def level(index: float, language: str) -> str:
    if index > HIGH:
        return word("level_high", language)
    if index >= MODERATE:
        return word("level_moderate", language)
    return word("level_low", language)


def index_meaning(figures: Any, language: str) -> str:
    """One plain sentence: what the team's index means and whether it is high."""
    planned = figure_or_reason(
        figures.misallocation_planned, figures.misallocation_planned_reason, language, "index"
    )
    if math.isnan(figures.misallocation):
        return word(
            "index_meaning_plan_only",
            language,
            planned=planned,
            reason=reason_text(figures.misallocation_reason, language),
        )
    return word(
        "index_meaning",
        language,
        index=figure_or_reason(figures.misallocation, None, language, "index"),
        level=level(figures.misallocation, language),
        planned=planned,
    )


def moves_line(plan: Any, names: Any, managers: Any, language: str, currency: str = "€") -> str:
    """'Largest moves (under-served, most worth): Steuerkanzlei Krüger KG (Meier, 535 k€) …'
    ('' when no customer is under-served); ``names``/``managers`` per row."""
    if not len(plan.moves):
        return ""
    moves = "; ".join(
        word(
            "move",
            language,
            customer=str(names[row]),
            manager=str(managers[row]) or "–",
            worth=format_money(float(plan.worth[row]), language, currency),
        )
        for row in plan.moves
    )
    return word("moves", language, moves=moves)
