"""The collect review as a team lead judges it: conflicting values readable in their
rows (wrapped, the whole text on hover), the file's column narrow."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import QRect, Qt

from segmenter_app.core.outputs.export_jobs import export_workbooks
from segmenter_app.core.projects.collect import plan_collect
from segmenter_app.ui.dialogs.collect_dialog import CollectDialog
from tests.ui.laptop_screen import laptop_screen  # noqa: F401 - a fixture

HERE = "Einkäufer unzufrieden mit der Reklamationsbearbeitung, Besuch beim Werksleiter geplant"
RETURNED = "Einkäufer unzufrieden mit den Lieferzeiten, Termin mit der Geschäftsführung vereinbart"


def returned_with_notes(document, folder: Path, note: str, rows: int = 3) -> tuple[Path, list[str]]:
    """A manager's workbook, exported and returned with ``note`` on its first ``rows``."""
    manager = document.managers[0]
    path = export_workbooks(document, folder, language="en", managers=[manager]).paths[0]
    book = load_workbook(path)
    sheet = book.worksheets[0]
    header = next(r for r in range(1, 20) if sheet.cell(r, 1).value == "Priority")
    titles = {" ".join(str(c.value or "").replace("-\n", "").split()): c.column for c in sheet[header]}
    ids = []
    for row in range(header + 1, header + 1 + rows):
        ids.append(sheet.cell(row, titles["Customer ID"]).value)
        sheet.cell(row, titles["Notes"]).value = note
    book.save(path)
    return path, ids


def conflicting_plan(window, folder: Path):
    document = window.document
    path, ids = returned_with_notes(document, folder, RETURNED)
    keys = document.table["customer_id"].tolist()
    for customer_id in ids:
        document.edit_value(keys.index(customer_id), "notes", HERE)
    return plan_collect(document, [path], list(window.projects.history)), path


def test_conflicting_values_can_be_read_in_the_review(qtbot, opened, tmp_path, laptop_screen):
    opened.set_language("de")
    plan, path = conflicting_plan(opened, tmp_path)
    assert len(plan.conflicts) == 3
    dialog = CollectDialog(plan, "de", opened)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.summary.text().startswith("1 Datei gelesen, 0 abgelehnt.")
    table = dialog.conflicts
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    here, returned, file = headers.index("Hier"), headers.index("Zurück"), headers.index("Datei")
    metrics = table.fontMetrics()

    def shown_whole(row: int, column: int) -> bool:
        cell = table.visualRect(table.model().index(row, column))
        text = table.item(row, column).text()
        needed = metrics.boundingRect(QRect(0, 0, cell.width() - 8, 10_000), Qt.TextFlag.TextWordWrap, text)
        return needed.height() <= cell.height()

    # The rows grow to their text once the columns have their widths.
    qtbot.waitUntil(lambda: shown_whole(0, here) and shown_whole(0, returned))
    assert table.item(0, here).text() == HERE and table.item(0, returned).text() == RETURNED
    # The values share the room; the file's column is the narrowest of them.
    assert table.columnWidth(file) < table.columnWidth(here) / 1.5
    assert abs(table.columnWidth(here) - table.columnWidth(returned)) <= 1
    # The whole text on hover, and the file's full path.
    assert table.item(0, returned).toolTip() == RETURNED
    assert table.item(0, file).text() == path.name and table.item(0, file).toolTip() == str(path)


def test_the_review_counts_in_words_that_agree_in_english_too(qtbot, opened, tmp_path, laptop_screen):
    plan, _path = conflicting_plan(opened, tmp_path)
    plan.files.append(plan.files[0])
    dialog = CollectDialog(plan, "en", opened)
    qtbot.addWidget(dialog)
    assert dialog.summary.text().startswith("2 files read, 0 refused.")
    plan.files.pop()
    assert CollectDialog(plan, "en", opened).summary.text().startswith("1 file read, 0 refused.")


def test_after_a_collect_the_edit_menu_names_it_and_undo_brings_the_saved_state_back(
    qtbot, opened, tmp_path, monkeypatch
):
    """The Edit menu said "Rückgängig:" and nothing after a collect; undoing it left the
    "*" in the title although the project was as saved."""
    from PySide6.QtWidgets import QFileDialog

    window = opened
    window.set_language("de")
    project = tmp_path / "kunden.segmenter"
    window.projects.session.save(project)
    window.update_title()
    assert not window.isWindowModified()
    path, _ids = returned_with_notes(window.document, tmp_path / "out", "Termin im Januar", rows=1)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *args, **kwargs: ([str(path)], ""))
    monkeypatch.setattr(CollectDialog, "exec", lambda dialog: CollectDialog.DialogCode.Accepted)
    history = len(window.projects.history)
    window.action("file.collect").trigger()
    qtbot.waitUntil(lambda: len(window.projects.history) == history + 1, timeout=30_000)
    undo = window.action("edit.undo")
    assert undo.text().replace("&", "") == f"Rückgängig: Einsammeln aus {path.name}"
    assert window.isWindowModified()
    assert window.statusBar().currentMessage().startswith("1 Datei eingesammelt: 1 Wert übernommen")
    undo.trigger()
    assert len(window.projects.history) == history
    assert not window.isWindowModified() and "Rückgängig:" not in undo.text().replace("&", "")


def test_a_conflict_decided_in_the_review_is_not_asked_again(qtbot, opened, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    window = opened
    path, ids = returned_with_notes(window.document, tmp_path / "out", RETURNED, rows=1)
    keys = window.document.table["customer_id"].tolist()
    window.document.edit_value(keys.index(ids[0]), "notes", HERE)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *args, **kwargs: ([str(path)], ""))
    reviewed = []

    def review(dialog: CollectDialog):
        reviewed.append((dialog.conflicts.rowCount(), dialog.kept.rowCount()))
        for choice in dialog.choices:
            choice.setCurrentIndex(choice.findData("both"))
        return CollectDialog.DialogCode.Accepted

    monkeypatch.setattr(CollectDialog, "exec", review)

    def collect() -> None:
        history = len(window.projects.history)
        window.action("file.collect").trigger()
        qtbot.waitUntil(lambda: len(window.projects.history) == history + 1, timeout=30_000)

    collect()
    collect()
    # The first review asked; the second found it decided and kept what was chosen.
    assert reviewed == [(1, 0), (0, 1)]
    note = window.document.value(keys.index(ids[0]), "notes")
    assert note.startswith(HERE) and note.endswith(RETURNED)
