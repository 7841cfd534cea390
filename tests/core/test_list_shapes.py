"""Lists of the shapes teams keep (benchmarks/list_shapes.py) classify as a careful
person classifies them by hand: the CLI end to end against the lists' true values."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from benchmarks import list_shapes
from tests.command_line import segmenter


def classify(path: Path, *options: str) -> tuple[pd.DataFrame, str]:
    out = path.with_suffix(".out.csv")
    done = segmenter("classify", path, "-o", out, "--lang", "en", *options)
    assert done.returncode == 0, done.stderr
    return pd.read_csv(out, keep_default_na=False, dtype={"customer_id": str}), done.stderr


def assert_segments(frame: pd.DataFrame, truth: list_shapes.Truth) -> None:
    expected = truth.segments()
    got = dict(zip(frame.customer_id, frame.segment, strict=True))
    wrong = {k: (got.get(k), v) for k, v in expected.items() if got.get(k) != v}
    assert not wrong, f"{len(wrong)} customers in the wrong segment: {list(wrong.items())[:5]}"


def test_a_sheet_per_manager_reads_as_one_list_with_the_sheet_names_as_managers(tmp_path: Path) -> None:
    truth = list_shapes.sheet_per_manager(tmp_path / "managers.xlsx")
    frame, stderr = classify(tmp_path / "managers.xlsx")
    assert len(frame) == len(truth.ids)
    assert_segments(frame, truth)
    managers = dict(zip(frame.customer_id, frame.account_manager, strict=True))
    assert [managers[i] for i in truth.ids] == truth.managers
    # The overview and the notes are skipped and named; the sheet with a column more is reported.
    assert "Übersicht" in stderr and "Notizen" in stderr
    assert "Bemerkung" in stderr


def test_school_grades_are_read_with_1_as_the_best(tmp_path: Path) -> None:
    truth = list_shapes.school_grades(tmp_path / "grades.xlsx")
    frame, stderr = classify(tmp_path / "grades.xlsx")
    assert_segments(frame, truth)
    np.testing.assert_allclose(frame.satisfaction.astype(float), truth.points, atol=1e-3)
    assert "1 = best" in stderr


def test_school_grades_can_be_read_the_other_way_round(tmp_path: Path) -> None:
    truth = list_shapes.school_grades(tmp_path / "grades.xlsx")
    frame, _stderr = classify(tmp_path / "grades.xlsx", "--kzi-best", "high")
    np.testing.assert_allclose(frame.satisfaction.astype(float), 100 - truth.points, atol=1e-3)


@pytest.mark.parametrize("german", [True, False])
def test_amounts_with_unit_words_are_read_at_their_scale(tmp_path: Path, german: bool) -> None:
    truth = list_shapes.units_in_cells(tmp_path / "units.csv", german=german)
    frame, _stderr = classify(tmp_path / "units.csv")
    np.testing.assert_allclose(frame.revenue.astype(float), truth.revenue, rtol=1e-6)
    np.testing.assert_allclose(frame.wallet.astype(float), truth.wallet, rtol=1e-6)
    assert_segments(frame, truth)
    assert (frame.problems == "").all()


def test_blank_wallets_are_estimated_per_group(tmp_path: Path) -> None:
    truth = list_shapes.blank_wallets(tmp_path / "blank.xlsx")
    frame, stderr = classify(tmp_path / "blank.xlsx", "--estimate-wallet", "Branche")
    np.testing.assert_allclose(frame.wallet.astype(float), truth.wallet, rtol=1e-9)
    assert_segments(frame, truth)
    assert set(frame.wallet_source) == {"given", "estimated"}
    assert "Raumfahrt" in stderr  # the group too small for its own percentile is named


def test_without_the_estimate_blank_wallets_stay_unclassified(tmp_path: Path) -> None:
    list_shapes.blank_wallets(tmp_path / "blank.xlsx")
    frame, _stderr = classify(tmp_path / "blank.xlsx")
    blank = frame.wallet_source == ""
    assert blank.sum() > 100
    assert (frame.segment[blank] == "").all()
    assert (frame.segment[~blank] != "").all()
