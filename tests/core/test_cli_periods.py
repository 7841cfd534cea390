"""``segmenter classify A B C`` and ``segmenter history`` end to end, in a real process,
on the yearly lists of ``period_lists.py`` whose truth is known (PRODUCT.md §8)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from segmenter_app.core.outputs.classify_output import CLASSIFY_COLUMNS
from segmenter_app.core.outputs.history_output import EFFECT_COLUMNS, HISTORY_COLUMNS
from segmenter_app.core.projects.project import open_project
from tests.command_line import segmenter

from .period_lists import THRESHOLD_OPTIONS, TRUTH, write_year


@pytest.fixture
def years(tmp_path: Path) -> list[Path]:
    return [write_year(tmp_path, year) for year in (2024, 2025, 2026)]


def read_csv(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, dtype=str, keep_default_na=False)


def test_classify_of_several_lists_makes_a_project_with_a_period_each(years, tmp_path: Path) -> None:
    project = tmp_path / "team.segmenter"
    done = segmenter("classify", *years, "-o", project, *THRESHOLD_OPTIONS, "--lang", "en")
    assert done.returncode == 0, done.stderr
    # A customer with a new id is named, not joined silently.
    assert "'Kappa GmbH' has the id K90 (before: K09)" in done.stderr
    opened = open_project(project)
    assert opened.periods.labels == ["2024", "2025", "2026"]
    assert [record.kind for record in opened.history] == ["import", "update", "update"]
    assert opened.document.report.path.name == "Kunden 2026.xlsx"
    assert opened.source_path.name == "Kunden 2026.xlsx"  # the current period's list
    assert opened.periods.document_of(0).read_only
    # Labels given on the command line, in order; the rest from the files' names.
    labelled = tmp_path / "labelled.segmenter"
    done = segmenter("classify", *years, "-o", labelled, "--period-label", "GJ 24", "--period-label", "GJ 25")
    assert done.returncode == 0, done.stderr
    assert open_project(labelled).periods.labels == ["GJ 24", "GJ 25", "2026"]


def test_lists_given_out_of_order_in_time_are_named(years, tmp_path: Path) -> None:
    """Fresh eyes: 2024, 2026, 2025 were taken as periods in that order without a word."""
    done = segmenter("classify", years[0], years[2], years[1], "-o", tmp_path / "p.segmenter", "--lang", "en")
    assert done.returncode == 0, done.stderr
    assert "in the order given: 2024, 2026, 2025" in done.stderr + done.stdout
    done = segmenter("classify", *years, "-o", tmp_path / "q.segmenter", "--lang", "en")
    assert "in the order given" not in done.stderr + done.stdout


def test_classify_of_periods_adds_the_segment_before(years, tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    done = segmenter("classify", *years[:2], "-o", out, *THRESHOLD_OPTIONS, "--lang", "en")
    assert done.returncode == 0, done.stderr
    frame = read_csv(out)
    assert tuple(frame.columns) == (*CLASSIFY_COLUMNS, "segment_before")
    before = dict(
        zip(frame.customer_id.where(frame.customer_id != "", "name:ohne nummer kg"), frame.segment_before)
    )
    expected = {
        k: ("" if k in ("K07", "K90") else v)
        for k, v in TRUTH["segment_2024"].items()
        if k not in ("K06", "K09")
    }
    assert before == {**expected, "K07": "", "K90": ""}
    # Classify of the project says the same; of one list, no such column.
    project = tmp_path / "team.segmenter"
    assert segmenter("classify", *years[:2], "-o", project, *THRESHOLD_OPTIONS).returncode == 0
    again = tmp_path / "again.csv"
    assert segmenter("classify", project, "-o", again).returncode == 0
    assert read_csv(again).segment_before.tolist() == frame.segment_before.tolist()
    single = tmp_path / "single.csv"
    assert segmenter("classify", years[0], "-o", single).returncode == 0
    assert tuple(read_csv(single).columns) == CLASSIFY_COLUMNS


def test_history_writes_exactly_the_columns_and_the_truth(years, tmp_path: Path) -> None:
    out, effect = tmp_path / "history.csv", tmp_path / "effect.csv"
    done = segmenter("history", *years, "-o", out, "--effect", effect, *THRESHOLD_OPTIONS, "--lang", "en")
    assert done.returncode == 0, done.stderr
    frame = read_csv(out)
    assert tuple(frame.columns) == HISTORY_COLUMNS
    assert frame.groupby("period", sort=False).size().to_dict() == {"2024": 9, "2025": 9, "2026": 7}
    first = frame[frame.period == "2024"]
    assert (first.segment_before == "").all() and (first.movement == "").all()
    second = frame[frame.period == "2025"]
    keys = second.customer_id.where(second.customer_id != "", "name:ohne nummer kg")
    assert dict(zip(keys, second.movement)) == TRUTH["movement"]
    assert "K06" not in set(second.customer_id)  # a gone customer has no row
    delta = second[second.customer_id == "K04"].iloc[0]
    assert (delta.segment_before, delta.segment, delta.effort) == ("GROW", "FIX", "0")
    # visits_planned: the period's own plan (Alpha was GROW in 2024, MODEL in 2025)
    alpha = frame[frame.customer_id == "K01"].set_index("period")
    assert float(alpha.loc["2024", "visits_planned"]) > float(alpha.loc["2025", "visits_planned"]) > 0
    assert alpha.loc["2024", "effort"] == "" and alpha.loc["2025", "effort"] == "20"

    table = read_csv(effect)
    assert tuple(table.columns) == EFFECT_COLUMNS
    assert len(table) == 2 * 4 * 4  # two steps × four segments × as_planned, less, unknown, all
    grow = table[(table.from_period == "2024") & (table.segment_from == "GROW")].set_index("visited")
    assert grow.loc["all", ["customers", "improved", "changed"]].tolist() == ["2", "1", "1"]
    assert float(grow.loc["all", "mean_delta_sow_pp"]) == pytest.approx(35.0)
    assert float(grow.loc["all", "mean_delta_kzi"]) == pytest.approx(-25.0)
    assert float(grow.loc["all", "delta_revenue"]) == pytest.approx(70.0)
    assert grow.loc["unknown", "mean_delta_sow_pp"] == ""  # no customer: no mean
    for (_pair, _segment), group in table.groupby(["from_period", "segment_from"]):
        counts = group.set_index("visited")["customers"].astype(int)
        assert counts["all"] == counts["as_planned"] + counts["less"] + counts["unknown"]
    # What the command says: the periods, who moved, and the finding, not as proof.
    assert "Periods: 2024 · 2025 · 2026" in done.stderr
    assert "2024 → 2025: improved 3 · worsened 1 · changed 1 · unchanged 2 · new 2 · gone 2" in done.stderr
    assert "improved more often: 100 % against 0 %" in done.stderr and "not proof" in done.stderr


def test_history_of_a_project_is_the_history_of_its_lists(years, tmp_path: Path) -> None:
    project = tmp_path / "team.segmenter"
    assert segmenter("classify", *years, "-o", project, *THRESHOLD_OPTIONS).returncode == 0
    from_project, from_lists = tmp_path / "a.csv", tmp_path / "b.csv"
    assert segmenter("history", project, "-o", from_project).returncode == 0
    assert segmenter("history", *years, "-o", from_lists, *THRESHOLD_OPTIONS).returncode == 0
    assert from_project.read_bytes() == from_lists.read_bytes()
    german = tmp_path / "de.xlsx"
    done = segmenter("history", project, "-o", german, "--lang", "de")
    assert done.returncode == 0 and "Perioden: 2024 · 2025 · 2026" in done.stderr
    assert pd.read_excel(german, dtype=str, engine="openpyxl").shape == (25, len(HISTORY_COLUMNS))


def test_history_refuses_what_it_cannot_do_and_writes_nothing(years, tmp_path: Path) -> None:
    out = tmp_path / "h.csv"
    too_many = segmenter("history", years[0], "-o", out, "--period-label", "a", "--period-label", "b")
    assert too_many.returncode == 2 and "--period-label" in too_many.stderr
    same = segmenter("history", *years, "-o", out, "--effect", out)
    assert same.returncode == 2 and "the same file" in same.stderr
    kind = segmenter("history", *years, "-o", out, "--effect", tmp_path / "e.txt")
    assert kind.returncode == 2
    project = tmp_path / "team.segmenter"
    assert segmenter("classify", *years[:2], "-o", project).returncode == 0
    mixed = segmenter("history", project, years[2], "-o", out)
    assert mixed.returncode == 2 and "not both" in mixed.stderr
    into_input = segmenter("history", *years, "-o", years[0])
    assert into_input.returncode == 2 and "input" in into_input.stderr
    effect = tmp_path / "e.csv"
    effect.write_text("keep me")
    exists = segmenter("history", *years, "-o", out, "--effect", effect)
    assert exists.returncode == 1 and "--force" in exists.stderr
    assert effect.read_text() == "keep me" and not out.exists()
    broken = tmp_path / "kaputt.xlsx"
    broken.write_bytes(b"not a workbook")
    unreadable = segmenter("history", years[0], broken, "-o", out)
    assert unreadable.returncode == 3 and "kaputt.xlsx" in unreadable.stderr and not out.exists()
