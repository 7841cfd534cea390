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
    """Short amounts for a sentence: 310 k€, 1.2 M€, 5.2 bn€ (1,2 Mio. €, 5,2 Mrd. € in
    German).  The space before the unit does not break: "516 k€" stays on one line."""
    if value is None or math.isnan(value):
        return ""
    space = "\u00a0"
    magnitude = abs(value)
    if magnitude >= 1e9:
        number = format_number(value / 1e9, language, 1)
        return f"{number}{space}Mrd.{space}{currency}" if language == "de" else f"{number}{space}bn{currency}"
    if magnitude >= 1e6:
        number = format_number(value / 1e6, language, 1)
        return f"{number}{space}Mio.{space}{currency}" if language == "de" else f"{number}{space}M{currency}"
    if magnitude >= 1e3:
        return f"{format_number(value / 1e3, language, 0)}{space}k{currency}"
    return f"{format_number(value, language, 0)}{space}{currency}"


def format_bytes(size: int | float, language: str) -> str:
    units = ("bytes", "KB", "MB", "GB")
    value = float(size)
    for unit in units:
        if value < 1024 or unit == units[-1]:
            decimals = 0 if unit == "bytes" else 1
            return f"{format_number(value, language, decimals)} {unit}"
        value /= 1024
    return str(size)
