"""Numbers, percentages, money and sizes written as a person of that language reads them."""

from __future__ import annotations

import math


def format_number(
    value: float, language: str, decimals: int = 0, *, grouping: bool = True, trim: bool = False
) -> str:
    """1,234.5 / 1.234,5.  ``grouping`` False: no thousands separators (a number as it
    is typed); ``trim``: no trailing zeros after the decimal point ("4", "1,2")."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    text = f"{value:{',' if grouping else ''}.{decimals}f}"
    if trim and decimals:
        text = text.rstrip("0").rstrip(".")
    if language == "de":
        text = text.replace(",", "\u2009").replace(".", ",").replace("\u2009", ".")
    return text


def format_percent(fraction: float, language: str, decimals: int = 0) -> str:
    if fraction is None or math.isnan(fraction):
        return ""
    return f"{format_number(fraction * 100.0, language, decimals)} %"


def format_money(value: float, language: str, currency: str = "€") -> str:
    """Short amounts for a sentence: 310 k€, 1.2 M€, 5.2 bn€ in English; in German as
    German lists write them: 310 T€, 1,2 Mio. €, 5,2 Mrd. €.  The space before the unit
    does not break: "516 T€" stays on one line.  In English, $ and £ stand before the
    amount ("$310k", "£1.2M"); a currency of letters stands apart ("310 k CHF",
    "310 T CHF")."""
    if value is None or math.isnan(value):
        return ""
    space = "\u00a0"
    magnitude = abs(value)
    if language != "de" and currency in ("$", "£"):
        sign = "-" if value < 0 else ""
        for limit, unit, decimals in ((1e9, "bn", 1), (1e6, "M", 1), (1e3, "k", 0), (0, "", 0)):
            if magnitude >= limit:
                number = format_number(magnitude / (limit or 1), language, decimals)
                return f"{sign}{currency}{number}{unit}"
    german = language == "de"
    for limit, unit, decimals in (
        (1e9, "Mrd." if german else "bn", 1),
        (1e6, "Mio." if german else "M", 1),
        (1e3, "T" if german else "k", 0),
        (0, "", 0),
    ):
        if magnitude >= limit:
            number = format_number(value / (limit or 1), language, decimals)
            break
    # "Mio. €", "T€", "k€", "k CHF": a word or a currency of letters stands apart.
    apart = unit.endswith(".") or currency.isalpha()
    suffix = f"{unit}{space}{currency}" if unit and apart else f"{unit}{currency}"
    return f"{number}{space}{suffix}"


def format_bytes(size: int | float, language: str) -> str:
    units = ("bytes", "KB", "MB", "GB")
    value = float(size)
    for unit in units:
        if value < 1024 or unit == units[-1]:
            decimals = 0 if unit == "bytes" else 1
            return f"{format_number(value, language, decimals)} {unit}"
        value /= 1024
    return str(size)
