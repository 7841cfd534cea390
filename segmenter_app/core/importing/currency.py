"""Which currency a list's amounts are in: € (the default), $, £ or CHF.

Read from the headers of the amount columns ("Umsatz (T€)", "Revenue USD", "Wallet in
CHF") and, where they say nothing, from the amount cells written as text ("$1.2bn",
"850 TCHF").  The most frequent mention wins; a list that names none is None (the
document then keeps its setting, € by default).  The user can change it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

#: The currencies the app writes, in the order the settings offer them.
CURRENCIES: tuple[str, ...] = ("€", "$", "£", "CHF")
DEFAULT_CURRENCY = "€"

_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("CHF", re.compile(r"(?i)(?<![a-z])(?:t|k|mio\.?\s*)?chf(?![a-z])|\bsfr\b|\bfranken\b")),
    ("€", re.compile(r"(?i)€|(?<![a-z])[tk]?eur(?:o|os)?(?![a-z])")),
    ("$", re.compile(r"(?i)\$|(?<![a-z])usd(?![a-z])|\bdollars?\b")),
    ("£", re.compile(r"(?i)£|(?<![a-z])gbp(?![a-z])|\bpounds?\b")),
)


def mentions(text: str) -> list[str]:
    """The currencies a header or a cell names."""
    return [currency for currency, pattern in _PATTERNS if pattern.search(text)]


def detect_currency(headers: Iterable[str], cells: Iterable[str] = ()) -> str | None:
    """The currency the amount headers name, else the one the amount cells name most
    often; None when neither names one."""
    for source in (headers, cells):
        votes = Counter(currency for text in source if text for currency in mentions(str(text)))
        if votes:
            return votes.most_common(1)[0][0]
    return None
