"""One vocabulary of unit and scale words: a header's unit scales its column exactly as
the same word scales a cell (core/headers/units.py)."""

from __future__ import annotations

import pandas as pd
import pytest

from segmenter_app.core.headers.units import UNIT_WORDS, header_multiplier
from segmenter_app.core.importing.numbers import parse_text_numbers

WORDS = sorted(word for word in UNIT_WORDS if word)


def _cell_factors(texts: list[str]) -> list[float]:
    """What each of ``texts`` ("5 <unit>") reads as, divided by 5 (one column of them)."""
    parsed = parse_text_numbers(pd.Series(texts, dtype="str"), "de")
    return [float(value) / 5.0 for value in parsed.values]


def _cell_factor(text: str) -> float:
    return _cell_factors([text])[0]


def test_every_unit_word_scales_a_header_as_it_scales_a_cell() -> None:
    """All words at once (one column of cells, as a list has them): each one's header
    and cell scale by its factor; a failure names every word that does not."""
    headers = {word: header_multiplier(f"Umsatz ({word})") for word in WORDS}
    cells = dict(zip(WORDS, _cell_factors([f"5 {word}" for word in WORDS]), strict=True))
    wrong = {
        word: (headers[word], cells[word], UNIT_WORDS[word])
        for word in WORDS
        if headers[word] != UNIT_WORDS[word] or cells[word] != pytest.approx(UNIT_WORDS[word])
    }
    assert not wrong, f"(header, cell, expected) per word: {wrong}"
    # A column of one such cell reads as the same word among the others.
    for word in WORDS[:: max(1, len(WORDS) // 20)]:
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
