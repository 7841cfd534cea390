"""How the table marks a wallet that is not the list's own: an estimated wallet in
italics and another colour, with a tooltip that says how it was estimated; a derived
wallet with a tooltip.  Kept apart from the table model, which only asks here."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QColor, QFont

from segmenter_app.core.model.document import CustomerDocument
from segmenter_app.core.model.wallet import DERIVED, ESTIMATED
from segmenter_app.core.text import texts
from segmenter_app.core.text.shapes import ordinal

#: Estimated wallets: italic, in a blue that reads as "not from the list" (colour-blind safe).
ESTIMATED_BRUSH = QBrush(QColor("#1F5FA8"))


def estimated_font() -> QFont:
    font = QFont()
    font.setItalic(True)
    return font


def source_of(document: CustomerDocument, row: int) -> int:
    wallets = document.prepared.wallets
    return -1 if wallets is None else int(wallets.source[row])


def wallet_text(document: CustomerDocument, row: int, language: str) -> str | None:
    """The wallet measured with (given, derived or estimated), formatted; None when the
    document has no wallet sources (the table's own value is shown)."""
    wallets = document.prepared.wallets
    if wallets is None:
        return None
    value = float(wallets.wallet[row])
    if math.isnan(value):
        return ""
    text = texts.format_number(value, language, 0)
    return f"≈ {text}" if wallets.source[row] == ESTIMATED else text


def wallet_tooltip(document: CustomerDocument, row: int, language: str) -> str | None:
    source = source_of(document, row)
    if source == DERIVED:
        return QCoreApplication.translate(
            "CustomerTableModel", "Derived from the revenue and the share of wallet (revenue ÷ SoW)."
        )
    if source != ESTIMATED or document.wallet_estimate is None:
        return None
    estimate = document.wallet_estimate
    percent = ordinal(estimate.quantile * 100, language)
    group = estimate.group
    wallets = document.prepared.wallets
    if group is None or wallets.group_missing:
        basis = QCoreApplication.translate("CustomerTableModel", "the whole list")
    else:
        value = str(document.table[group].iat[row]).strip()
        name = document.report.mapping.get(group, group.removeprefix("x:"))
        if value in wallets.fallback_groups or not value:
            basis = QCoreApplication.translate(
                "CustomerTableModel", "the whole list ('{group}' has fewer than 5 customers with revenue)"
            ).format(group=value or "–")
        else:
            basis = QCoreApplication.translate(
                "CustomerTableModel", "customers with {column} '{group}'"
            ).format(column=name, group=value)
    return QCoreApplication.translate(
        "CustomerTableModel",
        "Estimated: the larger of the revenue and the {percent} percentile of the revenue of {basis}. "
        "Type the known wallet to replace it.",
    ).format(percent=percent, basis=basis)
