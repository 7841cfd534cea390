"""The one filter and selection state, without Qt."""

from __future__ import annotations

import numpy as np

from segmenter_app.core.model import segmentation as sg
from segmenter_app.core.model.view_state import ViewState


def _state(document) -> tuple[ViewState, list[frozenset]]:
    state = ViewState()
    state.set_document(document)
    seen: list[frozenset] = []
    state.changed.connect(seen.append)
    return state, seen


def test_a_manager_filter_unselects_and_unshows_other_managers_customers(document) -> None:
    state, seen = _state(document)
    first, second = document.managers[:2]
    theirs = int(np.flatnonzero(document.prepared.manager_codes == document.managers.index(second))[0])
    state.select([theirs])
    assert state.current == theirs
    state.set_manager(first)
    assert state.current is None and not len(state.selection)
    assert seen[-1] == frozenset({"manager", "selection", "current"})


def test_selecting_a_hidden_customer_lifts_the_filters_that_hide_it(document) -> None:
    state, seen = _state(document)
    name = str(document.table["customer_name"].iat[0])
    state.set_search(name)
    hidden = int(np.flatnonzero(~state.search_mask())[0])
    state.set_segments({int(document.result.segment[0])})
    state.select([hidden])
    assert state.search == "" and not len(state.found_rows())
    assert state.visible_mask()[hidden]
    assert "search" in seen[-1] and "selection" in seen[-1]


def test_one_selection_emits_one_change(document) -> None:
    state, seen = _state(document)
    state.select([5], 5)
    state.select([5], 5)  # the same again: nothing changed, nothing said
    assert seen == [frozenset({"selection", "current"})]


def test_all_segments_checked_is_no_filter(document) -> None:
    state, _seen = _state(document)
    state.set_segments({*range(len(sg.SEGMENTS)), sg.UNCLASSIFIED})
    assert state.segments is None
    assert state.visible_mask().all()


def test_the_search_follows_an_edited_note(document) -> None:
    state, _seen = _state(document)
    state.set_search("zebra crossing")
    assert not state.search_mask().any()
    document.edit_value(7, "notes", "Zebra crossing near the depot")
    assert np.flatnonzero(state.search_mask()).tolist() == [7]
