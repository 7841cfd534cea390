"""The project session: what a window does with a project, without Qt."""

from __future__ import annotations

from pathlib import Path

from segmenter_app.core.importing.importer import ImportResult, load_customers
from segmenter_app.core.model.document import CustomerDocument
from segmenter_app.core.projects.project import open_project
from segmenter_app.core.projects.restore import find_recoveries
from segmenter_app.core.projects.session import ProjectSession
from segmenter_app.core.resources import sample_list


def _session(tmp_path: Path) -> ProjectSession:
    folder = tmp_path / "recovery"
    folder.mkdir()
    return ProjectSession(lambda: folder)


def test_open_edit_save_and_reopen(tmp_path: Path, sample_import) -> None:
    session = _session(tmp_path)
    document = CustomerDocument(ImportResult(sample_import.table.copy(), sample_import.report))
    session.show(document, sample_list("de"), source_path=sample_list("de"))
    assert session.journal is not None and session.journal.path.exists()
    assert not session.is_modified()
    document.edit_value(2, "notes", "Angebot bis Freitag")
    assert session.is_modified() and session.display_name() == sample_list("de").name
    target = tmp_path / "kunden.segmenter"
    session.save(target)
    assert not session.is_modified() and session.project_path == target
    assert open_project(target).document.table["notes"].iat[2] == "Angebot bis Freitag"
    session.close()
    assert find_recoveries(tmp_path / "recovery") == []  # saved work leaves no recovery


def test_an_update_carries_the_notes_and_is_unsaved_until_saved(tmp_path: Path, sample_import) -> None:
    session = _session(tmp_path)
    document = CustomerDocument(ImportResult(sample_import.table.copy(), sample_import.report))
    session.show(document, sample_list("de"), source_path=sample_list("de"))
    customer = str(document.table["customer_id"].iat[5])
    document.edit_value(5, "notes", "Jahresgespräch")
    newer = load_customers(sample_list("de"))
    updated = session.update(newer, sample_list("de"), session.compare(newer))
    assert session.document is updated and session.is_modified()
    row = int((updated.table["customer_id"] == customer).to_numpy().nonzero()[0][0])
    assert updated.table["notes"].iat[row] == "Jahresgespräch"
    assert [record.kind for record in session.history][-1] == "update"
    session.close()  # unsaved work: the recovery file stays for the next start
    assert len(find_recoveries(tmp_path / "recovery")) == 1


def test_a_fresh_list_read_again_is_simply_replaced(tmp_path: Path, sample_import) -> None:
    session = _session(tmp_path)
    document = CustomerDocument(ImportResult(sample_import.table.copy(), sample_import.report))
    session.show(document, sample_list("de"), source_path=sample_list("de"))
    newer = load_customers(sample_list("de"))
    assert not session.reread(newer, sample_list("de"), session.compare(newer))
    assert not session.is_modified() and len(session.history) == 1
