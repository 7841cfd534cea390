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

from .plan_reference import Customer, index, walk

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
        maximum=(("GROW", 36), ("MODEL", 12)),
    )
    plan = document.plan
    team = plan.team
    assert team.demand == 60_000
    assert team.load == pytest.approx(60.0)  # salespeople needed at 1,000 calls each
    # The minimums in priority order: the 1,000 GROW customers (worth 80 each) take the
    # 1,000 visits; the MODEL customers (worth 0.5 × 20) are beyond capacity.
    assert team.planned == 1000 and team.capacity_source == "team"
    assert team.overflow == 2000
    assert plan.figures("Team").overflow == team.overflow


def test_minimums_first_fit_lets_a_later_small_minimum_in(tmp_path: Path) -> None:
    # Worth: GROW 80, FIX 80 (its revenue), MOVE·prioritise 0.5 × 80, MOVE·observe 0.
    customers = [
        (1, "Anna", "GROW", 3),
        (2, "Anna", "FIX", 3),
        (3, "Anna", (20, 100, 20), 3),  # MOVE, potential 80: top quartile, prioritise
        (4, "Anna", (5, 40, 20), 3),  # MOVE, potential 35: observe
        (5, "Ben", "MODEL", 1),
    ]
    document = document_of(team_csv(tmp_path / "team.csv", customers), capacity=5, minimum=2)
    plan = document.plan
    segments = document.result.segment
    assert segments.tolist() == [sg.GROW, sg.FIX, sg.MOVE, sg.MOVE, sg.MODEL]
    triage = document.result.triage
    assert triage[2] == sg.PRIORITISE and triage[3] == sg.OBSERVE
    assert plan.worth.tolist() == pytest.approx([80, 80, 40, 0, 10])
    # Anna: GROW 2 (3 left), FIX 2 (1 left), MOVE·prioritise's 2 do not fit; MOVE·observe's
    # maximum of 1 caps its minimum: it fits.  Ben: MODEL 2, then 2 more (worth 10 > 0).
    assert plan.planned.tolist() == [2, 2, 0, 1, 4]
    assert plan.overflow.tolist() == [False, False, True, False, False]
    anna = plan.figures("Anna")
    # Demand: the maximum where there is worth, the minimum where there is none.
    assert (anna.demand, anna.planned, anna.overflow) == (12 + 8 + 6 + 1, 5, 1)
    assert anna.load == pytest.approx(27 / 5)
    # Ben's minimums take 2 of his 5: 3 to spare for the MOVE customer's 2.
    assert plan.suggestions(2, document.prepared.manager_codes) == [("Ben", 3.0)]
    assert plan.suggestions(0, document.prepared.manager_codes) == []


def test_pinned_customer_is_planned_first_and_a_capacity_of_one_manager(tmp_path: Path) -> None:
    customers = [(1, "Anna", "GROW", 1), (2, "Anna", "GROW", 1), (3, "Anna", "MODEL", 1)]
    document = document_of(team_csv(tmp_path / "pins.csv", customers))
    assert document.plan.figures("Anna").capacity == 3  # the visits of "Besuche 2025"
    document.set_plan_settings(document.plan_settings.with_capacity_of("Anna", 2))
    assert document.plan.planned.tolist() == [1, 1, 0]
    document.set_pinned(2, True)
    plan = document.plan
    assert plan.planned.tolist() == [1, 0, 1]  # the pinned MODEL's minimum comes first
    assert plan.figures("Anna").capacity == 2 and plan.figures("Anna").capacity_source == "manager"
    document.undo_stack.undo()  # the pin
    assert document.plan.planned.tolist() == [1, 1, 0]
    document.undo_stack.undo()  # the capacity
    assert document.plan.figures("Anna").capacity_source == "list"
    assert document.plan.planned.tolist() == [1, 1, 1]


