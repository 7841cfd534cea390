"""``segmenter team`` and the plan options end to end, in a real process."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from openpyxl import load_workbook

from segmenter_app.core.outputs.team_output import TEAM_COLUMNS

from .test_cli import segmenter

HEADER = [
    "Kundennummer",
    "Kunde",
    "Außendienst",
    "Umsatz (€)",
    "Einkaufsvolumen (€)",
    "KZI (0-100)",
    "Besuche 2025",
]


@pytest.fixture
def visits_list(make_xlsx) -> Path:
    # Anna: GROW (potential 800), MODEL (200), FIX (200), MOVE (800); Ben: GROW, MODEL;
    # Cleo: only a customer without satisfaction (unclassified).
    return make_xlsx(
        [
            ["Besuchsliste 2025"],
            HEADER,
            ["1", "Alpha", "Anna", 200, 1000, 90, 2],
            ["2", "Beta", "Anna", 800, 1000, 90, 10],
            ["3", "Gamma", "Anna", 800, 1000, 10, 6],
            ["4", "Delta", "Anna", 200, 1000, 10, 2],
            ["5", "Eta", "Ben", 200, 1000, 90, 1],
            ["6", "Theta", "Ben", 800, 1000, 90, 9],
            ["7", "Iota", "Cleo", 800, 1000, None, 4],
        ]
    )


def test_team_writes_one_row_per_manager_and_the_team(visits_list: Path, tmp_path: Path) -> None:
    out = tmp_path / "team.csv"
    done = segmenter(
        "team",
        visits_list,
        "-o",
        out,
        "--lang",
        "en",
        "--sow-threshold",
        "0.5",
        "--kzi-threshold",
        "50",
        "--capacity",
        "20",
        "--capacity-of",
        "Ben=30",
        "--cadence",
        "MODEL=5",
    )
    assert done.returncode == 0, done.stderr
    frame = pd.read_csv(out, keep_default_na=False)
    assert tuple(frame.columns) == TEAM_COLUMNS
    assert frame.account_manager.tolist() == ["Anna", "Ben", "Cleo", "(all)"]
    rows = frame.set_index("account_manager")
    # Anna in priority order: GROW 12 (fits, 8 left), FIX 8 (fits, 0 left), MOVE 6 and
    # MODEL 5 beyond capacity.  The two MOVE customers' potentials are 800: prioritise.
    assert rows.loc["Anna", "capacity"] == 20 and rows.loc["Anna", "demand"] == 12 + 8 + 6 + 5
    assert rows.loc["Anna", "planned"] == 20 and rows.loc["Anna", "overflow"] == 2
    assert float(rows.loc["Anna", "load"]) == pytest.approx(31 / 20)
    assert rows.loc["Ben", "capacity"] == 30 and rows.loc["Ben", "planned"] == 17
    assert rows.loc["Cleo", "classified"] == 0 and rows.loc["Cleo", "misallocation"] == ""
    assert rows.loc["(all)", "customers"] == 7 and rows.loc["(all)", "capacity"] == 70
    # Team index by hand: p = 800 200 200 800 800 200, e = 2 10 6 2 1 9 (E 30, P 3000).
    p = [800, 200, 200, 800, 800, 200]
    e = [2, 10, 6, 2, 1, 9]
    expected = 50 * sum(abs(ei / 30 - pi / 3000) for ei, pi in zip(e, p))
    assert float(rows.loc["(all)", "misallocation"]) == pytest.approx(expected, abs=1e-3)
    assert float(rows.loc["Anna", "effort_share"]) == pytest.approx(20 / 30, abs=1e-5)
    assert float(rows.loc["Anna", "potential_share"]) == pytest.approx(2000 / 3000, abs=1e-5)
    assert "Capacity 70 · demand 48 · 2 customers beyond capacity" in done.stderr
    assert "no classified customer (Cleo)" in done.stderr
    # No output replaced without --force.
    again = segmenter("team", visits_list, "-o", out)
    assert again.returncode == 1 and "--force" in again.stderr


@pytest.mark.parametrize("suffix", [".xlsx", ".json"])
def test_team_as_workbook_and_json(visits_list: Path, tmp_path: Path, suffix: str) -> None:
    out = tmp_path / f"team{suffix}"
    done = segmenter("team", visits_list, "-o", out, "--lang", "de", "-q")
    assert done.returncode == 0, done.stderr
    if suffix == ".xlsx":
        sheet = load_workbook(out)["team"]
        assert tuple(c.value for c in sheet[1]) == TEAM_COLUMNS
        assert sheet.cell(sheet.max_row, 1).value == "(all)"
        assert sheet.cell(4, 13).value is None  # Cleo: no index, an empty cell, not NaN
    else:
        records = json.loads(out.read_text(encoding="utf-8"))
        assert [r["account_manager"] for r in records] == ["Anna", "Ben", "Cleo", "(all)"]
        assert records[2]["misallocation"] is None and records[2]["load"] == pytest.approx(0.0)


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--capacity", "-5"], "--capacity: a capacity cannot be negative (-5)"),
        (["--capacity", "viel"], "--capacity: capacity 'viel' is not a number"),
        (["--capacity-of", "Zoe=100"], "--capacity-of: no account manager 'Zoe' in the list"),
        (["--capacity-of", "Anna=-1"], "--capacity-of: a capacity cannot be negative (-1)"),
        (["--cadence", "GROW=oft"], "--cadence: cadence 'oft' for GROW is not a number"),
        (["--cadence", "WOW=3"], "--cadence: 'WOW' is no cadence group"),
    ],
)
def test_plan_options_refused_with_one_line(visits_list: Path, tmp_path: Path, options, message) -> None:
    out = tmp_path / "team.csv"
    done = segmenter("team", visits_list, "-o", out, "--lang", "en", *options)
    assert done.returncode == 2
    assert message in done.stderr and "Traceback" not in done.stderr
    assert not out.exists()


def test_classify_adds_the_plan_columns(visits_list: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    done = segmenter(
        "classify",
        visits_list,
        "-o",
        out,
        "--sow-threshold",
        "0.5",
        "--kzi-threshold",
        "50",
        "--capacity",
        "20",
    )
    assert done.returncode == 0, done.stderr
    frame = pd.read_csv(out, dtype=str, keep_default_na=False).set_index("customer_name")
    assert frame.loc["Alpha", "effort"] == "2.0" or frame.loc["Alpha", "effort"] == "2"
    assert frame.loc["Alpha", "visits_planned"] in ("12", "12.0") and frame.loc["Alpha", "overflow"] == ""
    assert frame.loc["Delta", "overflow"] == "yes" and frame.loc["Delta", "visits_planned"] in ("0", "0.0")
    assert frame.loc["Iota", "visits_planned"] == "" and frame.loc["Iota", "service"] == ""
    # Potential p75 = 800, effort median 4, p75 8.25: Alpha, Delta and Eta (potential 800,
    # effort ≤ 4) are under-served; Beta and Theta (potential 200, effort ≥ 8.25) over-served.
    assert frame["service"].to_dict() == {
        "Alpha": "under",
        "Beta": "over",
        "Gamma": "",
        "Delta": "under",
        "Eta": "under",
        "Theta": "over",
        "Iota": "",
    }


def test_team_of_a_project_keeps_its_plan_settings(visits_list: Path, tmp_path: Path) -> None:
    project = tmp_path / "team.segmenter"
    from segmenter_app.core.importing.importer import load_customers
    from segmenter_app.core.model.document import CustomerDocument
    from segmenter_app.core.model.plan_settings import PlanSettings
    from segmenter_app.core.projects.project import save_project

    document = CustomerDocument(load_customers(visits_list))
    document.set_plan_settings(PlanSettings(capacity=40, capacity_of=(("Ben", 5),)))
    save_project(document, project, source_path=visits_list)
    out = tmp_path / "team.csv"
    done = segmenter("team", project, "-o", out, "--capacity", "50")
    assert done.returncode == 0, done.stderr
    rows = pd.read_csv(out).set_index("account_manager")
    assert rows.loc["Anna", "capacity"] == 50 and rows.loc["Ben", "capacity"] == 5
