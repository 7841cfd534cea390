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
