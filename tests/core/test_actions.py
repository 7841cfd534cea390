"""Actions per customer (next step, due, status, last contact): edits, undo, the project,
the recovery journal, an update from a newer list, the last_contact import role, the
overdue mark, and the workbooks that are sent out to come back."""

from __future__ import annotations

import datetime
import json
from pathlib import Path

import numpy as np
import pytest
from openpyxl import load_workbook

from segmenter_app.core.errors import EditRefused
from segmenter_app.core.importing.dates import DateRefused, parse_date
from segmenter_app.core.importing.importer import load_customers
from segmenter_app.core.model.actions import action_counts, overdue_mask
from segmenter_app.core.model.document import CustomerDocument
from segmenter_app.core.outputs.export_jobs import export_workbooks
from segmenter_app.core.outputs.pdf_table import planned_text
from segmenter_app.core.outputs.report_data import manager_reports
from segmenter_app.core.projects.project import open_project, save_project
from segmenter_app.core.projects.recovery import RecoveryJournal
from segmenter_app.core.projects.restore import find_recoveries, recover
from segmenter_app.core.projects.updating import apply_update, compare

from .conftest import GERMAN_HEADER

ROWS = [
    ["1001", "Alpha GmbH", "Anna", 100_000, 400_000, 4.5, "Rahmenvertrag"],
    ["1002", "Beta AG", "Anna", 300_000, 350_000, 2.0, ""],
    ["1003", "Gamma KG", "Ben", 50_000, 500_000, 4.0, ""],
    ["1004", "Delta SE", "Ben", 200_000, 220_000, 1.5, ""],
]


@pytest.fixture
def document(make_xlsx) -> CustomerDocument:
    return CustomerDocument(load_customers(make_xlsx([GERMAN_HEADER, *ROWS])))


def test_dates_are_read_as_people_type_them() -> None:
    assert parse_date("15.1.27") == "2027-01-15"
    assert parse_date("15.01.2027") == "2027-01-15"
    assert parse_date("2027-01-15") == "2027-01-15"
    assert parse_date("2027-01-15 00:00:00") == "2027-01-15"
    assert parse_date("1/15/2027", language="en") == "2027-01-15"
    assert parse_date("15/1/2027", language="de") == "2027-01-15"
    assert parse_date(46402.0) == "2027-01-15"  # an Excel serial
    assert parse_date(datetime.datetime(2027, 1, 15, 9, 30)) == "2027-01-15"
    assert parse_date("") == "" and parse_date(None) == ""
    for impossible in ("31.02.2027", "2027-13-01", "morgen", "15.1.27 und so", -5.0):
        with pytest.raises(DateRefused):
            parse_date(impossible)


def test_actions_are_edited_and_undone(document) -> None:
    changed = []
    document.changed.connect(lambda change: changed.append((change.rows.tolist(), change.inputs)))
    assert document.edit_value(0, "next_step", "Angebot schicken")
    assert document.edit_value(0, "due", "15.1.27")
    assert document.edit_value(0, "status", "offen")
    assert document.edit_value(0, "last_contact", "2026-11-02")
    assert [document.value(0, c) for c in ("next_step", "due", "status", "last_contact")] == [
        "Angebot schicken",
        "2027-01-15",
        "open",
        "2026-11-02",
    ]
    assert changed[0] == ([0], ("next_step",))
    with pytest.raises(EditRefused) as refused:
        document.edit_value(0, "due", "30.02.2027")
    assert refused.value.code == "not_a_date"
    with pytest.raises(EditRefused):
        document.edit_value(0, "status", "vielleicht")
    for _ in range(4):
        document.undo_stack.undo()
    assert [document.value(0, c) for c in ("next_step", "due", "status", "last_contact")] == ["", "", "", ""]
    assert not document.undo_stack.can_undo
    # Actions move nobody: segments stay.
    assert not any(column == "next_step" for _row, column in document.original_values)


