"""Units a header names: (T€), in Tsd. €, (Mio. €), (k$) scale their column."""

from __future__ import annotations

import re

#: A scale written into a header ("KZI (1-5)", "0–10"), left out of its words.
_SCALE = re.compile(
    r"(?<![\d.,])(-?\d+(?:[.,]\d+)?)\s*(?:-|–|—|\.\.|bis|to|/)\s*(\d+(?:[.,]\d+)?)(?!\d|[.,]\d)"
)

_CURRENCY_WORDS = ("", "€", "$", "£", "¥", "eur", "euro", "euros", "usd", "chf", "gbp", "sfr")


_HEADER_SCALES: dict[str, float] = {
    "t": 1e3,
    "tsd": 1e3,
    "tausend": 1e3,
    "k": 1e3,
    "thousand": 1e3,
    "thousands": 1e3,
    "mio": 1e6,
    "million": 1e6,
    "millionen": 1e6,
    "millions": 1e6,
    "m": 1e6,
    "mm": 1e6,
    "mn": 1e6,
    "mrd": 1e9,
    "milliarden": 1e9,
    "bn": 1e9,
    "billion": 1e9,
    "billions": 1e9,
}


#: A unit word of a header ('T€', 'TEUR', 'kEUR', '$M', 'Mio', 'EURm') → its factor.
_HEADER_UNITS: dict[str, float] = {
    word: factor
    for scale, factor in _HEADER_SCALES.items()
    for currency in _CURRENCY_WORDS
    for word in (scale + currency, currency + scale)
}


_HEADER_TOKENS = re.compile(r"[^\s()\[\]{},;:/|=]+")


def header_multiplier(text: object) -> float:
    """The unit an amount header declares: 'Umsatz (T€)' → 1000, 'Budget in Mio. €' → 1e6,
    'Revenue ($bn)' → 1e9.  A single letter counts only on its own or beside a currency
    ('Revenue (k)', 'Umsatz in M€'), never inside a word."""
    factors = [
        _HEADER_UNITS[token]
        for token in (t.replace(".", "").lower() for t in _HEADER_TOKENS.findall(str(text or "")))
        if token in _HEADER_UNITS
    ]
    return max(factors) if factors else 1.0


def header_scale(text: object) -> tuple[float, float] | None:
    """A scale written in a header: 'KZI (1-5)' → (1, 5); 'Zufriedenheit 0 bis 10' → (0, 10)."""
    match = _SCALE.search(str(text or ""))
    if not match:
        return None
    low, high = (float(part.replace(",", ".")) for part in match.groups())
    return (low, high) if high > low else None
