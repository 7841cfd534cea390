"""Words for the visit plan and the effort figures (PRODUCT.md §6): why a figure is
empty, a refused capacity or cadence, the capacity line of a manager's summary, why a
customer is overflow or under-served."""

from __future__ import annotations

import math
from typing import Any

from segmenter_app.core.text.catalog import QT_TRANSLATE_NOOP, safe_format, tr
from segmenter_app.core.text.formatting import format_money, format_number, format_percent

#: Why a figure is empty (``model.plan`` reason codes).
REASONS: dict[str, str] = {
    "no_effort_column": QT_TRANSLATE_NOOP(
        "core", "no effort column in the list (visits, contacts, calls or hours)"
    ),
    "no_effort_known": QT_TRANSLATE_NOOP("core", "effort known for no classified customer"),
    "one_effort_known": QT_TRANSLATE_NOOP("core", "effort known for one customer only"),
    "no_effort": QT_TRANSLATE_NOOP("core", "the known effort adds up to 0"),
    "no_potential": QT_TRANSLATE_NOOP("core", "no untapped potential (all 0 or unknown)"),
    "no_classified": QT_TRANSLATE_NOOP("core", "no classified customer"),
    "no_capacity": QT_TRANSLATE_NOOP("core", "capacity is 0"),
}

SETTING_ERRORS: dict[str, str] = {
    "capacity_negative": QT_TRANSLATE_NOOP("core", "a capacity cannot be negative ({value})"),
    "capacity_not_a_number": QT_TRANSLATE_NOOP("core", "capacity '{value}' is not a number"),
    "capacity_assignment": QT_TRANSLATE_NOOP("core", "'{value}': write NAME=N"),
    "cadence_negative": QT_TRANSLATE_NOOP("core", "a cadence cannot be negative ({key}={value})"),
    "cadence_not_a_number": QT_TRANSLATE_NOOP("core", "cadence '{value}' for {key} is not a number"),
    "cadence_assignment": QT_TRANSLATE_NOOP("core", "'{value}': write KEY=N"),
    "cadence_unknown_key": QT_TRANSLATE_NOOP("core", "'{key}' is no cadence group (they are: {keys})"),
    "unknown_manager": QT_TRANSLATE_NOOP(
        "core", "no account manager '{name}' in the list (they are: {managers})"
    ),
}

WORDS: dict[str, str] = {
    "capacity_line": QT_TRANSLATE_NOOP(
        "core", "Capacity {capacity} · demand {demand} · {overflow} customers beyond capacity"
    ),
    "under": QT_TRANSLATE_NOOP("core", "under-served"),
    "over": QT_TRANSLATE_NOOP("core", "over-served"),
    #: a planned-visits cell of a customer beyond capacity, narrow enough for its column
    "overflow_mark": QT_TRANSLATE_NOOP("core", "over cap."),
    "why_overflow": QT_TRANSLATE_NOOP(
        "core",
        "Beyond capacity: {manager}'s {capacity} visits a year are taken by customers of higher "
        "priority; {cadence} visits for this customer no longer fit ({left} left).",
    ),
    "why_under": QT_TRANSLATE_NOOP(
        "core",
        "Under-served: untapped potential {potential} is among the top quarter (≥ {cut}), "
        "effort {effort} is at most the median ({median}).",
    ),
    "why_over": QT_TRANSLATE_NOOP(
        "core",
        "Over-served: untapped potential {potential} is among the lowest quarter (≤ {cut}), "
        "effort {effort} is among the top quarter (≥ {high}).",
    ),
    "planned": QT_TRANSLATE_NOOP("core", "{visits} visits a year planned ({group} cadence)."),
    "no_suggestion": QT_TRANSLATE_NOOP("core", "No account manager has {cadence} visits to spare."),
    "misallocation_line": QT_TRANSLATE_NOOP(
        "core", "Misallocation index {index} (0 % = effort in proportion to untapped potential)"
    ),
    "empty_because": QT_TRANSLATE_NOOP("core", "– ({reason})"),
}


def word(key: str, language: str, **params: Any) -> str:
    return safe_format(tr(WORDS[key], language), params)


def reason_text(code: str | None, language: str) -> str:
    return tr(REASONS.get(code or "", code or ""), language)


def setting_error_text(error: Any, language: str = "en") -> str:
    return safe_format(tr(SETTING_ERRORS.get(error.code, error.code), language), dict(error.params))


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
        capacity=visits(figures.capacity, language),
        demand=visits(figures.demand, language),
        overflow=format_number(figures.overflow, language),
    )
