"""Projects in the window: save, open, the modified marker, unsaved changes, update
from a newer list."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from openpyxl import load_workbook
from PySide6.QtWidgets import QFileDialog, QMessageBox

from segmenter_app.core.model import segmentation as sg
from segmenter_app.core.resources import sample_list
from segmenter_app.ui.dialogs.update_dialog import UpdateDialog

from .conftest import open_list


def make_edits(document) -> dict:
    move = int(np.flatnonzero(document.result.segment == sg.MOVE)[0])
    model_row = int(np.flatnonzero(document.result.segment == sg.MODEL)[0])
    document.edit_value(3, "notes", "Termin Juni")
    document.set_triage(move, sg.PRIORITISE)
    document.set_pinned(model_row, True)
    document.set_thresholds(sg.Thresholds(sow=sg.Threshold("fixed", 0.4), kzi=sg.Threshold("percentile", 60)))
    return {"move": move, "model": model_row}


def test_save_open_round_trip_and_the_modified_marker(qtbot, opened, tmp_path, monkeypatch):
    document = opened.document
    assert not opened.isWindowModified()
    rows = make_edits(document)
    assert opened.isWindowModified()
    target = tmp_path / "kunden.segmenter"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    opened.action("file.save").trigger()
    assert target.exists() and not opened.isWindowModified()
    assert opened.windowTitle().startswith("kunden.segmenter")
    assert opened.window_settings.recent_files()[0] == str(target.resolve())
    with qtbot.waitSignal(opened.document_opened, timeout=30_000):
        opened.open_file(target)
    reopened = opened.document
    assert reopened is not document
    assert reopened.table["notes"].iat[3] == "Termin Juni"
    assert reopened.result.triage[rows["move"]] == sg.PRIORITISE and reopened.pinned[rows["model"]]
    assert reopened.thresholds == document.thresholds
    assert opened.projects.project_path == target and not opened.isWindowModified()
    # Ctrl+S now saves without asking where.
    reopened.edit_value(4, "notes", "x")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: ("", ""))
    assert opened.projects.save()


def test_unsaved_changes_ask_save_discard_cancel(qtbot, opened, monkeypatch, tmp_path):
    opened.document.edit_value(2, "notes", "wichtig")
    answers = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *args, **kwargs: answers.append(args) or QMessageBox.StandardButton.Cancel,
    )
    opened.open_file(sample_list("en"))
    assert answers and len(opened.document) == 400  # cancelled: still the German list
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Save)
    target = tmp_path / "saved.segmenter"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    with qtbot.waitSignal(opened.document_opened, timeout=30_000):
        opened.open_file(sample_list("en"))
    assert target.exists() and len(opened.document) == 120


def test_every_change_reaches_the_recovery_file(qtbot, opened):
    journal = opened.projects.journal
    assert journal is not None and journal.path.exists()
    before = journal.changes
    opened.document.edit_value(1, "notes", "Rückruf")
    assert journal.changes > before
    from segmenter_app.core.projects.restore import recover

    # A running window holds its recovery file; as after a crash, it is read once let go.
    path = journal.path
    opened.projects.session.stop_journal(discard=False)
    assert recover(path).document.table["notes"].iat[1] == "Rückruf"


def test_a_closed_window_leaves_no_recovery_file(qtbot, window, tmp_path):
    open_list(qtbot, window, sample_list("de"))
    path = window.projects.journal.path
    window.close()
    assert not path.exists()


def test_update_from_a_newer_list_keeps_notes_and_shows_moves(qtbot, opened, tmp_path, monkeypatch):
    document = opened.document
    document.edit_value(0, "notes", "Bleibt erhalten")
    kept_id = str(document.table["customer_id"].iat[0])
    document.edit_value(1, "revenue", 12345.0)  # an edit the newer list will replace
    # The newer list: one customer's satisfaction drops, two are gone, one is new.
    book = load_workbook(sample_list("de"))
    sheet = book["Kunden 2026"]
    header = next(r for r in range(1, 10) if sheet.cell(r, 1).value == "Kundennummer")
    ids = {
        str(sheet.cell(r, 1).value): r for r in range(header + 1, sheet.max_row + 1) if sheet.cell(r, 1).value
    }
    model_row = int(np.flatnonzero(document.result.segment == sg.MODEL)[0])
    falling = str(document.table["customer_id"].iat[model_row])
    sheet.cell(ids[falling], 8).value = 1.0
    for gone in list(ids)[5:7]:
        sheet.delete_rows(ids[gone])
        ids = {
            str(sheet.cell(r, 1).value): r
            for r in range(header + 1, sheet.max_row + 1)
            if sheet.cell(r, 1).value
        }
    sheet.insert_rows(header + 1)
    for column, value in enumerate(
        ["099999", "Neu GmbH", "Anna Becker", "Süd", "Bau", 1000, 50000, 4.5, ""], start=1
    ):
        sheet.cell(header + 1, column).value = value
    newer = tmp_path / "kunden_q4.xlsx"
    book.save(newer)
    seen = {}

    def fake_exec(dialog):
        seen["dialog"] = dialog
        return UpdateDialog.DialogCode.Accepted

    monkeypatch.setattr(UpdateDialog, "exec", fake_exec)
    with qtbot.waitSignal(opened.document_opened, timeout=30_000):
        opened.projects.update_from(newer)
    report = seen["dialog"].report
    assert len(report.added_rows) == 1 and len(report.gone_rows) == 2
    assert any(
        str(m.customer_id) == falling and m.to_segment == sg.FIX and m.alert
        for m in report.moves.itertuples()
    )
    assert report.matrix.sum() == len(report.old_rows)
    updated = opened.document
    row = int(np.flatnonzero(updated.table["customer_id"].astype(str) == kept_id)[0])
    assert updated.table["notes"].iat[row] == "Bleibt erhalten"
    assert opened.isWindowModified() and opened.action("view.movements").isChecked()
    chart = opened.workspace.chart
    assert chart.movement_lines() >= 1
    dialog = seen["dialog"]
    assert dialog.moves.rowCount() == len(report.moves)
    # Changed values by name (not the table's internal column), the customer named; the
    # edits the update replaces on a tab of their own; the matrix without an empty row.
    shown = {dialog.changes.item(r, 2).text() for r in range(dialog.changes.rowCount())}
    assert "Satisfaction" in shown and "satisfaction_input" not in shown
    assert dialog.changes.item(0, 1).text()
    replaced = [
        [dialog.replaced.item(r, c).text() for c in range(5)] for r in range(dialog.replaced.rowCount())
    ]
    assert any(row[2] == "Revenue" and row[3] == "12,345" and row[1] for row in replaced), replaced
    assert dialog.matrix.rowCount() == 6
    assert Path(newer).exists()
    # Saved and opened again, the movements can still be shown.
    project = tmp_path / "aktualisiert.segmenter"
    from segmenter_app.core.projects.project import save_project

    save_project(opened.document, project, history=opened.projects.history)
    with qtbot.waitSignal(opened.document_opened, timeout=30_000):
        opened.open_file(project)
    assert opened.action("view.movements").isEnabled() and not opened.action("view.movements").isChecked()
    opened.action("view.movements").trigger()
    assert chart.movement_lines() >= 1


def _reread_with_scale(qtbot, monkeypatch, scale: str) -> dict:
    """Import settings ▸ another satisfaction scale ▸ OK, through the real dialog."""
    from segmenter_app.ui.dialogs.import_dialog import ImportDialog

    seen = {}

    def fake_exec(dialog):
        seen["before"] = dialog.result
        dialog.scale.setCurrentIndex(dialog.scale.findData(scale))
        qtbot.waitUntil(lambda: dialog.result is not seen["before"] and dialog._job is None, timeout=30_000)
        seen["after"] = dialog.result
        return ImportDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportDialog, "exec", fake_exec)
    return seen


def test_import_settings_keep_notes_pins_and_thresholds(qtbot, opened, monkeypatch):
    document = opened.document
    rows = make_edits(document)
    note_id = str(document.table["customer_id"].iat[3])
    pinned_id = str(document.table["customer_id"].iat[rows["model"]])
    thresholds = document.thresholds
    seen = _reread_with_scale(qtbot, monkeypatch, "1-10")
    opened.projects.show_import_dialog()
    reread = opened.document
    assert reread is not document and reread.scale.label == seen["after"].report.scale.label == "1–10"
    ids = reread.table["customer_id"].astype(str)
    assert reread.table["notes"].iat[int(np.flatnonzero(ids == note_id)[0])] == "Termin Juni"
    assert reread.pinned[int(np.flatnonzero(ids == pinned_id)[0])]
    assert reread.thresholds == thresholds
    # The work is not saved anywhere yet: closing asks, and the recovery file has it.
    assert opened.projects.is_modified()
    assert opened.projects.journal is not None and opened.projects.journal.path.exists()
    assert f"kept for {len(reread):,} customers" in opened.statusBar().currentMessage()


def test_import_settings_of_a_fresh_list_just_read_it_again(qtbot, opened, monkeypatch):
    _reread_with_scale(qtbot, monkeypatch, "1-10")
    opened.projects.show_import_dialog()
    assert opened.document.scale.label == "1–10"
    assert not opened.projects.is_modified()
    assert len(opened.projects.history) == 1


def test_import_settings_of_a_project_read_its_list(qtbot, opened, monkeypatch, tmp_path):
    opened.document.edit_value(3, "notes", "Termin Juni")
    project = tmp_path / "kunden.segmenter"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(project), ""))
    assert opened.projects.save_as()
    with qtbot.waitSignal(opened.document_opened, timeout=30_000):
        opened.open_file(project)
    assert opened.projects.path == project
    seen = _reread_with_scale(qtbot, monkeypatch, "1-10")
    opened.projects.show_import_dialog()
    assert seen["after"].report.path == sample_list("de")
    assert opened.projects.project_path == project and opened.document.table["notes"].iat[3] == "Termin Juni"


def test_restored_work_survives_a_second_crash(qtbot, opened, monkeypatch):
    opened.document.edit_value(3, "notes", "Termin Juni")
    first = opened.projects.journal.path

    def crash():  # the process dies: its recovery file stays, unlocked
        opened.projects.journal.close()
        opened.projects.journal = None

    crash()
    asked = []
    monkeypatch.setattr(
        type(opened.projects), "ask_restore", lambda self, info: asked.append(info) or "restore"
    )
    opened.projects.check_recoveries()
    assert opened.document.table["notes"].iat[3] == "Termin Juni" and opened.projects.is_modified()
    assert not first.exists() and opened.projects.journal.path.exists()
    crash()  # again, before any change
    opened.projects.check_recoveries()
    assert len(asked) == 2 and asked[1].changes == 0 and asked[1].unsaved_base
    assert opened.document.table["notes"].iat[3] == "Termin Juni"
    assert "unsaved work" in opened.statusBar().currentMessage()


def test_the_sample_is_never_saved_next_to_itself(qtbot, opened, tmp_path, monkeypatch):
    # The sample lives in the app's own folder (read-only when installed).
    from segmenter_app.ui import paths

    monkeypatch.setattr(paths, "documents_dir", lambda: tmp_path / "Documents")
    suggested = {}

    def ask(parent, title, suggestion, filters):
        suggested["path"] = Path(suggestion)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)
    assert not opened.projects.save_as()
    assert suggested["path"] == tmp_path / "Documents" / "sample_customers_de.segmenter"
    # A list of the user's own: its project is suggested beside it.
    own = tmp_path / "kunden.xlsx"
    own.write_bytes(sample_list("de").read_bytes())
    open_list(qtbot, opened, own)
    opened.projects.save_as()
    assert suggested["path"] == tmp_path / "kunden.segmenter"