def test_visits_follow_worth_not_the_segment(tmp_path: Path) -> None:
    """The issue's case: a GROW customer with 5.6 k€ untapped got 12 visits and a MOVE
    customer with 1.07 M€ none.  Now the large one comes first and gets more."""
    customers = [
        (1, "Anna", (5_000, 10_600, 80), 12),  # GROW, 5,600 untapped
        (2, "Anna", (100, 1_070_100, 20), 0),  # MOVE·prioritise, 1.07 M untapped
        (3, "Anna", (9_000, 10_000, 20), 2),  # FIX, 9,000 revenue at risk
        (4, "Anna", (10, 100, 20), 1),  # MOVE·observe
    ]
    document = document_of(team_csv(tmp_path / "issue.csv", customers), capacity=12)
    plan, result = document.plan, document.result
    assert result.priority.tolist() == [3, 1, 2, 4]
    # Minimums 4, then 8 visits by worth: 535,000 / n beats 9,000 and 5,600 every time
    # up to MOVE·prioritise's maximum of 6; then FIX's 4,500 and 3,000, GROW's 2,800.
    assert plan.planned.tolist() == [2, 6, 3, 1]
    assert plan.planned.tolist() == walk_document(document)[0]


def test_a_visit_worth_nothing_is_not_planned(tmp_path: Path) -> None:
    # Both spend their whole wallet with us: worth 0; the minimum only, the rest spare.
    customers = [(1, "A", (100, 100, 80), 3), (2, "A", (50, 50, 90), 4)]
    plan = document_of(team_csv(tmp_path / "full.csv", customers)).plan
    assert plan.planned.tolist() == [1, 1]
    figures = plan.figures("A")
    assert (figures.capacity, figures.demand, figures.planned, figures.spare) == (7, 2, 2, 5)
    assert math.isnan(figures.misallocation) and figures.misallocation_reason == vp.NO_WORTH
    assert figures.misallocation_planned_reason == vp.NO_WORTH


def test_capacity_zero_gives_an_empty_load_with_its_reason(tmp_path: Path) -> None:
    document = document_of(team_csv(tmp_path / "zero.csv", [(1, "Anna", "GROW", 1)]), capacity=0)
    figures = document.plan.figures("Anna")
    assert math.isnan(figures.load) and figures.load_reason == vp.NO_CAPACITY
    assert figures.overflow == 1 and figures.planned == 0
    assert figures.misallocation_planned_reason == vp.NO_PLANNED


def test_capacity_comes_from_the_visits_the_list_says_each_manager_made(tmp_path: Path) -> None:
    customers = [
        (1, "Anna", "GROW", 3.4),
        (2, "Anna", "FIX", 4),
        (3, "Anna", (20, 100, ""), 2),  # unclassified: Anna still made these visits
        (4, "Ben", "MODEL", None),  # Ben's visits are unknown: the default
        (5, "Cleo", "MOVE", 0),  # Cleo made none (new to the team): the default
    ]
    path = team_csv(tmp_path / "visits.csv", customers)
    plan = document_of(path).plan
    anna, ben, cleo = (plan.figures(name) for name in ("Anna", "Ben", "Cleo"))
    assert (anna.capacity, anna.capacity_source) == (9, "list")  # 9.4 rounded
    assert (ben.capacity, ben.capacity_source) == (200, "default")
    assert (cleo.capacity, cleo.capacity_source) == (200, "default")
    assert plan.effort_label == "Besuche 2025" and plan.effort_unit == "visits"
    assert plan.team.capacity == 409 and plan.team.capacity_source == ""
    # The team's capacity set, and one manager's own, come before the list.
    document = document_of(path, capacity=50, capacity_of=(("Anna", 20),))
    assert [(f.capacity, f.capacity_source) for f in document.plan.rows] == [
        (20, "manager"),
        (50, "team"),
        (50, "team"),
    ]
    # Hours are no visits: the default, and the unit says so.
    hours = tmp_path / "hours.csv"
    hours.write_text(path.read_text(encoding="utf-8").replace("Besuche 2025", "Betreuungsstunden"), "utf-8")
    plan = document_of(hours).plan
    assert plan.effort_unit == "hours" and plan.figures("Anna").capacity_source == "default"


