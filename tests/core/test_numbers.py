"""Numbers typed as text, German and English."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from segmenter_app.core.importing.numbers import float_texts, notation_votes, parse_text_numbers, to_text


def parse(values: list[str], notation: str = "de") -> list[float]:
    return parse_text_numbers(pd.Series(values, dtype="str"), notation).values.tolist()


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("12.345,67", 12345.67),
        ("1.234.567", 1234567.0),
        ("0,5", 0.5),
        ("35,0 %", 35.0),
        ("1.234 €", 1234.0),
        ("€ 1.000,00", 1000.0),
        ("-2.500,00", -2500.0),
        ("(1.200)", -1200.0),
        ("1.200-", -1200.0),
        ("12 345,5", 12345.5),
        ("4.5", 4.5),
    ],
)
def test_german_notation(text: str, value: float) -> None:
    assert parse([text], "de")[0] == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("12,345.67", 12345.67),
        ("1,234,567", 1234567.0),
        ("0.35", 0.35),
        ("$1,000", 1000.0),
        ("1'234.50", 1234.5),
        ("4,5", 4.5),
    ],
)
def test_english_notation(text: str, value: float) -> None:
    assert parse([text], "en")[0] == pytest.approx(value)


def test_ambiguous_values_follow_the_column() -> None:
    assert parse(["1.234"], "de") == [1234.0]
    assert parse(["1.234"], "en") == [1.234]
    assert parse(["1,234"], "en") == [1234.0]


def test_percent_sign_is_reported() -> None:
    parsed = parse_text_numbers(pd.Series(["35 %", "12"], dtype="str"), "de")
    assert parsed.percent.tolist() == [True, False]


def test_missing_tokens_are_empty_not_invalid() -> None:
    parsed = parse_text_numbers(pd.Series(["k.A.", "-", "n/a", "#NV", "abc", "inf"], dtype="str"), "de")
    assert all(math.isnan(v) for v in parsed.values)
    assert parsed.invalid.tolist() == [False, False, False, False, True, True]


def test_votes_prefer_values_with_a_comma() -> None:
    # Number cells of a mixed column arrive as '1234.5'; a typed '1.234,50' decides.
    assert notation_votes(pd.Series(["1234.5", "99.25", "1.234,50"], dtype="str")) == (1, 0)
    assert notation_votes(pd.Series(["1,234.50"], dtype="str")) == (0, 1)


def test_text_of_cells() -> None:
    assert to_text(10023.0) == "10023"
    assert to_text("000123") == "000123"
    assert to_text(8.5) == "8.5"
    assert float_texts(np.array([10023.0, np.nan, 1.5])).tolist() == ["10023", "", "1.5"]
