"""Satisfaction scales and their normalisation to 0–100 points.

A scale comes from the user, else from the header ("KZI (1-5)", "CSAT %", "NPS"), else
from the values (the smallest common scale that holds them all).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from segmenter_app.core.headers.roles import normalise_header
from segmenter_app.core.headers.units import header_scale


@dataclass(frozen=True)
class Scale:
    name: str
    low: float
    high: float
    #: True when the low end is the best (school grades, "1 = very satisfied", ranks)
    reversed: bool = False

    def normalise(self, values: np.ndarray) -> np.ndarray:
        """Points 0–100; values outside the scale become NaN (see :meth:`outside`).
        A reversed scale reads ``(high − x) / (high − low) × 100``."""
        if self.reversed:
            points = (self.high - values) / (self.high - self.low) * 100.0
        else:
            points = (values - self.low) / (self.high - self.low) * 100.0
        return np.where(self.outside(values), np.nan, points)

    def with_direction(self, reversed_: bool) -> Scale:
        return Scale(self.name, self.low, self.high, reversed_)

    @property
    def best(self) -> float:
        """The value that means 'most satisfied'."""
        return self.low if self.reversed else self.high

    def outside(self, values: np.ndarray) -> np.ndarray:
        with np.errstate(invalid="ignore"):
            return (values < self.low - 1e-9) | (values > self.high + 1e-9)

    @property
    def label(self) -> str:
        if self.name == "nps":
            return "NPS (−100…100)"
        if self.reversed:
            return f"{_plain(self.low)}–{_plain(self.high)}, {_plain(self.low)} = best"
        return f"{_plain(self.low)}–{_plain(self.high)}"


def _plain(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


SCALES: dict[str, Scale] = {
    "1-5": Scale("1-5", 1, 5),
    "1-6": Scale("1-6", 1, 6),
    "1-7": Scale("1-7", 1, 7),
    "1-10": Scale("1-10", 1, 10),
    "0-10": Scale("0-10", 0, 10),
    "0-100": Scale("0-100", 0, 100),
    "0-1": Scale("0-1", 0, 1),
    "nps": Scale("nps", -100, 100),
}
SCALE_NAMES: tuple[str, ...] = tuple(SCALES)


def scale_by_name(name: str) -> Scale:
    """'1-5', '1–5', '1..5', 'NPS', '0-100' → a Scale; ValueError otherwise."""
    key = name.strip().lower().replace("–", "-").replace("..", "-").replace(" ", "")
    if key in SCALES:
        return SCALES[key]
    raise ValueError(name)


@dataclass(frozen=True)
class DetectedScale:
    scale: Scale | None
    #: "user", "header", "values" or "none" (no values to go by)
    source: str


def detect_scale(header: object, values: np.ndarray, *, all_percent: bool = False) -> DetectedScale:
    """The scale of a satisfaction column.

    ``values`` are the numbers as read; ``all_percent`` says every text value carried a
    % sign (they were divided by 100 already, so they are fractions).
    """
    normal = normalise_header(header)
    text = str(header or "")
    words = set(normal.split())
    finite = values[~np.isnan(values)]
    if words & {"nps"} or "net promoter" in normal:
        return DetectedScale(SCALES["nps"], "header")
    declared = header_scale(text)
    if declared is not None:
        low, high = declared
        for scale in SCALES.values():
            if scale.low == low and scale.high == high:
                return DetectedScale(scale, "header")
        return DetectedScale(Scale(f"{_plain(low)}-{_plain(high)}", low, high), "header")
    if all_percent and len(finite):
        return DetectedScale(SCALES["0-1"], "values")
    if "%" in text or words & {"prozent", "percent", "pct"}:
        if len(finite) and finite.max() <= 1.0:
            return DetectedScale(SCALES["0-1"], "header")
        return DetectedScale(SCALES["0-100"], "header")
    if not len(finite):
        return DetectedScale(None, "none")
    low, high = float(finite.min()), float(finite.max())
    if low < 0:
        return DetectedScale(SCALES["nps"] if low >= -100 and high <= 100 else None, "values")
    if high <= 1.0:
        return DetectedScale(SCALES["0-1"], "values")
    for name in ("1-5", "1-7", "1-10"):
        scale = SCALES[name]
        if low >= scale.low and high <= scale.high:
            return DetectedScale(scale, "values")
    if high <= 10:
        return DetectedScale(SCALES["0-10"], "values")
    if high <= 100:
        return DetectedScale(SCALES["0-100"], "values")
    return DetectedScale(None, "values")
