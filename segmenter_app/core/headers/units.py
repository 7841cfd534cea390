"""The one vocabulary of unit and scale words, for headers and cells alike.

A header's unit (``(T€)``, ``in Tsd. €``, ``(Mio. €)``, ``(k$)``) scales its column; a
cell's own unit word (``850 T€``, ``1,2 Mio. €``, ``$1.2bn``) scales that cell
(``core/importing/numbers.py``).  Both look their words up in :data:`UNIT_WORDS`, so a
header "(Mill. €)" scales as a cell "5 Mill. €" does.  Also here: a range written in a
header ("KZI (1-5)").
"""

from __future__ import annotations

import re

#: Currency signs and codes: they say nothing about the scale.
CURRENCY_WORDS: tuple[str, ...] = (
    "",
    "€",
    "$",
    "£",
    "¥",
    "eur",
    "euro",
    "euros",
    "usd",
    "chf",
    "gbp",
    "sfr",
    "fr",
)
#: Scale words of amounts, German and English, with the factor they stand for (written
#: without their dot: "Mio." is "mio").  German "Billion" (10¹²) and English "billion"
#: (10⁹) differ: "bio" is left unknown, so a cell "3 Bio." is refused.
SCALE_WORDS: dict[str, float] = {
    "": 1.0,
    "t": 1e3,
    "tsd": 1e3,
    "tausend": 1e3,
    "k": 1e3,
    "thousand": 1e3,
    "thousands": 1e3,
    "mio": 1e6,
    "mill": 1e6,
    "million": 1e6,
    "millionen": 1e6,
    "millions": 1e6,
    "m": 1e6,
    "mm": 1e6,
    "mn": 1e6,
    "mrd": 1e9,
    "md": 1e9,
    "milliarde": 1e9,
    "milliarden": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "billion": 1e9,
    "billions": 1e9,
}


def _unit_words() -> dict[str, float]:
    units: dict[str, float] = {}
    for word, factor in SCALE_WORDS.items():
        for currency in CURRENCY_WORDS:
            units.setdefault(word + currency, factor)
            units.setdefault(currency + word, factor)
    return units


#: The units a user can name for a column of amounts (import dialog, ``--unit``): units,
#: thousands, millions.
AMOUNT_UNITS: tuple[float, ...] = (1.0, 1e3, 1e6)

#: Every unit an amount may carry, as one word without dots ('t€', 'teur', '€mio',
#: '$bn', 'keur', 'tfr', '€'), → its factor ('' and a bare currency: 1).
UNIT_WORDS: dict[str, float] = _unit_words()

#: A scale written into a header ("KZI (1-5)", "0–10").
_RANGE = re.compile(
    r"(?<![\d.,])([-−]?\d+(?:[.,]\d+)?)\s*(?:-|–|—|\.\.|…|bis|to|/)\s*(\d+(?:[.,]\d+)?)(?!\d|[.,]\d)"
)
_HEADER_TOKENS = re.compile(r"[^\s()\[\]{},;:/|=]+")


def unit_factor(word: str) -> float | None:
    """The factor of a unit word as a header or a cell writes it ('Mio.', 'T€', 'TFr',
    'Mill.'), None for a word that is no unit."""
    return UNIT_WORDS.get(word.replace(".", "").lower())


def _stands_alone(text: str, start: int, end: int) -> bool:
    """A one-letter scale ('k', 'M', 'B') counts only as a unit on its own: in brackets
    ('Revenue (k)') or after 'in' ('Umsatz in M'), never as a header's word ('Typ B')."""
    before, after = text[:start].rstrip(), text[end:].lstrip()
    if before.lower().endswith(" in") or before.lower() == "in":
        return True
    return before[-1:] in "([{" and before != "" and after[:1] in ")]}"


def header_multiplier(text: object) -> float:
    """The unit an amount header declares: 'Umsatz (T€)' → 1000, 'Budget in Mio. €' → 1e6,
    'Revenue ($bn)' → 1e9, 'Umsatz (Mill. €)' → 1e6.  A single letter counts only as a
    unit of its own or beside a currency ('Revenue (k)', 'Umsatz in M€'), never inside
    a word or as one ('Kunde A-M', 'Typ B')."""
    header = str(text or "")
    factors = []
    for match in _HEADER_TOKENS.finditer(header):
        token = match.group(0).replace(".", "").lower()
        factor = UNIT_WORDS.get(token)
        if factor is None:
            continue
        if len(token) == 1 and token in SCALE_WORDS and not _stands_alone(header, *match.span()):
            continue
        factors.append(factor)
    return max(factors) if factors else 1.0


def header_names_money(text: object) -> bool:
    """The header names a currency or an amount's scale ('Sales 2025 (k€)', 'Umsatz in
    T€', 'Budget (EUR)'): its column holds amounts, never a name."""
    header = str(text or "")
    for match in _HEADER_TOKENS.finditer(header):
        token = match.group(0).replace(".", "").lower()
        if not token or token not in UNIT_WORDS:
            continue
        if len(token) == 1 and token in SCALE_WORDS and not _stands_alone(header, *match.span()):
            continue  # "Kunde A-M", "Typ B"
        return True
    return False


def header_scale(text: object) -> tuple[float, float] | None:
    """A scale written in a header: 'KZI (1-5)' → (1, 5); 'Zufriedenheit 0 bis 10' → (0, 10)."""
    match = _RANGE.search(str(text or ""))
    if not match:
        return None
    low, high = (float(part.replace(",", ".").replace("−", "-")) for part in match.groups())
    return (low, high) if high > low else None


def without_ranges(text: str) -> str:
    """A header without the scale written in it: 'KZI (1-5)' → 'KZI ( )'."""
    return _RANGE.sub(" ", text)
