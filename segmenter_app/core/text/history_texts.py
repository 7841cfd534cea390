"""Words for periods (PRODUCT.md §8): who moved between two periods, and the one
sentence of *did it work* — which says what its figures are: an association in the
team's own data, not proof."""

from __future__ import annotations

from typing import Any

from segmenter_app.core.text.catalog import QT_TRANSLATE_NOOP, safe_format, tr
from segmenter_app.core.text.formatting import format_number, format_percent

WORDS: dict[str, str] = {
    "periods_line": QT_TRANSLATE_NOOP("core", "Periods: {labels}"),
    "moved_line": QT_TRANSLATE_NOOP(
        "core",
        "{before} → {after}: improved {improved} · worsened {worsened} · changed {changed} · "
        "unchanged {unchanged} · new {new} · gone {gone}",
    ),
    "moved_unjudged": QT_TRANSLATE_NOOP("core", "not judged (unclassified then or now) {unjudged}"),
    "finding_more": QT_TRANSLATE_NOOP(
        "core", "Customers visited as planned improved more often: {planned} against {less}."
    ),
    "finding_less": QT_TRANSLATE_NOOP(
        "core", "Customers visited as planned improved less often: {planned} against {less}."
    ),
    "finding_same": QT_TRANSLATE_NOOP(
        "core", "Customers visited as planned improved as often as those visited less: {planned}."
    ),
    "finding_no_effort": QT_TRANSLATE_NOOP(
        "core", "The list of {after} has no visits column: whether the plan's visits were made is unknown."
    ),
    "finding_no_group": QT_TRANSLATE_NOOP(
        "core",
        "Nothing to compare: {planned} customers were visited as planned, {less} less than planned.",
    ),
    "not_proof": QT_TRANSLATE_NOOP(
        "core", "This is an association in the team's own data, not proof: other things changed too."
    ),
    "between": QT_TRANSLATE_NOOP("core", "{before} → {after}: {text}"),
}


#: Why a segment move is an alert (``updating.ALERT_RULES``): the window's tooltip on
#: the mark and the column.
ALERT_RULE_TEXTS: dict[str, str] = {
    "into_fix": QT_TRANSLATE_NOOP(
        "core", "Into FIX: the relationship broke while the customer still buys from us (churn risk)."
    ),
    "model_to_move": QT_TRANSLATE_NOOP(
        "core", "MODEL → MOVE: a satisfied customer with a high share is now unsatisfied, with a low share."
    ),
    "grow_to_move": QT_TRANSLATE_NOOP("core", "GROW → MOVE: a satisfied customer is now unsatisfied."),
}


def alert_rule_text(rule: str, language: str) -> str:
    """The rule that made a move an alert, in words ("" for a move that is none)."""
    return tr(ALERT_RULE_TEXTS[rule], language) if rule in ALERT_RULE_TEXTS else ""


def word(key: str, language: str, **params: Any) -> str:
    return safe_format(tr(WORDS[key], language), params)


def finding_text(effect, after_label: str, language: str) -> str:
    """The sentence of *did it work* for one ``Effect``, and what it is not."""
    finding = effect.finding()
    if not effect.effort_known:
        return word("finding_no_effort", language, after=after_label)
    comparison = finding.comparison
    if comparison == "none":
        return word(
            "finding_no_group",
            language,
            planned=format_number(finding.as_planned, language),
            less=format_number(finding.less, language),
        )
    planned = format_percent(finding.share_as_planned, language, 0)
    less = format_percent(finding.share_less, language, 0)
    sentence = word(f"finding_{comparison}", language, planned=planned, less=less)
    return f"{sentence} {word('not_proof', language)}"


def moved_line(periods, before: int, after: int, language: str) -> str:
    """'2024 → 2025: improved 3 · worsened 1 · … · gone 2'."""
    counts = periods.movement(before, after).counts()
    numbers = {name: format_number(value, language) for name, value in counts.items()}
    line = word("moved_line", language, before=periods[before].label, after=periods[after].label, **numbers)
    if counts["unjudged"]:
        line += " · " + word("moved_unjudged", language, **numbers)
    return line


def period_lines(periods, language: str) -> list[str]:
    """What the command line says about a project's periods: their labels, and for
    each two in a row who moved and what *did it work* found."""
    lines = [word("periods_line", language, labels=" · ".join(periods.labels))]
    for index in range(len(periods) - 1):
        lines.append(moved_line(periods, index, index + 1, language))
        text = finding_text(periods.effect(index), periods[index + 1].label, language)
        lines.append(
            word("between", language, before=periods[index].label, after=periods[index + 1].label, text=text)
        )
    return lines
