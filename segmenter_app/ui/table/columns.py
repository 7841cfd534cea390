"""The customer table's columns: what each shows, which document column an edit writes,
and their headers in the user's language."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
from PySide6.QtCore import (
    QCoreApplication,
)

from segmenter_app.core.importing.importer import EXTRA_PREFIX
from segmenter_app.core.model import segmentation as sg


@dataclass(frozen=True)
class Column:
    key: str
    kind: str  # "text", "number", "money", "percent", "points", "derived"
    editable: str | None = None  # the document column an edit writes


BASE_COLUMNS: tuple[Column, ...] = (
    Column("priority", "derived"),
    Column("segment", "derived"),
    Column("customer_name", "text", "customer_name"),
    Column("share_of_wallet", "percent", "sow_input"),
    Column("satisfaction", "points"),
    Column("potential", "money"),
    # The manager before triage: a 1366-pixel laptop shows priority … manager at once.
    Column("account_manager", "text", "account_manager"),
    Column("triage", "derived"),
    Column("customer_id", "text"),
    Column("revenue", "money", "revenue"),
    Column("wallet", "money", "wallet"),
    Column("satisfaction_input", "number", "satisfaction_input"),
    Column("why", "derived"),
    Column("notes", "text", "notes"),
    Column("next_step", "text", "next_step"),
    Column("due", "date", "due"),
    Column("status", "status", "status"),
    Column("last_contact", "date", "last_contact"),
    # The visit plan (ui/table/plan_columns.py): worth, effort, planned visits, overflow, service.
    Column("worth", "plan"),
    Column("effort", "plan"),
    Column("visits_planned", "plan"),
    Column("overflow", "plan"),
    Column("service", "plan"),
)


#: The two measures: marked when a customer is near a threshold.
MEASURE_COLUMNS = ("share_of_wallet", "satisfaction")


#: Columns whose text or colour depends on the thresholds.
#: The plan's columns follow the priorities (re-planned when the ranks change).
THRESHOLD_COLUMNS = (
    "priority",
    "segment",
    "triage",
    "why",
    "share_of_wallet",
    "satisfaction",
    "worth",
    "effort",
    "visits_planned",
    "overflow",
    "service",
)


def header_text(key: str, scale_label: str = "") -> str:
    names = {
        "priority": QCoreApplication.translate("CustomerTableModel", "Priority"),
        "segment": QCoreApplication.translate("CustomerTableModel", "Segment"),
        "triage": QCoreApplication.translate("CustomerTableModel", "Triage"),
        "customer_id": QCoreApplication.translate("CustomerTableModel", "Customer ID"),
        "customer_name": QCoreApplication.translate("CustomerTableModel", "Customer"),
        "account_manager": QCoreApplication.translate("CustomerTableModel", "Account manager"),
        "share_of_wallet": QCoreApplication.translate("CustomerTableModel", "SoW"),
        "satisfaction": QCoreApplication.translate("CustomerTableModel", "KZI"),
        "revenue": QCoreApplication.translate("CustomerTableModel", "Revenue"),
        "wallet": QCoreApplication.translate("CustomerTableModel", "Wallet"),
        # Short (the tooltip explains it): the column fits beside the others on a laptop.
        "potential": QCoreApplication.translate("CustomerTableModel", "Potential"),
        "why": QCoreApplication.translate("CustomerTableModel", "Why"),
        "notes": QCoreApplication.translate("CustomerTableModel", "Notes"),
        "next_step": QCoreApplication.translate("CustomerTableModel", "Next step"),
        "due": QCoreApplication.translate("CustomerTableModel", "Due"),
        "status": QCoreApplication.translate("CustomerTableModel", "Status"),
        "last_contact": QCoreApplication.translate("CustomerTableModel", "Last contact"),
    }
    if key == "satisfaction_input":
        return (
            QCoreApplication.translate("CustomerTableModel", "Satisfaction ({scale})").format(
                scale=scale_label
            )
            if scale_label
            else QCoreApplication.translate("CustomerTableModel", "Satisfaction")
        )
    if key.startswith(EXTRA_PREFIX):
        return key[len(EXTRA_PREFIX) :]
    if key in ("worth", "effort", "visits_planned", "overflow", "service"):
        from segmenter_app.ui.table.plan_columns import header

        return header(key)
    return names.get(key, key)


def triage_text(triage: int) -> str:
    if triage == sg.PRIORITISE:
        return QCoreApplication.translate("CustomerTableModel", "prioritise")
    if triage == sg.OBSERVE:
        return QCoreApplication.translate("CustomerTableModel", "observe")
    return ""


def header_tooltip(key: str) -> str | None:
    tips = {
        "share_of_wallet": QCoreApplication.translate(
            "CustomerTableModel",
            "Share of wallet: revenue / wallet, or the share given in the list. Edit it as a percentage.",
        ),
        "satisfaction": QCoreApplication.translate(
            "CustomerTableModel", "Customer satisfaction index, 0–100 points"
        ),
        "potential": QCoreApplication.translate("CustomerTableModel", "Wallet − revenue"),
        "priority": QCoreApplication.translate("CustomerTableModel", "Rank within the account manager"),
        "due": QCoreApplication.translate(
            "CustomerTableModel", "Open actions past this date are marked in red"
        ),
        "status": QCoreApplication.translate("CustomerTableModel", "open, done, dropped or none"),
    }
    return tips.get(key)


def column_decimals(values) -> int:
    """The decimals one column shows for all its numbers (0, 1 or 2): the fewest that
    show every value as it is, so "4.2" never stands as "4.20" beside "4"."""
    numbers = pd.to_numeric(pd.Series(values), errors="coerce").to_numpy(dtype=np.float64, na_value=np.nan)
    numbers = numbers[np.isfinite(numbers)]
    for decimals in (0, 1):
        scaled = numbers * 10**decimals
        if np.all(np.abs(scaled - np.round(scaled)) < 1e-6 * np.maximum(1.0, np.abs(scaled))):
            return decimals
    return 2
