"""Update from a newer list: new, gone, changed and moved customers; the user's notes,
overrides and settings kept; gone customers kept in the project's history."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from segmenter_app.core.importing.importer import load_customers
from segmenter_app.core.model import segmentation as sg
from segmenter_app.core.model.document import CustomerDocument
from segmenter_app.core.projects.project import open_project, save_project
from segmenter_app.core.projects.snapshot import ImportRecord
from segmenter_app.core.projects.updating import MATRIX_LABELS, apply_update, compare

from .conftest import GERMAN_HEADER

# Fixed thresholds: SoW 50 %, KZI 50 points (3 on the 1-5 scale).
THRESHOLDS = sg.Thresholds(sow=sg.Threshold("fixed", 0.5), kzi=sg.Threshold("fixed", 50.0))
M, F, G, V, U = sg.MODEL, sg.FIX, sg.GROW, sg.MOVE, sg.UNCLASSIFIED

OLD = [
    ["1", "Alpha GmbH", "Anna", 800, 1000, 5, ""],  # MODEL → FIX (alert)
    ["2", "Beta AG", "Anna", 800, 1000, 1, "Liste alt"],  # FIX, stays
    ["3", "Gamma KG", "Jonas", 100, 1000, 5, "Rückruf"],  # GROW → MODEL
    ["4", "Delta OHG", "Jonas", 100, 1000, 1, ""],  # MOVE, gone
    ["5", "Epsilon SE", "Anna", 800, 1000, 5, ""],  # MODEL → MOVE (alert)
    ["7", "Zeta Nord", "Jonas", 100, 1000, 5, ""],  # id 7 twice: matched by occurrence
    ["7", "Zeta Süd", "Jonas", 100, 1000, 5, ""],
    ["", "Ohne Nummer AG", "Anna", 800, 1000, 5, ""],  # no id: matched by name
    ["8", "Eta GmbH", "Anna", None, None, 5, ""],  # unclassified → GROW
]
NEWER = [
    ["1", "Alpha GmbH", "Anna", 800, 1000, 1, ""],
    ["2", "Beta AG", "Anna", 800, 1000, 1, "Liste neu"],
    ["3", "Gamma KG", "Jonas", 900, 1000, 5, "Rückruf"],
    ["5", "Epsilon SE", "Berta", 100, 1000, 1, ""],
    ["7", "Zeta Nord", "Jonas", 100, 1000, 5, ""],
    ["7", "Zeta Süd", "Jonas", 150, 1000, 5, ""],
    ["", "  ohne nummer ag ", "Anna", 800, 1000, 5, ""],
    ["8", "Eta GmbH", "Anna", 100, 1000, 5, ""],
    ["9", "Neu AG", "Berta", 100, 1000, 1, ""],  # new
]


@pytest.fixture
def lists(make_xlsx):
    old = load_customers(make_xlsx([["Kundenliste"], GERMAN_HEADER, *OLD]))
    newer = load_customers(make_xlsx([["Kundenliste 2027"], GERMAN_HEADER, *NEWER]))
    return old, newer


@pytest.fixture
def document(lists) -> CustomerDocument:
    old, _newer = lists
    document = CustomerDocument(old, thresholds=THRESHOLDS)
    assert document.result.segment.tolist() == [M, F, G, V, M, G, G, M, U]
    document.edit_value(0, "notes", "App-Notiz")  # the newer list has none: kept
    document.edit_value(1, "notes", "Liste alt, angerufen")  # both have text: both kept
    document.edit_value(1, "wallet", 2000.0)  # an edit the newer list replaces
    document.set_pinned(2, True)
    document.set_triage(4, sg.PRIORITISE)  # MODEL now, MOVE in the newer list
    document.set_triage(3, sg.OBSERVE)  # a customer who will be gone
    document.set_group_order(("FIX", "GROW", "MOVE_PRIORITISE", "MODEL", "MOVE_OBSERVE"))
    document.set_band(2.0)
    return document


def test_compare_finds_new_gone_changed_and_moved_customers(document, lists) -> None:
    _old, newer = lists
    report = compare(document, newer)
    ids = newer.table["customer_id"]

    assert report.matched_by == {"by_id": 5, "by_id_occurrence": 2, "by_name": 1}
    assert dict(zip(report.new_rows.tolist(), report.old_rows.tolist())) == {
        0: 0, 1: 1, 2: 2, 3: 4, 4: 5, 5: 6, 6: 7, 7: 8
    }  # fmt: skip
    assert ids[report.added_rows].tolist() == ["9"]
    assert report.gone["customer_id"].tolist() == ["4"]
    gone = report.gone.iloc[0]
    assert gone["segment"] == "MOVE" and gone["revenue"] == 100 and gone["triage_override"] == sg.OBSERVE

    changes = {(row.customer_id, row.column): (row.old, row.new) for row in report.changes.itertuples()}
    assert changes[("1", "satisfaction_input")] == (5.0, 1.0)
    assert changes[("3", "revenue")] == (100.0, 900.0)
    assert changes[("5", "account_manager")] == ("Anna", "Berta")
    assert changes[("7", "revenue")] == (100.0, 150.0)  # the second "7"
    assert ("2", "wallet") not in changes  # list against list: the edit is no change
    assert ("8", "revenue") in changes and ("8", "wallet") in changes
    # Matched by name (case and spaces ignored), but the new spelling is a change.
    assert changes[("", "customer_name")] == ("Ohne Nummer AG", "ohne nummer ag")

    moves = {
        row.customer_id: (row.from_segment, row.to_segment, row.alert) for row in report.moves.itertuples()
    }
    assert moves == {
        "1": (M, F, True),
        "2": (V, F, True),  # the edited wallet made it MOVE; the newer list is the truth
        "3": (G, M, False),
        "5": (M, V, True),
        "8": (U, G, False),
    }
    assert report.alerts["customer_id"].tolist() == ["1", "2", "5"]
    assert report.summary() == {
        "matched": 8,
        "added": 1,
        "gone": 1,
        "changed": 6,
        "moved": 5,
        "alerts": 3,
        "dropped_edits": 1,
    }


def test_the_migration_matrix_adds_up(document, lists) -> None:
    _old, newer = lists
    report = compare(document, newer)
    assert report.matrix.shape == (5, 5) and len(MATRIX_LABELS) == 5
    position = {M: 0, F: 1, G: 2, V: 3, U: 4}
    before = np.bincount([position[s] for s in document.result.segment.tolist()], minlength=5)
    after = np.bincount([position[s] for s in report.new_segment.tolist()], minlength=5)
    assert (report.matrix.sum(axis=1) + report.gone_by_segment).tolist() == before.tolist()
    assert (report.matrix.sum(axis=0) + report.added_by_segment).tolist() == after.tolist()
    assert report.matrix[0, 1] == 1 and report.matrix[0, 3] == 1 and report.matrix[4, 2] == 1
    assert report.matrix[3, 1] == 1  # "2": MOVE with the user's edit, FIX in the newer list
    assert report.matrix.trace() == 3  # both "7" and "Ohne Nummer AG" stay where they were


def test_apply_update_keeps_the_users_work(document, lists) -> None:
    _old, newer = lists
    report = compare(document, newer)
    table_before = document.table.copy()
    updated = apply_update(document, newer, report)

    notes = updated.table["notes"].tolist()
    assert notes[0] == "App-Notiz"
    assert notes[1] == "Liste alt, angerufen\nListe neu" and report.notes_joined.tolist() == [1]
    assert notes[2] == "Rückruf"  # the same text in both: once
    assert updated.original_values == {("1", "notes"): "", ("2", "notes"): "Liste neu"}  # by customer key

    assert updated.pinned.tolist() == [False, False, True, False, False, False, False, False, False]
    assert updated.triage_override[3] == sg.PRIORITISE and updated.result.triage[3] == sg.PRIORITISE
    assert (updated.triage_override >= 0).sum() == 1  # the gone customer's flip went with it
    assert updated.thresholds == THRESHOLDS and updated.band_points == 2.0
    assert updated.group_order == document.group_order
    assert updated.result.segment.tolist() == report.new_segment.tolist()
    assert updated.undo_stack.is_clean and not updated.undo_stack.can_undo

    # The newer list is the truth for values: the edited wallet is not carried over...
    assert updated.table["wallet"].iat[1] == 1000.0
    dropped = report.dropped_edits.iloc[0]
    assert (dropped["customer_id"], dropped["column"], dropped["edited"]) == ("2", "wallet", 2000.0)
    assert (dropped["file_value"], dropped["newer_value"]) == (1000.0, 1000.0)
    # ...and the old document is untouched.
    assert document.table.equals(table_before)

    # Previous positions for the chart's arrows.
    assert np.isnan(report.previous_sow[8]) and np.isnan(report.previous_kzi[8])
    assert report.previous_sow[0] == pytest.approx(0.8) and report.previous_kzi[0] == pytest.approx(100.0)
    assert report.previous_segment[3] == M


def test_gone_customers_stay_in_the_projects_history(document, lists, tmp_path: Path) -> None:
    _old, newer = lists
    report = compare(document, newer)
    updated = apply_update(document, newer, report)
    history = [
        ImportRecord.from_report(document.report, imported_at="2026-01-01T08:00:00+00:00"),
        report.history_record(newer, imported_at="2026-02-01T08:00:00+00:00"),
    ]
    path = tmp_path / "p.segmenter"
    save_project(updated, path, history=history)
    opened = open_project(path)
    assert [record.kind for record in opened.history] == ["import", "update"]
    update = opened.history[1]
    assert update.summary["gone"] == 1 and update.summary["added"] == 1
    [gone] = update.gone
    assert (gone.customer_id, gone.customer_name, gone.segment) == ("4", "Delta OHG", "MOVE")
    assert gone.share_of_wallet == pytest.approx(0.1) and gone.satisfaction == pytest.approx(0.0)
    assert opened.document.table["notes"].tolist() == updated.table["notes"].tolist()
    # Where the customers were before the update travels with the project (for the
    # chart's movements); a new customer had no place before.
    sow, kzi = opened.document.previous_positions
    np.testing.assert_array_equal(sow, report.previous_sow)
    np.testing.assert_array_equal(kzi, report.previous_kzi)
    assert np.isnan(sow[report.added_rows]).all()
    # A project never updated has none.
    save_project(document, tmp_path / "plain.segmenter", history=history[:1])
    assert open_project(tmp_path / "plain.segmenter").document.previous_positions is None


def test_a_report_for_another_list_is_refused(document, lists, make_xlsx) -> None:
    _old, newer = lists
    report = compare(document, newer)
    other = load_customers(make_xlsx([GERMAN_HEADER, *NEWER[:3]]))
    with pytest.raises(ValueError):
        apply_update(document, other, report)


def test_a_list_without_ids_counts_changed_customers_not_ids(make_xlsx) -> None:
    """Ten customers without ids whose satisfaction changed are ten changed customers
    (the summary said 1: it counted distinct ids, all empty)."""
    names = [f"Kunde {index} GmbH" for index in range(12)]
    old_rows = [["", name, "Anna", 500 + index, 1000, 4, ""] for index, name in enumerate(names)]
    newer_rows = [
        ["", name, "Anna", 500 + index, 1000, 2 if index < 10 else 4, ""] for index, name in enumerate(names)
    ]
    old = load_customers(make_xlsx([GERMAN_HEADER, *old_rows]))
    newer = load_customers(make_xlsx([GERMAN_HEADER, *newer_rows]))
    report = compare(CustomerDocument(old, thresholds=THRESHOLDS), newer)
    assert len(report.changes) == 10 and report.summary()["changed"] == 10


def test_moves_say_whether_values_changed_or_a_median_moved(make_xlsx) -> None:
    """Under median thresholds a customer whose values stayed can move: the report
    keeps both thresholds so the window can say which moved, and by how much."""
    old_rows = [[str(i), f"K{i}", "Anna", 100 * (i + 1), 2000, 1 + (i % 5), ""] for i in range(11)]
    newer_rows = [row[:] for row in old_rows]
    for row in newer_rows[:4]:
        row[5] = 5  # four customers far more satisfied: the KZI median rises
    old = load_customers(make_xlsx([GERMAN_HEADER, *old_rows]))
    newer = load_customers(make_xlsx([GERMAN_HEADER, *newer_rows]))
    document = CustomerDocument(old)  # median on both axes
    report = compare(document, newer)
    assert report.thresholds_before == pytest.approx(document.resolved_thresholds())
    assert report.thresholds_after[1] > report.thresholds_before[1]
    changed = set(report.changes["new_row"])
    assert set(report.moves["new_row"][report.moves["values_changed"]]) <= changed
    unchanged = report.moves[~report.moves["values_changed"]]
    assert len(unchanged) >= 1 and not set(unchanged["new_row"]) & changed
