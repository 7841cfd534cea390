"""The visit plan, the misallocation index and the service flags (PRODUCT.md §6)."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest

from segmenter_app.core.errors import PlanSettingError
from segmenter_app.core.importing.importer import load_customers
from segmenter_app.core.model import plan as vp
from segmenter_app.core.model import segmentation as sg
from segmenter_app.core.model.document import CustomerDocument
from segmenter_app.core.model.plan_settings import PlanSettings, settings_from_options

#: Fixed thresholds: SoW 50 %, KZI 50 points (scale 0–100), so each row's segment is
#: the one its values say.
FIXED = sg.Thresholds(sow=sg.Threshold("fixed", 0.5), kzi=sg.Threshold("fixed", 50.0))
#: (revenue, wallet, KZI) that put a customer in a segment; wallet 100 → potential 80
#: for GROW and MOVE, 20 for MODEL and FIX.
SHAPES = {
    "GROW": (20, 100, 80),
    "MODEL": (80, 100, 80),
    "FIX": (80, 100, 20),
    "MOVE": (20, 100, 20),
}


def team_csv(path: Path, customers: list[tuple], *, effort: bool = True) -> Path:
    """customers: (id, manager, segment or (revenue, wallet, kzi), effort)."""
    header = "Kundennummer;Kunde;Außendienst;Umsatz;Einkaufsvolumen;KZI (0-100)" + (
        ";Besuche 2025" if effort else ""
    )
    lines = [header]
    for customer_id, manager, shape, visits in customers:
        revenue, wallet, kzi = SHAPES[shape] if isinstance(shape, str) else shape
        cells = [str(customer_id), f"Kunde {customer_id}", manager, str(revenue), str(wallet), str(kzi)]
        if effort:
            cells.append("" if visits is None else str(visits))
        lines.append(";".join(cells))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def document_of(path: Path, **settings) -> CustomerDocument:
    document = CustomerDocument(load_customers(path), thresholds=FIXED)
    if settings:
        document.set_plan_settings(PlanSettings(**settings))
    return document


def test_textbook_workload_vector(tmp_path: Path) -> None:
    """1,000 customers × 36 calls + 2,000 × 12 = 60,000 calls; at 1,000 calls per
    salesperson a year that is 60 salespeople."""
    customers = [(i, "Team", "GROW", None) for i in range(1000)]
    customers += [(1000 + i, "Team", "MODEL", None) for i in range(2000)]
    document = document_of(
        team_csv(tmp_path / "book.csv", customers, effort=False),
        capacity=1000,
        cadence=(("GROW", 36), ("MODEL", 12)),
    )
    plan = document.plan
    team = plan.team
    assert team.demand == 60_000
    assert team.load == pytest.approx(60.0)  # salespeople needed at 1,000 calls each
    # First fit: 27 GROW customers (972 calls), then 2 MODEL customers in the 28 left.
    assert team.planned == 27 * 36 + 2 * 12
    assert team.overflow == (1000 - 27) + (2000 - 2)
    assert plan.figures("Team").overflow == team.overflow


def test_first_fit_lets_a_later_small_cadence_in(tmp_path: Path) -> None:
    # Priority order GROW (12), FIX (8), MOVE·observe (1); capacity 15.
    customers = [
        (1, "Anna", "GROW", 3),
        (2, "Anna", "FIX", 3),
        (3, "Anna", (20, 100, 20), 3),  # MOVE, potential 80: top quartile, prioritise
        (4, "Anna", (5, 40, 20), 3),  # MOVE, potential 35: observe
        (5, "Ben", "MODEL", 1),
    ]
    document = document_of(team_csv(tmp_path / "team.csv", customers), capacity=15)
    plan = document.plan
    segments = document.result.segment
    assert segments.tolist() == [sg.GROW, sg.FIX, sg.MOVE, sg.MOVE, sg.MODEL]
    triage = document.result.triage
    assert triage[2] == sg.PRIORITISE and triage[3] == sg.OBSERVE
    # GROW 12 fits (3 left); FIX 8 does not; MOVE·prioritise 6 does not; MOVE·observe 1 does.
    assert plan.planned.tolist() == [12, 0, 0, 1, 4]
    assert plan.overflow.tolist() == [False, True, True, False, False]
    anna = plan.figures("Anna")
    assert (anna.demand, anna.planned, anna.overflow) == (12 + 8 + 6 + 1, 13, 2)
    assert anna.load == pytest.approx(27 / 15)
    # Ben has 11 visits to spare: he could take the FIX customer (8) and the MOVE one (6).
    assert plan.suggestions(1, document.prepared.manager_codes) == [("Ben", 11.0)]
    assert plan.suggestions(0, document.prepared.manager_codes) == []


def test_pinned_customer_is_planned_first_and_a_capacity_of_one_manager(tmp_path: Path) -> None:
    customers = [(1, "Anna", "GROW", 1), (2, "Anna", "GROW", 1), (3, "Anna", "MODEL", 1)]
    document = document_of(team_csv(tmp_path / "pins.csv", customers))
    document.set_plan_settings(document.plan_settings.with_capacity_of("Anna", 12))
    document.set_pinned(2, True)
    plan = document.plan
    assert plan.planned.tolist() == [0, 0, 4]  # the pinned MODEL takes 4, no GROW fits 8
    assert plan.figures("Anna").capacity == 12
    document.undo_stack.undo()  # the pin
    assert document.plan.planned.tolist() == [12, 0, 0]
    document.undo_stack.undo()  # the capacity
    assert document.plan.figures("Anna").capacity == 200
    assert document.plan.planned.tolist() == [12, 12, 4]


def test_capacity_zero_gives_an_empty_load_with_its_reason(tmp_path: Path) -> None:
    document = document_of(team_csv(tmp_path / "zero.csv", [(1, "Anna", "GROW", 1)]), capacity=0)
    figures = document.plan.figures("Anna")
    assert math.isnan(figures.load) and figures.load_reason == vp.NO_CAPACITY
    assert figures.overflow == 1 and figures.planned == 0


def test_index_is_zero_when_effort_is_in_proportion_to_potential(tmp_path: Path) -> None:
    # Potentials 80, 20, 80, 20 (GROW, MODEL, MOVE, FIX); effort 8, 2, 8, 2.
    customers = [(1, "A", "GROW", 8), (2, "A", "MODEL", 2), (3, "B", "MOVE", 8), (4, "B", "FIX", 2)]
    plan = document_of(team_csv(tmp_path / "fair.csv", customers)).plan
    assert plan.team.misallocation == pytest.approx(0.0)
    assert plan.figures("A").misallocation == pytest.approx(0.0)
    assert plan.shares.effort.tolist() == pytest.approx(plan.shares.potential.tolist())


def test_index_is_100_when_all_effort_is_where_there_is_no_potential(tmp_path: Path) -> None:
    # Customer 2 spends its whole wallet with us (potential 0) and gets all the visits.
    customers = [(1, "A", "GROW", 0), (2, "A", (100, 100, 80), 20), (3, "A", "MOVE", 0)]
    plan = document_of(team_csv(tmp_path / "unfair.csv", customers)).plan
    assert plan.team.misallocation == pytest.approx(100.0)
    assert plan.figures("A").misallocation == pytest.approx(100.0)


def test_index_between_the_limits_by_hand(tmp_path: Path) -> None:
    # p = 80, 20 → 0.8, 0.2; e = 1, 1 → 0.5, 0.5; ½ (0.3 + 0.3) = 30 %.
    customers = [(1, "A", "GROW", 1), (2, "A", "MODEL", 1)]
    assert document_of(team_csv(tmp_path / "half.csv", customers)).plan.team.misallocation == pytest.approx(
        30.0
    )


@pytest.mark.parametrize(
    ("efforts", "reason"),
    [
        ((None, None, None), vp.NO_EFFORT_KNOWN),
        ((5, None, None), vp.ONE_EFFORT_KNOWN),
        ((0, 0, 0), vp.NO_EFFORT),
    ],
)
def test_effort_known_for_nobody_or_one_gives_a_reason_not_a_number(tmp_path: Path, efforts, reason) -> None:
    customers = [(i, "A", "GROW", e) for i, e in enumerate(efforts)]
    plan = document_of(team_csv(tmp_path / "few.csv", customers)).plan
    assert math.isnan(plan.team.misallocation) and plan.team.misallocation_reason == reason
    assert plan.service_reason == reason and not plan.service.any()
    assert np.isnan(plan.shares.effort).all() and plan.shares.effort_reason == reason


def test_all_potential_zero_and_no_effort_column(tmp_path: Path) -> None:
    customers = [(1, "A", (100, 100, 80), 3), (2, "A", (100, 100, 20), 4)]
    plan = document_of(team_csv(tmp_path / "full.csv", customers)).plan
    assert plan.team.misallocation_reason == vp.NO_POTENTIAL and math.isnan(plan.team.misallocation)
    assert plan.shares.potential_reason == vp.NO_POTENTIAL and np.isnan(plan.shares.potential).all()
    no_column = document_of(team_csv(tmp_path / "plain.csv", customers, effort=False)).plan
    assert not no_column.has_effort and no_column.team.misallocation_reason == vp.NO_EFFORT_COLUMN
    # The plan itself needs no effort.
    assert no_column.planned.tolist() == [4, 8]


def test_all_unclassified_manager(tmp_path: Path) -> None:
    customers = [(1, "A", "GROW", 3), (2, "A", "MOVE", 5), (3, "B", (10, 100, ""), 2)]
    plan = document_of(team_csv(tmp_path / "unclassified.csv", customers)).plan
    b = plan.figures("B")
    assert (b.classified, b.demand, b.planned, b.overflow) == (0, 0, 0, 0)
    assert math.isnan(b.misallocation) and b.misallocation_reason == vp.NO_CLASSIFIED
    assert math.isnan(b.effort)


def test_service_flags_at_percentile_ties(tmp_path: Path) -> None:
    # Potentials 80 80 80 20 20 (p25 = 20, p75 = 80); effort 2 4 4 4 9: median 4, p75 4.
    customers = [
        (1, "A", "GROW", 2),  # p 80 ≥ p75, e 2 ≤ median: under-served
        (2, "A", "GROW", 4),  # e 4 = median: still under-served (equal counts)
        (3, "A", "MOVE", 4),  # same
        (4, "A", "MODEL", 4),  # p 20 ≤ p25 and e 4 ≥ p75 (= 4): over-served
        (5, "A", "FIX", 9),  # over-served
    ]
    plan = document_of(team_csv(tmp_path / "ties.csv", customers)).plan
    assert plan.cuts == pytest.approx((20.0, 80.0, 4.0, 4.0))
    assert [vp.SERVICE_NAMES[int(s)] for s in plan.service] == ["under", "under", "under", "over", "over"]


def test_unknown_effort_and_negative_effort_refused_on_import(tmp_path: Path) -> None:
    path = tmp_path / "refused.csv"
    path.write_text(
        "Kunde;Außendienst;Umsatz;Einkaufsvolumen;KZI (0-100);Besuche 2025\n"
        "A;Anna;20;100;80;-3\nB;Anna;20;100;80;viele\nC;Anna;20;100;80;7\nD;Anna;20;100;80;\n",
        encoding="utf-8",
    )
    imported = load_customers(path)
    assert imported.report.mapping["effort"] == "Besuche 2025"
    issues = {(p.row, p.code, p.role, p.column) for p in imported.report.problems}
    assert (2, "negative", "effort", "Besuche 2025") in issues
    assert (3, "not_a_number", "effort", "Besuche 2025") in issues
    effort = imported.table["effort"].to_numpy()
    assert np.isnan(effort[[0, 1, 3]]).all() and effort[2] == 7


def test_plan_settings_are_refused_with_a_code() -> None:
    with pytest.raises(PlanSettingError) as negative:
        PlanSettings(capacity=-1)
    assert negative.value.code == "capacity_negative"
    with pytest.raises(PlanSettingError) as text:
        settings_from_options(None, [], ["GROW=oft"], ["Anna"])
    assert text.value.code == "cadence_not_a_number"
    with pytest.raises(PlanSettingError) as unknown:
        settings_from_options(None, ["Zoe=100"], [], ["Anna"])
    assert unknown.value.code == "unknown_manager"
    with pytest.raises(PlanSettingError) as key:
        settings_from_options(None, [], ["SUPER=3"], ["Anna"])
    assert key.value.code == "cadence_unknown_key"
    settings = settings_from_options("150", ["Anna=90,5"], ["move-observe=2"], ["Anna"])
    assert settings.capacity == 150 and settings.capacity_for("Anna") == 90.5
    assert settings.cadence_of("MOVE-observe") == 2 and settings.cadence_of("GROW") == 12
    assert PlanSettings.from_json(settings.to_json()) == settings
    assert PlanSettings.from_json(None) == PlanSettings()


def test_plan_settings_survive_save_reopen_and_an_update(tmp_path: Path) -> None:
    from segmenter_app.core.projects.project import open_project, save_project
    from segmenter_app.core.projects.updating import apply_update, compare

    path = team_csv(tmp_path / "list.csv", [(1, "Anna", "GROW", 3), (2, "Ben", "FIX", 1)])
    document = document_of(path)
    document.set_plan_settings(PlanSettings(capacity=150, capacity_of=(("Ben", 80),), cadence=(("FIX", 10),)))
    project = tmp_path / "team.segmenter"
    save_project(document, project, source_path=path)
    reopened = open_project(project).document
    assert reopened.plan_settings == document.plan_settings
    assert reopened.plan.figures("Ben").demand == 10
    newer = load_customers(team_csv(tmp_path / "newer.csv", [(1, "Anna", "GROW", 5), (3, "Ben", "FIX", 2)]))
    updated = apply_update(reopened, newer, compare(reopened, newer))
    assert updated.plan_settings == document.plan_settings
    assert updated.plan.figures("Ben").capacity == 80


def test_replan_follows_the_ranks_during_a_drag(tmp_path: Path) -> None:
    customers = [(i, "A", (20 + i, 100, 80), 1) for i in range(4)]
    document = document_of(team_csv(tmp_path / "drag.csv", customers), capacity=24)
    before = document.plan
    assert before.planned.tolist() == [12, 12, 0, 0]
    # The SoW line dragged left of every customer: all MODEL, but the ranks wait …
    document.drag_thresholds(0.1, 50.0, rank=False)
    assert document.plan is before
    # … until the mouse rests and the window re-ranks: then the plan follows.
    document.drag_thresholds(0.1, 50.0)
    assert document.plan is not before
    assert document.plan.planned.tolist() == [4, 4, 4, 4]


def test_plan_settings_reach_the_recovery_journal(tmp_path: Path) -> None:
    from segmenter_app.core.projects.recovery import RecoveryJournal
    from segmenter_app.core.projects.restore import find_recoveries, recover

    path = team_csv(tmp_path / "list.csv", [(1, "Anna", "GROW", 3), (2, "Ben", "FIX", 1)])
    document = document_of(path)
    folder = tmp_path / "recovery"
    folder.mkdir()
    journal = RecoveryJournal(folder, document, source_path=path)
    document.set_plan_settings(document.plan_settings.with_capacity_of("Ben", 7).with_cadence("FIX", 9))
    journal.close()  # as a crash would leave it
    [found] = find_recoveries(folder)
    recovered = recover(found.path).document
    assert recovered.plan_settings == document.plan_settings
    assert recovered.plan.figures("Ben").overflow == 1  # FIX 9 does not fit in 7


def test_each_managers_workbook_has_planned_visits_overflow_and_the_capacity_line(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from segmenter_app.core.outputs.export_jobs import export_workbooks

    customers = [
        (1, "Anna", "GROW", 3),
        (2, "Anna", "FIX", 1),
        (3, "Anna", "MOVE", 0),
        (4, "Anna", (20, 100, ""), 1),
    ]
    document = document_of(team_csv(tmp_path / "list.csv", customers), capacity=20)
    export_workbooks(document, tmp_path / "out", language="en")
    sheet = load_workbook(tmp_path / "out" / "Anna.xlsx").worksheets[0]
    header = next(r for r in range(1, 12) if sheet.cell(r, 1).value == "Priority")
    titles = [str(c.value or "").replace("\n", " ") for c in sheet[header]]
    column = titles.index("Visits a year") + 1
    visits = [sheet.cell(header + 1 + i, column).value for i in range(4)]
    # GROW 12 and FIX 8 fill the 20; MOVE·prioritise 6 is beyond capacity; unclassified empty.
    assert visits == [12, 8, "over cap.", None]
    texts = [sheet.cell(r, 5).value for r in range(header + 5, sheet.max_row + 1)]
    assert "Capacity 20 · demand 26 · 1 customers beyond capacity" in texts