def test_index_is_zero_when_effort_is_in_proportion_to_worth(tmp_path: Path) -> None:
    # Worth 80 (GROW), 0.5 × 20 (MODEL), 0.5 × 80 (MOVE·prioritise), 80 (FIX); effort 8, 1, 4, 8.
    customers = [(1, "A", "GROW", 8), (2, "A", "MODEL", 1), (3, "B", "MOVE", 4), (4, "B", "FIX", 8)]
    plan = document_of(team_csv(tmp_path / "fair.csv", customers)).plan
    assert plan.worth.tolist() == pytest.approx([80, 10, 40, 80])
    assert plan.team.misallocation == pytest.approx(0.0)
    assert plan.figures("A").misallocation == pytest.approx(0.0)
    assert plan.shares.effort.tolist() == pytest.approx(plan.shares.worth.tolist())


def test_index_is_100_when_all_effort_is_where_nothing_is_at_stake(tmp_path: Path) -> None:
    # Customer 2 spends its whole wallet with us (worth 0) and gets all the visits.
    customers = [(1, "A", "GROW", 0), (2, "A", (100, 100, 80), 20), (3, "A", "MOVE", 0)]
    plan = document_of(team_csv(tmp_path / "unfair.csv", customers)).plan
    assert plan.team.misallocation == pytest.approx(100.0)
    assert plan.figures("A").misallocation == pytest.approx(100.0)


def test_index_of_effort_and_of_the_plan_by_hand(tmp_path: Path) -> None:
    # Worth 80 and 0.5 × 20 → 8/9, 1/9; effort 1, 1 → ½ (|½ − 8/9| + |½ − 1/9|) = 38.9 %.
    customers = [(1, "A", "GROW", 1), (2, "A", "MODEL", 1)]
    plan = document_of(team_csv(tmp_path / "half.csv", customers), capacity=9).plan
    assert plan.team.misallocation == pytest.approx(50 * (abs(0.5 - 8 / 9) + abs(0.5 - 1 / 9)))
    # The plan: 1 + 1, then 7 by worth: GROW's 40, 26.7, 20, 16, 13.3, 11.4 and 10 (80/8)
    # against MODEL's 5: GROW 8, MODEL 1 — in proportion, index 0.
    assert plan.planned.tolist() == [8, 1]
    assert plan.team.misallocation_planned == pytest.approx(0.0)
    assert plan.figures("A").misallocation_planned == pytest.approx(0.0)
    assert plan.team.misallocation_planned == pytest.approx(index([8, 1], [80, 10]))


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
    # The plan's own index needs no effort.
    assert plan.team.misallocation_planned_reason is None


def test_nothing_at_stake_and_no_effort_column(tmp_path: Path) -> None:
    customers = [(1, "A", (100, 100, 80), 3), (2, "A", (50, 50, 90), 4)]
    plan = document_of(team_csv(tmp_path / "full.csv", customers)).plan
    assert plan.team.misallocation_reason == vp.NO_WORTH and math.isnan(plan.team.misallocation)
    assert plan.shares.worth_reason == vp.NO_WORTH and np.isnan(plan.shares.worth).all()
    customers = [(1, "A", "GROW", 3), (2, "A", "FIX", 4)]
    no_column = document_of(team_csv(tmp_path / "plain.csv", customers, effort=False)).plan
    assert not no_column.has_effort and no_column.team.misallocation_reason == vp.NO_EFFORT_COLUMN
    # The plan itself needs no effort: 200 visits, GROW and FIX each to the maximum.
    assert no_column.planned.tolist() == [12, 8]
    assert no_column.figures("A").capacity_source == "default"


def test_all_unclassified_manager(tmp_path: Path) -> None:
    customers = [(1, "A", "GROW", 3), (2, "A", "MOVE", 5), (3, "B", (10, 100, ""), 2)]
    plan = document_of(team_csv(tmp_path / "unclassified.csv", customers)).plan
    b = plan.figures("B")
    assert (b.classified, b.demand, b.planned, b.overflow) == (0, 0, 0, 0)
    assert math.isnan(b.misallocation) and b.misallocation_reason == vp.NO_CLASSIFIED
    assert b.misallocation_planned_reason == vp.NO_CLASSIFIED
    assert math.isnan(b.effort)


