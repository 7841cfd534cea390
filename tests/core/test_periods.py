"""Periods (PRODUCT.md §8, issue 22): a project keeps its lists as periods, follows each
customer by its key, says who moved and whether the customers the plan's visits went
to improved — on lists whose truth is known (``period_lists.py``)."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import numpy as np
import pytest

from segmenter_app.core.errors import EditRefused
from segmenter_app.core.importing.importer import load_customers
from segmenter_app.core.model import history as hs
from segmenter_app.core.model import segmentation as sg
from segmenter_app.core.model.document import CustomerDocument
from segmenter_app.core.projects.period_info import label_in, period_label, unique_label
from segmenter_app.core.projects.periods import ProjectPeriods, next_period
from segmenter_app.core.projects.project import open_project, save_project
from segmenter_app.core.projects.restore import find_recoveries, recover
from segmenter_app.core.projects.session import ProjectSession
from segmenter_app.core.projects.updating import compare

from .period_lists import (
    SOW_THRESHOLD,
    TRUTH,
    random_years,
    reference_effect,
    reference_movement,
    rows_of,
    write_year,
)

DATA = Path(__file__).resolve().parents[1] / "data"
FIXED = sg.Thresholds(sow=sg.Threshold("fixed", SOW_THRESHOLD), kzi=sg.Threshold("fixed", 60.0))
SEGMENT_NAMES = np.array(["", *sg.SEGMENTS], dtype=object)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def session_of(tmp_path: Path) -> ProjectSession:
    folder = tmp_path / "recovery"
    folder.mkdir(exist_ok=True)
    return ProjectSession(lambda: folder)


def first_year(tmp_path: Path, year: int = 2024) -> tuple[CustomerDocument, Path]:
    path = write_year(tmp_path, year)
    return CustomerDocument(load_customers(path), thresholds=FIXED), path


def by_key(keys, values) -> dict:
    return dict(zip(list(keys), list(values)))


@pytest.fixture
def two_years(tmp_path: Path) -> ProjectSession:
    """2024 shown, worked on (a note, a pin, an action done), then 2025 added."""
    session = session_of(tmp_path)
    document, path = first_year(tmp_path)
    session.show(document, path, source_path=path)
    document.edit_value("K06", "notes", "Kündigt zum Jahresende")
    document.edit_value("K01", "notes", "Jahresgespräch im März")
    document.set_pinned("K02", True)
    document.edit_value("K03", "next_step", "Angebot Service")
    document.edit_value("K03", "status", "done")
    newer_path = write_year(tmp_path, 2025)
    newer = load_customers(newer_path)
    session.update(newer, newer_path, session.compare(newer))
    yield session
    session.close()


# --------------------------------------------------------------------------- labels


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Kunden 2025", "2025"),
        ("Q3-2026 Kundenliste", "Q3 2026"),
        ("kunden_q1_2027", "Q1 2027"),
        ("Liste 2026 Q2", "Q2 2026"),
        ("3. Quartal 2026", "Q3 2026"),
        ("Quartal 4/2025", "Q4 2025"),
        ("Umsatz Q2'26", "Q2 2026"),
        ("Stand 2026-01-15", "2026"),
        ("Kundenliste", ""),
        ("Artikel 120345", ""),
    ],
)
def test_a_label_is_the_year_or_quarter_a_name_says(text: str, label: str) -> None:
    assert label_in(text) == label


def test_a_label_comes_from_the_file_name_else_the_sheet_else_the_files_date() -> None:
    assert period_label("/x/Kunden 2025.xlsx", "Kunden 2026", "2026-02-01") == ("2025", "file")
    assert period_label("/x/kunden.xlsx", "Kunden Q1 2026", "2026-02-01") == ("Q1 2026", "sheet")
    assert period_label("/x/kunden.xlsx", "Tabelle1", "2026-02-01") == ("2026-02-01", "date")
    assert unique_label("2025", ["2024", "2025"]) == "2025 (2)"


# --------------------------------------------------------------------------- a period added


def test_a_newer_list_adds_a_period_and_keeps_the_customers_work(two_years: ProjectSession) -> None:
    periods = two_years.periods
    assert len(periods) == 2 and periods.labels == ["2024", "2025"]
    assert [p.info.label_source for p in periods] == ["file", "file"]
    past, current = periods.document_of(0), periods.document_of(1)
    assert current is two_years.document and not current.read_only
    assert past.read_only and len(past) == 9 and len(current) == 9
    with pytest.raises(EditRefused) as refused:
        past.edit_value("K01", "notes", "nicht hier")
    assert refused.value.code == "past_period"
    # Notes, pins and actions belong to the customer: they went with it to 2025.
    assert current.value(current.keys.row("K01"), "notes") == "Jahresgespräch im März"
    assert current.pins == {"K02"}
    assert current.value(current.keys.row("K03"), "status") == "done"
    # The customer who left keeps its note in the project's history (former customers).
    gone = {g.key: g for g in two_years.history[-1].gone}
    assert set(gone) == TRUTH["gone"] and gone["K06"].notes == "Kündigt zum Jahresende"
    # Each period keeps its own thresholds and plan (the plan made on its own list).
    assert past.thresholds == FIXED and current.thresholds == FIXED
    assert periods.figures(0).planned[past.keys.row("K01")] == past.plan.planned[past.keys.row("K01")]


def test_who_moved_between_two_periods(two_years: ProjectSession) -> None:
    periods = two_years.periods
    before = periods.figures(0)
    assert by_key(before.keys, SEGMENT_NAMES[before.segment + 1]) == TRUTH["segment_2024"]
    moved = periods.movement(0, 1)
    after = periods.figures(1)
    assert by_key(after.keys, moved.kind_names()) == TRUTH["movement"]
    assert set(before.keys[moved.gone_rows]) == TRUTH["gone"]
    assert moved.counts() == {
        "improved": 3, "worsened": 1, "changed": 1, "unchanged": 2, "new": 2, "gone": 2, "unjudged": 0,
    }  # fmt: skip
    row = int(np.flatnonzero(after.keys == "K04")[0])
    # Delta OHG: SoW 20 % → 60 %, KZI 75 → 25, revenue 20 → 60
    assert moved.delta_sow_pp[row] == pytest.approx(40.0)
    assert moved.delta_kzi[row] == pytest.approx(-50.0)
    assert moved.delta_revenue[row] == pytest.approx(40.0)
    assert moved.segment_before[row] == sg.GROW and moved.segment_after[row] == sg.FIX
    new = int(np.flatnonzero(after.keys == "K07")[0])
    assert moved.segment_before[new] == hs.ABSENT and np.isnan(moved.delta_sow_pp[new])
    # The migration matrix reads from (rows) to (columns): GROW → MODEL and GROW → FIX.
    matrix = moved.matrix()
    assert matrix[sg.GROW, sg.MODEL] == 1 and matrix[sg.GROW, sg.FIX] == 1
    assert matrix.sum() == 7 and moved.new_by_segment().sum() == 2 and moved.gone_by_segment()[sg.MODEL] == 2
    # The table's columns for the current period: segment before, ΔSoW, ΔKZI, trend.
    assert periods.before(1) is moved and periods.before(0) is None


def test_a_customer_unclassified_then_or_now_is_not_judged() -> None:
    """*Changed* is GROW↔FIX only; a customer unclassified in either period (no KZI in
    one list) has no axis to judge: unjudged, its movement word empty, never counted as
    changed or unchanged."""
    unclassified = -1
    before = np.array([sg.GROW, sg.MOVE, unclassified, unclassified, sg.GROW, hs.ABSENT])
    after = np.array([sg.FIX, unclassified, sg.MODEL, unclassified, sg.GROW, sg.MODEL])
    kinds = hs.movement_kinds(before, after)
    assert [hs.MOVEMENTS[k] for k in kinds] == [
        "changed", "unjudged", "unjudged", "unjudged", "unchanged", "new",
    ]  # fmt: skip
    assert [hs.MOVEMENT_WORDS[k] for k in kinds][1:4] == ["", "", ""]


def test_did_it_work_compares_the_plan_with_the_visits_made(two_years: ProjectSession) -> None:
    periods = two_years.periods
    effect = periods.effect(0)
    assert effect.effort_known
    visited = {key: group for key, group in TRUTH["visited"].items()}

    def row(segment: int, group: str) -> hs.EffectRow:
        return effect.row(segment, group)

    grow = row(sg.GROW, "all")
    assert (grow.customers, grow.improved, grow.changed) == (2, 1, 1)  # Alpha improved, Delta changed
    assert grow.mean_delta_sow_pp == pytest.approx(35.0)  # +30 and +40 points
    assert grow.mean_delta_kzi == pytest.approx(-25.0)  # 0 and −50
    assert grow.delta_revenue == pytest.approx(70.0)
    assert (row(sg.GROW, "as_planned").customers, row(sg.GROW, "as_planned").improved) == (1, 1)
    assert (row(sg.GROW, "less").customers, row(sg.GROW, "less").changed) == (1, 1)
    assert (row(sg.MODEL, "less").customers, row(sg.MODEL, "less").worsened) == (1, 1)
    move = [row(sg.MOVE, group) for group in hs.VISITED]
    assert [r.customers for r in move] == [1, 1, 1, 3]  # Neu GmbH, Ohne Nummer, Epsilon; all
    assert sum(r.customers for r in effect.by_visits if r.group == "all") == 7  # in both periods
    for segment in range(4):
        parts = [row(segment, group) for group in hs.VISITED[:3]]
        assert sum(p.customers for p in parts) == row(segment, "all").customers
    finding = effect.finding()
    assert (finding.as_planned, finding.as_planned_improved, finding.less, finding.less_improved) == (
        3,
        3,
        3,
        0,
    )
    assert finding.comparison == "more" and finding.share_as_planned == 1.0 and finding.share_less == 0.0
    assert sum(1 for v in visited.values() if v == "as_planned") == finding.as_planned
    # The second split: Gamma KG's action was marked done during 2024.
    done = row(sg.MODEL, "done")
    assert (done.customers, done.worsened) == (1, 1)
    assert effect.totals_by_action[0].customers == 1 and effect.totals_by_action[2].customers == 7
    with pytest.raises(IndexError):
        periods.effect(1)


def test_a_past_period_does_not_follow_edits_of_the_current_one(two_years: ProjectSession) -> None:
    periods = two_years.periods
    before = periods.figures(0)
    current = two_years.document
    current.set_thresholds(sg.Thresholds(sow=sg.Threshold("fixed", 0.9), kzi=sg.Threshold("fixed", 10.0)))
    current.set_triage("K05", sg.PRIORITISE)
    assert periods.figures(0) is before and periods.document_of(0).thresholds == FIXED
    # The current period's figures follow its edits.
    assert periods.figures(1).sow_threshold == pytest.approx(0.9)
    assert periods.movement(0, 1).segment_after[current.keys.row("K01")] == sg.GROW


# --------------------------------------------------------------------------- the file


def test_periods_are_saved_opened_and_built_when_asked(two_years: ProjectSession, tmp_path: Path) -> None:
    target = tmp_path / "team.segmenter"
    two_years.save(target)
    opened = open_project(target)
    periods = opened.periods
    assert opened.schema_version == 3 and periods.labels == ["2024", "2025"]
    assert periods.document is opened.document and not periods[0].built  # built when asked
    expected = two_years.periods
    for index in range(2):
        assert (periods.figures(index).segment == expected.figures(index).segment).all()
        assert np.array_equal(periods.figures(index).planned, expected.figures(index).planned)
    assert periods[0].built and periods.document_of(0).read_only
    assert periods.document_of(0).pins == {"K02"}  # planned with the pin it had
    assert by_key(periods.figures(1).keys, periods.movement(0, 1).kind_names()) == TRUTH["movement"]
    # Saved again unchanged, the past period is written as it was read.
    again = tmp_path / "again.segmenter"
    save_project(
        opened.document, again, source_path=opened.source_path, history=opened.history, periods=periods
    )
    assert open_project(again).periods.labels == ["2024", "2025"]
    # A progress callback sees every period built; a cancel stops it.
    reopened = open_project(target).periods
    seen = []
    reopened.build(progress=seen.append)
    assert seen == [0.5, 1.0] and reopened[0].built


def test_a_project_or_journal_of_schema_2_opens_as_one_period(tmp_path: Path) -> None:
    before = digest(DATA / "project_schema2.segmenter")
    opened = open_project(DATA / "project_schema2.segmenter")
    assert opened.schema_version == 2 and len(opened.periods) == 1
    assert digest(DATA / "project_schema2.segmenter") == before  # lifted in memory only
    [period] = opened.periods
    assert period.label == "2027" and period.info.label_source == "file"
    document = opened.document
    assert period.document is document and len(document) == 400
    assert document.pins == {"010007"} and document.triage_overrides == {"012786": sg.PRIORITISE}
    assert document.value(document.keys.row("010014"), "notes") == "Jahresgespräch im März"
    assert document.value(document.keys.row("012793"), "status") == "done"
    assert [record.kind for record in opened.history] == ["import", "update"]
    # Saved today: schema 3, one period, the same work.
    target = tmp_path / "heute.segmenter"
    save_project(
        document, target, source_path=opened.source_path, history=opened.history, periods=opened.periods
    )
    again = open_project(target)
    assert (
        again.schema_version == 3 and again.periods.labels == ["2027"] and again.document.pins == {"010007"}
    )

    journal = tmp_path / "recovery" / "journal_schema2.segmenter-recovery"
    journal.parent.mkdir()
    shutil.copyfile(DATA / "journal_schema2.segmenter-recovery", journal)
    [found] = find_recoveries(journal.parent)
    recovered = recover(found.path)
    assert found.changes == 3 and recovered.periods.labels == ["2026"]  # the sheet "Kunden 2026"
    assert recovered.document.pins == {"010014"}
    assert recovered.document.value(recovered.document.keys.row("010000"), "notes") == "Notiz im Journal"


def test_a_project_of_ba64780_opens_as_one_period() -> None:
    opened = open_project(DATA / "project_ba64780.segmenter")
    assert opened.schema_version == 1 and opened.periods.labels == ["2027"]
    assert opened.periods.document is opened.document and opened.document.pins == {"010007", "099999"}


def test_a_damaged_past_period_is_a_damaged_project(two_years: ProjectSession, tmp_path: Path) -> None:
    import sqlite3

    from segmenter_app.core.errors import ProjectError

    target = tmp_path / "team.segmenter"
    two_years.save(target)
    with sqlite3.connect(target) as connection:
        connection.execute("UPDATE blobs SET crc = crc + 1 WHERE name LIKE 'period:%:table'")
    connection.close()
    with pytest.raises(ProjectError) as refused:
        open_project(target)
    assert refused.value.code == "damaged"


# --------------------------------------------------------------------------- undo, journal


def test_adding_a_period_is_one_undo_step_that_never_moves_the_project_file(tmp_path: Path) -> None:
    """Issue 27: apply on projA, undo, save as projA_undo, redo, save: the file the user
    chose is the only one written, and the lock stays with it."""
    session = session_of(tmp_path)
    document, path = first_year(tmp_path)
    session.show(document, path, source_path=path)
    project_a = tmp_path / "projA.segmenter"
    session.save(project_a)
    written_a = digest(project_a)
    newer_path = write_year(tmp_path, 2025)
    newer = load_customers(newer_path)
    updated = session.update(newer, newer_path, session.compare(newer))
    assert session.project_path == project_a and len(session.periods) == 2
    stack = document.undo_stack
    assert stack.undo_command.label == "update from {file}" and stack.undo_command.params == {
        "file": "Kunden 2025.xlsx"
    }
    stack.undo()
    assert session.document is document and len(session.periods) == 1 and not document.read_only
    undo_path = tmp_path / "projA_undo.segmenter"
    session.save(undo_path)
    assert session.project_path == undo_path and session.claim.path == undo_path
    stack.redo()
    assert session.document is updated and session.periods.labels == ["2024", "2025"]
    assert document.read_only  # past again
    assert session.project_path == undo_path and session.claim.path == undo_path
    assert session.is_modified()
    session.save(session.project_path)  # Ctrl+S
    assert digest(project_a) == written_a  # the file the user left is never written again
    assert open_project(undo_path).periods.labels == ["2024", "2025"]
    stack.undo()
    assert session.project_path == undo_path and session.claim.path == undo_path
    session.close()


def test_the_recovery_journal_keeps_the_periods(tmp_path: Path) -> None:
    session = session_of(tmp_path)
    document, path = first_year(tmp_path)
    session.show(document, path, source_path=path)
    newer_path = write_year(tmp_path, 2025)
    newer = load_customers(newer_path)
    session.update(newer, newer_path, session.compare(newer))
    session.document.edit_value("K07", "notes", "Neukunde aus der Messe")
    session.rename_period(0, "Geschäftsjahr 2024")
    assert session.periods.labels == ["Geschäftsjahr 2024", "2025"]
    session.journal.close()  # as a crash leaves it
    session.journal = None
    [found] = find_recoveries(tmp_path / "recovery")
    recovered = recover(found.path)
    assert recovered.periods.labels == ["Geschäftsjahr 2024", "2025"]
    assert recovered.periods[0].info.label_source == "user"
    current = recovered.document
    assert current.value(current.keys.row("K07"), "notes") == "Neukunde aus der Messe"
    assert (
        by_key(recovered.periods.figures(1).keys, recovered.periods.movement(0, 1).kind_names())
        == (TRUTH["movement"])
    )


def test_renaming_a_period_is_an_undo_step_and_a_label_stays_unique(two_years: ProjectSession) -> None:
    stack = two_years.document.undo_stack
    two_years.rename_period(1, "2024")
    assert two_years.periods.labels == ["2024", "2024 (2)"]
    assert stack.undo_command.code == "rename_period"
    stack.undo()
    assert two_years.periods.labels == ["2024", "2025"]
    stack.undo()  # the update
    assert len(two_years.periods) == 1


def test_an_earlier_list_goes_before_the_first_period(tmp_path: Path) -> None:
    session = session_of(tmp_path)
    document, path = first_year(tmp_path, 2025)
    session.show(document, path, source_path=path)
    document.set_pinned("K02", True)
    older_path = write_year(tmp_path, 2024)
    session.add_earlier(load_customers(older_path), older_path)
    periods = session.periods
    assert periods.labels == ["2024", "2025"] and session.document is document
    assert periods.document_of(0).read_only and periods.document_of(0).thresholds == FIXED
    assert periods.document_of(0).pins == {"K02"}  # the customer's pin goes with it
    assert by_key(periods.figures(1).keys, periods.movement(0, 1).kind_names()) == TRUTH["movement"]
    assert periods.effect(0).finding().as_planned == 3
    assert session.history[-1].kind == "earlier" and session.is_modified()
    document.undo_stack.undo()
    assert session.periods.labels == ["2025"] and session.history == []
    session.close()


def test_renamed_ids_are_offered_and_once_confirmed_followed(tmp_path: Path) -> None:
    session = session_of(tmp_path)
    document, path = first_year(tmp_path)
    session.show(document, path, source_path=path)
    document.edit_value("K09", "notes", "Neue Kundennummer ab 2025")
    newer_path = write_year(tmp_path, 2025)
    newer = load_customers(newer_path)
    report = session.compare(newer)
    [offer] = report.renamed_ids.to_dict("records")
    assert (offer["old_id"], offer["new_id"], offer["customer_name"]) == ("K09", "K90", "Kappa GmbH")
    assert report.counts()["renamed_ids"] == 1 and "K09" in set(report.gone["key"])
    confirmed = session.compare(newer, same={offer["new_key"]: offer["old_key"]})
    assert "K09" not in set(confirmed.gone["key"]) and len(confirmed.renamed_ids) == 0
    session.update(newer, newer_path, confirmed)
    current = session.document
    row = current.keys.row("K09")  # the customer keeps its key under its new id
    assert current.value(row, "customer_id") == "K90"
    assert current.value(row, "notes") == "Neue Kundennummer ab 2025"
    assert session.periods.movement(0, 1).kind_names()[row] == "unchanged"
    # The project remembers it: the next list's K90 is the same customer, unasked.
    target = tmp_path / "team.segmenter"
    session.save(target)
    opened = open_project(target)
    assert opened.periods.aliases == {"K90": "K09"}
    later = load_customers(write_year(tmp_path, 2026))
    periods = next_period(
        opened.periods, later, None, compare(opened.document, later, opened.periods.aliases)
    )
    assert "K09" in periods.document.keys and "K90" not in periods.document.keys
    session.close()


# --------------------------------------------------------------------------- against a walk


def test_the_history_of_random_lists_matches_a_plain_walk(tmp_path: Path) -> None:
    paths = random_years(tmp_path, years=3, customers=240)
    first = load_customers(paths[0])
    assert first.report.mapping.get("effort") == "Besuche"
    periods = ProjectPeriods.single(CustomerDocument(first, thresholds=FIXED))
    for path in paths[1:]:
        newer = load_customers(path)
        periods = next_period(periods, newer, path, compare(periods.document, newer))
    assert periods.labels == ["2020", "2021", "2022"]
    lists = [rows_of(path) for path in paths]
    for k in range(2):
        after = periods.figures(k + 1)
        moved = periods.movement(k, k + 1)
        assert by_key(after.keys, moved.kind_names()) == reference_movement(lists[k], lists[k + 1])
        before = periods.figures(k)
        planned = by_key(before.keys, before.planned)
        expected = reference_effect(lists[k], lists[k + 1], planned)
        effect = periods.effect(k)
        for row in effect.by_visits:
            wanted = expected.get((sg.SEGMENTS[row.segment_from], row.group))
            if wanted is None:
                assert row.customers == 0
                continue
            got = {name: getattr(row, name) for name in wanted}
            assert got == pytest.approx(wanted), (k, row)
        finding = effect.finding()
        assert finding.as_planned > 0 and finding.less > 0
    # Visits raised SoW more often in these lists: the finding says so.
    assert periods.effect(0).finding().comparison == "more"
    # Any two periods, not only neighbours.
    assert by_key(periods.figures(2).keys, periods.movement(0, 2).kind_names()) == reference_movement(
        lists[0], lists[2]
    )


def test_trails_follow_customers_through_every_period(two_years: ProjectSession) -> None:
    trails = two_years.periods.trails(["K01", "K06", "K07"])
    assert trails.sow.shape == (2, 3)
    assert trails.sow[:, 0] == pytest.approx([0.2, 0.5])
    assert np.isnan(trails.sow[1, 1]) and trails.segment[1, 1] == hs.ABSENT  # gone in 2025
    assert trails.segment[0, 2] == hs.ABSENT and trails.segment[1, 2] == sg.GROW  # new in 2025


def test_movement_kinds_by_the_flags_of_each_axis() -> None:
    model, fix, grow, move = sg.MODEL, sg.FIX, sg.GROW, sg.MOVE
    none, absent = sg.UNCLASSIFIED, hs.ABSENT
    before = np.array(
        [grow, fix, move, move, move, model, model, fix, grow, model, none, none, model, absent]
    )
    after = np.array([model, model, grow, fix, model, fix, move, grow, fix, model, none, model, none, grow])
    names = np.array(hs.MOVEMENTS)[hs.movement_kinds(before, after)].tolist()
    assert names == [
        "improved", "improved", "improved", "improved", "improved",  # → MODEL, MOVE → …
        "worsened", "worsened",  # MODEL → FIX, MODEL → MOVE
        "changed", "changed",  # FIX ↔ GROW
        "unchanged",  # MODEL
        "unjudged", "unjudged", "unjudged",  # unclassified in both, then, or now: no axis to judge
        "new",
    ]  # fmt: skip


# --------------------------------------------------------------------------- issue 27, core


def test_the_updates_counts_say_what_they_count_and_renames_count_apart(tmp_path: Path) -> None:
    document, _path = first_year(tmp_path)
    newer = load_customers(write_year(tmp_path, 2025))
    report = compare(document, newer)
    counts = report.counts()
    # Alpha (revenue), Beta, Gamma (satisfaction), Delta (both), Neu GmbH (satisfaction);
    # Alt GmbH became Neu GmbH: a rename, counted apart.
    assert counts["changed_values"] == len(report.value_changes) == 6
    assert counts["changed_customers"] == report.value_changes["new_row"].nunique() == 5
    assert counts["renamed"] == len(report.renames) == 1
    [renamed] = report.renames.to_dict("records")
    assert (renamed["old"], renamed["new"]) == ("Alt GmbH", "Neu GmbH")
    assert "customer_name" not in set(report.value_changes["column"])
    assert (counts["matched"], counts["added"], counts["gone"]) == (7, 2, 2)
    assert counts["moved"] == len(report.moves) and counts["alerts"] == len(report.alerts)


def test_an_alert_says_the_rule_that_made_it_one(tmp_path: Path) -> None:
    document, _path = first_year(tmp_path)
    rows = [row[:] for row in write_rows_2024()]
    rows[0][5] = 2.0  # Alpha: GROW → MOVE
    rows[2][5] = 2.0  # Gamma: MODEL → FIX
    rows[5][3] = 10  # Zeta: MODEL → MOVE (SoW 50 % → 10 %) …
    rows[5][5] = 2.0  # … and unsatisfied
    newer = load_customers(write_year(tmp_path, 2025, rows, name="neu.xlsx"))
    moves = compare(document, newer).moves
    rules = dict(zip(moves["customer_id"], moves["rule"]))
    assert rules == {"K01": "grow_to_move", "K03": "into_fix", "K06": "model_to_move"}
    assert moves["alert"].tolist() == [True, True, True]


def write_rows_2024() -> list[list]:
    from .period_lists import YEARS

    return YEARS[2024]


def test_the_search_finds_former_customers_and_says_so(two_years: ProjectSession) -> None:
    from segmenter_app.core.projects.former import find_former, former_customers

    present = set(two_years.document.keys)
    found = find_former(two_years.history, "kündigt", present)
    assert [customer.customer_name for _when, customer in found] == ["Zeta GmbH"]
    assert find_former(two_years.history, "zeta ben", present)  # every word, any field
    assert find_former(two_years.history, "", present) == []
    assert {c.key for _w, c in former_customers(two_years.history, present)} == TRUTH["gone"]
    # A customer who came back is no former customer.
    assert find_former(two_years.history, "Zeta", present | {"K06"}) == []
