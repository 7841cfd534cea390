"""Undoing a collect takes its history record back with its values: undone to the state
saved, the project is unsaved no more (issue 24: the title kept its "*"), and a crash
after the undo restores neither (the journal says the record was undone)."""

from __future__ import annotations

from pathlib import Path

import pytest

from segmenter_app.core.importing.importer import load_customers
from segmenter_app.core.model.document import CustomerDocument
from segmenter_app.core.projects.collect import plan_collect
from segmenter_app.core.projects.project import open_project, save_project
from segmenter_app.core.projects.restore import find_recoveries, recover
from segmenter_app.core.projects.session import ProjectSession

from .conftest import GERMAN_HEADER
from .test_collect import ROWS, Returned, export, values


@pytest.fixture
def saved(make_xlsx, tmp_path) -> tuple[ProjectSession, Path]:
    """A saved project open in a session, and a workbook its manager sent back."""
    document = CustomerDocument(load_customers(make_xlsx([GERMAN_HEADER, *ROWS])))
    project = tmp_path / "p.segmenter"
    save_project(document, project)
    opened = open_project(project)
    returned = Returned(export(opened.document, tmp_path / "out"))
    returned.set("1001", "next_step", "vom Kundenbetreuer")
    folder = tmp_path / "recovery"
    folder.mkdir()
    session = ProjectSession(lambda: folder)
    session.show(opened.document, project, project_path=project, history=opened.history)
    return session, returned.save()


def test_undoing_a_collect_takes_its_history_back_and_the_project_is_saved_again(saved) -> None:
    session, returned = saved
    before = list(session.history)
    assert not session.is_modified()
    session.collect(plan_collect(session.document, [returned], session.history))
    assert session.is_modified() and session.history[-1].kind == "collect"
    assert values(session.document, "1001")["next_step"] == "vom Kundenbetreuer"
    session.document.undo_stack.undo()
    assert session.history == before and not session.is_modified()
    assert values(session.document, "1001")["next_step"] == ""
    session.document.undo_stack.redo()
    assert session.history[-1].kind == "collect" and session.is_modified()
    assert values(session.document, "1001")["next_step"] == "vom Kundenbetreuer"


def test_a_restore_after_an_undone_collect_has_no_collect(saved, tmp_path) -> None:
    session, returned = saved
    before = list(session.history)
    session.collect(plan_collect(session.document, [returned], session.history))
    session.document.undo_stack.undo()
    session.document.edit_value(1, "notes", "nach dem Rückgängigmachen")  # work a crash must keep
    session.journal.close()  # as a crash leaves it: the file stays for the next start
    [found] = find_recoveries(tmp_path / "recovery")
    restored = recover(found.path)
    assert restored.history == before
    assert values(restored.document, "1001")["next_step"] == ""
    assert values(restored.document, "1002")["notes"] == "nach dem Rückgängigmachen"


@pytest.mark.parametrize("choice", ["keep", "both"])
def test_a_decided_conflict_does_not_come_back_when_the_file_is_collected_again(saved, choice) -> None:
    """Issue 24: every collect of the same file asked again about the same conflict."""
    session, returned = saved
    document = session.document
    row = document.table["customer_id"].tolist().index("1001")
    document.edit_value(row, "next_step", "von hier")
    plan = plan_collect(document, [returned], session.history)
    [conflict] = plan.conflicts
    conflict.choice = choice
    session.collect(plan)
    kept = values(document, "1001")["next_step"]
    again = plan_collect(document, [returned], session.history)
    assert again.conflicts == [] and [c.column for c in again.kept] == ["next_step"]
    # Changed here since: a new situation, asked again.
    document.edit_value(row, "next_step", kept + " (neu)")
    assert len(plan_collect(document, [returned], session.history).conflicts) == 1
    # The decision lives in the saved project's history.
    document.edit_value(row, "next_step", kept)
    session.save(session.project_path)
    reopened = open_project(session.project_path)
    assert plan_collect(reopened.document, [returned], reopened.history).conflicts == []