def test_service_flags_at_percentile_ties_and_the_largest_moves(tmp_path: Path) -> None:
    # Worth 80 80 80 10 10 (p25 = 10, p75 = 80); effort 2 4 4 4 9: median 4, p75 4.
    customers = [
        (1, "A", "GROW", 2),  # w 80 ≥ p75, e 2 ≤ median: under-served
        (2, "B", "GROW", 4),  # e 4 = median: still under-served (equal counts)
        (3, "A", "FIX", 4),  # same (FIX: its revenue, 80)
        (4, "A", "MODEL", 4),  # w 10 ≤ p25 and e 4 ≥ p75 (= 4): over-served
        (5, "A", "MODEL", 9),  # over-served
    ]
    plan = document_of(team_csv(tmp_path / "ties.csv", customers)).plan
    assert plan.cuts == pytest.approx((10.0, 80.0, 4.0, 4.0))
    assert [vp.SERVICE_NAMES[int(s)] for s in plan.service] == ["under", "under", "under", "over", "over"]
    assert (plan.figures("A").under, plan.figures("A").over, plan.team.under) == (2, 2, 3)
    # The largest moves: under-served by worth (ties by row).
    assert plan.moves.tolist() == [0, 1, 2]


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
        settings_from_options(["Anna"], cadence=["GROW=oft"])
    assert text.value.code == "cadence_not_a_number" and text.value.params["option"] == "--cadence"
    with pytest.raises(PlanSettingError) as unknown:
        settings_from_options(["Anna"], capacity_of=["Zoe=100"])
    assert unknown.value.code == "unknown_manager" and unknown.value.params["option"] == "--capacity-of"
    with pytest.raises(PlanSettingError) as key:
        settings_from_options(["Anna"], cadence=["SUPER=3"])
    assert key.value.code == "cadence_unknown_key"
    settings = settings_from_options(
        ["Anna"],
        capacity="150",
        capacity_of=["Anna=90,5"],
        cadence=["move-observe=2"],
        maximum=["MODEL=5"],
        minimum="2",
        weight=["MOVE·observe=0,25", "fix=2"],
        priority="segment",
    )
    assert settings.capacity == 150 and settings.capacity_for("Anna") == 90.5
    assert settings.maximum_of("MOVE-observe") == 2 and settings.maximum_of("GROW") == 12
    assert settings.maximum_of("MODEL") == 5 and settings.minimum == 2
    assert settings.weight_of("MOVE-observe") == 0.25 and settings.weight_of("FIX") == 2
    assert settings.priority == "segment" and settings.ranking.by == sg.SEGMENT_FIRST
    assert settings.minimum_by_group() == (2, 2, 2, 2, 2)
    assert PlanSettings(maximum=(("MOVE-observe", 0),)).minimum_by_group()[4] == 0
    assert PlanSettings.from_json(settings.to_json()) == settings
    assert PlanSettings.from_json(None) == PlanSettings()


@pytest.mark.parametrize(
    ("options", "code", "option"),
    [
        ({"capacity": "1e22"}, "capacity_too_large", "--capacity"),
        ({"capacity": "inf"}, "capacity_not_a_number", "--capacity"),
        ({"capacity_of": ["Anna=1e9"]}, "capacity_too_large", "--capacity-of"),
        ({"cadence": ["GROW=1e308"]}, "cadence_too_large", "--cadence"),
        ({"cadence": ["GROW=2.5"]}, "cadence_not_whole", "--cadence"),
        ({"maximum": ["GROW=366"]}, "maximum_too_large", "--maximum"),
        ({"maximum": ["GROW=-1"]}, "maximum_negative", "--maximum"),
        ({"maximum": ["GROW"]}, "maximum_assignment", "--maximum"),
        ({"minimum": "1000"}, "minimum_too_large", "--minimum-visits"),
        ({"minimum": "nan"}, "minimum_not_a_number", "--minimum-visits"),
        ({"weight": ["GROW=1e308"]}, "weight_too_large", "--weight"),
        ({"weight": ["GROW=-0.5"]}, "weight_negative", "--weight"),
        ({"weight": ["WOW=1"]}, "weight_unknown_key", "--weight"),
        ({"priority": "alphabet"}, "priority_unknown", "--priority"),
    ],
)
def test_plan_options_are_bounded(options, code, option) -> None:
    """Issue 26: ``--capacity 1e22`` once planned nothing and ``--cadence GROW=1e308``
    wrote ``inf``; every plan option is refused beyond sensible limits, naming itself."""
    from segmenter_app.core.text.plan_texts import setting_error_text

    with pytest.raises(PlanSettingError) as refused:
        settings_from_options(["Anna"], **options)
    assert refused.value.code == code and refused.value.params["option"] == option
    message = setting_error_text(refused.value, "en")
    assert "{" not in message and message != code


