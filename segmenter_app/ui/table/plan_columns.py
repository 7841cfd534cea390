"""The customer table's visit-plan columns (PRODUCT.md §6): worth, effort, planned
visits, overflow and service, read from the document's plan (never copied)."""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QCoreApplication

from segmenter_app.core.model import plan as vp
from segmenter_app.core.model.document import CustomerDocument
from segmenter_app.core.text import plan_texts, texts

#: Column keys, in table order; all of kind "plan".
PLAN_KEYS: tuple[str, ...] = ("worth", "effort", "visits_planned", "overflow", "service")
#: The plan's columns that hold numbers (right-aligned), with the priority.
RIGHT: tuple[str, ...] = ("priority", "worth", "effort", "visits_planned")


def header_tooltip(document: CustomerDocument, key: str, language: str) -> str:
    plan = document.plan
    if key == "worth":
        return QCoreApplication.translate(
            "CustomerTableModel",
            "Worth = the group's weight × the value at stake: the untapped potential (GROW, MOVE, MODEL), "
            "the revenue at risk (FIX). Priorities and planned visits follow it.",
        )
    if key == "effort":
        if not plan.has_effort:
            return QCoreApplication.translate(
                "CustomerTableModel",
                "No effort column in this list: add one (visits, contacts, calls or hours in the last "
                "period) to compare effort with potential.",
            )
        return QCoreApplication.translate(
            "CustomerTableModel", "What the customer got in the last period: visits, contacts, calls or hours"
        )
    if key == "visits_planned":
        return QCoreApplication.translate(
            "CustomerTableModel",
            "Visits a year in the plan: the minimum in priority order while the manager's capacity lasts, "
            "then each visit to the customer whose next visit is worth most (the n-th visit counts "
            "worth ÷ n), up to the group's maximum",
        )
    if key == "overflow":
        return QCoreApplication.translate(
            "CustomerTableModel", "Customers whose minimum visit no longer fits in their manager's capacity"
        )
    if plan.service_reason is not None:
        return QCoreApplication.translate("CustomerTableModel", "No service flags: {reason}").format(
            reason=plan_texts.reason_text(plan.service_reason, language)
        )
    return QCoreApplication.translate(
        "CustomerTableModel",
        "Under-served: worth in the top quarter, effort at most the median; over-served: worth in "
        "the lowest quarter, effort in the top quarter",
    )


def text(document: CustomerDocument, row: int, key: str, language: str) -> str:
    plan = document.plan
    if key == "worth":
        return texts.format_money(float(plan.worth[row]), language, document.currency)
    if key == "effort":
        return plan_texts.visits(float(plan.effort[row]), language)
    if key == "visits_planned":
        return (
            plan_texts.visits(float(plan.planned[row]), language) if document.prepared.classified[row] else ""
        )
    if key == "overflow":
        return QCoreApplication.translate("CustomerTableModel", "yes") if plan.overflow[row] else ""
    service = int(plan.service[row])
    if service == vp.UNDER_SERVED:
        return QCoreApplication.translate("CustomerTableModel", "under-served")
    if service == vp.OVER_SERVED:
        return QCoreApplication.translate("CustomerTableModel", "over-served")
    return ""


def value(document: CustomerDocument, row: int, key: str):
    """Typed values for EditRole (numbers stay numbers)."""
    plan = document.plan
    if key in ("worth", "effort", "visits_planned"):
        number = float({"worth": plan.worth, "effort": plan.effort, "visits_planned": plan.planned}[key][row])
        return None if math.isnan(number) else number
    return text(document, row, key, "en")


def sort_keys(document: CustomerDocument, key: str) -> np.ndarray:
    plan = document.plan
    if key == "worth":
        return plan.worth
    if key == "effort":
        return plan.effort
    if key == "visits_planned":
        return np.where(document.prepared.classified, plan.planned, np.nan)
    if key == "overflow":
        return plan.overflow.astype(np.float64)
    return plan.service.astype(np.float64)
