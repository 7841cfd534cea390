"""CustomerDocument and its undo stack: every edit is one command."""

from __future__ import annotations

import math

import numpy as np
import pytest

from segmenter_app.core.model import segmentation as sg
from segmenter_app.core.model.commands import Command, UndoStack
from segmenter_app.core.model.document import EditRefused


def test_undo_stack_order_merge_and_clean_state() -> None:
    log: list[str] = []
    stack = UndoStack()
    changes = []
    stack.changed.connect(lambda: changes.append(stack.can_undo))
    stack.push(Command("a", lambda: log.append("do a"), lambda: log.append("undo a")))
    stack.set_clean()
    value = {"note": ""}
    for text in ("T", "Te", "Tex"):
        stack.push(
            Command(
                "note",
                lambda t=text: value.update(note=t),
                lambda: value.update(note=""),
                merge_key=("note", 1),
            ),
            merge=True,
        )
    assert len(stack) == 2 and value["note"] == "Tex"
    assert not stack.is_clean
    stack.undo()
    assert value["note"] == "" and stack.is_clean
    stack.redo()
    assert value["note"] == "Tex"
    stack.undo()
    stack.undo()
    assert log == ["do a", "undo a"] and not stack.can_undo
    stack.push(Command("b", lambda: log.append("do b"), lambda: None))
    assert not stack.can_redo  # a new command drops what was undone
    assert changes


def test_edit_value_resegments_and_undo_restores(document) -> None:
    row = int(np.flatnonzero(document.result.segment == sg.MODEL)[0])
    seen = []
    # The change is announced once, complete: its original is recorded by then.
    document.changed.connect(lambda change: seen.append((change, dict(document.original_values))))
    document.edit_value(row, "revenue", 1.0)
    assert document.result.segment[row] == sg.GROW
    assert len(seen) == 1
    change, originals = seen[0]
    assert row in change.rows and change.inputs == ("revenue",)
    assert {"segment", "position"} <= change.derived
    assert (document.keys[row], "revenue") in originals
    document.undo_stack.undo()
    assert document.result.segment[row] == sg.MODEL
    assert (document.keys[row], "revenue") not in document.original_values


@pytest.mark.parametrize(
    ("column", "value", "code"),
    [
        ("revenue", -1, "negative"),
        ("revenue", "abc", "not_a_number"),
        ("sow_input", 1.5, "share_out_of_range"),
        ("satisfaction_input", 7, "outside_scale"),
        ("customer_name", " ", "empty"),
        ("customer_id", "x", "not_editable"),
    ],
)
def test_invalid_edits_are_refused(document, column, value, code) -> None:
    with pytest.raises(EditRefused) as refused:
        document.edit_value(0, column, value)
    assert refused.value.code == code
    assert not document.undo_stack.can_undo


def test_thresholds_drag_is_one_step_and_keeps_the_untouched_axis(document) -> None:
    before = document.thresholds
    t_sow, t_kzi = document.resolved_thresholds()
    for kzi in (70, 75, 80):
        document.drag_thresholds(t_sow, kzi, rank=False)
        assert document.dragging
    document.drag_thresholds(t_sow, 80)
    document.end_drag()
    assert document.thresholds == sg.Thresholds(sow=before.sow, kzi=sg.Threshold("fixed", 80))
    assert len(document.undo_stack) == 1
    document.undo_stack.undo()
    assert document.thresholds == before


def test_triage_pin_scale_group_order_and_band(document) -> None:
    move = int(np.flatnonzero(document.result.segment == sg.MOVE)[0])
    automatic = int(document.result.triage[move])
    document.set_triage(move, sg.PRIORITISE if automatic == sg.OBSERVE else sg.OBSERVE)
    assert int(document.result.triage[move]) != automatic
    document.set_pinned(move, True)
    assert document.result.priority[move] == 1
    from segmenter_app.core.importing.scales import SCALES

    document.set_scale(SCALES["1-10"])
    assert np.nanmax(document.prepared.kzi) <= 100
    order = ("MODEL", "FIX", "GROW", "MOVE_PRIORITISE", "MOVE_OBSERVE")
    document.set_group_order(order)
    assert document.group_order == order
    document.set_band(0)
    assert not document.borderline.any()
    for _ in range(4):
        document.undo_stack.undo()
    assert int(document.result.triage[move]) == automatic and not document.pinned[move]
    assert document.group_order == sg.DEFAULT_GROUP_ORDER


def test_notes_typing_merges_into_one_step(document) -> None:
    for text in ("A", "An", "Anruf"):
        document.edit_value(3, "notes", text)
    assert document.table["notes"].iat[3] == "Anruf"
    assert len(document.undo_stack) == 1
    document.undo_stack.undo()
    assert document.table["notes"].iat[3] in ("", None) or not str(document.table["notes"].iat[3])


def test_customer_view(document) -> None:
    customer = document.customer(0)
    assert customer.customer_id == str(document.table["customer_id"].iat[0])
    assert math.isclose(customer.sow, document.prepared.sow[0], rel_tol=0, abs_tol=0) or math.isnan(
        customer.sow
    )


def test_a_change_names_exactly_the_rows_whose_segment_moved(document) -> None:
    """Listeners are told which rows changed; they never compare arrays themselves."""
    seen = []
    document.changed.connect(seen.append)

    def state():
        result = document.result
        return np.column_stack([result.segment, result.triage, result.priority, document.borderline])

    before = state()
    sow, kzi = document.resolved_thresholds()
    document.drag_thresholds(sow + 0.05, kzi, rank=False)  # ranks wait for the mouse to rest
    change = seen[-1]
    assert change.dragging and not change.state
    assert np.array_equal(change.rows, np.flatnonzero((before != state()).any(axis=1)))
    assert 0 < len(change.rows) < len(document) // 2
    assert "segment" in change.derived and "priority" not in change.derived and change.thresholds_moved
    document.end_drag()
    final = seen[-1]
    assert not final.dragging and final.state == frozenset({"thresholds"})


def test_a_note_edit_moves_nothing(document) -> None:
    seen = []
    document.changed.connect(seen.append)
    document.edit_value(3, "notes", "call back in May")
    (change,) = seen
    assert change.rows.tolist() == [3] and change.inputs == ("notes",)
    assert not change.derived and not change.thresholds_moved and not change.moved and not change.recoloured


def test_a_listener_that_is_gone_is_never_called(document) -> None:
    """psygnal holds bound methods weakly: a view of a closed list does not keep the
    document alive and is not called after it is gone."""
    import gc

    calls = []

    class View:
        def on_change(self, change) -> None:
            calls.append(change)

    view = View()
    document.changed.connect(view.on_change)
    document.edit_value(1, "notes", "a")
    del view
    gc.collect()
    document.edit_value(1, "notes", "b")
    assert len(calls) == 1