def test_a_second_round_project_reads_its_cadence_and_default_capacity() -> None:
    old = {"capacity": 200.0, "capacity_of": [["Ben", 80.0]], "cadence": {"GROW": 12.0, "FIX": 2.5}}
    settings = PlanSettings.from_json(old)
    # Its 200 was the default then: now the list's visits (or 200) stand in for it.
    assert settings.capacity is None and settings.capacity_for("Ben") == 80
    assert settings.maximum_of("FIX") == 2 and settings.maximum_of("GROW") == 12
    assert settings.weights == PlanSettings().weights and settings.priority == "worth"
    chosen = PlanSettings.from_json({**old, "capacity": 150.0})
    assert chosen.capacity == 150


def test_plan_settings_survive_save_reopen_and_an_update(tmp_path: Path) -> None:
    from segmenter_app.core.projects.project import open_project, save_project
    from segmenter_app.core.projects.updating import apply_update, compare

    path = team_csv(tmp_path / "list.csv", [(1, "Anna", "GROW", 3), (2, "Ben", "FIX", 1)])
    document = document_of(path)
    document.set_plan_settings(
        PlanSettings(
            capacity=150,
            capacity_of=(("Ben", 80),),
            maximum=(("FIX", 10),),
            minimum=2,
            weights=(("FIX", 3.0),),
            priority="segment",
        )
    )
    project = tmp_path / "team.segmenter"
    save_project(document, project, source_path=path)
    reopened = open_project(project).document
    assert reopened.plan_settings == document.plan_settings
    assert reopened.plan.figures("Ben").demand == 10
    assert reopened.result.worth[1] == pytest.approx(3 * 80)
    newer = load_customers(team_csv(tmp_path / "newer.csv", [(1, "Anna", "GROW", 5), (3, "Ben", "FIX", 2)]))
    updated = apply_update(reopened, newer, compare(reopened, newer))
    assert updated.plan_settings == document.plan_settings
    assert updated.plan.figures("Ben").capacity == 80


def test_weights_and_the_priority_order_rerank_as_one_undo_step(tmp_path: Path) -> None:
    customers = [(1, "A", "GROW", 1), (2, "A", "MOVE", 1), (3, "A", (5, 40, 20), 1), (4, "A", "MODEL", 1)]
    document = document_of(team_csv(tmp_path / "weights.csv", customers), capacity=3)
    changes = []
    document.changed.connect(changes.append)
    # GROW 80, MOVE·prioritise 40, MODEL 10, MOVE·observe 0: MODEL's minimum is the last that fits.
    assert document.result.priority.tolist() == [1, 2, 4, 3]
    assert document.plan.overflow.tolist() == [False, False, True, False]
    document.set_plan_settings(document.plan_settings.with_weight("MOVE-observe", 4.0))
    # MOVE·observe now weighs 4 × 35 = 140: first; the plan follows.
    assert document.result.priority.tolist() == [2, 3, 1, 4]
    assert document.plan.overflow.tolist() == [False, False, False, True]
    assert "priority" in changes[-1].derived and "plan" in changes[-1].state
    document.set_plan_settings(document.plan_settings.with_priority("segment"))
    # Segment first: GROW, MOVE·prioritise, MODEL, then MOVE·observe whatever its weight.
    assert document.result.priority.tolist() == [1, 2, 4, 3]
    document.undo_stack.undo()
    assert document.result.priority.tolist() == [2, 3, 1, 4]
    document.undo_stack.undo()
    assert document.result.priority.tolist() == [1, 2, 4, 3]
    assert document.plan.overflow.tolist() == [False, False, True, False]


