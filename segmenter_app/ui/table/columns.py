"""The customer table's columns: what each shows, which document column an edit writes,
and their headers in the user's language."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
from PySide6.QtCore import (
    QCoreApplication,
)

from segmenter_app.core import columns as registry
from segmenter_app.core.importing.importer import EXTRA_PREFIX
from segmenter_app.core.model import segmentation as sg


@dataclass(frozen=True)
class Column:
    key: str
    kind: str  # "text", "number", "money", "percent", "points", "derived"
    editable: str | None = None  # the document column an edit writes


#: The table's columns: the column registry's places in the "table" output
#: (``core/columns.py``), in their order.
BASE_COLUMNS: tuple[Column, ...] = tuple(
    Column(place.name or column.key, place.style, place.edits or None)
    for column, place in registry.places("table")
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
    title = _TITLES.get(key)
    return QCoreApplication.translate("CustomerTableModel", title) if title else key


#: Column key → its header (a "CustomerTableModel" text) as the registry gives it.
_TITLES = {place.name or column.key: place.title for column, place in registry.places("table") if place.title}


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
