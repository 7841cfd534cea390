"""Collect: workbooks and copies that come back from account managers, edited with
openpyxl and re-saved by LibreOffice, three-way against their baseline."""

from __future__ import annotations

import datetime
import hashlib
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook

from segmenter_app.cli import main
from segmenter_app.core.importing.importer import load_customers
from segmenter_app.core.model.document import CustomerDocument
from segmenter_app.core.outputs.export_jobs import export_workbooks
from segmenter_app.core.projects.collect import apply_collect, last_collected, plan_collect, planned_changes
from segmenter_app.core.projects.manager_copy import save_manager_copy
from segmenter_app.core.projects.project import open_project, save_project
from segmenter_app.core.projects.snapshot import ImportRecord

from .conftest import GERMAN_HEADER

ROWS = [
    ["1001", "Alpha GmbH", "Anna", 100_000, 400_000, 4.5, "Rahmenvertrag"],
    ["1002", "Beta AG", "Anna", 300_000, 350_000, 2.0, ""],
    ["1003", "Gamma KG", "Anna", 50_000, 500_000, 4.0, ""],
    ["1004", "Delta SE", "Anna", 200_000, 220_000, 1.5, ""],
    ["2001", "Epsilon OHG", "Ben", 80_000, 90_000, 3.0, ""],
    ["2002", "Zeta GmbH", "Ben", 10_000, 900_000, 5.0, ""],
]
TITLES = {
    "notes": "Notiz",
    "next_step": "Nächster Schritt",
    "due": "Fällig am",
    "status": "Status",
    "last_contact": "Letzter Kontakt",
    "wallet": "Einkaufsvolumen",
    "satisfaction": "KZI",
}


@pytest.fixture
def document(make_xlsx) -> CustomerDocument:
    document = CustomerDocument(load_customers(make_xlsx([GERMAN_HEADER, *ROWS])))
    document.edit_value(1, "next_step", "Besuch planen")
    document.edit_value(1, "due", "2027-03-01")
    document.edit_value(1, "status", "open")
    document.undo_stack.set_clean()
    return document


def export(document: CustomerDocument, folder: Path, manager: str = "Anna") -> Path:
    return export_workbooks(document, folder, language="de", managers=[manager], force=True).paths[0]


