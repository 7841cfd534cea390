"""Numbers typed as text, the way German and English lists hold them.

``12.345,67`` and ``12,345.67``, ``1.234 €``, ``35 %``, ``(1.200)``, ``1.200-`` (SAP),
``1'234.50`` (Swiss), ``€ 1 000``.  Whether ``,`` or ``.`` is the decimal mark is
decided once per column from the values that can only be read one way; a column whose
values are all ambiguous ("1.234") follows the rest of the file, then the language of
its headers.  The work is vectorised with pandas string methods: a 100,000-row CSV
column parses in tens of milliseconds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
import pandas as pd

from segmenter_app.core.headers.units import UNIT_WORDS

GERMAN = "de"
ENGLISH = "en"

#: Cells that mean "no value" rather than a wrong value.
MISSING_TOKENS = frozenset(
    {
        "",
        "-",
        "–",
        "—",
        "--",
        "n/a",
        "na",
        "n.a.",
        "n. a.",
        "k.a.",
        "k. a.",
        "ka",
        "#n/a",
        "#nv",
        "nv",
        "null",
        "none",
        "nan",
        "?",
        "tbd",
        "offen",
        "unbekannt",
        "unknown",
        "x",
        "#div/0!",
        "#value!",
        "#wert!",
        "#ref!",
        "#bezug!",
        "#name?",
        "#num!",
        "#zahl!",
    }
)

#: A cell's unit is the letters and signs left when the number is taken out, looked up
#: in the one vocabulary of unit words (``core/headers/units.py``) that headers use too.
_UNIT_FACTORS = np.array(list(UNIT_WORDS.values()), dtype=np.float64)


def _unit_keys():
    import pyarrow as pa

    return pa.array(list(UNIT_WORDS), type=pa.large_string())


_UNIT_KEYS = _unit_keys()

# The patterns avoid look-behinds, back-references and \u escapes: RE2 (pyarrow's regex
# engine, which pandas uses for Arrow strings) lacks them, and pandas then falls back to
# Python's re cell by cell, several times slower.
#: Words and their dots ('Mio.', 'TEUR', '€').
_LETTERS = r"[A-Za-z€$£¥]+\.?"
#: Cells that need more care (rare): an exponent ('1.2e6'), a German '1.200,-'.
_RARE = r"\d[eE][-+]?\d|\d[,.]-"
#: For those: the exponent kept (group 1), the ',-' dropped (groups 2 and 3 kept).
_WORDS = r"(\d)[eE][-+]?\d+\s*$|(\d)[,.]-(\D*)$|[A-Za-z€$£¥]+\.?"
#: What is not part of the number itself: units, currency, blanks, quotes, %, ( ).
_STRIP = r"[^\d.,+\-]+"
#: What is taken out of a (lower-case) cell to leave its unit: the number, an
#: exponent, signs and blanks.
_NOT_UNIT = "(?<=\\d)e[-+]?\\d+\\s*$|[\\d\\s\u00a0\u202f'’.,()+\\-%]+"
#: Valid German notation: '.' groups thousands in threes, ',' is the decimal mark.
_GERMAN = r"^[-+]?(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?$"
#: Valid English notation: ',' groups thousands in threes, '.' is the decimal mark.
_ENGLISH = r"^[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$"


@dataclass
class ParsedColumn:
    values: np.ndarray  #: float64, NaN where empty or not a number; a cell's own unit applied
    percent: np.ndarray  #: bool, the text carried a % sign
    invalid: np.ndarray  #: bool, text that is not a number (not merely empty)
    #: bool, the cell carried its own scale word ('850 T€'): a header unit does not apply
    scaled: np.ndarray | None = None
    #: bool, refused for a unit word the reader does not know ('12 Stk', '3 Bio.')
    unknown_unit: np.ndarray | None = None
    #: bool, the cell carried a unit or currency word at all ('35 €', '850 T€')
    worded: np.ndarray | None = None


def _core(texts: pd.Series) -> pd.Series:
    """The number of each text: 'Mio.' leaves no dot behind, '1.200,-' is '1.200'."""
    core = texts.str.replace(_LETTERS, "", regex=True)
    rare = texts.str.contains(_RARE, regex=True).to_numpy(dtype=bool, na_value=False)
    if rare.any():
        core = core.copy()
        core[rare] = texts[rare].str.replace(_WORDS, r"\1\2\3", regex=True)
    return core.str.replace(_STRIP, "", regex=True)


def notation_votes(texts: pd.Series) -> tuple[int, int]:
    """How many values can only be German, how many only English.

    Values with a comma count first: a number cell that reached us as text (a mixed
    column) reads "1234.5", so plain dotted values are weak evidence of English text.
    """
    core = _core(texts.str.strip()).str.rstrip("-")
    german = (core.str.match(_GERMAN).fillna(False)).to_numpy(dtype=bool)
    english = (core.str.match(_ENGLISH).fillna(False)).to_numpy(dtype=bool)
    comma = core.str.contains(",", regex=False).fillna(False).to_numpy(dtype=bool)
    german_only, english_only = german & ~english, english & ~german
    strong = (int((german_only & comma).sum()), int((english_only & comma).sum()))
    if any(strong):
        return strong
    return int(german_only.sum()), int(english_only.sum())


def cell_units(lowered: pd.Series) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(factor, known, any word) of each (lower-case) cell's unit: '1,2 mio. €' → 1e6;
    '1.234 €' → 1 (no scale word); '12 stk' → unknown.  One regex and one dictionary
    look-up a column."""
    unit = lowered.str.replace(_NOT_UNIT, "", regex=True)
    import pyarrow as pa
    import pyarrow.compute as pc

    # pyarrow's hash look-up: ten times faster than Series.map on 100,000 cells.
    found = pc.index_in(pa.array(unit, type=pa.large_string()), value_set=_UNIT_KEYS).to_numpy(
        zero_copy_only=False
    )
    known = ~pd.isna(found)
    factor = np.full(len(unit), np.nan)
    factor[known] = _UNIT_FACTORS[found[known].astype(np.int64)]
    return factor, ~np.isnan(factor), (unit != "").to_numpy(dtype=bool)


