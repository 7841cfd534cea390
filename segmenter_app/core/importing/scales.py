"""Satisfaction scales and their normalisation to 0–100 points.

A scale comes from the user, else from the header, else from the values.  A range
written in the header wins over any scale word ("NPS (0-10)" is 0–10, "NPS (1-5 Sterne)"
1–5); the word NPS means −100…100 unless every value lies within 0–10 (then they are the
survey's 0–10 answers); values below 0 mean −100…100; else the smallest common scale
that holds the values.  Rating words (``ratings.py``) are a scale of their own:
"words, 5 levels".  Each detection says why (:class:`DetectedScale`'s ``reason``), and
the import report names it.
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
    #: rating words, worst first (level 1 … n), as the list writes them; () for numbers
    levels: tuple[str, ...] = ()

    def normalise(self, values: np.ndarray) -> np.ndarray:
        """Points 0–100; values outside the scale become NaN (see :meth:`outside`).
        A reversed scale reads ``(high − x) / (high − low) × 100``."""
        if self.reversed:
            points = (self.high - values) / (self.high - self.low) * 100.0
        else:
            points = (values - self.low) / (self.high - self.low) * 100.0
        return np.where(self.outside(values), np.nan, points)

    def with_direction(self, reversed_: bool) -> Scale:
        if self.levels:
            return self  # words say which end is the best
        return Scale(self.name, self.low, self.high, reversed_)

    def level_name(self, value: float) -> str:
        """The rating word of a level (1 … n), '' for numbers or a value that is none."""
        if not self.levels or value != value or not float(value).is_integer():
            return ""
        position = int(value) - 1
        return self.levels[position] if 0 <= position < len(self.levels) else ""

    @property
    def best(self) -> float:
        """The value that means 'most satisfied'."""
        return self.low if self.reversed else self.high

    def outside(self, values: np.ndarray) -> np.ndarray:
        with np.errstate(invalid="ignore"):
            return (values < self.low - 1e-9) | (values > self.high + 1e-9)

    @property
    def label(self) -> str:
        """The scale as English writes it (in the user's language:
        ``core.text.texts.scale_label``)."""
        if self.levels:
            return f"words, {len(self.levels)} levels"
        if self.reversed:
            return f"{self.range_label}, {scale_number(self.low)} = best"
        return self.range_label

    @property
    def range_label(self) -> str:
        """"1–5", "NPS (−100…100)": the range without its direction."""
        if self.name == "nps":
            return "NPS (−100…100)"
        return f"{scale_number(self.low)}–{scale_number(self.high)}"


def scale_number(value: float) -> str:
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


def words_scale(levels: tuple[str, ...]) -> Scale:
    """The scale of rating words, worst first: levels 1 … n, evenly spaced points."""
    return Scale("words", 1, len(levels), False, tuple(levels))


@dataclass(frozen=True)
class DetectedScale:
    scale: Scale | None
    #: "user", "header", "values" or "none" (no values to go by)
    source: str
    #: why, for the import report: "header_range", "header_nps", "nps_answers",
    #: "header_percent", "values_percent", "values_negative", "values_fit", "words" …
    reason: str = ""
    params: tuple[tuple[str, str], ...] = ()


def detect_scale(header: object, values: np.ndarray, *, all_percent: bool = False) -> DetectedScale:
    """The scale of a satisfaction column.

    ``values`` are the numbers as read; ``all_percent`` says every text value carried a
    % sign (they were divided by 100 already, so they are fractions).
    """
    normal = normalise_header(header)
    text = str(header or "")
    words = set(normal.split())
    finite = values[~np.isnan(values)]
    declared = header_scale(text)
    if declared is not None:
        # A range the header states wins over any word: "NPS (0-10)" is a 0–10 scale.
        low, high = declared
        range_text = f"{scale_number(low)}–{scale_number(high)}"
        found = next((s for s in SCALES.values() if (s.low, s.high) == (low, high)), None)
        if found is None and (low, high) == (-100, 100):
            found = SCALES["nps"]
        scale = found or Scale(f"{scale_number(low)}-{scale_number(high)}", low, high)
        return DetectedScale(scale, "header", "header_range", (("range", range_text),))
    if "nps" in words or "net promoter" in normal:
        if len(finite) and finite.min() >= 0 and finite.max() <= 10:
            # The survey's answers (0–10), not the score (−100…100) they add up to.
            return DetectedScale(SCALES["0-10"], "values", "nps_answers")
        if not len(finite) or (finite.min() >= -100 and finite.max() <= 100):
            return DetectedScale(SCALES["nps"], "header", "header_nps")
        return DetectedScale(None, "values", "values_unknown", _range_params(finite))
    if all_percent and len(finite):
        return DetectedScale(SCALES["0-1"], "values", "values_percent")
    if "%" in text or words & {"prozent", "percent", "pct"}:
        if len(finite) and finite.max() <= 1.0:
            return DetectedScale(SCALES["0-1"], "header", "header_percent")
        return DetectedScale(SCALES["0-100"], "header", "header_percent")
    if not len(finite):
        return DetectedScale(None, "none")
    low, high = float(finite.min()), float(finite.max())
    if low < 0:
        if low >= -100 and high <= 100:
            return DetectedScale(SCALES["nps"], "values", "values_negative", _range_params(finite))
        return DetectedScale(None, "values", "values_unknown", _range_params(finite))
    for name in ("0-1", "1-5", "1-7", "1-10", "0-10", "0-100"):
        scale = SCALES[name]
        if low >= scale.low and high <= scale.high:
            return DetectedScale(scale, "values", "values_fit", _range_params(finite))
    return DetectedScale(None, "values", "values_unknown", _range_params(finite))


def _range_params(finite: np.ndarray) -> tuple[tuple[str, str], ...]:
    return (
        ("low", scale_number(round(float(finite.min()), 2))),
        ("high", scale_number(round(float(finite.max()), 2))),
    )