class Returned:
    """A returned workbook opened with openpyxl, its cells found by customer id and header."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.book = load_workbook(path)
        self.sheet = self.book.worksheets[0]
        self.header_row = next(r for r in range(1, 30) if self.sheet.cell(r, 1).value == "Priorität")

    def column(self, title: str) -> int:
        for cell in self.sheet[self.header_row]:
            text = str(cell.value or "").replace("-\n", "").replace("\n", " ")
            if text == title:
                return cell.column
        raise KeyError(title)

    def row(self, customer_id: str) -> int:
        id_column = self.column("Kundennummer")
        return next(
            r
            for r in range(self.header_row + 1, self.sheet.max_row + 1)
            if self.sheet.cell(r, id_column).value == customer_id
        )

    def set(self, customer_id: str, field: str, value) -> None:
        self.sheet.cell(self.row(customer_id), self.column(TITLES[field])).value = value

    def save(self, path: Path | None = None) -> Path:
        target = path or self.path
        self.book.save(target)
        return target


def values(document: CustomerDocument, customer_id: str) -> dict:
    row = document.table["customer_id"].tolist().index(customer_id)
    return {
        c: document.value(row, c) for c in ("notes", "next_step", "due", "status", "last_contact", "wallet")
    }


def libreoffice(path: Path, folder: Path) -> Path:
    folder.mkdir(exist_ok=True)
    done = subprocess.run(
        ["soffice", "--headless", "--convert-to", "xlsx", "--outdir", str(folder), str(path)],
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr
    return folder / path.name


needs_soffice = pytest.mark.skipif(
    not shutil.which("soffice"), reason="LibreOffice (soffice) is not installed"
)


# --------------------------------------------------------------------------- the plan


def test_an_unedited_workbook_changes_nothing_and_is_never_written(document, tmp_path) -> None:
    path = export(document, tmp_path)
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    plan = plan_collect(document, [path])
    assert plan.files == [path] and not plan.refused and not plan.notes and not plan.unknown
    assert plan.changes_nothing and not plan.kept
    record = apply_collect(document, plan)
    assert not document.undo_stack.can_redo and document.undo_stack.is_clean  # no step at all
    assert record.kind == "collect" and record.summary["taken"] == 0
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before


def test_edits_are_taken_in_one_undo_step(document, tmp_path) -> None:
    returned = Returned(export(document, tmp_path))
    returned.set("1001", "next_step", "Angebot nachfassen")
    returned.set("1001", "due", datetime.datetime(2027, 1, 15))
    returned.set("1001", "status", "erledigt")
    returned.set("1001", "notes", "Rahmenvertrag\nverlängert")
    returned.set("1003", "last_contact", datetime.datetime(2026, 11, 3))
    plan = plan_collect(document, [returned.save()])
    assert sorted((c.customer_id, c.column) for c in plan.taken) == [
        ("1001", "due"),
        ("1001", "next_step"),
        ("1001", "notes"),
        ("1001", "status"),
        ("1003", "last_contact"),
    ]
    original = values(document, "1001")
    apply_collect(document, plan)
    assert values(document, "1001") == {
        **original,
        "next_step": "Angebot nachfassen",
        "due": "2027-01-15",
        "status": "done",
        "notes": "Rahmenvertrag\nverlängert",
    }
    assert values(document, "1003")["last_contact"] == "2026-11-03"
    assert document.undo_stack.undo_command.code == "collect"
    document.undo_stack.undo()
    assert values(document, "1001") == original and document.undo_stack.is_clean


def test_changed_only_here_is_kept(document, tmp_path) -> None:
    path = export(document, tmp_path)
    document.edit_value(1, "status", "done")  # after the export, in the project
    plan = plan_collect(document, [path])
    assert [(c.customer_id, c.column, c.value) for c in plan.kept] == [("1002", "status", "done")]
    assert plan.changes_nothing


@pytest.mark.parametrize(
    ("field", "here", "there", "expected_there"),
    [
        ("notes", "hier notiert", "dort notiert", "dort notiert"),
        ("next_step", "anrufen", "besuchen", "besuchen"),
        ("due", "2027-04-01", datetime.datetime(2027, 5, 1), "2027-05-01"),
        ("status", "dropped", "erledigt", "done"),
        ("last_contact", "2026-10-10", "12.10.26", "2026-10-12"),
    ],
)
def test_a_conflict_on_each_field(document, tmp_path, field, here, there, expected_there) -> None:
    returned = Returned(export(document, tmp_path))
    document.edit_value(1, field, here)
    returned.set("1002", field, there)
    plan = plan_collect(document, [returned.save()])
    [conflict] = plan.conflicts
    assert (conflict.customer_id, conflict.column, conflict.theirs) == ("1002", field, expected_there)
    assert conflict.ours == document.value(1, field) and not plan.taken
    assert planned_changes(plan) == []  # kept unless chosen
    conflict.choice = "take"
    assert planned_changes(plan) == [(1, field, expected_there)]
    if conflict.can_join:
        conflict.choice = "both"
        [(_row, _column, joined)] = planned_changes(plan)
        assert joined.startswith(here) and joined.endswith(expected_there)
    assert planned_changes(plan, prefer_returned=True) == [(1, field, expected_there)]


def test_corrected_read_only_values_are_suggestions(document, tmp_path) -> None:
    returned = Returned(export(document, tmp_path))
    returned.set("1004", "wallet", 250_000)
    returned.set("1003", "satisfaction", 50)  # KZI points: 3.0 on the list's 1–5
    plan = plan_collect(document, [returned.save()])
    assert not plan.taken and not plan.conflicts
    by_column = {s.column: s for s in plan.suggestions}
    assert by_column["wallet"].customer_id == "1004" and by_column["wallet"].value == 250_000
    assert by_column["satisfaction_input"].value == pytest.approx(3.0)
    apply_collect(document, plan)
    assert values(document, "1004")["wallet"] == 220_000  # never silently
    by_column["wallet"].accepted = True
    apply_collect(document, plan)
    assert values(document, "1004")["wallet"] == 250_000


# --------------------------------------------------------------------------- messy files


def test_a_messy_workbook(document, tmp_path) -> None:
    returned = Returned(export(document, tmp_path))
    sheet = returned.sheet
    returned.set("1001", "notes", "=SUMME(H7:H9)")  # a formula typed in a note: its text
    returned.set("1003", "due", 46402)  # a date as a serial number, no date format
    returned.set("1004", "due", "15.1.27")  # a date as text
    returned.set("1004", "last_contact", "30.02.2026")  # impossible: refused, named
    id_column = returned.column("Kundennummer")
    # Sorted by id descending: swap two whole rows.
    first, second = returned.header_row + 1, returned.header_row + 2
    for column in range(1, sheet.max_column + 1):
        a, b = sheet.cell(first, column), sheet.cell(second, column)
        a.value, b.value = b.value, a.value
    sheet.row_dimensions[first].hidden = True  # hidden by the manager
    sheet.auto_filter.ref = None
    # A row inserted with a customer the project does not know, one deleted.
    sheet.insert_rows(returned.header_row + 3)
    sheet.cell(returned.header_row + 3, id_column).value = "9999"
    sheet.cell(returned.header_row + 3, returned.column("Nächster Schritt")).value = "Neukunde besuchen"
    sheet.delete_rows(returned.row("1002"))
    # A column added in front, and the sheet renamed.
    sheet.insert_cols(1)
    sheet.cell(returned.header_row, 1).value = "Meine Spalte"
    sheet.title = "Meine Liste"
    path = returned.save(tmp_path / "zurück.xlsx")

    plan = plan_collect(document, [path])
    taken = {(c.customer_id, c.column): c.value for c in plan.taken}
    assert taken == {
        ("1001", "notes"): "=SUMME(H7:H9)",
        ("1003", "due"): "2027-01-15",
        ("1004", "due"): "2027-01-15",
    }
    [unknown] = plan.unknown
    assert unknown.code == "unknown_row" and unknown.params["customer_id"] == "9999"
    assert unknown.params["sheet"] == "Meine Liste"
    [refused] = [n for n in plan.notes if n.code == "refused_cell"]
    assert refused.params["column"] == "Letzter Kontakt" and refused.params["value"] == "30.02.2026"
    assert isinstance(refused.params["row"], int)
    apply_collect(document, plan)
    assert values(document, "1001")["notes"] == "=SUMME(H7:H9)"  # stored as text
    assert values(document, "1002")["next_step"] == "Besuch planen"  # deleted there: nothing lost


def test_a_workbook_without_its_baseline_is_compared_with_the_project(document, tmp_path) -> None:
    returned = Returned(export(document, tmp_path))
    del returned.book["segmenter-baseline"]
    returned.set("1003", "next_step", "Termin")
    plan = plan_collect(document, [returned.save()])
    assert [n.code for n in plan.notes] == ["no_baseline"]
    assert [(c.customer_id, c.column, c.value) for c in plan.taken] == [("1003", "next_step", "Termin")]


def test_files_that_are_refused(document, tmp_path, make_xlsx) -> None:
    early = export(document, tmp_path / "early")
    late = Returned(export(document, tmp_path / "late"))
    late.set("1001", "next_step", "später")
    later_path = late.save()
    history = [apply_collect(document, plan_collect(document, [later_path]))]
    plan = plan_collect(document, [early], history)
    [refused] = plan.refused
    assert refused.code == "older" and refused.params["manager"] == "Anna" and not plan.files

    other = CustomerDocument(load_customers(make_xlsx([GERMAN_HEADER, *ROWS])))
    foreign = export(other, tmp_path / "foreign")
    lock = foreign.with_name("~$" + foreign.name)
    lock.write_bytes(b"owner")
    text = tmp_path / "notes.txt"
    text.write_text("kein Arbeitsbuch")
    some_list = make_xlsx([GERMAN_HEADER, *ROWS])  # a workbook, but not one we sent
    plan = plan_collect(document, [foreign, text, some_list, tmp_path / "fehlt.xlsx"], history)
    assert [n.code for n in plan.refused] == ["other_project", "not_xlsx", "no_customer_sheet", "unreadable"]


def test_a_collect_recorded_to_the_second_still_outdates_a_file_sent_earlier_in_that_second() -> None:
    """The history keeps a collect's time to the second; the files were exported to the
    microsecond.  A file sent at 10:00:00.3 is older than one sent at 10:00:00.6 and
    collected at "10:00:00" — the ceiling for a future-dated baseline must not make it
    look newer (it did, whenever both exports fell in one second)."""
    record = ImportRecord(
        imported_at="2026-03-01T10:00:00+00:00",
        source_path=None,
        sheet=None,
        rows=1,
        signature='{"collected": {"Anna": "2026-03-01T10:00:00.600000+00:00", "Ben": "2026-03-01T12:00:00+00:00"}}',
        kind="collect",
    )
    newest = last_collected([record])
    assert newest["Anna"] == "2026-03-01T10:00:00.600000+00:00"
    assert newest["Ben"] == "2026-03-01T10:00:00.999999+00:00"  # after the collect: its time


def test_a_file_open_in_excel_and_the_same_customer_in_two_files(document, tmp_path) -> None:
    one = Returned(export(document, tmp_path / "one"))
    one.set("1001", "next_step", "aus Datei eins")
    one_path = one.save()
    two = Returned(export(document, tmp_path / "two"))
    two.set("1001", "next_step", "aus Datei zwei")
    two.set("1003", "status", "offen")
    two_path = two.save()
    (two_path.parent / ("~$" + two_path.name)).write_bytes(b"owner")
    plan = plan_collect(document, [one_path, two_path])
    assert any(n.code == "open_in_excel" and n.file == two_path for n in plan.notes)
    assert [(c.customer_id, c.column, c.value) for c in plan.taken] == [
        ("1001", "next_step", "aus Datei eins"),
        ("1003", "status", "open"),
    ]
    [conflict] = plan.conflicts
    assert conflict.other_file == one_path and conflict.theirs == "aus Datei zwei"
    assert any(n.code == "also_in" for n in plan.notes)


@pytest.mark.slow
@needs_soffice
def test_round_trips_through_libreoffice(document, tmp_path) -> None:
    path = export(document, tmp_path)
    resaved = libreoffice(path, tmp_path / "lo")
    plan = plan_collect(document, [resaved])
    assert plan.files == [resaved] and plan.changes_nothing and not plan.notes and not plan.unknown

    returned = Returned(path)
    returned.set("1001", "due", datetime.datetime(2027, 2, 1))
    returned.set("1001", "notes", '=A1&"x"')
    returned.set("1004", "status", "verworfen")
    edited = libreoffice(returned.save(tmp_path / "bearbeitet.xlsx"), tmp_path / "lo2")
    plan = plan_collect(document, [edited])
    taken = {(c.customer_id, c.column): c.value for c in plan.taken}
    assert taken == {
        ("1001", "due"): "2027-02-01",
        ("1001", "notes"): '=A1&"x"',
        ("1004", "status"): "dropped",
    }


# --------------------------------------------------------------------------- copies and the command line


def test_a_managers_own_copy_comes_back(document, tmp_path) -> None:
    path = tmp_path / "Anna.segmenter"
    copy = save_manager_copy(document, "Anna", path)
    assert copy.managers == ["Anna"] and len(copy) == 4
    assert copy.resolved_thresholds() == pytest.approx(document.resolved_thresholds())
    opened = open_project(path)
    row = opened.document.table["customer_id"].tolist().index("1003")
    opened.document.edit_value(row, "next_step", "im Zug notiert")
    save_project(opened.document, path, history=opened.history)  # the manager saves
    plan = plan_collect(document, [path])
    assert [(c.customer_id, c.column, c.value) for c in plan.taken] == [
        ("1003", "next_step", "im Zug notiert")
    ]
    assert plan.collected and "Anna" in plan.collected


def _contents(path: Path) -> dict:
    """The project's data, without when it was saved and its history."""
    connection = sqlite3.connect(path)
    try:
        meta = dict(connection.execute("SELECT key, value FROM meta WHERE key NOT IN ('saved_at')"))
        blobs = dict(connection.execute("SELECT name, data FROM blobs"))
        rest = {
            table: connection.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()
            for table in ("triage", "pins", "originals", "gone")
        }
        history = connection.execute("SELECT kind FROM history ORDER BY id").fetchall()
    finally:
        connection.close()
    return {"meta": meta, "blobs": blobs, **rest}, [kind for (kind,) in history]