def test_overdue_and_counts_per_manager(document) -> None:
    document.edit_value(0, "due", "2026-01-10")
    document.edit_value(0, "status", "open")
    document.edit_value(1, "due", "2026-01-10")
    document.edit_value(1, "status", "done")
    document.edit_value(2, "due", "2027-06-01")
    document.edit_value(2, "status", "open")
    today = datetime.date(2026, 6, 1)
    assert overdue_mask(document.table, today).tolist() == [True, False, False, False]
    counts = action_counts(document.table, document.prepared.manager_codes, document.managers, today)
    assert counts["Anna"] == {"open": 1, "overdue": 1, "done": 1}
    assert counts["Ben"] == {"open": 1, "overdue": 0, "done": 0}
    [anna] = manager_reports(document, "de", ["Anna"], date=today)
    row = anna.rows["customer_id"].tolist().index("1001")
    assert anna.overdue[row] and planned_text(anna, row).startswith("! 10.01.2026")


def test_actions_survive_save_journal_and_update(document, make_xlsx, tmp_path: Path) -> None:
    document.edit_value(1, "next_step", "Besuch planen")
    document.edit_value(1, "due", "1.3.27")
    document.edit_value(1, "status", "open")
    document.edit_value(3, "last_contact", "2026-10-01")
    path = tmp_path / "p.segmenter"
    save_project(document, path)
    opened = open_project(path).document
    assert opened.table["next_step"].tolist() == document.table["next_step"].tolist()
    assert opened.table["due"].tolist()[1] == "2027-03-01" and opened.project_id == document.project_id

    (tmp_path / "rec").mkdir()
    journal = RecoveryJournal(tmp_path / "rec", opened)
    opened.edit_value(2, "next_step", "nach dem Absturz noch da")
    opened.edit_value(2, "due", "2027-02-02")
    journal.close()
    [found] = find_recoveries(tmp_path / "rec")
    recovered = recover(found.path).document
    assert recovered.value(2, "next_step") == "nach dem Absturz noch da"
    assert recovered.value(2, "due") == "2027-02-02" and recovered.value(1, "status") == "open"

    # The newer list has other rows and its own last contacts: the project's actions
    # go with their customers; the later last contact wins.
    header = [*GERMAN_HEADER, "Letzter Kontakt"]
    newer_rows = [
        [*ROWS[3], datetime.date(2026, 11, 20)],
        [*ROWS[1], datetime.date(2026, 5, 1)],
        [*ROWS[0], None],
    ]
    newer = load_customers(make_xlsx([header, *newer_rows]))
    updated = apply_update(recovered, newer, compare(recovered, newer))
    by_id = {cid: row for row, cid in enumerate(updated.table["customer_id"].tolist())}
    assert updated.value(by_id["1002"], "next_step") == "Besuch planen"
    assert updated.value(by_id["1002"], "due") == "2027-03-01"
    assert updated.value(by_id["1002"], "last_contact") == "2026-05-01"
    assert updated.value(by_id["1004"], "last_contact") == "2026-11-20"  # later than the project's
    assert updated.project_id == document.project_id


@pytest.mark.parametrize(
    "title", ["Letzter Kontakt", "Last contact", "Letzter Besuch", "Datum letzter Kontakt"]
)
def test_last_contact_is_an_import_role(make_xlsx, title) -> None:
    rows = [
        [*ROWS[0], datetime.date(2026, 9, 30)],
        [*ROWS[1], "15.1.26"],
        [*ROWS[2], "31.02.2026"],
        [*ROWS[3], 46000],
    ]
    imported = load_customers(make_xlsx([[*GERMAN_HEADER, title], *rows]))
    assert imported.report.mapping["last_contact"] == title
    assert imported.table["last_contact"].tolist() == ["2026-09-30", "2026-01-15", "", "2025-12-09"]
    [problem] = [p for p in imported.report.problems if p.code == "not_a_date"]
    assert problem.row == 4 and problem.column == title and problem.value == "31.02.2026"
    assert not any(h.startswith("x:") and "Kontakt" in h for h in imported.table.columns)


