"""How ``project_schema2.segmenter`` and ``journal_schema2.segmenter-recovery`` were made.

They are files of main at 11eab40, the last code that wrote schema 2 (one list per
project: an update from a newer list replaced the list).  ``tests/core/test_periods.py``
opens them with today's code: each is a project of one period, with every note, pin,
triage flip, edit and action on its customer.  Run once, with that code first on the
path (this file is kept to say how; today's code does not run it)::

    git worktree add /tmp/main-11eab40 11eab40
    PYTHONPATH=/tmp/main-11eab40 python <repo>/tests/data/make_schema2_fixtures.py <repo>/tests/data

The project: the German sample with a note, a pin and a MOVE triage flip, updated from
``Kundenliste 2027.xlsx`` (sheet "Kunden 2027"; one customer gone, one new), then on
the updated list a note, an action, an edited revenue, fixed thresholds and the visit
plan's capacities.  The journal: the sample, a note, a pin and fixed thresholds, closed
as a crash leaves it.
"""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
from pathlib import Path

from openpyxl import Workbook, load_workbook

from segmenter_app.core.importing.importer import load_customers
from segmenter_app.core.model import segmentation as sg
from segmenter_app.core.model.document import CustomerDocument
from segmenter_app.core.model.plan_settings import PlanSettings
from segmenter_app.core.projects.project import save_project
from segmenter_app.core.projects.recovery import RecoveryJournal
from segmenter_app.core.projects.snapshot import ImportRecord
from segmenter_app.core.projects.updating import apply_update, compare
from segmenter_app.core.resources import sample_list

HEADER = ["Kundennummer", "Kunde", "Außendienst", "Region", "Branche", "Umsatz 2027 (€)",
          "Einkaufsvolumen (€)", "KZI (1-5)", "Bemerkung"]  # fmt: skip


def newer_list(folder: Path) -> Path:
    sample = load_workbook(sample_list("de"), data_only=True)["Kunden 2026"]
    rows = [[cell.value for cell in row] for row in sample.iter_rows(min_row=5) if row[0].value]
    rows = [row for row in rows if row[0] != "012779"]
    rows.append(["099999", "Neukunde Optik GmbH", "Anna Becker", "Süd", "Optik", 90000, 300000, 3.9, None])
    book = Workbook()
    sheet = book.active
    sheet.title = "Kunden 2027"
    sheet.append(["Kundenliste Vertrieb – Stand 2027"])
    sheet.append(HEADER)
    for row in rows:
        sheet.append(row)
    path = folder / "Kundenliste 2027.xlsx"
    book.save(path)
    return path


def make_project(folder: Path, work: Path) -> dict:
    first = CustomerDocument(load_customers(sample_list("de")))
    first.edit_value("010000", "notes", "Rahmenvertrag verlängern")
    first.set_pinned("010007", True)
    move = first.keys.row("012786")
    first.set_triage(move, sg.OBSERVE if first.result.triage[move] == sg.PRIORITISE else sg.PRIORITISE)
    newer = load_customers(newer_list(work))
    report = compare(first, newer)
    document = apply_update(first, newer, report)
    history = [
        ImportRecord.from_report(first.report, "sample_customers_de.xlsx", "2026-01-15T09:30:00+00:00"),
        report.history_record(newer, "Kundenliste 2027.xlsx", "2027-02-01T08:00:00+00:00"),
    ]
    document.edit_value("010014", "notes", "Jahresgespräch im März")
    document.edit_value("012793", "next_step", "Angebot nachfassen")
    document.edit_value("012793", "status", "done")
    document.edit_value("010021", "revenue", 123456.0)
    document.set_thresholds(sg.Thresholds(sow=sg.Threshold("fixed", 0.4), kzi=sg.Threshold("fixed", 60.0)))
    document.set_plan_settings(PlanSettings(capacity=180.0, capacity_of=(("Anna Becker", 120.0),)))
    path = folder / "project_schema2.segmenter"
    save_project(document, path, source_path="Kundenliste 2027.xlsx", history=history)
    return {"rows": len(document), "triage": dict(document.triage_overrides), "pins": sorted(document.pins)}


def make_journal(folder: Path, work: Path) -> dict:
    document = CustomerDocument(load_customers(sample_list("de")))
    journal = RecoveryJournal(work, document, source_path=sample_list("de"))
    document.edit_value("010000", "notes", "Notiz im Journal")
    document.set_pinned("010014", True)
    document.set_thresholds(sg.Thresholds(sow=sg.Threshold("fixed", 0.3), kzi=sg.Threshold("fixed", 55.0)))
    facts = {"changes": journal.changes}
    journal.close()  # as a crash leaves it
    shutil.copyfile(journal.path, folder / "journal_schema2.segmenter-recovery")
    return facts


def main() -> None:
    folder = Path(sys.argv[1])
    with tempfile.TemporaryDirectory() as temporary:
        work = Path(temporary)
        (work / "recovery").mkdir()
        facts = {"project": make_project(folder, work), "journal": make_journal(folder, work / "recovery")}
    print(json.dumps(facts, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
