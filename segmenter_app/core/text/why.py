"""Why a customer is where it is, and what its account manager should do: the sentences of
the table, the panel and the exports."""

from __future__ import annotations

import math
from collections.abc import Callable

from segmenter_app.core.text.catalog import QT_TRANSLATE_NOOP, safe_format, tr
from segmenter_app.core.text.formatting import format_money, format_number, format_percent

ACTIONS: dict[str, str] = {
    "MODEL": QT_TRANSLATE_NOOP(
        "core", "Capitalise on the strong relationship: references, cross-sell, keep it this way."
    ),
    "FIX": QT_TRANSLATE_NOOP(
        "core", "Diagnose and repair the relationship to secure future revenue (churn risk)."
    ),
    "GROW": QT_TRANSLATE_NOOP(
        "core", "Focus resources here: satisfied, but most of the budget goes elsewhere."
    ),
    # The triage may be the user's choice, against the potential: the advice says what to
    # do, not why (the why column says that).
    "MOVE_PRIORITISE": QT_TRANSLATE_NOOP(
        "core", "Prioritise: find out what it takes to win the untapped potential."
    ),
    "MOVE_OBSERVE": QT_TRANSLATE_NOOP("core", "Observe: keep the effort low for now; watch for change."),
}


#: The same advice in a few words, for the printed priority sheets (their first page
#: carries the full sentences).
SHORT_ACTIONS: dict[str, str] = {
    "MODEL": QT_TRANSLATE_NOOP("core", "References, cross-selling"),
    "FIX": QT_TRANSLATE_NOOP("core", "Repair (churn risk)"),
    "GROW": QT_TRANSLATE_NOOP("core", "Win more of the budget"),
    "MOVE_PRIORITISE": QT_TRANSLATE_NOOP("core", "Win the potential"),
    "MOVE_OBSERVE": QT_TRANSLATE_NOOP("core", "Observe, low effort"),
}


TRIAGE_LABELS: dict[int, str] = {
    0: QT_TRANSLATE_NOOP("core", "observe"),
    1: QT_TRANSLATE_NOOP("core", "prioritise"),
}


WHY_UNTAPPED = QT_TRANSLATE_NOOP("core", "{amount} untapped")
#: A satisfaction value as a list with a reversed scale has it.
AS_LISTED = QT_TRANSLATE_NOOP("core", "grade {value}, {best} = best")
WHY_ESTIMATED = QT_TRANSLATE_NOOP("core", "wallet estimated")
WHY_DERIVED = QT_TRANSLATE_NOOP("core", "wallet derived from revenue ÷ SoW")


def satisfaction_as_listed(raw: float, scale: object, language: str) -> str:
    """'grade 2.3, 1 = best' for a list that scores 1 as the best; '' otherwise (the
    points say it all)."""
    if scale is None or not getattr(scale, "reversed", False) or raw is None or math.isnan(raw):
        return ""
    value = format_number(raw, language, 0 if float(raw).is_integer() else 1)
    best = format_number(scale.best, language, 0 if float(scale.best).is_integer() else 1)
    return safe_format(tr(AS_LISTED, language), {"value": value, "best": best})


def action_text(segment_name: str, triage: int, language: str, *, short: bool = False) -> str:
    key = segment_name
    if segment_name == "MOVE":
        key = "MOVE_PRIORITISE" if triage == 1 else "MOVE_OBSERVE"
    table = SHORT_ACTIONS if short else ACTIONS
    return tr(table[key], language) if key in table else ""


def why_text(
    segment_name: str,
    kzi: float,
    kzi_threshold: float,
    sow: float,
    sow_threshold: float,
    potential: float,
    language: str,
    currency: str = "€",
    *,
    listed: str = "",
    wallet_source: str = "",
    listed_word: str = "",
) -> str:
    """'GROW · KZI 82 ≥ 64 · SoW 18 % < 41 % · 310 k€ untapped'; with ``listed`` the
    value as the list has it ('KZI 74 ≥ 60 (grade 2.3, 1 = best)'), with
    ``listed_word`` its rating word ('KZI zufrieden (75) ≥ 60'); an estimated or
    derived wallet says so."""
    kzi_sign = "≥" if kzi >= kzi_threshold else "<"
    sow_sign = "≥" if sow >= sow_threshold else "<"
    kzi_text, kzi_limit = _apart(kzi, kzi_threshold, lambda v, d: format_number(v, language, d))
    sow_text, sow_limit = _apart(sow, sow_threshold, lambda v, d: format_percent(v, language, d))
    parts = [
        segment_name,
        (f"KZI {listed_word} ({kzi_text})" if listed_word else f"KZI {kzi_text}")
        + f" {kzi_sign} {kzi_limit}"
        + (f" ({listed})" if listed else ""),
        f"SoW {sow_text} {sow_sign} {sow_limit}",
    ]
    if potential is not None and not math.isnan(potential) and potential > 0:
        parts.append(
            safe_format(tr(WHY_UNTAPPED, language), {"amount": format_money(potential, language, currency)})
        )
    if wallet_source == "estimated":
        parts.append(tr(WHY_ESTIMATED, language))
    elif wallet_source == "derived":
        parts.append(tr(WHY_DERIVED, language))
    return " · ".join(parts)


def _apart(value: float, limit: float, show: Callable[[float, int], str]) -> tuple[str, str]:
    """A value and its threshold with as many decimals (up to two) as it takes to tell
    them apart: never "SoW 43 % < 43 %" when the threshold is 43.5 %."""
    scale = 100.0 if show(1.0, 0).endswith("%") else 1.0  # a share is shown in percent
    first = 0 if float(limit * scale).is_integer() else 1  # 62.5 is not "62"
    for decimals in range(first, 3):
        text, limit_text = show(value, decimals), show(limit, decimals)
        if text != limit_text or value == limit:
            break
    return text, limit_text
