"""``segmenter team`` and the plan options end to end, in a real process."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from openpyxl import load_workbook

from segmenter_app.core.outputs.team_output import TEAM_COLUMNS
from tests.command_line import segmenter

from .plan_reference import Customer, index, walk

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
    # Worth: Alpha (GROW) 800 untapped, Beta (MODEL) 0.5 × 200, Gamma (FIX) its revenue 800,
    # Delta (MOVE, potential 800 in the top quartile: prioritise) 0.5 × 800; Eta 800, Theta 100.
    assert rows.loc["Anna", "worth"] == 2100 and rows.loc["Ben", "worth"] == 900
    # Anna: demand is every maximum (all have worth): 12 + 5 + 8 + 6; her 20 visits all go:
    # the minimums, then by worth / n — walked one visit at a time by plan_reference.
    assert rows.loc["Anna", "capacity"] == 20 and rows.loc["Anna", "capacity_source"] == "team"
    assert rows.loc["Anna", "demand"] == 12 + 5 + 8 + 6
    anna = [
        Customer("Anna", 1, 800.0, 1, 12),  # Alpha, GROW (ties with Gamma: group order)
        Customer("Anna", 4, 100.0, 1, 5),  # Beta, MODEL
        Customer("Anna", 2, 800.0, 1, 8),  # Gamma, FIX
        Customer("Anna", 3, 400.0, 1, 6),  # Delta, MOVE·prioritise
    ]
    visits, _overflow = walk(anna, {"Anna": 20})
    assert rows.loc["Anna", "planned"] == sum(visits) == 20 and rows.loc["Anna", "overflow"] == 0
    assert float(rows.loc["Anna", "load"]) == pytest.approx(31 / 20)
    assert rows.loc["Ben", "capacity"] == 30 and rows.loc["Ben", "capacity_source"] == "manager"
    assert rows.loc["Ben", "planned"] == 17  # room for both maxima, 12 + 5
    assert rows.loc["Cleo", "classified"] == 0 and rows.loc["Cleo", "misallocation"] == ""
    assert rows.loc["(all)", "customers"] == 7 and rows.loc["(all)", "capacity"] == 70
    # Team index by hand: w = 800 100 800 400 800 100, e = 2 10 6 2 1 9.
    w = [800, 100, 800, 400, 800, 100]
    e = [2, 10, 6, 2, 1, 9]
    assert float(rows.loc["(all)", "misallocation"]) == pytest.approx(index(e, w), abs=1e-3)
    planned = [*visits, 12, 5]
    assert float(rows.loc["(all)", "misallocation_planned"]) == pytest.approx(index(planned, w), abs=1e-3)
    assert float(rows.loc["Anna", "misallocation_planned"]) == pytest.approx(index(visits, w[:4]), abs=1e-3)
    assert float(rows.loc["Anna", "effort_share"]) == pytest.approx(20 / 30, abs=1e-5)
    assert float(rows.loc["Anna", "worth_share"]) == pytest.approx(2100 / 3000, abs=1e-5)
    assert "Capacity 70 · demand 48 · 0 customers beyond capacity" in done.stderr
    assert "Misallocation: last period" in done.stderr and "→ plan" in done.stderr
    assert "no classified customer (Cleo)" in done.stderr
    # No output replaced without --force.
    again = segmenter("team", visits_list, "-o", out)
    assert again.returncode == 1 and "--force" in again.stderr


def test_team_takes_each_managers_capacity_from_the_visits_column(visits_list: Path, tmp_path: Path) -> None:
    out = tmp_path / "team.csv"
    done = segmenter("team", visits_list, "-o", out, "--lang", "en")
    assert done.returncode == 0, done.stderr
    rows = pd.read_csv(out, keep_default_na=False).set_index("account_manager")
    # "Besuche 2025" counts visits: each manager's capacity is what they made.
    assert rows.loc["Anna", "capacity"] == 2 + 10 + 6 + 2 and rows.loc["Anna", "capacity_source"] == "list"
    assert rows.loc["Ben", "capacity"] == 10 and rows.loc["Cleo", "capacity"] == 4
    assert rows.loc["(all)", "capacity"] == 34 and rows.loc["(all)", "capacity_source"] == "list"


@pytest.mark.parametrize("suffix", [".xlsx", ".json"])
def test_team_as_workbook_and_json(visits_list: Path, tmp_path: Path, suffix: str) -> None:
    out = tmp_path / f"team{suffix}"
    done = segmenter("team", visits_list, "-o", out, "--lang", "de", "-q")
    assert done.returncode == 0, done.stderr
    if suffix == ".xlsx":
        sheet = load_workbook(out)["team"]
        assert tuple(c.value for c in sheet[1]) == TEAM_COLUMNS
        assert sheet.cell(sheet.max_row, 1).value == "(all)"
        column = TEAM_COLUMNS.index("misallocation") + 1
        assert sheet.cell(4, column).value is None  # Cleo: no index, an empty cell, not NaN
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
        # Bounded (issue 26): 1e22 once planned nothing, 1e308 wrote inf.
        (["--capacity", "1e22"], "--capacity: a capacity of 1e22 visits a year is beyond sense"),
        (["--cadence", "GROW=1e308"], "--cadence: 1e308 visits a year for one GROW customer is beyond sense"),
        (["--maximum", "FIX=2.5"], "--maximum: visits are whole: '2.5' for FIX"),
        (["--minimum-visits", "-1"], "--minimum-visits: a minimum cannot be negative (-1)"),
        (["--weight", "GROW=1e308"], "--weight: a weight of 1e308 for GROW is beyond sense"),
        (["--weight", "SALE=1"], "--weight: 'SALE' is no group"),
        (["--priority", "size"], "--priority: 'size': the priority is by worth or by segment"),
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
        "5",
        "--minimum-visits",
        "2",
    )
    assert done.returncode == 0, done.stderr
    frame = pd.read_csv(out, dtype=str, keep_default_na=False).set_index("customer_name")
    assert frame.loc["Alpha", "effort"] == "2.0" or frame.loc["Alpha", "effort"] == "2"
    assert frame.loc["Alpha", "worth"] in ("800", "800.0") and frame.loc["Beta", "worth"] in ("100", "100.0")
    # Anna's 5: Alpha's and Gamma's minimums of 2 (worth 800 each), Delta's 2 do not fit,
    # Beta's neither; the one left goes to Alpha (800 / 3 beats Gamma's tie by priority).
    assert frame.loc["Alpha", "visits_planned"] in ("3", "3.0") and frame.loc["Alpha", "overflow"] == ""
    assert frame.loc["Gamma", "visits_planned"] in ("2", "2.0")
    assert frame.loc["Delta", "overflow"] == "yes" and frame.loc["Delta", "visits_planned"] in ("0", "0.0")
    # Unclassified: 0 visits (PRODUCT.md §6), no service judgement.
    assert frame.loc["Iota", "visits_planned"] in ("0", "0.0") and frame.loc["Iota", "service"] == ""
    # Worth p25 175, p75 800; effort median 4, p75 8.25: Alpha and Eta (worth 800, effort
    # ≤ 4) are under-served; Beta and Theta (worth 100, effort ≥ 8.25) over-served.
    assert frame["service"].to_dict() == {
        "Alpha": "under",
        "Beta": "over",
        "Gamma": "",
        "Delta": "",
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
    document.set_plan_settings(
        PlanSettings(capacity=40, capacity_of=(("Ben", 5),), weights=(("MODEL", 2.0),))
    )
    save_project(document, project, source_path=visits_list)
    out = tmp_path / "team.csv"
    done = segmenter("team", project, "-o", out, "--capacity", "50")
    assert done.returncode == 0, done.stderr
    rows = pd.read_csv(out).set_index("account_manager")
    assert rows.loc["Anna", "capacity"] == 50 and rows.loc["Ben", "capacity"] == 5
    # The project's weights stay: MODEL's 200 untapped count twice.
    classified = tmp_path / "classified.csv"
    assert segmenter("classify", project, "-o", classified).returncode == 0
    worth = pd.read_csv(classified).set_index("customer_name")["worth"]
    assert worth["Theta"] == 400


def test_the_newcomers_list_end_to_end_against_the_walk(tmp_path: Path) -> None:
    """Issue 21 as the lead checks it: the list a newcomer brought (title row, total
    row, "Besuche 2025", six managers, 300 customers) through ``segmenter classify`` and
    ``segmenter team``; every number recomputed here from the workbook's own cells and
    the plan walked visit by visit (``plan_reference``), not by the code under test."""
    from tests.newcomer_list import write_newcomer_list

    source = write_newcomer_list(tmp_path / "Kundenliste 2025.xlsx")
    classified, team = tmp_path / "classified.csv", tmp_path / "team.csv"
    assert segmenter("classify", source, "-o", classified, "-q").returncode == 0
    done = segmenter("team", source, "-o", team, "--lang", "de")
    assert done.returncode == 0, done.stderr
    # The workbook's own cells: amounts and visits per customer id (the total row left out).
    sheet = load_workbook(source).active
    cells = {
        row[0]: {"revenue": row[3], "wallet": row[4], "visits": row[6]}
        for row in sheet.iter_rows(min_row=3, values_only=True)
        if row[0]
    }
    assert len(cells) == 300
    frame = pd.read_csv(classified, dtype={"customer_id": str}, keep_default_na=False)
    assert len(frame) == 300
    weights = {"GROW": 1.0, "FIX": 1.0, "MOVE-prioritise": 0.5, "MODEL": 0.5, "MOVE-observe": 0.0}
    maxima = {"GROW": 12, "FIX": 8, "MOVE-prioritise": 6, "MODEL": 4, "MOVE-observe": 1}
    capacity: dict[str, float] = {}
    customers, worths, efforts = [], [], []
    for record in frame.itertuples():
        own = cells[record.customer_id]
        group = record.segment if record.segment != "MOVE" else f"MOVE-{record.move_triage}"
        value = own["revenue"] if record.segment == "FIX" else max(own["wallet"] - own["revenue"], 0)
        worth = weights[group] * value
        assert float(record.worth) == pytest.approx(worth, abs=0.01)
        capacity[record.account_manager] = capacity.get(record.account_manager, 0) + own["visits"]
        customers.append(Customer(record.account_manager, int(record.priority), worth, 1, maxima[group]))
        worths.append(worth)
        efforts.append(own["visits"])
    visits, overflow = walk(customers, {name: round(total) for name, total in capacity.items()})
    assert [float(v) for v in frame.visits_planned] == [float(v) for v in visits]
    assert [flag == "yes" for flag in frame.overflow] == overflow
    rows = pd.read_csv(team, keep_default_na=False).set_index("account_manager")
    names = [c.manager for c in customers]
    for name in capacity:
        mine = [i for i, manager in enumerate(names) if manager == name]
        assert (
            rows.loc[name, "capacity"] == round(capacity[name])
            and rows.loc[name, "capacity_source"] == "list"
        )
        assert rows.loc[name, "planned"] == sum(visits[i] for i in mine)
        demand = sum(customers[i].maximum if worths[i] > 0 else 1 for i in mine)
        assert rows.loc[name, "demand"] == demand
        assert float(rows.loc[name, "load"]) == pytest.approx(demand / round(capacity[name]), abs=1e-4)
        assert rows.loc[name, "overflow"] == sum(overflow[i] for i in mine)
        effort_index = index([efforts[i] for i in mine], [worths[i] for i in mine])
        plan_index = index([visits[i] for i in mine], [worths[i] for i in mine])
        assert float(rows.loc[name, "misallocation"]) == pytest.approx(effort_index, abs=1e-3)
        assert float(rows.loc[name, "misallocation_planned"]) == pytest.approx(plan_index, abs=1e-3)
    assert float(rows.loc["(all)", "misallocation"]) == pytest.approx(index(efforts, worths), abs=1e-3)
    assert float(rows.loc["(all)", "misallocation_planned"]) == pytest.approx(index(visits, worths), abs=1e-3)
    # The team's lines on stderr, in German: the index last period → plan and what it means.
    assert "Fehlallokation: letzter Zeitraum" in done.stderr and "→ Plan" in done.stderr
    assert "müsste zu anderen Kunden wandern" in done.stderr


def test_managers_are_listed_as_people_read_names(make_xlsx, tmp_path: Path) -> None:
    """Umlauts and ß as their base letters, case ignored, numbers as numbers: Özdemir
    between Müller and Weiß (code-point order put it last), Bezirk 2 before Bezirk 10."""
    from segmenter_app.core.model.collation import sorted_names

    names = ["Weiß", "Özdemir", "bauer", "Bezirk 10", "Zander", "Müller", "Bezirk 2", "Éva", "Baur"]
    # Each manager has as many customers as their place in ``names``: the counts say
    # that every customer stayed with their own manager.
    owners = [name for place, name in enumerate(names, start=1) for _ in range(place)]
    rows = [[str(i), f"Kunde {i}", name, 100 + i, 1000, 60] for i, name in enumerate(owners, start=1)]
    path = make_xlsx([HEADER[:6], *rows])
    out = tmp_path / "team.csv"
    done = segmenter("team", path, "-o", out, "--lang", "de")
    assert done.returncode == 0, done.stderr
    frame = pd.read_csv(out, keep_default_na=False)
    expected = ["bauer", "Baur", "Bezirk 2", "Bezirk 10", "Éva", "Müller", "Özdemir", "Weiß", "Zander"]
    assert frame.account_manager.tolist()[:-1] == expected
    counts = dict(zip(frame.account_manager, frame.customers))
    assert all(counts[name] == place for place, name in enumerate(names, start=1))
    assert sorted_names(reversed(expected)) == expected
    # Equal but for case and accents: a fixed order all the same.
    assert sorted_names(["muller", "Müller", "Muller"]) == sorted_names(["Muller", "muller", "Müller"])


def test_why_a_figure_is_empty_is_said_in_the_language(make_xlsx, tmp_path: Path) -> None:
    """No effort column: the German summary says "Aufwand: keine Aufwandsspalte …" (it
    said "effort: …" and "misallocation: …", the CSV's column names)."""
    path = make_xlsx([HEADER[:6], ["1", "Alpha", "Anna", 200, 1000, 90], ["2", "Beta", "Ben", 800, 1000, 10]])
    done = segmenter("team", path, "-o", tmp_path / "team.xlsx", "--lang", "de")
    assert done.returncode == 0, done.stderr
    assert "Aufwand: keine Aufwandsspalte" in done.stderr
    assert "effort:" not in done.stderr and "misallocation:" not in done.stderr
    # The overview's Team sheet says the same under its table.
    from segmenter_app.core.importing.importer import ImportOptions, load_customers
    from segmenter_app.core.model.document import CustomerDocument
    from segmenter_app.core.outputs.overview import export_overview

    document = CustomerDocument(load_customers(path, ImportOptions()))
    overview = export_overview(document, tmp_path / "Übersicht.xlsx", language="de")
    sheet = load_workbook(overview)["Team"]
    texts = [c.value for row in sheet.iter_rows() for c in row if isinstance(c.value, str)]
    assert any(text.startswith("– Aufwand: keine Aufwandsspalte") for text in texts), texts
    assert not any("effort:" in text or "misallocation:" in text for text in texts)
