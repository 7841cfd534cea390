"""Words for how a list of another shape was read: several sheets, the direction of the
satisfaction scale, unit words in cells, estimated wallets."""

from __future__ import annotations

from typing import Any

from segmenter_app.core.text.catalog import QT_TRANSLATE_N_NOOP, QT_TRANSLATE_NOOP, safe_format, tr, tr_n
from segmenter_app.core.text.formatting import format_number

SHAPE_TEXTS: dict[str, str] = {
    "sheets": QT_TRANSLATE_NOOP("core", "Read {count} sheets as one list: {sheets}."),
    "sheet_names_manager": QT_TRANSLATE_NOOP(
        "core", "The list has no account manager column: each sheet's name is the account manager."
    ),
    "sheet_names_column": QT_TRANSLATE_NOOP("core", "Each customer's sheet is kept in the column 'sheet'."),
    "sheets_skipped": QT_TRANSLATE_NOOP("core", "Sheets skipped: {sheets}."),
    "skipped_other_shape": QT_TRANSLATE_NOOP("core", "'{sheet}' (not a customer table of this layout)"),
    "skipped_hidden": QT_TRANSLATE_NOOP("core", "'{sheet}' (hidden)"),
    "skipped_empty": QT_TRANSLATE_NOOP("core", "'{sheet}' (empty)"),
    "sheet_lacks": QT_TRANSLATE_NOOP(
        "core", "Sheet '{sheet}' has no column {columns}: its customers' cells there are empty."
    ),
    "sheet_has_more": QT_TRANSLATE_NOOP(
        "core", "Sheet '{sheet}' has the column {columns} the others lack: kept, empty for the others."
    ),
    "direction_header": QT_TRANSLATE_NOOP(
        "core", "Satisfaction: {best} is the best value, as the header says ({words})."
    ),
    "direction_user": QT_TRANSLATE_NOOP("core", "Satisfaction: {best} is the best value, as chosen."),
    "direction_conflict": QT_TRANSLATE_NOOP(
        "core",
        "The satisfaction header says '{words}', but the values run from {low} to {high}: "
        "check the direction of the scale.",
    ),
    "cell_units": QT_TRANSLATE_N_NOOP(
        "core", "{count} amounts carried their own unit word (T€, Mio. …) and were read at that scale."
    ),
    "estimated": QT_TRANSLATE_N_NOOP(
        "core",
        "Wallets estimated for {count} customers: the larger of their revenue and the {percent} "
        "percentile of the revenue of the customers with the same '{group}'.",
    ),
    "estimated_whole": QT_TRANSLATE_N_NOOP(
        "core",
        "Wallets estimated for {count} customers: the larger of their revenue and the {percent} "
        "percentile of the revenue of the whole list.",
    ),
    "estimate_fallback": QT_TRANSLATE_NOOP(
        "core", "Groups with fewer than 5 customers with revenue use the whole list's percentile: {groups}."
    ),
    "estimate_no_revenue": QT_TRANSLATE_N_NOOP(
        "core", "{count} customers have neither a wallet nor a revenue: they stay unclassified."
    ),
    "derived": QT_TRANSLATE_NOOP("core", "Wallets derived from revenue ÷ share of wallet: {count}."),
    "offer_estimate": QT_TRANSLATE_N_NOOP(
        "core",
        "{count} customers have no wallet: --estimate-wallet [COLUMN] estimates it from the revenue "
        "of similar customers.",
    ),
}


def shape_text(key: str, language: str, **params: Any) -> str:
    """The text of ``key``; with a ``count``, in the form that number needs."""
    count = params.get("count")
    text = tr(SHAPE_TEXTS[key], language) if count is None else tr_n(SHAPE_TEXTS[key], count, language)
    return safe_format(text, params)


def ordinal(value: float, language: str) -> str:
    """90 → '90th' / '90.'."""
    text = format_number(value, language, 0 if float(value).is_integer() else 1)
    if language == "de":
        return f"{text}."
    last = int(value) % 100
    suffix = (
        "th"
        if 10 <= last <= 20 or not float(value).is_integer()
        else {1: "st", 2: "nd", 3: "rd"}.get(last % 10, "th")
    )
    return text + suffix


def _quoted(names: list[str]) -> str:
    return ", ".join(f"'{name}'" for name in names)


def sheet_lines(report: Any, language: str) -> list[str]:
    """Which sheets were combined and skipped, and how their headers differ."""
    lines = []
    combined = list(getattr(report, "combined_sheets", []) or [])
    if len(combined) > 1:
        lines.append(shape_text("sheets", language, count=len(combined), sheets=_quoted(combined)))
        if report.sheet_names_as == "account_manager":
            lines.append(shape_text("sheet_names_manager", language))
        elif report.sheet_names_as == "column":
            lines.append(shape_text("sheet_names_column", language))
    skipped = [
        shape_text(f"skipped_{why}", language, sheet=name)
        for name, why in getattr(report, "skipped_sheets", []) or []
        if f"skipped_{why}" in SHAPE_TEXTS
    ]
    if skipped and len(combined) > 1:
        lines.append(shape_text("sheets_skipped", language, sheets=", ".join(skipped)))
    for name, lacks, own in getattr(report, "sheet_differences", []) or []:
        if lacks:
            lines.append(shape_text("sheet_lacks", language, sheet=name, columns=_quoted(lacks)))
        if own:
            lines.append(shape_text("sheet_has_more", language, sheet=name, columns=_quoted(own)))
    return lines


def direction_lines(report: Any, language: str) -> list[str]:
    scale = report.scale
    lines = []
    if scale is not None and scale.reversed:
        best = format_number(scale.best, language)
        if report.direction_source == "header":
            lines.append(shape_text("direction_header", language, best=best, words=report.direction_words))
        else:
            lines.append(shape_text("direction_user", language, best=best))
    if report.direction_conflict:
        _code, params = report.direction_conflict
        lines.append(shape_text("direction_conflict", language, **params))
    units = sum((getattr(report, "cell_units", None) or {}).values())
    if units:
        lines.append(shape_text("cell_units", language, count=units))
    return lines


def wallet_lines(prepared: Any, estimate: Any, group_label: str, language: str, *, offer: bool) -> list[str]:
    """What the wallet estimate did, or (``offer``) that it could fill blank wallets."""
    wallets = getattr(prepared, "wallets", None)
    if wallets is None:
        return []
    sources = wallets.source
    lines = []
    derived = int((sources == 2).sum())
    if derived:
        lines.append(shape_text("derived", language, count=derived))
    if wallets.requested and estimate is not None:
        count = int((sources == 3).sum())
        percent = ordinal(estimate.quantile * 100, language)
        if estimate.group is None or wallets.group_missing:
            lines.append(shape_text("estimated_whole", language, count=count, percent=percent))
        else:
            lines.append(shape_text("estimated", language, count=count, percent=percent, group=group_label))
        if wallets.fallback_groups:
            lines.append(shape_text("estimate_fallback", language, groups=_quoted(wallets.fallback_groups)))
        missing = int(((prepared.flags & (1 << 10)) > 0).sum())
        if missing:
            lines.append(shape_text("estimate_no_revenue", language, count=missing))
    elif offer:
        blank = int(((prepared.flags & (1 << 3)) > 0).sum())
        if blank:
            lines.append(shape_text("offer_estimate", language, count=blank))
    return lines