def test_the_command_line(document, tmp_path, capsys, make_xlsx) -> None:
    source = make_xlsx([GERMAN_HEADER, *ROWS])
    project = tmp_path / "p.segmenter"
    assert main(["classify", str(source), "-o", str(project), "-q"]) == 0
    assert main(["export", str(project), "--out-dir", str(tmp_path / "out"), "-q", "--lang", "de"]) == 0
    anna = tmp_path / "out" / "Anna.xlsx"
    data_before, history_before = _contents(project)

    assert main(["collect", str(project), str(anna), "--lang", "en"]) == 0
    data_after, history_after = _contents(project)
    assert data_after == data_before and history_after == [*history_before, "collect"]

    returned = Returned(anna)
    returned.set("1001", "next_step", "dort")
    returned.set("1002", "wallet", 1)
    returned.save()
    opened = open_project(project)
    opened.document.edit_value(0, "next_step", "hier")
    save_project(opened.document, project, history=opened.history)
    digest = hashlib.sha256(project.read_bytes()).hexdigest()
    capsys.readouterr()
    assert main(["collect", str(project), str(anna), "--dry-run", "--lang", "en"]) == 0
    err = capsys.readouterr().err
    assert "conflict: 1001 Alpha GmbH Next step: here 'hier', returned 'dort'" in err
    assert "suggestion: 1002 Beta AG Wallet" in err and "dry run" in err
    assert hashlib.sha256(project.read_bytes()).hexdigest() == digest

    assert main(["collect", str(project), str(anna), "-q"]) == 0
    assert open_project(project).document.value(0, "next_step") == "hier"  # conflicts kept
    assert main(["collect", str(project), str(anna), "--prefer-returned", "-q"]) == 0
    reopened = open_project(project).document
    assert reopened.value(0, "next_step") == "dort" and reopened.value(1, "wallet") == 350_000

    out = tmp_path / "c.csv"
    assert main(["classify", str(project), "-o", str(out), "-q"]) == 0
    header = out.read_text(encoding="utf-8").splitlines()[0]
    assert header.endswith('"note","next_step","due","status","last_contact"')
    assert main(["collect", str(project), str(tmp_path / "missing.xlsx")]) == 3
    assert main(["collect", str(source), str(anna)]) == 2


def test_the_command_line_reports_a_status_in_german(document, tmp_path, capsys) -> None:
    """Issue 24: collect's German report wrote „open" → „done"."""
    from tests.english_words import english_in

    project = tmp_path / "p.segmenter"
    save_project(document, project)
    anna = export(document, tmp_path / "out")
    returned = Returned(anna)
    returned.set("1002", "status", "erledigt")
    returned.save()
    opened = open_project(project)
    opened.document.edit_value(1, "status", "dropped")
    save_project(opened.document, project, history=opened.history)
    capsys.readouterr()
    assert main(["collect", str(project), str(anna), "--dry-run", "--lang", "de"]) == 0
    said = capsys.readouterr().err
    assert "„verworfen“" in said and "„erledigt“" in said, said
    assert "dropped" not in said and "done" not in said
    assert english_in(said) == [], said
