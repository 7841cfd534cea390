"""One vocabulary of unit and scale words: a header's unit scales its column exactly as
the same word scales a cell (core/headers/units.py)."""

from __future__ import annotations

import pandas as pd
import pytest

from segmenter_app.core.headers.units import UNIT_WORDS, header_multiplier
from segmenter_app.core.importing.numbers import parse_text_numbers

WORDS = sorted(word for word in UNIT_WORDS if word)


def _cell_factor(text: str) -> float:
    parsed = parse_text_numbers(pd.Series([text], dtype="str"), "de")
    return float(parsed.values[0]) / 5.0


@pytest.mark.parametrize("word", WORDS)
def test_every_unit_word_scales_a_header_as_it_scales_a_cell(word: str) -> None:
    assert header_multiplier(f"Umsatz ({word})") == UNIT_WORDS[word]
    assert _cell_factor(f"5 {word}") == pytest.approx(UNIT_WORDS[word])


@pytest.mark.parametrize(
    ("written", "factor"),
    [
        ("Mill. €", 1e6),
        ("Md.", 1e9),
        ("Md. €", 1e9),
        ("TFr", 1e3),
        ("TFr.", 1e3),
        ("Mio. CHF", 1e6),
        ("Mrd. EUR", 1e9),
        ("Tsd. €", 1e3),
        ("T€", 1e3),
        ("$bn", 1e9),
        ("kEUR", 1e3),
        ("Milliarden", 1e9),
    ],
)
def test_written_units_read_the_same_in_a_header_and_a_cell(written: str, factor: float) -> None:
    assert header_multiplier(f"Umsatz ({written})") == factor
    assert header_multiplier(f"Umsatz in {written}") == factor
    assert _cell_factor(f"5 {written}") == pytest.approx(factor)


@pytest.mark.parametrize("header", ["Umsatz Segment B", "Kunde A-M", "Umsatz Typ M", "Umsatz T 2025"])
def test_a_letter_that_is_a_word_of_the_header_is_no_unit(header: str) -> None:
    assert header_multiplier(header) == 1.0


@pytest.mark.parametrize("header", ["Umsatz (Bio. €)", "Revenue (pcs)"])
def test_a_word_that_is_no_unit_leaves_a_header_unscaled(header: str) -> None:
    assert header_multiplier(header) == 1.0