def test_replan_follows_the_ranks_during_a_drag(tmp_path: Path) -> None:
    customers = [(i, "A", (20 + i, 100, 80), 1) for i in range(4)]
    document = document_of(team_csv(tmp_path / "drag.csv", customers), capacity=24)
    before = document.plan
    # GROW, worth 80 … 77: 24 visits by worth / n — six each.
    assert before.planned.tolist() == [6, 6, 6, 6]
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
    document.set_plan_settings(
        document.plan_settings.with_capacity_of("Ben", 0).with_maximum("FIX", 9).with_weight("GROW", 2.0)
    )
    journal.close()  # as a crash would leave it
    [found] = find_recoveries(folder)
    recovered = recover(found.path).document
    assert recovered.plan_settings == document.plan_settings
    assert recovered.plan.figures("Ben").overflow == 1  # no room for FIX's minimum
    assert recovered.result.worth[0] == pytest.approx(160)


def test_each_managers_workbook_has_worth_planned_visits_overflow_and_the_capacity_line(
    tmp_path: Path,
) -> None:
    from openpyxl import load_workbook

    from segmenter_app.core.outputs.export_jobs import export_workbooks

    customers = [
        (1, "Anna", "GROW", 3),
        (2, "Anna", "FIX", 1),
        (3, "Anna", "MOVE", 0),
        (4, "Anna", (20, 100, ""), 1),
    ]
    document = document_of(team_csv(tmp_path / "list.csv", customers), capacity=2)
    export_workbooks(document, tmp_path / "out", language="en")
    sheet = load_workbook(tmp_path / "out" / "Anna.xlsx").worksheets[0]
    header = next(r for r in range(1, 12) if sheet.cell(r, 1).value == "Priority")
    titles = [str(c.value or "").replace("\n", " ") for c in sheet[header]]
    column = titles.index("Visits a year") + 1
    visits = [sheet.cell(header + 1 + i, column).value for i in range(4)]
    # GROW's and FIX's minimums fill the 2; MOVE·prioritise is beyond capacity; unclassified empty.
    assert visits == [1, 1, "over cap.", None]
    worth = [sheet.cell(header + 1 + i, titles.index("Worth") + 1).value for i in range(4)]
    assert worth == [80, 80, 40, None]
    texts = [sheet.cell(r, 5).value for r in range(header + 5, sheet.max_row + 1)]
    assert "Capacity 2 · demand 26 · 1 customer beyond capacity" in texts


# --------------------------------------------------------------------------- against the walk


def walk_document(document: CustomerDocument) -> tuple[list[int], list[bool]]:
    """The plan of PRODUCT.md §6 walked visit by visit (``plan_reference``), from the
    table's own amounts: worth = weight × (potential, or revenue for FIX)."""
    settings = document.plan_settings
    table, result = document.table, document.result
    capacity = {name: document.plan.figures(name).capacity for name in document.managers}
    groups = {
        (sg.GROW, -1): "GROW",
        (sg.FIX, -1): "FIX",
        (sg.MODEL, -1): "MODEL",
        (sg.MOVE, sg.PRIORITISE): "MOVE-prioritise",
        (sg.MOVE, sg.OBSERVE): "MOVE-observe",
    }
    customers = []
    for row in range(len(table)):
        segment, triage = int(result.segment[row]), int(result.triage[row])
        revenue, wallet = float(table["revenue"].iat[row]), float(table["wallet"].iat[row])
        if segment < 0:
            customers.append(Customer(str(table["account_manager"].iat[row]), 10**9, math.nan, 0, 0))
            continue
        key = groups[(segment, triage)]
        value = revenue if segment == sg.FIX else max(wallet - revenue, 0.0)
        weight = settings.weight_of(key)
        worth = 0.0 if weight == 0 else weight * value
        maximum = settings.maximum_of(key)
        customers.append(
            Customer(
                str(table["account_manager"].iat[row]),
                int(result.priority[row]),
                worth,
                min(settings.minimum, maximum),
                maximum,
            )
        )
    visits, overflow = walk(customers, capacity)
    unclassified = result.segment < 0
    return [0 if unclassified[i] else v for i, v in enumerate(visits)], overflow


