"""The customer table's columns over the periods (PRODUCT.md §8): the segment in the
period before, ΔSoW in percentage points, ΔKZI in points and a trend mark — read from
who moved into the period shown (:class:`~segmenter_app.core.model.history.Movement`,
which the view state gives), never copied.

The trend: improved ▲ (no axis from high to low, one from low to high), worsened ▼,
changed ↔ (one axis up, the other down), unchanged =, new (absent from the period
before).  Each mark has its words in the tooltip."""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QColor

from segmenter_app.core.model import history as hs
from segmenter_app.core.model import segmentation as sg
from segmenter_app.core.outputs.chart_style import SYMBOLS
from segmenter_app.core.text import texts

#: Column keys, in table order; all of kind "history" (the column registry).
HISTORY_KEYS: tuple[str, ...] = ("trend", "segment_before", "delta_sow", "delta_kzi")
#: The history columns that hold numbers (right-aligned).
RIGHT: tuple[str, ...] = ("delta_sow", "delta_kzi")

#: The mark of each movement but new (which has its word); unclassified in this period
#: or the one before, a customer is not judged and has none.
MARKS: dict[int, str] = {
    hs.IMPROVED: "▲",
    hs.WORSENED: "▼",
    hs.CHANGED: "↔",
    hs.UNCHANGED: "=",
    hs.UNJUDGED: "",
}
#: Colour-blind safe: blue up, vermilion down, amber across (Okabe–Ito).
BRUSHES: dict[int, QBrush] = {
    hs.IMPROVED: QBrush(QColor("#0072B2")),
    hs.WORSENED: QBrush(QColor("#D55E00")),
    hs.CHANGED: QBrush(QColor("#B07A00")),
}
#: Sort order of the trend: improved, changed, unchanged, worsened, new; a customer
#: unclassified in either period is not judged and sorts last (NaN).
_TREND_ORDER = np.array([0, 3, 1, 2, 4, np.nan], dtype=np.float64)


def movement_word(kind: int) -> str:
    words = {
        hs.IMPROVED: QCoreApplication.translate("CustomerTableModel", "improved"),
        hs.WORSENED: QCoreApplication.translate("CustomerTableModel", "worsened"),
        hs.CHANGED: QCoreApplication.translate("CustomerTableModel", "changed"),
        hs.UNCHANGED: QCoreApplication.translate("CustomerTableModel", "unchanged"),
        hs.NEW: QCoreApplication.translate("CustomerTableModel", "new"),
        hs.UNJUDGED: QCoreApplication.translate("CustomerTableModel", "not judged"),
    }
    return words[int(kind)]


def segment_name(code: int) -> str:
    """A segment as the table names it ("▲ GROW"); "–" without one."""
    code = int(code)
    if code < 0:
        return "–"
    name = sg.SEGMENTS[code]
    return f"{SYMBOLS[name]} {name}"


def header_tooltip(key: str) -> str:
    tips = {
        "trend": QCoreApplication.translate(
            "CustomerTableModel",
            "Since the period before: ▲ improved (GROW→MODEL, FIX→MODEL, MOVE→GROW, MOVE→FIX, "
            "MOVE→MODEL), ▼ worsened (the reverse), ↔ changed (GROW↔FIX), = unchanged, new: not in "
            "the period before. Each period is judged with its own thresholds.",
        ),
        "segment_before": QCoreApplication.translate(
            "CustomerTableModel", "The customer's segment in the period before this one"
        ),
        "delta_sow": QCoreApplication.translate(
            "CustomerTableModel",
            "Change of the share of wallet since the period before, in percentage points",
        ),
        "delta_kzi": QCoreApplication.translate(
            "CustomerTableModel", "Change of the satisfaction index since the period before, in points"
        ),
    }
    return tips[key]


def text(movement: hs.Movement | None, row: int, key: str, language: str) -> str:
    if movement is None or row >= len(movement.kind):
        return ""
    kind = int(movement.kind[row])
    if key == "trend":
        return movement_word(kind) if kind == hs.NEW else MARKS[kind]
    if kind == hs.NEW:
        return ""
    if key == "segment_before":
        return segment_name(movement.segment_before[row])
    value = float((movement.delta_sow_pp if key == "delta_sow" else movement.delta_kzi)[row])
    return _signed(value, language)


def value(movement: hs.Movement | None, row: int, key: str):
    """Typed values for EditRole (numbers stay numbers)."""
    if movement is None or row >= len(movement.kind):
        return None
    if key in RIGHT:
        number = float((movement.delta_sow_pp if key == "delta_sow" else movement.delta_kzi)[row])
        return None if math.isnan(number) else number
    return text(movement, row, key, "en")


def tooltip(movement: hs.Movement | None, row: int, key: str, language: str) -> str | None:
    """The trend in words: "improved: GROW → MODEL (SoW +12.0 pp, KZI +4.0)"."""
    if movement is None or row >= len(movement.kind) or key not in ("trend", "segment_before"):
        return None
    kind = int(movement.kind[row])
    if kind == hs.NEW:
        return QCoreApplication.translate("CustomerTableModel", "new: not in the period before")
    before, after = int(movement.segment_before[row]), int(movement.segment_after[row])
    words = QCoreApplication.translate("CustomerTableModel", "{movement}: {before} → {after}").format(
        movement=movement_word(kind),
        before=sg.SEGMENTS[before] if before >= 0 else "–",
        after=sg.SEGMENTS[after] if after >= 0 else "–",
    )
    sow, kzi = float(movement.delta_sow_pp[row]), float(movement.delta_kzi[row])
    if not (math.isnan(sow) and math.isnan(kzi)):
        words += " " + QCoreApplication.translate("CustomerTableModel", "(SoW {sow} pp, KZI {kzi})").format(
            sow=_signed(sow, language) or "–", kzi=_signed(kzi, language) or "–"
        )
    return words


def foreground(movement: hs.Movement | None, row: int) -> QBrush | None:
    if movement is None or row >= len(movement.kind):
        return None
    return BRUSHES.get(int(movement.kind[row]))


def sort_keys(movement: hs.Movement | None, key: str, size: int) -> np.ndarray:
    """A document-order array whose argsort is the column's order (NaN last)."""
    if movement is None or len(movement.kind) != size:
        return np.full(size, np.nan)
    if key == "trend":
        return _TREND_ORDER[movement.kind.astype(np.int64)]
    if key == "segment_before":
        before = movement.segment_before.astype(np.float64)
        return np.where(before == hs.ABSENT, np.nan, np.where(before < 0, 10.0, before))
    return movement.delta_sow_pp if key == "delta_sow" else movement.delta_kzi


def _signed(value: float, language: str) -> str:
    """ "+12.3", "−4.0", "0.0" (one decimal, a sign that says the direction)."""
    if math.isnan(value):
        return ""
    shown = texts.format_number(abs(value), language, 1)
    if shown.strip("0.,") == "":
        return shown
    return ("+" if value > 0 else "−") + shown