def parse_text_numbers(texts: pd.Series, notation: str) -> ParsedColumn:
    """Parse a Series of strings (no NA) as numbers.

    Each value is read the one way its separators allow ("1.234,56" German, "0.35"
    English, "4.5" English even in a German column, since German groups thousands in
    threes); only values both notations can read ("1.234", "1,234") follow
    ``notation``, the column's decision.  A cell's own unit word scales it ('850 T€'
    is 850,000; '$1.2bn' 1.2e9); a word that is not a known unit refuses the cell —
    an amount is never read with its scale dropped.
    """
    stripped = texts.str.strip()
    lowered = stripped.str.lower()
    missing = (lowered.isin(MISSING_TOKENS)).to_numpy(dtype=bool)
    percent = stripped.str.contains("%", regex=False).to_numpy(dtype=bool)
    negative = (stripped.str.match(r"^\(.*\)$") | stripped.str.match(r"^[^-]*\d\s*-$")).to_numpy(bool)
    core = _core(stripped).str.rstrip("-")
    german = core.str.match(_GERMAN).to_numpy(dtype=bool)
    english = core.str.match(_ENGLISH).to_numpy(dtype=bool)
    as_german = (german & ~english) | (german & english & (notation == GERMAN))
    as_english = ~as_german & english
    german_text = core.str.replace(".", "", regex=False).str.replace(",", ".", regex=False)
    english_text = core.str.replace(",", "", regex=False)
    chosen = core.where(~as_german, german_text).where(~as_english, english_text)
    chosen = chosen.where(~missing, "")
    numbers = pd.to_numeric(chosen.astype(object).where(chosen != "", None), errors="coerce").to_numpy(
        dtype=np.float64, na_value=np.nan
    )
    with_exponent = lowered.str.contains(r"\de[-+]?\d", regex=True).to_numpy(dtype=bool, na_value=False)
    if with_exponent.any():
        # to_numpy may hand out pandas' own read-only buffer (an all-number column beside
        # a text cell: "1.5E+06" next to "k.A."): written here, so a copy of our own.
        numbers = np.array(numbers, dtype=np.float64, copy=True)
        exponents = stripped[with_exponent].str.extract(r"\d[eE]([-+]?\d+)\s*$", expand=False)
        power = pd.to_numeric(exponents, errors="coerce").to_numpy(dtype=np.float64, na_value=np.nan)
        with np.errstate(over="ignore", invalid="ignore"):  # 1e400: inf, refused below
            scaled_up = numbers[with_exponent] * np.power(10.0, np.nan_to_num(power))
        numbers[with_exponent] = np.where(np.isnan(power), numbers[with_exponent], scaled_up)
    factor, known, worded = cell_units(lowered)
    unknown = ~known & ~missing & ~np.isnan(numbers)
    scaled = known & (factor != 1.0)
    numbers = np.where(scaled, numbers * factor, numbers)
    numbers = np.where(negative, -np.abs(numbers), numbers)
    numbers[~np.isfinite(numbers) | unknown] = np.nan
    invalid = np.isnan(numbers) & ~missing
    # A cell meaning "no value" ("k.A.", "n/a") carries no unit, whatever letters it has.
    worded = worded & ~invalid & ~missing
    return ParsedColumn(numbers, percent & ~invalid, invalid, scaled & ~invalid & ~missing, unknown, worded)


