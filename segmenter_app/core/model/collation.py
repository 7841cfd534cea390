"""The order in which people's names are listed: account managers in the manager box,
the Team view, the per-manager workbooks and PDFs, the table sorted by manager.

Code-point order put "Özdemir" after "Weiß" and "Manager 10" before "Manager 2".  Names
are compared as a German (DIN 5007, variant 1) or any Latin-script reader expects:
accents and umlauts as their base letter (Ö as O, é as e), ß as ss, case ignored, and
runs of digits as numbers.  Two names that compare equal that way keep a fixed order
by their text.  No locale of the machine is asked: the same list sorts the same on every
laptop.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

_DIGITS = re.compile(r"(\d+)")


def name_key(name: str) -> tuple:
    """The sort key of ``name``: ``sorted(names, key=name_key)``."""
    folded = "".join(
        c for c in unicodedata.normalize("NFKD", name.casefold()) if not unicodedata.combining(c)
    )
    parts = _DIGITS.split(folded.strip())
    # Text and numbers alternate (the split starts with text), so like meets like.
    words = tuple(int(part) if i % 2 else part for i, part in enumerate(parts))
    return (words, name)


def sorted_names(names: Iterable[str]) -> list[str]:
    """``names`` in the order people read them listed."""
    return sorted(names, key=name_key)