def test_workbooks_to_fill_in_and_send_back(document, tmp_path: Path) -> None:
    document.edit_value(0, "next_step", "=Anruf")  # looks like a formula: stays text
    document.edit_value(0, "due", "2026-01-10")
    document.edit_value(0, "status", "open")
    result = export_workbooks(document, tmp_path, language="de", managers=["Anna"])
    book = load_workbook(result.paths[0])
    sheet = book.worksheets[0]
    header_row = next(r for r in range(1, 20) if sheet.cell(r, 1).value == "Priorität")
    titles = [" ".join(str(c.value or "").split()) for c in sheet[header_row]]
    for title in ("Nächster Schritt", "Fällig am", "Status", "Notiz", "Letzter Kontakt"):
        assert title in titles, titles
    column = {title: titles.index(title) + 1 for title in titles}
    row = next(r for r in range(header_row + 1, header_row + 3) if sheet.cell(r, 4).value == "1001")
    assert sheet.protection.sheet and not sheet.protection.password
    for title in ("Nächster Schritt", "Fällig am", "Status", "Notiz", "Letzter Kontakt"):
        assert not sheet.cell(row, column[title]).protection.locked, title
    for title in ("Kunde", "Umsatz", "Priorität", "Empfohlene Maßnahme"):
        assert sheet.cell(row, column[title]).protection.locked, title
    assert sheet.cell(row, column["Nächster Schritt"]).value == "=Anruf"
    assert sheet.cell(row, column["Nächster Schritt"]).data_type == "s"
    due = sheet.cell(row, column["Fällig am"])
    assert due.value == datetime.datetime(2026, 1, 10) and due.number_format == "dd.mm.yyyy"
    assert due.font.b  # overdue: marked
    assert sheet.cell(row, column["Status"]).value == "offen"
    [validation] = sheet.data_validations.dataValidation
    assert validation.type == "list" and "erledigt" in validation.formula1
    letter = sheet.cell(row, column["Status"]).column_letter
    assert f"{letter}{row}" in validation.sqref
    baseline = book.worksheets[-1]
    assert baseline.sheet_state == "hidden" and baseline["A1"].value == "segmenter-baseline"
    meta = {baseline.cell(r, 1).value: baseline.cell(r, 2).value for r in range(2, 6)}
    assert meta["project_id"] == document.project_id and meta["export_id"] and meta["exported_at"]
    assert [c.value for c in baseline[7]][:3] == ["customer_id", "account_manager", "values"]
    rows = {baseline.cell(r, 1).value: json.loads(baseline.cell(r, 3).value) for r in range(8, 10)}
    assert rows["1001"]["due"] == "2026-01-10" and rows["1001"]["next_step"] == "=Anruf"
    assert rows["1001"]["status"] == "open" and rows["1001"]["notes"] == "Rahmenvertrag"
    assert len(rows) == 2 and np.isclose(rows["1002"]["wallet"], 350_000)
    assert baseline.cell(8, 2).value == "Anna"


def test_the_overview_counts_actions_per_manager(document, tmp_path: Path) -> None:
    from segmenter_app.core.outputs.overview import export_overview

    document.edit_value(0, "status", "open")
    document.edit_value(0, "due", "2020-01-01")
    document.edit_value(2, "status", "done")
    path = export_overview(document, tmp_path / "overview.xlsx", language="en")
    sheet = load_workbook(path).worksheets[0]
    rows = {sheet.cell(r, 1).value: r for r in range(1, sheet.max_row + 1)}
    top = rows["Next steps by account manager"]
    assert [sheet.cell(top + 1, c).value for c in range(1, 5)] == [
        "Account manager",
        "Open",
        "Overdue",
        "Done",
    ]
    anna = next(r for r in range(top + 2, top + 5) if sheet.cell(r, 1).value == "Anna")
    ben = next(r for r in range(top + 2, top + 5) if sheet.cell(r, 1).value == "Ben")
    assert [sheet.cell(anna, c).value for c in range(2, 5)] == [1, 1, 0]
    assert [sheet.cell(ben, c).value for c in range(2, 5)] == [0, 0, 1]