#: A tab typed before a formula character so that a spreadsheet shows the cell as
#: text ("\t=SUM(A1)"): the tab is the user's defence and is kept when a list is read.
DEFUSING_TAB = re.compile(r"^ *\t[\s]*[=+\-@]")


def strip_text(value: str) -> str:
    """A text cell without the spaces around it, except a tab that defuses a formula."""
    stripped = value.strip()
    if stripped[:1] in "=+-@" and stripped and DEFUSING_TAB.match(value):
        return "\t" + stripped
    return stripped


def strip_texts(texts: pd.Series) -> pd.Series:
    """:func:`strip_text` over a column of texts (vectorised)."""
    stripped = texts.str.strip()
    # Only a cell with a tab can be defused: the pattern runs on those alone (pandas
    # would run it through Python's re on every cell, RE2 lacking its \s).
    tabbed = np.flatnonzero(texts.str.contains("\t", regex=False).fillna(False).to_numpy(dtype=bool))
    if not len(tabbed):
        return stripped
    defused = np.zeros(len(texts), dtype=bool)
    defused[tabbed] = [bool(DEFUSING_TAB.match(value)) for value in texts.iloc[tabbed].tolist()]
    if defused.any():
        stripped = stripped.copy()
        stripped[defused] = "\t" + stripped[defused]
    return stripped


def to_text(value: object) -> str:
    """A cell as the text a user sees: 10023.0 → '10023', dates as dd.mm.yyyy-free ISO."""
    if isinstance(value, str):
        return strip_text(value)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        if value != value:
            return ""
        if value.is_integer() and abs(value) < 1e16:
            return str(int(value))
        return repr(value)
    if hasattr(value, "isoformat"):
        text = value.isoformat()
        return text[:10] if text.endswith("T00:00:00") else text
    return str(value).strip()


def texts_of(values: list[object]) -> list[str]:
    """:func:`to_text` over a column, fast when the column is already text."""
    return [strip_text(v) if type(v) is str else to_text(v) for v in values]


def float_texts(numbers: np.ndarray) -> np.ndarray:
    """Numbers as text without a trailing '.0', vectorised (ids stored as numbers)."""
    result = np.full(len(numbers), "", dtype=object)
    valid = ~np.isnan(numbers)
    integral = valid & (np.mod(numbers, 1.0) == 0) & (np.abs(numbers) < 1e16)
    result[integral] = numbers[integral].astype(np.int64).astype(str)
    rest = valid & ~integral
    result[rest] = [repr(float(v)) for v in numbers[rest]]
    return result