def random_team(rng, managers: int, size: int, share: float) -> tuple[np.ndarray, ...]:
    """Manager codes (in no order, as rows come), who is classified, and priorities
    1..n within each manager."""
    codes = rng.integers(0, managers, size)
    classified = rng.random(size) < share
    priority = np.zeros(size, dtype=np.int32)
    for manager in range(managers):
        mine = np.flatnonzero((codes == manager) & classified)
        priority[mine] = rng.permutation(len(mine)) + 1
    return codes, classified, priority


def assert_walked(codes, priority, classified, worth, minimums, maximum, capacity, trial) -> None:
    planned, overflow = vp.allocate(codes, priority, classified, worth, minimums, maximum, capacity)
    customers = [
        Customer(str(codes[i]), int(priority[i]) if classified[i] else 10**9, float(worth[i]),
                 int(minimums[i]), int(maximum[i]))
        for i in range(len(codes))
    ]  # fmt: skip
    visits, flags = walk(customers, {str(m): float(capacity[m]) for m in range(len(capacity))})
    assert planned.tolist() == [v if classified[i] else 0 for i, v in enumerate(visits)], trial
    assert overflow.tolist() == flags, trial


def test_the_plan_is_the_walk_on_many_random_teams() -> None:
    """The vectorised plan against the visit-by-visit walk, on random teams: ties of
    worth, nothing at stake, maxima below the minimum, fractional and tight capacities."""
    rng = np.random.default_rng(2026)
    for trial in range(400):
        managers = int(rng.integers(1, 5))
        size = int(rng.integers(1, 60))
        codes, classified, priority = random_team(rng, managers, size, 0.9)
        kind = trial % 4
        if kind == 0:
            worth = np.round(rng.lognormal(6, 2, size))
        elif kind == 1:
            worth = rng.integers(0, 4, size).astype(float) * 30  # many ties, some 0
        elif kind == 2:
            worth = rng.random(size) * (rng.random(size) < 0.7)
        else:
            worth = np.full(size, 7.0)
        maximum_by_group = rng.integers(0, 13, 5)
        minimum = int(rng.integers(0, 3))
        group = rng.integers(0, 5, size)
        maximum = np.where(classified, maximum_by_group[group], 0).astype(float)
        minimums = np.where(classified, np.minimum(minimum, maximum_by_group[group]), 0).astype(float)
        capacity = rng.integers(0, 40 * 6 // managers + 2, managers).astype(float)
        if rng.random() < 0.5:
            capacity = capacity + rng.choice([0.0, 0.5, 0.1 * 3])  # fractional capacities
        assert_walked(codes, priority, classified, worth, minimums, maximum, capacity, trial)


def test_the_plan_is_the_walk_on_large_teams() -> None:
    """Large enough that the search, not the "all to the maximum" shortcut, decides."""
    rng = np.random.default_rng(7)
    for trial in range(6):
        managers = int(rng.integers(1, 6))
        size = int(rng.integers(300, 1500))
        codes, classified, priority = random_team(rng, managers, size, 0.95)
        worth = [np.round(rng.lognormal(8, 2, size)), rng.integers(0, 4, size) * 1000.0, rng.random(size)][
            trial % 3
        ]
        group = rng.integers(0, 5, size)
        maximum = np.where(classified, np.array([12, 8, 6, 4, 1])[group], 0).astype(float)
        minimums = np.where(classified, 1, 0).astype(float)
        capacity = rng.integers(size // managers, size * 6 // managers, managers).astype(float)
        assert_walked(codes, priority, classified, worth, minimums, maximum, capacity, trial)


def test_a_documents_plan_is_the_walk(tmp_path: Path) -> None:
    """From a list through the document: worth computed anew from the table's amounts."""
    rng = np.random.default_rng(11)
    for trial in range(8):
        customers = []
        for number in range(int(rng.integers(20, 120))):
            wallet = float(rng.integers(1, 300)) * 1000
            revenue = round(wallet * float(rng.uniform(0.0, 1.0)))
            kzi = "" if rng.random() < 0.05 else int(rng.integers(0, 101))
            manager = ["Anna", "Ben", "Cleo"][int(rng.integers(0, 3))]
            customers.append((number, manager, (revenue, wallet, kzi), int(rng.integers(0, 12))))
        path = team_csv(tmp_path / f"random{trial}.csv", customers)
        document = CustomerDocument(load_customers(path))
        if trial % 2:
            document.set_plan_settings(
                document.plan_settings.with_weight("MOVE-observe", 0.2)
                .with_minimum(2)
                .with_maximum("MODEL", 1)
            )
        pins = np.zeros(len(document), dtype=bool)
        pins[rng.integers(0, len(document), 3)] = True
        for row in np.flatnonzero(pins):
            document.set_pinned(int(row), True)
        visits, overflow = walk_document(document)
        assert document.plan.planned.tolist() == visits, trial
        assert document.plan.overflow.tolist() == overflow, trial


def test_the_pictures_legend_is_in_no_segments_colour() -> None:
    """The legend once showed "effort" in GROW's green: its swatches are grey now."""
    from matplotlib.colors import to_hex
    from matplotlib.figure import Figure

    from segmenter_app.core.outputs.chart_style import COLOURS
    from segmenter_app.core.outputs.shares_picture import SharesBars

    bars = SharesBars(Figure().add_subplot())
    shares = vp.SegmentShares(np.full(4, 0.25), np.full(4, 0.25), np.full(4, 0.25), None, None, None)
    bars.update(shares, "en")
    segment_colours = {colour.lower() for pair in COLOURS.values() for colour in pair}
    legend = bars.axes.get_legend()
    assert [text.get_text() for text in legend.get_texts()] == ["Effort", "Plan", "Worth"]
    for handle in legend.legend_handles:
        assert to_hex(handle.get_facecolor()).lower() not in segment_colours
        assert to_hex(handle.get_edgecolor()).lower() not in segment_colours


def test_the_team_pictures_bars_stand_where_axes_bar_puts_them() -> None:
    """The bars are added as rectangles (twelve ``bar`` calls cost most of the Team
    view's start): same places, sizes, styles and axis span as ``axes.bar`` gives."""
    from matplotlib.figure import Figure

    from segmenter_app.core.model import segmentation as sg
    from segmenter_app.core.outputs import shares_picture as sp

    ours = Figure().add_subplot()
    bars = sp.SharesBars(ours)
    theirs = Figure().add_subplot()
    for offset, measure in enumerate(sp.MEASURES):
        for i, name in enumerate(sg.SEGMENTS):
            made = theirs.bar(
                i + (offset - 1) * sp.WIDTH, 0.0, sp.WIDTH, linewidth=0.8, **sp._style(measure, name)
            )[0]
            bar = bars.bars[measure][i]
            assert bar.get_bbox().bounds == pytest.approx(made.get_bbox().bounds)
            assert bar.get_facecolor() == made.get_facecolor() and bar.get_hatch() == made.get_hatch()
            assert bar.sticky_edges.y == made.sticky_edges.y
    theirs.set_ylim(0, 1.0)
    assert ours.get_xlim() == pytest.approx(theirs.get_xlim())


def test_the_shares_pictures_labels_never_overlap_where_bars_are_as_high():
    """A laptop's Team view (about 350 × 300 pixels): "15 %" and "14 %" over MOVE's bars
    were drawn into each other."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    from segmenter_app.core.model.plan import SegmentShares
    from segmenter_app.core.outputs.shares_picture import MEASURES, SharesBars

    figure = Figure(figsize=(3.5, 3.0), dpi=100, layout="constrained")
    canvas = FigureCanvasAgg(figure)
    bars = SharesBars(figure.add_subplot())
    shares = SegmentShares(
        effort=np.array([0.16, 0.15, 0.35, 0.33]),
        planned=np.array([0.07, 0.21, 0.58, 0.15]),
        worth=np.array([0.04, 0.33, 0.49, 0.14]),
        effort_reason=None,
        planned_reason=None,
        worth_reason=None,
    )
    bars.update(shares, "de")
    canvas.draw()
    renderer = canvas.get_renderer()
    for segment in range(4):
        boxes = [bars.values[m][segment].get_window_extent(renderer) for m in MEASURES]
        for left, right in zip(boxes, boxes[1:]):
            assert not left.overlaps(right), (segment, [b.bounds for b in boxes])
