"""Actions in the table and the customer panel; File ▸ Collect from managers… with its
review dialog, driven as a user does; File ▸ Save a copy for…; files dropped to collect."""

from __future__ import annotations

import datetime
from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QInputDialog

from segmenter_app.core.outputs.export_jobs import export_workbooks
from segmenter_app.core.projects.manager_copy import copy_baseline
from segmenter_app.core.projects.project import open_project
from segmenter_app.ui.dialogs.collect_dialog import CollectDialog


def _row_of(document, customer_id: str) -> int:
    return document.table["customer_id"].tolist().index(customer_id)


def _edit_cell(window, row: int, key: str, text: str) -> bool:
    model = window.workspace.model
    view_row = model.view_row(row)
    index = model.index(view_row, model.column_of(key))
    return model.setData(index, text, Qt.ItemDataRole.EditRole), model, index


def test_actions_in_the_table_and_the_panel(qtbot, opened):
    window, document = opened, opened.document
    messages = []
    ok, model, index = _edit_cell(window, 3, "due", "15.1.25")
    assert ok and document.value(3, "due") == "2025-01-15"
    assert model.data(index) == "2025-01-15"  # the window speaks English here
    ok, model, status_index = _edit_cell(window, 3, "status", "open")
    assert ok and model.data(status_index) == "open"
    # Open and past due: marked.
    assert model.data(index, Qt.ItemDataRole.ForegroundRole) is not None
    model.edit_refused.connect(messages.append)
    ok, _model, _index = _edit_cell(window, 3, "due", "31.02.2027")
    assert not ok and "not a date" in messages[-1]

    window.notes.show_row(5)
    fields = window.notes.actions
    fields.edits["next_step"].setText("Call about the framework contract")
    fields.edits["next_step"].editingFinished.emit()
    fields.status.setCurrentIndex(2)  # done
    assert document.value(5, "next_step") == "Call about the framework contract"
    assert document.value(5, "status") == "done"
    window.undo()
    assert document.value(5, "status") == ""
    assert fields.status.currentIndex() == 0


def _returned_workbook(document, folder: Path, manager: str) -> tuple[Path, list[str]]:
    path = export_workbooks(document, folder, language="en", managers=[manager]).paths[0]
    book = load_workbook(path)
    sheet = book.worksheets[0]
    header = next(r for r in range(1, 20) if sheet.cell(r, 1).value == "Priority")
    titles = {" ".join(str(c.value or "").replace("-\n", "").split()): c.column for c in sheet[header]}
    ids = [sheet.cell(r, titles["Customer ID"]).value for r in range(header + 1, header + 4)]
    sheet.cell(header + 1, titles["Next step"]).value = "Visit in January"
    sheet.cell(header + 1, titles["Due"]).value = datetime.datetime(2027, 1, 20)
    sheet.cell(header + 2, titles["Next step"]).value = "Send the offer"
    sheet.cell(header + 3, titles["Wallet"]).value = 999_999
    book.save(path)
    return path, ids


def test_collect_from_managers_with_the_review_dialog(qtbot, opened, tmp_path, monkeypatch):
    window, document = opened, opened.document
    manager = document.managers[0]
    path, ids = _returned_workbook(document, tmp_path, manager)
    document.edit_value(_row_of(document, ids[1]), "next_step", "Phone first")  # a conflict
    stack_size = len(document.undo_stack)
    history_size = len(window.projects.history)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *args, **kwargs: ([str(path)], ""))
    seen = {}

    def review(dialog: CollectDialog):
        seen["tabs"] = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
        assert dialog.tabs.currentWidget() is dialog.conflicts
        assert dialog.conflicts.item(0, 3).text() == "Phone first"
        assert dialog.conflicts.item(0, 4).text() == "Send the offer"
        choice = dialog.choices[0]
        choice.setCurrentIndex(choice.findData("both"))
        suggestion = dialog.suggestions.item(0, 0)
        suggestion.setCheckState(Qt.CheckState.Checked)
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(CollectDialog, "exec", review)
    window.action("file.collect").trigger()
    qtbot.waitUntil(lambda: len(window.projects.history) == history_size + 1, timeout=30_000)
    assert seen["tabs"][:3] == ["Conflicts (1)", "Taken (2)", "Suggestions (1)"]
    first, second, third = (_row_of(document, i) for i in ids)
    assert document.value(first, "next_step") == "Visit in January"
    assert document.value(first, "due") == "2027-01-20"
    assert document.value(second, "next_step").startswith("Phone first")
    assert document.value(second, "next_step").endswith("Send the offer")
    assert document.value(third, "wallet") == 999_999
    assert len(document.undo_stack) == stack_size + 1 and len(window.projects.history) == history_size + 1
    assert window.projects.history[-1].kind == "collect" and window.projects.is_modified()
    window.undo()
    assert document.value(first, "next_step") == "" and document.value(second, "next_step") == "Phone first"
    assert path.exists()  # the returned file is never written: still readable, unchanged content
    assert load_workbook(path).worksheets[0].title == manager


def test_cancel_changes_nothing_and_a_drop_collects(qtbot, opened, tmp_path, monkeypatch):
    window, document = opened, opened.document
    path, ids = _returned_workbook(document, tmp_path, document.managers[1])
    monkeypatch.setattr(CollectDialog, "exec", lambda dialog: CollectDialog.DialogCode.Rejected)
    before = len(document.undo_stack)
    window.collect.collect_files([path])
    qtbot.waitUntil(lambda: not window.loading.busy, timeout=30_000)
    assert len(document.undo_stack) == before and document.value(_row_of(document, ids[0]), "next_step") == ""

    monkeypatch.setattr(CollectDialog, "exec", lambda dialog: CollectDialog.DialogCode.Accepted)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    history_size = len(window.projects.history)
    window.dropEvent(event)
    qtbot.waitUntil(lambda: len(window.projects.history) == history_size + 1, timeout=30_000)
    assert document.value(_row_of(document, ids[0]), "next_step") == "Visit in January"
    assert window.projects.path is not None and window.document is document  # collected, not opened


def test_save_a_copy_for_a_manager(qtbot, opened, tmp_path, monkeypatch):
    window, document = opened, opened.document
    manager = document.managers[2]
    target = tmp_path / "copy.segmenter"
    monkeypatch.setattr(QInputDialog, "getItem", lambda *args, **kwargs: (manager, True))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    window.action("file.copy_for").trigger()
    copy = open_project(target)
    assert copy.document.managers == [manager]
    assert len(copy.document) == int((document.table["account_manager"] == manager).sum())
    baseline = copy_baseline(copy.history)
    assert baseline["project_id"] == document.project_id and baseline["manager"] == manager
